/**
 * Content cfn-audit cannot see because it is only made at deploy time: macro transforms, `AWS::Include`
 * and `Fn::Transform`, module resources, `Fn::ForEach` loops that could not be expanded, and nested
 * stacks whose template is not in the run. A stack with such content never passes silently.
 */
import type { KeyPath, UnauditableContent } from '../types/types.js';
import type { ResourceGraph } from './graph.js';
import { intrinsicName } from './resolve.js';
import { mayMention } from '../load/mentions.js';

/** Transforms whose effect cfn-audit models itself. */
const UNDERSTOOD_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

export function unauditableContent(graph: ResourceGraph, nestedInRun: ReadonlySet<string> = new Set()): UnauditableContent[] {
  const out: UnauditableContent[] = [];
  const body = graph.template.body;
  // `Fn::Transform` (or `!Transform`) is looked for in every resource and output: not when the text never
  // spells either (a SAM template's top-level `Transform` alone needs no walk).
  const anyTransform = mayMention(graph.template, 'Fn::Transform', '!Transform');
  const transform = body['Transform'];
  const transforms = Array.isArray(transform) ? transform : transform === undefined ? [] : [transform];
  transforms.forEach((t, i) => {
    const path: KeyPath = Array.isArray(transform) ? ['Transform', i] : ['Transform'];
    if (typeof t === 'string') {
      if (!UNDERSTOOD_TRANSFORMS.has(t))
        out.push({
          code: 'macro',
          logicalId: null,
          path,
          detail: t,
          form: 'macro-name',
        });
    } else {
      const name = t && typeof t === 'object' ? (t as Record<string, unknown>)['Name'] : undefined;
      const detail = typeof name === 'string' ? name : 'a transform';
      out.push({ code: name === 'AWS::Include' ? 'include' : 'macro', logicalId: null, path, detail, form: 'transform-section' });
    }
  });
  for (const key of [...graph.resources.keys(), ...Object.keys(graph.outputs)]) {
    if (key.startsWith('Fn::ForEach::'))
      out.push({
        code: 'foreach',
        logicalId: null,
        path: ['Resources', key],
        detail: key,
        form: 'foreach',
      });
  }
  for (const res of graph.resources.values()) {
    if (res.type.endsWith('::MODULE'))
      out.push({
        code: 'module',
        logicalId: res.logicalId,
        path: res.path,
        detail: res.type,
        form: 'module',
      });
    if ((res.type === 'AWS::CloudFormation::Stack' || res.type === 'AWS::Serverless::Application') && !nestedInRun.has(res.logicalId)) {
      const url = res.type === 'AWS::CloudFormation::Stack' ? res.properties['TemplateURL'] : res.properties['Location'];
      const text = graph.resolver.resolveString(url).find((r) => r.known);
      const detail = text?.known ? String(text.value) : 'a template outside this run';
      out.push({
        code: 'nested-stack',
        logicalId: res.logicalId,
        path: [...res.path, 'Properties'],
        detail,
        form: 'nested-stack',
      });
    }
    const include = anyTransform ? findTransform(res.entry, res.path) : null;
    if (include)
      out.push({
        code: 'include',
        logicalId: res.logicalId,
        path: include.path,
        detail: include.name,
        form: 'transform-in-resource',
      });
  }
  for (const id of graph.oversized) {
    const where: KeyPath = graph.resources.has(id) ? ['Resources', id] : id === 'Globals' ? ['Globals'] : ['Outputs', id];
    out.push({
      code: 'expansion',
      logicalId: graph.resources.has(id) ? id : null,
      path: where,
      detail: id,
      form: 'expansion',
    });
  }
  const fromOutputs = anyTransform ? findTransform(graph.outputs, ['Outputs']) : null;
  if (fromOutputs)
    out.push({
      code: 'include',
      logicalId: null,
      path: fromOutputs.path,
      detail: fromOutputs.name,
      form: 'transform-in-outputs',
    });
  return out;
}

function findTransform(v: unknown, path: readonly (string | number)[]): { path: KeyPath; name: string } | null {
  const seen = new Set<object>();
  let budget = 50_000;
  // One path stack for the walk; a path array is made only for the hit.
  const at: (string | number)[] = [...path];
  const hit = (name: unknown): { path: KeyPath; name: string } => {
    const arg = asRecord(name);
    return { path: [...at], name: typeof arg['Name'] === 'string' ? arg['Name'] : 'a transform' };
  };
  const walk = (x: unknown, depth: number): { path: KeyPath; name: string } | null => {
    if (x === null || typeof x !== 'object' || depth > 100 || seen.has(x) || --budget < 0) return null;
    seen.add(x);
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        at.push(i);
        const found = walk(x[i], depth + 1);
        at.pop();
        if (found) return found;
      }
      return null;
    }
    for (const k in x) {
      if (!Object.prototype.hasOwnProperty.call(x, k)) continue;
      const y = (x as Record<string, unknown>)[k];
      // `{Fn::Transform: …}` alone is the intrinsic and stands where the mapping does; beside other keys, at its key.
      if (k === 'Fn::Transform') {
        if (intrinsicName(x) !== k) at.push(k);
        return hit(y);
      }
      at.push(k);
      const found = walk(y, depth + 1);
      at.pop();
      if (found) return found;
    }
    return null;
  };
  return walk(v, 0);
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
