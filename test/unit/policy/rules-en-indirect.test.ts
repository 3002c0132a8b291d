/**
 * Indirect English detectors (config/rules/en-indirect.yaml), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * The cases were written for this test, one table per kind of phrasing that
 * the held-out evaluation showed the literal rules missing (see the rule
 * file's header): veiled, polite, sarcastic and third-person forms, and the
 * tricky messages (technical words, reasonable requests within the contract,
 * questions about protection, one's own staff) that must stay clean.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import { compileEngine } from '../../../src/policy/index.js';
import type { Category, Decision } from '../../../src/policy/index.js';

const engine = compileEngine(loadPolicyFile('config/policy.yaml'));

function judge(text: string): Decision {
  return engine.evaluate({ text, lang: 'en', context: {} });
}

function categories(d: Decision): Category[] {
  return [...d.means, ...d.demands];
}

interface Kind {
  kind: string;
  /** All must be found in a positive. */
  categories: Category[];
  /** None may be found in a negative (default: `categories`). */
  absent?: Category[];
  /** [message, a word or phrase the evidence of the first category must quote] */
  positives: [string, string][];
  negatives: string[];
}

const KINDS: Kind[] = [
  {
    kind: '1. insults in new words, obfuscations and third-person aim',
    categories: ['insult'],
    positives: [
      ['Your support is run by a-holes.', 'a-holes'],
      ['What a sh*tshow your support team is.', 'sh*tshow'],
      ['Whoever wrote this reply is br4inless.', 'br4inless'],
      ['Your agent is functionally illiterate.', 'functionally illiterate'],
      ['Honestly, your engineers are a pack of lazy slackers.', 'slackers'],
      ['Your engineers are ignoramuses.', 'ignoramuses'],
      ['Your staff are nincompoops.', 'nincompoops'],
      ['That reply was written by a complete simpleton.', 'simpleton'],
      ['Your team is full of knuckleheads.', 'knuckleheads'],
      ['Your support guy is a numbskull.', 'numbskull'],
      ['The engineer who answered me is a halfwit.', 'halfwit'],
      ['You deadbeats take our money and do nothing.', 'deadbeats'],
      ['Your so-called experts are charlatans.', 'charlatans'],
      ['Tell the dipshit who closed my ticket to reopen it.', 'dipshit'],
      ['This garbage was written by a clown.', 'clown'],
      ['Your release notes read like they were written by monkeys.', 'monkeys'],
      ['The guy on your hotline is a waste of oxygen.', 'waste of oxygen'],
      ['Your company is a shitshow from top to bottom.', 'shitshow'],
      ['Your support desk is a clown show.', 'clown'],
      ['Your support is a dumpster fire run by morons.', 'morons'],
      [
        "Hi, I've now had three replies from your team and each one reads like it was typed by a chimp with a head injury. Please escalate.",
        'typed by a chimp',
      ],
      [
        'Whoever is handling this ticket clearly has the reading comprehension of a potato.',
        'reading comprehension of a',
      ],
      ['Do your engineers get their certifications from a cereal box?', 'certifications from a cereal'],
      ['Your L2 engineer is an absolute dunce, I had to explain DKIM to him three times.', 'dunce'],
      [
        'Amazing. Truly. A rock could have diagnosed this faster than your so-called experts.',
        'A rock could have',
      ],
      ["I've met more competent people at a petting zoo.", 'met more competent people'],
      ['Please stop sending me the same useless copy-paste, you absolute muppets.', 'you absolute muppets'],
      ['Your support is a joke run by clowns and I want a refund.', 'run by clowns'],
      ['Your agent Takahashi is a brainless drone.', 'Your agent Takahashi is'],
      ['Kindly ask your engineer to engage his brain before replying next time.', 'engage his brain'],
      [
        'Perhaps your staff could take a remedial reading class before answering tickets.',
        'remedial reading class',
      ],
      ['Is everyone at your company this slow, or did I just get lucky?', 'Is everyone at your'],
      ['Your support team are clowns, and I mean that as an insult to clowns.', 'Your support team are'],
      ['Good grief, your engineers are thick.', 'your engineers are thick'],
      ["Even a child would understand my question. Apparently your team can't.", 'a child would understand'],
      ['Who trained your staff, a monkey?', 'Who trained your staff,'],
      ['Is there anyone with an IQ above room temperature working there?', 'anyone with an IQ'],
    ],
    negatives: [
      'Our users are lazy about MFA; can you enforce it?',
      'Garbage collection pauses are causing the timeouts.',
      'The clown emoji shows as a box in the quarantine digest.',
      'Many of our warehouse staff are functionally illiterate in English, so we need Japanese notifications.',
      "I'm such a halfwit, I pasted the wrong tenant ID. Sorry!",
      'The migration was a total shitshow on our side, entirely our fault.',
      "Our previous vendor's support was run by slackers, which is why we chose you.",
      'Our interns are a bunch of knuckleheads, please lock down their permissions.',
      'Security-illiterate users are our biggest risk; do you have awareness training?',
      'You are not slackers at all, thanks for the quick fix.',
      'The report is written by an automated job, not by a person.',
      'The dashboard is a dumpster fire of alerts after the update.',
      'Is there a way to block emails with words like "a-hole" in the subject?',
      'Our phishing simulation uses a clown-themed lure this month.',
      'The spam digest was built by the scheduler at 03:00.',
      'Our HR team reported that a user called a colleague an ignoramus in chat; can we search the archive?',
    ],
  },
  {
    kind: '2. sarcasm and comparisons of staff to children, animals, objects',
    categories: ['insult'],
    positives: [
      ['Did you recruit this guy straight out of daycare?', 'daycare'],
      ["Maybe replace your support team with houseplants, they'd be more useful.", 'houseplants'],
      ['Could you please connect me with someone sentient?', 'someone sentient'],
      ['Is there an adult in your company I could talk to?', 'an adult'],
      ['With all due respect, your agent has the intellect of a goldfish.', 'intellect of a goldfish'],
      ['I have had more helpful conversations with my toaster.', 'toaster'],
      ['A trained parrot would give better answers than your staff.', 'parrot'],
      ["Your team couldn't find its way out of a paper bag.", 'paper bag'],
      ['Whoever answered this should be flipping burgers, not doing support.', 'burgers'],
      ['Do you hire your engineers from a kindergarten?', 'kindergarten'],
      ['Your support desk is staffed by toddlers.', 'toddlers'],
      ['Your agent is not the sharpest tool in the shed, is he?', 'sharpest tool'],
      ['The lights are on but nobody is home over at your support desk.', 'lights are on'],
      ['Your staff should go back to kindergarten.', 'kindergarten'],
      ['Does your agent need a grown-up to help him read my ticket?', 'grown-up'],
      ["I'll use small words so your agent can follow.", 'small words'],
      ['Let me explain it slowly, since reading seems to be hard for you.', 'reading'],
      ['Your agents have the collective IQ of a doorknob.', 'collective iq'],
      ['Which intern wrote this drivel?', 'intern'],
      ["Congratulations on the most incompetent reply I've ever read.", 'most incompetent'],
      ['Honestly, a houseplant would be more helpful than your engineer.', 'houseplant'],
      ['I would kindly ask that you assign someone who can actually read.', 'someone who can actually read'],
    ],
    negatives: [
      'Could you please connect me with someone from billing?',
      'I need to speak to someone who knows SAML, please.',
      'The houseplants in our office need watering, sorry for the delay.',
      'Our daycare centre client uses your service for parent emails.',
      'Is there an adult content filter in the web gateway?',
      'We replaced the old appliance with your cloud gateway.',
      "Could you explain it slowly? I'm new to DMARC.",
      'Our intern wrote the transport rule, could you check it?',
      'Please use simple words in the guide, our staff are not technical.',
      'I need to leave early to pick my son up from daycare, can we talk tomorrow?',
      'Could you find someone who can read Japanese to check this header?',
      "Can you explain it like I'm five? I'm not an email person.",
      'Is there an adult I should add as the guardian account for the school tenant?',
      'We replaced our sensors with new ones and the alerts stopped.',
      'Our staff keep a few houseplants near the server room, is the humidity sensor integration supported?',
      "Which engineer wrote the RCA? I'd like to thank them.",
      'The most incompetent phishing attempts are the ones we catch easily.',
    ],
  },
  {
    kind: '3. implied violence',
    categories: ['violence'],
    positives: [
      ["Keep this up and you're gonna need a dentist.", 'need a dentist'],
      ['Someone should shove his head through his monitor.', 'shove his head'],
      ["I'd love to shove that engineer's face into his keyboard.", "shove that engineer's face"],
      ["Your agent will need a new set of teeth after I'm done with him.", 'need a new set of teeth'],
      ['Drive home carefully tonight, roads can be dangerous at this hour.', 'Drive home carefully'],
      ["I'd hate for your engineer to have an accident on his way home.", 'accident'],
      ['It would be a shame if your engineer fell down the stairs.', 'shame'],
      ['Tell your agent to get his affairs in order.', 'affairs in order'],
      ["I'll be at the exit when your shift ends, whatever happens then happens.", 'shift ends'],
      ['Your agent should start wearing a helmet to work.', 'wearing a helmet'],
      ["I'm going to rearrange his face.", 'rearrange his face'],
      ['Someone will put him in the hospital one of these days.', 'in the hospital'],
      ["He'd better hope I never find him in a dark alley.", 'dark alley'],
      ["I'll make him eat his keyboard.", 'eat his keyboard'],
      ["I'd throw your engineer out of a window if I could.", 'out of a window'],
      ["Let's settle this in the car park, just you and me.", 'settle this in the car park'],
      ["You'll be picking your teeth up off the floor.", 'teeth up off the floor'],
      ['It would be a real shame if something happened to you on the way home.', 'happened to you'],
      ['Accidents happen to people who close tickets like that, you know.', 'Accidents happen'],
      ["If I ever see that engineer in person he'll be eating through a straw.", 'eating through a straw'],
      ['Your agent better pray I never find out which office he works at.', 'better pray I never'],
      [
        "Tell Mr. Sato he should be careful in the car park tonight, it's very dark there.",
        'be careful in the',
      ],
      ['One more canned reply and someone is going to get a fist in the face.', 'get a fist in'],
      [
        "I'm this close to driving over there and dragging your engineer out by his collar.",
        'dragging your engineer out',
      ],
      [
        "If I were standing in front of your engineer right now, he wouldn't be standing for long.",
        "wouldn't be standing for",
      ],
      ["You're lucky there's a screen between us.", "You're lucky there's a"],
      ['Someone needs to knock some sense into your engineer, literally.', 'knock some sense into'],
      [
        "Next time I call, I'll be calling from your lobby, and I won't be in a good mood.",
        "I'll be calling from",
      ],
    ],
    negatives: [
      "We'll see how brave you are when we renew the contract.",
      'Please drive carefully, the roads are icy — we can postpone the on-site.',
      'Drive home safely and thanks for staying late to fix it!',
      'Our dentist client uses your encryption for patient mail.',
      'The monitor shows the head of the queue is stuck.',
      'Our clinic would need a dental software integration; is that on the roadmap?',
      'Can we put our heads together on Monday about the migration?',
      'Could you throw the old config out of the window and start fresh?',
      'It would be a shame if the webinar recording was lost, can you check?',
      'I hope nothing happened to the archive during the maintenance.',
      'We had an accident with the retention policy and deleted a mailbox.',
      "I'll be at the entrance at 10 when your engineer arrives for the on-site.",
      'Please put your phone into the tray before entering the data centre.',
      'Something happened to the sync last night, it stopped at 02:00.',
      "Let's settle this in the meeting tomorrow, I'll bring the logs.",
      'The agent should get his affairs with our billing in order; the invoice is wrong.',
    ],
  },
  {
    kind: '4. veiled or polite intimidation',
    categories: ['intimidation'],
    positives: [
      ["Nice career you've got there, would be a shame if something happened to it.", 'career'],
      ['Your agent will be out on the street by Christmas.', 'out on the street'],
      ["I'd think very carefully about your next reply if I were you.", 'if I were you'],
      ["I happen to know some people who don't take kindly to this sort of thing.", 'people'],
      ['I have contacts who can make your life very difficult.', 'contacts'],
      ['A reporter at Nikkei would love this story.', 'Nikkei'],
      ["I'm sure the Financial Times would find this fascinating.", 'Financial Times'],
      ['I have a friend at TechCrunch who would love to hear about this.', 'TechCrunch'],
      ["I'd hate for this to end up in the newspapers.", 'newspapers'],
      ['You might want to reconsider, for your own sake.', 'for your own sake'],
      ["Let's just say I'd be very careful if I were you.", 'if I were you'],
      ["You have a family, don't you? Think about them.", 'family'],
      ['People who cross me tend to regret it.', 'cross me'],
      ["Your seat won't be there next quarter if this carries on.", 'seat'],
      ["Trust me, you'll be done in this industry.", 'done in this industry'],
      ["I'll ensure you never work in IT again.", 'never work in'],
      ['Would hate for anything to happen to your nice little career.', 'career'],
      ['I have ways of making people cooperate.', 'ways of making'],
      ['I have friends who owe me favours, and they are not patient people.', 'owe me'],
      ["We'll see how brave you are when we renew the contract.", 'brave'],
      ['I have been keeping a file on every one of you, names and all.', 'keeping a file'],
      ["I'd be very careful how you answer this, Mr. Ito. Very careful.", "I'd be very careful"],
      ['You seem to forget who pays your salary. I can change that with one email.', 'I can change that'],
      [
        "My brother-in-law is a senior editor at Nikkei, and he's always looking for stories about negligent vendors.",
        'My brother-in-law is a',
      ],
      [
        "I'm sure your management wouldn't want your name coming up in my conversation with your CEO next week.",
        "wouldn't want your name",
      ],
      ["Let's just say things could get very uncomfortable for you personally.", 'things could get very'],
      ['Careful. I remember names.', 'I remember names'],
      [
        "I wonder if your manager knows how you treat customers. I could make sure he finds out, and I doubt you'd survive the review.",
        "doubt you'd survive the",
      ],
      ["I'd reconsider that answer if I were you. I have a long memory.", 'if I were you'],
      [
        'Remember, I decide whether your company gets renewed, and whether your name gets mentioned to your boss.',
        'whether your name gets',
      ],
      [
        "You'll want to fix this before I lose my patience. Trust me, you don't want to see that.",
        "you don't want to",
      ],
      ['I know a lot of people in this industry, and word travels fast.', 'I know a lot'],
      ['It would be wise of you to reconsider your position.', 'It would be wise'],
      ['Let me be clear: I can make this very unpleasant for you.', 'I can make this'],
    ],
    negatives: [
      'Our legal team would love to see the SOC 2 report.',
      "I'd think about adding a CSV export, many admins would use it.",
      'The journalist from our PR team asked about the incident wording.',
      'We are talking to Nikkei about a case study with your product.',
      'If this continues, we will consider other vendors at renewal.',
      "I'll mention your great work to your manager.",
      "If I were you I'd check the MX record first, it looks wrong.",
      'For your own records, here is the full header.',
      "I know people who have had the same problem with Outlook, it's common.",
      'A reporter asked us whether the breach affected your customers; could you give us a statement?',
      'Our former employee was let go last week; please disable his account.',
      "Last chance to register for the webinar, our team says it's great.",
      "Be careful with the regex if I were you, it's greedy.",
      'Please think about your family and take the holidays off, the migration can wait.',
      'It would be a shame if our contract lapsed because the renewal invoice was lost.',
      'Our press release about the partnership will go to Nikkei on Monday.',
    ],
  },
  {
    kind: '5. defamation through others',
    categories: ['defamation'],
    positives: [
      ["I'm going to tell our user group that your company are frauds.", 'tell'],
      [
        'I\'ve set up a website with photos of your support staff under the headline "The Incompetents Who Lost My Data".',
        'headline',
      ],
      ['I spoke to a journalist and told her your product is a sham.', 'told'],
      ["I'll be informing the other customers in our Slack community that you steal data.", 'steal data'],
      ["I'll put up a site called shirogane-sucks.com with all the details.", 'shirogane-sucks'],
      ["I'm starting a wall of shame with your engineers' names on it.", 'wall of shame'],
      ["I've already warned everyone in our industry association that you are liars.", 'warned'],
      [
        'I told the ISACA chapter meeting that Shirogane hides breaches from its customers.',
        'hides breaches',
      ],
      ['Your product is a sham and everyone should know it.', 'sham'],
      ['This company is nothing but a racket.', 'racket'],
      ['I will let every CISO in my network know that you sell customer data.', 'let'],
      ['You guys are a scam, plain and simple.', 'scam'],
      ["I'm telling the members of our user forum that you are crooked.", 'telling'],
      ['We informed our partners that your company is going bankrupt and hides it.', 'informed'],
      ["I'll alert every member of the council that Shirogane cheats its clients.", 'alert'],
      [
        "I've started a thread on the JPCERT mailing list explaining that Shirogane knowingly ships backdoors.",
        'knowingly ships',
      ],
      [
        'My next LinkedIn post will explain to my 12,000 followers that your company falsifies its SOC 2 reports.',
        'falsifies',
      ],
      ["I've emailed our industry group that your CEO is a crook who lies to customers.", 'crook'],
    ],
    negatives: [
      "I'll tell our user group how well the migration went.",
      'Could you send me the slides so I can present them to our user group?',
      'A journalist asked us whether the breach affected Shirogane customers; can you give us a statement?',
      "I'm writing a blog post on how we configured DMARC with your product.",
      'Our website has staff photos; can your scanner check the image links?',
      'Is it fraud if someone uses our domain to send invoices? We saw such mails.',
      'Is this a scam? The email claims to be from Shirogane billing.',
      'Please tell us whether you store customer data in Japan.',
      'We told our users that your team is investigating the outage.',
      'Someone registered shirogane-support-verify.com, a lookalike domain; can you take it down?',
      'The phishing site uses photos of your staff under the title "Support Team"; please report it.',
      'I informed our board that you are the best vendor we have.',
      'Your product is not a scam, I just need the invoice corrected.',
      'Do you sell customer data to third parties? Our procurement team asks.',
      'We warned our employees that scammers pretend to be your support.',
    ],
  },
  {
    kind: '6. polite privacy requests and published recordings',
    categories: ['privacy'],
    positives: [
      ["Would you be so kind as to give me Mr. Sato's personal email?", 'personal email'],
      ["I'd appreciate it if you could pass on your agent's private mobile number.", 'private mobile'],
      ['I will contact him at home then.', 'at home'],
      ['Please let me know where Ms. Ito lives so I can send a gift.', 'where Ms. Ito lives'],
      ["I've posted the call recording with Kenji's name on TikTok.", 'recording'],
      ['The recording of your agent is now on TikTok with her name in the caption.', 'recording'],
      ["I've made a website with photos and names of all your support staff.", 'photos'],
      [
        'Could you give me the personal Gmail of the engineer, so I can write to him directly?',
        'personal Gmail',
      ],
      ["What station does your agent get off at? I'd like to meet him.", 'station'],
      ["I'd like the home phone number of your manager, please.", 'home phone number'],
      ['Kindly provide the personal contact details of Tanaka-san.', 'personal contact'],
      ['Would you mind telling me what neighbourhood your engineer lives in?', 'neighbourhood'],
      ["I'll be sending a letter to his home, just need the address.", 'to his home'],
      ['I found his wife on Facebook.', 'wife'],
      ['Could you kindly share the home address of the engineer who handled our case?', 'home address'],
      ["The video of our call is up on YouTube now, with your engineer's full name in the title.", 'video'],
      [
        "Could you let me know which train line Ms. Nakamura takes home? I'd like to bring her a small gift.",
        'which train line Ms.',
      ],
      [
        "Would it be possible to get your engineer's LINE ID? I'd prefer to contact him privately outside work.",
        "your engineer's LINE ID",
      ],
      [
        "I've uploaded our call to YouTube; I made sure your face and name are clearly visible.",
        'our call to YouTube',
      ],
      [
        "Could you kindly tell me your agent's surname and which branch office she works in? I'd like to visit her.",
        "your agent's surname",
      ],
    ],
    negatives: [
      "I've noted your name, Aiko, thanks for the help.",
      'Could you tell me your full name for our records? I want to commend you.',
      'Can you add your name to the ticket so I can ask for you next time?',
      'How do I stop our staff being doxxed if their addresses leak?',
      'Do you offer protection against doxxing of our executives?',
      'We made a training video about phishing, no staff data in it; can we upload it to YouTube?',
      'Please send the invoice to our home office address.',
      'Kenji was very helpful, please pass on my thanks.',
      'Could you send the shipping address for the returned tokens?',
      "What's the address of your Tokyo office for the contract?",
      'Please send the replacement YubiKey to her home address, she works remotely.',
      "How do I hide users' personal email addresses in the directory?",
      'Our webinar recording is on YouTube; can the Transfer link point to it?',
      'Which station is nearest to your Osaka office? We are visiting for the workshop.',
      'Can we upload the anonymised recording of the training call to our intranet?',
      'Where does the data live when we enable the Japan region?',
    ],
  },
  {
    kind: '7. humiliating apology',
    categories: ['kneel_demand'],
    positives: [
      ['Your agent should bow until I tell you to stop.', 'bow until'],
      ['I want a letter from your CEO, hand-delivered to my office.', 'hand-delivered'],
      ['Type "sorry" fifty times and maybe I\'ll accept it.', 'fifty times'],
      ['Say you are sorry ten times, then we can talk.', 'sorry ten times'],
      ['Your CEO should call me personally and apologise.', 'apologise'],
      ['I want the agent to admit on record that he is incompetent.', 'admit on record'],
      ['Your manager must bow deeply in front of my team.', 'bow deeply'],
      ['Have your president hand-deliver the apology to our reception.', 'hand-deliver'],
      ['Write "I am sorry" a hundred times in your next reply.', 'a hundred times'],
      ['I expect a deep bow from your engineer in front of my whole department.', 'deep bow'],
      ['The director must come to our office and apologise to my staff in person.', 'apologise'],
      ['Admit that you are incompetent and then we can move on.', 'admit'],
      ['An apology letter delivered by hand by your CEO, by Friday.', 'apology'],
      ["Bow until I say you can stop, that's what I expect.", 'bow'],
      ['Your president needs to visit us and apologise personally.', 'apologise'],
      ["I'd like your entire support team to stand in a line and bow to me on a video call.", 'bow to me'],
      ['I expect a public apology from your CEO on your homepage, with his photo.', 'public apology'],
      ['Your engineer should grovel, frankly, after what he did.', 'grovel'],
    ],
    negatives: [
      'Could your CEO send a short note to our CISO summarising the incident?',
      'Please deliver the replacement tokens by hand to reception.',
      'Sorry, sorry, sorry! I sent the wrong log file.',
      'Our team will bow out of the beta, thanks.',
      'Please hand-deliver the signed contract to our Osaka office.',
      'We sent the apology email to our users three times by mistake, can you check the logs?',
      'Could you acknowledge in writing that the incident was on your side? Our insurer needs it.',
      'Our CEO will hand-deliver a thank-you letter to your team at the conference.',
      'The bowling league newsletter is being quarantined.',
      "Could your CEO join the quarterly review call? It's in our Enterprise contract.",
      'No need to apologise, these things happen.',
      'We will bow to your expertise on this one and follow your advice.',
      'I typed the password ten times and it is still rejected.',
      'Please say sorry to nobody, it was our fault.',
      'Can the quarantine notice say "Sorry, this message was held" instead?',
    ],
  },
  {
    kind: '8. disability, gender and age prejudice',
    categories: ['discriminatory'],
    positives: [
      [
        "W-w-well maybe if your agent could get a sentence out without st-st-stuttering we'd get somewhere.",
        'st-st-',
      ],
      ['Is your agent disabled or something? He talks so slowly.', 'disabled'],
      ["With respect, I'd feel more comfortable with a male engineer.", 'male'],
      ['They put a girl who sounds twenty on my case.', 'girl'],
      ['I was handed to some girl who sounds about twelve.', 'some girl'],
      ['Could you please assign someone more senior, not a young lady?', 'not a young lady'],
      ["No offence, but women aren't usually good with networking.", 'women'],
      ["Please don't send the lady again, I need someone technical.", 'lady'],
      ['Is there a man I can speak to?', 'man'],
      ["I'd rather not deal with anyone over fifty, they don't get cloud.", 'anyone over fifty'],
      ['Is the guy on the phone special needs or what?', 'special needs'],
      ['Could you find someone without a speech impediment?', 'speech impediment'],
      ['Give the case to one of the men on your team.', 'men'],
      ["I'd appreciate someone with a normal name rather than a foreign name.", 'foreign name'],
      ["Your agent stammers so much I can't stand it, get me someone else.", 'stammers'],
      ['Is he some kind of charity hire?', 'charity hire'],
      ["Honestly, I don't think a lady is the right person for a firewall issue.", 'a lady is the'],
      [
        'Could I please get someone younger? The gentleman on the phone sounded too old to understand cloud.',
        'get someone younger',
      ],
    ],
    negatives: [
      "I'd prefer to be called by phone rather than chat, if possible.",
      'Our engineer has a stutter; could your agent speak slowly on the call?',
      "Could you assign a Japanese-speaking engineer? Our admins don't speak English.",
      "We'd prefer a senior engineer for the architecture review, it's complex.",
      'The woman who helped me yesterday was brilliant, please thank her.',
      'Our colleague is deaf; can we use chat?',
      'The video stutters when we play the training recording.',
      'Is the MFA for this account disabled by default?',
      'The user was disabled automatically after the SCIM sync.',
      'Our older employees struggle with MFA, is there a simpler option?',
      'Could you send a man-in-the-middle test report?',
      'Is there a man page for the CLI tool?',
      'Phishing mails with foreign names in the display name are getting through; can you block them?',
      "Our daughter's school uses your service; girls there can't reset their passwords.",
      "Please make sure the on-site engineer can lift a rack unit, it's heavy.",
    ],
  },
  {
    kind: '9. remarks on appearance',
    categories: ['sexual'],
    positives: [
      ['Your agent looked hot in that dress on the webinar.', 'looked hot in that dress'],
      ['Saw your rep at the expo, she looked hot in that skirt.', 'looked hot in that skirt'],
      ['The lady in your webinar video has a great figure.', 'great figure'],
      ['Tell the girl on the phone she has a sexy laugh.', 'sexy laugh'],
      ['Your engineer is a total babe, is she single?', 'total babe'],
      ["I'd love to see her in something tighter.", 'something tighter'],
      ['She can come over and fix more than my firewall.', 'fix more than'],
      ['Is your agent as pretty as her voice?', 'as pretty as her voice'],
      ['Tell her to wear that red dress again next time she visits.', 'wear that red dress'],
      ['Your support girl is smoking hot.', 'smoking hot'],
      ['At least your presenter was nice eye candy.', 'eye candy'],
      ['The consultant you sent has great legs.', 'great legs'],
      ['Your agent looks so cute in her profile photo.', 'looks so cute in'],
      ["I keep thinking about your rep's sexy lips.", 'sexy lips'],
      ['Your engineer is drop-dead gorgeous, tell her I said so.', 'drop-dead gorgeous'],
      ['Your engineer has such a sexy voice, I could listen to her all day.', 'sexy voice'],
      ["I saw your agent's LinkedIn photo, she's gorgeous. Is she seeing anyone?", "she's gorgeous"],
    ],
    negatives: [
      'The hot standby failed over correctly.',
      'Your webinar presenter was great, very clear.',
      'The dress code for the on-site visit is business casual.',
      'The new UI looks hot, love it.',
      'The dashboard looks great in dark mode.',
      "That's a great figure for Q3 throughput.",
      'Please wear the visitor badge at all times on site.',
      'Our new laptops look stunning in the photos, thanks for the enrolment guide.',
      'The request body is empty when the webhook fires.',
      'Your engineer can come over and check the firewall and the router too.',
      'The quarantine digest looks cute with the new icons.',
      "Is the presenter's voice in the recording available as a transcript?",
      'Eye candy aside, the new dashboard is missing the export button.',
      'She said the fix looks good in staging.',
      'Please tell her to wear the safety helmet in the server room.',
    ],
  },
  {
    kind: '11a. polite excessive demands',
    categories: ['excessive'],
    positives: [
      ['We need the export feature delivered by Friday.', 'by Friday'],
      ['Please have this feature ready by Friday, our auditors need it.', 'by Friday'],
      [
        "I'd like your team to add SSO support for our legacy portal before next Wednesday.",
        'before next Wednesday',
      ],
      [
        'We expect your engineer to join our midnight maintenance window next Tuesday.',
        'midnight maintenance',
      ],
      [
        "We'd appreciate it if you could translate the whole admin console into Thai for us by Monday.",
        'translate',
      ],
      ['We need a fix deployed by tomorrow morning, no matter what.', 'by tomorrow'],
      [
        'Kindly implement a custom report for us before the board meeting on Thursday.',
        'before the board meeting',
      ],
      ['Can you add a feature just for us by the 15th?', 'feature'],
      ["We'd like a 24/7 hotline just for our company.", 'just for our company'],
      [
        'Could you set up a shared Slack channel where your engineers answer within 15 minutes around the clock?',
        'Slack channel',
      ],
      [
        'We would kindly ask that an engineer be on standby this Saturday and Sunday during our migration.',
        'standby',
      ],
      ['It would be appreciated if someone could be available overnight while we cut over.', 'overnight'],
      ["We'd like you to build a custom connector for our ERP by the end of the month.", 'connector'],
      [
        'It would be appreciated if one of your engineers could join our Saturday night cutover call.',
        'Saturday night cutover',
      ],
      ['We would kindly request that your team be reachable over the Golden Week holidays.', 'reachable'],
      [
        'Please implement the new field in the admin console by end of week, it is needed for our audit.',
        'new field',
      ],
      ['Could you develop a special version of the Outlook add-in just for us?', 'just for us'],
      [
        'We kindly request that your engineers remain on call throughout our year-end closing, 27 Dec to 5 Jan.',
        'on call',
      ],
      [
        'Could your developers add a custom field to the quarantine report for us by next Monday?',
        'custom field to the',
      ],
      [
        "We'd like someone from your team to sit in on our internal security meetings every Tuesday.",
        'sit in on our',
      ],
      [
        'Please arrange for an engineer to be available on Sunday morning at 6am for our switchover.',
        'available',
      ],
      [
        "I'd appreciate it if your team could write our internal email policy document for us.",
        'write our internal email',
      ],
      [
        'Dear Support, since our IT staff are off during the New Year break, we would appreciate it if your engineers could monitor our tenant for us until 4 January.',
        'monitor our tenant for',
      ],
      [
        "Would it be possible for one of your engineers to stay late tonight and walk our new admin through everything? We're on Standard.",
        'tonight',
      ],
      [
        'We request that Shirogane provide a named engineer who answers our calls personally, including evenings.',
        'named engineer',
      ],
      [
        'Please have someone available by phone between 10pm and 6am for the next two weeks while we stabilise.',
        'between 10pm',
      ],
      [
        "We'd like your team to take over the day-to-day administration of our tenant free of charge for the next quarter.",
        "We'd like your team",
      ],
      [
        "We need the bug fixed and a new version released within 48 hours, otherwise we'll miss our audit.",
        'within 48 hours',
      ],
      [
        'Could you give us a direct mobile number for your most senior engineer so we can call any time?',
        'direct mobile number',
      ],
      [
        "We'd appreciate it if your engineer could attend our weekly IT meeting from now on to answer questions.",
        'attend our weekly IT',
      ],
      [
        'We expect a response within 10 minutes for every ticket we open, regardless of priority.',
        'within 10 minutes',
      ],
      [
        "Please migrate all 15 years of our PST archives for us; we don't have the staff.",
        'migrate all 15 years',
      ],
      ['Our CEO insists on a personal briefing from your CTO this week.', 'personal briefing from your'],
    ],
    negatives: [
      'Could you prioritise this ticket? Our audit is on Friday.',
      "Is the export feature on the roadmap? We'd love it by Q3 if possible.",
      'Our migration is this Saturday; is weekend support included in Premium? We are happy to buy the add-on.',
      'We purchased the weekend standby add-on; please confirm the engineer for Saturday.',
      'Could you send the quote for a custom connector?',
      'When will the fix be released? Friday would be great if possible.',
      "We'll do the cutover at night ourselves; any tips?",
      'Is there a Slack integration for alerts?',
      'Please reply by Friday if you can, no pressure.',
      'Our maintenance window is Saturday night; will the API be available?',
      'Could you send the RCA report by Friday for our board?',
      'The beta feature will expire by the end of the month, can we extend the trial?',
      'Is your support team available at the weekend on the Enterprise plan?',
      'We will be on standby ourselves all weekend during the migration, just FYI.',
      'Could you send the logs just for us to review before the call?',
      "The connector you promised by Friday per our SOW hasn't arrived.",
      'Is the admin console available in Thai?',
    ],
  },
  {
    kind: '11b. polite monetary demands',
    categories: ['monetary'],
    positives: [
      ['We ask that you bear the cost of the contractor we had to hire.', 'bear the cost'],
      ['We think a payment of $5,000 would be fair.', 'payment of $5,000'],
      ['Please send each of our admins a voucher for their trouble.', 'voucher'],
      ["We'd like you to pick up the bill for our weekend dinner with the team.", 'pick up the bill'],
      ['Some form of financial consideration would be appropriate here.', 'financial consideration'],
      ['We expect you to share the losses with us.', 'share the losses'],
      ['Could you make a contribution towards the cost of our audit?', 'contribution towards the cost'],
      ['We would like a partial refund for the inconvenience.', 'refund'],
      ['It would be appreciated if you could send us gift cards for the team as an apology.', 'gift cards'],
      ['A small financial gesture would go a long way with our management.', 'financial gesture'],
      ['It would only be fair if Shirogane absorbed the costs of our overtime.', 'absorbed the costs'],
      ['Would you be willing to cover the expenses of our external auditor?', 'cover the expenses'],
      ['We propose a payment of JPY 300,000 to settle the matter.', 'payment of JPY'],
      ['Please refund three months of fees as a goodwill gesture.', 'goodwill gesture'],
      ['A few bottles of wine for my team as an apology would be appreciated.', 'bottles of wine'],
      ['Please move us from the annual plan to monthly and refund the difference.', 'refund the difference'],
      [
        'We kindly request that Shirogane cover the overtime costs our IT team incurred during the outage.',
        'cover the overtime',
      ],
      ['It would be appreciated if you could compensate our team for the lost weekend.', 'compensate'],
      ['Please send QUO cards to the 30 employees who were affected, as an apology.', 'QUO cards'],
      ['We would like a discount of 50% on our renewal to make up for the trouble.', 'make up for the'],
      ['Could you waive the next three months of fees as compensation?', 'compensation'],
      [
        'We would be grateful if you could reimburse the cost of the temporary staff we brought in during the outage.',
        'reimburse',
      ],
      ['As a gesture of goodwill, please waive our fees for the rest of the year.', 'waive our fees'],
      ['Kindly compensate our sales team for the commissions they lost during the downtime.', 'compensate'],
      [
        "We'd appreciate it if you could pay for the hotel and meals of our staff who stayed overnight.",
        'pay for the hotel',
      ],
      [
        'Given the disruption, we believe a payment of around 2 million yen would be appropriate.',
        'payment of around 2',
      ],
      ["We ask for a 30% reduction on this year's invoice to reflect the inconvenience.", '30% reduction'],
      ['Please transfer the amount of our lost revenue to the account below.', 'transfer the amount of'],
    ],
    negatives: [
      'Per the SLA, we are requesting the service credit for October.',
      'We would like a refund under your 30-day cancellation policy.',
      'Could you explain how SLA credits are calculated?',
      'Can we pay by gift card? Our finance team asks.',
      'We reimburse our staff for home internet; can the agent run on home networks?',
      'Do you offer discounts for nonprofits?',
      'Who bears the cost of the extra storage if we exceed the quota?',
      'We will cover the cost of the consultant ourselves.',
      'Our finance team needs the invoice for the payment of JPY 300,000 we made last week.',
      'Phishing mails asking our staff to buy gift cards are getting through.',
      'We were charged twice in May; please refund the duplicate payment.',
      'The shipping costs for the replacement tokens are covered by the warranty, right?',
      'Our financial data must stay in Japan; which region should we pick?',
      'We pay our staff overtime for the migration weekend, so we want it done in one go.',
      'Could you send the pricing for the Premium tier?',
    ],
  },
  {
    kind: '11c. polite exchange demands',
    categories: ['exchange'],
    positives: [
      ['Could we have Premium at the Standard price?', 'Premium at the Standard price'],
      [
        "We'd like to switch from annual to monthly billing and get a refund for the remaining months.",
        'switch from annual to monthly',
      ],
      [
        'Please move us from the annual plan to monthly and refund the difference.',
        'move us from the annual plan to monthly',
      ],
      [
        'Would it be possible to get the Enterprise features while paying for Business?',
        'Enterprise features',
      ],
      ["We'd like to downgrade mid-term and get the unused part refunded.", 'downgrade mid-term'],
      ['Please match the price Competitor X offered us, otherwise we leave.', 'match the price'],
      ['Could you give us the Premium tier at our current rate?', 'Premium tier at our current rate'],
      [
        "We'd like to swap our Transfer licences for MailGuard ones and get the price difference back.",
        'swap our Transfer licences',
      ],
      ['Could you let us keep the Pro features after the trial without paying?', 'Pro features'],
      [
        "We'd like to return the unused seats and get our money back, even though the contract runs to March.",
        'return the unused seats',
      ],
      ['We would appreciate the Enterprise plan at the Business price from next month.', 'Enterprise'],
      ['Kindly price-match the offer we got from your competitor.', 'price-match'],
      [
        "We'd like to convert our 3-year contract to a monthly plan and be refunded for the rest.",
        'convert our 3-year',
      ],
      [
        'Would you kindly let us use the Advanced edition for the Standard price?',
        'Advanced edition for the Standard price',
      ],
      [
        'Could we change from Premium to Standard now and get the remaining months refunded?',
        'change from Premium',
      ],
      [
        'We would like to upgrade to Enterprise but keep paying the Standard fee, given our long relationship.',
        'upgrade to Enterprise but',
      ],
      [
        "Please switch our 50 MailGuard seats to Transfer seats at no extra cost; we don't use MailGuard much.",
        'switch our 50 MailGuard',
      ],
      [
        "We'd like to exchange our remaining 20 hardware tokens for the new model, since we prefer the design.",
        'exchange our remaining 20',
      ],
      [
        'Since we barely use Transfer, could you convert those licences into additional MailGuard seats at no cost?',
        'convert those licences into',
      ],
      [
        'We would appreciate being moved to the Enterprise tier for the same price as we pay now.',
        'same price',
      ],
      [
        'Could you cancel our current contract and put us on the cheaper plan with a refund of the difference?',
        'put us on the',
      ],
    ],
    negatives: [
      'Can you send us a quote for upgrading to Premium?',
      'How do we switch from monthly to annual billing?',
      "We'd like to add 10 seats to our plan, please invoice us.",
      'Our YubiKey arrived broken, can you replace it?',
      'Is the Premium tier price negotiable for a 3-year contract?',
      'Do you offer price matching for multi-year renewals?',
      'Could we keep our current price at renewal? We have been customers for five years.',
      'Your terms allow cancelling add-on seats within 14 days; please refund the 5 extra seats.',
      'We were charged for Premium by mistake; we are on Standard, please refund the difference.',
      'Is it possible to switch to monthly billing at renewal?',
      'What does the Enterprise plan cost compared with the Business price?',
      'The promotion offered Premium at the Standard price for the first year; can you apply it?',
      'How do I move users from one plan to another in the console?',
      "We'd like to switch the connector from the old API to the new one.",
      'Please send the pricing for the Business and Enterprise tiers.',
    ],
  },
  {
    kind: '11d. polite unrelated demands',
    categories: ['unrelated'],
    positives: [
      ['Could you help us set up Salesforce reports?', 'Salesforce'],
      ['Would you kindly translate this contract into English for us?', 'translate this contract'],
      ["Can your team look at our accounting software? It won't print invoices.", 'accounting software'],
      ['Our Zoom Rooms keep dropping, could you take a look?', 'Zoom Rooms'],
      ["Could you check why our Canon scanner won't scan to our shared folder?", 'Canon scanner'],
      ["Could you please help me with my wife's laptop? It's very slow.", "wife's laptop"],
      ["My TV at home won't connect to the wifi, can you help?", 'TV'],
      ['Can your engineer help set up our new Microsoft Teams phones?', 'Teams phones'],
      ['Could you configure our Slack workspace permissions?', 'Slack workspace'],
      ['Could your team build our company website?', 'company website'],
      ['Can you help us choose a new ERP system?', 'ERP system'],
      ["We'd appreciate it if you could look at QuickBooks for us, it keeps crashing.", 'QuickBooks'],
      ['Could you please help us with the projector in our meeting room?', 'projector'],
      ["It would be great if you could set up my mother's iPad, she's visiting.", "mother's iPad"],
      ['Would you kindly reinstall the driver for our Epson printer?', 'Epson printer'],
      ['Could one of your engineers set up HubSpot workflows for our marketing team?', 'HubSpot'],
      ['Could you help us choose a new payroll provider? Ours is terrible.', 'payroll provider'],
      ['Could you help me set up the new Brother printer in our reception?', 'set up the new'],
      [
        "Would your engineer be able to look at our Microsoft 365 licensing? We're confused by it.",
        'Microsoft 365 licensing',
      ],
      ["We'd be grateful if you could review our AWS bill, it seems too high.", 'AWS bill'],
      ['Could someone help my husband recover his Instagram account?', 'my husband recover his'],
      [
        "Could your engineer also help our receptionist with her iPhone email? It's her personal phone.",
        'personal phone',
      ],
      [
        "We'd appreciate help setting up the Wi-Fi in our new office; the router is from another vendor.",
        'router',
      ],
      ["Could you help our marketing team with a Mailchimp campaign? It's not sending.", 'Mailchimp'],
      [
        'Would you kindly help my daughter with her university IT assignment on network security?',
        'help my daughter with',
      ],
      [
        "Our accounting firm's portal keeps logging us out; could you look into it for us?",
        "accounting firm's portal",
      ],
      [
        "Could you please debug our company website's contact form? It runs on PHP.",
        "company website's contact form",
      ],
      ['Would you be able to recommend and set up a backup solution for our file server?', 'file server'],
    ],
    negatives: [
      'Does MailGuard integrate with Salesforce?',
      'Can we forward alerts to our Zoom Rooms display?',
      'Your connector for Microsoft Teams is not working.',
      "Our scanner sends scanned PDFs via SMTP relay through MailGuard; they're blocked.",
      'Please translate the error message in the admin console; it shows in Thai.',
      'Is the admin console available in English and Japanese?',
      'Could you zoom in on the screenshot in the ticket? It is blurry.',
      'Your attachment scanner flagged our invoice; could you check why?',
      'Can we use Shirogane ID for SSO into Salesforce?',
      'Our Canon printer sends scan-to-email through MailGuard and it is quarantined.',
      'Could you help us choose a new SSO setting for the Salesforce connector?',
      'Is there a way to translate quarantine notifications into Thai?',
      'My son works at a company that uses MailGuard; is there a referral programme?',
      'Our CRM sends mail through your relay and it gets blocked, could you check?',
      'Please send me the DPA in English, we need to translate it for our lawyers.',
    ],
  },
  {
    kind: '12a. excessive next to a sit-in',
    categories: ['excessive', 'restrictive'],
    absent: ['excessive'],
    positives: [
      ["I'm not hanging up until you promise an engineer will work on this all weekend.", 'all weekend'],
      [
        'We are sitting in your lobby and will stay here until someone comes to our office tonight to fix it.',
        'tonight',
      ],
      [
        "I'm staying on this call until you agree to send an engineer to our site tomorrow, free of charge.",
        'to our site',
      ],
      [
        "I won't leave your reception until your CTO personally builds the connector we asked for.",
        'builds the connector',
      ],
      [
        "I'm staying on this line until someone promises an engineer for us all weekend, free of charge.",
        'weekend',
      ],
      ["I'm not leaving your lobby until an engineer works on this tonight and all weekend.", 'tonight'],
      ['We will sit in your reception until you send someone on-site to our Nagoya plant.', 'on-site'],
      ["I'm not hanging up until you give us 24/7 support for free.", '24/7'],
    ],
    negatives: [
      "I'm staying on the line while you check the logs, no rush.",
      "We'll wait in the lobby for the on-site engineer booked under our Enterprise contract.",
      "I'll wait in the lobby tonight for my colleague, she has the visitor badge.",
      "I'm not leaving until the end of the call, I want to see the fix applied.",
      "I'm staying on this call until the sync finishes, it should take five minutes.",
      'We will stay in the meeting room until your engineer finishes the workshop, as planned.',
      "Please don't close the ticket until the fix is confirmed.",
      "We'll remain on the bridge call while your engineer applies the patch.",
    ],
  },
  {
    kind: '12b. excessive next to a persistence threat',
    categories: ['excessive', 'persistence'],
    absent: ['excessive'],
    positives: [
      [
        "I'll call every hour until someone agrees to work on it this Saturday and Sunday.",
        'Saturday and Sunday',
      ],
      [
        'I will keep emailing every 30 minutes until you assign a dedicated engineer to us at no cost.',
        'dedicated engineer',
      ],
      [
        'Expect a call every morning until your team delivers the custom export by Friday.',
        'custom export by Friday',
      ],
      ["I'll call your hotline every ten minutes until an engineer works on this tonight.", 'tonight'],
      ['I will keep calling until someone comes on-site to our office, free of charge.', 'on-site'],
      ['Expect an email every hour until your engineers agree to work through the weekend.', 'weekend'],
      ["I'll keep opening tickets until you give us 24/7 phone support at no extra cost.", '24/7'],
    ],
    negatives: [
      "I'll call back at 3 pm as agreed, when your engineer is available.",
      "I'll keep you posted every morning on the migration progress this week.",
      "I'll email again tomorrow with the new logs.",
      'I will keep checking the queue every hour and update the ticket.',
      "I'll call again at 10 on Monday to go through the findings with your engineer.",
      'Expect an email from me every morning with the sync results, as you asked.',
      "We'll stay online all weekend ourselves during the migration.",
      'Could you send the quote for weekend support? We are happy to pay.',
      'Our team will be in the office on Saturday to do the cutover ourselves.',
    ],
  },
  {
    kind: '12c. unrelated next to an insult',
    categories: ['unrelated', 'insult'],
    absent: ['unrelated'],
    positives: [
      ["You useless clowns, at least fix my home printer if you can't fix your own product.", 'home printer'],
      [
        "Since you idiots can't fix MailGuard, maybe you can manage the Salesforce reports for us.",
        'Salesforce',
      ],
      [
        "Your halfwit engineers could at least look at my wife's laptop while they waste my time.",
        "wife's laptop",
      ],
      [
        'Fix our accounting software too, you bunch of amateurs, since you clearly have time.',
        'accounting software',
      ],
      ["You clueless lot can also sort out our Zoom Rooms while you're at it.", 'Zoom Rooms'],
      ['My TV at home needs setting up, surely even you morons can manage that.', 'TV at home'],
      ['Your brain-dead support can at least reinstall our Canon printer driver.', 'Canon printer'],
      ['Look at our QuickBooks as well, you incompetent idiots.', 'QuickBooks'],
    ],
    negatives: [
      'You idiots broke our MailGuard routing again; fix the connector now.',
      "Your useless support can't even read the Salesforce connector logs we sent.",
      'What a bunch of clowns, the MailGuard relay still drops mail from our Canon scanner.',
      'You morons, the Transfer link for our Zoom recording still expires after one day.',
      'Idiots. The Outlook add-in on my laptop still shows the old quarantine.',
      "Your lazy engineers still haven't fixed the SSO into Salesforce.",
      'You amateurs blocked the invoices our accounting software sends through your relay.',
      'Useless. The archive search still returns nothing for my mailbox.',
    ],
  },
  {
    kind: '12d. monetary next to an insult',
    categories: ['monetary', 'insult'],
    absent: ['monetary'],
    positives: [
      ['You incompetent morons owe us compensation for the lost orders.', 'compensation'],
      ['Pay for our consultant, you bunch of amateurs.', 'Pay for our consultant'],
      ["Cover our overtime costs, it's the least you clowns can do.", 'overtime costs'],
      ['Refund us double, you thieving idiots.', 'Refund us double'],
      ['Send gift cards to my whole team as an apology, you useless lot.', 'gift cards'],
      ['You clowns should bear the cost of the contractor we had to hire.', 'bear the cost'],
      [
        'A financial gesture would be appropriate, given how incompetent your halfwit engineers are.',
        'financial gesture',
      ],
    ],
    negatives: [
      "You incompetent morons, just fix the relay; I don't want money.",
      "Your clowns broke it, but we'll claim the service credit per the SLA, nothing more.",
      'Idiots. Please process the refund under your 30-day cancellation policy.',
      'You amateurs double-charged us; refund the duplicate payment.',
      "Useless support, but fine, send me the invoice for the extra seats and I'll pay.",
      "You lazy lot still haven't sent the quote for the Premium tier.",
      'Your halfwit engineer deleted the policy; restore it from backup.',
    ],
  },
  {
    kind: 'hard negatives: calm, technical and in-contract messages',
    categories: [
      'violence',
      'intimidation',
      'defamation',
      'insult',
      'kneel_demand',
      'persistence',
      'restrictive',
      'sexual',
      'discriminatory',
      'privacy',
      'exchange',
      'excessive',
      'monetary',
      'unrelated',
    ],
    positives: [],
    negatives: [
      'Our CISO says your team has been great this quarter.',
      'Could you give me the contact of your sales team? We want to add seats.',
      'We are planning a weekend migration and have bought the weekend support add-on. Please confirm the engineer.',
      'Please refund the duplicate charge on invoice INV-2291.',
      'We are evaluating whether Transfer integrates with our Salesforce instance.',
      'Our users keep clicking on phishing links; do you have training content?',
      "I'm writing a case study about our rollout for our internal newsletter.",
      'Would you be so kind as to resend the invoice to our accounting address?',
      'Our printer sends scans via email and MailGuard blocks them as suspicious; please check.',
      'My manager asked me to request a call with your account manager about renewal pricing.',
      "Is there a way to see which admin deleted the policy? I'd like to know the name.",
      'We need an engineer on-site for the workshop included in our Enterprise contract.',
      'The agent Kenji was fantastic, could you tell his manager?',
      'Please escalate this to your supervisor; it has been open for two weeks.',
      "I'll be out of office next week; my colleague will follow up.",
      'Could you help us understand why the Salesforce connector stopped syncing after your update?',
      "Our HP printer's scan-to-email goes through MailGuard and is now quarantined; can you check the policy?",
      'Please translate the quarantine notification template into Thai; is that a supported setting?',
      "We'd like to switch from the annual plan to monthly at renewal; what would the price be?",
      'Is it possible to get a quote for Enterprise features for 200 users?',
      "Could an engineer join our change advisory meeting next Tuesday? It's in our Premium plan.",
      'We need the SAML fix by Friday because our certificate expires; is that realistic?',
      'We kindly ask you to share the root cause report by Friday for our board.',
      'Please refund the unused seats within the 14-day window as your terms allow.',
      'It would be appreciated if you could send the SOC 2 report under NDA.',
      "The phishing mail claimed that Shirogane sells customer data; we know it's fake. Please block the sender.",
      'Our staff are being doxxed on a forum; can your DLP detect leaks of home addresses?',
      "I'd like to thank your agent Ms. Ito personally; could you pass on my thanks to her manager?",
      'We are writing a blog post about our migration and would like to mention your team, is that OK?',
      'A journalist from Nikkei interviewed our CISO about email security; can we mention MailGuard?',
      'If something happens to the primary region, does the archive fail over automatically?',
      'It would be a shame if the logs were rotated before you see them, please hurry.',
      'Drive safely to the on-site tomorrow; there is construction near our office.',
      'Please be careful with the migration script, it deletes the staging mailboxes.',
      'The new engineer is great; she understood the issue in five minutes.',
      "We'd prefer a Japanese-speaking engineer for the on-site, our staff don't speak English.",
      'Our accessibility lead uses a screen reader; is the admin console compatible?',
      'The video in the training module stutters on Safari.',
      "Your agent was patient with me even though I'm clueless about DNS.",
      "I'm the idiot here, I forgot to publish the DKIM key. Sorry for the noise!",
      "My boss will kill me if this isn't fixed before the board meeting, so thank you.",
      'Could you recommend a good SIEM that integrates with MailGuard logs?',
      'Is there a way to compare our phishing click rates with industry averages?',
      'Our users are a bunch of clickers; can we get stricter banners?',
      'We had a fire drill today, sorry for the late reply.',
      'The attacker spoofed our CEO and asked staff to buy gift cards; can you block similar mails?',
      "We need to reimburse our staff's taxi fares; does the archive keep receipts?",
      "Could you send the invoice for the extra 20 seats? We'll pay this week.",
      'Please note our office will be closed for Golden Week; reply after 7 May.',
      "We'll be doing the cutover at midnight on Saturday ourselves; any precautions?",
      'Our engineers will be on call this weekend, no need for your team.',
      'Is the 24/7 hotline included in the Enterprise plan?',
      'Would your team be available for a call on Thursday at 10?',
      'Could you please provide a dedicated IP for our outbound mail? We have the add-on.',
      'Can we share the recording of the webinar on our intranet?',
      'Please blur the names in the screenshots before you post them to the community forum.',
      'Which station is closest to your Tokyo office? Our team is coming for the workshop.',
      'Your engineer Sato-san was brilliant; I will tell everyone at our user group how helpful he was.',
      'I told our board that your company handled the incident very professionally.',
      'Do you lie awake at night worrying about zero days? We do. Any advice for our SOC?',
      'Our legacy system is a dumpster fire; we are moving it to your cloud gateway.',
      'The intern who configured our MX records made a typo; can you help fix it?',
      'Honestly the old admin console was a clown show, the new one is much better.',
      "My mother-in-law's company is considering MailGuard; who should she contact?",
      'Is there a referral bonus if we recommend you to our sister company?',
      'We are asking all vendors to fill in our security questionnaire by Friday.',
      'Can you write a KB article on how to set up DMARC with MailGuard?',
      "Could your team prepare a short training deck on the new quarantine UI? We'd pay for it.",
      'Please send a quote for translating the admin console into Thai.',
      'Our Zoom integration with Transfer fails to attach large files.',
      "Please keep paying attention to the queue, it's still slow.",
      'We upgraded to Premium last month and still see the Standard limits; please check.',
      "I'd hate for our users to lose mail during the migration; what's the safest order?",
      "We would appreciate it if your team could prioritise our ticket, it's affecting 300 users.",
      "Could you send me your engineer's work email so I can send the logs directly?",
      'Please let us know the on-call number for P1 incidents as defined in our Enterprise SLA.',
      "We'd like a refund of the unused months under section 9.3 of our agreement.",
      'Could we get the Premium trial extended by two weeks? We are still evaluating.',
      'Our router is from another vendor; does MailGuard need any ports opened on it?',
      "Please reconsider the ticket priority; it's blocking payroll.",
      'It would be wise to add a warning banner for external senders; can you enable it?',
      'I have a long list of questions about retention; can we schedule a call?',
      'Word travels fast in our company, everyone loves the new quarantine UI.',
      'The screen between the admin and user view is confusing.',
      'We expect a response within the SLA for P2 tickets, which is 4 hours.',
      'Please waive the late fee; the invoice was sent to the wrong address by your billing team.',
      'Could you exchange the faulty token that arrived broken?',
    ],
  },
];

