/**
 * Config exceptions: accepted findings, each with a reason and an optional expiry date. A match
 * gives the finding status `excepted`. An expired exception stops applying and is reported; one
 * that matched nothing in the whole run is reported as unused. The clock is injected.
 */
import { minimatchModule } from '../lazy/modules.js';
import type { Finding, Notice } from '../types/types.js';
import type { ResourceGraph } from '../model/graph.js';
import { ConfigError, type LoadedConfig } from './config.js';
import type { ExceptionConfig } from './config-schema.js';

export interface ExceptionOptions {
  /** Today, for expiry. */
  readonly now: Date;
  /**
   * The finding's file as globs see it (e.g. relative to the config file's directory). Both this
   * and the file as reported are tried.
   */
  readonly fileKey?: (file: string) => string;
}

interface Entry {
  readonly spec: ExceptionConfig;
  readonly index: number;
  readonly line: number;
  readonly expired: boolean;
  matched: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `YYYY-MM-DD` of `now` in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export class ExceptionSet {
  private readonly entries: Entry[];
  private readonly file: string;

  constructor(
    config: LoadedConfig,
    private readonly options: ExceptionOptions,
  ) {
    this.file = config.file;
    const today = isoDay(options.now);
    this.entries = (config.config.exceptions ?? []).map((spec, index) => {
      const pos = config.locate(['exceptions', index]);
      if (spec.expires !== undefined) {
        const d = new Date(`${spec.expires}T00:00:00Z`);
        if (Number.isNaN(d.getTime()) || isoDay(d) !== spec.expires) {
          const at = config.locate(['exceptions', index, 'expires']);
          throw new ConfigError(config.file, at.line, at.column, `exceptions[${index}].expires`, `"${spec.expires}" is not a calendar date (YYYY-MM-DD)`);
        }
      }
      // An exception applies through its expiry day (UTC) and stops the day after.
      return { spec, index, line: pos.line, expired: spec.expires !== undefined && today > spec.expires, matched: 0 };
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Findings of one stack with matching active ones marked `excepted`. */
  apply(findings: readonly Finding[], graph: ResourceGraph): Finding[] {
    if (this.entries.length === 0) return [...findings];
    return findings.map((f) => {
      if (f.status !== 'active') return f;
      for (const e of this.entries) {
        if (!this.matches(e.spec, f, graph)) continue;
        e.matched++;
        if (e.expired) continue;
        return { ...f, status: 'excepted', reason: e.spec.reason };
      }
      return f;
    });
  }

  private matches(spec: ExceptionConfig, f: Finding, graph: ResourceGraph): boolean {
    if (spec.rule !== '*' && spec.rule !== f.ruleId) return false;
    if (spec.resource !== undefined) {
      const targets = [`${f.file}#${f.logicalId}`];
      const key = this.options.fileKey?.(f.file);
      if (key !== undefined && key !== f.file) targets.push(`${key}#${f.logicalId}`);
      if (f.cdkPath) targets.push(f.cdkPath);
      const { minimatch } = minimatchModule();
      if (!targets.some((t) => minimatch(t, spec.resource!, { dot: true }))) return false;
    }
    if (spec.tags !== undefined) {
      const res = graph.resources.get(f.logicalId);
      if (!res) return false;
      const tags = readTags(res.properties['Tags'], (v) => {
        const alts = graph.resolver.resolveString(v);
        const first = alts[0];
        // A tag counts only when its value is certain: every alternative known and the same.
        return first && first.known && typeof first.value === 'string' && alts.every((a) => a.known && a.value === first.value) ? first.value : null;
      });
      for (const [k, v] of Object.entries(spec.tags)) if (tags.get(k) !== v) return false;
    }
    return true;
  }

  /** How many findings each exception matched so far (in order), and adding counts made elsewhere (--jobs workers). */
  matchCounts(): number[] {
    return this.entries.map((e) => e.matched);
  }

  addMatchCounts(counts: readonly number[]): void {
    this.entries.forEach((e, i) => (e.matched += counts[i] ?? 0));
  }

  /** Expired exceptions and, among the live ones, those that matched nothing in the run. */
  notices(): Notice[] {
    const out: Notice[] = [];
    for (const e of this.entries) {
      const what = { index: e.index, line: e.line, rule: e.spec.rule, resource: e.spec.resource ?? null };
      if (e.expired) {
        out.push({
          kind: 'exception-expired',
          file: this.file,
          ruleId: e.spec.rule,
          code: 'exception-expired',
          args: { ...what, expires: String(e.spec.expires), matched: e.matched },
        });
      } else if (e.matched === 0) {
        out.push({ kind: 'exception-unused', file: this.file, ruleId: e.spec.rule, code: 'exception-unused', args: what });
      }
    }
    return out;
  }
}

/** Resource tags: a CloudFormation list of {Key, Value}, or a map (SAM, some resource types). */
export function readTags(tags: unknown, text: (v: unknown) => string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(tags)) {
    for (const t of tags) {
      if (!isObj(t)) continue;
      const k = text(t['Key']);
      const v = text(t['Value']);
      if (k !== null && v !== null) out.set(k, v);
    }
  } else if (isObj(tags)) {
    for (const [k, raw] of Object.entries(tags)) {
      const v = text(raw);
      if (v !== null) out.set(k, v);
    }
  }
  return out;
}
