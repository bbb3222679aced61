/**
 * A hand-made AuditReport that exercises every branch the formatters have: a plain template with a
 * space in its name, a CDK stack in a nested directory, Fn::If conditions, an unknown outcome,
 * each non-active status, an audit error and notices.
 */
import type { AuditReport, Finding, RuleMeta, StackReport } from '../../src/types/types.js';
import type { FormatContext } from '../../src/report/context.js';

const noEquivalents = { cfn_nag: [], checkov: [], cdk_nag: [] } as const;

export const sshRule: RuleMeta = {
  id: 'SSHOpenToWorld',
  title: 'Security group allows SSH from the internet',
  risk: 7,
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  kind: 'check',
  enabled: true,
  description: 'An ingress rule opens TCP port 22 to 0.0.0.0/0 or ::/0, exposing SSH to brute force.',
  message: 'Port {port} is open to {cidr}',
  remediation: 'Restrict CidrIp to a known range or use SSM Session Manager.',
  remediationCdk: 'Use `ec2.Peer.ipv4("10.0.0.0/8")` instead of `ec2.Peer.anyIpv4()`.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html'],
  equivalents: { cfn_nag: ['F1000', 'W9'], checkov: ['CKV_AWS_24'], cdk_nag: ['AwsSolutions-EC23'] },
  category: 'network',
  source: 'builtin',
};

export const httpRule: RuleMeta = {
  id: 'AllowHttp',
  title: 'Listener or ingress allows plain HTTP',
  risk: 3,
  resourceTypes: ['AWS::EC2::SecurityGroup'],
  kind: 'path',
  enabled: true,
  description: 'Port 80 is open; traffic is not encrypted in transit.',
  message: 'Plain HTTP (port {port}) is allowed from {cidr}',
  remediation: 'Serve HTTPS on 443 and redirect 80.',
  references: [],
  equivalents: noEquivalents,
  category: 'network',
  source: 'builtin',
};

export const bucketRule: RuleMeta = {
  id: 'S3BucketPublicReadAcl',
  title: 'S3 bucket is publicly readable',
  risk: 8,
  resourceTypes: ['AWS::S3::Bucket'],
  kind: 'path',
  enabled: true,
  description: 'AccessControl PublicRead or PublicReadWrite grants everyone read access | list.',
  message: 'Bucket ACL is {acl}',
  remediation: 'Remove AccessControl and enable the S3 Block Public Access settings.',
  remediationCdk: 'Set `blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL`.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  equivalents: { cfn_nag: ['F14'], checkov: ['CKV_AWS_20'], cdk_nag: [] },
  category: 's3',
  source: 'builtin',
};

export const iamRule: RuleMeta = {
  id: 'IamPolicyWildcardAction',
  title: 'IAM policy allows every action',
  risk: 5,
  resourceTypes: ['AWS::IAM::Policy', 'AWS::IAM::Role'],
  kind: 'check',
  enabled: true,
  description: 'A statement with Effect Allow uses Action "*".',
  message: 'Statement {sid} allows action {action} on {resource}',
  remediation: 'List the actions the principal needs.',
  references: [],
  equivalents: { cfn_nag: ['F4'], checkov: ['CKV_AWS_1'], cdk_nag: ['AwsSolutions-IAM5'] },
  category: 'iam',
  source: 'rules/custom/IamPolicyWildcardAction.yaml',
};

export const sampleRules: readonly RuleMeta[] = [sshRule, httpRule, bucketRule, iamRule];

export function finding(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'logicalId' | 'line'>): Finding {
  return {
    risk: sampleRules.find((r) => r.id === over.ruleId)?.risk ?? 5,
    outcome: 'fail',
    status: 'active',
    reason: null,
    file: 'templates/network stack.yaml',
    stackName: null,
    resourceType: 'AWS::EC2::SecurityGroup',
    path: ['Resources', over.logicalId, 'Properties'],
    column: 7,
    cdkPath: null,
    data: {},
    conditions: [],
    fingerprint: `fp-${over.ruleId}-${over.logicalId}-${over.line}`,
    ...over,
  };
}

const networkFile = 'templates/network stack.yaml';
const cdkFile = 'cdk.out/assembly-Prod/ProdApi.template.json';

export const networkStack: StackReport = {
  file: networkFile,
  name: null,
  origin: 'cloudformation',
  parents: [],
  score: 10,
  decision: 'fail',
  thresholds: { approval: 5, fail: 10 },
  counts: { active: 2, suppressed: 1, excepted: 0, baselined: 0, unknown: 0 },
  findings: [
    finding({
      ruleId: 'SSHOpenToWorld',
      logicalId: 'WebSg',
      line: 14,
      column: 11,
      path: ['Resources', 'WebSg', 'Properties', 'SecurityGroupIngress', 0, 'CidrIp'],
      data: { port: 22, cidr: '0.0.0.0/0' },
      conditions: [{ condition: 'IsProd', branch: true }],
    }),
    finding({
      ruleId: 'AllowHttp',
      logicalId: 'WebSg',
      line: 18,
      column: 11,
      data: { port: 80, cidr: '0.0.0.0/0' },
    }),
    finding({
      ruleId: 'AllowHttp',
      logicalId: 'LegacySg',
      line: 31,
      column: 11,
      status: 'suppressed',
      reason: 'Legacy ALB, redirects to HTTPS; ticket SEC-42',
      data: { port: 80, cidr: '0.0.0.0/0' },
    }),
  ],
};

