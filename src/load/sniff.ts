/**
 * "Is this file a CloudFormation template?" for files found by a directory scan that the strict
 * parser refused. Decided by an error-tolerant parse of the top level, not by a text pattern: a
 * template with a syntax error deep inside is still a template (its error must be reported, not
 * skipped), and quoting, key order or a long preamble do not hide its `Resources` key. Pure, and
 * its own module so that the pre-commit entry can use it without loading the engine.
 */
import type { Schema } from 'js-yaml';
import type { Node as JsonNode } from 'jsonc-parser';
import { jsoncModule, jsYamlModule, yamlModule } from '../lazy/modules.js';
import { TEMPLATE_KEYS } from './parse-common.js';

/** Top-level keys that an error-tolerant JSON or YAML parse can still see. */
export function topLevelKeys(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(body)?.[0];
  try {
    if (first === '{') {
      const tree: JsonNode | undefined = jsoncModule().parseTree(body, [], { allowTrailingComma: true, disallowComments: false });
      const keys = (tree?.children ?? []).flatMap((p) => (p.type === 'property' && typeof p.children?.[0]?.value === 'string' ? [p.children[0].value] : []));
      if (keys.length > 0) return keys;
      // JSON-looking text that holds no property may still be YAML flow style; fall through.
    }
    const quick = permissiveTopKeys(body);
    if (quick !== null) return quick;
    const { isMap, isScalar, parseDocument } = yamlModule();
    const doc = parseDocument(body, { strict: false, uniqueKeys: false, prettyErrors: false, logLevel: 'silent', keepSourceTokens: false });
    const c = doc.contents;
    return isMap(c) ? c.items.flatMap((i) => (isScalar(i.key) && typeof i.key.value === 'string' ? [i.key.value] : [])) : [];
  } catch {
    return [];
  }
}

/**
 * Every tag accepted as data (`!Rain::Embed`, `!vault`), duplicate keys allowed (the later wins): js-yaml
 * reads most files the strict parser refused this way, at a fraction of the cost of the `yaml` package,
 * which stays for text with syntax errors. Null when js-yaml cannot read the text.
 */
let permissive: Schema | null = null;
function permissiveTopKeys(text: string): string[] | null {
  const { load, DEFAULT_SCHEMA, Type } = jsYamlModule();
  permissive ??= DEFAULT_SCHEMA.extend((['scalar', 'sequence', 'mapping'] as const).map((kind) => new Type('!', { kind, multi: true, construct: (data: unknown) => data })));
  try {
    const v: unknown = load(text, { schema: permissive, json: true });
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
  } catch {
    return null;
  }
}

/** True when the text's top level (as far as it can be parsed) has a Resources or AWSTemplateFormatVersion key. */
export function isTemplateText(text: string): boolean {
  return topLevelKeys(text).some((k) => TEMPLATE_KEYS.has(k));
}

/** The name the pre-commit adapter and older callers use. */
