/**
 * The sentences of the rule tables' tests (test/unit/policy/rules-en*.test.ts
 * and rules-ja*.test.ts): every string literal that looks like a message,
 * calm and kept alike. The backstop's trainer learns from them (silver
 * labels: the tables pass with the rules alone) and its threshold tuner
 * lists those a proposed block judges differently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

export interface RuleTestFile {
  path: string;
  lang: 'en' | 'ja';
  /** Its message-like literals, in source order, those already seen in an earlier file left out. */
  sentences: string[];
}

/**
 * The string literals of a TypeScript file (plain and template literals
 * without substitutions, escapes resolved, as the test sees them) of 8
 * characters or more, in source order.
 */
export function stringLiterals(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && n.text.length >= 8)
      out.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

/** String literals of a test file that look like messages (a space or Japanese, 8+ characters). */
function messageLiterals(file: string): string[] {
  return stringLiterals(file).filter((t) => / /.test(t) || /[\u3040-\u30ff\u3400-\u9fff]/.test(t));
}

/** The rule-table test files under `root`, sorted by name, each sentence once. */
export function ruleTestFiles(root: string): RuleTestFile[] {
  const dir = resolve(root, 'test/unit/policy');
  const seen = new Set<string>();
  return readdirSync(dir)
    .filter((n) => /^rules-(en|ja)\b.*\.test\.ts$/.test(n))
    .sort()
    .map((f) => {
      const path = resolve(dir, f);
      const sentences = messageLiterals(path).filter((t) => !seen.has(t) && seen.add(t));
      return { path, lang: f.startsWith('rules-ja') ? ('ja' as const) : ('en' as const), sentences };
    });
}
