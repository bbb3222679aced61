/**
 * `--cache DIR`: each template's audit result on disk, keyed by a hash of everything that decides it
 * (the tool version, the enabled rules with their risks and options, parameters, thresholds, the
 * config's exceptions and today's date when there are exceptions, and the file: its name, how it was
 * found, its text). A warm run re-audits only files whose key changed. Loaded only with --cache.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../types/types.js';
import type { Evaluation } from '../app/ports.js';
import type { ResultStore } from '../app/ports.js';

type AuditOutcome = Evaluation;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export class ResultCache implements ResultStore {
  hits = 0;
  misses = 0;

  /** `run`: everything besides the file that changes a result, as JSON-able data. */
  constructor(
    private readonly dir: string,
    run: unknown,
  ) {
    this.runKey = sha256(JSON.stringify(run));
  }

  private readonly runKey: string;

  private pathOf(source: SourceFile): string {
    const meta = [
      this.runKey,
      source.file,
      source.syntax ?? null,
      source.origin ?? null,
      source.stackName ?? null,
      source.parents ?? [],
      source.cdkPaths ?? {},
      source.explicit ?? false,
    ];
    const key = createHash('sha256').update(JSON.stringify(meta)).update('\0').update(source.text).digest('hex');
    // Not `.json`: a cache folder inside an audited tree must not look like templates to discovery.
    return join(this.dir, key.slice(0, 2), `${key}.result`);
  }

  private readonly read = new Map<SourceFile, AuditOutcome>();

  /** Indices of the sources without a cached result (read ahead, so that only these are audited, as by --jobs workers). */
  async toEvaluate(sources: readonly SourceFile[]): Promise<number[]> {
    const out: number[] = [];
    for (const [i, s] of sources.entries()) {
      const hit = await this.lookup(this.pathOf(s));
      if (hit === null) out.push(i);
      else this.read.set(s, hit);
    }
    return out;
  }

  private async lookup(file: string): Promise<AuditOutcome | null> {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as AuditOutcome;
    } catch {
      return null; // absent or unreadable: audit it
    }
  }

  /** The cached result, or the audit's (then stored). A cache entry that cannot be read is a miss. */
  async evaluate(source: SourceFile, run: () => AuditOutcome): Promise<AuditOutcome> {
    const file = this.pathOf(source);
    const hit = this.read.get(source) ?? (await this.lookup(file));
    if (hit !== null) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const outcome = run();
    await this.store(file, outcome);
    return outcome;
  }

  /** Written to a temporary name and renamed, so a reader never sees half an entry. */
  private async store(file: string, outcome: AuditOutcome): Promise<void> {
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(tmp, JSON.stringify(outcome));
      await rename(tmp, file);
    } catch {
      // A cache that cannot be written only costs speed next time.
      await unlink(tmp).catch(() => undefined);
    }
  }
}
