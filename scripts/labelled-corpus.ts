/**
 * Reads a labelled corpus (JSONL in the dev corpus's shape: the classify
 * input fields plus `verdict`, `means`, `demands` and `hard_negative`) for
 * the scripts that run the engine over one: eval, tune-backstop,
 * train-backstop, first-seen-rules and dump-decisions (the labels are
 * optional: the last two read only ids and inputs). A bad line or an
 * unreadable file stops the script with one line naming the file and the
 * line (exit 1), not a stack trace.
 */
import { readFileSync } from 'node:fs';
import { InputLineError, parseInputLine, toEvaluationInput } from '../src/cli/commands/classify.js';
import type { Category, EvaluationInput, Verdict } from '../src/policy/index.js';

export interface LabelledItem {
  /** The line's id, as a string. */
  id: string;
  lang: string;
  verdict: Verdict;
  means: Category[];
  demands: Category[];
  hardNegative: boolean;
  /** What the engine is given for the line, as the classify CLI builds it. */
  input: EvaluationInput;
}

/** The items of a corpus's text, blank lines skipped. */
export function parseLabelledCorpus(text: string): LabelledItem[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = parseInputLine(line, i + 1);
    const gold = JSON.parse(line) as {
      lang: string;
      verdict: Verdict;
      means?: Category[];
      demands?: Category[];
      hard_negative?: boolean;
    };
    return [
      {
        id: String(parsed.id),
        lang: gold.lang,
        verdict: gold.verdict,
        means: gold.means ?? [],
        demands: gold.demands ?? [],
        hardNegative: gold.hard_negative === true,
        input: toEvaluationInput(parsed),
      },
    ];
  });
}

export function readLabelledCorpus(file: string): LabelledItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return fail(`${file}: ${(err as Error).message}`);
  }
  return parseLabelledText(file, text);
}

/** parseLabelledCorpus, stopping the script on a bad line. */
export function parseLabelledText(file: string, text: string): LabelledItem[] {
  try {
    return parseLabelledCorpus(text);
  } catch (err) {
    if (err instanceof InputLineError) return fail(`${file}: ${err.message}`);
    throw err;
  }
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}
