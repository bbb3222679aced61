/**
 * Reads a CDK cloud assembly (`cdk.out/`) into SourceFiles: one per stack template, one per nested-stack
 * template (recursively), Stage assemblies included.
 *
 * The manifest is read with JSON.parse rather than `@aws-cdk/cloud-assembly-schema`, because that library
 * refuses manifests of a newer schema version and a linter must keep working when users upgrade the CDK.
 * Only three artifact types matter (`aws:cloudformation:stack`, `cdk:cloud-assembly`, `cdk:tree`), plus
 * `cdk:asset-manifest` as a last resort for locating nested templates; everything else is ignored.
 *
 * Naming (documented for report readers):
 * - top-level stack: `properties.stackName` ?? the artifact id (Stage stacks: e.g. `Prod-Api`);
 * - nested stack: `<parent stack name>/<logical id of the AWS::CloudFormation::Stack resource>`, so a nested
 *   stack in a nested stack is `Root/OuterRes/InnerRes`; `parents` lists the enclosing stack names,
 *   outermost first.
 * - cdkPaths: logical id → construct path without the leading `/`, limited to the constructs that live in
 *   that template (a nested stack's constructs are under the parent's tree but belong to the nested file).
 */
import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { ParseError } from 'jsonc-parser';
import { jsoncModule } from '../lazy/modules.js';
import type { AuditError, SourceFile } from '../types/types.js';
import { LineIndex } from './line-index.js';
import { readBounded, readText, realPathOrSelf } from './read-file.js';

export interface CloudAssemblyResult {
  readonly sources: SourceFile[];
  readonly errors: AuditError[];
}

export interface ReadCloudAssemblyOptions {
  /** Files in the result are relative to this directory. */
  readonly cwd: string;
}

const MANIFEST = 'manifest.json';
const STACK = 'aws:cloudformation:stack';
const NESTED_ASSEMBLY = 'cdk:cloud-assembly';
const TREE = 'cdk:tree';
const ASSET_MANIFEST = 'cdk:asset-manifest';
const LOGICAL_ID = 'aws:cdk:logicalId';
const TEMPLATE_FILE = 'aws:cdk:templateFile';
const TREE_LOGICAL_ID = 'aws:cdk:cloudformation:logicalId';
/** A tree split into sub-files is bounded by this many files, so a hostile assembly cannot make us read forever. */
const MAX_TREE_FILES = 1000;

/**
 * True for a directory holding a cloud-assembly manifest.json (or the manifest.json itself). Any
 * other file of that name (a web-app or extension manifest, a stray copy) does not make a folder an
 * assembly, or every template beside it would go unaudited: the manifest must have a schema
 * `version` string and an `artifacts` object with at least one artifact of a CDK or CloudFormation
 * type. A manifest that is not valid JSON still counts when the `cdk.out` marker file sits next to
 * it: the caller then reads it as an assembly and reports the corruption.
 */
export async function isCloudAssembly(path: string): Promise<boolean> {
  const manifestPath = manifestPathOf(path);
  if (manifestPath === null) return false;
  const read = await readBounded(manifestPath);
  if (!read.ok) return false;
  try {
    return isAssemblyManifest(JSON.parse(read.bytes.toString('utf8')));
  } catch {
    return isFile(resolve(dirname(manifestPath), 'cdk.out'));
  }
}

/** The shape every cloud assembly manifest has (any schema version): see `isCloudAssembly`. */
export function isAssemblyManifest(value: unknown): boolean {
  if (!isRecord(value) || typeof value['version'] !== 'string' || !/^\d+\.\d+\.\d+/.test(value['version'])) return false;
  const artifacts = value['artifacts'];
  if (!isRecord(artifacts)) return false;
  const list = Object.values(artifacts);
  return list.every((a) => isRecord(a) && typeof a['type'] === 'string') && list.some((a) => isRecord(a) && /^(aws:cloudformation:|cdk:)/.test(String(a['type'])));
}

/**
 * Reads every stack template of the assembly at `path` (a directory or its manifest.json). Never throws for bad
 * input: unreadable manifests and templates become AuditErrors and the remaining stacks are still returned.
 */
