/** Public entry point of the policy engine (pure: no I/O, no clock). */
export { compileEngine } from './engine.js';
export type { CompileOptions } from './engine.js';
export type { ClearedHit, Explanation, PolicyEngine, PolicyInput } from './engine.js';
export type { EngineConfig } from './engine-config.js';
export { customerConduct } from './customer-conduct.js';
export { normalise, foldPattern, MASK_CHAR } from './normalize.js';
export type { NormText } from './normalize.js';
export { detectLanguage } from './language.js';
export {
  InMemoryContactLog,
  demandFingerprint,
  fingerprintSimilarity,
  historyOf,
} from './contact-history.js';
export type { ContactEntry, ContactLog } from './contact-history.js';
export { DEFAULT_CLAUSES, DEFAULT_SEVERITY } from './clauses.js';
export * from './types.js';
