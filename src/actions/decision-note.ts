/**
 * The private note written with a decision: verdict, each category with its
 * policy clause, verbatim evidence quotes, persistence figures, the
 * recommended next step, and a marker line with the decision id so the
 * service can recognise its own note later (exactly-once checks, loop guard).
 * No agent names, no requester details: only the customer's quoted words.
 *
 * Templates: config/templates/note.ja.md and note.en.md; the language is the
 * policy file's `notes.language`.
 */
import type { ServicePolicy } from '../config/policy-file.js';
import { AppError } from '../errors.js';
import type { Category, Decision, Evidence, Lang, Severity } from '../policy/types.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../policy/types.js';
import { readTemplate, renderTemplate } from './template.js';

export interface NoteTemplates {
  ja: string;
  en: string;
}

const MARKER_PREFIX = '[harassment-guard:decision:';
const MARKER_RE = /\[harassment-guard:decision:([A-Za-z0-9_.:-]+)\]/g;

/** The marker line for a decision id, e.g. `[harassment-guard:decision:abc123]`. */
export function decisionMarker(decisionId: string): string {
  if (!/^[A-Za-z0-9_.:-]+$/.test(decisionId)) {
    throw new AppError('ERR_DECISION_ID', 'decision id must be letters, digits, "_", ".", ":" or "-"');
  }
  return `${MARKER_PREFIX}${decisionId}]`;
}

/** Decision ids of every marker in a comment body (the service's own notes). */
export function findDecisionMarkers(text: string): string[] {
  return [...text.matchAll(MARKER_RE)].map((m) => m[1] as string);
}

