/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer). Shaped to pass
 * `sarif-multitool validate --rule-kind "Gh;Sarif"`; see docs/integration-facts §2.5 for the
 * fields GitHub requires.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuditError, AuditReport, Finding, Notice, RuleMeta, Status } from '../types/types.js';
import { DEFAULT_INFORMATION_URI, allFindings, levelForRisk, renderMessage, repoRelative, ruleFor, type FormatContext, type Level } from './context.js';
import { describe } from './describe.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** GitHub rejects longer descriptions. */
const MAX_DESCRIPTION = 1024;

interface SarifMessage {
  readonly text: string;
  readonly markdown?: string;
}

interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

interface SarifRegion {
  readonly startLine: number;
  readonly startColumn?: number;
  readonly endLine?: number;
}

interface SarifLocation {
  readonly physicalLocation: { readonly artifactLocation: SarifArtifactLocation; readonly region?: SarifRegion };
  readonly logicalLocations?: readonly { readonly name: string; readonly fullyQualifiedName: string; readonly kind: string }[];
}

interface SarifRule {
  readonly id: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription: SarifMessage;
  readonly help: { readonly text: string; readonly markdown: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: Level };
  readonly properties: { readonly 'security-severity': string; readonly tags: readonly string[]; readonly risk: number };
}

interface SarifSuppression {
  readonly kind: 'inSource' | 'external';
  readonly status: 'accepted';
  readonly justification: string;
}

interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: Level;
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string | number | null>>;
  readonly suppressions?: readonly SarifSuppression[];
  readonly fixes?: readonly SarifFix[];
}

interface SarifFix {
  readonly description: SarifMessage;
  readonly artifactChanges: readonly {
    readonly artifactLocation: SarifArtifactLocation;
    readonly replacements: readonly { readonly deletedRegion: Required<SarifRegion> & { readonly endColumn: number }; readonly insertedContent: { readonly text: string } }[];
  }[];
}

interface SarifNotification {
  readonly level: Level;
  readonly message: SarifMessage;
  readonly descriptor?: { readonly id: string };
  readonly locations?: readonly SarifLocation[];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** SARIF checkers ask for messages that are complete sentences. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** A relative URI reference: each segment percent-encoded (spaces, `%`, `#`, `?`, `:` …). */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function artifactLocation(file: string, ctx: FormatContext): SarifArtifactLocation {
  const rel = repoRelative(file, ctx);
  // A file outside the repository cannot be expressed relative to %SRCROOT%; an absolute
  // file URI at least stays valid and clickable in local viewers.
  if (rel.outside) return { uri: pathToFileURL(rel.absolute).href };
  return { uri: encodePath(rel.path), uriBaseId: SRCROOT };
}

function srcRootUri(ctx: FormatContext): string {
  const root = pathToFileURL(resolve(ctx.cwd, ctx.repoRoot ?? ctx.cwd)).href;
  // Base URIs must end with a slash or relative references resolve against the parent.
  return root.endsWith('/') ? root : `${root}/`;
}

function region(line: number | null, column: number | null): SarifRegion | undefined {
  if (line === null || line < 1) return undefined;
  // Findings carry a start position only; endLine = startLine with no endColumn spans to the end
  // of that line (SARIF §3.30.8), which covers the offending key and its value.
  return column !== null && column >= 1 ? { startLine: line, startColumn: column, endLine: line } : { startLine: line, endLine: line };
}

function equivalentsText(rule: RuleMeta, code: (id: string) => string): string[] {
  const parts: string[] = [];
  const { cfn_nag, checkov, cdk_nag } = rule.equivalents;
  if (cfn_nag.length) parts.push(`cfn_nag ${cfn_nag.map(code).join(', ')}`);
  if (checkov.length) parts.push(`Checkov ${checkov.map(code).join(', ')}`);
  if (cdk_nag.length) parts.push(`cdk-nag ${cdk_nag.map(code).join(', ')}`);
  return parts;
}

function sarifRule(rule: RuleMeta): SarifRule {
  const description = rule.description.trim() || rule.title.trim() || rule.id;
  const equivalents = equivalentsText(rule, (id) => id);
  const equivalentsMd = equivalentsText(rule, (id) => `\`${id}\``);
  const text = [
    description,
    rule.remediation.trim() ? `Remediation: ${rule.remediation.trim()}` : '',
    rule.remediationCdk?.trim() ? `Remediation in CDK: ${rule.remediationCdk.trim()}` : '',
    equivalents.length ? `Equivalent checks: ${equivalents.join('; ')}` : '',
    rule.references.length ? `References: ${rule.references.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  // Rule texts are authored in Markdown (backticks for code), so they go in unescaped.
  const markdown = [
    description,
    rule.remediation.trim() ? `**Remediation:** ${rule.remediation.trim()}` : '',
    rule.remediationCdk?.trim() ? `**Remediation in CDK:** ${rule.remediationCdk.trim()}` : '',
    equivalentsMd.length ? `**Equivalent checks:** ${equivalentsMd.join('; ')}` : '',
    rule.references.length ? `**References:**\n${rule.references.map((r) => `- <${r}>`).join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const helpUri = rule.references.find((r) => /^https?:\/\//.test(r));
  return {
    id: rule.id,
    // No `name`: ours would equal the id, and SARIF1001 asks to omit a name identical to the id.
    shortDescription: { text: clip(sentence(rule.title.trim() || rule.id), MAX_DESCRIPTION) },
    fullDescription: { text: clip(sentence(description), MAX_DESCRIPTION) },
    help: { text, markdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: levelForRisk(rule.risk) },
    properties: {
      'security-severity': Math.min(10, Math.max(0, rule.risk)).toFixed(1),
      tags: ['security', ...(rule.category ? [rule.category] : [])],
      risk: rule.risk,
    },
  };
}

/** A finding whose rule is missing from the tables still needs a descriptor GitHub accepts. */
function placeholderRule(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    title: finding.ruleId,
    risk: finding.risk,
    resourceTypes: [finding.resourceType],
    kind: 'check',
    enabled: true,
    description: `cfn-audit rule ${finding.ruleId}.`,
    message: '',
    remediation: '',
    references: [],
    equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] },
    source: 'unknown',
  };
}

function suppression(status: Status, reason: string | null): SarifSuppression[] | undefined {
  const justification = reason?.trim() || `${status} without a recorded reason`;
  switch (status) {
    case 'active':
      return undefined;
    case 'suppressed':
      return [{ kind: 'inSource', status: 'accepted', justification }];
    case 'excepted':
    case 'baselined':
      return [{ kind: 'external', status: 'accepted', justification }];
    default: {
      const unreachable: never = status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}

function result(finding: Finding, rule: RuleMeta | undefined, ruleIndex: number, ctx: FormatContext): SarifResult {
  const where = finding.cdkPath ? ` Resource ${finding.logicalId} (CDK path ${finding.cdkPath}).` : ` Resource ${finding.logicalId}.`;
  const suppressions = suppression(finding.status, finding.reason);
  const loc = region(finding.line, finding.column);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelForRisk(finding.risk),
    // The CDK path is in the text because cdk.out is rarely committed, so the location may not open.
    message: { text: sentence(renderMessage(rule, finding)) + where },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactLocation(finding.file, ctx), ...(loc ? { region: loc } : {}) },
        logicalLocations: [
          {
            name: finding.logicalId,
            fullyQualifiedName: finding.cdkPath ?? (finding.stackName ? `${finding.stackName}/${finding.logicalId}` : finding.logicalId),
            kind: 'resource',
          },
        ],
      },
    ],
    partialFingerprints: { 'cfnAudit/v1': finding.fingerprint },
    properties: {
      risk: finding.risk,
      outcome: finding.outcome,
      status: finding.status,
      logicalId: finding.logicalId,
      resourceType: finding.resourceType,
      cdkPath: finding.cdkPath,
      stack: finding.stackName,
    },
    ...(suppressions ? { suppressions } : {}),
    ...sarifFix(finding, ctx),
  };
}

