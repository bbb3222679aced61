/**
 * Profiles: which rules run, with which risks, against which thresholds. Built in: `default`
 * (5/10, unknown findings do not count, each rule counted once per stack) and `strict` (advisory rules
 * on, unknown findings count).
 * A config profile extends a built-in one (the one of the same name, else `default`) or another
 * config profile named in `extends`. Rule settings apply in order: top-level `rules`, then each
 * profile's `rules` from the root of the chain down.
 */
import type { ScoringMode, Thresholds } from '../types/types.js';
import { DEFAULT_SCORING } from './verdict.js';
import type { RuleSpec } from '../rules/schema.js';
import { ConfigError, keyName, type LoadedConfig } from './config.js';
import type { RuleSetting } from './config-schema.js';

export interface Profile {
  readonly name: string;
  readonly thresholds: Thresholds;
  readonly countUnknown: boolean;
  /** How findings add up to the score. */
  readonly scoring: ScoringMode;
  /** Advisory rules (off in the catalogue) run. */
  readonly advisoryRules: boolean;
  /** Every branch of every condition is audited, whatever the values. */
  readonly allBranches: boolean;
  /** Least decision of a stack with content that cannot be audited. */
  readonly unauditable: 'pass' | 'approval' | 'fail';
  /** Rule id → on/off and risk, after every layer is applied. */
  readonly rules: ReadonlyMap<string, RuleOverride>;
}

export interface RuleOverride {
  readonly enabled?: boolean;
  readonly risk?: number;
}

export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = {
  default: {
    name: 'default',
    thresholds: { approval: 5, fail: 10 },
    countUnknown: false,
    scoring: DEFAULT_SCORING,
    advisoryRules: false,
    allBranches: false,
    unauditable: 'approval',
    rules: new Map(),
  },
  strict: {
    name: 'strict',
    thresholds: { approval: 5, fail: 10 },
    countUnknown: true,
    scoring: DEFAULT_SCORING,
    advisoryRules: true,
    allBranches: true,
    unauditable: 'approval',
    rules: new Map(),
  },
};

/** `obj[key]` when `key` is the object's own: a profile named `constructor` is a name like any other. */
function ownValue<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** The profile asked for by name that neither the built-ins nor the config define. */
export class UnknownProfileError extends Error {
  constructor(
    readonly profile: string,
    readonly known: readonly string[],
  ) {
    super(`unknown profile "${profile}"; known profiles: ${known.join(', ')}`);
  }
}

export function profileNames(config: LoadedConfig | null): string[] {
  return [...new Set([...Object.keys(BUILTIN_PROFILES), ...Object.keys(config?.config.profiles ?? {})])];
}

function toOverride(s: RuleSetting): RuleOverride {
  if (s === 'on' || s === true) return { enabled: true };
  if (s === 'off' || s === false) return { enabled: false };
  return { enabled: true, risk: s.risk };
}

/**
 * The profile to run: `requested` (from --profile), else the config's `profile`, else `default`.
 * Checks every rule id the config names against `catalogue` so a typo is refused, not ignored.
 */
