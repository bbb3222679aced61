/**
 * Core types shared by every layer. Findings are data: no sentence is stored here except
 * user-supplied reasons; `src/report/` turns them into text.
 */

export type Decision = 'pass' | 'manual-approval' | 'fail';
export type Outcome = 'fail' | 'unknown';
export type Status = 'active' | 'suppressed' | 'excepted' | 'baselined';
export type RuleKind = 'regex' | 'path' | 'check';
export type Syntax = 'yaml' | 'json';
export type Origin = 'cloudformation' | 'cdk';
/** How a stack's findings add up to its score (see policy/verdict.ts `score`). */
export type ScoringMode = 'per-rule' | 'per-resource' | 'per-violation';

/**
 * An object being built key by key (a finding, in code that runs once per template or finding): the keys
 * of T, each writable and not yet set. An object literal with a spread before other keys is built by V8's
 * runtime key by key, several times slower where the code is seldom optimized.
 */
export type Building<T> = { -readonly [K in keyof T]?: T[K] };

/** Keys from the template root, e.g. ['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 0, 'CidrIp']. */
export type KeyPath = readonly (string | number)[];

/** 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A file as discovery hands it to the core. */
export interface SourceFile {
  /** As given on the command line, or relative to the current directory. */
  readonly file: string;
  readonly text: string;
  /** Stack name when known (CDK artifacts); null for plain templates. */
  readonly stackName?: string | null;
  readonly origin?: Origin;
  /** For nested CDK stacks: the chain of parent stack names, outermost first. */
  readonly parents?: readonly string[];
  /** logicalId → CDK construct path, when known from the assembly (manifest metadata or tree.json). */
  readonly cdkPaths?: Readonly<Record<string, string>>;
  /** Force the syntax instead of guessing from the extension/content. */
  readonly syntax?: Syntax;
  /** True when the user named this file explicitly (a non-template is then an error, not a skip). */
  readonly explicit?: boolean;
}

export interface Template {
  readonly file: string;
  readonly syntax: Syntax;
  readonly origin: Origin;
  readonly stackName: string | null;
  readonly parents: readonly string[];
  readonly cdkPaths: Readonly<Record<string, string>>;
  /** The template with long-form intrinsics only (`{ "Fn::Sub": … }`, `{ "Ref": … }`). */
  readonly body: Readonly<Record<string, unknown>>;
  /**
   * Position of the node at `path`, or of the nearest existing ancestor. Points at the key when there is one.
   * With `within` (a character offset into the text value at `path`), points at that character where the
   * source shows it: the line inside a block scalar, or the token inside a quoted or JSON string.
   */
  locate(path: KeyPath, within?: number): Position;
  /** The source line (1-based), without its line break; '' when out of range. */
  lineText(line: number): string;
  /**
   * False only when the source text certainly holds no key, tag or value spelled `word` (escape
   * sequences count): a walk looking for that word can be skipped. Absent: assume it may.
   */
  readonly mentions?: (word: string) => boolean;
  /**
   * At most this many nodes in `body`, when the reader knows that no node is reached twice (no YAML
   * alias or merge key): a walk bounding the size of a value can then be skipped. Absent: unknown.
   */
  readonly nodeBound?: number;
}

