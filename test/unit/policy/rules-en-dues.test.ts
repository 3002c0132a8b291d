/**
 * English inappropriate demands as customers phrase them (config/rules/en-dues.yaml,
 * ids en.du.*): exchange, monetary, excessive and unrelated demands from the
 * English items of the training set t37 and the rule writer's own probes, run
 * through the real policy file and engine, so every rule file (and every veto)
 * is in play. One table per rule with positives written for this test (not
 * taken from any corpus), each with a fragment the rule's own evidence must
 * cover, and calm look-alikes in which the whole engine must not find the
 * category. The guard tables at the end cover the file's veto and the rules of
 * other files narrowed for calm sentences found flagged.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-dues.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-dues.yaml');

const KINDS: RuleKind[] = [
  // ------------------------------------------------------------ exchange
  {
    rule: 'en.du.exchange.working_units_replaced',
    category: 'exchange',
    positives: [
      [
        'My manager finds his key too bulky. It works, IT checked it twice. Could you send him a new one in a slimmer model?',
        'send him a new one',
      ],
      [
        'The readers all pass the self-test, but the board wants a fresh look before the client visit. Please refresh all 45 readers at no charge.',
        'refresh all 45 readers',
      ],
      [
        'Nothing is broken, people just find the old fobs ugly. We would like new ones for the whole floor.',
        'would like new ones',
      ],
      [
        'The appliance is in perfect working order. Nonetheless our CTO prefers the newer chassis; please arrange an exchange.',
        'arrange an exchange',
      ],
    ],
    negatives: [
      'Six of the keys no longer power on, even with fresh batteries. Could you replace them under warranty?',
      'Our old tokens work fine. We would like to buy 30 of the USB-C version for new hires; what is the price?',
    ],
  },
  {
    rule: 'en.du.exchange.unused_converted',
    category: 'exchange',
    positives: [
      [
        'Hardly anyone opens Transfer, nobody really uses it. Could we turn those Transfer seats into Shirogane ID seats until the term ends?',
        'turn those Transfer seats into Shirogane ID seats',
      ],
      [
        'We no longer need the sandbox licences; please move their value over to our Archive subscription.',
        'move their value over to our Archive subscription',
      ],
      [
        'The remaining months of the DLP add-on could simply be credited against our MailGuard invoice, since we stopped using it.',
        'remaining months of the DLP add-on could simply be credited against',
      ],
    ],
    negatives: [
      'At the next renewal we would like to move our Transfer seats to Archive seats. Could you send a quote?',
      'Could the SLA credit be applied to our Shirogane ID invoice instead of the MailGuard one?',
    ],
  },
  // ------------------------------------------------------------ monetary
  {
    rule: 'en.du.monetary.appropriate_gesture',
    category: 'monetary',
    positives: [
      [
        'We trust your company will propose a fitting form of redress for the damage to our standing with clients.',
        'fitting form of redress',
      ],
      ['Our directors would expect some gesture from your side over and above the credit.', 'some gesture'],
      [
        'We ask for recompense proportionate to the disruption our branches suffered in March.',
        'proportionate to the disruption',
      ],
    ],
    negatives: [
      'As a gesture of thanks, our team would like to send yours a box of sweets.',
      'Thank you for your kind consideration of our feature request.',
    ],
  },
  {
    rule: 'en.du.monetary.credit_not_enough',
    category: 'monetary',
    positives: [
      [
        'A 3% credit? That does not make it right, not by a long way. What else can you do for us?',
        'does not make it right',
      ],
      [
        'Reports are fine and so is the apology. I want something that shows you value our partnership.',
        'something that shows you value our partnership',
      ],
      [
        'A line on the next invoice does not really reflect what our warehouse staff went through after the outage.',
        'does not really reflect what our warehouse staff went through',
      ],
    ],
    negatives: [
      'The credit arrived and you made it right; our management noticed. Thank you.',
      'The RCA was clear. What else can you do to prevent a recurrence of the outage?',
    ],
  },
  {
    rule: 'en.du.monetary.make_it_right',
    category: 'monetary',
    positives: [
      [
        'After what the outage did to our month-end, we expect your company to set things right.',
        'expect your company to set things right',
      ],
      [
        'The credit note is not enough. Show us what you can bring to the table.',
        'what you can bring to the table',
      ],
      [
        'Let us know what Shirogane is prepared to offer in recognition of the disruption to our call centre.',
        'prepared to offer in recognition',
      ],
    ],
    negatives: [
      'Could you make it right by restoring the deleted mailbox today? The outage wiped it.',
      'We want to make it right with our own customers; please send the exact outage window.',
    ],
  },
  {
    rule: 'en.du.monetary.discount_as_sorry',
    category: 'monetary',
    positives: [
      ['the outage ate our whole tuesday. knock a third off the renewal as an apology?', 'knock a third off'],
      [
        'Given the downtime, please lower next year’s subscription by 25 percent.',
        'lower next year’s subscription by 25 percent',
      ],
      [
        'After last month’s incident, a discount on our next invoice would show goodwill.',
        'discount on our next invoice',
      ],
    ],
    negatives: [
      'We got a competing quote; could a three-year term bring the renewal price closer to it?',
      'Your pricing page lists an education discount. Could it be applied at our renewal?',
    ],
  },
  {
    rule: 'en.du.monetary.invoice_to_vendor',
    category: 'monetary',
    positives: [
      [
        'Our contractors billed us for the Sunday of the outage. Which team at Shirogane should we address that invoice to?',
        'Which team at Shirogane should we address that invoice',
      ],
      [
        'My admins lost 20 hours to your bug. Tell me where to send the bill for their time.',
        'where to send the bill',
      ],
      [
        'our people did overtime all weekend because of the incident. who do we invoice for that?',
        'who do we invoice',
      ],
    ],
    negatives: [
      'Please send the invoice for the extra seats to our accounts payable team.',
      'As your reseller, where should we send the invoice for the referral commission?',
    ],
  },
  {
    rule: 'en.du.monetary.refund_despite_terms',
    category: 'monetary',
    positives: [
      [
        'I understand the licences are committed for the full term, but could the last four months be refunded?',
        'be refunded',
      ],
      [
        'The webinar series ran as planned, our staff just found it dull. We would like our money back.',
        'our money back',
      ],
      [
        'We barely used the sandbox this year. Could you give us a partial refund?',
        'give us a partial refund',
      ],
    ],
    negatives: [
      'We cancelled within the 14-day cooling-off period, so please refund the full amount.',
      'We were charged twice for order SO-5512. Could you refund the duplicate line?',
    ],
  },
  {
    rule: 'en.du.monetary.gifts_for_staff',
    category: 'monetary',
    positives: [
      [
        'The credit goes to finance, not to the people who suffered. Could you send each of them a coffee voucher?',
        'coffee voucher',
      ],
      [
        'Our 25 nurses could not log in for a whole shift. Some gift cards for them would go a long way.',
        'gift cards',
      ],
      [
        'Maybe Shirogane could send our team something, like lunch vouchers for everyone, after that outage?',
        'send our team something',
      ],
    ],
    negatives: [
      'A phishing mail promised our staff free Amazon gift cards. Please add the sender to the block list.',
      'Our HR team sends gift cards to staff every December; will MailGuard flag the vendor’s notification as spam?',
    ],
  },
  {
    rule: 'en.du.monetary.waive_the_rest',
    category: 'monetary',
    positives: [
      [
        'Since the phish got through anyway, please waive the remainder of this year’s licence fees.',
        'waive the remainder of this year’s licence fees',
      ],
      [
        'We think it fair that you write off the balance of our contract after that incident.',
        'write off the balance of our contract',
      ],
      [
        'Kindly cancel the rest of the annual subscription payments, we are not satisfied.',
        'cancel the rest of the annual subscription payments',
      ],
    ],
    negatives: [
      'Under clause 11.3 the early-termination fee does not apply; please confirm the final invoice.',
      'Could you confirm the remaining balance of our prepaid support hours?',
    ],
  },
  // ------------------------------------------------------------ excessive
  {
    rule: 'en.du.excessive.assumed_free',
    category: 'excessive',
    positives: [
      [
        'Please run security workshops for our 12 regional teams. As a customer we assume this is included in the subscription.',
        'we assume this is included in the subscription',
      ],
      [
        'Could your team import our 15 years of PST files and de-duplicate them? We would rather not pay for professional services.',
        'rather not pay for professional services',
      ],
      [
        'We would like your consultants to review all our firewall rules, and we want this done within our current support contract.',
        'want this done within our current support contract',
      ],
    ],
    negatives: [
      'Is onboarding training included in our subscription, or is it a paid option?',
      'Your status page says v2 tenants will be migrated at no charge under the migration programme. Which slot can we take?',
    ],
  },
  {
    rule: 'en.du.excessive.build_by_short_deadline',
    category: 'excessive',
    positives: [
      [
        'Our legacy intranet has no SAML support. Build whatever bridge is required and deliver it by Thursday EOD.',
        'Build whatever bridge is required and deliver it by Thursday',
      ],
      [
        'About my feature request for a per-team digest: we need it live today, by 4pm.',
        'need it live today',
      ],
      [
        'Have the custom connector for our ERP ready before the auditors arrive on Monday.',
        'Have the custom connector for our ERP ready before',
      ],
    ],
    negatives: [
      'Is it possible to get the connector fix by Friday? No worries if not.',
      'Our own developers will build the adapter by Friday; could you share the API docs?',
    ],
  },
  {
    rule: 'en.du.excessive.agent_kept_all_night',
    category: 'excessive',
    positives: [
      [
        'You are going to stay on this line while we cut over the mail routing. All night if needed.',
        'You are going to stay on this line',
      ],
      [
        'I want you to stay on the phone with me until the migration is done, however long it takes.',
        'I want you to stay on the phone',
      ],
      ['You will be here with me through the night while I run the upgrade.', 'You will be here with me'],
    ],
    negatives: [
      'Could you stay on the line for a minute while I check the error?',
      'Our own team will stay on the call all night during the migration; you do not need to.',
    ],
  },
  {
    rule: 'en.du.excessive.executive_to_our_board',
    category: 'excessive',
    positives: [
      [
        'We would be grateful if your CTO could join our board meeting next month to explain the outage.',
        'your CTO could join our board meeting',
      ],
      [
        'We require your Director of Support to brief our management committee on the incident on Tuesday.',
        'your Director of Support to brief our management committee',
      ],
      [
        'Your president should personally present the roadmap to our shareholders at the AGM.',
        'Your president should personally present the roadmap to our shareholders',
      ],
    ],
    negatives: [
      'We would be honoured to invite your CEO as keynote speaker at our user conference.',
      'Under our Enterprise agreement the annual review is held with your VP of Support; could we confirm the date?',
    ],
  },
  {
    rule: 'en.du.excessive.engineer_at_our_site',
    category: 'excessive',
    positives: [
      [
        'I want a properly senior engineer in our Osaka plant first thing tomorrow. In person.',
        'want a properly senior engineer in our Osaka plant',
      ],
      [
        'We need two of your technicians at our warehouse on Saturday, physically.',
        'need two of your technicians at our warehouse',
      ],
      [
        'Please send three engineers to stay at our campus for the whole of the rollout.',
        'send three engineers to stay at our campus',
      ],
    ],
    negatives: [
      'Our Enterprise agreement includes a quarterly on-site check; we need an engineer at our office in September.',
      'We would like a quote for an engineer at our branch for two days next month.',
    ],
  },
  // ------------------------------------------------------------ unrelated
  {
    rule: 'en.du.unrelated.asked_as_tech_experts',
    category: 'unrelated',
    positives: [
      [
        'our lobby TV keeps losing the HDMI signal. any ideas? just asking since you guys know tech',
        'just asking since you guys know',
      ],
      [
        'You are a cyber security company after all, so could you check my neighbour’s smart doorbell?',
        'You are a cyber security company after all',
      ],
      [
        'Question outside your normal scope: could one of your team help me pick a gaming monitor?',
        'Question outside your normal scope',
      ],
    ],
    negatives: [
      'This is not about our account, I just wanted to say thanks to Mei for the great help last week.',
      'Since you are the experts: is the attached email a phishing attempt? Headers included.',
    ],
  },
  {
    rule: 'en.du.unrelated.personal_social_account',
    category: 'unrelated',
    positives: [
      [
        'My personal TikTok got hijacked overnight. I run your product at work so you must know how to get it back. Please help.',
        'TikTok',
      ],
      [
        'My daughter’s Snapchat was banned after someone hacked it. Could your team look into it?',
        'Snapchat',
      ],
      ['Our CEO’s private PayPal was compromised this morning. Can someone help him?', 'PayPal'],
    ],
    negatives: [
      'Our Instagram marketing emails are being quarantined by MailGuard. Could you check?',
      'Those recordings will go up on my YouTube channel unless the restore is done; 20k followers.',
    ],
    absent: ['unrelated'],
  },
  {
    rule: 'en.du.unrelated.translate_their_document',
    category: 'unrelated',
    positives: [
      [
        'A distributor in Busan sent us an eight-page agreement in Korean. Could somebody on your team translate it into English?',
        'translate it into English',
      ],
      [
        'Could one of your people who reads German translate this supplier letter for us?',
        'people who reads German',
      ],
      ['Please translate our landlord’s lease into Japanese by next week.', 'translate our landlord’s lease'],
    ],
    negatives: [
      'Is the MailGuard admin guide available in Korean?',
      'Could you translate the quarantine notification template into Thai for our users?',
    ],
  },
  {
    rule: 'en.du.unrelated.network_setup',
    category: 'unrelated',
    positives: [
      [
        'Could your engineer set up the VPN on our SonicWall firewall when he visits? We are long-time customers.',
        'set up the VPN on our SonicWall firewall',
      ],
      [
        'Please reconfigure the firewall for our new branch office network.',
        'reconfigure the firewall for our new branch office network',
      ],
      [
        'Could you configure the VPN client on all 35 laptops before Monday?',
        'configure the VPN client on all 35 laptops',
      ],
    ],
    negatives: [
      'We would like to use Shirogane ID for MFA on our SonicWall VPN. RADIUS or SAML?',
      'Which IP ranges should we allow-list on our firewall for the MailGuard relay?',
    ],
  },
  {
    rule: 'en.du.unrelated.hacked_website',
    category: 'unrelated',
    positives: [
      [
        'Our Wix homepage got hacked and shows casino links. Could you clean it up? I can give you the admin login.',
        'clean it up',
      ],
      [
        'Our online store is infected with malware since Sunday. Can your team remove the malware from it?',
        'remove the malware from it',
      ],
      [
        'The company blog was defaced overnight. Please restore our blog, the hosting firm is slow.',
        'restore our blog',
      ],
    ],
    negatives: [
      'Someone built a fake site imitating our brand. Can MailGuard block emails linking to that domain?',
      'Our website contact form sends mail through MailGuard and those mails bounce since yesterday.',
    ],
  },
  {
    rule: 'en.du.unrelated.chat_app_transfer',
    category: 'unrelated',
    positives: [
      [
        'Our director bought a Galaxy and wants his LINE messages copied over from the old iPhone. Can you do it?',
        'LINE messages',
      ],
      ['could you help move my WhatsApp chats to my new Pixel phone?', 'WhatsApp chats'],
      ['Please restore my Telegram history on my new phone, I lost it when switching.', 'Telegram history'],
    ],
    negatives: [
      'Can Archive capture LINE WORKS chats for compliance retention?',
      'Staff get WhatsApp messages with phishing links; can MailGuard block those domains in mail too?',
    ],
  },
  {
    rule: 'en.du.unrelated.home_computer',
    category: 'unrelated',
    positives: [
      [
        'My home desktop shows a blue screen after the update. Could someone remote in tonight?',
        'My home desktop',
      ],
      ['Our son’s laptop is full of pop-ups. Could your engineer look at it?', 'son’s laptop'],
      [
        'My personal Mac won’t boot since yesterday, and I know you are good with computers. Help!',
        'My personal Mac',
      ],
    ],
    negatives: [
      'My personal laptop cannot open the Shirogane ID portal since the update. Is there an outage?',
      'On my home PC the Shirogane ID push prompts stopped arriving after the update. Can you check?',
    ],
  },
  {
    rule: 'en.du.unrelated.conferencing_av',
    category: 'unrelated',
    positives: [
      [
        'The microphone in our boardroom makes Zoom calls sound like a tunnel. Any idea how to fix it?',
        'microphone in our boardroom makes Zoom',
      ],
      [
        'Our Webex calls have terrible echo in the big room. What settings should we change?',
        'Webex calls have terrible echo',
      ],
      [
        'Can you help with the camera on our Microsoft Teams room system? It keeps freezing.',
        'camera on our Microsoft Teams',
      ],
    ],
    negatives: [
      'Does MailGuard rewrite the links in Zoom meeting invitations?',
      'Our Zoom sign-in goes through Shirogane ID SSO and fails since this morning.',
    ],
  },
];

/** The file's veto, and the rules of other files narrowed for calm sentences found flagged. */
const GUARDS: GuardTable[] = [
  {
    id: 'en.du.veto.referral_only',
    category: 'unrelated',
    calm: [
      "I know it's not your product, but could you tell us who we should contact at Microsoft?",
      'This has nothing to do with MailGuard, I realise. Could you point us in the right direction for our printer?',
    ],
    kept: [
      "I know it's not your product, but could you fix our Outlook signatures? Who should we contact otherwise?",
      'Our office printer keeps jamming. I know it is not your product, but any idea what could be causing it?',
    ],
  },
  {
    id: 'en.b.excessive.free_service (add-ons, a vendor-announced free migration)',
    category: 'excessive',
    calm: [
      'Your status page says the Archive v2 platform is end-of-life in March and that existing v2 customers will be migrated to v3 at no charge under the migration programme. We would like the earliest slot.',
      'We would like you to enable the Advanced Threat add-on for us at no charge going forward.',
    ],
    kept: [
      'Could you run a one-day admin training for our team at no charge? We are on Standard.',
      'We want your engineers to handle the whole migration for free this month.',
    ],
  },
  {
    id: 'en.b.excessive.beyond_hours (the customer’s own staff who had to stay late)',
    category: 'excessive',
    calm: [
      'Six of our accounts-payable staff had to stay late re-requesting invoices after the quarantine issue.',
    ],
    kept: [
      'Your engineers will stay late tonight until our export works.',
      'I expect someone to work through the night on this.',
    ],
  },
  {
    id: 'en.p.excessive.stay_on_weekend (a quick look asked during a paid visit)',
    category: 'excessive',
    calm: [
      'When your engineer comes in for the paid MailGuard workshop on the 12th, could he also take a look at our office Wi-Fi?',
    ],
    kept: [
      'When your consultant visits for the onboarding, could she also stay over the weekend and move our server rack?',
      'Could your engineer stay on through the weekend to finish our migration?',
    ],
  },
  {
    id: 'en.excessive.on_site (on-site help asked to be bought)',
    category: 'excessive',
    calm: [
      "hi, is on-site help something we can buy? we're on Standard and I know it's not included, just want the day rate",
      'We would like to book paid on-site training for April.',
    ],
    kept: [
      'Send an engineer to our Kobe office by noon tomorrow.',
      'We need on-site support at our plant this week, we are on Standard.',
    ],
  },
  {
    id: 'en.y.monetary.free_period (a free tier move for a year with no incident)',
    category: 'monetary',
    calm: [
      'In recognition of our referrals, we would be delighted if you could move us from the Standard support tier to Premium for the coming year at no charge.',
    ],
    kept: [
      'After the outage we expect the next three months free.',
      'Given the downtime, we would like an additional year free of charge.',
    ],
  },
  {
    id: 'en.defamation.slander (a fraudulent mail)',
    category: 'defamation',
    calm: [
      "Since the fraudulent mail came in through MailGuard, our CFO's position is that Shirogane should cover the deductible.",
    ],
    kept: ['You people are frauds and everyone will hear about it.', 'Shirogane is run by crooks.'],
  },
  {
    id: 'en.x.unrelated.other_product (whether the product works with another vendor’s device)',
    category: 'unrelated',
    calm: ['Could you confirm whether MailGuard supports scan-to-email from Canon printers?'],
    kept: [
      'Our accounting software (Yayoi) cannot print invoices to our network printer since Monday. Since you already have remote access tools set up for our MailGuard support, could one of your engineers take a look?',
      'Could you help us set up our Canon printers on the new network?',
    ],
  },
  {
    id: 'en.d.privacy.social_media_ask (the customer’s own boss’s chat history)',
    category: 'privacy',
    calm: [
      'Our CEO wants his WhatsApp history moved to his new Pixel phone. Could you walk him through it tomorrow?',
    ],
    kept: ['Do you have Instagram? What is your handle?', "What's your WhatsApp? I'll text you tonight."],
  },
  {
    id: 'en.x.excessive.special_treatment (a hardware swap at the vendor’s cost)',
    category: 'excessive',
    calm: ['Kindly exchange our 25 functioning tokens for the Bluetooth model at your cost.'],
    kept: [
      'Please prioritise us above all your other customers from now on.',
      'Please do the full data clean-up for us at your own expense.',
    ],
  },
  {
    id: 'en.monetary.compensation (a session the vendor cancelled)',
    category: 'monetary',
    calm: [
      'Please refund the course fee: you cancelled the session on 3 May and we could not attend the rescheduled one.',
    ],
    kept: [
      'We expect you to reimburse the consultant fees we paid during the outage.',
      'We want compensation for the lost revenue.',
    ],
  },
  {
    id: 'en.excessive.dedicated and en.excessive.standby (the customer’s own engineers on site)',
    category: 'excessive',
    calm: ['We would like our own engineers to be on site during the cutover; no need for your team.'],
    kept: [
      'We want a dedicated engineer assigned to us from now on, free of charge.',
      'We need your engineers on standby the whole weekend during the cutover.',
    ],
  },
  {
    id: 'en.k.restrictive.ur_not_hanging_up (the customer’s own team on its own call)',
    category: 'restrictive',
    calm: ['Our own team will stay on the call all night during the migration; you do not need to.'],
    kept: ['ur not hanging up on me, u hear?', 'you will stay on this chat all night until it works'],
  },
];

describeRuleKinds('en-dues rules', KINDS, alone, 'en');
describeGuardTables('en-dues guards and narrowed rules', GUARDS, 'en');
describeRuleFile('en-dues rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.du.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id.split(' ')[0] ?? g.id),
  offsets: {
    engine: alone,
    text: 'Hi!\n\nThe tokens all work fine — honestly. Could you replace them with the newer model? 🙂 Also, a goodwill gesture would be in order after the outage.',
  },
});
