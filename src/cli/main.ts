#!/usr/bin/env node
/** harassment-guard command-line entry point. Subcommands live in ./commands/. */
import { Command } from 'commander';
import { registrars } from './commands/index.js';
import { tuneRegexEngine } from './v8-settings.js';

tuneRegexEngine();

const program = new Command('harassment-guard')
  .description('Customer-harassment policy engine for Zendesk (MHLW two-factor test).')
  .showHelpAfterError();

for (const register of registrars) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`harassment-guard: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
