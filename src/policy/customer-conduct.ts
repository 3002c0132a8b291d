/**
 * Reduces a message to the customer's own conduct. Everything that is not
 * (quoted replies, forwarded mail, log and code excerpts, the agent's lines of
 * a transcript, quoted third-party content) is overwritten with MASK_CHAR;
 * line breaks stay, so offsets and line structure are unchanged.
 */
import { MASK_CHAR } from './normalize.js';

export interface ConductOptions {
  channel?: string;
}

interface Line {
  start: number;
  /** End of the line's text, before the line break. */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const end = i > start && text[i - 1] === '\r' ? i - 1 : i;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

class Masker {
  /** Allocated on the first mask (most messages have nothing to mask). */
  private flags: Uint8Array | null = null;
  constructor(private readonly text: string) {}
  mask(a: number, b: number): void {
    if (b <= a) return;
    this.flags ??= new Uint8Array(this.text.length);
    this.flags.fill(1, a, b);
  }
  isMasked(i: number): boolean {
    return this.flags !== null && this.flags[i] === 1;
  }
  result(): string {
    const { text, flags } = this;
    if (flags === null) return text;
    let out = '';
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      if (flags[i] === 1 && text[i] !== '\n' && text[i] !== '\r') {
        if (i > run) out += text.slice(run, i);
        out += MASK_CHAR;
        run = i + 1;
      }
    }
    return out + text.slice(run);
  }
}

/**
 * One alternation per flag set that tests true exactly when one of `res`
 * does (a line pays one regex call instead of one per pattern). The patterns
 * may hold no backreferences (their group numbers would shift).
 */
function anyOf(res: readonly RegExp[]): RegExp[] {
  for (const re of res)
    if (/\\(?:[1-9]|k<)/.test(re.source) || re.global || re.sticky) throw new Error(`anyOf: ${re}`);
  return [...new Set(res.map((re) => re.flags))].map(
    (flags) =>
      new RegExp(
        res
          .filter((re) => re.flags === flags)
          .map((re) => `(?:${re.source})`)
          .join('|'),
        flags,
      ),
  );
}

// ---------------------------------------------------------- reply blocks ---

const QUOTED_LINE = /^\s*(?:>|＞|\|(?!\|))/;

/** Lines that open a quoted or forwarded block running to its end marker or the end of the text. */
const BLOCK_OPENERS: RegExp[] = [
  /^\s*-{2,}\s*(?:original message|urspr[üu]ngliche nachricht|元のメッセージ)\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*forwarded message\s*-{2,}\s*$/i,
  /^\s*-*\s*(?:begin forwarded message|forwarded message)\s*:?\s*-*\s*$/i,
  /^\s*[-=_]*\s*(?:転送メッセージ|転送されたメッセージ|転送メール|転送済みメッセージ|元のメッセージ)\s*[-=_:：]*\s*$/,
  /^\s*-{2,}\s*(?:reply message|返信メッセージ|元のメール|original e-?mail)\s*-{2,}\s*$/i,
  /^\s*on\s.{3,200}\bwrote\s*:\s*$/i,
  /^.{1,120}(?:さんは|様は|氏は|が)?書きました\s*[:：]\s*$/,
  /^.{0,200}\bwrote\s*:\s*$/i,
  // Gmail-style "2024年6月3日(月) 10:00 Name <x@example.com>:" and "Name <x@y> wrote on …:"
  /^.{0,120}<[^<>\s@]+@[^<>\s]+>\s*(?:.{0,40})?[:：]\s*$/,
];
const BLOCK_OPENERS_ANY = anyOf(BLOCK_OPENERS);
/** Openers after which the quoted text is `>`-prefixed (Gmail/Apple style): only the `>` lines are quoted. */
const INLINE_OPENER = /(?:wrote|書きました|<[^<>\s@]+@[^<>\s]+>.{0,40})\s*[:：]\s*$/i;
const HEADER_LINE =
  /^\s*(?:from|sent|to|cc|date|subject|差出人|送信者|送信日時|日時|宛先|件名|cc|送信元)\s*[:：]/i;
const HEADER_OPENER = /^\s*(?:from|差出人|送信者|送信元)\s*[:：]/i;
/** A line of only dashes/underscores/equals closes a quoted block (as customers often do). */
const BLOCK_CLOSER =
  /^\s*(?:[-=_]{3,}|-{2,}\s*(?:end of (?:forwarded|original) message|転送メッセージ(?:ここまで|終わり))\s*-*)\s*$/i;

/** Every BLOCK_OPENERS match holds one of these (same case rules). */
const MAY_HAVE_BLOCK_OPENER = /wrote|message|nachricht|original e|@|転送|元のメ|返信メッセージ|書きました/i;

