/**
 * Every built-in check by name, with the JSON Schema of the `options` it takes. The rule schema
 * (../rule-schema.ts) composes these with `if: {check: name} then: {options: schema}`, so a misspelled
 * key, a value of the wrong kind or a value outside the allowed set is a rule-file error naming the
 * file, line, rule and key: a typo can never turn a check into one that silently reports nothing.
 * Pure data (the build compiles it without the checks themselves); test/rule-safety.test.ts keeps
 * this table and the registry in ./index.ts the same set of names.
 */
export const NO_OPTIONS = { type: 'object', additionalProperties: false, maxProperties: 0, description: 'This check takes no options.' } as const;

const port = { type: 'integer', minimum: 0, maximum: 65535 } as const;
/** A list of ports: numbers 0–65535 or [from, to] pairs. */
const ports = { type: 'array', items: { oneOf: [port, { type: 'array', items: port, minItems: 2, maxItems: 2 }] } } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;
const docs = { type: 'array', items: { enum: ['identity', 'trust', 'resource'] }, description: 'Which policy documents to read.' } as const;

const securityGroupRule = {
  type: 'object',
  properties: {
    match: { enum: ['ports', 'allTraffic', 'otherWorld', 'allProtocols', 'portRange', 'any', 'noDescription'] },
    ports,
    protocols: { type: 'array', items: { enum: ['tcp', 'udp', 'icmp', 'icmpv6', '-1', 'all'] } },
    excludePorts: ports,
    excludeUdpPorts: ports,
    source: { enum: ['world', 'nonWorld', 'nonWorldCidr', 'broad', 'public', 'any'] },
    direction: { enum: ['ingress', 'egress'] },
    includeAllTraffic: { type: 'boolean' },
  },
  additionalProperties: false,
} as const;

const policyStatement = {
  type: 'object',
  properties: {
    test: { enum: ['fullAdmin', 'wildcardAction', 'wildcardResourceWrite', 'passRoleWildcard', 'privilegeEscalation', 'permissionsManagementWildcard', 'notPrincipal', 'notAction', 'notResource'] },
    docs,
    excludeAdmin: { type: 'boolean' },
  },
  required: ['test'],
  additionalProperties: false,
} as const;

const publicPrincipal = { type: 'object', properties: { docs }, additionalProperties: false } as const;
const trustExternalAccount = { type: 'object', properties: { allowedAccounts: strings, docs }, additionalProperties: false } as const;
const managedPolicyAttached = { type: 'object', properties: { match: { enum: ['admin', 'elevated'] } }, additionalProperties: false } as const;
const lambdaPermission = { type: 'object', properties: { match: { enum: ['public', 'serviceNoSource'] } }, additionalProperties: false } as const;
const forbiddenAmi = { type: 'object', properties: { amis: strings }, additionalProperties: false } as const;
const imdsV1 = { type: 'object', properties: { instancesWithoutTemplate: { type: 'boolean' } }, additionalProperties: false } as const;

/** Options schema per check name; `NO_OPTIONS` for checks without options. */
export const CHECK_OPTION_SCHEMAS = {
  securityGroupRule,
  policyStatement,
  publicPrincipal,
  trustExternalAccount,
  managedPolicyAttached,
  lambdaPermission,
  forbiddenAmi,
  imdsV1,
  securityGroupMissingEgress: NO_OPTIONS,
  publicIngressOnPrivateResource: NO_OPTIONS,
  networkAclAllowAll: NO_OPTIONS,
  trustOidcSubject: NO_OPTIONS,
  policyOnUser: NO_OPTIONS,
  userAccessKey: NO_OPTIONS,
  accessKeySecretInOutputs: NO_OPTIONS,
  blockPublicAccessDisabled: NO_OPTIONS,
  bucketNoSslPolicy: NO_OPTIONS,
  bucketNoAccessLogging: NO_OPTIONS,
  ebsEncryption: NO_OPTIONS,
  userDataSecrets: NO_OPTIONS,
  noEchoInUserData: NO_OPTIONS,
  cfnInitAuth: NO_OPTIONS,
  vpcFlowLog: NO_OPTIONS,
  kmsKeyRotation: NO_OPTIONS,
  rdsInstancePublic: NO_OPTIONS,
  databaseStorageEncrypted: NO_OPTIONS,
  elastiCacheNoAuth: NO_OPTIONS,
  redshiftSslNotRequired: NO_OPTIONS,
  rdsDeletionProtectionOff: NO_OPTIONS,
  dynamoDbPitr: NO_OPTIONS,
  albHttpListener: NO_OPTIONS,
  lbWeakTlsPolicy: NO_OPTIONS,
  clbPlaintextListener: NO_OPTIONS,
  lbNoAccessLogs: NO_OPTIONS,
  cloudFrontViewerHttpAllowed: NO_OPTIONS,
  cloudFrontWeakTls: NO_OPTIONS,
  cloudFrontOriginInsecure: NO_OPTIONS,
  cloudFrontS3OriginNoOac: NO_OPTIONS,
  topicOrQueueUnencrypted: NO_OPTIONS,
  eksEndpointPublic: NO_OPTIONS,
  eksSecretsUnencrypted: NO_OPTIONS,
  eksNodegroupSshOpen: NO_OPTIONS,
  openSearchTransitUnencrypted: NO_OPTIONS,
  apiGatewayWeakTls: NO_OPTIONS,
  albDropInvalidHeaders: NO_OPTIONS,
  lambdaEnvNoCmk: NO_OPTIONS,
  lambdaUrlPublic: NO_OPTIONS,
  lambdaDeprecatedRuntime: NO_OPTIONS,
  apiGatewayMethodNoAuth: NO_OPTIONS,
  apiGatewayNoAccessLogs: NO_OPTIONS,
  plaintextSecret: NO_OPTIONS,
  secretInOutputsOrMetadata: NO_OPTIONS,
  secretsInEnvironment: NO_OPTIONS,
} as const;
