/**
 * One TypeScript check, one declaration: the name rule files give in `check:`, the JSON Schema of the
 * `options` it takes, its message ids with their default templates, and the function. The registry
 * (./index.ts) and the rule schema (../rule-schema.ts: `options` and `messages` checked per check) are
 * built from these declarations; the check's `ctx.options` type is derived from its schema and
 * `ctx.report` accepts only the declared message ids.
 */
import type { Infer } from '../../schema/infer.js';
import type { CheckContext, CheckFn } from '../engine.js';

/** The options schema of a check that takes none. */
export const NO_OPTIONS = { type: 'object', additionalProperties: false, maxProperties: 0, description: 'This check takes no options.' } as const;

/** A check's options: a JSON Schema of an object (a `const` literal, so that its type can be derived). */
export type OptionsSchema = { readonly type: 'object' } & Readonly<Record<string, unknown>>;

/** Message id → default template (`{name}` placeholders from the finding data), used when the rule file gives no `message`. */
export type MessageTemplates = Readonly<Record<string, string>>;

export interface CheckDefinition {
  readonly name: string;
  readonly options: OptionsSchema;
  readonly messages: MessageTemplates;
  readonly run: CheckFn;
}

/** The context a check declared with options schema `S` and messages `M` runs with. */
export type DeclaredContext<S, M> = CheckContext<Infer<S>, keyof M & string>;

/**
 * Declare a check: `spec` says what rule files may give it (options) and how its findings are worded
 * (messages); `run` gets `ctx.options` typed from the schema and a `ctx.report` that takes only the
 * declared message ids. (The function is the second argument so that its body reads as a plain function.)
 */
export function defineCheck<const S extends OptionsSchema, const M extends MessageTemplates>(
  spec: { readonly name: string; readonly options: S; readonly messages: M },
  run: (ctx: DeclaredContext<S, M>) => void,
): CheckDefinition {
  // The engine hands every check options its schema admitted (the rule loader validated them), so the
  // narrower context type holds for the function it is given to.
  return { name: spec.name, options: spec.options, messages: spec.messages, run: run as unknown as CheckFn };
}
