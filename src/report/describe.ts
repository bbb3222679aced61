/** The sentences of notices: the one place that words a notice code and its arguments. */
import type { ExceptionRef, Finding, NoticeDetail, SkipReason, UnknownCause } from '../types/types.js';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

function skipReason(why: SkipReason, detail: string | undefined): string {
  switch (why) {
    case 'not-utf8':
      return 'not UTF-8 text, and not a CloudFormation template';
    case 'dangling-symlink':
      return 'a symbolic link whose target does not exist';
    case 'not-regular-file':
      return 'not a regular file (a device, pipe or socket)';
    case 'unlisted-in-assembly':
      return 'not a CloudFormation template (in a cloud assembly, not listed in its manifest)';
    case 'unparsable':
      return `not a CloudFormation template (${detail ?? 'it does not parse'})`;
    case 'no-resources':
      return 'not a CloudFormation template (no Resources section and no AWSTemplateFormatVersion)';
    default: {
      const never: never = why;
      throw new Error(`unknown skip reason ${String(never)}`);
    }
  }
}

const exceptionName = (e: ExceptionRef): string => `exception ${e.index + 1} (line ${e.line}, rule ${e.rule}${e.resource ? `, resource ${e.resource}` : ''})`;

/** The sentence a notice says (without its file, which formatters show their own way). */
export function describe(n: NoticeDetail): string {
  switch (n.code) {
    case 'file-skipped':
      return `skipped: ${skipReason(n.args.why, n.args.detail)}`;
    case 'files-skipped':
      return `${n.args.count} ${plural(n.args.count, 'file was', 'files were')} skipped: not CloudFormation templates`;
    case 'symlink-outside':
      return 'a symbolic link to outside the folder being audited; not followed';
    case 'assembly-template-unlisted':
      return 'a template in a cloud assembly that its manifest does not list; audited as a plain CloudFormation template';
    case 'cache-reused':
      return `cache: ${n.args.hits} of ${n.args.total} file results reused from ${n.args.dir}`;
    case 'baseline-written':
      return `wrote ${n.args.count} finding${plural(n.args.count, '', 's')} to the baseline; use --baseline ${n.args.file} in CI`;
    case 'base-not-audited':
      return `the base version could not be audited (${n.args.error ?? 'not a template'}); every finding counts as new`;
    case 'legacy-rule-replaces-builtin':
      return `the custom regex rule ${n.args.ruleId} replaces the built-in rule of the same name`;
    case 'suppress-not-a-list':
      return 'Metadata cfn-audit needs a `suppress` list of {rule, reason}; nothing was suppressed';
    case 'suppression-without-rule':
      return 'a cfn-audit suppression without `rule` was ignored';
    case 'suppression-without-reason':
      return `the suppression of ${n.args.rule} on ${n.args.logicalId} has no reason, so it does not apply`;
    case 'foreign-suppression-without-reason': {
      const a = n.args;
      return `the ${a.tool} suppression of ${a.id} on ${a.logicalId} has no ${a.reasonKey}, so it does not apply to ${a.rules.join(', ')}`;
    }
    case 'exception-expired': {
      const m = n.args.matched;
      return `${exceptionName(n.args)} expired on ${n.args.expires}; it no longer applies${m ? ` (${m} finding${plural(m, '', 's')} would have matched)` : ''}`;
    }
    case 'exception-unused':
      return `${exceptionName(n.args)} matched no finding; remove it if the issue is fixed`;
    case 'unauditable':
      return n.args.content.reason;
    case 'skipped-by-condition': {
      const s = n.args.skipped;
      const names = s
        .slice(0, 5)
        .map((x) => `${x.logicalId} (${x.condition})`)
        .join(', ');
      return `${s.length} ${plural(s.length, 'resource or output was', 'resources or outputs were')} not audited because their Condition is false for the parameter values: ${names}${s.length > 5 ? ', …' : ''}`;
    }
    case 'reported':
      return n.args.message;
    default: {
      const never: never = n;
      throw new Error(`unknown notice ${JSON.stringify(never)}`);
    }
  }
}

export function describeCause(c: UnknownCause): string {
  switch (c.code) {
    case 'rule-crashed':
      return `the rule could not evaluate this resource (${c.args.error})`;
    case 'resource-too-large':
      return 'the resource is too large to match as text';
    default: {
      const never: never = c;
      throw new Error(`unknown cause ${JSON.stringify(never)}`);
    }
  }
}

/** Why a finding is unknown, in words: the engine's cause, else the reason its data carries. */
export function unknownReasonText(f: Pick<Finding, 'cause' | 'data'>): string | undefined {
  if (f.cause) return describeCause(f.cause);
  const r = f.data['unknownReason'];
  return r === undefined ? undefined : String(r);
}

/** A finding's data as reports show it: the engine's cause worded as `unknownReason`. */
export function dataWithReason(f: Pick<Finding, 'cause' | 'data'>): Finding['data'] {
  return f.cause ? { unknownReason: describeCause(f.cause), ...f.data } : f.data;
}