export async function readCloudAssembly(path: string, opts: ReadCloudAssemblyOptions): Promise<CloudAssemblyResult> {
  const manifestPath = manifestPathOf(path) ?? resolve(path, MANIFEST);
  const root = realPathOrSelf(dirname(manifestPath));
  const run: Run = { cwd: opts.cwd, root, sources: [], errors: [], seenAssemblies: new Set(), emitted: new Set() };
  await readAssembly(run, dirname(manifestPath), null);
  return { sources: run.sources, errors: run.errors };
}

// ---------------------------------------------------------------------------------------------------------------

interface Run {
  readonly cwd: string;
  /** Real path of the assembly folder: no file outside it is read, whatever links it holds. */
  readonly root: string;
  readonly sources: SourceFile[];
  readonly errors: AuditError[];
  /** Stage directories already read: a `directoryName` of `.` must not loop. */
  readonly seenAssemblies: Set<string>;
  /** Template files already emitted: guards against a template that (indirectly) references itself. */
  readonly emitted: Set<string>;
}

/** Construct-path facts from the construct tree, loaded only when a stack's metadata has no logical ids. */
type TreeLoader = () => Promise<Map<string, string> | null>;

interface Assembly {
  readonly dir: string;
  readonly root: string;
  readonly tree: TreeLoader;
  /** Asset object key (`<hash>.json`) → template path, from the asset manifests; loaded on demand. */
  readonly assetTemplates: () => Promise<Map<string, string>>;
}

/** What one stack artifact tells about its constructs, nested stacks included. */
interface StackFacts {
  /** Construct path (no leading `/`) → logical id, for every template of the artifact. */
  readonly logicalIds: Map<string, string>;
  /** Nested-stack construct path → template file (relative to the assembly), from `aws:cdk:templateFile`. */
  readonly templateFiles: Map<string, string>;
  /** Construct paths of the stack and its nested stacks, longest first, to assign each construct to one template. */
  readonly scopes: string[];
}

async function readAssembly(run: Run, dir: string, parentTree: TreeLoader | null): Promise<void> {
  if (run.seenAssemblies.has(dir)) return;
  run.seenAssemblies.add(dir);
  const manifestFile = resolve(dir, MANIFEST);
  const manifest = await readJson(manifestFile, run.root);
  if (!manifest.ok) {
    run.errors.push({ ...manifest.error, file: display(run, manifestFile) });
    return;
  }
  const artifacts = isRecord(manifest.value) ? manifest.value['artifacts'] : undefined;
  if (!isRecord(artifacts)) {
    run.errors.push(error(run, manifestFile, 'not a CDK cloud assembly manifest: it has no "artifacts" object'));
    return;
  }

  const ownTree = Object.values(artifacts).find((a) => isRecord(a) && a['type'] === TREE);
  const treeFile = isRecord(ownTree) ? str(props(ownTree)['file']) : undefined;
  // Stage assemblies carry no tree.json of their own: the root tree covers every construct of the app.
  const tree = treeFile !== undefined ? memo(() => loadTree(resolve(dir, treeFile), run.root)) : (parentTree ?? memo(() => loadTree(resolve(dir, 'tree.json'), run.root)));
  const assembly: Assembly = { dir, root: run.root, tree, assetTemplates: memo(() => loadAssetTemplates(dir, artifacts, run.root)) };

  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    if (artifact['type'] === STACK) await readStack(run, assembly, id, artifact, manifestFile);
    else if (artifact['type'] === NESTED_ASSEMBLY) {
      const sub = str(props(artifact)['directoryName']);
      if (sub === undefined) {
        run.errors.push(error(run, manifestFile, `artifact "${id}" (a Stage) has no properties.directoryName`));
        continue;
      }
      const subDir = inside(dir, sub);
      if (subDir === null) {
        run.errors.push(error(run, manifestFile, `artifact "${id}" points outside the cloud assembly: ${sub}`));
        continue;
      }
      await readAssembly(run, subDir, tree);
    }
  }
}