export function resolveProfile(config: LoadedConfig | null, requested: string | null, catalogue: readonly RuleSpec[]): Profile {
  const cfg = config?.config;
  if (config) checkRuleIds(config, new Set(catalogue.map((r) => r.id)));
  const known = profileNames(config);
  const name = requested ?? cfg?.profile ?? 'default';
  if (!known.includes(name)) {
    if (requested === null && config) {
      const pos = config.locate(['profile']);
      throw new ConfigError(config.file, pos.line, pos.column, 'profile', `unknown profile "${name}"; known profiles: ${known.join(', ')}`);
    }
    throw new UnknownProfileError(name, known);
  }
  const chain: string[] = [];
  const build = (n: string): Profile => {
    const own = ownValue(cfg?.profiles, n);
    const builtin = ownValue(BUILTIN_PROFILES, n);
    if (!own) {
      if (builtin) return builtin;
      throw new UnknownProfileError(n, known);
    }
    if (chain.includes(n)) {
      const pos = config!.locate(['profiles', n, 'extends']);
      throw new ConfigError(config!.file, pos.line, pos.column, `profiles.${n}.extends`, `profiles extend each other in a cycle: ${[...chain, n].join(' → ')}`);
    }
    chain.push(n);
    let base: Profile;
    if (own.extends !== undefined) {
      if (!known.includes(own.extends)) {
        const pos = config!.locate(['profiles', n, 'extends']);
        throw new ConfigError(config!.file, pos.line, pos.column, `profiles.${n}.extends`, `unknown profile "${own.extends}"; known profiles: ${known.join(', ')}`);
      }
      // A profile extending its own name means the built-in of that name.
      base = own.extends === n ? (builtin ?? BUILTIN_PROFILES['default']!) : build(own.extends);
    } else base = builtin ?? BUILTIN_PROFILES['default']!;
    chain.pop();
    const rules = new Map(base.rules);
    for (const [id, s] of Object.entries(own.rules ?? {})) rules.set(id, toOverride(s));
    return {
      name: n,
      thresholds: { approval: own.thresholds?.approval ?? base.thresholds.approval, fail: own.thresholds?.fail ?? base.thresholds.fail },
      countUnknown: own.countUnknown ?? base.countUnknown,
      scoring: own.scoring ?? base.scoring,
      advisoryRules: own.advisoryRules ?? base.advisoryRules,
      allBranches: own.branches !== undefined ? own.branches === 'all' : base.allBranches,
      unauditable: own.unauditable ?? base.unauditable,
      rules,
    };
  };
  const p = build(name);
  if (p.thresholds.approval > p.thresholds.fail) {
    const pos = config!.locate(['profiles', name, 'thresholds']);
    throw new ConfigError(config!.file, pos.line, pos.column, `profiles.${name}.thresholds`, `approval (${p.thresholds.approval}) must not be above fail (${p.thresholds.fail})`);
  }
  // Top-level rules apply under every profile; a profile's own settings win.
  const rules = new Map<string, RuleOverride>();
  for (const [id, s] of Object.entries(cfg?.rules ?? {})) rules.set(id, toOverride(s));
  for (const [id, o] of p.rules) rules.set(id, o);
  return { ...p, rules };
}

function checkRuleIds(config: LoadedConfig, ids: ReadonlySet<string>): void {
  const cfg = config.config;
  const check = (id: string, path: readonly (string | number)[], atKey: boolean): void => {
    if (id === '*' || ids.has(id)) return;
    const pos = config.locate(path, atKey);
    const near = [...ids].filter((k) => k.toLowerCase() === id.toLowerCase());
    throw new ConfigError(
      config.file,
      pos.line,
      pos.column,
      keyName(path),
      `unknown rule id "${id}"${near.length ? ` (did you mean ${near[0]}?)` : ''}; run \`cfn-audit rules\` for the list`,
    );
  };
  const setting = (id: string, path: readonly (string | number)[]): void => {
    if (id === '*') {
      const pos = config.locate(path, true);
      throw new ConfigError(config.file, pos.line, pos.column, keyName(path), '"*" is only for exceptions; name each rule to switch it on or off');
    }
    check(id, path, true);
  };
  for (const id of Object.keys(cfg.rules ?? {})) setting(id, ['rules', id]);
  for (const [name, p] of Object.entries(cfg.profiles ?? {})) for (const id of Object.keys(p.rules ?? {})) setting(id, ['profiles', name, 'rules', id]);
  (cfg.exceptions ?? []).forEach((e, i) => check(e.rule, ['exceptions', i, 'rule'], false));
}

/** The rules a profile runs: enabled ones with their risk overridden; every other rule is left out. */
export function rulesForProfile(catalogue: readonly RuleSpec[], profile: Profile): RuleSpec[] {
  const out: RuleSpec[] = [];
  for (const r of catalogue) {
    const o = profile.rules.get(r.id);
    const on = o?.enabled ?? (r.enabled || profile.advisoryRules);
    if (!on) continue;
    out.push(o?.risk !== undefined ? { ...r, risk: o.risk, enabled: true } : r);
  }
  return out;
}
