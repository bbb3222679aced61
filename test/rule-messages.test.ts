/**
 * Every finding of every fail fixture of every rule, rendered as a reader sees it: no message may be
 * empty, keep an unfilled `{placeholder}`, say "every port" for a port that is unknown, or put the
 * wrong article before a filled value. The fix text is checked for advice known to be unsafe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/types/types.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { articleFor, fixText, renderMessage } from '../src/report/context.js';
import { auditText } from './helpers/audit.js';
import { finding } from './helpers/sample-report.js';

const root = join(import.meta.dirname, '..');
const rules = builtinRules();
const byId = new Map(rules.map((r) => [r.id, r]));
const allRules = rules.map((r) => ({ ...r, enabled: true }));
const templates = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(ya?ml|json|template)$/.test(f) && !f.endsWith('.parameters.json'))
        .sort()
    : [];

/** Every finding (any rule) of every rule's fail fixtures. */
function fixtureFindings(): { where: string; f: Finding }[] {
  const out: { where: string; f: Finding }[] = [];
  for (const r of rules) {
    const dir = join(root, 'fixtures/rules', r.id, 'fail');
    for (const file of templates(dir)) {
      const p = join(dir, file.replace(/\.(ya?ml|json|template)$/, '.parameters.json'));
      const parameters = existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>) : undefined;
      for (const f of auditText(readFileSync(join(dir, file), 'utf8'), { rules: allRules, file, parameters }).findings) out.push({ where: `${r.id}/fail/${file}`, f });
    }
  }
  return out;
}

const all = fixtureFindings();