async function readStack(run: Run, asm: Assembly, id: string, artifact: Record<string, unknown>, manifestFile: string): Promise<void> {
  const p = props(artifact);
  const templateFile = str(p['templateFile']);
  if (templateFile === undefined) {
    run.errors.push(error(run, manifestFile, `stack artifact "${id}" has no properties.templateFile`));
    return;
  }
  const stackName = str(p['stackName']) ?? id;
  const facts = await stackFacts(asm, id, artifact, templateFile);
  const rootScope = scopeOfTemplate(facts, templateFile) ?? str(artifact['displayName']) ?? id;
  if (!facts.scopes.includes(rootScope)) insertScope(facts.scopes, rootScope);
  await readTemplate(run, asm, facts, templateFile, rootScope, stackName, []);
}

/** Collects logical ids and nested-stack template files from the stack's metadata, falling back to tree.json. */
async function stackFacts(asm: Assembly, id: string, artifact: Record<string, unknown>, templateFile: string): Promise<StackFacts> {
  const logicalIds = new Map<string, string>();
  const templateFiles = new Map<string, string>();
  const collect = (metadata: unknown): void => {
    if (!isRecord(metadata)) return;
    for (const [key, entries] of Object.entries(metadata)) {
      if (!Array.isArray(entries)) continue;
      const path = key.replace(/^\//, '');
      for (const entry of entries) {
        if (!isRecord(entry)) continue;
        const data = str(entry['data']);
        if (data === undefined) continue;
        if (entry['type'] === LOGICAL_ID) logicalIds.set(path, data);
        else if (entry['type'] === TEMPLATE_FILE) templateFiles.set(path, data);
      }
    }
  };
  collect(artifact['metadata']);
  // The schema puts additionalMetadataFile on the artifact; accept it under properties too, and otherwise try the
  // conventional name. A missing metadata file only costs construct paths, so it is not an error.
  const named = str(artifact['additionalMetadataFile']) ?? str(props(artifact)['additionalMetadataFile']);
  const metadataFile = inside(asm.dir, named ?? `${id}.metadata.json`);
  if (metadataFile !== null) {
    const extra = await readJson(metadataFile, asm.root);
    if (extra.ok) collect(extra.value);
  }

  if (logicalIds.size === 0) {
    const tree = await asm.tree();
    const stackPath = [...templateFiles].find(([, file]) => file === templateFile)?.[0] ?? str(artifact['displayName']) ?? id;
    if (tree !== null) for (const [path, logicalId] of tree) if (path.startsWith(`${stackPath}/`)) logicalIds.set(path, logicalId);
  }

  const scopes: string[] = [];
  for (const path of templateFiles.keys()) insertScope(scopes, path);
  for (const path of logicalIds.keys()) {
    const nested = nestedScopeOfResource(path);
    if (nested !== null) insertScope(scopes, nested);
  }
  return { logicalIds, templateFiles, scopes };
}

async function readTemplate(run: Run, asm: Assembly, facts: StackFacts, templateFile: string, scope: string, stackName: string, parents: readonly string[]): Promise<void> {
  const abs = inside(asm.dir, templateFile);
  if (abs === null) {
    run.errors.push(error(run, resolve(asm.dir, MANIFEST), `template of stack "${stackName}" is outside the cloud assembly: ${templateFile}`));
    return;
  }
  // The same file reached twice is a cycle (or a duplicate reference); its content is audited once already.
  if (run.emitted.has(abs)) return;
  run.emitted.add(abs);
  const read = readText(abs, { root: run.root });
  if (!read.ok) {
    run.errors.push(error(run, abs, `cannot read the template of stack "${stackName}" listed in the cloud assembly: ${read.message}`));
    return;
  }
  const decoded = read.decoded;
  if (!decoded.ok) {
    run.errors.push({ ...error(run, abs, decoded.message), line: decoded.line, column: decoded.column });
    return;
  }
  const text = decoded.text;
  const cdkPaths = pathsInScope(facts, scope);
  run.sources.push({
    file: display(run, abs),
    text,
    stackName,
    origin: 'cdk',
    parents,
    cdkPaths,
    syntax: 'json',
    // The manifest names this file as a template, so a file that fails to parse is an error, never a skip.
    explicit: true,
  });

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return; // the core parses the text again and reports the error with its position
  }
  const resources = isRecord(body) ? body['Resources'] : undefined;
  if (!isRecord(resources)) return;

  const childParents = [...parents, stackName];
  const linked = new Set<string>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isRecord(resource) || resource['Type'] !== 'AWS::CloudFormation::Stack') continue;
    const metadata = isRecord(resource['Metadata']) ? resource['Metadata'] : {};
    const assetPath = str(metadata['aws:asset:path']);
    let file = assetPath !== undefined && assetPath.endsWith('.template.json') ? assetPath : undefined;
    const resourcePath = (Object.hasOwn(cdkPaths, logicalId) ? cdkPaths[logicalId] : undefined) ?? str(metadata['aws:cdk:path']);
    let childScope = resourcePath !== undefined ? nestedScopeOfResource(resourcePath) : null;
    if (childScope === null && file !== undefined) childScope = scopeOfTemplate(facts, file);
    if (file === undefined && childScope !== null) file = facts.templateFiles.get(childScope);
    // Without path or asset metadata, the asset manifest still maps the TemplateURL's object key to the file.
    if (file === undefined) file = await templateFromAssetUrl(asm, resource['Properties']);
    // A nested stack whose template lives outside the assembly (a plain TemplateURL) cannot be audited here.
    if (file === undefined) continue;
    childScope ??= scopeOfTemplate(facts, file) ?? `${scope}/${logicalId}`;
    linked.add(childScope);
    await readTemplate(run, asm, facts, file, childScope, `${stackName}/${logicalId}`, childParents);
  }

  // Nested stacks known from metadata but not matched to a resource above are still audited, named by construct id.
  for (const [nestedScope, file] of facts.templateFiles) {
    if (linked.has(nestedScope) || nestedScope === scope || enclosingScope(facts, nestedScope) !== scope) continue;
    await readTemplate(run, asm, facts, file, nestedScope, `${stackName}/${basename(nestedScope)}`, childParents);
  }
}