function maskReplyBlocks(text: string, lines: Line[], m: Masker): void {
  const openers = MAY_HAVE_BLOCK_OPENER.test(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let opens = openers && BLOCK_OPENERS_ANY.some((re) => re.test(line.text));
    if (!opens && HEADER_OPENER.test(line.text)) {
      // A From:/差出人: line opens a header block when another header line follows.
      const next = lines.slice(i + 1, i + 4).filter((l) => HEADER_LINE.test(l.text)).length;
      opens = next >= 1;
    }
    if (!opens) continue;
    // "On Mon, 3 Jun 2024 at 10:00, Someone <x@y>\nwrote:" spans two lines.
    const prev = lines[i - 1];
    const from = /^\s*wrote\s*:\s*$/i.test(line.text) && prev ? prev.start : line.start;
    if (INLINE_OPENER.test(line.text)) {
      let k = i + 1;
      while (k < lines.length && lines[k]!.text.trim() === '') k++;
      if (k < lines.length && QUOTED_LINE.test(lines[k]!.text)) {
        // Bottom-posting: the `>` lines are masked on their own; what follows them is the customer's again.
        m.mask(from, line.end);
        continue;
      }
    }
    let j = i + 1;
    // Whether a line of the quoted mail's body (not its header) has been passed.
    let body = false;
    let reaction = false;
    for (; j < lines.length && !BLOCK_CLOSER.test(lines[j]!.text); j++) {
      const t = lines[j]!.text;
      if (t.trim() === '') continue;
      if (body && lines[j - 1]!.text.trim() === '' && isReaction(t)) {
        reaction = true;
        break;
      }
      if (!HEADER_LINE.test(t)) body = true;
    }
    if (reaction) {
      // The block ends before the customer's reaction; scanning resumes there.
      m.mask(from, lines[j - 1]!.end);
      i = j - 1;
      continue;
    }
    const last = lines[Math.min(j, lines.length - 1)]!;
    m.mask(from, last.end);
    i = j;
  }
}

/**
 * Where a quoted or forwarded block with no end marker stops. Gmail and most
 * mailers write none, and a forwarded mail may have several paragraphs, so a
 * blank line alone cannot end it (a threat in the second paragraph of a
 * forwarded extortion mail must stay masked). A later paragraph is the
 * customer's only when it opens by reacting to the forwarded mail as
 * something the filter let through: the mail pointed back at with an
 * evaluative demonstrative, then not stopped (こんなものも止められない,
 * この手のメールが素通り, "This junk slipped through", "How did this get
 * past your filter"). A mail does not comment on its own delivery so; an
 * attacker's boast (こんなセキュリティでは防げない, "your antivirus
 * couldn't detect it") has neither shape. Never the body's first paragraph
 * (see maskReplyBlocks).
 */
const JA_REACTION =
  /^\s*(?:こんな|こういう|このような|この手の|この程度の?|これ(?:くらい|ぐらい|しき|程度)の?)[^。！？!?\n]{0,20}?(?:の|もの|物|メール|フィッシング|詐欺|スパム|やつ|奴|レベル)(?:すら|さえ|も|が|を)[^。！？!?\n]{0,12}?(?:(?:止め|防げ|防ぎ|弾け|弾き|見抜け|見破れ|検知でき|ブロックでき|隔離でき|気づけ|気付け)(?:られ)?(?:ない|なかった|ず|ません)|すり抜け|素通り|通して|通す|通っ)/;
const EN_REACTION =
  /^\s*(?:and\s+|so\s+)?(?:(?:this|that|these|such)(?:\s+[\w-]+){0,3}?\s+(?:junk|garbage|crap|rubbish|trash|phishing|phish|scam|spam|mail|e-?mail|message|one|thing|stuff|nonsense|fake)|this|that|something like (?:this|that)|stuff like (?:this|that))\s+(?:(?:just|simply|actually|somehow|still|all)\s+)?(?:slipped|sailed|walked|waltzed|got|went|came|made it)\s+(?:right\s+|straight\s+)?(?:through|past)\b|^\s*(?:and\s+|so\s+)?(?:how|why)\s+(?:did|does|could|can|would)\s+(?:this|that|something like (?:this|that)|(?:such|this|that)(?:\s+[\w-]+){1,2}?)\s+(?:(?:just|simply|still|even)\s+)?(?:get|slip|go|make it|come)\s+(?:right\s+|straight\s+)?(?:through|past)\b/i;

/** Whether a paragraph's first line opens with the customer's reaction (see JA_REACTION). */
function isReaction(line: string): boolean {
  return JA_REACTION.test(line) || EN_REACTION.test(line);
}

// ------------------------------------------------- ">" quoted reply lines ---

/**
 * `/(?:^|\n)\s*[>＞|]/.test(text)` without the regex: from each line start,
 * past white space (line breaks included), is the next character > ＞ or |?
 */
export function hasQuotedLine(text: string): boolean {
  const n = text.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return false;
    const c = text.charCodeAt(i);
    if (c === 0x3e || c === 0xff1e || c === 0x7c) return true;
    const nl = text.indexOf('\n', i);
    if (nl < 0) return false;
    i = nl + 1;
  }
}

function maskQuotedLines(lines: Line[], m: Masker): void {
  for (const line of lines) if (QUOTED_LINE.test(line.text)) m.mask(line.start, line.end);
}

// ------------------------------------------------------ logs, code, shell ---

/** Log levels as a record writes them: upper case, or lower case in brackets (`[warn]`). */
const LEVEL = 'FATAL|ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|CRITICAL|CRIT|SEVERE|NOTICE|PANIC';
const BRACKETED_LEVEL =
  '[[(<](?:fatal|error|err|warn|warning|info|debug|trace|critical|crit|severe|notice)[\\])>]';

