/**
 * Fix plans as data: a fix function looks at a finding and the template as written and returns the
 * edits that make it compliant (or says why it will not). The editors turn edits into text changes.
 */
import type { Finding, KeyPath } from '../types/types.js';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * `set`: make the value at `path` equal `value` (missing maps on the way are created).
 * `append`: add `value` as the last item of the list at `path`.
 * `delete`: remove the key at `path` from its mapping.
 */
export type Edit =
  | { readonly op: 'set'; readonly path: KeyPath; readonly value: Json }
  | { readonly op: 'append'; readonly path: KeyPath; readonly value: Json }
  | { readonly op: 'delete'; readonly path: KeyPath };

/** A change of the text: replace `length` characters at `offset` by `text`. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export interface FixOptions {
  /** RetentionInDays given to log groups without one. */
  readonly retentionDays: number;
}

export const DEFAULT_FIX_OPTIONS: FixOptions = { retentionDays: 365 };

export interface FixContext {
  readonly finding: Finding;
  /** The template body as written now (long-form intrinsics). */
  readonly body: Readonly<Record<string, unknown>>;
  readonly options: FixOptions;
  /** The value written at `path` (long form), or undefined when absent. */
  written(path: KeyPath): unknown;
}

/** A fix's answer: edits (empty when the template already complies), or why it leaves the finding alone. */
export type FixPlan = { readonly edits: readonly Edit[] } | { readonly refused: string };

export type FixFn = (ctx: FixContext) => FixPlan;
