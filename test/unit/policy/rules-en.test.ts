/**
 * English detectors (config/rules/en.yaml), run through the real policy file
 * and engine. Every case below was written for this test (none is copied
 * from the corpus): for each category, positives in the many ways customers
 * phrase it, and the realistic traps that must not trigger it.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import { compileEngine } from '../../../src/policy/index.js';
import type { Category, Decision } from '../../../src/policy/index.js';

const engine = compileEngine(loadPolicyFile('config/policy.yaml'));

function judge(text: string, channel?: string): Decision {
  return engine.evaluate({ text, lang: 'en', context: channel ? { channel } : {} });
}

function categories(d: Decision): Category[] {
  return [...d.means, ...d.demands];
}

/** [text, a word or phrase the evidence quote of that category must contain] */
type Positive = [string, string];

const POSITIVES: Record<Category, Positive[]> = {
  violence: [
    ["If that agent closes my ticket again I'm going to punch him in the face.", 'punch him'],
    ['Keep ignoring me and I will break your legs, I swear.', 'break your legs'],
    ['i know where you live, so think about that before you close this', 'i know where you live'],
    ["I'll be waiting for you outside your office tonight.", 'waiting for you outside'],
    ['Better watch your back when you leave work, pal.', 'watch your back'],
    ['You had better hope we never meet in person.', 'hope we never meet'],
    ['Someone needs to put a knife in the guy who designed this UI.', 'put a knife in'],
    ['One more canned answer and I will kill you, understood?', 'kill you'],
    ["I'm going to come down there and beat the crap out of whoever is responsible.", 'beat the crap out of'],
    ['If anyone from your team tries to stop me they will get hurt.', 'get hurt'],
    ["I'll burn your office to the ground if my data is gone.", 'burn your office'],
    ["Close this again and you won't be able to walk for a month.", "won't be able to walk"],
  ],
  intimidation: [
    ["Close this ticket without a fix and you'll regret it.", "you'll regret"],
    ['I will personally get you fired for this, mark my words.', 'get you fired'],
    ['I know your CEO personally, and one call from me is all it takes.', 'know your CEO personally'],
    ['Fix it today or else.', 'or else'],
    ['This is your final warning, Shirogane.', 'final warning'],
    ["You don't know who you're dealing with.", "don't know who you're dealing with"],
    ["I'll make sure you never sell another licence in this country.", 'never sell'],
    ['Your job is on the line, sweetie... I mean it, your job is on the line.', 'job is on the line'],
    ["I'm warning you, don't test me.", "I'm warning you"],
    ["You'll pay for this. All of you.", "You'll pay for this"],
    ['I have friends in high places who can end your little company.', 'friends in high places'],
    ['Mr. Tanaka will be out of a job by Monday if this is not fixed.', 'out of a job'],
  ],
  defamation: [
    ["I'm going to post on every forum that Shirogane is a scam.", 'post on every forum'],
    [
      'Unless you refund me I will tell everyone on LinkedIn what crooks you are.',
      'tell everyone on LinkedIn',
    ],
    ['You people are thieves, plain and simple.', 'thieves'],
    [
      "Expect a one-star review on G2 and Capterra by tonight, I'll make sure everyone reads it.",
      'one-star review',
    ],
    ["I'll go to the press with this and expose you for what you are.", 'go to the press'],
    ['Your company is a fraud that steals customer data.', 'fraud'],
    [
      "We'll be writing on Reddit and Hacker News that your so-called security product is a rip-off.",
      'Reddit',
    ],
    [
      'Shirogane lies to its customers and covers up breaches, and soon the whole internet will know it.',
      'lies to its customers',
    ],
    ["I'm going to name and shame your company at the next industry meetup.", 'name and shame'],
    ['Every journalist I know will hear that you are liars.', 'liars'],
  ],
  insult: [
    ['Are you all brain-dead over there?', 'brain-dead'],
    ['Listen, you absolute moron, I asked a simple question.', 'moron'],
    ['What a bunch of clowns you are.', 'bunch of clowns'],
    ['Your engineers are a pack of incompetent idiots.', 'incompetent idiots'],
    ['F*ck you and your scripted answers.', 'F*ck you'],
    ['useless support monkeys, the lot of you', 'useless support monkeys'],
    ['Wow, thanks for nothing, genius.', 'genius'],
    ['Seriously, are you stupid or just lazy?', 'stupid'],
    ['You guys are pathetic. Total amateurs.', 'pathetic'],
    ['Stop being such idiots and read the logs I sent.', 'idiots'],
    ['Go to hell, all of you.', 'Go to hell'],
    ['what kind of moron closes a P1 ticket without asking', 'what kind of moron'],
  ],
  kneel_demand: [
    ['I want your support manager on his knees apologising to me.', 'on his knees'],
    ['Your CEO should come here and apologise in person to my whole team.', 'apologise'],
    ['We expect a handwritten letter of apology signed by your president.', 'handwritten letter'],
    ['Make your engineers grovel, then maybe we will renew.', 'grovel'],
    ['I demand a public apology on your website and on X.', 'public apology'],
    ['Get over here and apologise, face to face, in front of my staff.', 'apologise'],
    ['Beg for forgiveness and maybe I will consider staying.', 'Beg for forgiveness'],
    ['The guy who broke our mail flow has to kneel and say sorry to our board.', 'kneel'],
    ['A written apology, signed and stamped, on my desk by Friday. Otherwise we walk.', 'written apology'],
    ['I want to watch your manager bow with his head to the floor.', 'head to the floor'],
  ],
  persistence: [
    ['I will keep calling your hotline until someone fixes this.', 'keep calling'],
    [
      "I'm going to email every single one of you every morning until this is resolved.",
      'every single one of you',
    ],
    ["I won't stop until I get my money back.", "won't stop"],
    ['Expect a call from me every hour, on the hour, until this works.', 'every hour'],
    ["I'll resubmit this form every five minutes until somebody answers.", 'every five minutes'],
    ['We will keep opening new tickets until you assign an engineer.', 'keep opening'],
    ["I'll flood your support inbox until you listen.", 'flood your support inbox'],
    ["Fifth message today. I'll keep going.", "I'll keep going"],
    ["I'm not giving up until your manager calls me back.", 'not giving up'],
    ['I will be calling again and again until you do something.', 'again and again'],
  ],
  restrictive: [
    ["I'm not hanging up until this is fixed.", 'not hanging up until'],
    ["Don't you dare hang up on me.", 'dare hang up'],
    ['I am staying on this line until I get an engineer.', 'staying on this line until'],
    ["I'll sit in your lobby until someone sees me.", 'sit in your lobby'],
    ["You're not ending this call until I get a refund.", 'not ending this call'],
    ['Nobody leaves this meeting until we have a date for the fix.', 'Nobody leaves'],
    ["We're not leaving your office until the migration is done.", 'not leaving your office'],
    ["I'll wait right here in your reception for as long as it takes.", 'wait right here'],
    ["I won't get off the phone until you escalate this.", "won't get off the phone until"],
    [
      'We will camp out in your headquarters until somebody takes responsibility.',
      'camp out in your headquarters',
    ],
  ],
  sexual: [
    ['You have such a sexy voice, I could listen to you all day.', 'sexy voice'],
    ['Thanks sweetheart, you always make my day.', 'sweetheart'],
    ['Are you single? Asking for a friend lol', 'Are you single'],
    ['Send me a selfie of yourself and I will rate my experience 5 stars.', 'selfie of yourself'],
    ['I bet you look hot in that headset.', 'bet you look hot'],
    ["Let's grab drinks after work, just you and me.", 'drinks'],
    ['ok honey, whatever you say', 'honey'],
    ['What are you wearing right now?', 'What are you wearing'],
    ['Your voice is so seductive, it turns me on.', 'turns me on'],
    ['You sound cute. Do you have a boyfriend?', 'You sound cute'],
  ],
  discriminatory: [
    ['Put a real Japanese person on the phone, not some foreigner.', 'real Japanese person'],
    ["I don't talk to women about technical stuff.", "don't talk to women"],
    ['Your Indian staff are all the same, clueless.', 'Indian staff are all the same'],
    ["Can't understand your thick accent, get me someone else.", 'thick accent'],
    ["You're too old to understand cloud security, grandpa.", 'too old to understand'],
    ['A woman cannot possibly understand SMTP routing.', 'A woman cannot'],
    ['Go back to your own country.', 'Go back to your own country'],
    ['Assign this to someone from Japan, please.', 'someone from Japan'],
    ['Let me speak to a man who knows what he is doing.', 'speak to a man'],
    ['offshore staff are useless, they cannot speak proper english', 'offshore staff are useless'],
  ],
  privacy: [
    ["What's the home address of the engineer who broke our tenant?", 'home address'],
    ['Give me her personal mobile number.', 'personal mobile number'],
    ['I want the full name of the agent who closed my ticket. Not the alias.', 'full name of the agent'],
    ["What's your Instagram? I'd like to follow you.", 'your Instagram'],
    ["I'll upload the call recording to YouTube with your name in the title.", 'recording'],
    ["I'm recording this chat and will post it on Twitter.", 'recording this chat'],
    ['I will find out where he lives, believe me.', 'where he lives'],
    ["Tell me your real name or I'm escalating.", 'your real name'],
    ['Everyone will see your face when I post the video.', 'your face'],
    ["I'll publish the names and photos of every agent who touched this.", 'names'],
  ],
  exchange: [
    ['Upgrade us to Enterprise for free. We deserve it.', 'Upgrade us to Enterprise'],
    ['We want the premium tier at no extra cost from now on.', 'premium tier'],
    ["Please swap our 40 MailGuard seats for Transfer seats without any charge, we don't use them.", 'swap'],
    ['A free upgrade to the Business plan would be the least you could do.', 'free upgrade'],
    [
      'Could you exchange the tokens we bought for the newer model free of charge? We just prefer the USB-C ones.',
      'exchange',
    ],
    ['Give us the Advanced edition at our current price.', 'Advanced edition'],
    ['Convert our annual licences to the Pro plan for nothing, as compensation.', 'Convert'],
    ['We dropped two keys in the lake; please replace them for free.', 'replace them'],
    ['Move our account up to the top tier without charge.', 'Move our account'],
    ['Give me the Enterprise plan free and I will forget about this outage.', 'Enterprise plan'],
  ],
  excessive: [
    ['I need an engineer at our Osaka office tomorrow morning.', 'engineer at our Osaka office'],
    ['Could someone come over to our warehouse and set it up for us?', 'come over'],
    ['We want a dedicated engineer assigned to our account, at no extra cost.', 'dedicated engineer'],
    ['Get someone on the phone at 3am tonight, I do not care about your hours.', 'tonight'],
    ['We expect support this weekend, Saturday and Sunday, until the migration is done.', 'this weekend'],
    ['Fix this within the hour or else.', 'within the hour'],
    ['I want answers within 10 minutes, every time I write.', 'within 10 minutes'],
    ['Please build us a custom integration with our in-house CRM free of charge.', 'custom integration'],
    ['Send your engineer to our head office to brief the board in person.', 'Send your engineer'],
    ['I want 24/7 phone support even though we are on Standard.', '24/7'],
  ],
  monetary: [
    ['We expect compensation for the two days of downtime.', 'compensation'],
    ['Pay us JPY 3,000,000 for the orders we lost.', 'Pay us'],
    ['You owe us for the lost revenue, simple as that.', 'lost revenue'],
    ['Reimburse our consultant fees, it was your fault.', 'Reimburse'],
    ['I want a refund plus something extra for my trouble.', 'refund'],
    ['Make it worth my while and I will close this ticket.', 'worth my while'],
    ['Cover the overtime our staff worked this weekend.', 'overtime'],
    ["We're claiming damages for the reputational harm.", 'damages'],
    ["Don't offer me a service credit. I want real money.", 'credit'],
    ['Send a gift card for each of our employees as an apology.', 'gift card'],
  ],
  unrelated: [
    ['Can you help me fix my home printer? It stopped printing yesterday.', 'home printer'],
    ["My daughter's laptop won't connect to the Wi-Fi, could you take a look?", 'laptop'],
    ['Please proofread our press release before Monday.', 'proofread'],
    ["I know it's not your product, but can you fix our Cisco switch?", 'not your product'],
    ['Could you set up my personal Gmail on my new iPhone?', 'personal Gmail'],
    ['Our accounting software from another vendor keeps crashing, please help.', 'another vendor'],
    ['My son has homework on networking, could one of your engineers help him?', 'homework'],
    ['Could your team translate our product brochure into English?', 'translate our'],
    ["Help me move the photos from my personal phone to my home PC, it's urgent.", 'personal phone'],
    ['Please reconfigure our Fortinet firewall rules while you are at it.', 'Fortinet'],
  ],
};