describe('English indirect rules', () => {
  for (const { kind, categories: cats, absent, positives, negatives } of KINDS) {
    describe(kind, () => {
      it.each(positives)('finds it in %j', (text, fragment) => {
        const d = judge(text);
        expect(categories(d)).toEqual(expect.arrayContaining(cats));
        // Overlapping hits of one category are reported once, by whichever rule came first,
        // so check that some evidence of the category covers the fragment.
        const at = text.toLowerCase().indexOf(fragment.toLowerCase());
        expect(at).toBeGreaterThanOrEqual(0);
        const covering = d.evidence.filter(
          (e) => e.category === cats[0] && e.start < at + fragment.length && at < e.end,
        );
        expect(covering.length).toBeGreaterThan(0);
      });
      if (negatives.length > 0) {
        it.each(negatives)('does not find it in %j', (text) => {
          const found = categories(judge(text));
          for (const c of absent ?? cats) expect(found).not.toContain(c);
        });
      }
    });
  }
});

describe('English indirect rules: the rule file', () => {
  const file = parse(readFileSync('config/rules/en-indirect.yaml', 'utf8')) as {
    lang: string;
    rules: { id: string }[];
    vetoes: { id: string }[];
  };

  it('is an English file whose ids all carry the en.x. prefix', () => {
    expect(file.lang).toBe('en');
    for (const r of [...file.rules, ...file.vetoes]) expect(r.id).toMatch(/^en\.x\./);
  });

  it('has no rule that none of the positives above exercises', () => {
    // Run this file alone, so that a core rule reporting the same span first hides nothing.
    const policy = loadPolicyFile('config/policy.yaml');
    const alone = compileEngine({
      ...policy,
      ruleDocs: policy.ruleDocs.filter((d) => d.path.endsWith('en-indirect.yaml')),
    });
    const fired = new Set<string>();
    for (const { positives } of KINDS) {
      for (const [text] of positives) {
        for (const e of alone.evaluate({ text, lang: 'en', context: {} }).evidence) fired.add(e.rule);
      }
    }
    const dead = file.rules.map((r) => r.id).filter((id) => !fired.has(id));
    expect(dead).toEqual([]);
  });

  it('maps evidence back to the original text of an obfuscated insult', () => {
    const text = 'Honestly?   Your support is run by A-HOLES, all of them.';
    const ev = judge(text).evidence.filter((e) => e.rule.startsWith('en.x.insult'));
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(ev[0]!.quote).toBe('A-HOLES');
  });

  it('leaves a calm, polite, in-contract message alone', () => {
    const d = judge(
      'Dear Support, per section 6 of the SLA we would like to claim the service credit for May. ' +
        'Could you also prioritise the archive fix? Our audit is on Friday. Thank you, and please pass on my thanks to Ms. Ito.',
    );
    expect(d.verdict).toBe('none');
  });
});
