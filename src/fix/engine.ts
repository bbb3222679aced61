/**
 * The fix engine (pure): a template's text and its findings in, edited text out. Each finding whose rule
 * declares a `fix` gets that function's plan; the plan's edits are checked against the template as written
 * (never through an intrinsic other than the Fn::If branch the finding names) and applied as text edits.
 */
import type { Finding, KeyPath, Syntax } from '../types/types.js';
import { parseTemplate, stripBom } from '../load/parse.js';
import { JsonEditor } from './json-edit.js';
import { YamlEditor, shown } from './yaml-edit.js';
import { DEFAULT_FIX_OPTIONS, type Edit, type FixFn, type FixOptions, type TextEdit } from './types.js';

export type FixOutcome =
  | { readonly kind: 'fixed'; readonly edits: readonly TextEdit[]; /** The template paths the fix changed. */ readonly paths: readonly KeyPath[] }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'none' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `{Ref: …}`, `{Fn::…: …}`, `{Condition: …}`: a value decided by CloudFormation, not written out. */
export function intrinsicName(v: unknown): string | null {
  if (!isObj(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  const k = keys[0]!;
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : null;
}

export function writtenAt(body: unknown, path: KeyPath): unknown {
  let v: unknown = body;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (isObj(v) && Object.prototype.hasOwnProperty.call(v, step)) v = v[step as string];
    else return undefined;
  }
  return v;
}

/** Why `edit` would change a value that comes from an intrinsic, or null when it does not. */
function throughIntrinsic(body: unknown, edit: Edit): string | null {
  const path = edit.path;
  let v: unknown = body;
  for (let i = 0; i < path.length; i++) {
    const name = intrinsicName(v);
    if (name === 'Fn::If' && path[i] === 'Fn::If' && (path[i + 1] === 1 || path[i + 1] === 2)) {
      v = (v as Obj)['Fn::If'];
      continue;
    }
    if (name)
      return `${shown(path, i)} comes from ${name}${name === 'Ref' ? ` ${String((v as Obj)['Ref'])}` : ''}, which cfn-audit does not rewrite; change it where its value is decided`;
    v = writtenAt(v, [path[i]!]);
    if (v === undefined) return null;
  }
  const name = edit.op === 'delete' ? null : intrinsicName(v);
  if (name)
    return `${shown(path, path.length)} comes from ${name}${name === 'Ref' ? ` ${String((v as Obj)['Ref'])}` : ''}, which cfn-audit does not rewrite; change it where its value is decided`;
  return null;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  // From the end, so earlier offsets stay valid; edits at one offset keep their order.
  const sorted = edits.map((e, i) => ({ e, i })).sort((x, y) => y.e.offset - x.e.offset || y.i - x.i);
  for (const { e } of sorted) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}

function overlapping(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.offset < sorted[i - 1]!.offset + sorted[i - 1]!.length) return true;
  return false;
}

/** A template's text parsed once for any number of fixes against it. */
export interface FixDoc {
  readonly syntax: Syntax;
  readonly bom: number;
  readonly plain: string;
  readonly body: Readonly<Record<string, unknown>> | null;
  readonly error: string | null;
  readonly editor: YamlEditor | JsonEditor | null;
}

export function prepareFix(text: string, syntax: Syntax, file = 'template'): FixDoc {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const plain = stripBom(text);
  const editor = syntax === 'json' ? new JsonEditor(plain) : new YamlEditor(plain);
  // YAML: the body comes from the editor's own parse (one parse per file); otherwise as the audit reads it.
  const own = editor instanceof YamlEditor ? editor.body() : null;
  if (own) return { syntax, bom, plain, body: own, error: null, editor };
  const parsed = parseTemplate({ file, text: plain, syntax, explicit: true });
  if (!parsed.ok) return { syntax, bom, plain, body: null, error: parsed.error.message, editor: null };
  return { syntax, bom, plain, body: parsed.template.body, error: null, editor };
}

/** The text edits (against `text`) that fix one finding. */
export function fixOne(text: string, syntax: Syntax, finding: Finding, fn: FixFn, options: FixOptions = DEFAULT_FIX_OPTIONS): FixOutcome {
  return fixIn(prepareFix(text, syntax, finding.file), finding, fn, options);
}

export function fixIn(doc: FixDoc, finding: Finding, fn: FixFn, options: FixOptions = DEFAULT_FIX_OPTIONS): FixOutcome {
  const { syntax, bom, plain, body, editor } = doc;
  if (!body || !editor) return { kind: 'refused', reason: `the template cannot be parsed: ${doc.error ?? 'unknown error'}` };
  const plan = fn({ finding, body, options, written: (p) => writtenAt(body, p) });
  if ('refused' in plan) return { kind: 'refused', reason: plan.refused };
  const out: TextEdit[] = [];
  const paths: KeyPath[] = [];
  const edits: Edit[] = [];
  for (const edit of plan.edits) {
    if (edit.op === 'set' && deepEqual(writtenAt(body, edit.path), edit.value)) continue;
    if (edit.op === 'delete' && writtenAt(body, edit.path) === undefined) continue;
    const why = throughIntrinsic(body, edit);
    if (why) return { kind: 'refused', reason: why };
    const r = editor.apply(edit);
    if ('refused' in r) return { kind: 'refused', reason: r.refused };
    out.push(...r);
    paths.push(edit.path);
    edits.push(edit);
  }
  if (out.length === 0) return { kind: 'none' };
  const shift = (e: TextEdit): TextEdit => ({ ...e, offset: e.offset + bom });
  if (!overlapping(out)) return { kind: 'fixed', edits: out.map(shift), paths };
  // Edits of one node (JSON reformats the object it inserts into): apply them in turn, as one change.
  let current = plain;
  for (const edit of edits) {
    const r = (syntax === 'json' ? new JsonEditor(current) : new YamlEditor(current)).apply(edit);
    if ('refused' in r) return { kind: 'refused', reason: r.refused };
    if (overlapping(r)) return { kind: 'refused', reason: 'the edits of this fix overlap; fix it by hand' };
    current = applyTextEdits(current, r);
  }
  return { kind: 'fixed', edits: [shift(spanEdit(plain, current))], paths };
}

/** One edit that turns `a` into `b`: the span between their common prefix and suffix. */
function spanEdit(a: string, b: string): TextEdit {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  return { offset: pre, length: a.length - pre - suf, text: b.slice(pre, b.length - suf) };
}

export interface FileFix {
  readonly finding: Finding;
  readonly outcome: FixOutcome;
}

/** Fix the findings of one file in turn, each against the text the previous fixes left. */
export function fixText(
  text: string,
  syntax: Syntax,
  findings: readonly Finding[],
  fixFor: (f: Finding) => FixFn | null,
  options: FixOptions = DEFAULT_FIX_OPTIONS,
): { text: string; results: FileFix[] } {
  let current = text;
  const results: FileFix[] = [];
  for (const finding of findings) {
    const fn = fixFor(finding);
    if (!fn) continue;
    const outcome = fixOne(current, syntax, finding, fn, options);
    if (outcome.kind === 'fixed') current = applyTextEdits(current, outcome.edits);
    results.push({ finding, outcome });
  }
  return { text: current, results };
}
