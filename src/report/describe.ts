/** The sentences of notices: the one place that words a notice code and its arguments. */
import type { ExceptionRef, Finding, NoticeDetail, SkipReason, UnauditableContent, UnknownCause } from '../types/types.js';

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
      return describeUnauditable(n.args.content);
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

/** Why content of a template could not be audited. */
export function describeUnauditable(u: UnauditableContent): string {
  const { detail, logicalId } = u;
  switch (u.form) {
    case 'macro-name':
      return `the macro ${detail} rewrites the template at deploy time; audit the processed template (aws cloudformation get-template --template-stage Processed)`;
    case 'transform-section':
      return `${detail} adds content at deploy time that cfn-audit cannot see`;
    case 'foreach':
      return `${detail} could not be expanded (its collection is only known at deploy time); the resources it makes were not audited`;
    case 'module':
      return `module ${detail} expands into resources at deploy time that cfn-audit cannot see`;
    case 'nested-stack':
      return `nested stack ${logicalId ?? ''} (${detail}) is not in this run; audit its template too`;
    case 'transform-in-resource':
      return `Fn::Transform ${detail} inserts content into ${logicalId ?? ''} at deploy time that cfn-audit cannot see`;
    case 'expansion':
      return `${detail} is too large to audit once its YAML aliases are expanded (more than 200,000 values); it was not audited`;
    case 'transform-in-outputs':
      return `Fn::Transform ${detail} inserts content into Outputs at deploy time`;
    default: {
      const never: never = u.form;
      throw new Error(`unknown unauditable form ${JSON.stringify(never)}`);
    }
  }
}

export function describeCause(c: UnknownCause): string {
  switch (c.code) {
    case 'rule-crashed':
      return `the rule could not evaluate this resource (${c.args.error})`;
    case 'resource-too-large':
      return 'the resource is too large to match as text';
    case 'expected-text':
      return `expected a text value, found ${c.args.found}`;
    case 'too-deep':
      return 'value nested too deeply to resolve';
    case 'to-json-deploy-time':
      return 'Fn::ToJsonString of a value with deploy-time parts';
    case 'not-evaluated':
      return `${c.args.fn} is not evaluated`;
    case 'ref-non-text':
      return 'Ref to a non-text name';
    case 'ssm-parameter':
      return `parameter ${c.args.name} is read from SSM Parameter Store${c.args.ssmName !== null ? ` (${c.args.ssmName})` : ''} at deploy time`;
    case 'parameter-no-default':
      return `parameter ${c.args.name} has no default`;
    case 'pseudo-parameter':
      return `pseudo parameter ${c.args.name} is only known at deploy time`;
    case 'resource-ref':
      return `Ref to resource ${c.args.name} is only known at deploy time`;
    case 'undefined-ref':
      return `Ref to ${c.args.name}, which the template does not define`;
    case 'malformed':
      return `malformed ${c.args.fn}`;
    case 'no-consistent-combination':
      return 'no consistent combination of conditions';
    case 'getatt-deploy-time':
      return `Fn::GetAtt ${c.args.target}.${c.args.attribute} is only known at deploy time`;
    case 'import-value':
      return 'Fn::ImportValue comes from another stack';
    case 'import-name-deploy-time':
      return 'Fn::ImportValue of a name that is only known at deploy time';
    case 'import-outside-run':
      return `Fn::ImportValue ${c.args.name} comes from a stack outside this run`;
    case 'sub-variable-deploy-time':
      return `\${${c.args.name}} is only known at deploy time`;
    case 'non-text-in-string':
      return 'a non-text value inside a string';
    case 'expected-list':
      return 'expected a list';
    case 'too-many-combinations':
      return 'too many combinations to evaluate';
    case 'join-non-text':
      return 'Fn::Join of a non-text value';
    case 'findinmap-map-deploy-time':
      return 'Fn::FindInMap of a map chosen at deploy time';
    case 'findinmap-missing':
      return `Fn::FindInMap ${c.args.lookup} is not in the template's Mappings`;
    case 'select-out-of-range':
      return 'Fn::Select index out of range';
    case 'passed-by-parent':
      return `${describeCause(c.args.reason)} (passed by ${c.args.parent})`;
    case 'parent-value-unreadable':
      return 'the parent stack passes a value that could not be read';
    case 'export-cycle':
      return `export ${c.args.name} refers to itself through other stacks`;
    case 'exporter-unreadable':
      return `the stack exporting ${c.args.name} could not be read`;
    case 'from-export':
      return `${describeCause(c.args.reason)} (export ${c.args.name})`;
    case 'deploy-time-value':
      return 'the value is only known at deploy time';
    case 'secret-import':
      return 'the value is imported from another stack’s outputs';
    case 'secret-join-computed':
      return 'Fn::Join of a computed list';
    case 'secret-too-deep':
      return 'value nested too deeply';
    case 'policy-not-json':
      return 'the policy document is text that is not JSON';
    case 'policy-element-shape':
      return 'a policy element that is neither text nor a list';
    case 'principal-shape':
      return 'a Principal that is neither "*" nor a mapping';
    case 'condition-value-not-text':
      return 'a condition value that is not text';
    case 'condition-key':
      return `${c.args.named ? 'condition ' : ''}${c.args.key}: ${describeCause(c.args.reason)}`;
    case 'not-boolean':
      return `${c.args.key} is not a true/false value`;
    case 'not-policy-name':
      return `${c.args.property} is not a policy name`;
    case 'unknown-tls-policy':
      return `${c.args.name} is not a TLS policy name cfn-audit can read`;
    case 'listener-protocol-deploy-time':
      return 'the listener protocol is not known before deployment';
    case 'sam-api-missing':
      return 'the event’s API is not a Serverless API in this template';
    case 'sam-authorizer-deploy-time':
      return 'the event’s Auth.Authorizer is not known before deployment';
    case 'sam-default-authorizer-deploy-time':
      return 'the API’s Auth.DefaultAuthorizer is not known before deployment';
    case 'dynamic-reference':
      return `${c.args.value} is a dynamic reference, resolved at deploy time`;
    case 'entry-unresolved':
      return 'the entry could not be resolved';
    case 'protocol-missing':
      return 'IpProtocol is missing';
    case 'protocol-invalid':
      return `IpProtocol ${c.args.shown} is not a protocol`;
    case 'port-range-invalid':
      return `FromPort ${c.args.from} / ToPort ${c.args.to} is not a port range`;
    case 'effect-unresolved':
      return 'the statement Effect could not be resolved';
    case 'rds-default-vpc':
      return 'PubliclyAccessible is not set and no DBSubnetGroupName is given: the instance goes to the default VPC and is public when that VPC has an internet gateway';
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

/** A finding's data as reports show it: why it is unknown worded as `unknownReason`, after the check's own data. */
export function dataWithReason(f: Pick<Finding, 'cause' | 'data'>): Finding['data'] {
  return f.cause ? { ...f.data, unknownReason: describeCause(f.cause) } : f.data;
}
