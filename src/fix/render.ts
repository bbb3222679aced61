/** Values written as YAML (block or flow) in the style CloudFormation templates use: short-form tags, plain scalars where safe. */
import type { Json } from './types.js';

const isMap = (v: Json): v is { readonly [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

export function yamlScalar(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v !== 'string') return String(v);
  if (/^[A-Za-z_/](?:[\w./@*-]|:(?=[\w*:]))*$/.test(v) && !RESERVED.test(v)) return v;
  return `'${v.replace(/'/g, "''")}'`;
}

function yamlKey(k: string): string {
  return /^[A-Za-z_](?:[\w.-]|:(?=\w))*$/.test(k) && !RESERVED.test(k) ? k : `'${k.replace(/'/g, "''")}'`;
}

/** `!Ref X`, `!GetAtt A.B`, `!Sub '…'` for the intrinsics a fix writes; null for anything else. */
function shortForm(v: Json): string | null {
  if (!isMap(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  const arg = v[keys[0]!]!;
  switch (keys[0]) {
    case 'Ref':
      return typeof arg === 'string' ? `!Ref ${yamlScalar(arg)}` : null;
    case 'Fn::Sub':
      return typeof arg === 'string' ? `!Sub ${yamlScalar(arg)}` : null;
    case 'Fn::GetAtt':
      return Array.isArray(arg) && arg.length === 2 && arg.every((a) => typeof a === 'string') ? `!GetAtt ${arg.join('.')}` : null;
    default:
      return null;
  }
}

function isInline(v: Json): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (shortForm(v) !== null) return true;
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

/** The value in flow style, on one line. */
export function yamlFlow(v: Json): string {
  if (v === null || typeof v !== 'object') return yamlScalar(v);
  const short = shortForm(v);
  if (short !== null) return short;
  if (Array.isArray(v)) return `[${v.map(yamlFlow).join(', ')}]`;
  const m = v as { readonly [key: string]: Json };
  const keys = Object.keys(m);
  return keys.length === 0 ? '{}' : `{ ${keys.map((k) => `${yamlKey(k)}: ${yamlFlow(m[k]!)}`).join(', ')} }`;
}

/** What follows `key:` for a value whose key sits at column `indent` (nested lines go `step` further in). */
export function afterKey(v: Json, indent: number, step: number): string {
  if (isInline(v)) return ` ${yamlFlow(v)}`;
  return `\n${blockLines(v, indent + step, step)}`;
}

/** A non-empty map or list as block lines, every line (the first too) indented by `indent`. */
export function blockLines(v: Json, indent: number, step: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) return v.map((item: Json) => `${pad}- ${itemBody(item, indent + 2, step)}`).join('\n');
  const m = v as { readonly [key: string]: Json };
  return Object.keys(m)
    .map((k) => `${pad}${yamlKey(k)}:${afterKey(m[k]!, indent, step)}`)
    .join('\n');
}

/** A list item after its `- ` (its content column is `indent`). */
export function itemBody(v: Json, indent: number, step: number): string {
  if (isInline(v)) return yamlFlow(v);
  return blockLines(v, indent, step).slice(indent);
}
