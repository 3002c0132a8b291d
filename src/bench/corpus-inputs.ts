/**
 * The inputs of a JSONL corpus (the classify CLI's input lines; blank lines
 * skipped), for the benchmarks. A bad line throws with its line number
 * (InputLineError).
 */
import { readFileSync } from 'node:fs';
import type { EvaluationInput } from '../policy/index.js';
import { parseInputLine, toEvaluationInput } from '../cli/commands/classify.js';

export function readCorpusInputs(file: string): EvaluationInput[] {
  const inputs: EvaluationInput[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim()) inputs.push(toEvaluationInput(parseInputLine(line, i + 1)));
    });
  return inputs;
}