/** logicalId → construct path for the constructs whose innermost enclosing stack is `scope`. */
function pathsInScope(facts: StackFacts, scope: string): Record<string, string> {
  // Keyed by logical ids, which may be names such as `constructor`: no prototype.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [path, logicalId] of facts.logicalIds) if (enclosingScope(facts, path) === scope) out[logicalId] = path;
  return out;
}

/** The longest known stack scope strictly containing `path`. */
function enclosingScope(facts: StackFacts, path: string): string | null {
  for (const scope of facts.scopes) if (path.startsWith(`${scope}/`)) return scope;
  return null;
}

function scopeOfTemplate(facts: StackFacts, file: string): string | null {
  for (const [scope, f] of facts.templateFiles) if (f === file) return scope;
  return null;
}

/** Keeps scopes sorted longest first so that the first prefix match is the innermost stack. */
function insertScope(scopes: string[], scope: string): void {
  if (scopes.includes(scope)) return;
  scopes.push(scope);
  scopes.sort((a, b) => b.length - a.length);
}

/**
 * A NestedStack `X` under `P` is deployed by the resource at `P/X.NestedStack/X.NestedStackResource`, while X's own
 * constructs live under `P/X`; this maps the former path to the latter.
 */
function nestedScopeOfResource(path: string): string | null {
  const parts = path.split('/');
  const last = parts[parts.length - 1];
  const holder = parts[parts.length - 2];
  if (last === undefined || holder === undefined || !last.endsWith('.NestedStackResource')) return null;
  const id = last.slice(0, -'.NestedStackResource'.length);
  if (holder !== `${id}.NestedStack`) return null;
  return [...parts.slice(0, -2), id].join('/');
}

async function templateFromAssetUrl(asm: Assembly, properties: unknown): Promise<string | undefined> {
  const url = isRecord(properties) ? properties['TemplateURL'] : undefined;
  if (url === undefined) return undefined;
  const byKey = await asm.assetTemplates();
  for (const s of strings(url)) {
    const file = byKey.get(s.slice(s.lastIndexOf('/') + 1));
    if (file !== undefined) return file;
  }
  return undefined;
}

