/** Config exceptions (globs, CDK paths, tags, expiry with an injected clock) and foreign suppressions. */
import { describe, expect, it } from 'vitest';
import { Auditor } from '../src/engine/audit.js';
import type { Notice, SourceFile, StackReport } from '../src/types/types.js';
import { ConfigError, parseConfig } from '../src/policy/config.js';
import { ExceptionSet } from '../src/policy/exceptions.js';
import { describe as describeNotice } from '../src/report/describe.js';
import { builtinRules } from '../src/rules/catalogue.js';

const rules = builtinRules().filter((r) => r.enabled);

/** One SG with SSH (SSHOpenToWorld, 7) and HTTP (AllowHttp, 3) open to the world, tagged as given. */
function template(id: string, tags: string): string {
  return `Resources:
  ${id}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh }
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0, Description: http }
${tags}`;
}
const LIST_TAGS = '      Tags:\n        - { Key: Environment, Value: sandbox }\n        - { Key: Team, Value: web }\n';

function run(configText: string, sources: SourceFile[], now = new Date('2026-06-15T12:00:00Z')): { stacks: StackReport[]; notices: Notice[] } {
  const set = new ExceptionSet(parseConfig(configText, '.cfn-audit.yml'), { now });
  const auditor = new Auditor({ rules, refine: (f, g) => set.apply(f, g) });
  const stacks: StackReport[] = [];
  for (const s of sources) {
    const r = auditor.auditSource(s);
    if (!('stack' in r)) throw new Error(JSON.stringify(r));
    stacks.push(r.stack);
  }
  return { stacks, notices: set.notices() };
}
const src = (file: string, text: string, extra: Partial<SourceFile> = {}): SourceFile => ({ file, text, explicit: true, ...extra });
const statusOf = (s: StackReport, rule: string): string | undefined => s.findings.find((f) => f.ruleId === rule)?.status;