const NEGATIVES: Record<Category, string[]> = {
  violence: [
    'How do I kill the stuck sync process without corrupting the delta token?',
    'The outage is killing our productivity this week.',
    'Is there a kill switch to revoke every session at once?',
    'Please shoot me an email when the patch is out.',
    'We hit the rate limit again at 09:00.',
    'Our pen test team will attack the tenant from these IPs on Monday.',
    'The export job was terminated with a fatal error and aborted.',
    'My boss will kill me if the board report is late.',
    "I know where the setting is, I just can't save it.",
    'Would it hurt you to add a CSV export?',
    'The update broke the build and hurt our deliverability score.',
    'We are testing zip bomb detection in the attachment scanner.',
  ],
  intimidation: [
    'We are reviewing our contract with our legal team and will revert.',
    'Could I speak to your manager about this, please?',
    'If this is not resolved we may exercise our termination right under clause 9.',
    "We'll cancel at renewal if this keeps happening.",
    'Please escalate this ticket to your supervisor.',
    "I know people who have had the same problem with Outlook, it's common.",
    "You won't regret upgrading to the new connector, it is much faster.",
    'The former employee was terminated last week; please disable his account.',
    'Should we use SAML or else OIDC for the new app?',
    'Our lawyer will review the DPA before we sign.',
  ],
  defamation: [
    'We received a scam email pretending to be from your billing team.',
    'Is this link a phishing scam? It claims to be Shirogane.',
    'Our fraud detection team needs the sign-in logs.',
    'I will post the workaround on our internal wiki for my team.',
    "We'll leave a great review on G2, your support was excellent.",
    'Can you block fraudulent sign-ins from these countries?',
    'I will share the RCA with everyone in our IT department.',
    'Please publish the incident on your status page.',
    'The attacker claims to be a criminal group; should we report it?',
    'I shared your guide on LinkedIn because it was so helpful.',
  ],
  insult: [
    'This damn sync keeps failing every night.',
    'Sorry if this is a dumb question, but where is the export button?',
    'I feel like an idiot, I forgot to save the policy. All good now.',
    'Our DLP keyword list includes words like "idiot" and "moron"; can it use regex?',
    'My users are a bunch of idiots who click every link, can you help me train them?',
    'Your product is great, your team is fantastic.',
    'The report is useless because it has no timestamps; can you add them?',
    'Is the filter idiot-proof for non-technical admins?',
    'We use a dummy account for testing.',
    'You are not idiots, I know the bug is hard; thanks for sticking with it.',
  ],
  kneel_demand: [
    'We apologise for the delay in getting back to you.',
    'Could you send a formal written incident report for our board?',
    'Thank you for your apology, we appreciate it.',
    'No need to apologise, it happens.',
    'Can your account manager visit next month to present the roadmap?',
    'The crawler keeps indexing our quarantine pages.',
    'I beg to differ on the root cause, see the headers attached.',
    'Please accept our apologies for the confusion on our side.',
    'Our CEO would like to thank your team in person at the conference.',
    'Is there a template for an apology letter to customers after a breach? Asking for our comms team.',
  ],
  persistence: [
    "I'll call the support line again tomorrow at 10 as agreed.",
    'The backup job runs every hour until it succeeds.',
    "I'll keep you posted on the test results.",
    'We will keep monitoring the queue over the weekend.',
    'I called three times last week about this already.',
    "I'll check back every morning until the fix is deployed, if that's OK.",
    'The connector retries every 5 minutes until the token refreshes.',
    'This is the first time I write to you.',
    'How do I stop receiving the daily digest email?',
    'I will email you the logs every day this week as you asked.',
  ],
  restrictive: [
    "I'll stay on the line while you check the logs.",
    'The softphone keeps hanging up after 30 seconds.',
    'Your agent hung up on me yesterday, please look into it.',
    'Happy to hold while you look at it.',
    "We won't leave Shirogane for a competitor, we just need this fixed.",
    'Can I sit in on the training session next week?',
    "I'm not leaving for the holidays until the 28th, so we can test then.",
    'The process hangs until I restart the service.',
    'Please leave a note on the ticket when you are done.',
    'The session stays open until the user signs out.',
  ],
  sexual: [
    'We need a hotfix for the hot standby failover.',
    'Our honeypot caught a credential stuffing attempt.',
    'The new dashboard looks beautiful, great job.',
    "I'm pretty sure the DKIM key is wrong.",
    'The request body is empty when the webhook fires.',
    'Can I set the date range on the quarantine report?',
    'My baby was born last week so I was offline, sorry for the delay.',
    'Is the naked domain supported for MX records?',
    'We hook up the connector to the new IdP on Monday.',
    'Your agent was so sweet and patient, thank you.',
  ],
  discriminatory: [
    'Could you transfer me to a Japanese-speaking engineer? My English is limited.',
    'Our Indian subsidiary needs access to the archive.',
    'I am hard of hearing; could we do this over chat instead of phone?',
    'Does the SCIM schema support a gender attribute?',
    'Please move the tenant to the Japan region.',
    'The old version of the agent is too old to update automatically.',
    'Our older employees struggle with MFA, is there a simpler option?',
    'We need captions on the webinar recording for a deaf colleague.',
    'Our women-in-tech group wants a shared mailbox.',
    'The line is breaking up, I cannot understand you, can you call back?',
  ],
  privacy: [
    'Could you send us the names of the engineers attending the on-site workshop? Building security needs them.',
    "How do I hide users' personal mobile numbers in the directory?",
    'What is the direct number of our account manager?',
    'Please update the home address field for user 4411 via SCIM.',
    'Could I have the full name of the engineer who helped me, so I can thank them properly?',
    'We record all calls for compliance; is that OK with your policy?',
    'Can we export personal data for a GDPR request?',
    'Your agent Kimura was great, please pass on my thanks.',
    'I attached a screen recording of the error to the ticket.',
    "What's the ticket number for my case?",
  ],
  exchange: [
    'How much would it cost to upgrade to Enterprise?',
    'Our key arrived defective, please replace it under warranty.',
    'Is there a free trial of the Premium tier?',
    'We would like to upgrade to Business at renewal; please send a quote.',
    'Can we switch plans at renewal and pay the difference?',
    'The token failed out of the box; can we get an RMA?',
    'Does the free plan include MailGuard?',
    'Please replace the expired certificate on our custom domain.',
    'We migrated our licences to the new tenant last week.',
    'Upgrade instructions for the connector are missing a step.',
  ],
  excessive: [
    'The sync job runs at 2am and fails every night.',
    'Our Premium plan includes 24/7 support, so please call me tonight.',
    'Could you reply when your office opens on Monday? No rush.',
    'The on-site workshop included in our Enterprise contract is on the 18th.',
    'Our dedicated TAM is on leave, who is the backup?',
    'Does the link expire within 24 hours?',
    'We need a dedicated IP for outbound mail, how do we set it up?',
    'Is there an API so our developers can build a custom report?',
    'Per our SLA, P1 tickets get a response within 1 hour, and it has been 3 hours.',
    'We will be working this weekend on the cutover; I will email results on Monday.',
  ],
  monetary: [
    'Per section 6 of the SLA we claim the 10% service credit for May.',
    'We were charged twice for the same invoice, please refund the duplicate.',
    'Under your published terms we request a pro-rated refund for the unused seats.',
    'Our compensation team needs access to the payroll archive.',
    'We implemented compensating controls for the legacy relay.',
    'How do I pay the invoice by bank transfer?',
    "We're not asking for compensation, just a root cause.",
    'We paid JPY 2,400,000 for the annual licence; please send the receipt.',
    'Our expense reimbursement workflow sends mail to finance; it is being quarantined.',
    'The keys were damaged in transit, what is the process?',
  ],
  unrelated: [
    'Can I access Shirogane ID from my personal phone?',
    'Which ports does our firewall need open for MailGuard?',
    'We are migrating from another vendor to MailGuard next month, can you help?',
    'There is a typo in your documentation, please proofread the SSO page.',
    'Does the connector work with our Palo Alto firewall?',
    'This might be unrelated, but the sync also slowed down after the update.',
    'My laptop shows a certificate error when opening the admin console.',
    'We need help to integrate our CRM with Shirogane ID.',
    'Is the Transfer app available for personal devices under our BYOD policy?',
    'My home office Wi-Fi is slow, is that why Transfer uploads time out?',
  ],
};

/**
 * Whole messages in the desk's style (email, chat, phone transcripts), each
 * with every category it should raise: [text, channel, categories].
 */
