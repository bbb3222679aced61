/**
 * The one definition of a rule file. The published JSON Schema (`schema/rule.schema.json`), the
 * validator compiled from it at build time (scripts/catalogue.mjs → src/schema/validators.generated.js)
 * and the TypeScript types below all come from `RULE_SCHEMA`, so they cannot drift apart.
 * A `check` rule's `options` and `messages` are checked against the declaration of its check
 * (./checks/define.ts), so this module imports the checks: the build bundles it with them (esbuild)
 * to compile the validators, and the program itself never imports it (only its types).
 */
import type { Infer } from '../schema/infer.js';
import { NO_OPTIONS } from './checks/define.js';
import { CHECK_DEFINITIONS } from './checks/index.js';

const text = { type: 'string', pattern: '\\S' } as const;
const ids = {
  description: 'An id or a list of ids.',
  oneOf: [{ type: 'null' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }],
} as const;

/** A JSONPath over the resource entry `{Type, Properties, Metadata, …}`; filter and script expressions are refused. */
const jsonPath = { type: 'string', pattern: '^\\$', description: 'JSONPath over the resource entry, e.g. $.Properties.Encrypted. Filter (?()) and script (()) expressions are refused.' } as const;

const assertionOps = {
  equals: { description: 'Equal to this value (scalars compare as text, case-insensitively, as CloudFormation passes them).' },
  notEquals: { description: 'Not equal to this value.' },
  in: { type: 'array', description: 'One of these values.' },
  notIn: { type: 'array', description: 'None of these values.' },
  matches: { type: 'string', description: 'A text matching this regular expression.' },
  notMatches: { type: 'string', description: 'Not a text matching this regular expression.' },
  exists: { type: 'boolean', description: 'true: the value is present (not null); false: it is absent.' },
  cidrIsWorld: { type: 'boolean', description: 'A CIDR text that is (true) or is not (false) open to the whole internet.' },
  portRangeIncludes: { type: 'integer', minimum: 0, maximum: 65535, description: 'A port range (`FromPort`/`ToPort` mapping, or a port) including this port.' },
  all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/assertion' }, description: 'Every assertion holds.' },
  any: { type: 'array', minItems: 1, items: { $ref: '#/definitions/assertion' }, description: 'At least one assertion holds.' },
  not: { $ref: '#/definitions/assertion', description: 'The assertion does not hold.' },
} as const;

type Ops = typeof assertionOps;
/** One operator per assertion: `{equals: 5}`, `{not: {exists: true}}`, … */
const assertion = {
  description: `What a compliant value satisfies: a mapping with exactly one operator out of ${Object.keys(assertionOps).join(', ')}.`,
  oneOf: (Object.keys(assertionOps) as (keyof Ops)[]).map((op) => ({ $comment: 'operator', type: 'object', properties: { [op]: assertionOps[op] }, required: [op], additionalProperties: false })) as unknown as readonly {
    [K in keyof Ops]: { readonly type: 'object'; readonly properties: { readonly [P in K]: Ops[K] }; readonly required: readonly [K]; readonly additionalProperties: false };
  }[keyof Ops][],
} as const;

/** A key path under `Properties`, looked up through intrinsics (Fn::If, Ref, …) at every level. */
const propertyPath = {
  type: 'string',
  pattern: '^[A-Za-z0-9_:@-]+(\\.[A-Za-z0-9_:@-]+)*$',
  description: 'Key path under Properties, e.g. StreamEncryption.EncryptionType: followed through Fn::If and Ref at every level; findings carry {property} and {value} like built-in checks.',
} as const;

const clauseProps = {
  given: jsonPath,
  property: propertyPath,
  assert: { $ref: '#/definitions/assertion' },
  absent: { enum: ['pass', 'fail'], description: 'Outcome when nothing is selected (or AWS::NoValue). Default: pass (in `when`: the rule does not apply).' },
} as const;

const givenOrProperty = { description: 'a clause names either `given` (a JSONPath) or `property` (a key path under Properties)', oneOf: [{ required: ['given'] }, { required: ['property'] }] } as const;

