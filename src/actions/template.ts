/**
 * A tiny template renderer for the note and notice templates in
 * config/templates/: `{{name}}` placeholders, replaced in one pass (a value
 * that itself contains `{{…}}`, such as quoted customer text, is never
 * expanded again). An unknown placeholder is an error, so a typo in a
 * template fails loudly in tests instead of reaching a ticket.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';

/** <repo>/config/templates, from src/actions/ and from dist/actions/ alike. */
export const DEFAULT_TEMPLATE_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../config/templates',
);

const PLACEHOLDER = /\{\{\s*([a-z0-9_]+)\s*\}\}/gi;

export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const out = template.replace(PLACEHOLDER, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new AppError('ERR_TEMPLATE', `template placeholder {{${name}}} has no value`);
    return v;
  });
  // Optional sections render as empty lines; keep at most one blank line in a row.
  return `${out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Reads `<dir>/<name>`; a missing template is a configuration error naming the file. */
export function readTemplate(name: string, dir: string = DEFAULT_TEMPLATE_DIR): string {
  const path = resolve(dir, name);
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError(
      'ERR_CONFIG',
      `template ${path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
}
