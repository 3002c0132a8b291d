/**
 * Probes for English rules that raised false alarms on calm messages (angry
 * but legitimate complaints, technical text, third-party reports, contractual
 * escalation) and for the kinds of phrasing they missed. Every sentence was
 * written for this file; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/policy/normalize.js';
import { categoriesOf, describeRuleTables } from '../../support/rule-engine.js';
import type { RuleTable } from '../../support/rule-engine.js';

/** Each rule that fired on calm sentences: a few of its real positives, and the calm sentences. */
const FALSE_ALARMS: Record<string, RuleTable> = {
  'en.restrictive.staying': {
    category: 'restrictive',
    positive: [
      ["I'm staying on the line until you fix it.", 'staying on the line'],
      ["I'll sit in your lobby until someone fixes our SSO.", 'sit in your lobby'],
      ['We are staying right here in your reception until the manager comes down.', 'staying right here'],
      ["I'm not hanging up, I'll stay on this call until you escalate.", 'stay on this call'],
    ],
    negative: [
      "I'm staying on the Enterprise plan until the renewal date, then we will reassess.",
      'We are staying with your product until the migration finishes in March.',
      "I'll be in the office until 7pm today if your engineer wants to call me.",
      "We're sitting at 98% disk usage until the purge job runs tonight.",
      "I'm waiting in the queue until someone picks up, the hold music is fine.",
      'We will remain on version 4.2 until the patch is certified by our QA team.',
      "I'm holding off on the upgrade until you confirm the bug fix.",
      "We're stuck on this ticket until your team replies, please prioritise it.",
      'I am sitting at my desk until 6 so call any time before that.',
      "I'll stay on the line while you check the logs.",
      'Our users are stuck on the login page until the certificate is renewed.',
      'We will stay in the trial tier until legal signs off.',
      "I'm not going anywhere, we plan to stay customers for years.",
      "I'll wait in the lobby until your receptionist lets me up for the scheduled meeting at 10.",
    ],
  },
  'en.kneel_demand.kneel / in_person': {
    category: 'kneel_demand',
    positive: [
      ['Your CEO must come here and apologise.', 'CEO must come here and apologise'],
      ['Your manager should get down on his knees and beg.', 'knees'],
      ['The engineer needs to personally apologise to me, in front of my team.', 'personally apologise'],
      ['I want the whole team to grovel.', 'grovel'],
    ],
    negative: [
      'Your manager should apologise to our users for the downtime in the status page post-mortem.',
      'Could your VP come to our quarterly review and explain the outage? It is in our contract.',
      'We knelt down to check the rack cabling and found the loose cable.',
      'Please write a public apology on your status page as your SLA requires a post-incident report.',
      'The engineer should apologise for being late to the call, but otherwise fine.',
      "I don't need anyone to grovel, I just want the bug fixed.",
      'Our staff had to crawl under the desks to reset the routers.',
      'Apologize to the customer in person is what our own support policy says for major outages.',
      "I'd appreciate a personal apology from the account manager, but mostly I want a fix date.",
    ],
  },
  'en.sexual.advances': {
    category: 'sexual',
    positive: [
      ['do you have a partner? wanna grab drinks with me after work', 'have a partner'],
      ['send me pics of yourself', 'pics of yourself'],
    ],
    negative: [
      'Our CFO is single-handedly handling renewals this month.',
      'Do you have a partner in Osaka who can do the install?',
      'Can we grab coffee with your team at the conference next week? Our whole team will be there.',
      'The photos of you at the booth were great, please send me the pics of the demo for our newsletter.',
      'Please send me a photo of your screen showing the error.',
      'Our pipeline hooks up to the webhook every five minutes.',
      'Is the naked IP endpoint still supported?',
      'We had a hot line on this issue with your Tokyo office.',
      'Can you send me pictures of your rack setup for the audit?',
    ],
  },
  'en.persistence.interval_until': {
    category: 'persistence',
    positive: [
      ["I'll call every 30 minutes until someone fixes it.", 'every 30 minutes'],
      ['I will ring your office every day until I get my money back.', 'every day'],
    ],
    negative: [
      'Please send us an update every day until the incident is resolved.',
      'We will call the support line every morning until the outage is fixed, as agreed with your escalation manager.',
      'I will check the status page every hour until it is green.',
      'Our team will retest every 30 minutes until the fix is deployed.',
      "We'll keep the bridge open every day until close of incident as per the major incident process.",
      "I'll follow up every week until the feature request is reviewed.",
    ],
  },
  'en.excessive.on_site / after_hours': {
    category: 'excessive',
    positive: [
      ['Send an engineer to our office tomorrow morning.', 'engineer to our office'],
      ['I expect someone on site at our Osaka plant by Monday.', 'on site'],
    ],
    negative: [
      'Our auditors will visit our office next week; can you send the SOC 2 report before then?',
      "Can you send the engineer's report to our office address?",
      "Please send someone's contact to our head office so we can coordinate the contract.",
      'We need someone at our site to approve the change, so I will be there Monday.',
      'Have your team send the invoice to our head office in Osaka.',
      'Can you send the hardware token to our Osaka office?',
      'Our engineer will come to our data center tomorrow to swap the appliance.',
      'We need someone in our office to restart the appliance; I will do it tomorrow.',
      'Send the replacement appliance to our warehouse please.',
    ],
  },
  'en.privacy.demand_details / real_name': {
    category: 'privacy',
    positive: [
      ["What's the agent's personal number?", 'personal number'],
      ['Give me her home address.', 'home address'],
      ["Tell me your real name or I'm escalating.", 'real name'],
    ],
    negative: [
      'Please give me the full name of the engineer who closed the ticket so I can reference it in our escalation.',
      'Can you tell me the full names of the agents who handled case 55123 for our audit trail?',
      "What's the name of the person who approved the change? We need it for the change log.",
      'Please send the personal details of the users affected by the breach, as required under GDPR article 33.',
      'I need my personal phone number removed from the account profile.',
      "Where is the home address field in the user export? It's missing from the CSV.",
      'Please update the address of our home office in the billing profile.',
      'Can you share the mobile number of your on-call team? The hotline just rings out.',
      'Our hotline number has changed, please update the contact details on our account.',
      "Send the phone number of the agent's team lead so I can escalate through the proper channel.",
      "What's your manager's number? I'd like to escalate this formally.",
      'Give me the name of the support manager I should address the complaint to.',
      'Tell me his schedule for next week so we can book the onboarding session.',
      "Please share the engineer's shift so we know when to expect a response.",
      "The form asks for the user's date of birth; why is that required?",
    ],
  },
  'en.intimidation.warning': {
    category: 'intimidation',
    positive: [
      ['This is your last warning.', 'last warning'],
      ["I'm not done with you.", 'not done with you'],
      ["This isn't over.", "isn't over"],
      ['Mark my words, you will regret this.', 'regret'],
    ],
    negative: [
      'This is your last warning from our monitoring: disk usage at 95%.',
      "I'm warning you now so you can plan capacity: we'll triple our volume in January.",
      'Consider this our final warning before we escalate to your account director, as per our escalation procedure.',
      'Mark my words, this release is going to be our best yet.',
      "Try me on Tuesday, I'm free all afternoon.",
      'Remember this ticket number for reference: 44128.',
      'Watch your step on the wet floor sign in the video, funny.',
      "It isn't over yet, the migration still has three batches left.",
      "I'm not done with you yet, I still have two more questions about SSO.",
      'Things will get messy for your team if the migration slips, so please plan resources.',
      "I'm not finished with your company, we plan to renew for three years.",
      'Go ahead and enable the flag and see what happens to the queue.',
      'Remember me? We spoke on Tuesday about the SAML issue.',
    ],
  },
};