/** A template that could not be read or parsed. Never yields pass. */
export interface AuditError {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

export interface Equivalents {
  readonly cfn_nag: readonly string[];
  readonly checkov: readonly string[];
  readonly cdk_nag: readonly string[];
}

/** A rule as loaded and validated from YAML (built-in or user). */
export interface RuleMeta {
  readonly id: string;
  readonly title: string;
  readonly risk: number;
  readonly resourceTypes: readonly string[];
  readonly kind: RuleKind;
  readonly enabled: boolean;
  readonly description: string;
  /** Message template with `{name}` placeholders filled from Finding.data; '' for a check rule that gives none (`messages` words its findings). */
  readonly message: string;
  /** Check rules: templates by message id (the rule's `messages`, and without `message` the check's defaults), used before `message`. */
  readonly messages?: Readonly<Record<string, string>>;
  readonly remediation: string;
  readonly remediationCdk?: string;
  readonly references: readonly string[];
  readonly equivalents: Equivalents;
  readonly category?: string;
  /** Where the rule came from: 'builtin' or the user file path. */
  readonly source: string;
}

export interface ConditionBranch {
  readonly condition: string;
  readonly branch: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly risk: number;
  readonly outcome: Outcome;
  readonly status: Status;
  /** Reason of a suppression, exception or baseline entry; null when active. */
  readonly reason: string | null;
  readonly file: string;
  readonly stackName: string | null;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly path: KeyPath;
  readonly line: number;
  readonly column: number;
  readonly cdkPath: string | null;
  /** Values for the message template (cidr, port, action, …). */
  readonly data: Readonly<Record<string, string | number | boolean>>;
  /** The Fn::If branches under which the finding holds (empty when unconditional). */
  readonly conditions: readonly ConditionBranch[];
  /** The `Condition` of the resource the finding is in (it exists only when that condition is true). */
  readonly condition?: string;
  /** Stable across reformatting and key order: rule, stack/file, logical id, path and data. */
  readonly fingerprint: string;
  /** The source line the finding points at, for code frames. */
  readonly snippet?: string;
  /** Why the engine itself left the finding undecided (a rule that failed, a resource too large), rather than a value. */
  readonly cause?: UnknownCause;
  /** Which message a check worded the finding by (a rule's `messages` may give each its own text); not in the JSON or SARIF output. */
  readonly messageId?: string;
  /** The sentence a run already worded the finding with: findings read back from a JSON report (`cfn-audit merge`) keep theirs. */
  readonly message?: string;
}

/** Why a finding is unknown: the engine's own cause, or why a value is only known at deploy time; `src/report/describe.ts` words it. */
export type UnknownCause =
  | { readonly code: 'rule-crashed'; readonly args: { readonly error: string } }
  | { readonly code: 'resource-too-large'; readonly args: Readonly<Record<string, never>> }
  | ValueReason;

type NoArgs = Readonly<Record<string, never>>;

/** The arguments of each reason a value cannot be read before deployment. */
export interface ValueReasonArgs {
  readonly 'expected-text': { readonly found: string };
  readonly 'too-deep': NoArgs;
  readonly 'to-json-deploy-time': NoArgs;
  readonly 'not-evaluated': { readonly fn: string };
  readonly 'ref-non-text': NoArgs;
  readonly 'ssm-parameter': { readonly name: string; readonly ssmName: string | null };
  readonly 'parameter-no-default': { readonly name: string };
  readonly 'pseudo-parameter': { readonly name: string };
  readonly 'resource-ref': { readonly name: string };
  readonly 'undefined-ref': { readonly name: string };
  readonly malformed: { readonly fn: string };
  readonly 'no-consistent-combination': NoArgs;
  readonly 'getatt-deploy-time': { readonly target: string; readonly attribute: string };
  readonly 'import-value': NoArgs;
  readonly 'import-name-deploy-time': NoArgs;
  readonly 'import-outside-run': { readonly name: string };
  readonly 'sub-variable-deploy-time': { readonly name: string };
  readonly 'non-text-in-string': NoArgs;
  readonly 'expected-list': NoArgs;
  readonly 'too-many-combinations': NoArgs;
  readonly 'join-non-text': NoArgs;
  readonly 'findinmap-map-deploy-time': NoArgs;
  readonly 'findinmap-missing': { readonly lookup: string };
  readonly 'select-out-of-range': NoArgs;
  readonly 'passed-by-parent': { readonly parent: string; readonly reason: ValueReason };
  readonly 'parent-value-unreadable': NoArgs;
  readonly 'export-cycle': { readonly name: string };
  readonly 'exporter-unreadable': { readonly name: string };
  readonly 'from-export': { readonly name: string; readonly reason: ValueReason };
  readonly 'deploy-time-value': NoArgs;
  readonly 'secret-import': NoArgs;
  readonly 'secret-join-computed': NoArgs;
  readonly 'secret-too-deep': NoArgs;
  readonly 'policy-not-json': NoArgs;
  readonly 'policy-element-shape': NoArgs;
  readonly 'principal-shape': NoArgs;
  readonly 'condition-value-not-text': NoArgs;
  readonly 'condition-key': { readonly key: string; readonly reason: UnknownCause; readonly named: boolean };
  readonly 'not-boolean': { readonly key: string };
  readonly 'not-policy-name': { readonly property: string };
  readonly 'unknown-tls-policy': { readonly name: string };
  readonly 'listener-protocol-deploy-time': NoArgs;
  readonly 'sam-api-missing': NoArgs;
  readonly 'sam-authorizer-deploy-time': NoArgs;
  readonly 'sam-default-authorizer-deploy-time': NoArgs;
  readonly 'dynamic-reference': { readonly value: string };
  readonly 'entry-unresolved': NoArgs;
  readonly 'protocol-missing': NoArgs;
  readonly 'protocol-invalid': { readonly shown: string };
  readonly 'port-range-invalid': { readonly from: string; readonly to: string };
  readonly 'rds-default-vpc': NoArgs;
  readonly 'effect-unresolved': NoArgs;
}

/** Why a value cannot be read before deployment: a code and its arguments. */
export type ValueReason = { readonly [K in keyof ValueReasonArgs]: { readonly code: K; readonly args: ValueReasonArgs[K] } }[keyof ValueReasonArgs];

export interface Thresholds {
  readonly approval: number;
  readonly fail: number;
}

/** Why a file a scan found was passed over. */
export type SkipReason = 'not-utf8' | 'dangling-symlink' | 'not-regular-file' | 'unlisted-in-assembly' | 'unparsable' | 'no-resources';

/**
 * What a notice says, as a code with its arguments; `src/report/describe.ts` makes the sentence.
 * Arguments are data from the run (names, counts, paths) or text quoted from elsewhere (a parser's error).
 */
export type NoticeDetail =
  | { readonly code: 'file-skipped'; readonly args: { readonly why: SkipReason; readonly detail?: string } }
  | { readonly code: 'files-skipped'; readonly args: { readonly count: number } }
  | { readonly code: 'symlink-outside'; readonly args: Readonly<Record<string, never>> }
  | { readonly code: 'assembly-template-unlisted'; readonly args: Readonly<Record<string, never>> }
  | { readonly code: 'cache-reused'; readonly args: { readonly hits: number; readonly total: number; readonly dir: string } }
  | { readonly code: 'baseline-written'; readonly args: { readonly count: number; readonly file: string } }
  /** `error`: why the base version could not be audited; null when it is not a template. */
  | { readonly code: 'base-not-audited'; readonly args: { readonly error: string | null } }
  | { readonly code: 'legacy-rule-replaces-builtin'; readonly args: { readonly ruleId: string } }
  | { readonly code: 'suppress-not-a-list'; readonly args: Readonly<Record<string, never>> }
  | { readonly code: 'suppression-without-rule'; readonly args: Readonly<Record<string, never>> }
  | { readonly code: 'suppression-without-reason'; readonly args: { readonly rule: string; readonly logicalId: string } }
  | {
      readonly code: 'foreign-suppression-without-reason';
      readonly args: { readonly tool: string; readonly id: string; readonly logicalId: string; readonly reasonKey: string; readonly rules: readonly string[] };
    }
  | { readonly code: 'exception-expired'; readonly args: ExceptionRef & { readonly expires: string; readonly matched: number } }
  | { readonly code: 'exception-unused'; readonly args: ExceptionRef }
  | { readonly code: 'unauditable'; readonly args: { readonly content: UnauditableContent } }
  | { readonly code: 'skipped-by-condition'; readonly args: { readonly skipped: readonly SkippedByCondition[] } }
  /** A notice read back from an earlier run's JSON report (`cfn-audit merge`), kept as it was worded. */
  | { readonly code: 'reported'; readonly args: { readonly message: string } };

export type NoticeCode = NoticeDetail['code'];

/** An exception of the config file, as notices name it. */
export interface ExceptionRef {
  /** 0-based position in the config's `exceptions` list. */
  readonly index: number;
  readonly line: number;
  readonly rule: string;
  readonly resource: string | null;
}

/** A note about the run that is not a finding: an ignored suppression, an unused exception, … */
export type Notice = {
  readonly kind: 'suppression-without-reason' | 'exception-expired' | 'exception-unused' | 'skipped-files' | 'unauditable' | 'skipped-by-condition' | 'info';
  readonly file: string | null;
  readonly logicalId?: string | null;
  readonly ruleId?: string | null;
} & NoticeDetail;

export interface StackReport {
  readonly file: string;
  readonly name: string | null;
  readonly origin: Origin;
  readonly parents: readonly string[];
  readonly score: number;
  readonly decision: Decision;
  readonly thresholds: Thresholds;
  /** How the score was added up; absent in reports made before scoring modes existed. */
  readonly scoring?: ScoringMode;
  readonly counts: Readonly<Record<Status, number>> & { readonly unknown: number };
  readonly findings: readonly Finding[];
  /** Change-aware runs (--base, --base-ref): security-relevant changes from the base version. */
  readonly changes?: readonly SecurityChange[];
  /** Content cfn-audit cannot see (macros, includes, modules, nested stacks outside the run). */
  readonly unauditable?: readonly UnauditableContent[];
  /** Resources and outputs not audited because their Condition is false for the given values. */
  readonly skippedByCondition?: readonly SkippedByCondition[];
}

/** A resource or output left out because its Condition is false for the given values. */
export interface SkippedByCondition {
  readonly kind: 'resource' | 'output';
  readonly logicalId: string;
  readonly type: string;
  readonly condition: string;
}

/** Part of a stack that is only known at deploy time, so it could not be audited. */
export interface UnauditableContent {
  readonly code: 'macro' | 'include' | 'module' | 'nested-stack' | 'foreach' | 'expansion';
  readonly logicalId: string | null;
  readonly path: KeyPath;
  /** What it is, for the report (e.g. the macro's name or the TemplateURL). */
  readonly detail: string;
  /** Which sentence src/report words it with (not written to the JSON report, which has the sentence as `reason`). */
  readonly form: UnauditableForm;
}

export type UnauditableForm = 'macro-name' | 'transform-section' | 'foreach' | 'module' | 'nested-stack' | 'transform-in-resource' | 'expansion' | 'transform-in-outputs';

export type SecurityChangeKind = 'iam-statement-added' | 'managed-policy-added' | 'security-group-rule-added' | 'resource-replaced' | 'resource-removed';

/** A security-relevant difference between the base and the audited version of a stack. */
export interface SecurityChange {
  readonly kind: SecurityChangeKind;
  readonly logicalId: string;
  readonly resourceType: string;
  /** What changed, as data from the diff (statement, rule, replaced properties), not a sentence. */
  readonly detail: string;
}

export interface AuditReport {
  readonly tool: { readonly name: 'cfn-audit'; readonly version: string };
  readonly decision: Decision;
  readonly stacks: readonly StackReport[];
  readonly errors: readonly AuditError[];
  readonly notices: readonly Notice[];
  /** Rules that produced at least one finding (for SARIF rule tables, docs links). */
  readonly rules: readonly RuleMeta[];
  /** Files passed over during discovery because they are not templates. */
  readonly skipped: number;
}
