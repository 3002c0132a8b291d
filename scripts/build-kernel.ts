/**
 * Assembles the backstop's WebAssembly kernel from its text source:
 *
 *   npm run build:kernel [-- --check]
 *
 * Reads src/policy/backstop-kernel.wat, assembles it with wabt (the
 * WebAssembly Binary Toolkit's JavaScript build, a dev dependency) and writes
 * the module, base64-encoded, to src/policy/backstop-kernel-wasm.ts, which is
 * committed: the service needs no assembler. With --check it writes nothing
 * and exits 1 when the committed module is not what the source assembles to
 * (a unit test runs the same comparison).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/cli/policy-path.js';
import { parseScriptArgs } from '../src/cli/script-args.js';
import { assembleKernel, KERNEL_MODULE_PATH, kernelModuleSource } from './kernel-source.js';

const { values } = parseScriptArgs(
  { options: { check: { type: 'boolean', default: false } } },
  'npm run build:kernel [-- --check]',
);

const target = resolve(PACKAGE_ROOT, KERNEL_MODULE_PATH);
const wanted = kernelModuleSource(await assembleKernel());
if (values.check) {
  const current = readFileSync(target, 'utf8');
  if (current !== wanted) {
    console.error(
      `${KERNEL_MODULE_PATH} is not what backstop-kernel.wat assembles to: run npm run build:kernel`,
    );
    process.exit(1);
  }
  console.log(`${KERNEL_MODULE_PATH} is up to date`);
} else {
  writeFileSync(target, wanted);
  console.log(`wrote ${KERNEL_MODULE_PATH}`);
}