const LOG_LINE: RegExp[] = [
  // Timestamped log lines: 2024-06-11 02:14:07 …, [2024-06-11T02:14:07Z] …
  /^\s*[[(]?\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{1,2}:\d{2}/,
  /^\s*[[(]?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?[\])]?\s/,
  /^\s*(?:\w{3}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2})\s/,
  // Level-prefixed lines: [ERROR] …, FATAL: …, E0611 …
  new RegExp(`^\\s*(?:${LEVEL})\\s*[:\\-|]?\\s+[[\\w]`),
  new RegExp(`^\\s*${BRACKETED_LEVEL}`, 'i'),
  // Stack traces and tracebacks.
  /^\s+at\s+[\w$.<>[\]]+\s*\(/,
  /^\s+at\s+[\w$.<>/\\:]+:\d+/,
  /^\s*traceback \(most recent call last\)/i,
  /^\s*file ".*", line \d+/i,
  /^\s*(?:exception in thread|caused by:|\w+(?:\.\w+)+(?:exception|error):)/i,
  // Shell prompts and common commands at the start of a line.
  /^\s*(?:\$|#|%|PS [A-Z]:\\[^>]*>|[\w.-]+@[\w.-]+:[^$#\s]*[$#])\s+\S/,
  /^\s*(?:sudo|systemctl|journalctl|kubectl|docker|ps\s+-?aux|grep|curl|wget|ssh|scp|tail|cat|ls|cd|chmod|chown|netstat|ss\s+-|pkill|killall|npm|git|powershell|Get-\w+|Set-\w+)\b/,
  // A JSON record on a line of its own (a webhook payload, a log event): {"rule":"…","matched_term":"…"}.
  /^\s*\{\s*"[^"\n]{1,40}"\s*:\s*["\d[{tfn-].*\}\s*,?\s*$/,
];

const LOG_LINE_ANY = anyOf(LOG_LINE);

/**
 * A dated line stamped to the minute (no seconds), the way chat exports and
 * pasted threads are ("[2024-09-18 10:02] I want …"): the stamp, when what
 * follows is prose rather than a log record.
 */
const CHAT_STAMP =
  /^\s*[[(]?\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{1,2}:\d{2}(?![:.]?\d)[\])]?\s*(?:[-–—|]\s*)?(?=\S)/;
/** What a log record holds and prose does not: an upper-case level, key=value, code punctuation, hex. */
const LOG_MARK = new RegExp(
  `\\b(?:${LEVEL})\\b|[={}<>]|::|\\b0x[0-9a-fA-F]+\\b|\\b(?:pid|uid|errno|exit code)\\b|${BRACKETED_LEVEL}`,
);
/** Two words of prose: Latin words with a space between, or Japanese. */
const PROSE = /\p{L}{2,}\s+\p{L}{2,}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,}/u;

/** The length of a chat line's stamp (see CHAT_STAMP), or 0 when the line is not one. */
function chatStampLength(line: string): number {
  const stamp = CHAT_STAMP.exec(line);
  if (!stamp) return 0;
  const rest = line.slice(stamp[0].length);
  return !LOG_MARK.test(rest) && PROSE.test(rest) ? stamp[0].length : 0;
}

function maskLogsAndCode(text: string, lines: Line[], m: Masker): void {
  let inFence = false;
  let fenceStart = 0;
  // A fence needs ``` or ~~~, inline code a backtick.
  const ticks = text.includes('`');
  const fences = ticks || text.includes('~~~');
  for (const line of lines) {
    if (fences && /^\s*(?:```|~~~)/.test(line.text)) {
      if (inFence) {
        m.mask(fenceStart, line.end);
        inFence = false;
      } else {
        inFence = true;
        fenceStart = line.start;
      }
      continue;
    }
    if (inFence) continue;
    if (LOG_LINE_ANY.some((re) => re.test(line.text)) && !hasSpeakerLabel(line.text)) {
      // A pasted chat or thread line keeps its words; only its stamp is not conduct.
      const stamp = chatStampLength(line.text);
      m.mask(line.start, stamp > 0 ? line.start + stamp : line.end);
    }
    // Inline code: `kill -9 1234`.
    if (!ticks) continue;
    for (const c of line.text.matchAll(/`[^`\n]{1,200}`/g))
      m.mask(line.start + c.index, line.start + c.index + c[0].length);
  }
  if (inFence) m.mask(fenceStart, lines[lines.length - 1]!.end);
}

// ------------------------------------------------------------ transcripts ---

/** An optional time stamp before a speaker label: "[10:02]", "10:02:13", "(2024-06-01 10:02)". */
const STAMP = String.raw`\s*(?:[\[(]?(?:\d{4}[-/]\d{2}[-/]\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?[\[【]?`;
const LABEL_END = String.raw`(?:\s*(?:\([^)]{1,30}\)|（[^）]{1,30}）)|\s+[\p{L}.\-]{1,20})?[\]】]?\s*[:：]`;
const CUSTOMER_LABEL = new RegExp(
  `^${STAMP}(?:customer|caller|client|user|requester|end user|me|お客様|お客さま|顧客|客|発信者|相談者|ユーザー|利用者|ご相談者)${LABEL_END}`,
  'iu',
);
const AGENT_LABEL = new RegExp(
  `^${STAMP}(?:agent|operator|support|rep|representative|staff|cs|advisor|engineer|assistant|担当者?|オペレーター|オペレータ|オペ|サポート|受付|スタッフ|係員|弊社|当社|当方|窓口|エンジニア|応対者)${LABEL_END}`,
  'iu',
);
/** "Ito (agent):", "山本（担当）：" and similar. */
const AGENT_NAMED = new RegExp(
  String.raw`^${STAMP}[\p{L}.\- ]{1,30}\s*(?:\((?:agent|support|operator)\)|（(?:担当|オペレーター|サポート)）)\s*[:：]`,
  'iu',
);
/** "Sato (customer):", "田中（お客様）：". */
const CUSTOMER_NAMED = new RegExp(
  String.raw`^${STAMP}[\p{L}.\- ]{1,30}\s*(?:\((?:customer|caller|client)\)|（(?:お客様|お客さま|顧客|相談者)）)\s*[:：]`,
  'iu',
);
// Every label ends with a colon: a line without one has none.
const hasColon = (text: string): boolean => text.includes(':') || text.includes('：');
const isCustomerLine = (text: string): RegExpExecArray | null =>
  hasColon(text) ? (CUSTOMER_LABEL.exec(text) ?? CUSTOMER_NAMED.exec(text)) : null;
const isAgentLine = (text: string): boolean =>
  hasColon(text) && (AGENT_LABEL.test(text) || AGENT_NAMED.test(text));

/** Whether a line starts with a speaker label (such lines are never log lines). */
export function hasSpeakerLabel(text: string): boolean {
  return isCustomerLine(text) !== null || isAgentLine(text);
}

function maskTranscript(lines: Line[], m: Masker, channel: string | undefined): void {
  let customer = 0;
  let agent = 0;
  for (const l of lines) {
    if (isCustomerLine(l.text)) customer++;
    else if (isAgentLine(l.text)) agent++;
  }
  const nonEmpty = lines.filter((l) => l.text.trim() !== '').length;
  // Outside phone transcripts, labelled lines must dominate, so "Support plan: Premium" in a mail is not a dialogue.
  const isTranscript =
    channel === 'phone_transcript'
      ? agent >= 1
      : customer >= 1 && agent >= 1 && (customer + agent) * 5 >= nonEmpty * 2;
  if (!isTranscript) {
    if (channel !== 'phone_transcript') maskTranscriptExcerpts(lines, m);
    return;
  }
  // In a mail, a chat or a web form the customer wrote the whole message: after the last labelled
  // line, a blank line ends the dialogue, and what follows is the customer's own closing text
  // ("… / Agent: It is our policy. / (blank) / You people are useless."), not the agent's turn
  // going on. A phone transcript has no such author: there it stays the last speaker's.
  let lastLabelled = -1;
  if (channel !== 'phone_transcript')
    for (let k = lines.length - 1; k >= 0 && lastLabelled < 0; k--)
      if (hasSpeakerLabel(lines[k]!.text)) lastLabelled = k;
  let speaker: 'customer' | 'agent' | null = null;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const label = isCustomerLine(l.text);
    if (label) speaker = 'customer';
    else if (isAgentLine(l.text)) speaker = 'agent';
    else if (lastLabelled >= 0 && k > lastLabelled && l.text.trim() === '') speaker = null;
    // A continuation line belongs to the last speaker.
    if (speaker === 'agent') m.mask(l.start, l.end);
    // The label itself is not conduct.
    else if (label) m.mask(l.start, l.start + label[0].length);
  }
}

/** Labelled lines an excerpt needs, with both speakers among them (see maskTranscriptExcerpts). */
const MIN_EXCERPT_LABELS = 3;

/**
 * A transcript excerpt pasted into a mail ("The relevant part: / Agent: … /
 * Me: … / Agent: …"), in a message that is not a transcript as a whole:
 * within a run of consecutive labelled lines (blank lines between them
 * allowed) with at least MIN_EXCERPT_LABELS labels and both speakers, the
 * agent's lines are not the customer's conduct, and the labels are not
 * either. An agent's insult quoted to report it is then not the customer's.
 */
function maskTranscriptExcerpts(lines: Line[], m: Masker): void {
  let i = 0;
  while (i < lines.length) {
    if (!hasSpeakerLabel(lines[i]!.text)) {
      i++;
      continue;
    }
    // The run: labelled lines, and blank lines followed by another labelled line.
    const run: Line[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j]!;
      if (hasSpeakerLabel(l.text)) run.push(l);
      else if (l.text.trim() !== '') break;
      j++;
    }
    let customer = 0;
    let agent = 0;
    for (const l of run) {
      if (isCustomerLine(l.text)) customer++;
      else agent++;
    }
    if (customer >= 1 && agent >= 1 && customer + agent >= MIN_EXCERPT_LABELS) {
      for (const l of run) {
        const label = isCustomerLine(l.text);
        if (label) m.mask(l.start, l.start + label[0].length);
        else m.mask(l.start, l.end);
      }
    }
    i = j;
  }
}

// ----------------------------------------------------------- chat exports ---

/** A stamped chat line with a speaker: "[2025-06-14 02:11] svc-buildbot: …", "[6/18 19:22] 協力会社 坂上：…". */
const CHAT_EXPORT_LINE =
  /^\s*[[【(]\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*[\])】]\s*([^:：\n[\]]{1,30}?)\s*[:：]\s*\S|^\s*[[【(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])】]\s*([^:：\n[\]]{1,30}?)\s*[:：]\s*\S/u;
/** The customer's framing before an export says what follows is someone else's (or a record of it). */
const EXPORT_LEADIN =
  /below|following|export|transcri|screenshot|pasted|copied|log of|received|sent (?:us|me|to)|posted|以下|下記|書き起こし|抜粋|転記|スクリーンショット|スクショ|届きました|届いた|送られ|投稿され|エクスポート|ログ/i;
/** Runs of stamped chat lines need this many lines. */
const MIN_EXPORT_LINES = 2;

/**
 * A chat export pasted into a message to report it ("Below is an export of
 * the channel where the attacker posted: / [2025-06-14 02:11] svc-buildbot:
 * pay 6 BTC by monday …"): a run of stamped lines with a speaker each, two
 * speakers or more and none of them the customer's own label (Me:,
 * Customer:, お客様：), introduced by the customer's own words a few lines
 * above, is a record of other people's words, not the customer's conduct.
 * Without the lead-in, or with the customer's label in the run, the lines
 * stay (a customer pasting their own chat keeps its words; see CHAT_STAMP).
 */
function maskChatExports(lines: Line[], m: Masker): void {
  let i = 0;
  while (i < lines.length) {
    if (!CHAT_EXPORT_LINE.test(lines[i]!.text)) {
      i++;
      continue;
    }
    const run: Line[] = [];
    const speakers = new Set<string>();
    let own = false;
    let j = i;
    while (j < lines.length) {
      const l = lines[j]!;
      const c = CHAT_EXPORT_LINE.exec(l.text);
      if (c) {
        run.push(l);
        speakers.add((c[1] ?? c[2] ?? '').trim().toLowerCase());
        if (isCustomerLine(l.text.replace(/^\s*[[【(][^\])】]*[\])】]\s*/, ''))) own = true;
      } else if (l.text.trim() !== '') break;
      j++;
    }
    // The customer's own words just above the run (up to three non-blank lines).
    let leadIn = false;
    for (let k = i - 1, seen = 0; k >= 0 && seen < 3; k--) {
      if (lines[k]!.text.trim() === '') continue;
      seen++;
      if (EXPORT_LEADIN.test(lines[k]!.text)) leadIn = true;
    }
    if (run.length >= MIN_EXPORT_LINES && speakers.size >= 2 && !own && leadIn)
      for (const l of run) m.mask(l.start, l.end);
    i = j;
  }
}

