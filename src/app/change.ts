/**
 * Change-aware runs (`--base`, `--base-ref`): the base version of each audited file, from a path or a
 * git revision, audited with the same rules and values; its findings are "present in base" and the
 * security-relevant changes between the two versions are listed.
 */
import { basename, relative, resolve, sep } from 'node:path';
import type { Notice, SecurityChange, SourceFile, Template } from '../types/types.js';
import type { Auditor } from '../engine/audit.js';
import { pairSources, securityChanges } from '../policy/index.js';
import { UsageError } from './errors.js';
import type { AppPorts } from './ports.js';

export interface BaseRequest {
  readonly cwd: string;
  readonly inputs: readonly string[];
  readonly base?: string | null;
  readonly baseRef?: string | null;
}

/** What the base versions tell the run, per audited file. */
export interface BaseFacts {
  /** Fingerprints of the findings the base version of a file already has (absent: every finding is new). */
  readonly known: ReadonlyMap<string, ReadonlySet<string>>;
  readonly changes: ReadonlyMap<string, readonly SecurityChange[]>;
}

/** The base version of every audited source that has one. */
export async function baseSources(req: BaseRequest, sources: readonly SourceFile[], ports: AppPorts): Promise<Map<string, SourceFile>> {
  if (req.baseRef) return sourcesAtRef(req.baseRef, sources, req.cwd, ports);
  return sourcesFromBase(req.base!, sources, req, ports);
}

/**
 * Audit the base version of each stack; a stack without one (a new file, or absent at the ref) is new
 * in full. `template(file)` is the audited version, as parsed for the run.
 */
export async function compareWithBase(
  stacks: readonly { readonly file: string }[],
  bases: ReadonlyMap<string, SourceFile>,
  template: (file: string) => Template | null,
  auditor: Auditor,
  ports: AppPorts,
  notices: Notice[],
): Promise<BaseFacts> {
  const cfd = await ports.loadDiff();
  // Same values and branch mode as the audited version, so a finding's fingerprint matches its base twin.
  const plain = auditor.plain();
  const known = new Map<string, ReadonlySet<string>>();
  const changes = new Map<string, readonly SecurityChange[]>();
  for (const s of stacks) {
    const base = bases.get(s.file);
    let baseBody: Readonly<Record<string, unknown>> = { Resources: {} };
    if (base) {
      const prepared = plain.prepare(base);
      const r = 'template' in prepared ? plain.evaluatePrepared(prepared, {}) : prepared;
      if ('stack' in r && 'template' in prepared) {
        known.set(s.file, new Set(r.stack.findings.map((f) => f.fingerprint)));
        baseBody = prepared.template.body;
      } else {
        notices.push({ kind: 'info', file: s.file, code: 'base-not-audited', args: { error: 'error' in r ? r.error.message : null } });
      }
    }
    const current = template(s.file);
    if (current) changes.set(s.file, securityChanges(cfd, baseBody, current.body));
  }
  return { known, changes };
}

async function sourcesFromBase(base: string, sources: readonly SourceFile[], req: BaseRequest, ports: AppPorts): Promise<Map<string, SourceFile>> {
  const found = await ports.discover([base], { cwd: req.cwd });
  if (found.sources.length === 0) throw new UsageError(`--base ${base}: ${found.errors[0]?.message ?? 'no template found'}`);
  const baseAbs = resolve(req.cwd, base);
  const baseIsDir = (await ports.fs.kind(baseAbs)) === 'directory';
  const input = req.inputs.length === 1 ? resolve(req.cwd, req.inputs[0]!) : null;
  const inputIsDir = input !== null && (await ports.fs.kind(input)) === 'directory';
  const rel = (side: 'current' | 'base', file: string): string => {
    const abs = resolve(req.cwd, file);
    const root = side === 'base' ? (baseIsDir ? baseAbs : null) : inputIsDir ? input : null;
    return root ? relative(root, abs).split(sep).join('/') : basename(abs);
  };
  return pairSources(sources, found.sources, rel);
}

/** The version of each audited file at `ref` (`git show REF:path`); a file absent there has none. */
async function sourcesAtRef(ref: string, sources: readonly SourceFile[], cwd: string, ports: AppPorts): Promise<Map<string, SourceFile>> {
  const top = await ports.git.topLevel(cwd);
  if (!top.ok) throw new UsageError(`--base-ref ${ref}: ${cwd} is not inside a git repository (${top.stderr.trim() || 'git failed'})`);
  const root = await ports.fs.realpath(top.stdout.trim());
  if (!(await ports.git.hasCommit(root, ref))) throw new UsageError(`--base-ref ${ref}: no such commit, branch or tag in this repository`);
  const out = new Map<string, SourceFile>();
  for (const s of sources) {
    if (s.file === '-' || s.file === '<stdin>') continue;
    const abs = resolve(cwd, s.file);
    if ((await ports.fs.kind(abs)) === null) continue;
    const path = relative(root, await ports.fs.realpath(abs))
      .split(sep)
      .join('/');
    if (path.startsWith('../')) continue;
    const shown = await ports.git.show(root, ref, path);
    if (shown.ok) out.set(s.file, { ...s, text: shown.stdout, explicit: true });
  }
  return out;
}