const MESSAGES: [string, string, Category[]][] = [
  [
    "Hi,\n\nThird time I'm writing about the broken DKIM rotation. Honestly your support staff are a joke - half-trained kids reading from a script. Get someone competent on this today.\n\nMark",
    'email',
    ['insult'],
  ],
  ["Your so-called engineers couldn't configure a toaster. Pathetic.", 'email', ['insult']],
  [
    "I swear to god if one more clueless agent tells me to clear my cache I'm going to lose it. Idiots, all of you.",
    'chat',
    ['insult'],
  ],
  [
    "Close this ticket one more time without fixing it and I'll make your life hell. I mean it.",
    'email',
    ['intimidation'],
  ],
  [
    'Keep stonewalling me and see what happens. I know your name, Sato, and I know your boss.',
    'chat',
    ['intimidation'],
  ],
  [
    "I'll come to your office and wait for whoever wrote this garbage. Then we'll see how brave he is face to face.",
    'email',
    ['violence'],
  ],
  [
    "You're lucky I'm not in Tokyo right now, or I'd show you what I think of your 'investigation' with my fists.",
    'email',
    ['violence'],
  ],
  [
    "I'm writing a review on G2 tonight and I'll describe exactly how your company scams its customers with hidden fees. Everyone will know.",
    'email',
    ['defamation'],
  ],
  [
    "Shirogane is a criminal outfit. I'm sending this whole thread to Nikkei and every tech journalist I know.",
    'email',
    ['defamation'],
  ],
  [
    'Sorry is not enough. I want your agent to get down on her knees and beg me to stay a customer.',
    'email',
    ['kneel_demand'],
  ],
  [
    "From now on I'll be calling your hotline every 30 minutes until an engineer picks up my case.",
    'email',
    ['persistence'],
  ],
  [
    "Don't think I'll go away. I'll keep hammering this ticket until someone with a brain answers.",
    'email',
    ['insult', 'persistence'],
  ],
  [
    "We're sitting in your reception in Shinagawa right now and we won't leave until we see the head of support.",
    'email',
    ['restrictive'],
  ],
  ["Hey gorgeous, fix my SPF record and I'll take you out for dinner.", 'chat', ['sexual']],
  [
    'Why do they always put these foreign kids on the phone? I want a Japanese engineer, someone who actually belongs here.',
    'email',
    ['discriminatory'],
  ],
  [
    'I can barely understand a word with that Indian accent. Transfer me to a native speaker.',
    'phone_transcript',
    ['discriminatory'],
  ],
  [
    "I've got the whole call on tape. Unless you fix this today, it goes on YouTube with your agent's name on it.",
    'email',
    ['privacy'],
  ],
  [
    "Given everything we've been through, I think a free upgrade to Premium for the rest of the contract is only fair.",
    'email',
    ['exchange'],
  ],
  [
    'Our hardware key got run over by a car. Please send a replacement free of charge.',
    'email',
    ['exchange'],
  ],
  [
    'Our go-live is Sunday at 3am. I expect your engineers online and on a bridge call the whole time, at no extra charge.',
    'email',
    ['excessive'],
  ],
  ["I want this resolved in the next 30 minutes. Not 31. Or I'm calling your CEO.", 'email', ['excessive']],
  [
    'I spent 14 hours of my own time on this. Send me an invoice credit of 200,000 yen for my trouble, or pay me directly.',
    'email',
    ['monetary'],
  ],
  [
    'Not related to your service at all, but you guys know Excel - can you fix this VLOOKUP for our sales report?',
    'email',
    ['unrelated'],
  ],
  [
    "You absolute clowns. Refund us the entire year plus damages for the lost orders, or I'll tell every customer of yours I meet that you're thieves.",
    'email',
    ['defamation', 'insult', 'monetary'],
  ],
  [
    'Our CEO insists on an apology letter on company letterhead, signed by your president, by Friday, or we terminate.',
    'email',
    ['kneel_demand'],
  ],
  ['Who do you people hire, seriously? Monkeys would have found that DNS typo faster.', 'email', ['insult']],
  ['ok dumbass, read my previous message again. slowly.', 'chat', ['insult']],
  ['Your support is slower than a snail and about as smart.', 'email', ['insult']],
  [
    "This is the shittiest support experience of my life and you're all a bunch of lazy tw*ts.",
    'email',
    ['insult'],
  ],
  [
    'You have until 5pm. After that, things get very unpleasant for you and your team.',
    'email',
    ['intimidation'],
  ],
  ["Remember my name. You'll be hearing it from your CEO very soon.", 'email', ['intimidation']],
  ["You think this is over? It's not over. Not by a long shot.", 'email', ['intimidation']],
  ["keep it up and someone's going to get their teeth knocked out", 'chat', ['violence']],
  [
    "I'll be posting the whole story on Twitter tonight: how Shirogane lost our data and lied about it.",
    'email',
    ['defamation'],
  ],
  [
    "Your company is a scam operation, pure and simple. We'll let the regulators and the press decide.",
    'email',
    ['defamation'],
  ],
  [
    "An apology isn't enough unless it's on your homepage for a month, signed by the CEO.",
    'email',
    ['kneel_demand'],
  ],
  ["You'll be seeing my name in your queue every single day until this is fixed.", 'email', ['persistence']],
  [
    "Customer: I'm not going anywhere. You're staying on this call with me until it works.",
    'phone_transcript',
    ['restrictive'],
  ],
  ["You've got such a lovely voice. Bet you're even prettier in person ;)", 'chat', ['sexual']],
  ["I'd love to take you out to dinner to say thanks, just the two of us.", 'chat', ['sexual']],
  ["No offense but you sound like you're 12. Put an adult on.", 'email', ['discriminatory']],
  [
    'Tell me where your engineer lives. I want to talk to him outside office hours.',
    'email',
    ['intimidation', 'privacy'],
  ],
  [
    'What is the LinkedIn of the guy who closed my ticket? I want to send him a message.',
    'email',
    ['privacy'],
  ],
  [
    "We'd like to trade our unused Transfer licences for additional MailGuard ones at no charge.",
    'email',
    ['exchange'],
  ],
  [
    "Please make sure someone is reachable on my mobile during New Year's holidays, we can't risk an outage.",
    'email',
    ['excessive'],
  ],
  [
    "Your outage cost us a day of trading. We'll be sending you an invoice for JPY 4.2M.",
    'email',
    ['monetary'],
  ],
  [
    "Can you compensate our staff's overtime? They worked till midnight restoring mail.",
    'email',
    ['monetary'],
  ],
  [
    "Could you write a short speech for our CEO's New Year address? Your writers are good.",
    'email',
    ['unrelated'],
  ],
  [
    'Hello,\n\nWe recently moved to a smaller office and no longer need 30 of our 100 seats. Would it be possible to convert those 30 seats into MailGuard Advanced add-ons at no additional cost?\n\nKind regards,\nYuki',
    'email',
    ['exchange'],
  ],
  [
    'Dear Support,\n\nWe purchased 5 hardware tokens in April. One of our employees lost his during a business trip. Could you provide a new one free of charge?\n\nThank you.',
    'email',
    ['exchange'],
  ],
  [
    "Good afternoon. Our board meets on Saturday morning and I'd like one of your engineers to attend remotely and be available to answer questions. Could you arrange that?\n\nBest,\nT. Mori",
    'email',
    ['excessive'],
  ],
  [
    "Dear Shirogane,\n\nCould a technician come to our Kobe branch next Tuesday to install the connector on our servers? We'd prefer not to do it ourselves.\n\nRegards",
    'email',
    ['excessive'],
  ],
  [
    "Hi, we need the custom DLP rules for our 12 subsidiaries written and deployed by your team by end of day tomorrow. We don't have time to do it.",
    'email',
    ['excessive'],
  ],
  [
    'Hello,\n\nDue to the delivery delay, our project slipped by two weeks and we had to pay our contractors extra. We would like Shirogane to cover these additional contractor costs (JPY 1.2M).\n\nBest regards',
    'email',
    ['monetary'],
  ],
  [
    'Could you pay for the taxi fares our staff incurred when they had to come into the office during the outage?',
    'email',
    ['monetary'],
  ],
  [
    "Could one of your engineers help us pick a new office printer? We don't know which brand to buy.",
    'email',
    ['unrelated'],
  ],
  [
    "We're organising our year-end party. Could your team recommend a venue in Shibuya for 50 people?",
    'email',
    ['unrelated'],
  ],
  [
    "Agent: We're still investigating.\nCustomer: Still investigating? You've been 'investigating' for a week. Let me tell you something, I'm not hanging up this phone until someone gives me a date.",
    'phone_transcript',
    ['restrictive'],
  ],
  [
    "If you close this chat I'll just open another one. And another. Until you give me a human who can fix it.",
    'chat',
    ['persistence'],
  ],
  [
    'I am going to keep sending this same email to every address at shirogane.example until I get a response.',
    'email',
    ['persistence'],
  ],
  [
    'Is the lady with the cute voice working today? Put her on, I only want to talk to her.',
    'phone_transcript',
    ['sexual'],
  ],
  [
    "Why is a Chinese guy handling my Japanese company's data? Get him off my account.",
    'email',
    ['discriminatory'],
  ],
  [
    'I want your president to visit us and bow in front of all 200 employees at our morning assembly.',
    'email',
    ['excessive', 'kneel_demand'],
  ],
  [
    "I'll be naming your support agent Tanaka in my blog post about this disaster. Readers deserve to know who to blame.",
    'email',
    ['defamation', 'privacy'],
  ],
  [
    "What's the personal email of the manager who approved this? I want to contact him directly at home.",
    'email',
    ['privacy'],
  ],
  [
    "Post-mortem my ass. You people hid the breach for a week, and I'm telling the Nikkei exactly that.",
    'email',
    ['defamation'],
  ],
  ['I hope someone runs you over on your way home.', 'email', ['violence']],
  [
    'We spend JPY 40M a year with you. I will personally make sure your contract with our group is cancelled and your sales rep loses his bonus.',
    'email',
    ['intimidation'],
  ],
  ['what a joke of a company. your support is run by absolute muppets', 'chat', ['insult']],
  ["Honestly your agent Sato is the most useless person I've ever spoken to.", 'email', ['insult']],
  [
    "Tell your so-called senior engineer that if he closes my ticket one more time, he'll be looking for a new job. I play golf with your CEO every month.",
    'email',
    ['intimidation'],
  ],
  [
    "Agent: I'm sorry, but that's outside the scope of support.\nCustomer: Outside the scope? Listen, sweetheart, everything is in scope when I'm paying. Now be a dear and do your job.",
    'email',
    ['sexual'],
  ],
  [
    "Because of your failure, I had to cancel my family holiday. I expect Shirogane to pay for the cancelled flights and hotel, JPY 380,000. I'll send you the receipts.",
    'email',
    ['monetary'],
  ],
  [
    "Hello,\n\nOur new office opens on 1 July. Could your team come in on the Sunday before, 30 June, to set everything up so we're ready on Monday morning? We'd appreciate it being done without extra fees.\n\nRegards,\nFacilities",
    'email',
    ['excessive'],
  ],
  ['you guys are all a bunch of overpaid monkeys. fix my sync.', 'chat', ['insult']],
  [
    "I'm warning you, Shirogane. Mess with my company's data again and you'll be the ones needing support.",
    'email',
    ['intimidation'],
  ],
  ["What kind of name is 'Priya' anyway? Get me someone normal.", 'chat', ['discriminatory']],
  [
    "I've emailed 14 times in the last two hours. I'll email 100 more if I have to. Answer me.",
    'email',
    ['persistence'],
  ],
  [
    'I want a personal apology from every engineer involved, on camera, posted on your official YouTube channel.',
    'email',
    ['kneel_demand'],
  ],
  [
    'Our IT intern needs help with his university assignment on firewalls. Could one of your engineers spend an hour explaining it to him?',
    'email',
    ['unrelated'],
  ],
  [
    'Please arrange for our staff to get a free year of Shirogane Transfer Premium as compensation for the downtime.',
    'email',
    ['exchange', 'monetary'],
  ],
  ["Pathetic. A multi-million-yen company and your staff can't read a header. Morons.", 'email', ['insult']],
  [
    'Are you people completely incompetent or is this deliberate sabotage? Five days to restore ONE mailbox.',
    'email',
    ['insult'],
  ],
  ["I've met smarter houseplants than your tier-1 support.", 'email', ['insult']],
  ["This idiot agent keeps asking me to restart my PC. It's a cloud service, moron!", 'chat', ['insult']],
  ['jesus christ you guys are dense', 'chat', ['insult']],
  ['Congrats on hiring the least competent people in Tokyo.', 'email', ['insult']],
  ["I'm going to knock your manager's teeth in when I see him.", 'email', ['violence']],
  ["People like you get what's coming to them. Remember that.", 'email', ['intimidation']],
  ["Don't make me come over there.", 'chat', ['intimidation']],
  [
    "Your bosses will hear about you, and not in a good way. I'll see to it personally that you're disciplined.",
    'email',
    ['intimidation'],
  ],
  [
    "Shirogane = fraud. I'll be saying it loud and clear at every conference I speak at this year.",
    'email',
    ['defamation'],
  ],
  [
    'I demand that the support manager personally calls me and grovels for wasting three days of my time.',
    'email',
    ['kneel_demand'],
  ],
  [
    "The minimum I'll accept is your VP flying to Fukuoka to apologise to my face.",
    'email',
    ['excessive', 'kneel_demand'],
  ],
  [
    "Ignore me and I'll open a ticket for every single one of my 500 users, each one saying the same thing.",
    'email',
    ['persistence'],
  ],
  [
    "Customer: Transfer me and I'll call back on this line until you pick up again. You're stuck with me.",
    'phone_transcript',
    ['persistence', 'restrictive'],
  ],
  [
    'Tell the cute blonde from the webinar that I want her to handle my account personally.',
    'email',
    ['sexual'],
  ],
  [
    'This is what happens when a company hires diversity quotas instead of engineers.',
    'email',
    ['discriminatory'],
  ],
  [
    "Send me the private WhatsApp of the engineer who set this up, I don't want to go through support anymore.",
    'email',
    ['privacy'],
  ],
  [
    "We'd like to return the 20 hardware keys we didn't use and get new ones in black instead of white, free of charge.",
    'email',
    ['exchange'],
  ],
  [
    'We need you to monitor our mail flow personally every night this week between 10pm and 6am.',
    'email',
    ['excessive'],
  ],
  [
    'Could someone help with our annual security audit report for the board? Just need your team to write the whole thing.',
    'email',
    ['excessive'],
  ],
  [
    "Consider reimbursing our team's pizza and overtime from the night of the outage - about $2,000.",
    'email',
    ['monetary'],
  ],
  ["Can you help my nephew with his Python homework? He's stuck on a loop.", 'email', ['unrelated']],
  [
    "Random question: which laptop would you recommend for my daughter's university studies?",
    'email',
    ['unrelated'],
  ],
  [
    "This damn connector crashed again overnight. Can you check the attached logs and tell me what's going on? Pretty frustrating week.",
    'email',
    [],
  ],
  [
    "Hello,\n\nWe would like to report an employee who sent abusive messages to a colleague, including 'you stupid cow' and worse. How can we pull all his sent mail from the archive for HR?\n\nThanks",
    'email',
    [],
  ],
  [
    "I'm very disappointed. If this isn't fixed by the end of the month we will not renew, and I'll be raising it with your account manager.",
    'email',
    [],
  ],
  [
    "Hi, our SOC flagged an outbound spike - it looks like a compromised account sending a 'mail bomb' to a partner. Can you throttle the sender and tell us how to kill all its active sessions?",
    'email',
    [],
  ],
  [
    "We want to run a phishing simulation that uses threatening subject lines like 'Final warning: your account will be deleted'. Will MailGuard quarantine those?",
    'email',
    [],
  ],
  [
    "Is this email from you guys? 'Your account has been flagged for fraud, verify now'. Looks like a scam to me.",
    'email',
    [],
  ],
  ["I'll follow up next Tuesday if I haven't heard back, thanks for your patience.", 'email', []],
  [
    'Please keep the bridge call open until the cutover finishes - our team will stay on the line too.',
    'email',
    [],
  ],
  [
    'One of our engineers is blind and uses NVDA. Is the admin console compatible with screen readers?',
    'email',
    [],
  ],
  [
    "Could you send the names and email addresses of the engineers joining Thursday's workshop so we can issue visitor badges?",
    'email',
    [],
  ],
  [
    'The token we received last week is dead on arrival - the LED never lights up. Can we get a replacement under warranty?',
    'email',
    [],
  ],
  [
    'Per section 4.3 of our agreement, please issue the service credit for the 6-hour outage on 3 March.',
    'email',
    [],
  ],
  ['Does MailGuard integrate with our Salesforce instance for case creation?', 'email', []],
  ["Please stop sending the weekly digest every Monday at 8am, it's spamming all of our users.", 'email', []],
  [
    'Sorry for the rant earlier - I was frustrated, not at you personally. Thanks for sticking with it.',
    'chat',
    [],
  ],
  [
    "Our CEO called the new policy 'idiotic' in the meeting, can we loosen the attachment rules a bit?",
    'email',
    [],
  ],
  ['We will escalate this to our account executive and, if needed, to your management.', 'email', []],
  ['The new anti-malware engine really knocked it out of the park, detection rates doubled.', 'email', []],
  ["We need to shoot down the theory that it's our MTA - headers attached.", 'email', []],
  ["Please don't post our tenant name on your public status page, it's confidential.", 'email', []],
  ['Sorry for the multiple emails - our mail server retried the send a few times.', 'email', []],
  ['Can we keep this chat open until the export finishes? It should take 10 minutes.', 'chat', []],
  ["My sweetheart deal with your sales rep expired, what's the renewal price?", 'email', []],
  ['Our users over 60 find the MFA app confusing, is there a hardware token option?', 'email', []],
  ["We'd like to switch from monthly to annual billing, is there a discount?", 'email', []],
  ['Our Premium Plus plan includes a dedicated TAM; who is ours?', 'email', []],
  ['Our finance team asks whether you accept payment in USD.', 'email', []],
  [
    'Hi, forwarding a complaint from one of our users:\n\n"Your IT department is run by morons and I\'m going to tell the whole company."\n\nCan you check why his mail is delayed?',
    'email',
    [],
  ],
  ["We'd like a quote for on-site training for 20 admins in Nagoya.", 'email', []],
  [
    "Just a heads-up: I'm warning you in advance that the CSV has 40k rows, so the import may take a while.",
    'email',
    [],
  ],
  [
    "We got a 'final warning' email from your billing system but the invoice was paid on the 3rd. Can you check?",
    'email',
    [],
  ],
  ["Please stay on the line, I'll get our network engineer to join the call.", 'chat', []],
  [
    "We're investigating an invoice fraud attempt: someone impersonated our supplier and asked us to change bank details.",
    'email',
    [],
  ],
  [
    'I told everyone in the company to ignore the fake Shirogane emails. Can you also add a banner?',
    'email',
    [],
  ],
  [
    'One of your engineers was amazing - please pass on my thanks to Mr. Ito, he stayed late to fix it.',
    'email',
    [],
  ],
  [
    "Our directors will kill the project if the pilot isn't stable, so we need your help with the sync errors.",
    'email',
    [],
  ],
  [
    "We had to terminate the contract with our previous vendor after their breach, so we're migrating to MailGuard.",
    'email',
    [],
  ],
  [
    "Our receptionist gets calls from a man who says he'll wait outside the building for her. Can we block his email too?",
    'email',
    [],
  ],
  [
    "I'm not asking for a refund, I just want the RCA. But honestly, the last three months have been rough.",
    'email',
    [],
  ],
  [
    "We're on the Enterprise plan with 24/7 support. The sync is down, please have someone call me tonight.",
    'email',
    [],
  ],
  ['For the audit we need the full names of the engineers who had access to our tenant in May.', 'email', []],
  ["We'd like to replace our 50 YubiKeys with your hardware keys, can you send a quote?", 'email', []],
  [
    "Can you upgrade the connector on our side remotely? We're not comfortable doing it ourselves.",
    'email',
    [],
  ],
  [
    "Our marketing intern wrote 'you idiots' in a draft and it got sent to a customer. Can we recall it?",
    'email',
    [],
  ],
  [
    "My home internet is down so I'm working from a café - is it safe to use Transfer on public Wi-Fi?",
    'email',
    [],
  ],
  [
    "Would it be possible to have the quarterly review in person this time? Happy to host you at our office; we know it's part of the Enterprise package.",
    'email',
    [],
  ],
  ['Every morning the digest arrives at 6am; can we move it to 9am?', 'email', []],
  ["Please don't hang up if the line goes quiet, I'm checking the firewall.", 'phone_transcript', []],
  ["Could you compensate for the clock drift in the report timestamps? They're 9 hours off.", 'email', []],
  [
    'Our Japanese staff prefer Japanese-language support; can tickets from them be routed to your Tokyo team?',
    'email',
    [],
  ],
  ["We're a women-owned business; do you have a supplier diversity form?", 'email', []],
  [
    'My manager is old school and wants everything printed. Can we export quarantine reports as PDF?',
    'email',
    [],
  ],
  [
    "We've been a customer for 8 years and this is the worst support experience we've had. Please escalate to your manager.",
    'email',
    [],
  ],
  [
    'Honestly this is ridiculous and unacceptable. Your product deleted 2,000 emails and nobody can tell me why.',
    'email',
    [],
  ],
  ['This bug is killing us. Every morning we lose an hour to the sync failure.', 'email', []],
  [
    'Our pen testers found that the attacker could brute force the PIN. Can you confirm the lockout policy?',
    'email',
    [],
  ],
  ["Can you tell me where the engineer's report is stored? I can't find it in the portal.", 'email', []],
  [
    'Can we get the home address fields removed from the directory export? Privacy team request.',
    'email',
    [],
  ],
  [
    "If nothing changes we'll escalate formally through our account manager and review the renewal.",
    'email',
    [],
  ],
  [
    'The outage hurt us badly - we missed a board deadline. Please prioritise the root cause analysis.',
    'email',
    [],
  ],
  [
    'Hello, we need to onboard 300 new users for April. Is there a CSV template for bulk import into Shirogane ID, and can we assign groups in the same file? Also, will the welcome email go out immediately or can we schedule it?',
    'email',
    [],
  ],
  [
    'Good morning. After enabling conditional access, users on iOS 17 get stuck in a login loop in the Transfer app. Android is fine. We tried reinstalling. Logs attached. Please advise.',
    'email',
    [],
  ],
  [
    'Hello, is it possible to set different retention periods for different departments in the archive? Legal wants 10 years, everyone else 5.',
    'email',
    [],
  ],
  [
    'Thanks for the quick fix yesterday! One more thing: the sync now takes 40 minutes instead of 10. Is that expected after a full resync?',
    'email',
    [],
  ],
  [
    'Could you tell me how to give a helpdesk operator the right to release quarantined mail without giving full admin rights?',
    'chat',
    [],
  ],
  [
    "We're evaluating Transfer for large CAD files (up to 80 GB). What's the max file size, and can uploads resume after a network drop?",
    'email',
    [],
  ],
  [
    'Our auditors asked who at Shirogane can access our mail content. Can you share your access control policy and the roles involved?',
    'email',
    [],
  ],
  [
    "Dear team, I'm leaving the company at the end of the month. Please transfer the admin role to my colleague Jun Sato (jun.sato@example.jp). Thank you for all the help over the years!",
    'email',
    [],
  ],
  [
    "Hi, the password reset email goes to spam in Outlook.com for our external partners. Can you check the sending domain's reputation?",
    'email',
    [],
  ],
  [
    "Hello, we're getting 'token expired' errors from the SCIM endpoint every night around 1am. The token was generated last week with a 1-year lifetime. Any idea?",
    'email',
    [],
  ],
  [
    "Hello, our sales director keeps getting logged out of Transfer every 15 minutes. He is furious and says he'll throw his laptop out of the window, haha. Session timeout setting is 8 hours. Help!",
    'email',
    [],
  ],
  [
    'We are very unhappy with how the incident was communicated. We learned about it from Twitter before your status page. We expect better.',
    'email',
    [],
  ],
  [
    'Hi, we need to decommission the old connector server this weekend. Is there anything we need to do on the Shirogane side first?',
    'email',
    [],
  ],
  [
    'Please remove the mailbox of our ex-employee Kenji Ito from the archive hold; legal has cleared it.',
    'email',
    [],
  ],
  [
    "Hi, our CFO received an email from 'the CEO' asking for a wire transfer of $48,000 urgently. It was caught, but can you confirm no other executives received it?",
    'email',
    [],
  ],
  [
    'Hi, is there a way to see which admin changed the spam threshold yesterday? Someone set it to 1 and now everything is quarantined.',
    'email',
    [],
  ],
  [
    'We plan to penetration-test our own Transfer links next month. Do we need to inform you in advance?',
    'email',
    [],
  ],
  [
    'Good afternoon, could you confirm that Shirogane is not affected by the OpenSSH vulnerability published today?',
    'email',
    [],
  ],
  [
    "I've been trying to reach someone for two days about our blocked outbound mail. This is costing us orders. Please call me back ASAP on 03-1234-5678.",
    'email',
    [],
  ],
  [
    'Hi, our marketing team wants to send 50k emails a month through the relay. Is that allowed on our plan, or do we need an add-on?',
    'email',
    [],
  ],
  [
    "Please send our account manager's details; we'd like to discuss an upgrade to Enterprise and a quote for on-site training.",
    'email',
    [],
  ],
  [
    'We understand weekend support is not part of the Standard plan. Could you send pricing for the weekend support add-on?',
    'email',
    [],
  ],
  [
    "My 'kill switch' question from last week: can it also revoke OAuth grants to third-party apps?",
    'email',
    [],
  ],
  [
    "Following a complaint, our HR needs all messages where an employee called a customer 'stupid' or 'useless'. How do we run that search?",
    'email',
    [],
  ],
  [
    'We will be sending you a formal complaint letter from our legal department regarding the data loss.',
    'email',
    [],
  ],
  [
    'Dear Support, I apologise for my tone on the phone yesterday. It was a stressful day. Thank you for your patience.',
    'email',
    [],
  ],
  [
    'As discussed, please send us a written statement confirming the incident has been resolved, for our customers.',
    'email',
    [],
  ],
  ['Thanks for the update. Honestly, you guys are brilliant - the fix worked first time.', 'email', []],
  ["We are considering legal options, but first we'd like a complete incident timeline.", 'email', []],
  ['Is there an idiot-proof way to roll out the Outlook add-in to 2,000 users?', 'email', []],
  [
    'The attacker threatened to leak our data unless we paid; we did not pay. Can you check for exfiltration via Transfer?',
    'email',
    [],
  ],
  ["Could the engineer who visited last week send us his slides? He said he'd share them.", 'email', []],
  [
    'We had a power outage at our office last night, so some messages bounced. Can you requeue them?',
    'email',
    [],
  ],
  [
    "I swear, if your technician shows his face at our site again without fixing this, he's leaving in an ambulance.",
    'email',
    ['violence'],
  ],
  ["I'll strangle the next person who tells me to 'clear the cache'.", 'chat', ['violence']],
  ['Better lock your doors tonight, Mr. Fujita.', 'email', ['violence']],
  ["You're going to be very sorry you ever picked up my call, Tanaka.", 'email', ['intimidation']],
  ['Close this ticket again and I promise you, your career at Shirogane is over.', 'email', ['intimidation']],
  [
    "I'm a major shareholder. One email from me to your board and this whole support department gets restructured.",
    'email',
    ['intimidation'],
  ],
  ['I have a very long memory, and a lot of free time. Think about that.', 'email', ['intimidation']],
  [
    "I'll write a LinkedIn article naming Shirogane as the vendor that leaked our customer data. Everyone in Japanese IT reads my posts.",
    'email',
    ['defamation'],
  ],
  [
    "Your company is a bunch of con artists and I'll make sure the whole security community hears about it.",
    'email',
    ['defamation', 'insult'],
  ],
  [
    'Expect a very detailed Glassdoor and G2 write-up about your support team tonight.',
    'email',
    ['defamation'],
  ],
  [
    "I'll be telling all my clients that Shirogane steals data. Good luck with renewals.",
    'email',
    ['defamation'],
  ],
  [
    "you're honestly the dumbest bunch of engineers I've ever had the misfortune of dealing with",
    'chat',
    ['insult'],
  ],
  ["ok smart guy, then explain why it's still broken", 'chat', ['insult']],
  ["Your support team couldn't find their own backsides with both hands and a map.", 'email', ['insult']],
  [
    'Another useless answer from another useless agent. Do you train them to be this stupid?',
    'email',
    ['insult'],
  ],
  [
    'I want the president of Shirogane to bow his head in front of our whole company. Nothing less.',
    'email',
    ['kneel_demand'],
  ],
  [
    "I'll accept nothing less than a public apology posted on your website's homepage for 30 days.",
    'email',
    ['kneel_demand'],
  ],
  [
    'Your support manager will come to our office and apologise to every member of our IT team individually.',
    'email',
    ['excessive', 'kneel_demand'],
  ],
  [
    "I'm going to keep submitting this form until a real person answers me. I've got all day.",
    'email',
    ['persistence'],
  ],
  [
    "From today, you'll get a call from me at 9, 12, 3 and 6 every single day until my archive is restored.",
    'email',
    ['persistence'],
  ],
  [
    "I'll be emailing your support, your sales rep and your CEO every morning until someone fixes this.",
    'email',
    ['persistence'],
  ],
  [
    "Customer: No, you listen. I'm not putting the phone down. You'll stay on this call until I have an answer, or I'll come to your office and sit there.",
    'phone_transcript',
    ['restrictive'],
  ],
  [
    "We've occupied the meeting room in your Shinagawa office and we're not leaving until your director meets us.",
    'email',
    ['restrictive'],
  ],
  ['You sound adorable on the phone. Dinner on me if you fix it today, beautiful.', 'email', ['sexual']],
  ["Forget the ticket, tell me what you're doing after work, sexy.", 'chat', ['sexual']],
  ["Can you send a photo so I know who I'm talking to? You sound hot.", 'chat', ['sexual']],
  ["I don't want an Indian engineer touching our systems. Reassign it.", 'email', ['discriminatory']],
  [
    "Why do you keep giving me old men who can't even use a smartphone? Get me someone young.",
    'email',
    ['discriminatory'],
  ],
  [
    'A girl is handling my escalation? Seriously? Get me a man who knows networking.',
    'email',
    ['discriminatory'],
  ],
  [
    "Give me the personal phone number of your agent Sakura. I'll call her myself tonight.",
    'email',
    ['privacy'],
  ],
  [
    "Which neighbourhood does your engineer Mr. Ueda live in? I'd like to drop by and have a chat.",
    'email',
    ['privacy', 'violence'],
  ],
  [
    "Since the new version doesn't suit us, swap our licences back to the old edition and give us a free upgrade when the next one comes out.",
    'email',
    ['exchange'],
  ],
  [
    'We would like to exchange our annual Standard subscription for a Premium one without paying the difference, given the incident.',
    'email',
    ['exchange'],
  ],
  [
    'Our CTO expects a written root cause within 30 minutes and a fix within the hour. Make it happen.',
    'email',
    ['excessive'],
  ],
  [
    "Please have an engineer on call for us every night this month, even though we're on the Basic plan.",
    'email',
    ['excessive'],
  ],
  [
    'Would your team be able to come to our year-end closing on 31 December at midnight and be on site in case anything goes wrong?',
    'email',
    ['excessive'],
  ],
  [
    'Our board expects Shirogane to compensate us for the reputational damage. We are thinking in the region of JPY 10 million.',
    'email',
    ['monetary'],
  ],
  [
    'I want my money back for the whole year plus an extra three months free, otherwise we leave.',
    'email',
    ['monetary'],
  ],
  [
    "Can you get one of your people to fix my mother's laptop? She lives near your office.",
    'email',
    ['unrelated'],
  ],
  [
    "We're launching a new website. Could your team review the marketing copy and suggest better wording?",
    'email',
    ['unrelated'],
  ],
  [
    "Please help us configure our new Canon multifunction printer to scan to email. It's not connected to MailGuard.",
    'email',
    ['unrelated'],
  ],
  [
    "Agent: I'll kill the stuck worker and restart it.\nCustomer: Sounds good, thanks for jumping on this.",
    'phone_transcript',
    [],
  ],
  [
    'We use a master/slave Postgres setup for the archive indexer. Which node should the connector point at?',
    'email',
    [],
  ],
  [
    'Per our contract, P1 incidents get an on-site engineer within 4 hours. Please dispatch one to our Nagoya site.',
    'email',
    [],
  ],
  [
    "Our deaf employee needs all support communication in writing. Please don't call him; email instead.",
    'email',
    [],
  ],
  [
    'Our legal department will send a formal notice of termination under clause 11 next week. Please confirm the data export process.',
    'email',
    [],
  ],
  [
    "A customer of ours sent this to our helpdesk: 'you useless idiots, I'll burn your office down'. We've reported it to the police. Can you help us trace the sender IP?",
    'email',
    [],
  ],
  [
    'On Tue, 4 Jun 2024, Support wrote:\n> Please restart the agent.\n\nI did, and now it works. Thanks!',
    'email',
    [],
  ],
  ["We'd like to claim the service credit for April's outage as per the SLA, section 5.2.", 'email', []],
  [
    "Your last reply was rude and unhelpful. I'd like my ticket reassigned to a different engineer, please.",
    'email',
    [],
  ],
  ["I'm going to keep an eye on the queue tonight and will update you in the morning.", 'email', []],
  ["Please stay on the call; I'm transferring you to our network team now.", 'chat', []],
  [
    'This is completely unacceptable. Third outage this month and still no RCA. I need a written explanation by Friday and a call with your engineering lead.',
    'email',
    [],
  ],
  [
    'I am extremely disappointed with your support. Nobody has looked at this ticket for four days. Please escalate it to your support manager immediately.',
    'email',
    [],
  ],
  [
    "Your status page said 'all systems operational' while our mail was down for 3 hours. That's misleading and we want an explanation.",
    'email',
    [],
  ],
  [
    "Honestly, your documentation is terrible. I've spent two days on something that should take ten minutes. Can someone walk me through it?",
    'email',
    [],
  ],
  [
    "We're paying a lot of money for Enterprise and the service has been awful. If this continues we will cancel at renewal.",
    'email',
    [],
  ],
  [
    'Stop closing my ticket! The issue is NOT resolved. Reopen it and keep it open until I confirm.',
    'email',
    [],
  ],
  ["I'm furious. Your update wiped our transport rules. I need them restored today.", 'email', []],
  [
    'Why does it take three emails to get a simple answer? Please just tell me whether the feature exists.',
    'email',
    [],
  ],
  ['What the hell happened last night? Every message from our CEO went to quarantine.', 'email', []],
  ["This is ridiculous. I've been on hold for 45 minutes.", 'phone_transcript', []],
  ["Your last engineer clearly didn't read my logs. Could you assign someone more senior?", 'email', []],
  [
    "If we don't get a fix by Monday, I'll have to escalate this to our CIO and to your account manager.",
    'email',
    [],
  ],
  ['We will be requesting a formal post-incident review meeting with your management.', 'email', []],
  ['I have no patience left. Please, just fix the sync.', 'email', []],
  ['Your product killed our productivity this week. We need a workaround now.', 'email', []],
  [
    "The new UI is a disaster. Half my admins can't find the release button. Please bring back the old layout or add a toggle.",
    'email',
    [],
  ],
  ["I don't want to hear 'we're looking into it' again. I want a timeline.", 'email', []],
  [
    "Frankly, this is the worst vendor experience I've had in 20 years. I expect a senior person to call me today.",
    'email',
    [],
  ],
  ["Please stop sending me surveys while my ticket is still open. It's insulting.", 'email', []],
  ["You told me last week it was fixed. It isn't. I'm not happy.", 'email', []],
  ['Damn it, the connector crashed again. Logs attached. Please hurry.', 'email', []],
  ["Are you kidding me? The export has been 'processing' for 3 days.", 'email', []],
  [
    "Our users are screaming at me because mail is delayed. I need an update every hour until it's resolved.",
    'email',
    [],
  ],
  ["Please call me back as soon as possible, I'll keep my phone on until I hear from you.", 'email', []],
  ["I'll keep checking the status page until it's green, then I'll confirm on the ticket.", 'email', []],
  [
    "We'll be watching this closely and will report the incident to our regulator as required by law.",
    'email',
    [],
  ],
  [
    'Our compliance team will need to report this breach to the data protection authority within 72 hours.',
    'email',
    [],
  ],
  ["If you can't fix this, tell me honestly and we'll find another solution.", 'email', []],
  ["I'm going to escalate this through the proper channels.", 'email', []],
  ['Shame on your QA team for letting this release go out. Please roll it back.', 'email', []],
  ["Your sales rep promised SSO would work with our IdP. It doesn't. We feel misled.", 'email', []],
  ['Can you please stop the spam to my inbox? I keep getting your marketing emails every day.', 'email', []],
  ["I'll be blunt: if this is not fixed by Q3, we'll move to a competitor.", 'email', []],
  ['Honest feedback: your phone support is much better than chat. Chat agents seem rushed.', 'email', []],
  ["You guys really dropped the ball on this one. Let's get it fixed.", 'email', []],
  ["I've been waiting 9 days for a response. Is anyone there?", 'email', []],
  ['The scammers who hit us last month are back. Please block this sender domain too.', 'email', []],
  [
    'Our penetration testers managed to execute a payload via the Transfer upload. Please treat this as a security vulnerability report.',
    'email',
    [],
  ],
  [
    "Our SOC killed the attacker's sessions and terminated his access, but we need your logs to confirm.",
    'email',
    [],
  ],
  ['Please kill all active sessions for user tanaka@ and force a password reset.', 'email', []],
  ['The zip bomb test file crashed the scanner - is that expected?', 'email', []],
  ['We hit the rate limit again; can you raise it to 2,000 requests per minute?', 'email', []],
  ['Our team is killing it with the new DLP rules - false positives are down 80%. Thanks!', 'email', []],
  ['Dead-letter queue has 312 messages. How do I replay them?', 'email', []],
  ['Is brute-force protection enabled by default on the admin console?', 'email', []],
  ["Could you explain what 'fatal: unable to bind' means in the connector log?", 'email', []],
  [
    'The watchdog will kill the child process if it hangs for more than 60s. Is that configurable?',
    'email',
    [],
  ],
  ['We had to abort the migration at 2am because the source server died.', 'email', []],
  ['Our CEO says the admin console looks like it was designed in 2005. Any redesign planned?', 'email', []],
  ['Stupidly, I deleted the policy myself. Is there a way to restore it?', 'email', []],
  [
    'Hello, we ordered the Business edition but in hindsight the Enterprise edition suits us better. Could you switch us over for the same price? Thanks.',
    'email',
    ['exchange'],
  ],
  [
    'We have 10 unused Transfer seats. Could we exchange them for 10 Shirogane ID seats instead? No extra charge, hopefully.',
    'email',
    ['exchange'],
  ],
  [
    'Our team prefers the USB-C security keys. Could you replace our 25 USB-A keys with USB-C ones at no cost? They all work fine, we just prefer the newer model.',
    'email',
    ['exchange'],
  ],
  [
    "Could you upgrade our account to Premium without charging us, since we've been with you for five years?",
    'email',
    ['exchange'],
  ],
  [
    "We'd like to swap the annual MailGuard plan for the Transfer plan mid-contract, keeping the same price.",
    'email',
    ['exchange'],
  ],
  [
    'Dear Support, our CIO would like a personal briefing from your head of engineering at our Sendai office next week. Please arrange it.',
    'email',
    ['excessive'],
  ],
  [
    'Could you assign a named engineer who can be reached on his mobile whenever we have a question?',
    'email',
    ['excessive'],
  ],
  [
    "We're running an internal security awareness day on Saturday. Could one of your engineers come and give a talk to our staff for free?",
    'email',
    ['excessive'],
  ],
  [
    "Please fix the problem by 9am tomorrow morning. Our CEO expects it to work when he arrives, so you'll have to work overnight.",
    'email',
    ['excessive'],
  ],
  [
    "Hello, could your support team handle our end users' password reset requests directly from now on? Our helpdesk is overloaded.",
    'email',
    ['excessive'],
  ],
  [
    "Could you write the PowerShell scripts to automate our user onboarding? We're not very technical.",
    'email',
    ['excessive'],
  ],
  [
    'We need an engineer to sit with our team for the first two weeks after go-live, at no extra charge.',
    'email',
    ['excessive'],
  ],
  [
    'Please have your team answer our tickets within 15 minutes at all times, including nights.',
    'email',
    ['excessive'],
  ],
  [
    'Our finance director asks whether Shirogane would cover the cost of the extra storage we had to buy during the outage.',
    'email',
    ['monetary'],
  ],
  [
    'The downtime caused us to miss a tender deadline. We estimate our loss at JPY 3 million and request that Shirogane compensates us.',
    'email',
    ['monetary'],
  ],
  [
    "Could you refund last month's fee in full and also give us the next two months free? That would show good faith.",
    'email',
    ['monetary'],
  ],
  [
    "We believe a payment to cover our staff's overtime during the incident is fair. Please confirm.",
    'email',
    ['monetary'],
  ],
  [
    'We had to hire an external forensic firm after your incident; please reimburse their invoice of USD 25,000.',
    'email',
    ['monetary'],
  ],
  [
    "Is it possible for your engineers to help us set up our new Zoom Rooms in the meeting rooms? We don't know who else to ask.",
    'email',
    ['unrelated'],
  ],
  [
    "Hi! My personal iCloud storage is full and I can't figure out how to clear it. Could you help?",
    'email',
    ['unrelated'],
  ],
  [
    "Could you check our SAP system? It's been slow since Monday. I know it's not your product but you're good with servers.",
    'email',
    ['unrelated'],
  ],
  [
    "Could your team translate our employee handbook into English? It's about 40 pages.",
    'email',
    ['unrelated'],
  ],
  ['Would you be able to help me choose a good antivirus for my home PC?', 'email', ['unrelated']],
  [
    "Upgrade us to Enterprise for free and send an engineer to our HQ tomorrow, or I'll make sure our whole group drops you.",
    'email',
    ['excessive', 'exchange', 'intimidation'],
  ],
  ['Could you send us a quote for upgrading from Business to Enterprise for 300 users?', 'email', []],
  ["Is there an on-site support option in the Enterprise plan? We're considering upgrading.", 'email', []],
  ['Please schedule the on-site visit included in our Premium Support package for October.', 'email', []],
  ["What's the process for an RMA? Two of our hardware keys stopped working after a week.", 'email', []],
  [
    "Under section 7 of our agreement we're entitled to a service credit of 5% for the June outage. Please confirm.",
    'email',
    [],
  ],
  ["We'd like to cancel our subscription at the end of the term as per the contract.", 'email', []],
  [
    "Could you share a PowerShell example for bulk-assigning licences? We'll adapt it ourselves.",
    'email',
    [],
  ],
  ['Our engineers will handle the migration; we just need the API documentation.', 'email', []],
  ['Can we get a discount if we commit to a three-year term?', 'email', []],
  ["Could you send me your team's support hours for the holiday period?", 'email', []],
  ["We'd like to move 20 seats from our Osaka tenant to our Tokyo tenant. Is that possible?", 'email', []],
  [
    'Please replace the expired signing certificate for our SAML app; the current one expires Friday.',
    'email',
    [],
  ],
  [
    'We are on the Enterprise plan with 24/7 coverage. Please have an engineer call me tonight about the P1.',
    'email',
    [],
  ],
  [
    "Can our account manager visit us next month to discuss renewal? We'd love to meet in person.",
    'email',
    [],
  ],
  ['Does Shirogane ID support Zoom as a SAML application?', 'email', []],
  ['Is it possible to translate the quarantine notification template into Japanese?', 'email', []],
  ['Seriously, who trained you? A chimp with a keyboard would do better.', 'chat', ['insult']],
  ["Your 'senior engineer' is a fraud who doesn't know what DNS is.", 'email', ['defamation', 'insult']],
  ["I'm sick of dealing with halfwits. Put someone competent on.", 'phone_transcript', ['insult']],
  ['Stop wasting my time, you worthless excuse for a support team.', 'email', ['insult']],
  ['Honestly, what a useless bunch. Every single one of you.', 'email', ['insult']],
  ['Your tech support is staffed by morons, full stop.', 'email', ['insult']],
  ['are all your staff this thick or did I just get lucky', 'chat', ['insult']],
  ['You people are a joke. An expensive, incompetent joke.', 'email', ['insult']],
  ["Go back to flipping burgers, it's clearly what you're qualified for.", 'email', ['insult']],
  ['Ugh. Incompetent idiots.', 'chat', ['insult']],
  ["I'll break every bone in your body if this happens again.", 'email', ['violence']],
  ["You'd better pray I don't find out where you work.", 'email', ['violence']],
  [
    "Somebody needs to slap some sense into your engineers, and I'm happy to volunteer.",
    'email',
    ['violence'],
  ],
  ["Tell Mr. Sasaki he'd better not be in the parking lot when I arrive.", 'email', ['violence']],
  ["You don't want to find out what happens if you close this ticket again.", 'email', ['intimidation']],
  ["One more excuse and I'll have your head on a plate, Mr. Goto.", 'email', ['intimidation']],
  [
    "Our group has 40 companies. I'll make sure not one of them ever buys from you again.",
    'email',
    ['intimidation'],
  ],
  ["I'm warning you for the last time: fix it today.", 'email', ['intimidation']],
  [
    "I'm going to tell every Japanese IT forum that Shirogane lies about its uptime.",
    'email',
    ['defamation'],
  ],
  ['Watch me trash your reputation on every review site there is.', 'email', ['defamation']],
  ["Your CEO is a crook and I'll say it on national TV if I have to.", 'email', ['defamation']],
  ['We will go public with how you cover up incidents. The press will love it.', 'email', ['defamation']],
  [
    'Customer: I want the name of your supervisor, his direct phone and his home address. Now.',
    'phone_transcript',
    ['privacy'],
  ],
  [
    "I'll find your engineer on LinkedIn and tell his whole network what he did.",
    'email',
    ['defamation', 'privacy'],
  ],
  [
    'That voice of yours is the highlight of my week. Call me back tonight, on my personal number, just us two ;)',
    'chat',
    ['sexual'],
  ],
  ["Hey, sexy. Fix my quarantine and I'll buy you a drink.", 'chat', ['sexual']],
  [
    "I don't speak to women about technical problems. Put your male colleague on.",
    'phone_transcript',
    ['discriminatory'],
  ],
  [
    "I will keep ringing this number every 10 minutes all night if that's what it takes.",
    'email',
    ['persistence'],
  ],
  [
    'Get the CEO on the phone and make him apologise to me personally, on his knees if he has to.',
    'email',
    ['kneel_demand'],
  ],
  ['You call this support? My dog could write better KB articles. Pathetic bunch.', 'email', ['insult']],
  [
    "I'd like to remind you that I know exactly where your Umeda office is, and I'm not a patient man.",
    'email',
    ['violence'],
  ],
  ["If you hang up on me again I'll be on your doorstep in an hour.", 'email', ['violence']],
  [
    "Keep it up and I'll personally make sure you're never hired in this industry again.",
    'email',
    ['intimidation'],
  ],
  [
    'You picked the wrong company to mess with. Our legal department is the least of your worries.',
    'email',
    ['intimidation'],
  ],
  [
    "I'm posting screenshots of this conversation on Reddit tonight so everyone sees what scammers you are.",
    'email',
    ['defamation'],
  ],
  [
    'Everyone at the user group meeting next week will hear how your company lies to its customers.',
    'email',
    ['defamation'],
  ],
  [
    'I expect the engineer responsible to come to our office and bow to our CEO. In person. Tomorrow.',
    'email',
    ['excessive', 'kneel_demand'],
  ],
  ['Nothing short of a handwritten apology from your president will do.', 'email', ['kneel_demand']],
  [
    "I'm going to call every hour, on the hour, until this is fixed. Get used to my voice.",
    'email',
    ['persistence'],
  ],
  [
    "I'll keep reopening this ticket every time you close it. Forever if I have to.",
    'email',
    ['persistence'],
  ],
  [
    "Customer: I'm not hanging up. I'll stay on this line all day if I have to.",
    'phone_transcript',
    ['restrictive'],
  ],
  [
    "We're camped in your reception and we're not moving until someone senior comes down.",
    'email',
    ['restrictive'],
  ],
  ['You have such a sweet voice, do you do private calls? ;)', 'chat', ['sexual']],
  [
    "Thanks babe, you're the best. Now be a good girl and send me your number.",
    'chat',
    ['privacy', 'sexual'],
  ],
  [
    "No offense, but can I get a Japanese person instead of a foreigner? I can't deal with that accent.",
    'phone_transcript',
    ['discriminatory'],
  ],
  ["Old people like you shouldn't be working in IT support. Retire already.", 'email', ['discriminatory']],
  ["What's the name and home address of the guy who approved this change?", 'email', ['privacy']],
  [
    'I found your Facebook profile, Ms. Kato. Interesting photos of your kids.',
    'email',
    ['intimidation', 'privacy'],
  ],
  [
    "Give us the Premium plan for free for the rest of the year. After this mess, it's the least you can do.",
    'email',
    ['exchange'],
  ],
  [
    "We'd like to swap our 30 hardware keys for the new model at no cost; nothing is wrong with the old ones, we just want the new design.",
    'email',
    ['exchange'],
  ],
  [
    "Please arrange for an engineer to be at our Yokohama data center this Sunday at 5am for the migration. We're on Standard.",
    'email',
    ['excessive'],
  ],
  [
    'I need a dedicated support engineer assigned to my team, free of charge, from next month.',
    'email',
    ['excessive'],
  ],
  [
    'We expect Shirogane to pay for the overtime of our 12 IT staff during the outage - around JPY 600,000.',
    'email',
    ['monetary'],
  ],
  [
    "Compensation for our lost business is the only acceptable outcome. We're thinking JPY 5M.",
    'email',
    ['monetary'],
  ],
  [
    'Could you help me fix the Bluetooth on my personal car stereo? Your engineer seemed smart.',
    'email',
    ['unrelated'],
  ],
  [
    "Could your team write a cover letter for my job application? English isn't my first language.",
    'email',
    ['unrelated'],
  ],
  ["I'll be outside your office at 6 when your shift ends. We'll settle this then.", 'email', ['violence']],
  [
    'Our SOC playbook says to kill the process and isolate the host. Does your agent support remote isolation?',
    'email',
    [],
  ],
  ['I know where the problem is: the SPF record has too many lookups. Can you confirm?', 'email', []],
  ["We'll post the incident summary on our internal wiki so staff know what happened.", 'email', []],
  [
    'Please send the written incident report signed off by your head of engineering for our auditors.',
    'email',
    [],
  ],
  ["I'll call your support line again on Monday morning, as your colleague suggested.", 'email', []],
  ['Could you stay on the call for five more minutes while I test the fix?', 'phone_transcript', []],
  ['Thank you, darling Team Shirogane! (our office nickname for you, haha) The fix worked.', 'chat', []],
  [
    'Our visually impaired colleague needs the quarantine emails in plain text for his screen reader.',
    'email',
    [],
  ],
  [
    'Could you tell me the name of the engineer who will join the call, so I can add him to the invite?',
    'email',
    [],
  ],
  ["We'd like to upgrade to Enterprise next quarter. What would the cost be for 500 users?", 'email', []],
  ['Per our Premium contract, please send an engineer on-site for the annual health check.', 'email', []],
  ['Under your refund policy, please refund the unused portion of our annual plan.', 'email', []],
  [
    'Our printer sends scan-to-email through MailGuard and it stopped working after your update. Can you check the relay logs?',
    'email',
    [],
  ],
  [
    "The phishing email told our staff 'pay now or we will destroy your reputation'. Please block it.",
    'email',
    [],
  ],
  ["I'm disappointed, frankly. But I appreciate that you're trying. Please keep me posted.", 'email', []],
  [
    "We're going to publish a case study about our MailGuard rollout with your marketing team's approval.",
    'email',
    [],
  ],
  [
    'Hi, a disgruntled ex-employee keeps emailing our CEO calling him a fraud and threatening to expose him. Can we block him?',
    'email',
    [],
  ],
  [
    'Our firewall team is threatening to block all Transfer traffic unless we can explain the new IP ranges, haha. Can you send them?',
    'email',
    [],
  ],
  ["Our executives want a dedicated IP for outbound mail; what's the price?", 'email', []],
  ['We are reviewing our options, including legal ones, and will get back to you next week.', 'email', []],
  ['Hello? Anyone home? Or are you all too busy being useless?', 'chat', ['insult']],
  ['I have never in my life dealt with such an incompetent, arrogant support team.', 'email', ['insult']],
  ['Your agent is thick as a brick. Transfer me.', 'phone_transcript', ['insult']],
  ['what a clown show. genuinely embarrassing', 'chat', ['insult']],
  [
    "I'm going to come to your office and drag the engineer who did this out by his collar.",
    'email',
    ['violence'],
  ],
  ['One more day of this and someone at Shirogane is going to get seriously hurt.', 'email', ['violence']],
  ["I'd watch my step if I were you. I have friends who aren't as patient as me.", 'email', ['intimidation']],
  [
    'I will bury your company in complaints, lawsuits and bad press until you beg for mercy.',
    'email',
    ['intimidation', 'kneel_demand'],
  ],
  ["Remember this day, Mr. Yoshida. You'll regret the way you spoke to me.", 'email', ['intimidation']],
  [
    "I'm launching a campaign on X: #ShiroganeScam. Every customer deserves to know.",
    'email',
    ['defamation'],
  ],
  [
    "I'll be speaking to a journalist at Nikkei tomorrow about how you hide data breaches.",
    'email',
    ['defamation'],
  ],
  [
    'I demand your CEO writes me a personal letter of apology, signed, within 48 hours.',
    'email',
    ['kneel_demand'],
  ],
  ['Your whole team should be on their knees begging us to stay after this.', 'email', ['kneel_demand']],
  [
    "I'll keep calling until I get a supervisor. I have nothing better to do today.",
    'email',
    ['persistence'],
  ],
  [
    'I will email you every hour from now until midnight, and then start again tomorrow morning.',
    'email',
    ['persistence'],
  ],
  [
    "I'm sitting in your lobby and I won't leave until I get a refund. Call security if you want.",
    'email',
    ['restrictive'],
  ],
  [
    "Customer: Don't even think about transferring me or ending this call. We're doing this now.",
    'phone_transcript',
    ['restrictive'],
  ],
  ["Mmm, I love it when you talk technical to me. Say 'DKIM' again ;)", 'chat', ['sexual']],
  ['Are you seeing anyone? You sound like my type.', 'chat', ['sexual']],
  [
    'Is there anyone there who actually speaks Japanese as a native? Not you, obviously, with that accent.',
    'phone_transcript',
    ['discriminatory'],
  ],
  ["Women shouldn't be allowed anywhere near server rooms. Send me a man.", 'email', ['discriminatory']],
  [
    "Send me your engineer's personal LINE ID. I'll discuss this with him outside work.",
    'email',
    ['privacy'],
  ],
  [
    "I've saved the recording of our call and I'll put it on TikTok with your name if this isn't fixed.",
    'email',
    ['privacy'],
  ],
  [
    'Upgrade our 50 users to the Premium tier at no charge. You owe us that after last week.',
    'email',
    ['exchange'],
  ],
  [
    'Please change our Standard licences to Enterprise ones without any price change until renewal.',
    'email',
    ['exchange'],
  ],
  [
    'I need someone from your team physically at our office every Monday to check the system.',
    'email',
    ['excessive'],
  ],
  ['Please resolve this within 10 minutes. Not negotiable.', 'email', ['excessive']],
  ['We expect a payment of JPY 2,000,000 to cover the damage to our reputation.', 'email', ['monetary']],
  ['As compensation, please waive our fees for the next six months.', 'email', ['monetary']],
  [
    'Can one of your engineers have a look at my home Wi-Fi? It keeps dropping and I work from home a lot.',
    'email',
    ['unrelated'],
  ],
  ["Could you help our accountant with some Excel macros? He's stuck.", 'email', ['unrelated']],
  ["Our monitoring flagged a 'zombie' mailbox that still receives mail. How do we disable it?", 'email', []],
  [
    "The report says 'critical: process killed by OOM killer'. Should we increase memory on the connector host?",
    'email',
    [],
  ],
  ['I know your team is doing its best. Still, we need a firm date for the fix.', 'email', []],
  ["Could you ask your manager to call me? I'd like to discuss our renewal terms.", 'email', []],
  ['We apologise for the tone of our previous email, it was a stressful week.', 'email', []],
  ['Our lawyers have advised us to formally request all logs related to the incident.', 'email', []],
  ["We'd like a refund for the duplicate charge on invoice 2231, as per your billing terms.", 'email', []],
  ['Could an engineer join our scheduled Zoom call tomorrow at 10am to walk through the setup?', 'email', []],
  [
    'Our users keep complaining that the quarantine digest is useless because it lacks sender details.',
    'email',
    [],
  ],
  [
    "We're reporting abusive emails from a customer of ours that call our staff 'idiots' and 'morons'. Can MailGuard flag such messages?",
    'email',
    [],
  ],
  ['Can we whitelist the domain of our Indian subsidiary? Their mail is getting quarantined.', 'email', []],
  ["I'll keep testing on my side and send you the logs tomorrow.", 'email', []],
  [
    'We need support for the go-live on Saturday; our Enterprise plan includes weekend coverage, right?',
    'email',
    [],
  ],
  ['Please send us a replacement for the token that arrived with a cracked casing.', 'email', []],
  ["Our ex-employee's mailbox needs to be exported for our lawyers. What's the process?", 'email', []],
  [
    "Is it possible to get the name of the engineer assigned to our case? We'd like to reference it in our change ticket.",
    'email',
    [],
  ],
  [
    'Can you help us configure MailGuard to block emails with sexual content sent to our support desk?',
    'email',
    [],
  ],
  [
    "We found that your agent's instructions were wrong and cost us a day. Please review your KB article.",
    'email',
    [],
  ],
  [
    "The CEO's assistant asked whether you could present the roadmap at our office; we understand this may be a paid service. Please quote.",
    'email',
    [],
  ],
  [
    "Hello, we've decided MailGuard isn't for us. Instead of cancelling, could you convert the remaining 8 months into Transfer licences at no extra cost?",
    'email',
    ['exchange'],
  ],
  [
    "Since your product caused the incident, we'd like our whole organisation moved to the Enterprise plan at the Basic price.",
    'email',
    ['exchange'],
  ],
  [
    "Our security keys are working fine, but we'd like the newer NFC versions. Please exchange all 40 of them for free.",
    'email',
    ['exchange'],
  ],
  [
    "Hi, we'd like to get the Advanced Threat add-on included for free, as a thank-you for renewing.",
    'email',
    ['exchange'],
  ],
  [
    'Our team in Fukuoka is not very tech-savvy. Could someone from Shirogane visit them next week to help set up their laptops?',
    'email',
    ['excessive'],
  ],
  [
    'Could your engineer be on standby by phone during our company trip this weekend, just in case?',
    'email',
    ['excessive'],
  ],
  [
    "We'd like your team to run our quarterly phishing simulation for us and analyse the results. We're on the Standard plan.",
    'email',
    ['excessive'],
  ],
  ['I need this fixed in the next 20 minutes, before the board meeting starts.', 'email', ['excessive']],
  [
    "Can you please ensure that someone answers our calls around the clock during the holiday season? We're on Business.",
    'email',
    ['excessive'],
  ],
  [
    'Could your developer add a custom field to the admin console just for us? It would really help our workflow.',
    'email',
    ['excessive'],
  ],
  [
    'Please pay for the two extra days our consultant needed because of the bug. His invoice is attached.',
    'email',
    ['monetary'],
  ],
  [
    'Our users lost work because of the sync issue. We think a discount of 50% on the renewal is the right way to compensate us.',
    'email',
    ['monetary'],
  ],
  [
    "We'd appreciate a goodwill gesture - perhaps a few months free - for all the trouble.",
    'email',
    ['monetary'],
  ],
  [
    "We'd like to be reimbursed for the cost of the external lawyer we consulted about the incident.",
    'email',
    ['monetary'],
  ],
  ['Hi, could you recommend a good VPN for my personal use when travelling?', 'email', ['unrelated']],
  [
    'Our office Wi-Fi password needs changing and nobody remembers how the router works. Could you walk us through it?',
    'email',
    ['unrelated'],
  ],
  [
    'Could your support team also help us with our Salesforce reports? Our admin left.',
    'email',
    ['unrelated'],
  ],
  [
    "My kid's Minecraft server keeps crashing - since you're server experts, any tips?",
    'email',
    ['unrelated'],
  ],
  [
    'Could you help me write a complaint letter to my landlord? Your English is great.',
    'email',
    ['unrelated'],
  ],
  [
    "We'd like to upgrade from Business to Enterprise. Could you send us a quote and the order form?",
    'email',
    [],
  ],
  ['Can we switch from monthly to annual billing at our next renewal?', 'email', []],
  [
    "Our hardware key stopped working after two weeks; it won't light up. Can we have it replaced under warranty?",
    'email',
    [],
  ],
  [
    "We're on Enterprise with 24/7 support - please have someone look at the P1 ticket overnight.",
    'email',
    [],
  ],
  ['Could you confirm whether on-site support is available as a paid option in Osaka?', 'email', []],
  ["Per the SLA, please credit 10% of this month's fee for the outage on the 4th.", 'email', []],
  ["We'd like a refund for the 5 seats we cancelled within the 14-day window, per your terms.", 'email', []],
  ['Does your VPN integration support Palo Alto GlobalProtect for SSO?', 'email', []],
  [
    "Our Salesforce sends notifications through MailGuard and they're being delayed. Can you check?",
    'email',
    [],
  ],
  ["Could you respond within the hour? It's a P1 and your SLA says one-hour response.", 'email', []],
  ["Can your team help us configure the DLP policy? We've never done it before.", 'email', []],
  ['Is there a way to build a custom report via the API? Our developer will do it.', 'email', []],
  [
    'The migration is scheduled for Saturday night; our own team will run it. Please just confirm the API limits.',
    'email',
    [],
  ],
  ['Can someone call me tomorrow morning to go through the configuration?', 'email', []],
  ["We'd like to purchase two more hardware keys. How do we order?", 'email', []],
  [
    "Honestly, are you people even trained? Every answer is copy-paste garbage from idiots who don't read.",
    'email',
    ['insult'],
  ],
  ["My grandmother understands SPF better than your so-called experts, and she's 90.", 'email', ['insult']],
  ['Just get me a human with a brain, not another script-reading parrot.', 'chat', ['insult']],
  ["Fire whoever is handling this ticket. He's an absolute clown.", 'email', ['insult']],
  ['Wow. Just wow. Nobody at your company has two brain cells to rub together.', 'email', ['insult']],
  [
    "Listen here, you little punk, I've been in IT longer than you've been alive.",
    'phone_transcript',
    ['insult'],
  ],
  ["Thanks for the 'help', geniuses. The archive is still empty.", 'chat', ['insult']],
  ['The morons in your ops team broke our routing AGAIN.', 'email', ['insult']],
  ["You're all completely useless and I'm done being polite about it.", 'email', ['insult']],
  ["Your 'engineers' are a disgrace to the profession.", 'email', ['insult']],
  [
    "If this isn't resolved by tomorrow, you'll see just how much trouble one customer can cause.",
    'email',
    ['intimidation'],
  ],
  [
    "I know your manager's name, and I know who his boss is. Shall we see who answers first?",
    'email',
    ['intimidation'],
  ],
  ["You don't want me as your enemy, trust me.", 'chat', ['intimidation']],
  [
    "I'll have your whole team replaced by the end of the month. I have the contacts to do it.",
    'email',
    ['intimidation'],
  ],
  ['Last chance. Fix it, or face the consequences.', 'email', ['intimidation']],
  [
    'I will ring your hotline every 30 minutes, day and night, until your CTO calls me.',
    'email',
    ['persistence'],
  ],
  ["Ticket number five today. There'll be five more tomorrow if nobody replies.", 'email', ['persistence']],
  ["You'll see my name in your inbox every hour until this is sorted.", 'email', ['persistence']],
  ["I'll keep bothering every one of your staff on LinkedIn until someone helps.", 'email', ['persistence']],
  ["I'd like to punch the person who designed this update.", 'email', ['violence']],
  ["If I see your engineer in the street I'll knock him out, no joke.", 'email', ['violence']],
  ['Tell your agent to be careful walking to the station tonight.', 'email', ['violence']],
  ["I'll smash every one of your servers with a hammer if I have to come down there.", 'email', ['violence']],
  [
    'I want your engineer to apologise to me on his knees in front of my whole department.',
    'email',
    ['kneel_demand'],
  ],
  [
    'Your manager will write a letter of apology, by hand, and deliver it to our CEO personally.',
    'email',
    ['kneel_demand'],
  ],
  [
    "A public apology on your blog and on LinkedIn, signed by your CEO. That's the minimum.",
    'email',
    ['kneel_demand'],
  ],
  [
    "I'm staying on this call until someone fixes my account, even if it takes until midnight.",
    'email',
    ['restrictive'],
  ],
  ["I'll be in your lobby at 9am and I won't leave until I get my data.", 'email', ['restrictive']],
  ['Can we continue this over dinner, just the two of us? You have a lovely voice.', 'chat', ['sexual']],
  ['Why am I talking to a kid? Put an adult on the line.', 'phone_transcript', ['discriminatory']],
  [
    "Please give me your engineer's home number. I'll explain the problem to him myself tonight.",
    'email',
    ['privacy'],
  ],
  [
    "I'm going to tell all 3,000 members of our industry association that Shirogane is a scam.",
    'email',
    ['defamation'],
  ],
  [
    "We need an engineer in our Sapporo office by tomorrow morning to reinstall the connector. We don't have an on-site contract.",
    'email',
    ['excessive'],
  ],
  [
    'Could your team take over the administration of our tenant for the next three months while our admin is on leave?',
    'email',
    ['excessive'],
  ],
  [
    "Respond to every ticket within 5 minutes from now on. I don't care about your SLA.",
    'email',
    ['excessive'],
  ],
  [
    'Please make sure someone is available to take my calls at any time, including Sundays.',
    'email',
    ['excessive'],
  ],
  [
    'Could someone from your team come to our office and give our staff a one-hour security training? Free, ideally.',
    'email',
    ['excessive'],
  ],
  ["My son's gaming PC keeps getting viruses. Can your security team clean it?", 'email', ['unrelated']],
  [
    "Our Cisco phones keep rebooting. I know Shirogane doesn't do phones, but could you take a look?",
    'email',
    ['unrelated'],
  ],
  ['Can you check if my personal Yahoo account has been hacked?', 'email', ['unrelated']],
  [
    'We lost a day of sales. Please transfer JPY 800,000 to our account as compensation.',
    'email',
    ['monetary'],
  ],
  ['Your bug cost us a client. Cover our loss of JPY 3M, please.', 'email', ['monetary']],
  ["We'd like you to pay the penalty our client charged us because of the delay.", 'email', ['monetary']],
  [
    'Please refund the whole year and add a few free months on top for the stress this caused.',
    'email',
    ['monetary'],
  ],
  ['Switch us to Enterprise without charging us more. You owe us after this.', 'email', ['exchange']],
  ['We want to trade our unused Transfer seats for MailGuard seats, free.', 'email', ['exchange']],
  ['Please kill the stale sessions for our ex-employee and revoke his tokens.', 'email', []],
  ['Our engineers used brute force to recover the archive password; is there an official way?', 'email', []],
  ["We're seeing 'process terminated with signal 9' in the connector logs. What's causing it?", 'email', []],
  ['You guys are lifesavers. Thank you for staying late to fix it.', 'email', []],
  ["I'm annoyed that nobody answered yesterday. Please make sure my ticket is picked up today.", 'email', []],
  [
    "Our staff received an email saying 'we will find you and make you pay'. It's a scam - please block the sender.",
    'email',
    [],
  ],
  [
    'Please send an engineer to our office for the quarterly review, as per our Enterprise contract.',
    'email',
    [],
  ],
  ["We'd like to cancel our contract at the end of the term. What's the process?", 'email', []],
  ["Can your engineer call me after 6pm? I'm in meetings until then.", 'email', []],
  ['We need a dedicated IP address for our outbound relay. How do we request one?', 'email', []],
  ["The SLA credit for March hasn't appeared on our invoice yet. Can you check?", 'email', []],
  ["Could you help us understand why our Fortinet firewall blocks MailGuard's IP range?", 'email', []],
  [
    "I'm writing a blog post about our zero-trust rollout and would like to mention Shirogane ID. Any guidelines?",
    'email',
    [],
  ],
  [
    "Our intern called the new policy 'stupid', but we still need it. How do we roll it out to the sales team?",
    'email',
    [],
  ],
  ["We're recording the training session for our internal wiki; is that OK with your trainer?", 'email', []],
];

