/** .cfn-audit.yml: parsing, validation errors with file/line/key, the published JSON Schema, profiles. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/policy/config.js';
import { jsonSchemaDocument } from '../src/policy/config-schema.js';
import { BUILTIN_PROFILES, resolveProfile, rulesForProfile, UnknownProfileError } from '../src/policy/profiles.js';
import { STARTER_CONFIG } from '../src/policy/starter.js';
import { builtinRules } from '../src/rules/catalogue.js';

const root = join(import.meta.dirname, '..');
const catalogue = builtinRules();

function configError(text: string): ConfigError {
  try {
    parseConfig(text, '.cfn-audit.yml');
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

function profileError(text: string, requested: string | null = null): Error {
  try {
    resolveProfile(parseConfig(text, 'cfg.yml'), requested, catalogue);
  } catch (e) {
    if (e instanceof Error) return e;
  }
  throw new Error('expected an error');
}

describe('config validation', () => {
  it('accepts the starter config that `cfn-audit init` writes', () => {
    const c = parseConfig(STARTER_CONFIG, '.cfn-audit.yml').config;
    expect(c.profile).toBe('default');
    expect(Object.keys(c.profiles ?? {})).toEqual(['dev', 'prod']);
    expect(c.profiles?.['prod']?.thresholds).toEqual({ approval: 3, fail: 7 });
  });

  it('accepts an empty file', () => {
    expect(parseConfig('', 'x.yml').config).toEqual({});
    expect(parseConfig('# only a comment\n', 'x.yml').config).toEqual({});
  });

  it.each([
    ['unknown top-level key', 'profile: default\nexception:\n  - rule: AllowHttp\n', 2, 1, 'exception', /unknown key "exception".*exceptions/],
    ['unknown key in an exception', 'exceptions:\n  - rule: AllowHttp\n    reason: ok\n    expire: 2026-01-01\n', 4, 5, 'exceptions[0].expire', /unknown key "expire"/],
    [
      'wrong type of a threshold',
      'profiles:\n  prod:\n    thresholds:\n      approval: 3\n      fail: ten\n',
      5,
      13,
      'profiles.prod.thresholds.fail',
      /whole number, got the string "ten"/,
    ],
    ['wrong type of countUnknown', 'profiles:\n  dev:\n    countUnknown: "yes"\n', 3, 19, 'profiles.dev.countUnknown', /true or false/],
    ['missing reason', 'exceptions:\n  - rule: AllowHttp\n    resource: "*#Sg"\n', 2, 5, 'exceptions[0]', /missing required key "reason"/],
    ['empty reason', 'exceptions:\n  - rule: AllowHttp\n    reason: ""\n', 3, 13, 'exceptions[0].reason', /must not be empty/],
    ['badly formed date', 'exceptions:\n  - rule: AllowHttp\n    reason: ok\n    expires: 31/12/2026\n', 4, 14, 'exceptions[0].expires', /does not match/],
    ['risk out of range', 'rules:\n  AllowHttp: { risk: 11 }\n', 2, 22, 'rules.AllowHttp.risk', /at most 10/],
    ['unknown key in a rule setting', 'rules:\n  AllowHttp: { risc: 4 }\n', 2, 16, 'rules.AllowHttp.risc', /unknown key "risc"/],
    ['bad rule setting word', 'rules:\n  AllowHttp: disabled\n', 2, 14, 'rules.AllowHttp', /"off" or "on"/],
    ['rulePaths not a list', 'rulePaths: rules/\n', 1, 12, 'rulePaths', /a list/],
  ])('%s: names file, line and key', (_name, text, line, column, key, message) => {
    const e = configError(text);
    expect(e.file).toBe('.cfn-audit.yml');
    expect(e.line).toBe(line);
    expect(e.column).toBe(column);
    expect(e.key).toBe(key);
    expect(e.problem).toMatch(message);
    expect(e.message).toBe(`.cfn-audit.yml:${line}:${column}: ${key}: ${e.problem}`);
  });

  it('reports YAML syntax errors with their line', () => {
    const e = configError('profile: default\nprofiles:\n  dev: [unclosed\n');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/^\.cfn-audit\.yml:\d+:\d+: cannot parse YAML/);
  });

  it('refuses duplicate keys', () => {
    expect(configError('profile: a\nprofile: b\n').message).toMatch(/:2:\d+: cannot parse YAML/);
  });
});

describe('published JSON Schema', () => {
  const file = join(root, 'schema/cfn-audit.schema.json');
  it('schema/cfn-audit.schema.json is generated from the one config schema', () => {
    const expected = JSON.stringify(jsonSchemaDocument(), null, 2) + '\n';
    if (process.env['CFN_AUDIT_WRITE_SCHEMA'] === '1') writeFileSync(file, expected);
    // Stale? `npm run build` (scripts/catalogue.mjs) or CFN_AUDIT_WRITE_SCHEMA=1 npx vitest run test/policy-config.test.ts
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('rule ids are user-keyed: names like constructor or toString are settings like any other', () => {
    const cfg = parseConfig('rules:\n  constructor: off\n  toString: { risk: 3 }\n  __proto__: on\n', '.cfn-audit.yml');
    expect(Object.keys(cfg.config.rules ?? {})).toEqual(['constructor', 'toString', '__proto__']);
    expect(configError('rules:\n  constructor: { risk: 0 }\n')).toMatchObject({ line: 2, key: 'rules.constructor.risk' });
  });

  it('closes every mapping, so editors flag the same unknown keys the validator refuses', () => {
    const open: string[] = [];
    const walk = (s: unknown, at: string): void => {
      if (s === null || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      if (o['type'] === 'object' && o['additionalProperties'] === undefined) open.push(at);
      for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
    };
    walk(jsonSchemaDocument(), '#');
    expect(open).toEqual([]);
  });
});

describe('profiles', () => {
  const ids = (rules: readonly { id: string }[]): string[] => rules.map((r) => r.id);
  const advisory = catalogue.filter((r) => !r.enabled).map((r) => r.id);

  it('default: 5/10, unknown not counted, advisory rules off', () => {
    const p = resolveProfile(null, null, catalogue);
    expect(p).toMatchObject({ name: 'default', thresholds: { approval: 5, fail: 10 }, countUnknown: false });
    expect(advisory.length).toBeGreaterThan(0);
    for (const id of advisory) expect(ids(rulesForProfile(catalogue, p))).not.toContain(id);
  });

  it('strict: advisory rules on and unknown findings counted', () => {
    const p = resolveProfile(null, 'strict', catalogue);
    expect(p.countUnknown).toBe(true);
    expect(ids(rulesForProfile(catalogue, p))).toEqual(ids(catalogue));
  });

  it('the config picks the profile unless --profile names one', () => {
    const cfg = parseConfig('profile: strict\n', 'c.yml');
    expect(resolveProfile(cfg, null, catalogue).name).toBe('strict');
    expect(resolveProfile(cfg, 'default', catalogue).name).toBe('default');
  });

  it('a config profile extends default, or what it names, and overrides fields and rules', () => {
    const cfg = parseConfig(
      [
        'rules:',
        '  AllowHttp: { risk: 5 }',
        '  SSHOpenToWorld: off',
        'profiles:',
        '  dev:',
        '    thresholds: { fail: 20 }',
        '  prod:',
        '    extends: strict',
        '    countUnknown: false',
        '    rules:',
        '      SSHOpenToWorld: on',
        '      EgressAllToWorld: off',
        '  strict:',
        '    thresholds: { approval: 2 }',
        '',
      ].join('\n'),
      'c.yml',
    );
    const dev = resolveProfile(cfg, 'dev', catalogue);
    expect(dev.thresholds).toEqual({ approval: 5, fail: 20 });
    expect(dev.countUnknown).toBe(false);
    const devRules = rulesForProfile(catalogue, dev);
    expect(ids(devRules)).not.toContain('SSHOpenToWorld');
    expect(devRules.find((r) => r.id === 'AllowHttp')?.risk).toBe(5);

    const prod = resolveProfile(cfg, 'prod', catalogue);
    // extends the config's `strict`, which overrides the built-in strict's approval threshold
    expect(prod.thresholds).toEqual({ approval: 2, fail: 10 });
    expect(prod.countUnknown).toBe(false);
    const prodRules = ids(rulesForProfile(catalogue, prod));
    expect(prodRules).toContain('SSHOpenToWorld');
    expect(prodRules).not.toContain('EgressAllToWorld');
    expect(prodRules).toContain('SecurityGroupMissingEgress');

    const strict = resolveProfile(cfg, 'strict', catalogue);
    expect(strict).toMatchObject({ thresholds: { approval: 2, fail: 10 }, countUnknown: true, advisoryRules: true });
    expect(BUILTIN_PROFILES['strict']?.thresholds.approval).toBe(5);
  });

  it('an unknown --profile is refused, naming it and the known ones', () => {
    const e = profileError('profiles:\n  dev: {}\n', 'prd');
    expect(e).toBeInstanceOf(UnknownProfileError);
    expect(e.message).toBe('unknown profile "prd"; known profiles: default, strict, dev');
  });

  it('an unknown `profile:` in the config is refused at its line', () => {
    const e = profileError('rules: {}\nprofile: prd\n');
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toMatch(/^cfg\.yml:2:10: profile: unknown profile "prd"/);
  });

  it('an unknown rule id is refused, naming it and its line', () => {
    expect(profileError('rules:\n  AllowHtp: off\n').message).toBe('cfg.yml:2:3: rules.AllowHtp: unknown rule id "AllowHtp"; run `cfn-audit rules` for the list');
    expect(profileError('profiles:\n  dev:\n    rules:\n      sshopentoworld: off\n').message).toMatch(
      /^cfg\.yml:4:7: profiles\.dev\.rules\.sshopentoworld: unknown rule id "sshopentoworld" \(did you mean SSHOpenToWorld\?\)/,
    );
    expect(profileError('exceptions:\n  - rule: NoSuchRule\n    reason: x\n').message).toMatch(/^cfg\.yml:2:11: exceptions\[0\]\.rule: unknown rule id "NoSuchRule"/);
  });

  it('refuses extends cycles and thresholds in the wrong order', () => {
    expect(profileError('profiles:\n  a: { extends: b }\n  b: { extends: a }\n', 'a').message).toMatch(/cycle: a → b → a/);
    expect(profileError('profiles:\n  a: { thresholds: { approval: 12 } }\n', 'a').message).toMatch(/approval \(12\) must not be above fail \(10\)/);
  });
});
