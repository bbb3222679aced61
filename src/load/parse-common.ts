/** What the YAML and JSON readers share: the result shape, the error, the depth limit. */
import type { KeyPath } from '../types/types.js';

/**
 * Deeper than this is refused with a clear error rather than risking the stack (the parsers recurse
 * per level). Real templates stay under 30 levels.
 */
export const MAX_DEPTH = 1000;

/** The top-level keys that make a text a CloudFormation template (one of them is enough). */
export const TEMPLATE_KEYS: ReadonlySet<string> = new Set(['Resources', 'AWSTemplateFormatVersion']);

export const TOO_DEEP = `nesting is too deep to parse safely (more than about ${MAX_DEPTH} levels)`;

export interface Parsed {
  readonly value: unknown;
  /** Offset of the node at `path` (its key when it has one), or of the nearest existing ancestor. */
  locate(path: KeyPath): number;
  /** False when no node of `value` is reached twice (no YAML alias or merge key): the value is a tree no larger than its text. Absent: unknown. */
  readonly shared?: boolean;
  /** With `shared` false, when the reader knows it: at least as many nodes as `value` has (as expandedSize counts them). */
  readonly nodes?: number;
}

export class ParseFail extends Error {
  /** The keys of the top-level mapping the reader had read when it failed, when it knows them. */
  rootKeys: readonly string[] | null = null;

  constructor(
    message: string,
    readonly offset: number | null,
  ) {
    super(message);
  }
}

/** `duplicate key "X"` from the key text at `offset` (quoted keys are shown as written). */
export function duplicateKeyError(text: string, offset: number): ParseFail | null {
  const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:\n]*?)\s*:/.exec(text.slice(offset, offset + 300));
  const key = m?.[1]?.trim();
  if (!key) return null;
  return new ParseFail(`duplicate key ${/^["']/.test(key) ? key : JSON.stringify(key)}`, offset);
}

/** A resolved tag as a template writes it: `tag:yaml.org,2002:binary` is `!!binary`, `!Rain::Embed` stays. */
export function tagAsWritten(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag;
}

/** A tag that is not a CloudFormation intrinsic function; `shown` as written (`!Rain::Embed`, `!!binary`). */
export function unknownTagError(shown: string, offset: number | null): ParseFail {
  // Tool tags such as !Rain::Embed are expanded by a preprocessor before deployment: say so.
  const hint = /^![A-Za-z]+::/.test(shown) ? ' (a preprocessor tag? audit the template it produces)' : '';
  return new ParseFail(`unknown tag ${shown}: not a CloudFormation intrinsic function${hint}`, offset);
}