async function loadAssetTemplates(dir: string, artifacts: Record<string, unknown>, root: string): Promise<Map<string, string>> {
  const byKey = new Map<string, string>();
  for (const artifact of Object.values(artifacts)) {
    if (!isRecord(artifact) || artifact['type'] !== ASSET_MANIFEST) continue;
    const file = inside(dir, str(props(artifact)['file']) ?? '');
    if (file === null) continue;
    const assets = await readJson(file, root);
    const files = assets.ok && isRecord(assets.value) ? assets.value['files'] : undefined;
    if (!isRecord(files)) continue;
    for (const asset of Object.values(files)) {
      if (!isRecord(asset) || !isRecord(asset['source']) || !isRecord(asset['destinations'])) continue;
      const path = str(asset['source']['path']);
      if (path === undefined || !path.endsWith('.template.json')) continue;
      for (const dest of Object.values(asset['destinations'])) {
        const key = isRecord(dest) ? str(dest['objectKey']) : undefined;
        if (key !== undefined) byKey.set(key.slice(key.lastIndexOf('/') + 1), path);
      }
    }
  }
  return byKey;
}

/** Construct path → logical id of every L1 node in tree.json, following sub-tree files of large apps. */
async function loadTree(treeFile: string, root: string): Promise<Map<string, string> | null> {
  const top = await readJson(treeFile, root);
  if (!top.ok || !isRecord(top.value)) return null;
  const out = new Map<string, string>();
  const baseDir = dirname(treeFile);
  const files = new Map<string, unknown>([[treeFile, top.value]]);
  const pending: unknown[] = [top.value['tree']];
  while (pending.length > 0) {
    let node = pending.pop();
    if (!isRecord(node)) continue;
    const fileName = str(node['fileName']);
    if (fileName !== undefined && node['children'] === undefined) {
      // A sub-tree reference (aws-cdk-lib splits huge trees): a TreeFile, or a ForestFile when treeId is set.
      const abs = inside(baseDir, fileName);
      if (abs === null) continue;
      if (!files.has(abs)) {
        if (files.size >= MAX_TREE_FILES) continue;
        const sub = await readJson(abs, root);
        files.set(abs, sub.ok ? sub.value : null);
      }
      const doc = files.get(abs);
      const treeId = str(node['treeId']);
      node = !isRecord(doc) ? undefined : treeId !== undefined ? (isRecord(doc['forest']) ? doc['forest'][treeId] : undefined) : doc['tree'];
      if (!isRecord(node) || str(node['fileName']) !== undefined) continue;
    }
    const path = str(node['path']);
    const attributes = node['attributes'];
    const logicalId = isRecord(attributes) ? str(attributes[TREE_LOGICAL_ID]) : undefined;
    if (path !== undefined && logicalId !== undefined) out.set(path, logicalId);
    if (isRecord(node['children'])) pending.push(...Object.values(node['children']));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

type JsonResult = { ok: true; value: unknown } | { ok: false; error: Omit<AuditError, 'file'> };

async function readJson(file: string, root: string): Promise<JsonResult> {
  const read = await readBounded(file, { root });
  if (!read.ok) return { ok: false, error: { line: null, column: null, message: `cannot read ${basename(file)}: ${read.message}` } };
  const text = read.bytes.toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    // Node 20's JSON.parse message carries no position; a strict jsonc-parser pass finds the offset.
    const problems: ParseError[] = [];
    jsoncModule().parse(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = problems[0];
    const pos = first !== undefined ? new LineIndex(text).position(first.offset) : null;
    const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    return { ok: false, error: { line: pos?.line ?? null, column: pos?.column ?? null, message: `${basename(file)} is not valid JSON: ${reason}` } };
  }
}

function manifestPathOf(path: string): string | null {
  const abs = resolve(path);
  if (basename(abs) === MANIFEST && isFile(abs)) return abs;
  const inDir = resolve(abs, MANIFEST);
  return isFile(inDir) ? inDir : null;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Resolves `rel` against `dir`, or null when it escapes `dir`: a hostile manifest must not read arbitrary files. */
function inside(dir: string, rel: string): string | null {
  if (rel === '') return null;
  const abs = resolve(dir, rel);
  return abs === dir || abs.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? abs : null;
}

function display(run: Run, abs: string): string {
  return relative(run.cwd, abs).split(sep).join('/');
}

function error(run: Run, abs: string, message: string): AuditError {
  return { file: display(run, abs), line: null, column: null, message };
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

function props(artifact: Record<string, unknown>): Record<string, unknown> {
  const p = artifact['properties'];
  return isRecord(p) ? p : {};
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (isRecord(value)) for (const v of Object.values(value)) yield* strings(v);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