describe('config exceptions', () => {
  it('a matching exception makes the finding excepted with its reason and it stops counting', () => {
    const { stacks, notices } = run('exceptions:\n  - rule: AllowHttp\n    reason: ALB redirects 80 to 443\n', [src('web.yaml', template('Sg', ''))]);
    const s = stacks[0]!;
    const http = s.findings.find((f) => f.ruleId === 'AllowHttp')!;
    expect(http).toMatchObject({ status: 'excepted', reason: 'ALB redirects 80 to 443' });
    expect(statusOf(s, 'SSHOpenToWorld')).toBe('active');
    expect(s.score).toBe(7);
    expect(s.counts.excepted).toBe(1);
    expect(notices).toEqual([]);
  });

  it('"*" excepts every rule on the matched resource', () => {
    const { stacks } = run('exceptions:\n  - rule: "*"\n    resource: "web.yaml#Sg"\n    reason: legacy\n', [src('web.yaml', template('Sg', ''))]);
    expect(stacks[0]!.score).toBe(0);
    expect(stacks[0]!.findings.every((f) => f.status === 'excepted')).toBe(true);
  });

  it.each([
    ['templates/**#WebSg', true],
    ['templates/edge-*.yaml#WebSg', true],
    ['templates/edge-*.yaml#Web*', true],
    ['**/edge-a.yaml#WebSg', true],
    ['templates/edge-*.yaml#OtherSg', false],
    ['other/**#WebSg', false],
    ['edge-a.yaml#WebSg', false],
  ])('glob %s over file#LogicalId matches: %s', (glob, matches) => {
    const { stacks } = run(`exceptions:\n  - rule: SSHOpenToWorld\n    resource: "${glob}"\n    reason: bastion\n`, [src('templates/edge-a.yaml', template('WebSg', ''))]);
    expect(statusOf(stacks[0]!, 'SSHOpenToWorld')).toBe(matches ? 'excepted' : 'active');
  });

  it('globs match the CDK construct path of a resource', () => {
    const cdk = (file: string, stack: string, id: string, path: string): SourceFile => src(file, template(id, ''), { stackName: stack, origin: 'cdk', cdkPaths: { [id]: path } });
    const { stacks } = run('exceptions:\n  - rule: SSHOpenToWorld\n    resource: "Dev*/**/Bastion/*"\n    reason: bastion in dev\n', [
      cdk('cdk.out/DevStack.template.json', 'DevStack', 'BastionSg1234', 'DevStack/Network/Bastion/Resource'),
      cdk('cdk.out/ProdStack.template.json', 'ProdStack', 'BastionSg9876', 'ProdStack/Network/Bastion/Resource'),
    ]);
    expect(stacks.map((s) => statusOf(s, 'SSHOpenToWorld'))).toEqual(['excepted', 'active']);
  });

  it('tags must all match the resource tags (a list of {Key, Value})', () => {
    const cfg = (tags: string): string => `exceptions:\n  - rule: "*"\n    tags: ${tags}\n    reason: sandbox\n`;
    const t = [src('a.yaml', template('Sg', LIST_TAGS))];
    expect(statusOf(run(cfg('{ Environment: sandbox }'), t).stacks[0]!, 'SSHOpenToWorld')).toBe('excepted');
    expect(statusOf(run(cfg('{ Environment: sandbox, Team: web }'), t).stacks[0]!, 'SSHOpenToWorld')).toBe('excepted');
    expect(statusOf(run(cfg('{ Environment: sandbox, Team: data }'), t).stacks[0]!, 'SSHOpenToWorld')).toBe('active');
    expect(statusOf(run(cfg('{ Environment: prod }'), t).stacks[0]!, 'SSHOpenToWorld')).toBe('active');
    expect(statusOf(run(cfg('{ Environment: sandbox }'), [src('b.yaml', template('Sg', ''))]).stacks[0]!, 'SSHOpenToWorld')).toBe('active');
  });

  it('tags as a map (SAM) and tag values from parameter defaults match; a value that may differ does not', () => {
    const cfg = 'exceptions:\n  - rule: SSHOpenToWorld\n    tags: { Environment: sandbox }\n    reason: sandbox\n';
    const map = template('Sg', '      Tags: { Environment: sandbox }\n');
    expect(statusOf(run(cfg, [src('a.yaml', map)]).stacks[0]!, 'SSHOpenToWorld')).toBe('excepted');
    const param = (def: string): string => `Parameters:\n  Env:\n    Type: String\n${def}` + template('Sg', '      Tags:\n        - { Key: Environment, Value: !Ref Env }\n');
    expect(statusOf(run(cfg, [src('p.yaml', param('    Default: sandbox\n'))]).stacks[0]!, 'SSHOpenToWorld')).toBe('excepted');
    expect(statusOf(run(cfg, [src('p.yaml', param('    AllowedValues: [sandbox, prod]\n'))]).stacks[0]!, 'SSHOpenToWorld')).toBe('active');
  });

  describe('expiry by date (injected clock)', () => {
    const cfg = 'exceptions:\n  - rule: AllowHttp\n    reason: until the ALB lands\n    expires: 2026-06-30\n';
    const t = [src('web.yaml', template('Sg', ''))];
    it.each([
      ['2026-06-29T23:00:00Z', 'excepted'],
      ['2026-06-30T00:00:00Z', 'excepted'],
      ['2026-06-30T23:59:59Z', 'excepted'],
      ['2026-07-01T00:00:00Z', 'active'],
      ['2027-01-01T00:00:00Z', 'active'],
    ])('at %s the finding is %s', (now, status) => {
      const { stacks, notices } = run(cfg, t, new Date(now));
      expect(statusOf(stacks[0]!, 'AllowHttp')).toBe(status);
      if (status === 'active') {
        expect(notices).toHaveLength(1);
        expect(notices[0]).toMatchObject({ kind: 'exception-expired', file: '.cfn-audit.yml', ruleId: 'AllowHttp' });
        expect(describeNotice(notices[0]!)).toBe('exception 1 (line 2, rule AllowHttp) expired on 2026-06-30; it no longer applies (1 finding would have matched)');
      } else expect(notices).toEqual([]);
    });

    it('an impossible date is refused at its line', () => {
      expect(() => run('exceptions:\n  - rule: AllowHttp\n    reason: x\n    expires: 2026-02-30\n', t)).toThrow(ConfigError);
      expect(() => run('exceptions:\n  - rule: AllowHttp\n    reason: x\n    expires: 2026-02-30\n', t)).toThrow(
        /\.cfn-audit\.yml:4:14: exceptions\[0\]\.expires: "2026-02-30" is not a calendar date/,
      );
    });
  });

  it('an exception that matches nothing in the whole run is reported as unused', () => {
    const cfg = [
      'exceptions:',
      '  - rule: AllowHttp',
      '    resource: "a.yaml#*"',
      '    reason: used in a.yaml',
      '  - rule: RDPOpenToWorld',
      '    reason: nothing has RDP open',
      '  - rule: AllowHttp',
      '    resource: "b.yaml#Sg"',
      '    reason: used by the second file only',
      '',
    ].join('\n');
    const { notices } = run(cfg, [src('a.yaml', template('Sg', '')), src('b.yaml', template('Sg', ''))]);
    expect(notices).toEqual([
      {
        kind: 'exception-unused',
        file: '.cfn-audit.yml',
        ruleId: 'RDPOpenToWorld',
        code: 'exception-unused',
        args: { index: 1, line: 5, rule: 'RDPOpenToWorld', resource: null },
      },
    ]);
    expect(describeNotice(notices[0]!)).toBe('exception 2 (line 5, rule RDPOpenToWorld) matched no finding; remove it if the issue is fixed');
  });

  it('an in-template suppression wins over a config exception (the finding is already suppressed)', () => {
    const t = template('Sg', '    Metadata:\n      cfn-audit:\n        suppress: [{ rule: AllowHttp, reason: in template }]\n');
    const { stacks, notices } = run('exceptions:\n  - rule: AllowHttp\n    reason: in config\n', [src('a.yaml', t)]);
    expect(stacks[0]!.findings.find((f) => f.ruleId === 'AllowHttp')).toMatchObject({ status: 'suppressed', reason: 'in template' });
    expect(notices.map((n) => n.kind)).toEqual(['exception-unused']);
  });
});

