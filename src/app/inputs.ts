/**
 * The run's own inputs besides the templates: config, rule files, parameters and baseline, each read
 * through the file port and turned into data, or a UsageError naming the flag and file.
 */
import { dirname, extname, join, resolve } from 'node:path';
import type { Notice } from '../types/types.js';
import { displayPath } from '../load/discover.js';
import { parseParameters } from '../load/parameters.js';
import { BaselineError, CONFIG_FILE_NAMES, ConfigError, parseBaseline, parseConfig, type LoadedConfig } from '../policy/index.js';
import { builtinRules, parseRuleFile } from '../rules/catalogue.js';
import { RuleError, type RuleSpec } from '../rules/schema.js';
import { UsageError } from './errors.js';
import type { FsPort } from './ports.js';

/** A config, parameters, baseline or rule file: a regular file, within the byte limit, UTF-8. */
export async function readText(fs: FsPort, file: string, cwd: string, what: string): Promise<string> {
  const read = await fs.readText(resolve(cwd, file));
  if (read.ok) return read.text;
  if (read.line !== undefined) throw new UsageError(`${what} ${file}:${read.line}:${read.column ?? 1}: ${read.message}`);
  throw new UsageError(`${what} ${file}: ${read.message}`);
}

/** `.cfn-audit.yml` / `.cfn-audit.yaml` in `cwd` or the nearest parent. */
export async function findConfigFile(fs: FsPort, cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(dir, name);
      if ((await fs.kind(p)) === 'file') return p;
    }
    if (dirname(dir) === dir) return null;
  }
}

/** `--config FILE`, else the one found from `cwd` upwards (unless `discover` is false). */
export async function loadConfig(fs: FsPort, cwd: string, configFile: string | null | undefined, discover: boolean): Promise<LoadedConfig | null> {
  const path = configFile ? resolve(cwd, configFile) : discover ? await findConfigFile(fs, cwd) : null;
  if (!path) return null;
  const text = await readText(fs, path, cwd, configFile ? '--config' : 'config');
  try {
    return parseConfig(text, displayPath(path, cwd));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

const RULE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Rules from files and folders of rule files (`--rules`, the config's `rulePaths`). */
export async function loadUserRules(fs: FsPort, paths: readonly string[], cwd: string): Promise<RuleSpec[]> {
  const out: RuleSpec[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const kind = await fs.kind(abs);
    if (kind === null) throw new UsageError(`--rules ${p}: no such file or directory`);
    let files: string[] = [abs];
    if (kind === 'directory') {
      try {
        files = (await fs.listFiles(abs))
          .filter((f) => RULE_EXTENSIONS.has(extname(f).toLowerCase()))
          .sort()
          .map((f) => join(abs, f));
      } catch {
        throw new UsageError(`--rules ${p}: no such file or directory`);
      }
    }
    for (const f of files) {
      const shown = displayPath(f, cwd);
      try {
        out.push(...parseRuleFile(await readText(fs, shown, cwd, '--rules'), shown));
      } catch (e) {
        if (e instanceof RuleError) throw new UsageError(e.message);
        throw e;
      }
    }
  }
  return out;
}

/**
 * Built-in rules plus user rules. A user rule may not reuse a built-in id, except in the original
 * audit-Lambda list format: its names (SSHOpenToWorld, AllowHttp, ForbiddenAMIs, …) are fixed by that
 * system and loaded as-is, so such an entry replaces the built-in rule of the same name (a notice says so).
 */
export function mergeCatalogue(user: readonly RuleSpec[], notices?: Notice[]): RuleSpec[] {
  const builtin = builtinRules();
  const ids = new Map(builtin.map((r) => [r.id, r.source]));
  const replaced = new Set<string>();
  for (const r of user) {
    const prev = ids.get(r.id);
    if (prev === 'builtin' && r.legacy && !replaced.has(r.id)) {
      replaced.add(r.id);
      notices?.push({ kind: 'info', file: r.source, ruleId: r.id, code: 'legacy-rule-replaces-builtin', args: { ruleId: r.id } });
    } else if (prev) throw new UsageError(`${r.source}: rule id ${r.id} is already defined${prev === 'builtin' ? ' by a built-in rule' : ` in ${prev}`}; choose another id`);
    ids.set(r.id, r.source);
  }
  return [...builtin.filter((r) => !replaced.has(r.id)), ...user];
}

export async function readParameters(fs: FsPort, file: string, cwd: string): Promise<Record<string, string>> {
  const r = parseParameters(await readText(fs, file, cwd, '--parameters'));
  if (!r.ok) throw new UsageError(`--parameters ${file}: ${r.message}`);
  return r.values;
}

export async function readBaseline(fs: FsPort, file: string, cwd: string): Promise<ReadonlySet<string>> {
  const text = await readText(fs, file, cwd, '--baseline');
  try {
    return parseBaseline(text, file);
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`--baseline ${e.message}`);
    throw e;
  }
}
