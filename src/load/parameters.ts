/**
 * Parameter files: the CloudFormation CLI list `[{"ParameterKey", "ParameterValue"}]`, the
 * CodePipeline template configuration `{"Parameters": {…}}`, or a plain `{Key: Value}` mapping.
 * Values become text, as CloudFormation receives them (lists joined with commas).
 */
import { yamlModule } from '../lazy/modules.js';

export type ParametersResult = { ok: true; values: Record<string, string> } | { ok: false; message: string };

const asText = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(',');
  return null;
};

export function parseParameters(text: string): ParametersResult {
  let doc: unknown;
  try {
    doc = yamlModule().parse(text.replace(/^\uFEFF/, ''), { schema: 'core', uniqueKeys: true, maxAliasCount: 10 });
  } catch (e) {
    return { ok: false, message: `not valid JSON or YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
  const values: Record<string, string> = {};
  if (Array.isArray(doc)) {
    for (const [i, item] of doc.entries()) {
      const o = item as Record<string, unknown> | null;
      const key = o?.['ParameterKey'];
      if (typeof key !== 'string') return { ok: false, message: `entry ${i + 1} has no ParameterKey` };
      if (o?.['UsePreviousValue'] === true && o['ParameterValue'] === undefined) continue;
      const value = asText(o?.['ParameterValue']);
      if (value === null) return { ok: false, message: `${key}: ParameterValue must be text` };
      values[key] = value;
    }
    return { ok: true, values };
  }
  if (doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    const params = 'Parameters' in o && o['Parameters'] && typeof o['Parameters'] === 'object' ? (o['Parameters'] as Record<string, unknown>) : o;
    for (const [k, v] of Object.entries(params)) {
      if (params === o && (k === 'Tags' || k === 'StackPolicy')) continue;
      const value = asText(v);
      if (value === null) return { ok: false, message: `${k}: the value must be text` };
      values[k] = value;
    }
    return { ok: true, values };
  }
  return { ok: false, message: 'expected a list of {ParameterKey, ParameterValue} or a {"Parameters": {…}} mapping' };
}
