/**
 * What the stacks of one run tell each other: a nested stack takes the parameter values its parent's
 * `AWS::CloudFormation::Stack` resource passes, and `Fn::ImportValue` of an export that another stack
 * of the run defines takes that output's value. Graphs for this are built lazily, only for stacks
 * that are parents or exporters, and cycles end as unknown values.
 */
import { basename, dirname, resolve as resolvePath } from 'node:path';
import type { SourceFile, Template } from '../types/types.js';
import { buildGraph, TemplateShapeError, type ResourceGraph } from './graph.js';
import { givenFromStrings, type Resolved } from './resolve.js';
import { mayBeWildcard, parameterDecls } from './iam.js';
import { wordText } from '../load/mentions.js';

export interface LinkedTemplate {
  readonly template: Template;
}

export interface StackLinks<T extends LinkedTemplate> {
  contextOf(stack: T): {
    given: ReadonlyMap<string, readonly Resolved[]>;
    imports: (name: string) => readonly Resolved[] | undefined;
    nestedInRun: ReadonlySet<string>;
  };
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function linkStacks<T extends LinkedTemplate>(stacks: readonly T[], parameters: Readonly<Record<string, string>>): StackLinks<T> {
  const cliGiven = givenFromStrings(parameters);
  // child → its parent and the logical id of the Stack resource that creates it.
  const parentOf = new Map<T, { parent: T; logicalId: string }>();
  const nested = new Map<T, Set<string>>();
  const byName = new Map<string, T>();
  const byFile = new Map<string, T>();
  for (const s of stacks) {
    if (s.template.stackName) byName.set(s.template.stackName, s);
    byFile.set(resolvePath('/', s.template.file), s);
  }
  const link = (child: T, parent: T, logicalId: string) => {
    if (child === parent || parentOf.has(child)) return;
    parentOf.set(child, { parent, logicalId });
    let set = nested.get(parent);
    if (!set) nested.set(parent, (set = new Set()));
    set.add(logicalId);
  };
  for (const s of stacks) {
    const t = s.template;
    // CDK nested stacks: named `<parent>/<logical id>`, with the parent chain listed.
    if (t.parents.length && t.stackName) {
      const parentName = t.parents[t.parents.length - 1]!;
      const parent = byName.get(parentName);
      if (parent && t.stackName.startsWith(`${parentName}/`)) link(s, parent, t.stackName.slice(parentName.length + 1));
    }
    // Plain templates: a TemplateURL that is a relative path to a template of the run (before `aws cloudformation package`).
    for (const [id, raw] of Object.entries(asRecord(t.body['Resources']))) {
      const r = asRecord(raw);
      if (r['Type'] !== 'AWS::CloudFormation::Stack') continue;
      const url = asRecord(r['Properties'])['TemplateURL'];
      if (typeof url !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const child = byFile.get(resolvePath(dirname(resolvePath('/', t.file)), url));
      if (child) link(child, s, id);
    }
  }

  const graphs = new Map<T, ResourceGraph | null>();
  const active = new Set<T>();
  const givens = new Map<T, ReadonlyMap<string, readonly Resolved[]>>();
  let exportTable: Map<string, { stack: T; value: unknown }> | null = null;
  const importing = new Set<string>();

  const givenOf = (s: T): ReadonlyMap<string, readonly Resolved[]> => {
    const link = parentOf.get(s);
    // Not cached for a stack no parent passes values to: the map would hold every template of the run
    // (most are not linked) until the run ends, and each is the same `cliGiven`.
    if (!link) return cliGiven;
    const cached = givens.get(s);
    if (cached) return cached;
    const pg = graphOf(link.parent);
    const res = pg?.resources.get(link.logicalId);
    const m = new Map<string, readonly Resolved[]>();
    if (pg && res) {
      const parentDecls = parameterDecls(link.parent.template.body, pg.resolver);
      for (const [name, v] of Object.entries(asRecord(res.properties['Parameters']))) {
        // The parent's branches name the parent's conditions: meaningless in the child.
        m.set(
          name,
          pg.resolver.resolveString(v).map((r) =>
            r.known
              ? { known: true, value: r.value, conditions: [] }
              : {
                  known: false,
                  reason: { code: 'passed-by-parent', args: { parent: link.parent.template.stackName ?? link.parent.template.file, reason: r.reason } },
                  conditions: [],
                  ...(mayBeWildcard(v, parentDecls) ? {} : { opaque: true as const }),
                },
          ),
        );
      }
    } else {
      for (const name of paramNames(s.template)) m.set(name, [{ known: false, reason: { code: 'parent-value-unreadable', args: {} }, conditions: [] }]);
    }
    givens.set(s, m);
    return m;
  };

  const graphOf = (s: T): ResourceGraph | null => {
    if (graphs.has(s)) return graphs.get(s)!;
    if (active.has(s)) return null;
    active.add(s);
    let g: ResourceGraph | null = null;
    try {
      g = buildGraph(s.template, { given: givenOf(s), imports });
    } catch (e) {
      if (!(e instanceof TemplateShapeError)) throw e;
    }
    active.delete(s);
    graphs.set(s, g);
    return g;
  };

  const table = (): Map<string, { stack: T; value: unknown }> => {
    if (exportTable) return exportTable;
    exportTable = new Map();
    for (const s of stacks) {
      const outputs = asRecord(s.template.body['Outputs']);
      const exporting = Object.values(outputs).filter((o) => asRecord(o)['Export'] !== undefined);
      if (!exporting.length) continue;
      const g = graphOf(s);
      if (!g) continue;
      for (const o of exporting) {
        const name = asRecord(asRecord(o)['Export'])['Name'];
        for (const n of g.resolver.resolveString(name))
          if (n.known && !exportTable.has(String(n.value))) exportTable.set(String(n.value), { stack: s, value: asRecord(o)['Value'] });
      }
    }
    return exportTable;
  };

  function imports(name: string): readonly Resolved[] | undefined {
    const e = table().get(name);
    if (!e) return undefined;
    if (importing.has(name)) return [{ known: false, reason: { code: 'export-cycle', args: { name } }, conditions: [] }];
    importing.add(name);
    try {
      const g = graphOf(e.stack);
      if (!g) return [{ known: false, reason: { code: 'exporter-unreadable', args: { name } }, conditions: [] }];
      return g.resolver
        .resolve(e.value)
        .map((r) =>
          r.known ? { known: true, value: r.value, conditions: [] } : { known: false, reason: { code: 'from-export', args: { name, reason: r.reason } }, conditions: [] },
        );
    } finally {
      importing.delete(name);
    }
  }

  return {
    contextOf: (s) => ({ given: givenOf(s), imports, nestedInRun: nested.get(s) ?? new Set() }),
  };
}

function paramNames(t: Template): string[] {
  return Object.keys(asRecord(t.body['Parameters']));
}

/** Not blank, a quote, a backslash, `:`, `,` or a bracket: what a path in a TemplateURL is made of. */
const NOT_IN_PATH = /[\s"'\\:,{}[\]]/;
const PATH_ASCII = Array.from({ length: 128 }, (_, c) => !NOT_IN_PATH.test(String.fromCharCode(c)));
const isWordChar = (c: number): boolean => (c < 128 ? PATH_ASCII[c]! : !NOT_IN_PATH.test(String.fromCharCode(c)));

/**
 * For each file, the files its result may depend on: every exporter for a file that imports a value,
 * the files a stack's `TemplateURL`s name (relative paths, as linkStacks resolves them) and the
 * stacks that name it, and every CDK stack for a CDK stack (linked by name). A text test, generous
 * on purpose: a file read in vain costs time, a file missed would change a result. Escape sequences
 * are undone before the test (`\u0049mportValue` is `ImportValue` to a JSON or YAML reader).
 */
export function stackDependencies(sources: readonly SourceFile[]): Map<number, Set<number>> {
  const deps = new Map<number, Set<number>>();
  // A file alone links to nothing.
  if (sources.length < 2) return deps;
  const add = (from: number, to: number): void => {
    if (from === to) return;
    let set = deps.get(from);
    if (!set) deps.set(from, (set = new Set()));
    set.add(to);
  };
  const byPath = new Map<string, number[]>();
  // The last extension of every file's name (`yaml` of `a.yaml`): a word cut after another extension names no file of the run.
  const extensions = new Set<string>();
  const keys = sources.map((s) => resolvePath('/', s.file));
  sources.forEach((s, i) => {
    const key = keys[i]!;
    const list = byPath.get(key);
    if (list) list.push(i);
    else byPath.set(key, [i]);
    const name = basename(key);
    const ext = name.slice(name.lastIndexOf('.') + 1);
    if (ext.length < name.length && /^[A-Za-z0-9]+$/.test(ext)) extensions.add(ext);
  });
  // A dot, then one of those extensions, then no letter or digit.
  const extensionAt = extensions.size ? new RegExp(`\\.(?:${[...extensions].join('|')})(?![A-Za-z0-9])`, 'g') : null;
  const texts = sources.map((s) => wordText(s.text));
  const exporters = texts.flatMap((t, i) => (t === null || t.includes('Export') ? [i] : []));
  const cdk = sources.flatMap((s, i) => ((s.parents?.length ?? 0) > 0 || (s.stackName ?? null) !== null ? [i] : []));
  const inCdk = new Set(cdk);
  sources.forEach((s, i) => {
    const text = texts[i] ?? null;
    // A text that may spell any word depends on every file, and every file on it.
    if (text === null) {
      for (let j = 0; j < sources.length; j++) {
        add(i, j);
        add(j, i);
      }
      return;
    }
    if (text.includes('ImportValue')) for (const e of exporters) add(i, e);
    if (inCdk.has(i)) for (const c of cdk) add(i, c);
    if (extensionAt === null || !text.includes('AWS::CloudFormation::Stack')) return;
    const dir = dirname(keys[i]!);
    // Every path-like word, cut after each of its extensions (`a.yaml`, `a.yaml.bak`) that is also the
    // last extension of a file of the run. Only the dots followed by one are looked at: most
    // (`Role.Arn`, `amazonaws.com`) are not, and no string is made for their word.
    let wordStart = 0;
    let wordEnd = 0;
    for (const m of text.matchAll(extensionAt)) {
      const dot = m.index;
      const ext = dot + m[0].length;
      if (dot >= wordEnd) {
        // A dot is a word character: the word around this one.
        for (wordStart = dot; wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1));) wordStart--;
        for (wordEnd = dot + 1; wordEnd < text.length && isWordChar(text.charCodeAt(wordEnd));) wordEnd++;
      }
      for (const child of byPath.get(resolvePath(dir, text.slice(wordStart, ext))) ?? []) {
        add(i, child);
        add(child, i);
      }
    }
  });
  return deps;
}

/** The files that link to another or that another links to (see stackDependencies): the ones a run must read together. */
export function linkedFiles(deps: ReadonlyMap<number, ReadonlySet<number>>): Set<number> {
  const out = new Set<number>();
  for (const [from, to] of deps) {
    out.add(from);
    for (const j of to) out.add(j);
  }
  return out;
}
