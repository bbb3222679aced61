/**
 * The programmatic API, the package's main export (`import { audit } from 'cfn-audit'`): one run as the
 * CLI makes it — discover templates, load the config and rules, audit, score — with the report as data.
 * Nothing is printed and no file is written; formatting and exit codes stay with the CLI.
 */
import { runAudit } from './run.js';
import type { AuditReport, ScoringMode, Thresholds } from '../types/types.js';

export type {
  AuditError,
  AuditReport,
  ConditionBranch,
  Decision,
  Finding,
  KeyPath,
  Notice,
  Origin,
  Outcome,
  RuleKind,
  RuleMeta,
  ScoringMode,
  SecurityChange,
  SecurityChangeKind,
  SkippedByCondition,
  StackReport,
  Status,
  Thresholds,
  UnauditableContent,
} from '../types/types.js';

export interface AuditOptions {
  /** Template files, directories, globs or cdk.out folders, relative to `cwd`. */
  readonly inputs: readonly string[];
  /** Where relative inputs and the config file are looked up (default: the current directory). */
  readonly cwd?: string;
  /** A parameters file, as `cfn-audit -p`. */
  readonly parametersFile?: string;
  /** Directories or files of extra rules, as `cfn-audit -r`. */
  readonly rulePaths?: readonly string[];
  /** Decision thresholds (default approval 5, fail 10, or the profile's). */
  readonly thresholds?: Thresholds;
  /** `.cfn-audit.yml` to use; by default one is looked for in `cwd` and its parents. */
  readonly configFile?: string;
  /** Look for a config file when `configFile` is not given (default true). */
  readonly discoverConfig?: boolean;
  /** Profile of the config file (default: the config's `profile`, else `default`). */
  readonly profile?: string;
  /** Also run the advisory rules that are off by default. */
  readonly allRules?: boolean;
  /** Findings whose value could not be resolved count toward the score. */
  readonly countUnknown?: boolean;
  /** Audit every branch of every condition whatever the parameter values. */
  readonly allBranches?: boolean;
  /** How findings add up (default: the profile's, else `per-rule`). */
  readonly scoring?: ScoringMode;
  /** A baseline file: the findings it lists are `baselined`. */
  readonly baselineFile?: string;
  /** Change-aware run: the previous version of the template or cdk.out, or a git revision holding it. */
  readonly base?: string;
  readonly baseRef?: string;
  /** Today, for exception expiry (default: now). */
  readonly now?: Date;
}

/**
 * Audit templates and return the report. Rejects when the run itself is impossible (a bad rule,
 * config or parameters file); a template that cannot be read or parsed is listed in `report.errors`
 * and makes the decision `fail`.
 */
export async function audit(options: AuditOptions): Promise<AuditReport> {
  const { report } = await runAudit({ ...options, cwd: options.cwd ?? process.cwd() });
  return report;
}