// ------------------------------------------------ quoted third-party text ---

/**
 * Cues that what follows (or what is quoted) is something the customer
 * received, found or configured — a phishing mail, an extortion note, a
 * third party's words, a keyword list, search terms, lyrics or titles.
 */
const EN_CUE =
  /\be\.g\.|\bi\.e\.|\b(?:received|receiving|receive|translat(?:es|ed|ion|ions|ing)|renders?(?: (?:it|this|that))? as|rendered(?: (?:it|this|that))? as|got (?:this|these|an?|the following)|(?:was|were) sent|sent (?:us|me|to (?:us|me|our|my))|forwarded|forwarding|says|said|reads|read as follows|stated|states|wrote|writes|writing|example|examples?|for example|for instance|such as|phrases?|words?|keywords?|key words?|terms?|strings?|expressions?|wording|lyrics?|titles?|titled|entitled|called|named|campaign|songs?|playlist|album|band|movie|film|game|book|show|series|slogan|subject(?: line)?|list (?:was|is|includes?|contains?)|includes?|including|containing|contains|like|quote|quoted|message|email|e-mail|mail|text|note|popup|pop-up|banner|sms|post(?:ed)?|comment|review|tweet|search(?:ing)? for|flagged|blocked|quarantined|fake|simulated|spoofed|templates?|lures?)\b/i;