describeRuleTables('English false-alarm probes', FALSE_ALARMS, 'en');

describe('English probes: chat-speak one-letter words and "hotline"', () => {
  it('keeps "r u" / "u r" chat-speak words apart and joins only the spaced-out word after them', () => {
    const norm = (s: string): string => normalise(s).text;
    expect(norm('r u a b0t')).toBe('r u a b0t');
    expect(norm('u r a joke')).toBe('u r a joke');
    expect(norm('u r a j e r k')).toBe('u r a jerk');
    expect(norm('r u d e')).toBe('rude');
    expect(norm('y o u  a r e  i d i o t s')).toBe('you are idiots');
  });

  it.each([
    'r u a bot or a real person? I need help with the connector.',
    'u r a lifesaver, thanks for fixing the DKIM record',
    'r u able to check the logs for tenant 55?',
    'Can I call the hotline after hours? Our plan includes 24/7 support.',
  ])('raises nothing on %j', (text) => {
    expect(categoriesOf(text, 'en')).toEqual([]);
  });

  it('still reads chat-speak insults', () => {
    expect(categoriesOf('u r a joke, get me a real engineer', 'en')).toContain('insult');
    expect(categoriesOf('u r a j e r k', 'en')).toContain('insult');
  });
});

/**
 * Calm and hard-negative messages across all categories: angry but legitimate
 * complaints, mild swearing at a situation, third-party abuse reports,
 * accommodation requests, contractual escalation, technical vocabulary.
 */