describe('foreign suppressions (cfn_nag, checkov)', () => {
  const audit = (metadata: string): { stack: StackReport; notices: Notice[] } => {
    const r = new Auditor({ rules }).auditSource(src('t.yaml', template('Sg', `    Metadata:\n${metadata}`)));
    if (!('stack' in r)) throw new Error('no stack');
    return r;
  };

  it('cfn_nag rules_to_suppress applies to our rules that list the id as an equivalent', () => {
    // W2 (world-open ingress) is an equivalent of both SSHOpenToWorld and AllowHttp.
    const { stack, notices } = audit('      cfn_nag:\n        rules_to_suppress:\n          - id: W2\n            reason: public web tier\n');
    for (const id of ['SSHOpenToWorld', 'AllowHttp'])
      expect(stack.findings.find((f) => f.ruleId === id)).toMatchObject({ status: 'suppressed', reason: 'cfn_nag W2: public web tier' });
    expect(stack.score).toBe(0);
    expect(notices).toEqual([]);
  });

  it('checkov skip applies through equivalents.checkov, with the comment as reason', () => {
    const { stack } = audit('      checkov:\n        skip:\n          - id: CKV_AWS_260\n            comment: redirect only\n');
    expect(stack.findings.find((f) => f.ruleId === 'AllowHttp')).toMatchObject({ status: 'suppressed', reason: 'checkov CKV_AWS_260: redirect only' });
    expect(stack.findings.find((f) => f.ruleId === 'SSHOpenToWorld')?.status).toBe('active');
  });

  it('a foreign suppression without reason or comment does not apply, and says so', () => {
    const nag = audit('      cfn_nag:\n        rules_to_suppress:\n          - id: W2\n');
    expect(nag.stack.findings.every((f) => f.status === 'active')).toBe(true);
    expect(nag.notices).toEqual([
      {
        kind: 'suppression-without-reason',
        file: 't.yaml',
        logicalId: 'Sg',
        ruleId: expect.any(String),
        code: 'foreign-suppression-without-reason',
        args: expect.objectContaining({ tool: 'cfn_nag', id: 'W2', logicalId: 'Sg' }),
      },
    ]);
    expect(describeNotice(nag.notices[0]!)).toMatch(/^the cfn_nag suppression of W2 on Sg has no reason, so it does not apply to .*AllowHttp/);
    const ck = audit("      checkov:\n        skip:\n          - id: CKV_AWS_260\n            comment: ''\n");
    expect(ck.stack.findings.find((f) => f.ruleId === 'AllowHttp')?.status).toBe('active');
    expect(describeNotice(ck.notices[0]!)).toMatch(/checkov suppression of CKV_AWS_260 on Sg has no comment/);
  });

  it('ids no rule of ours lists are ignored quietly', () => {
    const { stack, notices } = audit('      cfn_nag:\n        rules_to_suppress:\n          - id: W9999\n            reason: x\n');
    expect(stack.findings.every((f) => f.status === 'active')).toBe(true);
    expect(notices).toEqual([]);
  });
});