const LABELS: Record<Lang, Record<Category, string>> = {
  en: {
    violence: 'Violence or threat of violence',
    intimidation: 'Intimidation',
    defamation: 'Defamation or slander',
    insult: 'Insults or abusive language',
    kneel_demand: 'Demand to kneel or for a humiliating apology',
    persistence: 'Persistence',
    restrictive: 'Restrictive conduct',
    sexual: 'Sexual language or conduct',
    discriminatory: 'Discriminatory language or conduct',
    privacy: 'Privacy infringement',
    exchange: 'Demand for an exchange',
    excessive: 'Excessive demand',
    monetary: 'Monetary compensation beyond the contract',
    unrelated: 'Demand unrelated to our products',
  },
  ja: {
    violence: '暴力・暴力の示唆',
    intimidation: '脅迫・威圧',
    defamation: '中傷・名誉毀損',
    insult: '侮辱・暴言',
    kneel_demand: '土下座・謝罪の強要',
    persistence: '執拗な言動',
    restrictive: '拘束的な行動',
    sexual: '性的な言動',
    discriminatory: '差別的な言動',
    privacy: 'プライバシーの侵害',
    exchange: '商品交換の要求',
    excessive: '過剰な要求',
    monetary: '契約を超える金銭補償の要求',
    unrelated: '当社製品・サービスと無関係な要求',
  },
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  en: { none: 'none', low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  ja: { none: 'なし', low: '低', medium: '中', high: '高', critical: '重大' },
};

const TEXT = {
  en: {
    harassment: 'suspected customer harassment (escalated to supervisors)',
    review: 'possibly inappropriate demand (review needed)',
    means: 'means or manner',
    demand: 'demand',
    clause: 'Policy',
    message: (n: number) => `message ${n}`,
    noQuote: '(no quote available: read the latest customer message)',
    persistence: (p: NonNullable<Decision['persistence']>) =>
      `Persistence: ${p.messages} messages in ${p.spanMinutes} minutes, ${p.repeats} repeating the same demand, across ${p.tickets} ticket(s).`,
    nextHarassment:
      '- Do not answer alone. A supervisor reviews the evidence and decides the response as a team.\n' +
      '- Keep the record: do not delete or edit the customer messages.\n' +
      '- If the supervisor decides to refuse support under the Terms of Service, the supervisor adds the tag {{approval}}; the service then posts the refusal notice.',
    nextViolence:
      '- A threat to physical safety: ensure staff safety first and consider reporting to the police.',
    nextReview:
      '- Check whether the demand is within the contract and answer within the published terms; make no promise beyond them.\n' +
      '- If the manner of contact becomes abusive, escalate to a supervisor.',
  },
  ja: {
    harassment: 'カスタマーハラスメントの疑い（責任者へエスカレーション済み）',
    review: '不当な要求の可能性（要確認）',
    means: '手段・態様',
    demand: '要求内容',
    clause: '方針',
    message: (n: number) => `${n}件目のメッセージ`,
    noQuote: '（引用なし：最新のお客様メッセージをご確認ください）',
    persistence: (p: NonNullable<Decision['persistence']>) =>
      `執拗性: ${p.spanMinutes}分間に${p.messages}件のメッセージ（うち同一要求の繰り返し${p.repeats}件、チケット${p.tickets}件）。`,
    nextHarassment:
      '- 担当者が一人で対応しないでください。責任者が根拠を確認し、組織として対応を決定します。\n' +
      '- 記録を保全してください。お客様のメッセージを削除・編集しないでください。\n' +
      '- 責任者が利用規約に基づくサポート停止を決定した場合は、責任者がタグ {{approval}} を追加してください。サービスが停止のご案内を送信します。',
    nextViolence: '- 身体の安全に関わる脅しです。まず従業員の安全を確保し、警察への相談を検討してください。',
    nextReview:
      '- 要求が契約の範囲内かを確認し、公表している規約の範囲で回答してください。規約を超える約束はしないでください。\n' +
      '- 言動が威圧的になった場合は責任者へエスカレーションしてください。',
  },
} as const;

const MAX_QUOTE_CHARS = 280;

/** Truncates by code points (never splits a surrogate pair) and marks the cut. */
export function truncateQuote(quote: string, max: number = MAX_QUOTE_CHARS): string {
  const chars = [...quote.replace(/\r\n?/g, '\n').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()} …`;
}

function blockquote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');
}

/** One quote per category first (means, then demands), then the rest, up to `max`. */
export function selectEvidence(decision: Decision, max: number): Evidence[] {
  const order: Category[] = [...decision.means, ...decision.demands];
  const picked: Evidence[] = [];
  for (const cat of order) {
    const e = decision.evidence.find((x) => x.category === cat && x.quote.trim().length > 0);
    if (e && !picked.includes(e)) picked.push(e);
  }
  for (const e of decision.evidence) {
    if (picked.length >= max) break;
    if (!picked.includes(e) && e.quote.trim().length > 0) picked.push(e);
  }
  return picked.slice(0, Math.max(1, max));
}

let cachedTemplates: NoteTemplates | undefined;

/** The note templates from config/templates (or `dir`), read once. */
export function loadNoteTemplates(dir?: string): NoteTemplates {
  if (dir) return { ja: readTemplate('note.ja.md', dir), en: readTemplate('note.en.md', dir) };
  cachedTemplates ??= { ja: readTemplate('note.ja.md'), en: readTemplate('note.en.md') };
  return cachedTemplates;
}

export interface DecisionNoteInput {
  decision: Decision;
  decisionId: string;
  policy: ServicePolicy;
  /** Defaults to the templates in config/templates. */
  templates?: NoteTemplates;
  /** Most quotes to include (at least one is always included). Default 5. */
  maxQuotes?: number;
}

export function renderDecisionNote(input: DecisionNoteInput): string {
  const { decision, policy } = input;
  if (decision.verdict === 'none') {
    throw new AppError('ERR_NOTE_VERDICT', 'no note is written for a "none" verdict');
  }
  const lang: Lang = policy.notes.language;
  const t = TEXT[lang];
  const templates = input.templates ?? loadNoteTemplates();
  const marker = decisionMarker(input.decisionId);

  const cats: Category[] = [
    ...MEANS_CATEGORIES.filter((c) => decision.means.includes(c)),
    ...DEMAND_CATEGORIES.filter((c) => decision.demands.includes(c)),
  ];
  const categories = cats
    .map((c) => {
      const kind = (MEANS_CATEGORIES as readonly string[]).includes(c) ? t.means : t.demand;
      const clause = decision.clauses[c];
      const tag = `${policy.tags.category_prefix}${c}`;
      return `- ${LABELS[lang][c]} [${kind}] (${tag})${clause ? ` — ${t.clause} ${clause}` : ''}`;
    })
    .join('\n');

  const multiMessage = decision.evidence.some((e) => e.message > 0);
  const quotes = selectEvidence(decision, input.maxQuotes ?? 5);
  const evidence =
    quotes.length === 0
      ? t.noQuote
      : quotes
          .map((e) => {
            const where = multiMessage ? `, ${t.message(e.message + 1)}` : '';
            return `- ${LABELS[lang][e.category]}${where}:\n${blockquote(truncateQuote(e.quote))}`;
          })
          .join('\n\n');

  const persistence =
    decision.persistence && (decision.means.includes('persistence') || decision.persistence.repeats > 0)
      ? t.persistence(decision.persistence)
      : '';

  let nextStep: string =
    decision.verdict === 'harassment'
      ? t.nextHarassment.replace('{{approval}}', policy.tags.refusal_approved)
      : t.nextReview;
  if (decision.means.includes('violence')) nextStep = `${t.nextViolence}\n${nextStep}`;

  const body = renderTemplate(lang === 'ja' ? templates.ja : templates.en, {
    marker,
    decision_id: input.decisionId,
    verdict_label: decision.verdict === 'harassment' ? t.harassment : t.review,
    severity: SEVERITY[lang][decision.severity],
    policy_version: decision.policyVersion,
    categories,
    evidence,
    persistence,
    next_step: nextStep,
    false_positive_tag: policy.tags.false_positive,
  });
  if (!body.includes(marker)) {
    throw new AppError('ERR_TEMPLATE', 'the note template must contain {{marker}}');
  }
  return body;
}