/** One assertion about the values `given` or `property` selects. */
const clause = { type: 'object', properties: clauseProps, required: ['assert'], additionalProperties: false, allOf: [givenOrProperty] } as const;

const equivalents = {
  type: 'object',
  description: 'The same check in other tools.',
  properties: { cfn_nag: { $ref: '#/definitions/ids' }, checkov: { $ref: '#/definitions/ids' }, cdk_nag: { $ref: '#/definitions/ids' } },
  additionalProperties: false,
} as const;

const common = {
  id: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]+$', description: 'PascalCase id; built-in rule files are named by it.' },
  title: text,
  risk: { type: 'integer', minimum: 1, maximum: 10, description: 'Risk the rule adds to the score, 1–10.' },
  resourceTypes: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Resource types the rule audits, or ["*"].' },
  enabled: { type: 'boolean', description: 'false: advisory, on only with --all-rules or a config setting. Default: true.' },
  description: text,
  message: {
    ...text,
    description: 'Finding message; {logicalId}, {value}, {property} and the finding data fill `{name}` placeholders. A check rule may leave it out: its findings then read as the check\'s default text for their message id.',
  },
  remediation: text,
  remediationCdk: text,
  references: { $ref: '#/definitions/ids' },
  equivalents: { $ref: '#/definitions/equivalents' },
  category: text,
  fix: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', description: 'Name of the built-in fix `cfn-audit fix` applies.' },
  docs: { type: 'string', description: 'Free text for the rule\'s doc page (e.g. why its risk differs from the suggestion).' },
  file: { type: 'string', description: 'Set by the build for built-in rules.' },
} as const;
const commonRequired = ['id', 'title', 'risk', 'resourceTypes', 'kind', 'description', 'message', 'remediation'] as const;

/**
 * Per check, what its rules may give: `options` (its options schema, a definition shared by the checks
 * without options) and `messages` (its message ids). The validator picks the one branch by `check`.
 */
const optionDefinitions: Record<string, unknown> = { 'options-none': NO_OPTIONS };
const checkBranches = CHECK_DEFINITIONS.map(({ name, options, messages }) => {
  const optionsRef = options === NO_OPTIONS ? 'options-none' : `options-${name}`;
  if (options !== NO_OPTIONS) optionDefinitions[optionsRef] = options;
  return {
    properties: {
      check: { const: name },
      options: { $ref: `#/definitions/${optionsRef}` },
      // The ids as keys (with their default texts, for an editor's completion); the texts are checked by `messages` above.
      messages: {
        properties: Object.fromEntries(Object.entries(messages).map(([id, template]) => [id, { description: `Default: ${template}` }])),
        additionalProperties: false,
      },
    },
    ...('required' in options ? { required: ['options'] } : {}),
  };
});

const checkRule = {
  type: 'object',
  properties: {
    ...common,
    kind: { const: 'check' },
    check: { type: 'string', enum: CHECK_DEFINITIONS.map((d) => d.name), description: 'Name of the built-in TypeScript check.' },
    options: { type: 'object', description: 'Options of the check (see its options schema).' },
    messages: {
      type: 'object',
      additionalProperties: text,
      description: 'Message templates by the message ids the check declares; a finding with an id not given here is worded by `message`, else by the check\'s default text for the id.',
    },
  },
  // Without `message`, a check rule's findings are worded by the check's default text for each message id.
  required: [...commonRequired.filter((k) => k !== 'message'), 'check'],
  additionalProperties: false,
  discriminator: { propertyName: 'check' },
  oneOf: checkBranches,
} as const;

