/**
 * The options each built-in check takes, as data. A rule file whose options do not match (a
 * misspelled key, a value of the wrong kind, a value outside the allowed set) is a rule error naming
 * the rule and the key, so a typo can never turn a check into one that silently reports nothing.
 */

export type OptionType =
  | 'string'
  | 'boolean'
  | 'strings'
  /** A list of ports: numbers 0–65535 or [from, to] pairs. */
  | 'ports'
  | { readonly oneOf: readonly string[] }
  | { readonly listOf: readonly string[] };

const DOCS = { listOf: ['identity', 'trust', 'resource'] } as const;

/** Options per check; a check not listed here takes no options. */
export const CHECK_OPTIONS: ReadonlyMap<string, Readonly<Record<string, OptionType>>> = new Map<string, Readonly<Record<string, OptionType>>>([
  [
    'securityGroupRule',
    {
      match: { oneOf: ['ports', 'allTraffic', 'otherWorld', 'allProtocols', 'portRange', 'any', 'noDescription'] },
      ports: 'ports',
      protocols: { listOf: ['tcp', 'udp', 'icmp', 'icmpv6', '-1', 'all'] },
      excludePorts: 'ports',
      excludeUdpPorts: 'ports',
      source: { oneOf: ['world', 'nonWorld', 'nonWorldCidr', 'broad', 'public', 'any'] },
      direction: { oneOf: ['ingress', 'egress'] },
      includeAllTraffic: 'boolean',
    },
  ],
  [
    'policyStatement',
    {
      test: { oneOf: ['fullAdmin', 'wildcardAction', 'wildcardResourceWrite', 'passRoleWildcard', 'privilegeEscalation', 'permissionsManagementWildcard', 'notPrincipal', 'notAction', 'notResource'] },
      docs: DOCS,
      excludeAdmin: 'boolean',
    },
  ],
  ['publicPrincipal', { docs: DOCS }],
  ['trustExternalAccount', { allowedAccounts: 'strings', docs: DOCS }],
  ['managedPolicyAttached', { match: { oneOf: ['admin', 'elevated'] } }],
  ['lambdaPermission', { match: { oneOf: ['public', 'serviceNoSource'] } }],
  ['forbiddenAmi', { amis: 'strings' }],
  ['imdsV1', { instancesWithoutTemplate: 'boolean' }],
  ['propertyRequired', { property: 'strings' }],
]);

/** Why `options` do not fit the check, or null. `required` keys are those the check cannot run without. */
export function checkOptionsProblem(check: string, options: Readonly<Record<string, unknown>>): string | null {
  const spec = CHECK_OPTIONS.get(check) ?? {};
  const allowed = Object.keys(spec);
  for (const [key, value] of Object.entries(options)) {
    if (!Object.prototype.hasOwnProperty.call(spec, key)) {
      return allowed.length ? `unknown option \`${key}\` for check ${check} (it takes ${allowed.join(', ')})` : `check ${check} takes no options (found \`${key}\`)`;
    }
    const problem = valueProblem(spec[key]!, value);
    if (problem) return `option \`${key}\` of check ${check} ${problem}`;
  }
  if (check === 'propertyRequired' && options['property'] === undefined) return 'check propertyRequired needs option `property` (a list of keys)';
  if (check === 'policyStatement' && options['test'] === undefined) return 'check policyStatement needs option `test`';
  return null;
}

function valueProblem(t: OptionType, v: unknown): string | null {
  if (t === 'string') return typeof v === 'string' ? null : 'must be a text';
  if (t === 'boolean') return typeof v === 'boolean' ? null : 'must be true or false';
  if (t === 'strings') return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'must be a list of texts';
  if (t === 'ports') {
    const port = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 65535;
    return Array.isArray(v) && v.every((x) => port(x) || (Array.isArray(x) && x.length === 2 && port(x[0]) && port(x[1]) && x[0] <= x[1])) ? null : 'must be a list of ports (0–65535) or [from, to] ranges';
  }
  if ('oneOf' in t) return typeof v === 'string' && t.oneOf.includes(v) ? null : `must be one of ${t.oneOf.join(', ')} (found ${JSON.stringify(v)})`;
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && t.listOf.includes(x)) ? null : `must be a list of ${t.listOf.join(', ')}`;
}
