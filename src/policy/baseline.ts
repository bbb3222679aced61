/**
 * Baselines: the fingerprints of findings a team has accepted for now, so the gate can be adopted
 * on a codebase with existing findings. Fingerprints leave out positions and wording, so a
 * baseline survives reformatting, key reordering and moved lines. Pure: text in, data out.
 */
import type { Finding } from '../types/types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly stack: string | null;
  readonly logicalId: string;
}

export interface Baseline {
  readonly version: number;
  readonly generated: string;
  readonly findings: readonly BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The baseline of a run: every finding that would count without a baseline (active, or already
 * baselined), once per fingerprint, sorted so the file diffs cleanly in review.
 */
export function makeBaseline(stacks: readonly { readonly findings: readonly Finding[] }[], now: Date): Baseline {
  const byFp = new Map<string, BaselineEntry>();
  for (const s of stacks) {
    for (const f of s.findings) {
      if (f.status !== 'active' && f.status !== 'baselined') continue;
      if (!byFp.has(f.fingerprint)) byFp.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, stack: f.stackName, logicalId: f.logicalId });
    }
  }
  const findings = [...byFp.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.stack ?? '', b.stack ?? '') || cmp(a.logicalId, b.logicalId) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, generated: now.toISOString(), findings };
}

export function formatBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fingerprints in a baseline file. */
export function parseBaseline(text: string, file: string): ReadonlySet<string> {
  let doc: unknown;
  try {
    // Editors on Windows save JSON with a byte-order mark; JSON.parse refuses it.
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new BaselineError(file, `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObj(doc) || !Array.isArray(doc['findings']))
    throw new BaselineError(file, 'not a cfn-audit baseline: expected {"version", "findings": [...]} (write one with --write-baseline)');
  if (doc['version'] !== BASELINE_VERSION) throw new BaselineError(file, `baseline version ${String(doc['version'])} is not supported (expected ${BASELINE_VERSION})`);
  const out = new Set<string>();
  doc['findings'].forEach((e, i) => {
    const fp = isObj(e) ? e['fingerprint'] : undefined;
    if (typeof fp !== 'string' || fp === '') throw new BaselineError(file, `findings[${i}] has no fingerprint`);
    out.add(fp);
  });
  return out;
}

/** Active findings whose fingerprint is in `known` become `baselined` with `reason`. */
export function applyBaseline(findings: readonly Finding[], known: ReadonlySet<string>, reason: string): { findings: Finding[]; matched: number } {
  let matched = 0;
  const out = findings.map((f) => {
    if (f.status !== 'active' || !known.has(f.fingerprint)) return f;
    matched++;
    return { ...f, status: 'baselined' as const, reason };
  });
  return { findings: out, matched };
}