describe('rendered messages of every fail fixture', () => {
  it('covers every rule', () => {
    const fired = new Set(all.map((x) => x.f.ruleId));
    expect(rules.filter((r) => !fired.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('no message is empty or keeps an unfilled placeholder of its rule', () => {
    const bad: string[] = [];
    for (const { where, f } of all) {
      const rule = byId.get(f.ruleId)!;
      const text = renderMessage(rule, f);
      const placeholders = [...rule.message.matchAll(/\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g)].map((m) => m[0]);
      const left = placeholders.filter((p) => text.includes(p));
      if (text.trim() === '' || left.length) bad.push(`${where}: ${f.ruleId} ${f.outcome}: "${text}"${left.length ? ` leaves ${left.join(' ')}` : ''}`);
    }
    expect(bad).toEqual([]);
  });

  it('an unknown port or protocol never reads as "every port"', () => {
    const bad = all.filter(({ f }) => f.outcome === 'unknown' && /every port|all ports/.test(renderMessage(byId.get(f.ruleId), f)));
    expect(bad.map(({ where, f }) => `${where}: ${renderMessage(byId.get(f.ruleId), f)}`)).toEqual([]);
  });

  it('an article before a filled value matches the value ("an AWS access key id", "an ingress rule")', () => {
    const bad: string[] = [];
    for (const { where, f } of all) {
      const text = renderMessage(byId.get(f.ruleId), f);
      for (const m of text.matchAll(/\b(a|an) (AWS|ingress|egress|IAM|S3|SSM|HTTP|access|API|unencrypted|open|internal)\b/g)) {
        if (m[1] !== articleFor(m[2]!)) bad.push(`${where}: "${m[0]}" in "${text}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no internal code word reaches a reader', () => {
    const words = /parameter-echoed|parameter-default|plain-ssm|\bundefined\b|\[object Object\]/;
    const bad = all.filter(({ f }) => words.test(renderMessage(byId.get(f.ruleId), f))).map(({ where, f }) => `${where}: ${renderMessage(byId.get(f.ruleId), f)}`);
    expect(bad).toEqual([]);
  });
});

describe('articles and code words in messages', () => {
  it.each([
    ['AWS access key id', 'an'],
    ['ingress', 'an'],
    ['egress', 'an'],
    ['SSM parameter', 'an'],
    ['HTTP listener', 'an'],
    ['private key', 'a'],
    ['user', 'a'],
    ['KMS key', 'a'],
    ['API token', 'an'],
    ['unique id', 'a'],
    ['S3 bucket', 'an'],
  ])('%s takes "%s"', (word, article) => {
    expect(articleFor(word)).toBe(article);
  });

  it('fills the article of a placeholder by its value, keeping capitals', () => {
    const rule = { ...byId.get('SecretsInUserData')!, message: 'UserData contains a {kind}; A {kind} is there' };
    const f = finding({ ruleId: 'SecretsInUserData', logicalId: 'I', line: 1, data: { kind: 'AWS access key id' } });
    expect(renderMessage(rule, f)).toBe('UserData contains an AWS access key id; An AWS access key id is there');
    expect(renderMessage(rule, { ...f, data: { kind: 'private key' } })).toBe('UserData contains a private key; A private key is there');
  });

  it('says how a secret is exposed in words', () => {
    const rule = byId.get('PlaintextSecretProperty')!;
    const f = finding({ ruleId: rule.id, logicalId: 'Db', line: 1, data: { property: 'MasterUserPassword', exposure: 'parameter-echoed', parameter: 'DbPassword' } });
    expect(renderMessage(rule, f)).toContain('parameter DbPassword, which is not NoEcho');
    expect(renderMessage(rule, { ...f, data: { property: 'MasterUserPassword', exposure: 'literal' } })).toContain('plain text in the template');
  });
});

describe('credentials', () => {
  it('a secret access key in Outputs is high risk and says so plainly', () => {
    const t =
      'Resources:\n  Ci: {Type: AWS::IAM::User}\n  Key: {Type: AWS::IAM::AccessKey, Properties: {UserName: !Ref Ci}}\nOutputs:\n  Secret: {Value: !GetAtt Key.SecretAccessKey}\n';
    const s = auditText(t);
    const f = s.findings.find((x) => x.ruleId === 'AccessKeySecretInOutputs')!;
    expect(f.risk).toBeGreaterThanOrEqual(9);
    expect([f.logicalId, f.resourceType]).toEqual(['Secret', 'Output']);
    expect(renderMessage(byId.get(f.ruleId), f)).toBe('the secret access key of user Ci is exported in Outputs (Secret)');
    expect(s.decision).toBe('fail');
  });

  it('the key alone is a lesser finding, and an output of the key id only is not an exported secret', () => {
    const t = 'Resources:\n  Key: {Type: AWS::IAM::AccessKey, Properties: {UserName: ci}}\nOutputs:\n  Id: {Value: !Ref Key}\n';
    const s = auditText(t);
    expect(s.findings.map((x) => x.ruleId)).toEqual(['IamUserAccessKey']);
    expect(renderMessage(byId.get('IamUserAccessKey'), s.findings[0]!)).toBe('a long-lived access key is created for user ci');
  });

  it('every rule that handles credentials weighs at least as much as a world-open SSH port', () => {
    const reviewed = ['PlaintextSecretProperty', 'SecretsInEnvironment', 'SecretInOutputsOrMetadata', 'SecretsInUserData', 'CfnInitAuthCredentials', 'AccessKeySecretInOutputs'];
    const credentials = rules.filter((r) => reviewed.includes(r.id));
    expect(credentials.map((r) => r.id).sort()).toEqual([...reviewed].sort());
    for (const r of credentials) expect(r.risk, r.id).toBeGreaterThanOrEqual(7);
  });
});

describe('fix advice is safe to follow', () => {
  it('no rule advises an AWS managed key (alias/aws/…) for a resource that AWS services publish or write to', () => {
    // Their key policies cannot be changed to admit a service principal (SNS: EventBridge, CloudWatch alarms, S3 events).
    const bad = rules.filter((r) => {
      const advice = `${r.remediation} ${r.remediationCdk ?? ''}`;
      return [...advice.matchAll(/alias\/aws\/(sns|sqs)/g)].some((m) => !/\bnot\s+`?$/.test(advice.slice(Math.max(0, m.index - 12), m.index)));
    });
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('every enabled rule says how to fix it', () => {
    expect(rules.filter((r) => fixText(r).trim() === '').map((r) => r.id)).toEqual([]);
  });
});
