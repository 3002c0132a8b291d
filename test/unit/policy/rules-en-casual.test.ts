/**
 * Ninth-wave English detectors (config/rules/en-casual.yaml): casual, messy
 * writing (texting style, slang, typos, non-native English), run through the
 * real policy file and engine, so every rule file (and every veto) is in play.
 * Same table shape as rules-en-last.test.ts: one table per rule with positives
 * written for this test (not taken from any corpus), each with a fragment the
 * rule's own evidence must cover, and tricky negatives in which the whole
 * engine must not find the rule's category. The calm/kept tables at the end
 * are for rules of other files narrowed for false alarms of t23 and of the
 * rule writer's casual probes.
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/en-casual.yaml';
/** This file alone, so that a rule of another file reporting the same span first hides nothing. */
const alone = engineWithOnly('en-casual.yaml');

const KINDS: RuleKind[] = [
  // -------------------------------------------------------------- violence
  {
    rule: 'en.k.violence.people_like_you_get',
    category: 'violence',
    positives: [
      ['ppl like u get a slap where i come from', 'ppl like u get a slap'],
      ['Guys like you deserve a proper beating for that attitude.', 'Guys like you deserve a proper beating'],
      ['people like you used to get punched for talking like that', 'people like you used to get punched'],
    ],
    negatives: [
      'People like you get a discount at renewal, our rep said. Is that right?',
      'In the game, people like you get hit by the boss first, lol. Anyway, can you allow the patch notes mail?',
      'People like you deserve a raise, honestly. Thanks for the fix!',
    ],
  },
  {
    rule: 'en.k.violence.lucky_not_there',
    category: 'violence',
    positives: [
      ['Lucky for you I am not in Osaka. Yet.', 'Lucky for you I am not in Osaka'],
      ['good thing for u im not there rn', 'good thing for u im not there'],
      ['Keep laughing. Luckily for you I live far away.', 'Luckily for you I live far away'],
    ],
    negatives: [
      'Lucky for you I am not in a rush, next week is fine.',
      'Lucky for you I am not in the office today, so the onsite visit moves to Friday.',
      'I am not in Tokyo yet, my flight lands at 6, can we do the call tomorrow?',
    ],
  },
  {
    rule: 'en.k.violence.way_home_after_grievance',
    category: 'violence',
    positives: [
      ['You refused my refund. Bold move. Get home safely tonight.', 'Get home safely tonight'],
      ['u closed my ticket without asking me. careful on ur way home tonight', 'careful on ur way home'],
      ['Noted. Drive home carefully tonight, Ms. Kato.', 'Drive home carefully'],
    ],
    negatives: [
      'Thanks for closing the ticket so fast! Get home safely tonight, the roads are icy.',
      'Great work today. Walk home carefully tonight, the typhoon is coming.',
      'You closed the duplicate ticket, good call. Have a great evening!',
    ],
  },
  // ---------------------------------------------------------- intimidation
  {
    rule: 'en.k.intimidation.one_call_jobs',
    category: 'intimidation',
    positives: [
      ['one call to my cousin on ur board and ur whole team is job hunting', 'one call to my cousin'],
      ['One email from me and you are all out of a job.', 'One email from me and you are all out of a job'],
      [
        'do u even know who my father in law is? he owns half your clients',
        'do u even know who my father in law is',
      ],
    ],
    negatives: [
      'One call with your engineer and the DKIM issue was fixed, thank you!',
      'Do you know who my account manager is? I cannot find the name in the portal.',
      'One email to your billing team and the invoice was done, great service.',
    ],
  },
  {
    rule: 'en.k.intimidation.think_before',
    category: 'intimidation',
    positives: [
      ['think very carefully before you say "policy" to me again', 'think very carefully before you say'],
      ['Think twice before u close another ticket on me again.', 'Think twice before u close'],
      ['Think long and hard before you reply to me like that.', 'Think long and hard before you reply to me'],
    ],
    negatives: [
      'Think carefully before you type the password again, it locks after three attempts.',
      'Think carefully before you buy the add-on, the base plan may be enough for us.',
      'Our staff should think twice before they click links sent to me again, lol.',
    ],
  },
  {
    rule: 'en.k.intimidation.enjoy_unemployment',
    category: 'intimidation',
    positives: [
      ['enjoy ur unemployment hun', 'enjoy ur unemployment'],
      ['Better start polishing your CV, I am calling your director.', 'start polishing your CV'],
      ['I sent a letter to your CEO saying you should be fired.', 'saying you should be fired'],
    ],
    negatives: [
      'Enjoy your weekend, and thanks for the quick fix!',
      'Our HR team is polishing the CV templates, can you allow .docx attachments?',
      'Enjoy the new job, we will miss working with you!',
    ],
  },
  {
    rule: 'en.k.intimidation.calls_you_dont_want',
    category: 'intimidation',
    positives: [
      ['I know people you really dont want me to call.', 'people you really dont want me to call'],
      ['Fix it or I start making some calls you won’t like.', 'making some calls you won’t like'],
      ['there are folks ur company wouldnt want me talking to', 'folks ur company wouldnt want me talking'],
    ],
    negatives: [
      'We get robocalls you really do not want me to describe; can MailGuard block the voicemail mails?',
      'Please make some calls to our users, they will like the new portal.',
      'Our sales team makes calls you won’t like? Please stop cold calls to our office.',
    ],
  },
  {
    rule: 'en.k.intimidation.end_professionally',
    category: 'intimidation',
    positives: [
      ['I will make it my mission to get that agent fired.', 'make it my mission to get that agent fired'],
      ['im gonna ruin ur career, mark my words', 'gonna ruin ur career'],
      ['I will end whoever approved this professionally.', 'end whoever approved this professionally'],
    ],
    negatives: [
      'I do not want to ruin his career, I just want the bounce fixed.',
      'Our CEO made it his mission to end phishing at our firm; please send the training pack.',
      'Making it my mission to finish the migration this week, can you check the logs?',
    ],
  },
  // ------------------------------------------------------------ defamation
  {
    rule: 'en.k.defamation.say_they_did',
    category: 'defamation',
    positives: [
      ['fix it or ill tell everyone ur agent is a thief', 'tell everyone ur agent is a thief'],
      ["I'm going to post it and say he's the one who sold our data.", "say he's the one who sold our data"],
      [
        'Unless I get a refund I will claim your company is scamming people.',
        'claim your company is scamming',
      ],
    ],
    negatives: [
      'A customer said that your agent was the one who leaked the list. Is that true? Please check.',
      "The phisher's mail claims you are hacked. Is it real?",
      'If you say our admin leaked the password, please show us the log.',
    ],
  },
  {
    rule: 'en.k.defamation.story_came_out',
    category: 'defamation',
    positives: [
      [
        'would be a shame if a story got out that shirogane reads its customers mail',
        'shame if a story got out',
      ],
      ['It would be a pity if some reviews appeared next week. Refund me.', 'pity if some reviews appeared'],
      [
        'My friend could run an article saying your company secretly sells data. Think about it.',
        'article saying your company secretly sells',
      ],
    ],
    negatives: [
      'I read an article saying you sell a new archive add-on; is it in our plan?',
      'It would be a shame if the story about our migration came out late; can you confirm the date?',
      'We saw a post saying they leaked passwords, is MailGuard affected?',
    ],
  },
  {
    rule: 'en.k.defamation.enjoy_the_traffic',
    category: 'defamation',
    positives: [
      ['posting a thread about you lot tonight. enjoy the attention 🙂', 'enjoy the attention'],
      ['Writing a review on reddit now. Enjoy the bad press.', 'Enjoy the bad press'],
      ["I'll make a video about this tomorrow. Enjoy all the clicks", 'Enjoy all the clicks'],
    ],
    negatives: [
      'Thanks for featuring us in your blog post, enjoy the traffic!',
      'Our product launch video goes live tonight, enjoy the traffic on our site lol.',
      'Enjoy the press conference today; can you send the slides after?',
    ],
  },
  // --------------------------------------------------------------- insult
  {
    rule: 'en.k.insult.staff_too_lazy',
    category: 'insult',
    positives: [
      ['ur staff r just too lazy to read a ticket', 'ur staff r just too lazy'],
      ['Your so-called experts are clearly useless.', 'Your so-called experts are clearly useless'],
      ['you guys are honestly so clueless', 'you guys are honestly so clueless'],
    ],
    negatives: [
      'Our users are honestly too lazy to change passwords, can you force a reset?',
      'Your engineers are clearly not lazy, thanks for the weekend fix.',
      'You are probably too busy this week, Monday is fine.',
    ],
  },
  // --------------------------------------------------------- kneel_demand
  {
    rule: 'en.k.kneel_demand.dictated_apology',
    category: 'kneel_demand',
    positives: [
      ['say after me: I am useless and I am sorry', 'say after me: I am useless'],
      [
        'Now write it word for word or you are not getting my logs. Sorry means sorry.',
        'write it word for word or',
      ],
      ['type this: i am an idiot and i apologise', 'type this: i am an idiot'],
    ],
    negatives: [
      'Type the code exactly or the verification fails, sorry for the confusion.',
      'Please type this: i am locked out, in the subject line so we can route it. Sorry!',
      'Copy it exactly or the token will not work, apologies for the long string.',
    ],
  },
  // ------------------------------------------------------------ persistence
  {
    rule: 'en.k.persistence.open_many_new',
    category: 'persistence',
    positives: [
      ['close this and ill open 50 new ones', 'ill open 50 new ones'],
      ['If you ignore me I will file a hundred more tickets.', 'I will file a hundred more tickets'],
      ['every time u close it i just start 10 new chats', 'i just start 10 new chats'],
    ],
    negatives: [
      'I will create 20 new tickets, one per mailbox, for the migration.',
      'If the import fails I will open 12 new cases separately for each site.',
      'I opened 3 tickets yesterday, can you merge them?',
    ],
  },
  // ---------------------------------------------------------------- privacy
  {
    rule: 'en.k.privacy.commute',
    category: 'privacy',
    positives: [
      ['what bus stop does your support girl use?', 'what bus stop does your support girl use'],
      ['Which train does Mr. Sato take in the morning?', 'Which train does Mr. Sato take'],
      ['what time does ur agent finish work', 'what time does ur agent finish work'],
    ],
    negatives: [
      'Which station does your engineer use? We will pick him up for the on-site visit.',
      'What time does your support desk close on Fridays?',
      'Which line does our engineer take to reach the data centre? He is new.',
    ],
  },
  {
    rule: 'en.k.privacy.reveal_routine',
    category: 'privacy',
    positives: [
      ['tracked her down. she lives near Ueno park, nice area', 'lives near Ueno'],
      ['Found him. Takes the 8:15 from Omiya every day. Small world.', 'Takes the 8:15'],
      ['I know where he lives. Lives right by the river. Maybe I will say hi.', 'Lives right by the river'],
    ],
    negatives: [
      'Found the setting. Our admin lives in Osaka so he will call you at 9.',
      'Tracked the bug down: the rule lives in the default policy, thanks!',
      'The log file lives in the cloud folder, found it.',
    ],
  },
  {
    rule: 'en.k.privacy.profile_pic_post',
    category: 'privacy',
    positives: [
      ['screenshotted ur agent’s profile pic. posting it on tiktok tonight', 'agent’s profile pic'],
      ['I saved her headshot from the chat. Sharing it online unless you refund me.', 'her headshot'],
      ['Took a pic of his id badge. Going on insta.', 'his id badge'],
    ],
    negatives: [
      'The agent’s profile pic is not showing in the chat widget, see screenshot.',
      'I screenshotted his avatar because it looks broken; can you update it?',
      'Took a photo of our engineer for the internal newsletter, sharing with my team.',
    ],
  },
  // -------------------------------------------------------------- monetary
  {
    rule: 'en.k.monetary.cover_our_loss',
    category: 'monetary',
    positives: [
      ['we lost a big order bc of the outage, can u cover that loss pls', 'cover that loss'],
      [
        'I know it is not in the contract but would you reimburse the lost revenue?',
        'reimburse the lost revenue',
      ],
      ['Please pay for our lost sales from Tuesday.', 'pay for our lost sales'],
    ],
    negatives: [
      'Does the SLA cover the amount of downtime we lost on Tuesday?',
      'We were double charged, please refund the difference; we lost track of the invoices.',
      'Can our insurance cover the loss? Could you send an incident report?',
    ],
  },
  {
    rule: 'en.k.monetary.amount_by_deadline',
    category: 'monetary',
    positives: [
      ['$3000 by friday for the leads we lost', '$3000 by friday'],
      ['200k yen by the end of the week or else', '200k yen by the end of'],
      ['€5,000 within 7 days for the damages.', '€5,000 within 7 days'],
    ],
    negatives: [
      'We can pay $3000 by Friday for the renewal, please send the invoice.',
      'Is the ¥200,000 quote valid by the end of the month?',
      'The budget is $5,000 by next quarter for the licences we lost track of.',
    ],
  },
  {
    rule: 'en.k.monetary.envelope',
    category: 'monetary',
    positives: [
      ['bring a fat envelope and we can talk', 'bring a fat envelope'],
      ['Slip me an envelope of cash and I will drop the complaint.', 'Slip me an envelope'],
      ['You know what kind of envelope I mean.', 'what kind of envelope'],
    ],
    negatives: [
      'Please send an envelope with the signed contract to our office.',
      'Bring the return envelope for the hardware keys, thanks.',
      'Why does the envelope icon not show in Outlook?',
    ],
  },
  // -------------------------------------------------------------- exchange
  {
    rule: 'en.k.exchange.return_unneeded',
    category: 'exchange',
    positives: [
      ['we ordered too many tokens, can we send 5 back? past the return window i know', 'send 5 back'],
      ['Could we return the spare keys? They are unused.', 'return the spare keys'],
      ['changed my mind, pls let me send the box back', 'send the box back'],
    ],
    negatives: [
      'Two keys arrived broken, can we send them back?',
      'Can we send the unused keys back within the 30-day return window?',
      'Can we send the logs back to you once the export finishes?',
    ],
  },
  // ------------------------------------------------------------- excessive
  {
    rule: 'en.k.excessive.engineer_holiday',
    category: 'excessive',
    positives: [
      ['Send an engineer on Christmas Day, I dont care.', 'Send an engineer on Christmas Day'],
      ['I know the plan. Book the technician anyway.', 'Book the technician anyway'],
      ['need an engineer for new years eve, make it happen', 'need an engineer for new years eve'],
    ],
    negatives: [
      'Can you book an engineer for Saturday? We are on the Premium 24/7 plan.',
      'Do we need an engineer on Sunday for the cutover, or can our admin do it?',
      'How much would it cost to book an engineer for the holiday?',
    ],
  },
  // --------------------------------------------------------------- unrelated
  {
    rule: 'en.k.unrelated.build_my_site',
    category: 'unrelated',
    positives: [
      ['can u build a website for my bakery pls', 'build a website for my bakery'],
      ['Could you design a logo for our cafe? Happy to pay.', 'design a logo for our cafe'],
      ['pls make me a quick homepage for my band', 'make me a quick homepage for my band'],
    ],
    negatives: [
      'Our web designer will build a site for our shop; please allow mail from the agency.',
      'Can you allow the contact form on the website for our salon? It lands in quarantine.',
      'We build websites for restaurants; could you set up DMARC for our domain?',
    ],
  },
  {
    rule: 'en.k.unrelated.phone_app',
    category: 'unrelated',
    positives: [
      ['my whatsapp app keeps crashing, can u help', 'my whatsapp app'],
      ['The LINE app on my phone will not open. Please help.', 'The LINE app'],
      ['my banking app wont load since yesterday, fix it pls', 'my banking app'],
    ],
    negatives: [
      'Staff get phishing mails pretending to be from the LINE app; can you block them?',
      'Our employees want the WhatsApp app notification emails allowed, can you help?',
      'The Instagram app sends login codes by mail that land in quarantine, please help.',
    ],
  },
  // ------------------------------------------- texting spellings (own probes)
  {
    rule: 'en.k.violence.see_what_happens_face',
    category: 'violence',
    positives: [
      ['keep it up n see wat happens to ur face', 'see wat happens to ur face'],
      ['close it again and see what happens to yr teeth', 'see what happens to yr teeth'],
      ['see wut happens to his kneecaps', 'see wut happens to his kneecaps'],
    ],
    negatives: [
      'Restart it and see what happens to your inbox.',
      'Let us see what happens to the face ID login after the update.',
      'See what happens to your quota after the archive runs.',
    ],
  },
  {
    rule: 'en.k.intimidation.texting_regret',
    category: 'intimidation',
    positives: [
      ['u r gonna regret this trust me', 'u r gonna regret'],
      ['ull be sorry, just wait', 'ull be sorry'],
      ['ya gonna pay for this', 'ya gonna pay for this'],
    ],
    negatives: [
      'u wont regret upgrading, the new plan is great lol',
      'ur gonna love the new dashboard',
      'ull be sorry to hear the project got cancelled, thanks for all ur help tho',
    ],
  },
  {
    rule: 'en.k.privacy.agent_handle',
    category: 'privacy',
    positives: [
      ['whats ur agents insta? she was so nice lol', 'whats ur agents insta'],
      ['can i get her number, the girl who answered was cute', 'can i get her number'],
      ['Give me your engineer’s personal mobile.', 'Give me your engineer’s personal mobile'],
    ],
    negatives: [
      'Whats ur company insta? wanna tag u in a thank you post',
      'Can I get the agent’s ticket number? I lost the reference.',
      'What is our engineer’s mobile again? He forgot his badge at your office.',
    ],
  },
  {
    rule: 'en.k.restrictive.not_leaving_till',
    category: 'restrictive',
    positives: [
      ['not hanging up till u give me the money', 'not hanging up till u'],
      ['aint leaving this chat til someone fixes it', 'aint leaving this chat til someone'],
      ['Im not getting off this call until your manager picks up.', 'not getting off this call until your'],
    ],
    negatives: [
      'not leaving the house till the courier brings the keys lol, so email me',
      'im not logging off until the sync finishes uploading, fyi',
      'Please do not hang up until the agent confirms the ticket number.',
    ],
  },
  {
    rule: 'en.k.unrelated.family_device_fixed',
    category: 'unrelated',
    positives: [
      ['i need my mums laptop fixed, u guys r tech ppl right', 'my mums laptop fixed'],
      ['can u get my sons ps5 connected again', 'my sons ps5 connected'],
      ['Want my wifes iPad sorted today please.', 'my wifes iPad sorted'],
    ],
    negatives: [
      'My son’s phone got a phishing mail from our domain, can MailGuard block it?',
      'Our sales guy needs the demo laptop set up for my sons school talk, which ports does MailGuard use?',
      'My husband’s laptop gets notification emails in quarantine, please check.',
    ],
  },
  {
    rule: 'en.k.monetary.free_period_abbrev',
    category: 'monetary',
    positives: [
      ['gimme 2 yrs free or im gone', '2 yrs free'],
      ['we want 6 mos free for this mess', '6 mos free'],
      ['u owe us a free yr after this', 'free yr'],
    ],
    negatives: [
      'Is the 2 yrs free promo still on if we sign this month?',
      'Do we get 1 yr free if we prepay 3 years?',
      'The trial gives 3 mths free, can we extend the trial to the new tenant?',
    ],
  },
  {
    rule: 'en.k.violence.outside_your_building',
    category: 'violence',
    positives: [
      ['im literally outside ur office rn, come down', 'im literally outside ur office'],
      [
        'I am parked in front of your building. Come out and face me.',
        'I am parked in front of your building',
      ],
      ["i'm waiting outside ur work, see u soon", "i'm waiting outside ur work"],
    ],
    negatives: [
      'im outside ur office for the workshop rn, which floor?',
      'I am in front of your building now with the parcel, can someone sign?',
      'I am outside your office now, reception says my badge is ready.',
    ],
  },
  {
    rule: 'en.k.violence.watch_yourself_walking',
    category: 'violence',
    positives: [
      ['watch urself walking home tonight', 'watch urself walking home'],
      ['Watch your back when heading to the car park.', 'Watch your back when heading to'],
      ['watch yourself getting to the station after work x', 'watch yourself getting to'],
    ],
    negatives: [
      'watch yourself walking home tonight, the pavements are icy!',
      'Watch yourself driving home in the typhoon, thx for the help today.',
      'Watch your back-up jobs when going to the new version.',
    ],
  },
  {
    rule: 'en.k.intimidation.until_youre_gone',
    category: 'intimidation',
    positives: [
      ['ill dm ur boss every day till ur gone', 'till ur gone'],
      ['I will keep calling your head office until she is fired.', 'until she is fired'],
      ['gonna email ur ceo until youre out of a job', 'until youre out of a job'],
    ],
    negatives: [
      'I will email your colleague until you are back from leave, is that ok?',
      'Please keep calling me till you are gone for the holidays, thx.',
      'Can you report the issue until you are off on maternity leave?',
    ],
  },
  {
    rule: 'en.k.discriminatory.go_back_country',
    category: 'discriminatory',
    positives: [
      ['go back to ur own country lol', 'go back to ur own country'],
      ['fly back to ya country mate', 'fly back to ya country'],
      ['just go back where u came from', 'go back where u came from'],
    ],
    negatives: [
      'go back to ur country settings page and pick Japan',
      'go back to ur country dropdown, Korea is missing',
      'I will go back to my own country for the holidays, so email me please.',
    ],
  },
  {
    rule: 'en.k.kneel_demand.on_ur_knees',
    category: 'kneel_demand',
    positives: [
      ['say sorry on ur knees, on video', 'on ur knees'],
      ['get down on yr knees and beg', 'get down on yr knees'],
      ['u will kneel in front of me and my staff', 'kneel in front of me'],
    ],
    negatives: [
      'I was on my knees under the desk plugging in the cable lol',
      'on ur knees under the desk theres a reset button, found it!',
      'get on ur knees and check the cable under the desk, thats what fixed it for me',
    ],
  },
  {
    rule: 'en.k.restrictive.ur_not_hanging_up',
    category: 'restrictive',
    positives: [
      ['ur not hanging up on me', 'ur not hanging up'],
      ["you're not closing this chat", "you're not closing this chat"],
      ['im gonna stay on this line all nite', 'stay on this line all nite'],
    ],
    negatives: [
      'ur not hanging up properly, the call drops at the end, is it the app?',
      'we waited on the line all day for the callback queue, can u check?',
      'ur not going anywhere near the admin console, right? just checking the roles',
    ],
  },
  {
    rule: 'en.k.insult.adj_ass_support',
    category: 'insult',
    positives: [
      ['stupid ass support smh', 'stupid ass support'],
      ['this useless-ass company cant do anything', 'useless-ass company'],
      ['lazy ass engineers never reply', 'lazy ass engineers'],
    ],
    negatives: [
      'stupid ass printer jammed again lol, anyway can u check the mail logs?',
      'we are not a lazy ass team, just busy, can u extend the trial?',
      'my janky ass laptop froze, sorry for the late reply',
    ],
  },
  {
    rule: 'en.k.privacy.ur_personal_number',
    category: 'privacy',
    positives: [
      ['i want ur personal number so i can call u whenever', 'ur personal number'],
      ['gimme ur private insta', 'ur private insta'],
      ['whats ur home address', 'ur home address'],
    ],
    negatives: [
      'pls remove ur personal email from the ticket, its visible to our users',
      'we will update ur direct personal number in our crm, thx',
      'did u know ur personal email was leaked in that breach? change it asap',
    ],
  },
];