/** The fix cfn-audit can make for the finding, as replacements in the template (1-based, end column exclusive). */
function sarifFix(finding: Finding, ctx: FormatContext): { fixes?: SarifFix[] } {
  const fix = ctx.fixes?.get(finding.fingerprint);
  if (!fix) return {};
  const replacements = fix.replacements.map((r) => ({
    deletedRegion: { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn },
    insertedContent: { text: r.text },
  }));
  return {
    fixes: [
      {
        description: { text: `Apply the fix of cfn-audit for ${finding.ruleId} (cfn-audit fix --rule ${finding.ruleId}).` },
        artifactChanges: [{ artifactLocation: artifactLocation(fix.file, ctx), replacements }],
      },
    ],
  };
}

function errorNotification(error: AuditError, ctx: FormatContext): SarifNotification {
  const loc = region(error.line, error.column);
  return {
    level: 'error',
    message: { text: sentence(error.message) },
    descriptor: { id: 'audit-error' },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.file, ctx), ...(loc ? { region: loc } : {}) } }],
  };
}

function noticeNotification(notice: Notice, ctx: FormatContext): SarifNotification {
  const level: Level = notice.kind === 'info' || notice.kind === 'skipped-files' ? 'note' : 'warning';
  return {
    level,
    message: { text: sentence(describe(notice)) },
    descriptor: { id: notice.kind },
    ...(notice.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(notice.file, ctx) } }] } : {}),
  };
}

export function formatSarif(report: AuditReport, ctx: FormatContext): string {
  const findings = allFindings(report);
  // Only rules with a result, sorted by id, so the file is deterministic and ruleIndex stable.
  const firstByRule = new Map<string, Finding>();
  for (const f of findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
  const used = [...firstByRule.keys()].sort();
  const metas = [...firstByRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, f]) => ruleFor(report, ctx, id) ?? placeholderRule(f));
  const index = new Map(used.map((id, i) => [id, i]));
  const results = findings.map((f) => result(f, ruleFor(report, ctx, f.ruleId), index.get(f.ruleId) ?? -1, ctx));

  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cfn-audit',
            semanticVersion: report.tool.version,
            informationUri: ctx.informationUri ?? DEFAULT_INFORMATION_URI,
            rules: metas.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => errorNotification(e, ctx)),
            toolConfigurationNotifications: report.notices.map((n) => noticeNotification(n, ctx)),
          },
        ],
        originalUriBaseIds: {
          [SRCROOT]: { uri: srcRootUri(ctx), description: { text: 'The repository root.' } },
        },
        // Parser columns count UTF-16 code units (JavaScript string indices).
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          decision: report.decision,
          stacks: report.stacks.map((s) => ({ file: repoRelative(s.file, ctx).path, name: s.name, score: s.score, decision: s.decision })),
        },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
