/**
 * The public support-refusal notice the Terms of Service provide for. Posted
 * only after a supervisor's approval (the workflow lives elsewhere); this
 * module only renders it, in the requester's language alone: Japanese when
 * the Zendesk locale starts with "ja", English for any other known locale,
 * and the policy's fallback language when the locale is unknown.
 *
 * Templates: config/templates/refusal.ja.md and refusal.en.md.
 */
import type { ServicePolicy } from '../config/policy-file.js';
import type { Lang } from '../policy/types.js';
import { readTemplate, renderTemplate } from './template.js';

export interface RefusalTemplates {
  ja: string;
  en: string;
}

let cachedTemplates: RefusalTemplates | undefined;

export function loadRefusalTemplates(dir?: string): RefusalTemplates {
  if (dir) return { ja: readTemplate('refusal.ja.md', dir), en: readTemplate('refusal.en.md', dir) };
  cachedTemplates ??= { ja: readTemplate('refusal.ja.md'), en: readTemplate('refusal.en.md') };
  return cachedTemplates;
}

/** The notice language for a requester's Zendesk locale ("ja", "ja-JP", "en-US", …). */
export function refusalLanguage(locale: string | null | undefined, fallback: Lang): Lang {
  const l = locale?.trim().toLowerCase();
  if (!l) return fallback;
  return l === 'ja' || l.startsWith('ja-') || l.startsWith('ja_') ? 'ja' : 'en';
}

export interface RefusalNoticeInput {
  ticketId: string;
  requesterLocale: string | null | undefined;
  policy: ServicePolicy;
  templates?: RefusalTemplates;
}

export interface RefusalNotice {
  lang: Lang;
  body: string;
}

export function renderRefusalNotice(input: RefusalNoticeInput): RefusalNotice {
  const { policy } = input;
  const lang = refusalLanguage(input.requesterLocale, policy.refusal.fallback_language);
  const templates = input.templates ?? loadRefusalTemplates();
  const body = renderTemplate(lang === 'ja' ? templates.ja : templates.en, {
    ticket_id: input.ticketId,
    terms_clause: policy.refusal.terms_clause,
    terms_clause_ja: policy.refusal.terms_clause_ja,
  });
  return { lang, body };
}