const pathRule = {
  type: 'object',
  description: 'Assertions over JSONPath selections: `given` + `assert` (+ `absent`), or `all:` / `any:` lists of such clauses; `when:` limits the rule to resources where its clauses hold.',
  properties: {
    ...common,
    kind: { const: 'path' },
    ...clauseProps,
    all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/clause' }, description: 'Every clause must hold; the first clause that does not is reported (later ones are not evaluated).' },
    any: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/clause' },
      description: 'At least one clause must hold; otherwise `unknown` when a clause could not be decided, else the first clause is reported.',
    },
    when: { oneOf: [{ $ref: '#/definitions/clause' }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/clause' } }], description: 'The rule applies only to resources where these clauses all hold. Unresolvable values give `unknown`.' },
  },
  required: commonRequired,
  additionalProperties: false,
  allOf: [
    {
      description: 'a path rule needs either `assert` with `given` or `property`, or `all`, or `any` (one of the three)',
      oneOf: [
        { required: ['assert'], not: { anyOf: [{ required: ['all'] }, { required: ['any'] }] } },
        { required: ['all'], not: { anyOf: [{ required: ['given'] }, { required: ['property'] }, { required: ['assert'] }, { required: ['absent'] }, { required: ['any'] }] } },
        { required: ['any'], not: { anyOf: [{ required: ['given'] }, { required: ['property'] }, { required: ['assert'] }, { required: ['absent'] }, { required: ['all'] }] } },
      ],
    },
    { if: { required: ['assert'] }, then: givenOrProperty },
  ],
} as const;

const regexRule = {
  type: 'object',
  properties: {
    ...common,
    kind: { const: 'regex' },
    pattern: { ...text, description: 'Regular expression over the resource JSON text (or over each text `given` selects).' },
    flags: { type: 'string', pattern: '^[imsu]*$', description: 'Regular expression flags out of i, m, s, u.' },
    given: jsonPath,
  },
  required: [...commonRequired, 'pattern'],
  additionalProperties: false,
} as const;

const RULE_DEFINITIONS = { assertion, clause, equivalents, ids } as const;

/** One rule document: a discriminated union on `kind`. */
export const RULE_SCHEMA = {
  type: 'object',
  discriminator: { propertyName: 'kind' },
  required: ['kind'],
  oneOf: [checkRule, pathRule, regexRule],
  definitions: { ...RULE_DEFINITIONS, ...optionDefinitions },
} as const;

/** One entry of the original audit-Lambda rule list. Values are loose there: "5" and 5, "y" and "Y". */
export const LEGACY_RULE_SCHEMA = {
  type: 'object',
  properties: {
    rule: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
    category: { type: 'string' },
    ruletype: { type: 'string', const: 'regex' },
    active: { type: 'string', pattern: '^[YyNn]$' },
    riskvalue: { oneOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*$' }] },
    ruledata: { type: 'string', minLength: 1 },
  },
  required: ['rule', 'riskvalue', 'ruledata'],
} as const;

type Defs = typeof RULE_DEFINITIONS;
export type Assertion = Infer<typeof assertion, Defs>;
export type Clause = Infer<typeof clause, Defs>;
// The per-check branches (`oneOf`) only narrow `options` and `messages`; the document type is the common shape.
export type RuleDocument = Infer<Omit<typeof checkRule, 'oneOf'>, Defs> | Infer<typeof pathRule, Defs> | Infer<typeof regexRule, Defs>;
export type LegacyRuleEntry = Infer<typeof LEGACY_RULE_SCHEMA>;

const RULE_SCHEMA_ID = 'https://unpkg.com/cfn-audit/schema/rule.schema.json';

/**
 * The published JSON Schema document (`schema/rule.schema.json`): a rule file as the loader takes it,
 * one rule, a list of rules, `{rules: [...]}`, or the original audit-Lambda list.
 */
export function ruleJsonSchemaDocument(): Record<string, unknown> {
  const { definitions, ...rule } = RULE_SCHEMA;
  const ref = { $ref: '#/definitions/rule' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: RULE_SCHEMA_ID,
    title: 'cfn-audit rule file',
    definitions: { ...definitions, rule, legacyRule: LEGACY_RULE_SCHEMA },
    anyOf: [
      ref,
      { type: 'array', items: ref },
      { type: 'object', properties: { rules: { type: 'array', items: ref } }, required: ['rules'], additionalProperties: false },
      { type: 'array', items: { $ref: '#/definitions/legacyRule' } },
    ],
  };
}