export const cdkStack: StackReport = {
  file: cdkFile,
  name: 'ProdApi',
  origin: 'cdk',
  parents: [],
  score: 5,
  decision: 'manual-approval',
  thresholds: { approval: 5, fail: 10 },
  counts: { active: 2, suppressed: 0, excepted: 1, baselined: 1, unknown: 1 },
  findings: [
    finding({
      ruleId: 'IamPolicyWildcardAction',
      logicalId: 'HandlerServiceRoleDefaultPolicy',
      file: cdkFile,
      stackName: 'ProdApi',
      resourceType: 'AWS::IAM::Policy',
      line: 88,
      column: 13,
      cdkPath: 'ProdApi/Handler/ServiceRole/DefaultPolicy/Resource',
      data: { sid: 'AllowAll', action: '*', resource: 'arn:aws:s3:::data-bucket/*' },
    }),
    finding({
      ruleId: 'S3BucketPublicReadAcl',
      logicalId: 'AssetsBucket',
      file: cdkFile,
      stackName: 'ProdApi',
      resourceType: 'AWS::S3::Bucket',
      line: 12,
      column: 9,
      outcome: 'unknown',
      cdkPath: 'ProdApi/Assets/Bucket/Resource',
      data: { acl: '${AclParam}', unknownReason: 'Ref to parameter AclParam has no default' },
    }),
    finding({
      ruleId: 'S3BucketPublicReadAcl',
      logicalId: 'WebsiteBucket',
      file: cdkFile,
      stackName: 'ProdApi',
      resourceType: 'AWS::S3::Bucket',
      line: 40,
      column: 9,
      status: 'excepted',
      reason: 'Public website bucket, approved by security (SEC-7), expires 2027-01-01',
      cdkPath: 'ProdApi/Website/Bucket/Resource',
      data: { acl: 'PublicRead' },
    }),
    finding({
      ruleId: 'SSHOpenToWorld',
      logicalId: 'BastionSg',
      file: cdkFile,
      stackName: 'ProdApi',
      line: 120,
      column: 13,
      status: 'baselined',
      reason: 'In baseline .cfn-audit-baseline.json',
      cdkPath: 'ProdApi/Bastion/Sg/Resource',
      data: { port: 22, cidr: '::/0' },
    }),
  ],
};

export const sampleReport: AuditReport = {
  tool: { name: 'cfn-audit', version: '0.1.0' },
  decision: 'fail',
  stacks: [networkStack, cdkStack],
  errors: [{ file: 'templates/broken.yaml', line: 4, column: 3, message: 'mapping values are not allowed here' }],
  notices: [
    {
      kind: 'exception-unused',
      file: '.cfn-audit.yml',
      ruleId: 'AllowHttp',
      code: 'exception-unused',
      args: { index: 0, line: 3, rule: 'AllowHttp', resource: 'templates/old-*.yaml#*' },
    },
    {
      kind: 'suppression-without-reason',
      file: networkFile,
      logicalId: 'DbSg',
      ruleId: 'SSHOpenToWorld',
      code: 'suppression-without-reason',
      args: { rule: 'SSHOpenToWorld', logicalId: 'DbSg' },
    },
  ],
  rules: sampleRules,
  skipped: 3,
};

/** cwd is a sub-directory of the repository so repo-relative paths differ from cwd-relative ones. */
export const sampleContext: FormatContext = {
  cwd: '/repo/infra',
  repoRoot: '/repo',
  color: false,
  rules: new Map(sampleRules.map((r) => [r.id, r])),
  informationUri: 'https://example.com/cfn-audit',
};

/** A one-stack report with `n` active findings of the given risk, for cap tests. */
export function manyFindingsReport(n: number, risk: (i: number) => number): AuditReport {
  const findings = Array.from({ length: n }, (_, i) =>
    finding({ ruleId: 'SSHOpenToWorld', logicalId: `Sg${i}`, line: i + 1, risk: risk(i), data: { port: 22, cidr: '0.0.0.0/0' } }),
  );
  return {
    ...sampleReport,
    errors: [],
    notices: [],
    stacks: [{ ...networkStack, findings, counts: { active: n, suppressed: 0, excepted: 0, baselined: 0, unknown: 0 } }],
  };
}
