import { describe, expect, it } from 'vitest';
import { customerConduct } from '../../../src/policy/customer-conduct.js';
import { MASK_CHAR } from '../../../src/policy/normalize.js';

/** The customer's own text, with masked stretches collapsed to one space. */
const own = (text: string, channel?: string): string =>
  customerConduct(text, { channel })
    .replace(new RegExp(`${MASK_CHAR}+`, 'g'), ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();

describe('customerConduct', () => {
  it('keeps offsets: same length, line breaks kept', () => {
    const text = 'Thanks.\n> old reply line\nBye.';
    const masked = customerConduct(text);
    expect(masked.length).toBe(text.length);
    expect(masked.split('\n').length).toBe(3);
  });

  it('blanks ">" quoted reply lines', () => {
    expect(own('Fine, closing it.\n> Please restart the agent, or kill the task.\n>> older')).toBe(
      'Fine, closing it.',
    );
  });

  it('blanks Original Message blocks up to a line of dashes', () => {
    const text =
      'See the complaint below.\n-----Original Message-----\nFrom: someone\nSubject: x\nYou useless lot.\n-----\nMy own question follows.';
    expect(own(text)).toBe('See the complaint below.\nMy own question follows.');
  });

  it('blanks "On … wrote:" and everything below it', () => {
    const text =
      'Works now, thanks!\n\nOn Tue, 4 Jun 2024 at 09:12, Support <help@vendor.example> wrote:\n> Restart it.\nStupid idea anyway';
    expect(own(text)).toBe('Works now, thanks!');
  });

  it('blanks Japanese reply headers and 書きました lines', () => {
    const ja =
      '承知しました。\n\n差出人: サポート窓口\n送信日時: 2024年6月3日\n件名: Re: 障害の件\n\nプロセスを強制終了してください。';
    expect(own(ja)).toBe('承知しました。');
    const ja2 = '了解です。\n2024年6月3日 10:00 山田さんは書きました:\nジョブを中断します。';
    expect(own(ja2)).toBe('了解です。');
  });

  it('blanks forwarded messages', () => {
    expect(own('FYI, phishing?\n\n---------- Forwarded message ---------\nFrom: x\nPay now or die.')).toBe(
      'FYI, phishing?',
    );
    expect(own('ご確認ください。\n-------- 転送メッセージ --------\n支払わなければ公開する')).toBe(
      'ご確認ください。',
    );
  });

  it('blanks log lines, stack traces, shell lines and fenced code', () => {
    const text = [
      'The nightly job died:',
      '2025-01-02 03:04:05 FATAL [worker] killed by signal 9',
      '[ERROR] execute failed, aborting',
      'ERROR [scheduler] terminating child',
      '    at Object.run (/srv/app/index.js:10:5)',
      '$ sudo systemctl kill agent',
      '```',
      'kill -9 1234 # die',
      '```',
      'What should I do?',
    ].join('\n');
    expect(own(text)).toBe('The nightly job died:\nWhat should I do?');
  });

  it('keeps the words of a pasted chat or thread stamped to the minute, blanks its stamps', () => {
    const thread = [
      '[2024-09-18 10:02] Your apology email is unacceptable.',
      '[2024-09-18 10:31] I will keep sending this until he comes to bow to us.',
      '2024-09-18 10:40 - 何度言えばわかるんだ。',
    ].join('\n');
    expect(own(thread)).toBe(
      'Your apology email is unacceptable.\nI will keep sending this until he comes to bow to us.\n何度言えばわかるんだ。',
    );
  });

  it('blanks a chat export of two or more other speakers introduced as a record', () => {
    const mail = [
      'Below is an export of the channel where the attacker posted.',
      '',
      '[2025-06-14 02:11] svc-bot: we own your network.',
      '[2025-06-14 02:12] svc-bot: pay 6 BTC by monday or we burn it all',
      '[2025-06-14 02:40] k.ohara: who is this??',
      '',
      'Can you correlate the audit log with this window?',
    ].join('\n');
    expect(own(mail)).toBe(
      'Below is an export of the channel where the attacker posted.\nCan you correlate the audit log with this window?',
    );
    const ja = [
      '先日、協力会社の現場責任者から以下のメッセージが届きました（書き起こし）。',
      '[6/18 19:22] 協力会社 坂上：おまえんとこの情シス、マジで使えねえな',
      '[6/18 19:40] 弊社 北村：明朝一番で確認いたします。',
      '',
      'このような暴言を検知できますか。',
    ].join('\n');
    expect(own(ja)).toBe(
      '先日、協力会社の現場責任者から以下のメッセージが届きました（書き起こし）。\nこのような暴言を検知できますか。',
    );
  });

  it('keeps a chat export without a lead-in, with one speaker, or with the customer among its speakers', () => {
    const noLead = ['Fix this now.', '[10:01] ito: you are useless', '[10:02] sato: agreed, idiots'].join(
      '\n',
    );
    expect(own(noLead)).toContain('you are useless');
    const oneSpeaker = ['Below is what I sent:', '[10:01] ken: you are useless', '[10:02] ken: idiots'].join(
      '\n',
    );
    expect(own(oneSpeaker)).toContain('idiots');
    const mine = [
      'Below is our chat:',
      '[10:01] Agent: we are checking',
      '[10:02] Me: you are all idiots',
    ].join('\n');
    expect(own(mine)).toContain('you are all idiots');
  });

  it('blanks a quotation on lines of its own whose cue is one sentence further up', () => {
    const mail =
      '教職員に届いた迷惑メールを転送します。何人か不安がっています。\n\n「48時間以内に15万円を支払え」\n\nこの文面を検知できますか。';
    expect(own(mail)).toBe(
      '教職員に届いた迷惑メールを転送します。何人か不安がっています。\nこの文面を検知できますか。',
    );
    // Inside a line, the cue must be in the sentence right before it.
    expect(own('迷惑メールを転送します。何人か不安がっています、「15万円を支払え」と。')).toContain(
      '15万円を支払え',
    );
    // A block quotation without a cue above it stays the customer's.
    expect(own('対応が遅すぎます。もう我慢できません。\n\n「土下座して謝れ」\n\n以上です。')).toContain(
      '土下座して謝れ',
    );
  });

  it('blanks a quotation introduced as forwarded (転送, forwarded) or as a DLP incident', () => {
    expect(own('本人から転送されたものです。\n「もっと写真を送ってくれたら値引きするよ」')).toBe(
      '本人から転送されたものです。',
    );
    expect(
      own('インシデント D-1182：「次にプリン食べたら本気で殺すからね」。社内の冗談です。'),
    ).not.toContain('殺す');
    expect(own('A colleague forwarded this: "pay up or your files are gone"')).not.toContain('pay up');
  });

  it('still blanks log records stamped to the minute or to the second', () => {
    const logs = [
      '[2024-09-18 10:02] ERROR worker killed by signal 9',
      '2024-09-18 10:02 job=sync status=killed',
      '2024-09-18 10:02:07 kill the stale session now',
      '[2024-09-18 10:02] killed',
    ].join('\n');
    expect(own(logs)).toBe('');
  });

  it('keeps prose that merely starts with a word like Warning', () => {
    expect(own('Warning: I am losing patience with this.')).toBe('Warning: I am losing patience with this.');
  });

  it('keeps only the customer lines of a transcript', () => {
    const text =
      'Agent: We will hang up now if you keep shouting.\nCustomer: Fine.\nAgent: Goodbye, idiot-proof steps sent.';
    expect(own(text)).toBe('Fine.');
    const ja =
      'オペレーター：失礼いたします。\nお客様：わかりました。\n担当：ばかにしているわけではございません。';
    expect(own(ja)).toBe('わかりました。');
  });

  it('blanks the agent lines of a transcript excerpt pasted into a mail', () => {
    const mail = [
      'Hello,',
      '',
      'Our domain verification has failed since Monday.',
      'We added the TXT record as the guide says.',
      'Your first agent was no help at all.',
      'The chat transcript is attached. The relevant part:',
      '',
      'Agent: Add the TXT record at the apex.',
      'Me: I did. The verification still fails.',
      'Agent: Maybe you should not be an admin, idiot.',
      '',
      'The record was correct; please look at the verifier.',
      'Regards, Ann',
    ].join('\n');
    const out = own(mail);
    expect(out).not.toContain('idiot');
    expect(out).not.toContain('Add the TXT record');
    expect(out).toContain('I did. The verification still fails.');
    expect(out).toContain('The relevant part:');
    expect(out).toContain('please look at the verifier');
    // The customer's own line in an excerpt stays theirs.
    expect(own('See below.\n\nAgent: Please wait.\nMe: No, you idiot.\nAgent: Okay.\n\nThanks')).toContain(
      'No, you idiot.',
    );
    // Fewer than three labelled lines, or one speaker only: not an excerpt (in a mail long enough
    // not to count as a transcript as a whole).
    const prose = 'Line one.\nLine two.\nLine three.\nLine four.\nLine five.\nLine six.';
    expect(own(`${prose}\nAgent: you idiot\nMe: ok\nMore text.`)).toContain('you idiot');
    expect(own(`${prose}\nAgent: you idiot\nAgent: again\nAgent: and again\nMore.`)).toContain('you idiot');
    const ja = [
      'お世話になっております。',
      '',
      '担当：それは仕様です。',
      'お客様：困ります。',
      '担当：知らねえよ、ばか。',
      '',
      '対応をお願いします。',
    ].join('\n');
    expect(own(ja)).not.toContain('ばか');
    expect(own(ja)).toContain('困ります。');
  });

  it("keeps a short mail's own closing text after a pasted dialogue, past a blank line", () => {
    // Mostly labelled lines: the mail counts as a transcript as a whole, but the customer wrote it.
    const mail =
      'What happened on the phone:\nAgent: We cannot do that.\nMe: Why not?\nAgent: It is our policy, you fool.\n\nYou people are useless.\nFix it.';
    for (const channel of ['email', 'web', 'chat', undefined]) {
      const out = own(mail, channel);
      expect(out).toContain('You people are useless.\nFix it.');
      expect(out).toContain('Why not?');
      expect(out).not.toContain('you fool');
      expect(out).not.toContain('our policy');
    }
    // Without a blank line the agent's turn goes on; in a phone transcript it goes on past one too.
    expect(own('Intro.\nAgent: No.\nMe: Why?\nAgent: Policy.\nAnd you are a fool.', 'email')).not.toContain(
      'fool',
    );
    expect(own('Agent: No.\nCustomer: Why?\nAgent: Policy.\n\nAnd you are a fool.', 'phone_transcript')).toBe(
      'Why?',
    );
    const ja =
      '電話でのやり取りです。\n担当：できません。\nお客様：なぜですか。\n担当：規定です。\n\n本当に使えない会社ですね。';
    expect(own(ja, 'email')).toContain('本当に使えない会社ですね。');
    expect(own(ja, 'email')).not.toContain('規定です');
  });

  it('uses the phone_transcript channel when only agent labels are present', () => {
    expect(own('Operator: You must not threaten me.\nthanks bye', 'phone_transcript')).toBe('');
  });

  it('blanks quoted content introduced as received', () => {
    expect(own('Our shared inbox received this: "Pay or we leak your files." Is this spam?')).toBe(
      'Our shared inbox received this:',
    );
    expect(
      own('昨日、以下のメールが届きました。\n\n「金を払え。さもなくば公開する」\n\n調査をお願いします。'),
    ).toBe('昨日、以下のメールが届きました。\n調査をお願いします。');
  });

  it('blanks keyword lists, search terms, lyrics and titles', () => {
    expect(own('Our filter list: "jerk", "loser", "scum". Can it use regex?')).toContain('Can it use regex?');
    expect(own('Our filter list: "jerk", "loser", "scum". Can it use regex?')).not.toContain('jerk');
    expect(own('検索語は「ゴミ」「クズ」「無能」です。')).not.toContain('ゴミ');
    expect(own('The song "Kill the Lights" got quarantined.')).not.toContain('Kill');
    expect(own('歌詞に「アホみたいに踊ろう」という一節があります。')).not.toContain('アホ');
  });

  it('blanks third-party words given as an example', () => {
    expect(own('A visitor keeps emailing our receptionist. Example: "I will hurt you."')).not.toContain(
      'hurt',
    );
    expect(own('取引先から「覚えてろ」といった内容のメールが来ています。')).not.toContain('覚えてろ');
  });

  it('keeps scare quotes and emphasis that are the customer voice', () => {
    expect(own('Your so-called "experts" are clueless idiots.')).toContain('idiots');
    expect(own('「誠意」を見せろ。')).toBe('「誠意」を見せろ。');
  });

  it('keeps the customer own words after an "I said:" colon', () => {
    expect(own('As I said: you are useless.')).toBe('As I said: you are useless.');
  });
});

describe('customerConduct: more shapes', () => {
  it('keeps the customer text after a bottom-posted `>` quote', () => {
    const text =
      'On Fri, 7 Mar 2025 at 11:00, Help Desk <help@vendor.example> wrote:\n> Try restarting.\n\nRestarted twice, still broken.';
    expect(own(text)).toBe('Restarted twice, still broken.');
  });

  it('blanks a Gmail-style Japanese header with an address and everything below', () => {
    const text =
      '確認しました。\n\n2025年3月7日(金) 11:00 ヘルプデスク <help@vendor.example>:\nジョブを強制終了してください。';
    expect(own(text)).toBe('確認しました。');
  });

  it('blanks inline code, URLs, e-mail addresses and defanged domains', () => {
    expect(
      own('Run `pkill -f agent` as in https://docs.example/kill-switch or ask idiot.box@corp.example'),
    ).toBe('Run as in or ask');
    expect(own('The link goes to stupid-login[.]top now.')).toBe('The link goes to now.');
  });

  it('announced content without a colon: 以下の…届きました。 / the message below', () => {
    expect(
      own('以下のメールが取引先から届きました。\n\nお前の会社を潰してやる\n\n対処方法を教えてください。'),
    ).toBe('以下のメールが取引先から届きました。\n対処方法を教えてください。');
    expect(own('Our CEO received the message below.\n\nYou will regret ignoring us.\n\nIs it spam?')).toBe(
      'Our CEO received the message below.\nIs it spam?',
    );
  });

  it('blocklists and titles given after a colon', () => {
    expect(own('Our blocklist contains: moron, scum, die')).toBe('Our blocklist contains:');
    expect(own('The movie "Kill the Messenger" was blocked.')).not.toContain('Kill');
  });

  it('time-stamped chat transcripts keep only the customer lines', () => {
    const text =
      '[10:02] Agent Sato: Please do not swear.\n[10:03] Customer: Fine.\n[10:04] Agent Sato: Thank you, that is stupid of me.';
    expect(own(text)).toBe('Fine.');
  });

  it('a mail with "Support plan:" lines is not a transcript', () => {
    const text =
      'Users affected: 40\nSupport plan: Premium\nPlease call us back, we are all blocked by this today.\nThanks';
    expect(own(text)).toContain('Please call us back');
  });
});

describe('customerConduct: quote runs', () => {
  it('a cue after the last of adjacent quoted items covers the whole run', () => {
    const masked = own('取引先から「潰すぞ」「覚えてろ」といったメッセージが来ています。');
    expect(masked).not.toContain('潰すぞ');
    expect(masked).not.toContain('覚えてろ');
  });
});

describe('customerConduct: the customer quoting their own words', () => {
  it('keeps quoted words the customer threatens to publish or have passed on', () => {
    expect(own('I will leave a review saying "your staff are clueless crooks" everywhere.')).toContain(
      'crooks',
    );
    expect(own('ネットに「この会社は詐欺だ」と書き込んでやる。')).toContain('詐欺');
    expect(own('Tell your manager this: "I know where the office is and I am coming."')).toContain(
      'I am coming',
    );
  });

  it('still blanks what a third party wrote', () => {
    expect(own('A reviewer wrote: "this company are crooks". Can you help us respond?')).not.toContain(
      'crooks',
    );
  });

  it("blanks what a third party told or threatened someone, but not the customer's own telling", () => {
    expect(
      own('The attacker told our staff "you will regret this" in the phishing mail. Can you block it?'),
    ).not.toContain('regret');
    expect(own('A contractor keeps threatening our intern with "I know where you live".')).not.toContain(
      'where you live',
    );
    expect(own('I told your manager "you will regret this" and I meant it.')).toContain('regret');
    expect(own('We\'ve already told you "fix it or we go public".')).toContain('go public');
  });
});

describe('customerConduct: abbreviations', () => {
  it('an "e.g." before quoted examples does not hide the cue', () => {
    expect(own('Our training slide lists examples, e.g. "I will hurt you", "you clown".')).not.toContain(
      'hurt',
    );
  });
});

describe('customerConduct: named speakers', () => {
  it('recognises "Name (customer):" and 名前（お客様）： labels', () => {
    expect(own('山本（担当）：失礼いたしました。\n田中（お客様）：わかりました。')).toBe('わかりました。');
    expect(own('Ito (agent): Sorry, that was dumb of me.\nSato (customer): No problem.')).toBe('No problem.');
  });
});

describe('customerConduct: example lists after a colon', () => {
  it('blanks what follows "like:" / "such as:"', () => {
    expect(
      own('Old tickets hold abuse like: you clowns, I will find you, etc. Will the import be scanned?'),
    ).toBe('Old tickets hold abuse like:');
  });

  it('keeps what follows "what sincerity looks like:" (the customer\'s own terms), not "what the mail looked like:"', () => {
    const own1 = 'Here is what sincerity looks like: a letter signed by your CEO, delivered by hand.';
    expect(own(own1)).toBe(own1);
    const own2 = 'This is what real accountability would look like: your director on a plane to Osaka.';
    expect(own(own2)).toBe(own2);
    expect(own('This is what the phishing mail looked like: pay me or else.')).toBe(
      'This is what the phishing mail looked like:',
    );
    expect(own('Staff reported threats like: I will find you.')).toBe('Staff reported threats like:');
  });
});

describe('customerConduct: a colon after "reads"', () => {
  it('blanks what a message reads, but keeps the customer addressing whoever reads this', () => {
    expect(own('The phishing mail reads: pay now or else.')).toBe('The phishing mail reads:');
    expect(own('And whoever reads this: I know how to find you.')).toBe(
      'And whoever reads this: I know how to find you.',
    );
    expect(own('To anyone who reads this: fix it today.')).toBe('To anyone who reads this: fix it today.');
  });

  it('keeps what follows "the same contractual terms speech again:" (the customer voice), blanks search terms', () => {
    expect(own('Before your rep starts on the "contractual terms" speech again: he is a liar.')).toBe(
      'Before your rep starts on the "contractual terms" speech again: he is a liar.',
    );
    expect(own('The blocked search terms: kill, bomb.')).toBe('The blocked search terms:');
  });
});

describe('customerConduct: words the customer dictates', () => {
  it('keeps a quotation the customer tells staff to type, say or post', () => {
    const text = 'Type this in the chat: "I am sorry, I am useless." Then we talk.';
    expect(own(text)).toBe(text);
    const post = 'Post exactly this on your homepage: "Our support staff are incompetent."';
    expect(own(post)).toBe(post);
  });

  it('still blanks a quotation the customer received', () => {
    expect(own('The mail we received says: "You are useless, pay now."')).toBe('The mail we received says:');
  });

  it('keeps the customer quoting their own earlier message right before the quote', () => {
    const last = 'My last email said: "We know where your children go to school." I meant it.';
    expect(own(last)).toBe(last);
    const previous = 'Our previous message said "you will regret this", and we stand by it.';
    expect(own(previous)).toBe(previous);
    // Not when another sender's words follow, nor when "my email" is not what says it.
    expect(own('The email said: "We know where your children go to school." Block the sender?')).toBe(
      'The email said:',
    );
    expect(own('I answered my email. The reply said: "I will find you." Please trace it.')).toBe(
      'I answered my email. The reply said:',
    );
  });
});

describe('customerConduct: a title of the customer own post', () => {
  it('keeps the title of a post the customer has written or is writing', () => {
    const thread = 'I have started a thread on the community board: "Their staff are thieves." More to come.';
    expect(own(thread)).toBe(thread);
    const blog = 'Your agents are all going into a blog post called "The People Who Hid a Breach".';
    expect(own(blog)).toBe(blog);
    const review = 'We posted a review titled "Support staff who lie to customers" this morning.';
    expect(own(review)).toBe(review);
  });

  it('still blanks a title someone else wrote or the customer received', () => {
    expect(own('Someone posted a thread called "Their staff are thieves". Can it be taken down?')).toBe(
      'Someone posted a thread called . Can it be taken down?',
    );
    expect(own('We received an email titled "You will die tonight" and forwarded it.')).not.toContain('die');
  });
});

describe('customerConduct: forwarded blocks with no end marker', () => {
  const fwd = (opener: string, after: string): string =>
    `ご確認ください。\n\n${opener}\n件名: アカウント停止のお知らせ\n本日中に認証しない場合、アカウントを停止します。\n\n${after}`;

  it('ends the block at a paragraph reacting to the mail as let through', () => {
    for (const opener of [
      '---------- Forwarded message ----------',
      '-------- 転送メッセージ --------',
      '----- Forwarded Message -----',
    ]) {
      expect(own(fwd(opener, 'こんなバレバレのものも防げないとか、御社の製品は飾りですか。'))).toBe(
        'ご確認ください。\nこんなバレバレのものも防げないとか、御社の製品は飾りですか。',
      );
    }
    expect(
      own(fwd('-------- 転送メッセージ --------', 'この手のメールが素通りです。\n\n対策をお願いします。')),
    ).toBe('ご確認ください。\nこの手のメールが素通りです。\n対策をお願いします。');
    const en =
      'See below.\n\n---------- Forwarded message ---------\nFrom: Billing <x@pay.example>\nSubject: Final notice\nPay now or your account is closed.\n\nThis junk sailed straight through your gateway again. Fix it.';
    expect(own(en)).toBe('See below.\nThis junk sailed straight through your gateway again. Fix it.');
    const how =
      'FYI\n\n----- Forwarded Message -----\nFrom: x\n\nVerify within 12 hours.\n\nHow did something like this get past your filter?';
    expect(own(how)).toBe('FYI\nHow did something like this get past your filter?');
  });

  it('keeps later paragraphs of the forwarded mail masked, threats included', () => {
    const ja =
      '転送します。\n\n-------- 転送メッセージ --------\n差出人: 匿名\n\nお前のPCは乗っ取った。\n\nこんなセキュリティでは何も防げない。払わなければ家族を殺す。\n\nこれが最後の警告だ。';
    expect(own(ja)).toBe('転送します。');
    const en =
      'FYI\n\n---------- Forwarded message ---------\nFrom: x\nSubject: y\n\nI recorded you.\n\nThat is why your antivirus could not detect it. Pay or I will hurt you.\n\nThis is your last chance.';
    expect(own(en)).toBe('FYI');
  });

  it('never takes the body first paragraph for a reaction', () => {
    const text =
      'FYI\n\n-------- 転送メッセージ --------\n差出人: x\n\nこんなものも止められないのか、無能ども。';
    expect(own(text)).toBe('FYI');
  });
});

describe('customerConduct: a 「」 label the customer posts someone under', () => {
  it('keeps the label of a post announced in the customer own voice', () => {
    expect(own('メール障害の「張本人」として、担当者の実名をSNSに投稿します。')).toContain('張本人');
    expect(own('障害メールの件で、担当の山田さんを「詐欺会社の手先」として掲示板に晒してやる。')).toContain(
      '詐欺会社の手先',
    );
  });

  it('still blanks a label or message others posted (passive)', () => {
    expect(own('メールで「詐欺会社」として拡散されています。削除方法を教えてください。')).not.toContain(
      '詐欺会社',
    );
    expect(own('掲示板のメールで「この会社は詐欺だ」と書き込まれていました。')).not.toContain('詐欺だ');
    expect(own('取引先から「お前の会社を潰す」というメールが届きました。')).not.toContain('潰す');
  });
});