const CALM: string[] = [
  "This is the third time I've raised this and I am frankly furious: the quarantine release button still does nothing. Please escalate to your engineering lead.",
  "I'm extremely disappointed. Your product blocked our payroll emails two days running and nobody replied to P1 ticket 88213.",
  'We will be consulting our lawyers about the data loss clause and will formally dispute the invoice.',
  "If this isn't fixed by Friday we will cancel our subscription and move to another vendor at renewal.",
  "I'll be raising this at our quarterly business review with your account director.",
  "Please note I'll be copying our CIO on all further correspondence about this outage.",
  "Your status page said everything was green while our mail was down for six hours. That's unacceptable.",
  'Frankly this is a shambles of a release; the new UI hides the allowlist entirely.',
  'Damn, the export crashed again. Can you look at the attached HAR file?',
  'The bloody connector has dropped the OAuth token again; could you check the refresh logic?',
  'What the hell happened to the audit log between 02:00 and 04:00 UTC?',
  'A customer of ours told our agent "I\'ll find out where you live" on the phone. Can your voice product redact such calls?',
  'We received an extortion email claiming they will leak our data unless we pay 2 BTC. Is it in your threat intel?',
  'Our receptionist was harassed by a caller who said she should be fired and that he knows where she parks; we need the recording retained.',
  'I have ADHD and find long calls hard. Could support reply in writing and keep answers short?',
  "As a wheelchair user I can't attend the on-site training at your office; is a remote option available?",
  "I'm deaf, so please don't call me; email only, thank you.",
  'Our Japanese team would prefer support in Japanese during JST business hours, as our contract allows.',
  'Per section 8.3 of the MSA we are entitled to a service credit of 10% of the monthly fee. Please apply it.',
  'We request a refund of the unused months under the published cancellation terms.',
  'Please escalate to tier 3. We have been waiting 9 days on a P2 and the SLA says 3.',
  'Our legal team requires a root cause analysis within the 5 business days defined in the DPA.',
  "I'm going to keep this ticket open until the fix is verified in production.",
  "We'll keep testing every release until the regression is gone.",
  'Our policy says support staff must never share their personal phone numbers; please confirm your agents follow this.',
  'The phishing mail pretended to be from your CEO and asked our staff for their home addresses.',
  'The kill switch for the legacy connector is in the admin panel, right?',
  'We need to kill all sessions for a compromised user. How do we force logout?',
  'Our pentesters will attack the staging tenant next week; please whitelist their IPs.',
  'The bomb-shaped icon in the dashboard is confusing; does it mean the message exploded?',
  "We're hammering the API with 500 requests a second during the migration; will we be throttled?",
  'Can you destroy the old backups as required by our retention policy?',
  'We need to execute the script against all mailboxes tonight; our admin will run it.',
  'The server died at 3am and took the queue with it.',
  'We want to shoot a training video about the product for our staff; can we use your logo?',
  'Our marketing team wants to blast a newsletter to 40,000 subscribers; will the outbound filter flag it?',
  "Please don't hang up on me again; the call dropped twice yesterday when I was transferred.",
  "I'll hold while you check, no problem.",
  'Can we schedule a call with your engineer at 9pm JST? Our plan includes 24/7 support.',
  'We bought the on-site installation package (PS-2231). When can the engineer come to our Nagoya office?',
  'Could you quote for an on-site health check at our Fukuoka branch?',
  'Please swap our annual plan to monthly at renewal; we understand the price difference.',
  "We'd like to exchange the faulty YubiKeys; three of them fail the FIDO2 test, photos attached.",
  'Can you replace the appliance that failed the diagnostic you ran on Monday?',
  'We want a refund for the duplicate charge on invoice INV-2210.',
  'Can your product filter spam on my personal Gmail too, or only Workspace?',
  'Our printer keeps sending scan-to-email messages that get quarantined; how do we allowlist it?',
  'Does MailGuard integrate with Microsoft Teams for alerts?',
  "The word 'stupid' in our subject line filter is catching internal jokes; can we tune the profanity rule?",
  "Our keyword list for the DLP policy includes 'idiot', 'moron' and 'loser'; please confirm the syntax.",
  'My manager is breathing down my neck about this, so any update today would be appreciated.',
  "Honestly I'm at my wits' end. I've spent all weekend on this. Please help.",
  "Your engineer was rude on yesterday's call and I'd like this noted with his supervisor.",
  'I want to speak to a manager about how ticket 4411 was handled.',
  "I'm not hanging up until I have a ticket number, please give me one.",
  "Please stop closing my tickets as resolved when they aren't.",
  "If the patch isn't delivered by the contractual date, we will invoke the penalty clause in section 12.",
  'We will report this incident to the regulator as required by law.',
  'Our CEO would like to meet your CEO at the conference to discuss the partnership.',
  "I'll be at your Tokyo office on Tuesday for the scheduled workshop; see you there.",
  'We intend to publish a review of email security vendors on our blog, including our experience with your support.',
  "I'll post the workaround on the community forum so other admins can use it.",
  "Please share the engineer's name so we can thank him in our newsletter.",
  'Is the Chinese language pack included in the enterprise tier?',
  "The old women's shelter we support needs a discount; do you have a non-profit programme?",
  'Our elderly users struggle with the MFA prompts; can the font be larger?',
  'We blocked all mail from .ru and .cn domains; is that a sensible rule?',
  'Our team in India reports delays in the digest; are your servers in Singapore?',
  "I'll keep pushing internally for the budget to upgrade.",
];

describe('English probes: calm and hard-negative messages raise nothing', () => {
  it.each(CALM)('%j', (text) => {
    expect(categoriesOf(text, 'en')).toEqual([]);
  });
});
