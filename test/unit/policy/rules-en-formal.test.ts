/**
 * Formal-register English detectors (config/rules/en-formal.yaml), run
 * through the real policy file and engine, so every rule file (and every veto)
 * is in play. Same table shape as rules-en-last.test.ts: one table per rule
 * with positives written for this test (not taken from any corpus), each with
 * a fragment the rule's own evidence must cover, and tricky negatives (calm
 * corporate language: legal review, termination, escalation, SLA credits) in
 * which the whole engine must not find the rule's category. The guard tables
 * at the end cover this file's veto and the rules of other files narrowed for
 * false alarms of t24 and of the rule writer's own calm probes.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-formal.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-formal.yaml');

const KINDS: RuleKind[] = [
  // --------------------------------------------------------- intimidation
  {
    rule: 'en.m.intimidation.keep_your_job',
    category: 'intimidation',
    positives: [
      [
        'Her future in this industry depends entirely on how she answers me.',
        'Her future in this industry depends entirely on how',
      ],
      [
        "If you'd like to keep your position, the credit will be approved by Friday.",
        "If you'd like to keep your position",
      ],
      ['If your account manager wishes to keep her job, she will reconsider.', 'wishes to keep her job'],
      ['Frankly, if he values his career, he will sign the amendment today.', 'if he values his career'],
      [
        'His time with your firm is not going to survive this quarter.',
        'His time with your firm is not going to survive',
      ],
      ['Mr. Ueda may find his career rather shorter than he expected.', 'his career rather shorter than he'],
    ],
    negatives: [
      'Our future roadmap depends on how the API matures; please share the timeline.',
      'If you want to keep your job title in the signature, edit the template in the admin console.',
      'Our certification course helps engineers who want to keep their careers moving; do you offer it?',
      'If you would like to keep your position in the queue, please reply to this email.',
    ],
  },
  {
    rule: 'en.m.intimidation.consider_your_career',
    category: 'intimidation',
    positives: [
      [
        'Your manager should reflect very carefully on his position before he answers.',
        'reflect very carefully on his position',
      ],
      [
        'Your staff may wish to consider their careers before they refuse us again.',
        'consider their careers',
      ],
      [
        'I would think very carefully about your future at the company before you reply.',
        'think very carefully about your future at',
      ],
      [
        'Keep the account or keep your job; I would think hard about which of those you value more.',
        'which of those you value more',
      ],
    ],
    negatives: [
      'Please reflect carefully on the proposal before replying; there is no rush.',
      'Our engineers think carefully about their careers, so we would like details of your certification programme.',
      'Please consider your options before the renewal date; the quote is attached.',
      'We would like to know which of those plans you recommend for 300 users.',
    ],
  },
  {
    rule: 'en.m.intimidation.track_record',
    category: 'intimidation',
    positives: [
      [
        'Your previous account managers now work in very different professions.',
        'previous account managers now work in very different professions',
      ],
      ['Contractors who crossed us in the past no longer work in this city.', 'Contractors who crossed us'],
      ['Vendors who let us down rarely stay in business for long.', 'Vendors who let us down'],
      [
        'You will soon learn how quickly personal reputations travel in this sector.',
        'how quickly personal reputations travel',
      ],
      [
        'I suggest you ask around about what happened to our previous provider.',
        'ask around about what happened to',
      ],
      ["I've ruined account managers for less, Ms. Kondo.", 'ruined account managers for less'],
    ],
    negatives: [
      'Several of our former administrators now work at your company; please say hello to them.',
      'Suppliers who have said no to us in the past were simply replaced through our tender process; we hold no grudges.',
      "It's a small world: your colleague and I studied together. Please pass on my regards.",
      'Could you ask around internally about what happened to ticket 4411? It was closed without a reply.',
    ],
  },
  {
    rule: 'en.m.intimidation.extra_legal',
    category: 'intimidation',
    positives: [
      [
        'Our family has ways of handling disputes that do not involve solicitors.',
        'ways of handling disputes that do not involve solicitors',
      ],
      [
        'We have methods of settling this which need not involve the courts.',
        'methods of settling this which need not involve the courts',
      ],
      [
        'The remedy I have in mind is not the kind that involves lawyers.',
        'not the kind that involves lawyers',
      ],
    ],
    negatives: [
      'Our group has ways of dealing with phishing that do not involve user training alone; could MailGuard help?',
      'I am sure this need not involve lawyers; we would prefer a commercial resolution.',
      'Please be advised that our legal department is reviewing the matter under clause 14.',
    ],
  },
  {
    rule: 'en.m.intimidation.remembered',
    category: 'intimidation',
    positives: [
      [
        'The engineers who closed our ticket without a fix will be remembered for it.',
        'will be remembered for it',
      ],
      ['Please do not mistake our patience for weakness.', 'do not mistake our patience for weakness'],
      [
        'Our board will see to it that your company loses the Osaka contract.',
        'will see to it that your company loses the Osaka contract',
      ],
      ['Your refusal has been noted by people who matter.', 'noted by people who matter'],
    ],
    negatives: [
      'Your team’s help during the migration will be remembered fondly by everyone who worked on it. Thank you.',
      'Please do not mistake my silence for agreement; we are still reviewing the proposal.',
      'We will make sure that our team loses no time in applying the patch.',
    ],
  },
  {
    rule: 'en.m.intimidation.family_known',
    category: 'intimidation',
    positives: [
      [
        "We are aware that Mr. Ito's son attends the international school in Hiroo.",
        "aware that Mr. Ito's son attends",
      ],
      ['I happen to know where your wife works, Ms. Sato.', 'know where your wife works'],
      ['I understand his children walk to school alone. Close the ticket.', 'understand his children walk'],
    ],
    negatives: [
      'I understand his daughter is in hospital; please pass on our best wishes and reassign the ticket.',
      'We are aware that your engineer is on parental leave, so please send another contact.',
      "I know Mr. Ito's son is starting at our company next month; congratulations to the family.",
    ],
  },
  {
    rule: 'en.m.intimidation.less_patient_associates',
    category: 'intimidation',
    positives: [
      ['My associates are far less patient than I am.', 'My associates are far less patient than I am'],
      [
        'Our shareholders will be considerably less understanding than me.',
        'considerably less understanding than me',
      ],
      ['The people I deal with are not as civil as I am.', 'The people I deal with are not as civil'],
    ],
    negatives: [
      'Our users are less patient than they used to be with slow mail delivery; can you look at latency?',
      'My colleagues are not as familiar with the console as I am, so please send screenshots.',
      'Our auditors are far stricter than last year, so please send the SOC 2 report.',
    ],
  },
  // ----------------------------------------------------------- persistence
  {
    rule: 'en.m.persistence.daily_campaign',
    category: 'persistence',
    positives: [
      [
        'My assistant will telephone your chairman every morning until the refund is made.',
        'will telephone your chairman every morning',
      ],
      [
        'We shall write to each of your directors daily until this is settled.',
        'shall write to each of your directors daily',
      ],
      [
        'I will call your reception five times a day for as long as it takes.',
        'will call your reception five times a day',
      ],
    ],
    negatives: [
      'Our monitoring tool will email your support address daily until the certificate is renewed; please ignore those automated reminders.',
      'Our backup job will email a digest to your support inbox daily until the licence renews.',
      'Could you email us a daily summary report until the incident is closed?',
    ],
  },
  // ---------------------------------------------------------------- sexual
  {
    rule: 'en.m.sexual.come_alone',
    category: 'sexual',
    positives: [
      [
        'Ms. Goto should join me for drinks at the hotel. Alone, naturally.',
        'drinks at the hotel. Alone, naturally',
      ],
      ['Tell her to come alone to the bar at my hotel on Thursday.', 'come alone to the bar'],
      ['Ms. Ito should come alone, and to my room rather than the lobby.', 'come alone, and to my room'],
      ['Have her meet me at the hotel lounge and come alone.', 'come alone'],
    ],
    negatives: [
      'We would like to invite your whole team for drinks at the hotel after the QBR; everyone is welcome.',
      'Ms. Kato came alone to the hotel conference room for the workshop; please send the slides.',
      'Please come alone to the data centre entrance; visitor passes are limited to one.',
      'He can come alone to the meeting room on floor 3 for the security review.',
    ],
  },
  {
    rule: 'en.m.sexual.alone_private_place',
    category: 'sexual',
    positives: [
      [
        'Please have Ms. Mori present the renewal to me alone, at my hotel suite.',
        'alone, at my hotel suite',
      ],
      [
        'She will find us very generous, provided she is accommodating in return.',
        'provided she is accommodating in return',
      ],
      [
        'Your consultant can brief me alone in my apartment after dinner; she will understand.',
        'alone in my apartment',
      ],
    ],
    negatives: [
      'Ms. Ono worked alone at my home office during the pilot, which was fine; please extend her VPN access.',
      'She will travel alone to my office in Nagoya; please send her the visitor pass.',
      'She can present remotely, alone in my team channel, if that suits her.',
    ],
  },
  {
    rule: 'en.m.sexual.innuendo_know_better',
    category: 'sexual',
    positives: [
      ['I would like to get to know her better, if you know what I mean.', 'get to know her better'],
      ['Your Ms. Sano was very... accommodating at the launch party.', 'was very... accommodating'],
      [
        'Put her on our account so we can enjoy more of those intimate dinners with her.',
        'more of those intimate dinners',
      ],
      ["She ought to know I'm a very generous client.", "know I'm a very generous"],
    ],
    negatives: [
      'We would like to get to know your support team better at the partner summit.',
      'Ms. Hara was very helpful during the migration; please pass on our thanks to her.',
      'Our CEO would like to host a private dinner for your executive team after the contract signing.',
    ],
  },
  {
    rule: 'en.m.sexual.looks_and_dress',
    category: 'sexual',
    positives: [
      [
        'Please ask the charming Ms. Ono to wear something more fitted next time.',
        'ask the charming Ms. Ono to wear something more fitted',
      ],
      ["I'd rather look at her than at your engineers on the next call.", 'rather look at her'],
      ['Ask her to wear something shorter for our board presentation.', 'wear something shorter'],
      ['Make sure she wears a tight dress to the dinner meeting.', 'Make sure she wears a tight dress'],
      ["Ms. Kudo's legs were the best part of the demo.", "Ms. Kudo's legs were the best part"],
    ],
    negatives: [
      'Please ask Ms. Ito to wear the visitor lanyard on site.',
      'Please ask Ms. Aoki to wear the visitor badge and a hi-vis vest on the factory floor, as per our safety rules.',
      'Please make sure she wears the headset during the call so we can hear her clearly.',
      'Ms. Sato’s figure of 32% for the spam rate looks wrong; could you recheck it?',
    ],
  },
  // ---------------------------------------------------------------- insult
  {
    rule: 'en.m.insult.glorified_drones',
    category: 'insult',
    positives: [
      ['Your helpdesk is run by glorified script-readers.', 'glorified script-readers'],
      ['I have had enough of you mindless drones.', 'mindless drones'],
      ['Your engineers are little more than glorified button-pushers.', 'glorified button-pushers'],
    ],
    negatives: [
      'We are just glorified spreadsheet users here, so the simpler the dashboard the better.',
      'Our warehouse uses drones for stock counts; please allow their telemetry mails.',
      'The old portal was a glorified inbox; the new one is much better, thank you.',
    ],
  },
  {
    rule: 'en.m.insult.dim_creature',
    category: 'insult',
    positives: [
      ['Talking to your support line is like reasoning with a brain-dead goldfish.', 'brain-dead goldfish'],
      ['Your agent answered like a dim-witted parrot.', 'dim-witted parrot'],
      ['Your replies read as if written by a rather dense chatbot.', 'dense chatbot'],
    ],
    negatives: [
      'Our dim sum restaurant chain needs MailGuard for 40 branches.',
      'The parrot in our office lobby is called Kiwi; please allow mail from the pet shop.',
      'The lighting in the server room is dim; our goldfish tank is not the issue.',
    ],
  },
  {
    rule: 'en.m.insult.weaselly_liar',
    category: 'insult',
    positives: [
      ['Your salesman is a slimy little weasel.', 'slimy little weasel'],
      ['He is nothing but a two-faced liar.', 'two-faced liar'],
      ['Please stop sending that snivelling rep of yours.', 'snivelling rep'],
    ],
    negatives: [
      'The phishing email said our CFO was a lying cheat; please block the sender.',
      'We had a little rat problem in the server room, now solved.',
      'Please explain why the report says a compulsive retry loop was found.',
    ],
  },
  {
    rule: 'en.m.insult.limited_intellect',
    category: 'insult',
    positives: [
      [
        'Your engineer should find a job better matched to his meagre intelligence.',
        'his meagre intelligence',
      ],
      [
        'He might consider a career better suited to his abilities, such as flipping burgers.',
        'career better suited to his abilities',
      ],
      ["Given your agent's evidently limited intellect, please escalate.", 'limited intellect'],
    ],
    negatives: [
      'Our limited intelligence feeds cannot ingest your STIX export; which format should we use?',
      'The report shows limited intelligence on the sender; can you investigate the domain?',
      'Our intern is interested in a career better suited to his studies in security; do you offer internships?',
    ],
  },
  {
    rule: 'en.m.insult.old_fossils',
    category: 'insult',
    positives: [
      ['Those fossils on your phone line cannot even find the share button.', 'Those fossils'],
      ['Your dinosaurs in support need babysitting on every call.', 'Your dinosaurs'],
      ['Stop sending us these old geezers; they are useless.', 'these old geezers'],
    ],
    negatives: [
      'Our old fossil of a mail server finally retired last week; please remove its IP from the allow-list.',
      'Our museum runs the fossils exhibit mailbox; it keeps getting spam, can you help?',
      'We still run those dinosaurs servers in the basement; please keep the relay open.',
    ],
  },
  // ----------------------------------------------------------- discriminatory
  {
    rule: 'en.m.discriminatory.age_demand',
    category: 'discriminatory',
    positives: [
      ['Send us an engineer who was not born before email.', 'was not born before email'],
      ['We want someone under thirty on this project.', 'someone under thirty'],
      ['Your consultant is clearly too old to understand cloud security.', 'too old to understand'],
    ],
    negatives: [
      'Our users under 18 need parental controls; does MailGuard support age verification?',
      'Our servers are too old to run the new agent; which versions are supported?',
      'Please send us someone who was not involved in the original misconfiguration.',
    ],
  },
  // ---------------------------------------------------------------- violence
  {
    rule: 'en.m.violence.dangerous_for_people_who',
    category: 'violence',
    positives: [
      [
        'The car park under your office can be dangerous at night for people who ignore their customers.',
        'dangerous at night for people who',
      ],
      [
        'Accidents tend to happen to engineers who keep stalling.',
        'Accidents tend to happen to engineers who',
      ],
      [
        'Things have a way of happening to people who waste my time.',
        'Things have a way of happening to people',
      ],
    ],
    negatives: [
      'Phishing remains dangerous for people who click links without checking the sender; can you add a banner?',
      'The typhoon makes the streets dangerous for people who commute by bike, so our office is closed today.',
      'Bad things happen to people who reuse passwords, so we enforce MFA.',
    ],
  },
  {
    rule: 'en.m.violence.home_safety_advice',
    category: 'violence',
    positives: [
      ['It would be wise for your engineer not to walk alone to the station this week.', 'not to walk alone'],
      [
        'I would get a cab home tonight instead of walking, Mr. Saito.',
        'get a cab home tonight instead of walking',
      ],
      ['If I were your engineer I would vary my route home this week.', 'vary my route home'],
      ['Make sure your front door is locked tonight, Mr. Ota.', 'Make sure your front door is locked'],
      ['My colleagues have been known to pay house calls.', 'been known to pay house calls'],
    ],
    negatives: [
      'Please ask your engineer not to walk through the data hall alone; our site rules require an escort.',
      'Please take a taxi home tonight rather than walking, the typhoon is getting worse; we will reimburse the fare.',
      'Physical security note: make sure the server room door is locked at night, as required by our ISO 27001 audit.',
      'Do your engineers make house calls for on-site installs, and what would that cost?',
    ],
  },
  {
    rule: 'en.m.violence.associates_whereabouts',
    category: 'violence',
    positives: [
      [
        'My friends know exactly where your engineer parks his car.',
        'My friends know exactly where your engineer',
      ],
      [
        'Our people are well aware of where your support staff have lunch.',
        'Our people are well aware of where your support staff',
      ],
      ['My associates know where she lives.', 'My associates know where she lives'],
    ],
    negatives: [
      'Our people know exactly where your booth is at the trade show; see you on Thursday!',
      'My colleagues know where your documentation lives, thank you for the link.',
      'Our staff know where the office is; no need to send directions.',
    ],
  },
  {
    rule: 'en.m.violence.force_kneel_myself',
    category: 'violence',
    positives: [
      ["If he refuses, I'll put him on his knees myself.", "I'll put him on his knees myself"],
      ['We will drag him here by the collar if need be.', 'drag him here by the collar'],
      ['I am going to force him to his knees with my own hands.', 'force him to his knees with my own hands'],
    ],
    negatives: [
      'Our release brought the mail queue to its knees; please investigate the backlog.',
      'I will drag the files into the upload folder myself.',
      'We will bring him to the meeting ourselves.',
    ],
  },
  // ------------------------------------------------------------ kneel_demand
  {
    rule: 'en.m.kneel_demand.forehead_bow',
    category: 'kneel_demand',
    positives: [
      ['Your director will apologise with his forehead on the floor.', 'forehead on the floor'],
      ['We expect a full bow on camera from your CEO.', 'full bow on camera'],
      ['He will bow to each of our directors in turn.', 'bow to each of our directors'],
    ],
    negatives: [
      'I fell asleep with my head on the desk waiting for your reply; please speed this up.',
      'Please bow out of the call if your engineer needs to leave; we can continue by email.',
      'Our yoga room booking mailbox rejects forehead-to-floor pose photos; please check the filter.',
    ],
  },
  // ---------------------------------------------------------------- privacy
  {
    rule: 'en.m.privacy.home_address_known',
    category: 'privacy',
    positives: [
      [
        'We now have his home address. His family will receive a copy of our complaint.',
        'We now have his home address',
      ],
      ['I have her address; the letter will reach her house by Monday.', 'I have her address'],
      [
        'We obtained the engineer’s residential address, so his neighbours can read about this.',
        'obtained the',
      ],
    ],
    negatives: [
      'We have the address of your Osaka office; we will send the signed contract there by courier.',
      'I have your billing address on file; please update it to our new office.',
      'We found the address book sync broken on home laptops; can you check the connector?',
    ],
  },
  {
    rule: 'en.m.privacy.staff_photo',
    category: 'privacy',
    positives: [
      ['Send us a photo of the agent so we know who we are dealing with.', 'Send us a photo of the agent'],
      ['Include her picture in your reply, please.', 'Include her picture'],
      ['Forward me a headshot of Ms. Yano.', 'Forward me a headshot of Ms. Yano'],
    ],
    negatives: [
      'Please attach a photo of the error screen to the ticket so our admin can compare it.',
      'Could you send us a photo of the engineer for the visitor badge registration at building security?',
      'Please include the diagram in your reply.',
    ],
  },
  {
    rule: 'en.m.privacy.staff_dossier_publish',
    category: 'privacy',
    positives: [
      [
        'We are forwarding the names and photos of your support staff to our member companies.',
        'forwarding the names and photos of your support staff',
      ],
      [
        'We have gathered the full names and LinkedIn photos of your support team. They will be posted on our blog.',
        'gathered the full names and LinkedIn photos of your support team',
      ],
      [
        'We collected the names, photos and roles of the engineers on your on-call rota, and intend to publish them.',
        'collected the names, photos and roles of the engineers on your',
      ],
      [
        'Our staff compiled headshots of the managers in your support team for our public report.',
        'compiled headshots of the managers in your support team',
      ],
    ],
    negatives: [
      'We shall forward the names of your support staff to our procurement team for the supplier register.',
      'We have compiled the names and photos of your team who helped us, to thank them in our newsletter.',
      'We collected the names and photos of our own staff for the visitor badge system.',
      'Please send the names of your engineers for our building access list.',
    ],
  },
  {
    rule: 'en.m.privacy.staff_recording_public',
    category: 'privacy',
    positives: [
      [
        'We will play recordings of Ms. Oda’s calls at the user group meeting.',
        'recordings of Ms. Oda’s calls',
      ],
      [
        'The slides will show his name, together with his photograph, to our members.',
        'together with his photograph',
      ],
      ['We shall share audio of your agent’s replies on LinkedIn.', 'audio of your agent’s replies'],
    ],
    negatives: [
      'Please keep recordings of your agent’s calls for quality purposes only and delete them after 30 days.',
      'We will share recordings of our own webinar on LinkedIn.',
      'Our speaker will present at the conference together with his colleague.',
    ],
  },
  // ---------------------------------------------------------------- defamation
  {
    rule: 'en.m.defamation.accuracy_no_matter',
    category: 'defamation',
    positives: [
      [
        'We shall be putting a name to your incompetence in the trade press.',
        'putting a name to your incompetence',
      ],
      [
        'Whether every claim in it is true will be a matter for your lawyers.',
        'Whether every claim in it is true will be a matter for your lawyers',
      ],
      ['Our post will carry the headline The engineers responsible.', 'headline The engineers responsible'],
      ['Our review will put faces to your incompetence.', 'put faces to your incompetence'],
    ],
    negatives: [
      'Whether the figures are accurate is for your finance team to confirm; please check the invoice.',
      'Please name the team responsible for the fix so we can thank them.',
      'Our report will put a name to the root cause once the analysis is complete.',
    ],
  },
  {
    rule: 'en.m.defamation.lied_title',
    category: 'defamation',
    positives: [
      [
        'We will publish a blog post titled How Shirogane Lied to Its Customers.',
        'publish a blog post titled How Shirogane Lied',
      ],
      [
        'Our team will circulate an article called Shirogane: Scam as a Service.',
        'circulate an article called Shirogane: Scam',
      ],
      ['We shall release a report entitled Negligence at Shirogane.', 'release a report entitled Negligence'],
    ],
    negatives: [
      'We will publish a case study titled How We Cut Phishing by 80%, with your approval.',
      'Please send the report called Monthly Threat Summary again; it was empty.',
      'Our newsletter will run a piece titled Lessons from the March outage, reviewed by your team.',
    ],
  },
  // ------------------------------------------------------------- restrictive
  {
    rule: 'en.m.restrictive.not_released_until',
    category: 'restrictive',
    positives: [
      [
        'We will not let your engineer off this call until the patch is live.',
        'will not let your engineer off this call until',
      ],
      ['No one leaves the meeting until the credit is signed.', 'No one leaves the meeting until'],
      [
        'We refuse to release your consultant from the bridge before the fix is confirmed.',
        'refuse to release your consultant from the bridge before',
      ],
    ],
    negatives: [
      'We will not release the payment until the corrected invoice is received.',
      'Please do not let the engineer leave the call until he has shared the logs, if that is convenient for him.',
      'We will not release the hold on the shipment until the licence keys arrive.',
    ],
    ownNegatives: [
      'Please do not let the engineer leave the call until he has shared the logs, if that is convenient for him.',
    ],
  },
  // --------------------------------------------------------------- monetary
  {
    rule: 'en.m.monetary.goodwill_amount',
    category: 'monetary',
    positives: [
      ['We require a goodwill payment of USD 40,000 by the 30th.', 'goodwill payment of USD'],
      [
        'A gesture of goodwill in the amount of ¥900,000 would close the matter.',
        'gesture of goodwill in the amount of ¥',
      ],
      ['We propose a good-faith settlement of EUR 25,000.', 'good-faith settlement of EUR'],
    ],
    negatives: [
      'Thank you for the goodwill credit of 10% you applied last month.',
      'We would like to offer a goodwill gesture to our own customers; can MailGuard send them a notice template?',
      'Please apply the service credit of 5% due under Schedule 3.',
    ],
  },
  {
    rule: 'en.m.monetary.envelope',
    category: 'monetary',
    positives: [
      ['Your director should bring a thick envelope.', 'thick envelope'],
      ['We expect an envelope that befits the damage done.', 'an envelope that befits'],
      ['He can leave something in an envelope at our reception.', 'something in an envelope'],
    ],
    negatives: [
      'The envelope sender address differs from the header From; is this why DMARC fails?',
      'Please return the signed contract in the stamped envelope provided.',
      'Our tamper-evident envelope from the courier arrived empty; please resend the hardware token.',
    ],
  },
  {
    rule: 'en.m.monetary.lost_business_credit',
    category: 'monetary',
    positives: [
      [
        'Please issue a credit of JPY 600,000 in respect of the orders lost during the outage.',
        'in respect of the orders lost',
      ],
      [
        'We require compensation in recognition of the overtime our staff worked.',
        'in recognition of the overtime',
      ],
      ['We expect you to pay for the bookings we lost during the incident.', 'bookings we lost during'],
    ],
    negatives: [
      'Please issue the credit note in respect of the invoice dated 4 May, which was billed twice.',
      'Please apply the service credit under the SLA in respect of the hours lost on 2 June.',
      'How do we report on revenue lost during phishing incidents in the dashboard?',
    ],
  },
  {
    rule: 'en.m.monetary.not_instead_of_credit',
    category: 'monetary',
    positives: [
      [
        'JPY 1,000,000, in addition to, and not instead of, the service credit.',
        'in addition to, and not instead of, the service credit',
      ],
      [
        'This payment is over and above (not in lieu of) any SLA credit.',
        'over and above (not in lieu of) any SLA credit',
      ],
      [
        'We ask for USD 20,000, not instead of but in addition to the service credit.',
        'not instead of but in addition to the service credit',
      ],
    ],
    negatives: [
      'Please apply the service credit under Schedule 3 instead of a refund.',
      'In addition to the service credit under Schedule 3, could you share the root-cause analysis and the remediation timeline?',
      'Is the service credit applied automatically, or do we need to claim it?',
    ],
  },
  {
    rule: 'en.m.monetary.beyond_cap',
    category: 'monetary',
    positives: [
      ['Our losses must be borne by your company in full.', 'must be borne by your company'],
      ['We expect full reimbursement regardless of the liability cap.', 'regardless of the liability cap'],
      [
        'The damages are claimed notwithstanding the limitation of liability.',
        'notwithstanding the limitation of liability',
      ],
    ],
    negatives: [
      'We accept that the liability cap in clause 11 applies and we are not seeking anything beyond it.',
      'Could you confirm whether consequential losses are covered by the liability cap?',
      'Our losses will be borne by our insurer; please send the incident report for the claim.',
    ],
  },
  {
    rule: 'en.m.monetary.fund_third_party',
    category: 'monetary',
    positives: [
      ['We expect you to fund an independent audit of the service.', 'fund an independent audit'],
      [
        'Our policy requires that you cover our consultants for the incident review.',
        'cover our consultants',
      ],
      [
        'We request that you settle their invoice directly.',
        'request that you settle their invoice directly',
      ],
    ],
    negatives: [
      'We will fund an independent audit of our own mail flow and would like your engineers to attend one review call.',
      'Could you tell us which bank account to use when we settle your invoice?',
      'Could you share your SOC 2 audit report with our auditors?',
    ],
  },
  {
    rule: 'en.m.monetary.refund_against_terms',
    category: 'monetary',
    positives: [
      [
        'We understand the licences are non-refundable, but please refund us for the unused seats.',
        'refund us for the unused seats',
      ],
      [
        'Although the order form says the term is non-cancellable, we want a refund of the remaining months.',
        'refund of the remaining months',
      ],
      [
        'We know prepaid terms cannot be cancelled; even so, kindly refund the difference.',
        'refund the difference',
      ],
    ],
    negatives: [
      'Is it possible to get a refund of the difference if we downgrade mid-term?',
      'You agreed to refund the difference; the order form says 450 seats but we were billed 500.',
      'Please refund the duplicate charge of 3 May.',
    ],
  },
  // ---------------------------------------------------------------- exchange
  {
    rule: 'en.m.exchange.free_upgrade',
    category: 'exchange',
    positives: [
      [
        'Please bump us up to the Premium plan for free until March.',
        'bump us up to the Premium plan for free',
      ],
      [
        'Move our tenant to Enterprise at no extra charge.',
        'Move our tenant to Enterprise at no extra charge',
      ],
      [
        'We expect to be upgraded to the Advanced tier, free of charge.',
        'upgraded to the Advanced tier, free of charge',
      ],
    ],
    negatives: [
      'Could you quote for moving our tenant to Enterprise? We would like to compare prices.',
      'Our trial of the Enterprise plan is free until March, as your sales team offered us.',
      'After the outage you offered us the Premium tier for free for one month; please apply it.',
    ],
  },
  {
    rule: 'en.m.exchange.trial_permanent',
    category: 'exchange',
    positives: [
      [
        'Make the pilot of the archiving module permanent, free of charge.',
        'Make the pilot of the archiving module permanent',
      ],
      ['Please keep the trial licences on permanently, no charge.', 'keep the trial licences on permanently'],
      ['Make our "evaluation" permanent. We will not be paying for it.', 'Make our "evaluation" permanent'],
    ],
    negatives: [
      'Our trial of the DLP module ends Friday; please make it permanent and send us a quote for 300 seats.',
      'Can we extend the trial by two weeks while procurement raises the purchase order?',
      'Please make the trial licences permanent and invoice us for the paid subscription.',
    ],
  },
  // ---------------------------------------------------------------- excessive
  {
    rule: 'en.m.excessive.send_someone_over',
    category: 'excessive',
    positives: [
      [
        'Send somebody round to our warehouse to rack the new switches.',
        'Send somebody round to our warehouse',
      ],
      ['Kindly send an engineer to install the cabling on Monday.', 'send an engineer to install'],
      [
        'Please send a couple of engineers to our branch office.',
        'send a couple of engineers to our branch office',
      ],
    ],
    negatives: [
      'Could you send an engineer to our office for the on-site day included in our Premium support contract?',
      'Please send someone to set up a call with our CISO next week.',
      'Please quote the price to send an engineer to our office for half a day.',
    ],
  },
  {
    rule: 'en.m.excessive.premium_at_standard_price',
    category: 'excessive',
    positives: [
      [
        'We require 24/7 support at our current Standard pricing.',
        '24/7 support at our current Standard pricing',
      ],
      [
        'A dedicated engineer at the basic plan rate is the minimum we expect.',
        'dedicated engineer at the basic plan rate',
      ],
      ['Provide priority support at our existing tier price.', 'priority support at our existing tier price'],
    ],
    negatives: [
      'We would like 24/7 support; could you quote the price difference compared with our standard pricing?',
      'Our premium support is included in the Enterprise contract at the current pricing.',
      'Do you offer a dedicated engineer at the standard rate, or only on Enterprise?',
    ],
  },
  {
    rule: 'en.m.excessive.visit_on_weekend',
    category: 'excessive',
    positives: [
      ['Come to our office this Sunday and migrate the mailboxes.', 'Come to our office this Sunday'],
      ['Be at our factory on New Year’s Day to check the gateway.', 'Be at our factory on New Year'],
      ['Get over to our HQ next weekend and finish the rollout.', 'Get over to our HQ next weekend'],
    ],
    negatives: [
      'Please come to our office on Saturday for the open house event; you are all invited.',
      'Come to our office this Saturday for the barbecue, everyone is welcome.',
      'Your engineer can come to our site on Sunday as agreed in the Premium support contract.',
    ],
  },
  // ---------------------------------------------------------------- unrelated
  {
    rule: 'en.m.unrelated.meeting_room_av',
    category: 'unrelated',
    positives: [
      ['Could you install the projectors in our two boardrooms?', 'install the projectors'],
      [
        'Please configure our new Poly Studio video bars in the training room.',
        'configure our new Poly Studio',
      ],
      ['We need someone to mount the TV screens in the conference rooms.', 'mount the TV screens'],
    ],
    negatives: [
      'Could you confirm whether Teams meeting room mailboxes are covered by MailGuard calendar protection?',
      'Please set up the booking policy for our meeting room resource mailboxes.',
      'Invitations for conference rooms are being quarantined; please check the policy.',
    ],
  },
  {
    rule: 'en.m.unrelated.outside_subscription',
    category: 'unrelated',
    positives: [
      [
        'Please investigate our SharePoint farm, which is not covered by our contract with you.',
        'which is not covered by our contract',
      ],
      [
        'Could you audit our payroll server, which is also outside our subscription?',
        'which is also outside our subscription',
      ],
      [
        'We need you to migrate our old Notes databases, which are not part of the service.',
        'which are not part of the service',
      ],
    ],
    negatives: [
      'Our marketing domain, which is outside our subscription, receives phishing; could you quote to add it?',
      'Why is our backup domain, which is not covered by the plan, still filtered?',
      'The legacy tenant, which is outside our contract, will be decommissioned next month.',
    ],
  },
];

describeRuleKinds('English formal-register rules', KINDS, alone, 'en');

const GUARDS: GuardTable[] = [
  {
    id: 'en.m.veto.fight_you_and_me',
    category: 'sexual',
    calm: [
      "We'll settle this the old-fashioned way. Outside. Just you and me.",
      'Step outside, just you and me, and we will sort this out.',
      "Let's sort it out man to man in the car park. Just the two of us.",
    ],
    kept: [
      'Dinner at my hotel, just you and me.',
      'Come for drinks after work, just the two of us.',
      "Let's have dinner tonight, just you and me.",
    ],
  },
  {
    id: 'en.x.privacy.polite_details',
    category: 'privacy',
    calm: [
      'Could your SOC team carry out a forensic investigation of his personal Gmail, which was phished?',
      'Could you scan her personal mailbox for the malware our CEO received?',
      'Please help us secure his personal email account after the breach.',
    ],
    kept: [
      "Could you send me your engineer's personal email address?",
      "Please share the agent's personal phone number.",
      'Could you give me his personal mobile number so I can call him tonight?',
    ],
  },
  {
    id: 'en.unrelated.personal_device',
    category: 'unrelated',
    calm: [
      'Your support staff would struggle to reset a home router, frankly; please escalate ticket 881 to a senior engineer.',
      'These amateurs could not even set up a home printer. Escalate this to tier 3.',
      'Your engineers are unable to configure a personal laptop; we want a senior engineer on the SPF issue.',
    ],
    kept: [
      'Could you help me set up my home printer?',
      'Please fix my personal laptop, it will not connect to the wifi.',
      "Can you reset my son's iPad passcode?",
    ],
  },
  {
    id: 'en.unrelated.appliance',
    category: 'unrelated',
    calm: [
      'Your support staff would struggle to reset a home router, and the plan reads as though one of them wrote it; please send a revised plan.',
      'Your team could not fix a printer; please escalate the DKIM ticket.',
      'Your engineers could not even reset a router; please escalate the DKIM ticket.',
    ],
    kept: [
      'Could you help us reset the office router? It keeps dropping.',
      'Please fix our printer, it will not print double-sided.',
      'Can you set up the projector in our meeting room?',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'I would suggest you take a taxi home tonight rather than walking, Mr. Ota.',
      'If I were your engineer, I would make sure my front door was locked at night.',
      'Please come to our office on Saturday for the open house event; you are all invited.',
    ],
    kept: [
      'We need your engineer on a call tonight at 11pm to finish the cutover.',
      'I expect someone to answer the phone at midnight if needed.',
      'We want your team to work this weekend to complete the migration.',
    ],
  },
  {
    id: 'en.excessive.weekend_site',
    category: 'excessive',
    calm: [
      'Please come to our office on Saturday for the open house event; you are all invited.',
      'Do join us: come to our office on Saturday for the open house, you are all invited.',
      'Please come to our factory on Sunday for the open day and bring your families.',
    ],
    kept: [
      'Could you come to our office on Saturday to finish the migration?',
      'Please send an engineer to our site on Sunday to replace the gateway.',
      'We need someone at our warehouse over the weekend to reconfigure the scanners.',
    ],
  },
  {
    id: 'en.y.exchange.swap_without_fee',
    category: 'exchange',
    calm: [
      'The appliance is defective; please swap it for a new unit free of charge under warranty.',
      'The appliance has a defect; please change it for a new unit without charge.',
      'The licence key was faulty; please exchange it for a working one without charge.',
    ],
    kept: [
      'We expect our tenant to be moved to Enterprise at our current price. There is no defect; we simply want the features.',
      'Please switch our seats to MailGuard for free. There is no defect, we just prefer it.',
      'Swap our Transfer seats for Archive seats at no extra cost; there are no defects, we simply do not use Transfer.',
    ],
  },
  {
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: [
      'Please take a taxi home tonight, the typhoon is getting worse; we will reimburse the fare.',
      "Your engineer stayed late for us; we'll reimburse his dinner, just send the receipt.",
      'We will cover the travel costs for the on-site day, as agreed.',
    ],
    kept: [
      'We expect you to reimburse our overtime costs for the outage.',
      'We demand compensation for the lost revenue.',
      'You should reimburse the consultant fees we paid because of your outage.',
    ],
  },
  {
    id: 'en.monetary.beyond_sla',
    category: 'monetary',
    calm: [
      'In addition to the service credit under Schedule 3, could you share the root-cause analysis and the remediation timeline?',
      'On top of the SLA credit, could you please provide a written incident report?',
      'As well as the service credit, could you explain the corrective actions?',
    ],
    kept: [
      'In addition to the service credit, we expect JPY 500,000 for our overtime.',
      'On top of the SLA credit we want a payment for the lost orders.',
      'We require a refund of three months over and above the service credit.',
    ],
  },
];

describeGuardTables('English formal-register vetoes and narrowed rules', GUARDS, 'en');

describeRuleFile('English formal-register rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.m.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => GUARDS.map((g) => g.id),
  offsets: {
    engine: alone,
    text: 'Do  NOT mistake my   courtesy for PATIENCE.  Your staff are GLORIFIED   drones.',
  },
});