const JA_CUE =
  /(?:届|受信|受け取|送られ|送りつけ|送信され|転送|インシデント|一例|例えば|たとえば|例[:：]|キーワード|語句|単語|文言|フレーズ|表現|歌詞|曲名|曲|タイトル|映画|ゲーム|作品|書籍|番組|件名|本文|内容|メール|メッセージ|書き込み|投稿|コメント|レビュー|ツイート|と書かれ|と言われ|検索|検知|ブロック|隔離|ポップアップ|画面|表示)/;
/**
 * Someone else's words reported before a quotation: "The attacker told our
 * staff '…'", "a contractor yelled at her: '…'", "keeps telling our finance
 * team '…'" (2026-12-03 probes). Not the customer's own telling ("I told
 * you '…'", "we're telling you '…'"), which stays their conduct.
 */
const EN_REPORTED_SPEECH =
  /(?<!\b(?:i|we)(?:['’](?:ve|m|re|d)|\s+(?:have|had|am|are|was|were|would|just|already|also|even|once|then|keep|kept))?\s+(?:\w+\s+)?)\b(?:told|tells|telling|threatened|threatening|threatens|yelled|yelling|shouted|shouting|screamed|screaming)\b/i;
/** Cues right after a closing quote: 「…」という内容, 「…」といった語句, "…" was the message. */
const JA_AFTER_CUE =
  /^\s*(?:という|といった|などの|等の|など|とのこと|との(?:内容|メール|文言|メッセージ)|と(?:書|言|表示|記載)|が届|を受信|のよう|みたいな|like|(?:の|は|が|を|も)\s*(?:英訳|和訳|翻訳|訳語|読み替え|表記|綴り|スペル|未登録|登録さ|辞書|誤検知|検知さ|検出さ|言い換え|文字化け))/;
const EN_AFTER_CUE =
  /^\s*[,.]?\s*(?:was|were|is) (?:the|what|in the)\b|^\s*(?:etc|and so on)\b|^\s*(?:->|=>|→)\s*(?:quarantin|block|deliver|flag|pass|fail|caught|allow|detect|not detected|miss|ok|✓|✗)/i;

/**
 * The customer announcing their own words ("I'll post a review saying "…"",
 * 「…」と書き込んでやる, "tell your boss: …"), quoting their own earlier
 * message right before it ("My last email said: …"), or naming a post of
 * their own ("I've started a thread on the forum: …", "going into a blog
 * post called …"): quoted, but the customer's conduct.
 */
const EN_OWN_VOICE =
  /\b(?:my|our) (?:(?:last|previous|earlier|first|second|own|original|other) )?(?:e-?mail|message|letter|note|text|post|voicemail|reply|tweet|comment)s? (?:said|says|stated|read|reads)\s*[:,]?\s*$|\b(?:(?:i|we)(?:['’]ve| have| had)? (?:just |already |now )?(?:wrote|written|posted|published|put up|uploaded|drafted|started|created|made|launched|opened|set up)|(?:going|go|goes|put|putting) (?:in|into|on)) (?:a|an|my|our) (?:[\w-]+ ){0,2}?(?:blog(?: post)?|post|review|article|thread|video|tweet|petition|page|site|website|campaign|story|write-?up|listing)s?\b[^.!?"“]{0,40}$|\b(?:i|we)(?:['’]ll| will| shall|['’]m going to| am going to|['’]re going to| are going to|['’]m gonna| am gonna)\b|\bgonna\b|\blet me\b|\b(?:tell|warn|remind) (?:your|him|her|them|the|that)\b|\bpass (?:this|it|that) (?:on|along)\b|\b(?:message|note|word) (?:for|to) (?:your|the|him|her)\b|\b(?:type|write|say|post|publish|read out|sign|print|repeat)\b[^.!?:"“]{0,30}\b(?:this|these words|exactly|the following|word for word|verbatim)\b/i;
/**
 * After the closing quote: 「…」と書き込んでやる, or a label the customer
 * posts someone under (「責任者」として…Xに投稿します, 「詐欺会社」として晒す).
 * A passive verb (「…」と書き込まれていた, として晒されている) is what others
 * did: that quotation stays reported content. 「…」と言っておきますね / って話しといた
 * (ja-demand-b, t66): words the customer will say or has said to others.
 */
const JA_OWN_VOICE =
  /^\s*(?:(?:と|って)[、,]?(?:言っ(?:て|と)|話し(?:て|と))(?:おき|おく|おいた|おこう|おいて|やる|やろう|あげ|回)|(?:と|って)[^。\n]{0,12}(?:伝え|書き込|書いてやる|書くぞ|書くから|投稿(?:する|して|しま)|拡散|晒|言いふら|広め|ばらま|レビュー|口コミ|ばらす)|として[^。\n]{0,30}?(?:晒|さら|投稿|公開|拡散|載せ|書き込|ばらま|言いふら|触れ回))(?![^。\n]{0,2}(?:され|られ|まれ|かれ|れて|れま|れた|れる))/;

/** Strong cues that make the rest of a line after a colon third-party content. */
const EN_COLON_CUE =
  /(?:\be\.g\.|\b(?:received|receiving|(?:we|i|they|he|she|user|users|staff|team) got|got (?:this|these|an?|the following)|(?:was|were) sent|sent (?:us|me|to (?:us|me|our \w+|my \w+))|says|(?<!\b(?:i|we) )(?:said|wrote|writes|posted|texted)|(?<!\b(?:whoever|who|anyone|everyone|everybody|whomever) )reads(?! (?:this|these|that|it|my|our)\b)|example|examples|examples?|for example|for instance|keywords?|key words?|words|(?<!\b(?:contractual|contract|legal|payment|licen[cs]e|service|same|usual|standard) )terms|phrases|(?:blocked|flagged|filtered|banned|quarantined|forbidden|prohibited)|search terms|queries|lyrics|titles?|playlist|tracklist|\w*lists? (?:was|is|are|includes?|contains?|has)|(?:block|deny|black|stop|bad ?word|word|keyword)\s*lists?|(?:excerpt|transcript|text|content|body|wording) of (?:the|their|his|her|an?) \w+|(?:an?|the|this|that) (?:short |brief |relevant )?(?:excerpt|extract|snippet))\b)[^:]{0,60}$/i;
/**
 * "Here is what sincerity looks like: …": the customer's own demands follow
 * the colon, not an example list (EXAMPLE_COLON would take the "like").
 * Only abstract nouns of redress: "what the phishing mail looked like:" still
 * announces reported content.
 */
const EN_OWN_TERMS_COLON =
  /\bwhat (?:(?:real|true|genuine|proper|actual) )?(?:sincerity|accountability|an apology|a proper apology|apologies|good faith|goodwill|compensation|respect|responsibility|making (?:this|it|things) right|taking responsibility|(?:customer )?service|support|an? (?:fair|reasonable|acceptable) (?:offer|settlement|resolution))(?: from (?:you|your \w+))? (?:looks|would look|should look|sounds|means) like\s*$/i;
/** "… abuse like: …", "phrases such as: …", "例：…" — an example list follows the colon. */
const EXAMPLE_COLON = /(?:\b(?:such as|like|including|e\.g)|例|など)\s*(?:[（(][^）)\n]{0,40}[）)])?\s*$/i;
/** Cues for a parenthesised mention: （ﾊﾞｶ）の表記, (e.g. f*ck). */
const PAREN_CUE =
  /(?:表記|検知|キーワード|語句|単語|文言|\b(?:keywords?|terms?|spelled|spellings?|written as|variants?|examples?|for example|such as)\b)/i;
const JA_COLON_CUE =
  /(?:届きました|届いた|届いて|受信し|受け取|送られて|送りつけ|書き込まれ|投稿され|一例|例えば|たとえば|キーワード|語句|単語|文言|歌詞|曲名|タイトル|以下のメール|次のメール|以下のメッセージ|次のメッセージ|以下の内容|次の内容|以下のような|次のような|本文|抜粋|原文|元の文|元の文章|変換前|変換後|出力後|出力前|入力例|出力例|検索語|検索ワード|禁止語|ngワード|NGワード)[^:：]{0,30}$/;
/** A lead-in sentence without a colon that announces reported content on the next lines. */
const EN_LEADIN =
  /\b(?:below|following)\b.{0,80}\b(?:received|got|was sent|were sent|sent to|arrived|email|e-mail|message|note|text|lyrics|list)\b|\b(?:received|got)\b.{0,60}\b(?:below|following)\b|\b(?:sent|wrote|posted|left|forwarded)\b.{0,40}\b(?:message|e-?mail|mail|note|text|letter|post|comment|voicemail)s? below\b/i;
const JA_LEADIN =
  /(?:以下|下記|次)(?:の|に|は)?.{0,30}(?:届|受信|受け取|送られ|本文|内容|原文|抜粋|メール|メッセージ|書き込み|投稿|歌詞)|(?:以下|下記)(?:の|に|は)?(?:ような)?.{0,20}(?:意見|声|回答|感想|コメント|アンケート)(?:が|を)?.{0,12}(?:寄せられ|届|集ま|いただ|頂)/;

const PAIRS: Record<string, string> = {
  '"': '"',
  '“': '”',
  '「': '」',
  '『': '』',
  '‘': '’',
  '«': '»',
  '„': '“',
  '（': '）',
  '(': ')',
};

interface Quote {
  open: number;
  close: number; // index of the closing quote char
  paren: boolean;
}

const OPENERS = /["“「『‘«„（(]/g;

function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const nextCloser = new Map<string, number>();
  OPENERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENERS.exec(text)) !== null) {
    const i = m.index;
    const ch = m[0];
    const closer = PAIRS[ch]!;
    // Next closer after i, cached per closer (indexOf for every opener would be quadratic).
    let next = nextCloser.get(closer);
    if (next === undefined || (next >= 0 && next <= i)) {
      next = text.indexOf(closer, i + 1);
      nextCloser.set(closer, next);
    }
    if (next < 0 || next - i > 1500) continue;
    // The quote may not cross a blank line and is bounded in length.
    let depth = 0;
    let found = -1;
    const limit = Math.min(text.length, i + 1500);
    for (let j = i + 1; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 10 && text.charCodeAt(j + 1) === 10 && closer !== '」' && closer !== '』') break;
      if (c === ch.charCodeAt(0) && ch !== closer) depth++;
      else if (c === closer.charCodeAt(0)) {
        if (depth === 0) {
          found = j;
          break;
        }
        depth--;
      }
    }
    if (found < 0 || found === i + 1) continue;
    const paren = ch === '(' || ch === '（';
    quotes.push({ open: i, close: found, paren });
    // A quotation inside parentheses is a quotation too: (subject: "…").
    OPENERS.lastIndex = paren ? i + 1 : found + 1;
  }
  return quotes;
}

/** A full stop that ends an abbreviation, not a sentence: e.g. i.e. etc. Mr. No. */
const ABBREVIATION = /(?:\be\.g|\bi\.e|\betc|\bvs|\bmrs?|\bms|\bdr|\bno|\bcf|(?<![\p{L}\p{N}])\p{L})\.$/iu;

/** The sentence (or clause) of `text` that ends at `pos`, looking back at most one line. */
const isStop = (c: string): boolean =>
  c === '.' || c === '!' || c === '?' || c === '。' || c === '！' || c === '？';

/** What `/\s/` matches (white space and line terminators), for one code unit. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function leadIn(text: string, pos: number): string {
  let a = pos;
  let newlines = 0;
  // Whether a non-space character lies between a and pos.
  let content = false;
  const floor = Math.max(0, pos - 400);
  while (a > floor) {
    const c = text[a - 1]!;
    if (c === '\n') {
      // Allow the quote to start a line after a lead-in line ("… received this:\n\n"…).
      if (content) break;
      newlines++;
      if (newlines > 3) break;
    } else if (isStop(c) && content && !ABBREVIATION.test(text.slice(Math.max(0, a - 6), a))) break;
    if (!isSpace(c.charCodeAt(0))) content = true;
    a--;
  }
  return text.slice(a, pos);
}

/** Whether the quotation [open, close] starts its line and nothing but punctuation follows it on its last line. */
function isBlockQuote(text: string, open: number, close: number): boolean {
  for (let i = open - 1; i >= 0 && text[i] !== '\n'; i--) if (!isSpace(text.charCodeAt(i))) return false;
  for (let i = close + 1; i < text.length && text[i] !== '\n'; i++)
    if (!isSpace(text.charCodeAt(i)) && !/[。．.!！?？、,]/.test(text[i]!)) return false;
  return true;
}

function maskThirdPartyQuotes(text: string, m: Masker): void {
  const quotes = findQuotes(text);
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (m.isMasked(q.open)) continue;
    if (q.paren) {
      if (
        q.close - q.open <= 40 &&
        PAREN_CUE.test(leadIn(text, q.open) + text.slice(q.close + 1, q.close + 20))
      )
        m.mask(q.open, q.close + 1);
      continue;
    }
    const inner = text.slice(q.open + 1, q.close);
    // Part of a list of three or more quoted items: a keyword list, titles, search terms.
    const near = (x: Quote | undefined, y: Quote | undefined): boolean =>
      !!x &&
      !!y &&
      !x.paren &&
      !y.paren &&
      /^[\s,、，・/*•-]*(?:(?:and|or|&|と|や|、)\s*)?[\s,、，・/*•-]*$/i.test(
        text.slice(x.close + 1, y.open),
      );
    // The run of adjacent quoted items this one belongs to shares one lead-in and one trailing cue:
    // 「殺すぞ」「燃やすぞ」といった投稿 / phrases like "x" or "y".
    let first = k;
    while (near(quotes[first - 1], quotes[first])) first--;
    let last = k;
    while (near(quotes[last], quotes[last + 1])) last++;
    const run = last - first + 1;
    const before = leadIn(text, quotes[first]!.open);
    const after = text.slice(quotes[last]!.close + 1, quotes[last]!.close + 40);
    // A quotation standing on lines of its own is pasted content: its cue may be one sentence further up
    // (「教職員に届いた迷惑メールを転送します。何人か不安がっています。」 above the pasted mail).
    const block = isBlockQuote(text, quotes[first]!.open, quotes[last]!.close);
    const earlier = block ? leadIn(text, quotes[first]!.open - before.length) : '';
    const cue =
      EN_CUE.test(before) ||
      EN_REPORTED_SPEECH.test(before) ||
      JA_CUE.test(before) ||
      JA_AFTER_CUE.test(after) ||
      EN_AFTER_CUE.test(after) ||
      (block && (EN_CUE.test(earlier) || JA_CUE.test(earlier)));
    // Long quotations introduced by a colon are reported content, not the customer's voice.
    const colonBlock = /[:：]\s*$/.test(before) && inner.length >= 25;
    if (EN_OWN_VOICE.test(before) || JA_OWN_VOICE.test(after)) continue;
    if (run >= 3 || (run >= 2 && cue) || cue || colonBlock) m.mask(q.open, q.close + 1);
  }
}

function maskAfterColon(lines: Line[], m: Masker): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let idx = Math.max(line.text.lastIndexOf(':'), line.text.lastIndexOf('：'));
    if (idx < 0 || line.text.slice(idx + 1).trim() === '') {
      // "以下のメールが届きました。" / "We received the message below." announces the next paragraph.
      const t = line.text.trim();
      if (idx < 0 && /[。.]$/.test(t) && (EN_LEADIN.test(t) || JA_LEADIN.test(t))) idx = line.text.length - 1;
    }
    if (idx < 0) continue;
    const lead = line.text.slice(0, idx);
    if (/https?$/i.test(lead)) continue;
    const sentenceLead = lead.split(/[.!?。！？]\s*/).pop() ?? lead;
    const leadIn = line.text[idx] !== ':' && line.text[idx] !== '：';
    if (EN_OWN_VOICE.test(sentenceLead) || EN_OWN_TERMS_COLON.test(sentenceLead)) continue;
    if (
      !leadIn &&
      !EN_COLON_CUE.test(sentenceLead) &&
      !JA_COLON_CUE.test(sentenceLead) &&
      !EXAMPLE_COLON.test(lead) &&
      // "A former contractor sent the message below to our CEO on Sunday:"
      !EN_LEADIN.test(sentenceLead) &&
      !JA_LEADIN.test(sentenceLead)
    )
      continue;
    const rest = line.text.slice(idx + 1);
    if (rest.trim() !== '') {
      m.mask(line.start + idx + 1, line.end);
      continue;
    }
    // Colon ends the line: the next paragraph is the reported content.
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j++;
    const first = j;
    while (j < lines.length && lines[j]!.text.trim() !== '') j++;
    if (first < lines.length && j - first <= 12) m.mask(lines[first]!.start, lines[j - 1]!.end);
    i = j - 1;
  }
}

const URL_OR_ADDRESS =
  /\b(?:https?:\/\/|www\.)[^\s<>"「」]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+\[\.\][\w.[\]-]+/g;

/** URLs, e-mail addresses and defanged domains are names, not conduct (`/kill-switch`, `idiot@…`). */
function maskAddresses(text: string, m: Masker): void {
  // Every match holds "http", "www.", "@" or "[.]" (the pattern is case-sensitive).
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.') && !text.includes('[.]'))
    return;
  for (const u of text.matchAll(URL_OR_ADDRESS)) m.mask(u.index, u.index + u[0].length);
}

/** The message with everything that is not the customer's own conduct masked out. */
export function customerConduct(text: string, options: ConductOptions = {}): string {
  const lines = splitLines(text);
  const m = new Masker(text);
  // Cheap whole-text checks skip the line-by-line passes that cannot apply.
  const colon = /[:：]/.test(text);
  if (MAY_HAVE_REPLY_BLOCK.test(text)) maskReplyBlocks(text, lines, m);
  if (hasQuotedLine(text)) maskQuotedLines(lines, m);
  maskLogsAndCode(text, lines, m);
  if (colon) maskTranscript(lines, m, options.channel);
  if (colon && (text.includes('[') || text.includes('【'))) maskChatExports(lines, m);
  if (colon || MAY_HAVE_LEADIN.test(text)) maskAfterColon(lines, m);
  maskThirdPartyQuotes(text, m);
  maskAddresses(text, m);
  return m.result();
}

/** Every reply-block opener contains one of these. */
const MAY_HAVE_REPLY_BLOCK =
  /wrote|original|forwarded|message|[:：]|転送|書きました|元のメ|返信メッセージ|<[^<>\s@]+@/i;
/** Every colon-less lead-in (EN_LEADIN, JA_LEADIN) contains one of these. */
const MAY_HAVE_LEADIN = /below|following|received|got|以下|下記|次/i;
