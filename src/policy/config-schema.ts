/**
 * The one definition of `.cfn-audit.yml`. The TypeScript type (`CfnAuditConfig`), the validator
 *  and the published JSON Schema (`schema/cfn-audit.schema.json`) all come from
 * `CONFIG_SCHEMA`, so they cannot drift apart: scripts/catalogue.mjs compiles it with ajv into
 * src/schema/validators.generated.js and writes the published file.
 */
import type { Infer } from '../schema/infer.js';
import { SCORING_MODES } from './verdict.js';

export interface StringSchema {
  readonly type: 'string';
  readonly description?: string;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}
export interface IntegerSchema {
  readonly type: 'integer';
  readonly description?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}
export interface BooleanSchema {
  readonly type: 'boolean';
  readonly description?: string;
}
export interface ArraySchema {
  readonly type: 'array';
  readonly description?: string;
  readonly items: Schema;
}
export interface ObjectSchema {
  readonly type: 'object';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  /** `false`: no other keys; a schema: every other key's value. */
  readonly additionalProperties: false | Schema;
}
export interface OneOfSchema {
  readonly oneOf: readonly Schema[];
  readonly description?: string;
}
export type Schema = StringSchema | IntegerSchema | BooleanSchema | ArraySchema | ObjectSchema | OneOfSchema;

const RULE_ID = '^(\\*|[A-Za-z][A-Za-z0-9_-]*)$';

const ruleSetting = {
  description: '`off` or `on` (or false / true), or `{ risk: N }` to keep the rule on with another risk (1–10).',
  oneOf: [
    { type: 'string', enum: ['off', 'on'] },
    { type: 'boolean' },
    {
      type: 'object',
      properties: { risk: { type: 'integer', minimum: 1, maximum: 10, description: 'Risk this rule adds to the score, 1–10.' } },
      required: ['risk'],
      additionalProperties: false,
    },
  ],
} as const satisfies Schema;

const ruleSettings = {
  type: 'object',
  description: 'Rule id → off | on | { risk: N }.',
  additionalProperties: ruleSetting,
} as const satisfies Schema;

const thresholds = {
  type: 'object',
  description: 'Score from which a stack needs manual approval, and from which it fails.',
  properties: {
    approval: { type: 'integer', minimum: 0, description: 'Manual approval from this score (default 5).' },
    fail: { type: 'integer', minimum: 0, description: 'Fail from this score (default 10).' },
  },
  additionalProperties: false,
} as const satisfies Schema;

const profile = {
  type: 'object',
  description: 'A named policy, chosen with --profile or the top-level `profile` key.',
  properties: {
    extends: {
      type: 'string',
      minLength: 1,
      description: 'Profile this one starts from: a built-in (default, strict) or another config profile. Default: the built-in of the same name, else `default`.',
    },
    thresholds,
    countUnknown: { type: 'boolean', description: 'Unknown (unresolved) findings count toward the score.' },
    scoring: {
      type: 'string',
      enum: SCORING_MODES,
      description:
        'How findings add up to the score: `per-rule` (default; each rule adds its highest risk once per stack), `per-resource` (once per resource), `per-violation` (every violating place adds its risk).',
    },
    advisoryRules: { type: 'boolean', description: 'Run the advisory rules that are off by default (as --all-rules).' },
    branches: {
      type: 'string',
      enum: ['decided', 'all'],
      description:
        '`decided` (default): a Condition the parameter values decide takes one branch and a resource whose Condition is false is not audited. `all` (as --all-branches; the built-in strict profile): every branch of every condition is audited.',
    },
    unauditable: {
      type: 'string',
      enum: ['pass', 'approval', 'fail'],
      description: 'Least decision of a stack with content cfn-audit cannot see (macro transforms, AWS::Include, modules, nested stacks outside the run). Default: approval.',
    },
    rules: ruleSettings,
  },
  additionalProperties: false,
} as const satisfies Schema;

const exception = {
  type: 'object',
  description: 'An accepted finding: it gets status `excepted` with the reason and does not count.',
  properties: {
    rule: { type: 'string', pattern: RULE_ID, description: 'Rule id, or "*" for every rule.' },
    resource: { type: 'string', minLength: 1, description: 'minimatch glob over "file#LogicalId" or over the CDK construct path.' },
    tags: {
      type: 'object',
      description: 'Resource tags (Properties.Tags) that must all match.',
      additionalProperties: { type: 'string' },
    },
    reason: { type: 'string', minLength: 1, description: 'Why this is accepted (required).' },
    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD: the exception applies through this day (UTC) and is reported as expired after it.' },
  },
  required: ['rule', 'reason'],
  additionalProperties: false,
} as const satisfies Schema;

export const CONFIG_SCHEMA = {
  type: 'object',
  description: 'cfn-audit configuration (.cfn-audit.yml)',
  properties: {
    profile: { type: 'string', minLength: 1, description: 'Profile used when --profile is not given.' },
    profiles: { type: 'object', description: 'Profiles by name; `default` and `strict` are built in and may be overridden.', additionalProperties: profile },
    rules: ruleSettings,
    rulePaths: { type: 'array', description: 'Rule directories or files, relative to this file (as --rules).', items: { type: 'string', minLength: 1 } },
    exceptions: { type: 'array', description: 'Accepted findings, each with a reason and an optional expiry date.', items: exception },
  },
  additionalProperties: false,
} as const satisfies Schema;

export type CfnAuditConfig = Infer<typeof CONFIG_SCHEMA>;
export type RuleSetting = Infer<typeof ruleSetting>;
export type ExceptionConfig = Infer<typeof exception>;

export const SCHEMA_ID = 'https://unpkg.com/cfn-audit/schema/cfn-audit.schema.json';

/** The published JSON Schema document (`schema/cfn-audit.schema.json`). */
export function jsonSchemaDocument(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: SCHEMA_ID, title: 'cfn-audit configuration', ...CONFIG_SCHEMA };
}
