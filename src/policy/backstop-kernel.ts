/**
 * The backstop's scoring kernel: the features of one text and their weights
 * summed per sentence, in WebAssembly with 128-bit SIMD
 * (backstop-kernel.wat, assembled by `npm run build:kernel`). It computes
 * exactly what the JavaScript path in backstop.ts does (the same features,
 * and sums of integer weights, so the order does not matter): a unit test
 * compares them. Scoring the dev corpus's texts took about a third of the
 * time it takes in JavaScript, where each feature's row is 14 separate
 * loads and adds.
 *
 * The weight table lives in the kernel's memory (bucket b's 16 lanes of i16
 * at b * 32 bytes: category k's weight in units of WEIGHT_STEP), followed by
 * fixed scratch arrays, so the memory never grows and the views stay valid.
 */
import { BACKSTOP_KERNEL_WASM } from './backstop-kernel-wasm.js';

/** Lanes per table row and per accumulator: one per category (at most 14), the rest zero. */
export const KERNEL_LANES = 16;
/** The kernel holds tables of up to 2^KERNEL_MAX_BITS buckets (2 MB). */
export const KERNEL_MAX_BITS = 16;
/** Codes of one text the kernel takes at most; a longer text is scored in JavaScript. */
const MAX_CODES = 8192;
/** Accumulators (sentences of one text, plus row 0) the kernel takes at most. */
const MAX_ROWS = 1024;
const ROW_BYTES = 2 * KERNEL_LANES;
const ACC_BYTES = 4 * KERNEL_LANES;
const PAGE_BYTES = 65536;

type ScoreFn = (
  codes: number,
  rowOf: number,
  m: number,
  buckets: number,
  frows: number,
  cmin: number,
  cmax: number,
  wmin: number,
  wmax: number,
  shift: number,
) => number;

/** The parts of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

export interface KernelSpec {
  bits: number;
  char: readonly [number, number];
  word: readonly [number, number];
}

export class BackstopKernel {
  /** The weight table: bucket b's weight for category k at `rows[b * 16 + k]` (units of WEIGHT_STEP). */
  readonly rows: Int16Array;
  /** The codes of the text to score (see foldCodes in backstop.ts). */
  readonly codes: Uint16Array;
  /** Per code, the accumulator its sentence sums into (set with setRow, read by score). */
  private readonly rowOf: Int32Array;
  /** The accumulators: row r's lane k at `acc[r * 16 + k]`. */
  readonly acc: Int32Array;
  /**
   * The most codes a text may have for score(): the kernel's own limit, lower
   * when long n-grams make many features per code, so that no lane sum of a
   * text can pass 2^31 (each weight is at most `maxUnits` in size).
   */
  readonly maxCodes: number;
  readonly maxRows = MAX_ROWS;
  private readonly offsets: { codes: number; rowOf: number; buckets: number; frows: number; acc: number };
  private readonly args: [number, number, number, number, number];

  constructor(
    private readonly spec: KernelSpec,
    maxUnits: number,
    private readonly fn: ScoreFn,
    memory: WasmMemory,
  ) {
    const [cmin, cmax] = spec.char;
    // Character n-grams per code, then at most one unigram and one bigram per two codes (+1).
    const perCode = cmax - cmin + 3;
    this.maxCodes = Math.min(MAX_CODES, Math.floor((2 ** 31 - 1) / (maxUnits * perCode)));
    const maxFeatures = this.maxCodes * perCode;
    const align = (n: number): number => Math.ceil(n / 64) * 64;
    const codes = 2 ** spec.bits * ROW_BYTES;
    const rowOf = align(codes + 2 * this.maxCodes);
    const buckets = align(rowOf + 4 * this.maxCodes);
    const frows = align(buckets + 4 * maxFeatures);
    const acc = align(frows + 4 * maxFeatures);
    const end = acc + ACC_BYTES * MAX_ROWS;
    const pages = Math.ceil(end / PAGE_BYTES);
    const have = memory.buffer.byteLength / PAGE_BYTES;
    if (pages > have) memory.grow(pages - have);
    const buffer = memory.buffer;
    this.offsets = { codes, rowOf, buckets, frows, acc };
    this.rows = new Int16Array(buffer, 0, 2 ** spec.bits * KERNEL_LANES);
    this.codes = new Uint16Array(buffer, codes, this.maxCodes);
    this.rowOf = new Int32Array(buffer, rowOf, this.maxCodes);
    this.acc = new Int32Array(buffer, acc, MAX_ROWS * KERNEL_LANES);
    this.args = [spec.char[0], spec.char[1], spec.word[0], spec.word[1], 32 - spec.bits];
  }

  /** Codes [from, to) sum into accumulator r. */
  setRow(from: number, to: number, r: number): void {
    this.rowOf.fill(this.offsets.acc + r * ACC_BYTES, from, to);
  }

  /**
   * Adds the weights of the features of `codes[0 .. m)` (m ≤ maxCodes, the
   * rows set for each code, and those accumulators zeroed) to their
   * accumulators; returns the number of features.
   */
  score(m: number): number {
    const o = this.offsets;
    const [cmin, cmax, wmin, wmax, shift] = this.args;
    return this.fn(o.codes, o.rowOf, m, o.buckets, o.frows, cmin, cmax, wmin, wmax, shift);
  }
}

let compiled: object | null | undefined;

/**
 * A kernel for models of this feature spec, or null where it cannot serve
 * (a table of more than 2^KERNEL_MAX_BITS buckets, or no WebAssembly SIMD
 * in this runtime): the caller then scores in JavaScript.
 */
export function createKernel(spec: KernelSpec, maxUnits: number): BackstopKernel | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (spec.bits > KERNEL_MAX_BITS || !wasm) return null;
  if (compiled === undefined) {
    try {
      compiled = new wasm.Module(Buffer.from(BACKSTOP_KERNEL_WASM, 'base64'));
    } catch {
      compiled = null;
    }
  }
  if (!compiled) return null;
  const { memory, score } = new wasm.Instance(compiled, {}).exports as { memory: WasmMemory; score: ScoreFn };
  return new BackstopKernel(spec, maxUnits, score, memory);
}
