/**
 * The CLI's subcommands. Each lives in its own file and exports
 * `register(program)`; add a new one to this list.
 */
import type { Command } from 'commander';
import { register as registerBackfill } from './backfill.js';
import { register as registerClassify } from './classify.js';
import { register as registerJobs } from './jobs.js';
import { register as registerReplay } from './replay.js';
import { register as registerReport } from './report.js';

export const registrars: ((program: Command) => void)[] = [
  registerClassify,
  registerReport,
  registerJobs,
  registerBackfill,
  registerReplay,
];