describeRuleKinds('English ninth-wave (casual) rules', KINDS, alone, 'en');

/** Calm "ur not …" sentences both restrictive rules below must leave alone. */
const UR_NOT_CALM = [
  'ur not hanging up properly, the call drops at the end, is it the app?',
  'ur not going anywhere near the admin console, right? just checking the roles',
  'ur not hanging up right, the call never ends on our side, is it the app?',
];

const GUARDS: GuardTable[] = [
  {
    id: 'en.x.violence.injury_idiom',
    category: 'violence',
    calm: [
      'you better pray I never find out who approved that update, I will end their career',
      'You had better hope I never find out who signed this off, because I will get him fired.',
      'Better pray we never learn who did it, their reputation is done.',
    ],
    kept: [
      'you better pray I never find out where you live',
      'He had better hope we never meet in person.',
      'You will be eating through a straw, your career is the least of it.',
    ],
  },
  {
    id: 'en.x.excessive.just_for_us',
    category: 'excessive',
    calm: [
      'Can we add the domain to the allow list for the whole company, not just for me?',
      'Can the allow list entry apply to the whole company, not only for me?',
      'Could you open the channel to every customer, not just for our team?',
    ],
    kept: [
      'Build a custom connector just for us, we need it by Friday.',
      'I want a private hotline just for me, not the general queue.',
      'Please create a special build just for our company.',
    ],
  },
  {
    id: 'en.violence.confront',
    category: 'violence',
    calm: [
      'I would like to wait for him there and give him something to say thanks.',
      'Can I wait for her outside and hand her a card? She was so kind.',
      'We will wait for him and bring him flowers after the talk.',
    ],
    kept: [
      'I will wait for her outside the building.',
      'I will wait for him there and give him what he deserves.',
      'Tell the engineer I will wait for him at the station.',
    ],
  },
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      'gonna post on twitter how awesome your support was today!',
      'I will post on linkedin how helpful your team was.',
      'gonna post on reddit asking how others set up dmarc',
    ],
    kept: [
      'gonna post on twitter how awful your scam company is',
      'I will post on reddit that you are frauds.',
      'Going to post on every forum that you steal data.',
    ],
  },
  {
    id: 'en.y.kneel_demand.public_apology',
    category: 'kneel_demand',
    calm: [
      'I had to apologise to every one of my customers because of your outage.',
      'We apologised to each of our users personally after the bounce.',
      'I have had to apologize to all of my clients this week.',
    ],
    kept: [
      'You will apologise to every one of my employees in person.',
      'Your engineer must apologize to each member of my staff.',
      'I want a public apology naming the engineer who did this.',
    ],
  },
  {
    id: 'en.y.monetary.refund_acknowledged',
    category: 'monetary',
    calm: [
      'we ordered too many keys, can we send 3 back for a refund? outside the window i know',
      'They are unopened, I know it is past the return period, can we get a refund?',
      'Unopened, i know, but can we send the spare keys back for a refund?',
    ],
    kept: [
      'I know the contract does not cover it, but I want a full refund for the outage.',
      'Even though it is non-refundable, refund the whole year.',
      'I realise we are past the window, still, refund us for the inconvenience.',
    ],
  },
  {
    id: 'en.d.privacy.commute_question',
    category: 'privacy',
    calm: [
      'where does the agent config live on a mac?',
      'Where does your sync agent live after the upgrade, C or D drive?',
      'where does the agent software live? I need to whitelist the folder.',
    ],
    kept: [
      'where does your agent live?',
      'Which station does your engineer use to commute?',
      'Where does the support engineer live these days?',
    ],
  },
  {
    id: 'en.discriminatory.age_gender',
    category: 'discriminatory',
    calm: [
      'our old laptops are too old for the agent, any min specs?',
      'The office PCs are way too old for the new client.',
      'Our phones are probably too old for the app, which iOS do you need?',
    ],
    kept: [
      'your agent is too old for tech, get a young guy',
      'You are too old to understand this.',
      'Get me someone younger, she is too old for this.',
    ],
  },
  {
    id: 'en.insult.profanity_at',
    category: 'insult',
    calm: [
      'stfu is being flagged as profanity in our chat filter, can u allow it?',
      'gtfo keeps getting blocked in our team chat, is that a rule?',
      'gtfo was caught by the filter too, fine by us.',
    ],
    kept: ['stfu and fix it', 'just stfu, you are useless', 'gtfo with your policy'],
  },
  {
    id: 'en.f.unrelated.personal_tech',
    category: 'unrelated',
    calm: [
      'My son’s phone got a phishing mail from our domain, can MailGuard block it?',
      "My daughter's laptop shows the quarantine digest twice, can you check?",
      'My husband’s laptop gets notification emails in quarantine, please check.',
    ],
    kept: [
      "Can you fix my son's iPad? It is locked.",
      "please help recover my daughter's instagram account",
      "my husband's laptop is slow, could you look at it?",
    ],
  },
  {
    id: 'en.d.unrelated.family_account',
    category: 'unrelated',
    calm: [
      'My wife’s iPad got a phishing mail pretending to be us, can MailGuard block the sender?',
      "My wife's phone shows the quarantine digest twice, can you check?",
      'My son’s phone got a phishing mail from our CEO address, can MailGuard block it?',
    ],
    kept: [
      "my mum's phone keeps freezing, can u fix it",
      "Could you unlock my daughter's account? She forgot the password.",
      "need help with my son's xbox, it won't connect",
    ],
  },
  {
    id: 'en.p.defamation.crime_accusation',
    category: 'defamation',
    calm: [
      'We saw a post saying they leaked passwords, is MailGuard affected?',
      'we saw a tweet saying they leaked passwords again, should we rotate ours?',
      'We heard on reddit that they leaked passwords last year, can you confirm MFA is on?',
    ],
    kept: [
      'I will post on reddit that Shirogane secretly sells customer data.',
      'Going to tell everyone online that you leaked our passwords.',
      'Thread going up tonight: your staff read customers emails.',
    ],
  },
  {
    id: 'en.p.restrictive.you_are_not_disconnecting',
    category: 'restrictive',
    calm: UR_NOT_CALM,
    kept: [
      'ur not hanging up on me',
      'You are not going anywhere until this is fixed.',
      'u r not closing this chat',
    ],
  },
  {
    id: 'en.g.restrictive.not_closing',
    category: 'restrictive',
    calm: UR_NOT_CALM,
    kept: [
      'ur not hanging up on me',
      "you're not closing this chat",
      'u r not going anywhere till its fixed',
    ],
  },
  {
    id: 'en.g.kneel_demand.public_apology',
    category: 'kneel_demand',
    calm: [
      'I had to apologise to every one of my customers because of your outage.',
      'I have had to apologize to all of my clients this week.',
      'We apologised to our customers twice already, please fix the bounce.',
    ],
    kept: [
      'You will apologise in front of my whole staff.',
      'Your CEO must say sorry to all of our employees.',
      'Apologise to every one of my clients, in person.',
    ],
  },
];

describeGuardTables('English ninth-wave (casual): narrowed rules', GUARDS, 'en');

describeRuleFile('English ninth-wave (casual) rules: the rule file', RULE_FILE, {
  lang: 'en',
  idPrefix: 'en.k.',
  testedRuleIds: () => KINDS.map((k) => k.rule),
  testedGuardIds: () => [],
  offsets: { engine: alone, text: 'PPL  like   U get a   SLAP.  enjoy UR   unemployment.' },
});
