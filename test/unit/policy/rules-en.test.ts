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
