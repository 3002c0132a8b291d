import { describe, expect, it } from 'vitest';
import { serviceSectionSchema } from '../../../src/config/policy-file.js';
import { refusalLanguage, renderRefusalNotice } from '../../../src/actions/refusal-notice.js';

const policy = serviceSectionSchema.parse({ version: 't' });

describe('refusal notice', () => {
  it('chooses Japanese for ja locales, English for others, the fallback when unknown', () => {
    expect(refusalLanguage('ja', 'en')).toBe('ja');
    expect(refusalLanguage('ja-JP', 'en')).toBe('ja');
    expect(refusalLanguage('en-US', 'ja')).toBe('en');
    expect(refusalLanguage('de', 'ja')).toBe('en');
    expect(refusalLanguage(undefined, 'ja')).toBe('ja');
    expect(refusalLanguage('', 'en')).toBe('en');
  });

  it('renders the Japanese notice citing the Japanese clause only', () => {
    const n = renderRefusalNotice({ ticketId: '42', requesterLocale: 'ja', policy });
    expect(n.lang).toBe('ja');
    expect(n.body).toContain('利用規約第12条（サポートの停止）');
    expect(n.body).toContain('#42');
    expect(n.body).not.toContain('Article 12');
    expect(n.body).not.toMatch(/\{\{|\}\}/);
  });

  it('renders the English notice citing the configured clause', () => {
    const custom = serviceSectionSchema.parse({ version: 't', refusal: { terms_clause: 'Section 9.4' } });
    const n = renderRefusalNotice({ ticketId: '7', requesterLocale: 'en-GB', policy: custom });
    expect(n.lang).toBe('en');
    expect(n.body).toContain('Section 9.4 of our Terms of Service');
    expect(n.body).toContain('#7');
    expect(n.body).not.toMatch(/[ぁ-ん]/);
  });
});