describe('English rules: realistic messages', () => {
  // Other rule files may add categories to a positive message; a message
  // that should raise nothing must raise nothing.
  it.each(MESSAGES)('%j (%s)', (text, channel, expected) => {
    const found = categories(judge(text, channel));
    if (expected.length === 0) expect(found).toEqual([]);
    else expect(found).toEqual(expect.arrayContaining(expected));
  });
});

describe('English rules: positives', () => {
  for (const [category, cases] of Object.entries(POSITIVES) as [Category, Positive[]][]) {
    describe(category, () => {
      it.each(cases)('finds it in %j', (text, words) => {
        const d = judge(text);
        expect(categories(d)).toContain(category);
        const ev = d.evidence.filter((e) => e.category === category);
        expect(ev.length).toBeGreaterThan(0);
        for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect(ev.some((e) => e.quote.toLowerCase().includes(words.toLowerCase()))).toBe(true);
      });
    });
  }
});

describe('English rules: tricky negatives', () => {
  for (const [category, cases] of Object.entries(NEGATIVES) as [Category, string[]][]) {
    describe(category, () => {
      it.each(cases)('does not find it in %j', (text) => {
        expect(categories(judge(text))).not.toContain(category);
      });
    });
  }
});

describe('English rules: evidence', () => {
  it('quotes the offending words, not the sentence around them', () => {
    const text = 'Hello team. Honestly, you useless clowns broke our routing again.';
    const ev = judge(text).evidence.filter((e) => e.category === 'insult');
    expect(ev.map((e) => e.quote)).toContain('you useless clowns');
    expect(ev[0]!.start).toBe(text.indexOf('you useless clowns'));
  });

  it('maps obfuscated profanity back to the original spelling', () => {
    const text = 'F.U.C.K you and your ticket system.';
    const ev = judge(text).evidence.filter((e) => e.category === 'insult');
    expect(ev.length).toBeGreaterThan(0);
    expect(ev[0]!.quote.startsWith('F.U.C.K')).toBe(true);
  });

  it('reports each category of a mixed message with its own span', () => {
    const text =
      "You idiots owe us JPY 500,000 for the lost sales, or I'll post everywhere that you're crooks.";
    const d = judge(text);
    expect(d.verdict).toBe('harassment');
    expect(d.means).toEqual(expect.arrayContaining(['insult', 'defamation']));
    expect(d.demands).toContain('monetary');
    for (const e of d.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });
});

describe('English rules: hard negatives stay clean', () => {
  it.each([
    [
      'reported abuse',
      'A former client keeps sending threatening emails to our receptionist. One said: "I know where you park, you useless woman." How do we block him?',
    ],
    ['quoted reply', 'Thanks, fixed now.\n\n> You idiots broke it again\n> Fix it or else'],
    ['log excerpt', 'Sync failed:\n2024-06-11 02:14:07 FATAL killed by SIGKILL\nWhat should I check?'],
    ['transcript agent line', 'Agent: Sorry, I will kill the stuck job now.\nCustomer: Great, thanks a lot.'],
    [
      'calm legal',
      'Following the outage, our legal department is reviewing the contract. Please preserve all logs for June.',
    ],
    [
      'accommodation',
      'I have dyslexia; could you send answers as short bullet points rather than long paragraphs?',
    ],
    [
      'SLA credit',
      'Availability was 99.5% in May, below the SLA. Per clause 6.2, please apply the service credit.',
    ],
  ])('%s', (_label, text) => {
    const d = judge(text);
    expect(d.verdict).toBe('none');
    expect(categories(d)).toEqual([]);
  });
});
