/**
 * The GitHub Action: read the step's inputs, run the shared audit, and hand the result to GitHub as
 * annotations (workflow commands on stdout), a job summary, a SARIF file and step outputs. Whether
 * the step fails is the only decision made here: the decision itself comes from the core.
 * Bundled by scripts/build-action.mjs into dist/action/index.cjs, which action.yml runs on node24.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeOutput } from './write-output.js';
import { getInput, info, setFailed, setOutput, summary } from '@actions/core';
import type { AuditReport, Decision, RuleMeta, StackReport } from '../types/types.js';
import { formatReport, type FormatContext } from '../report/index.js';
import { runAudit, UsageError, type RunRequest } from './run.js';
import { APPROVAL_MODES, decideApproval, fetchPullRequestFacts, readPullRequestEvent, type ApprovalMode, type ApprovalResult } from './approval.js';
import { reportFixes } from './fix-command.js';

export type FailOn = 'fail' | 'manual-approval' | 'never';

const FAIL_ON: readonly FailOn[] = ['fail', 'manual-approval', 'never'];

export interface ActionInputs {
  readonly paths: readonly string[];
  readonly config: string;
  readonly profile: string;
  readonly parameters: string;
  readonly rules: readonly string[];
  readonly baseRef: string;
  readonly sarifFile: string;
  readonly failOn: FailOn;
  readonly approvalLabel: string;
  readonly approvalMode: ApprovalMode;
  readonly githubToken: string;
  /** Compute the fixes cfn-audit can make: diffs in the job summary, `fixes` in the SARIF results. */
  readonly suggestFixes: boolean;
}

/**
 * One value per line when the input has several lines (so a path may contain spaces), otherwise
 * separated by whitespace, which is how a one-line YAML value lists several paths.
 */
export function splitList(text: string): string[] {
  const parts = /[\r\n]/.test(text.trim()) ? text.split(/\r?\n|\r/) : text.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function readInputs(get: (name: string) => string): ActionInputs {
  const failOn = get('fail-on') || 'manual-approval';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on: "${failOn}" is not one of ${FAIL_ON.join(', ')}`);
  }
  const approvalMode = get('approval-mode') || 'head';
  if (!(APPROVAL_MODES as readonly string[]).includes(approvalMode)) {
    throw new UsageError(`input approval-mode: "${approvalMode}" is not one of ${APPROVAL_MODES.join(', ')}`);
  }
  const paths = splitList(get('path'));
  return {
    paths: paths.length ? paths : ['.'],
    config: get('config'),
    profile: get('profile'),
    parameters: get('parameters'),
    rules: splitList(get('rules')),
    baseRef: get('base-ref'),
    sarifFile: get('sarif-file'),
    failOn: failOn as FailOn,
    approvalLabel: get('approval-label'),
    approvalMode: approvalMode as ApprovalMode,
    githubToken: get('github-token'),
    suggestFixes: booleanInput(get('suggest-fixes'), 'suggest-fixes'),
  };
}

function booleanInput(text: string, name: string): boolean {
  const v = text.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new UsageError(`input ${name}: "${text}" is not true or false`);
}

function readEvent(eventPath: string | undefined): unknown {
  if (!eventPath) return null;
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return null;
  }
}

/** Labels of the pull request the workflow runs for, or null when the event is not a pull request. */
export function pullRequestLabels(eventPath: string | undefined): string[] | null {
  const pr = readPullRequestEvent(readEvent(eventPath));
  return pr === null ? null : [...pr.labels];
}

/** Whether the step fails, given the run's decision, the fail-on input and the approval label. */
export function stepFails(decision: Decision, failOn: FailOn, approvedByLabel: boolean): boolean {
  switch (failOn) {
    case 'never':
      return false;
    case 'fail':
      return decision === 'fail';
    case 'manual-approval':
      return decision === 'fail' || (decision === 'manual-approval' && !approvedByLabel);
    default: {
      const unreachable: never = failOn;
      throw new Error(`unknown fail-on ${String(unreachable)}`);
    }
  }
}

/** The stack that drives the run's decision: the highest score (first in report order on a tie). */
function worstStack(report: AuditReport): StackReport | undefined {
  let worst: StackReport | undefined;
  for (const s of report.stacks) if (worst === undefined || s.score > worst.score) worst = s;
  return worst;
}

function stackText(s: StackReport | undefined): string {
  return s === undefined ? 'no stack' : `${s.name ?? s.file} scored ${s.score}`;
}

interface Approval extends ApprovalResult {
  readonly label: string;
  readonly mode: ApprovalMode;
}

/** Why a present label did not approve, in one sentence (null when that is not the case). */
function notApprovedBecause(a: Approval): string | null {
  const l = `"${a.label}"`;
  switch (a.reason) {
    case 'pushed-after-label':
      return `The label ${l} was added before the latest push, so it does not approve the new commits: remove it and add it again after reviewing them.`;
    case 'label-before-push':
      return `The label ${l} was added before the latest push (approval-mode: head), so it does not approve this commit: remove it and add it again.`;
    case 'needs-token':
      return `The label ${l} is present, but this run is not for the event that added it; approval-mode: head needs the github-token input to check that it was added after the latest push. Remove and add the label again to approve.`;
    case 'api-error':
      return `The label ${l} is present, but the GitHub API could not confirm it was added after the latest push (${a.detail ?? 'error'}); re-run the job or add the label again.`;
    case 'approved-labeled-event':
    case 'approved-after-push':
    case 'approved-label-present':
    case 'no-label-configured':
    case 'not-a-pull-request':
    case 'label-absent':
      return null;
    default: {
      const unreachable: never = a.reason;
      throw new Error(`unknown approval reason ${String(unreachable)}`);
    }
  }
}

function failureMessage(report: AuditReport, approval: Approval): string {
  if (report.errors.length > 0) {
    const first = report.errors[0];
    const where = first ? `${first.file}${first.line !== null ? `:${first.line}` : ''}: ${first.message}` : '';
    const more = report.errors.length > 1 ? ` (and ${report.errors.length - 1} more; see the job summary)` : '';
    return `cfn-audit could not audit every template, so the gate fails: ${where}${more}`;
  }
  const s = worstStack(report);
  const t = s?.thresholds;
  switch (report.decision) {
    case 'fail':
      return `cfn-audit: fail — ${stackText(s)}${t ? ` (fail at ${t.fail})` : ''}. Fix the annotated findings, or suppress them with a reason; see the job summary. The approval label does not override a fail.`;
    case 'manual-approval': {
      const how = !approval.label
        ? 'Approval by label is disabled (approval-label is empty).'
        : approval.reason === 'not-a-pull-request'
          ? `This run is not for a pull request, so it cannot be approved with the "${approval.label}" label.`
          : (notApprovedBecause(approval) ?? `A reviewer approves by adding the label "${approval.label}" to the pull request and re-running this job.`);
      return `cfn-audit: manual approval needed — ${stackText(s)}${t ? ` (approval at ${t.approval}, fail at ${t.fail})` : ''}. ${how}`;
    }
    case 'pass':
      return 'cfn-audit: pass';
    default: {
      const unreachable: never = report.decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
}

/** The action-specific part of the job summary: what happened to the step and how to approve. */
function approvalSection(report: AuditReport, inputs: ActionInputs, approval: Approval, failed: boolean): string {
  const lines: string[] = ['', '### Gate', ''];
  const label = approval.label ? `\`${approval.label}\`` : '';
  if (report.decision === 'manual-approval') {
    const why = notApprovedBecause(approval);
    if (approval.approved) {
      lines.push(`✅ Approved: the pull request carries the label ${label}${approval.mode === 'head' ? ', added after the latest push' : ''}.`);
    } else if (why) lines.push(`⚠️ ${why}`);
    else if (approval.label && approval.reason !== 'not-a-pull-request') {
      lines.push(
        `**How to approve:** a reviewer with triage rights adds the label ${label} to this pull request after reviewing its latest commit ` +
          '(the workflow must also run on `labeled` pull-request events). A later push needs a new approval: remove the label and add it again. Removing the label withdraws the approval.',
      );
    } else if (approval.label) lines.push(`This run is not for a pull request, so the label ${label} cannot approve it.`);
    else lines.push('Approval by label is disabled (the `approval-label` input is empty).');
  } else if (report.decision === 'fail' && approval.approved) {
    lines.push(`The label ${label} approves a manual-approval decision only; it does not override a fail.`);
  }
  lines.push(`Step ${failed ? '**failed**' : 'passed'} (fail-on: \`${inputs.failOn}\`).`);
  return `${lines.join('\n')}\n`;
}

export async function runAction(): Promise<void> {
  const inputs = readInputs((name) => getInput(name));
  const cwd = process.cwd();
  const workspace = process.env['GITHUB_WORKSPACE'] || cwd;
  const request: RunRequest = {
    inputs: inputs.paths,
    cwd,
    parametersFile: inputs.parameters || null,
    rulePaths: inputs.rules,
    // Empty config: .cfn-audit.yml in the working directory or a parent, as on the command line.
    configFile: inputs.config || null,
    profile: inputs.profile || null,
    baseRef: inputs.baseRef || null,
    outputs: inputs.sarifFile ? [{ flag: 'input sarif-file', file: resolve(workspace, inputs.sarifFile) }] : [],
  };
  const { report, catalogue } = await runAudit(request);
  const ctx: FormatContext = {
    cwd,
    color: false,
    repoRoot: workspace,
    rules: new Map<string, RuleMeta>(catalogue.map((r) => [r.id, r])),
    ...(inputs.suggestFixes ? { fixes: reportFixes(report, catalogue, cwd) } : {}),
  };

  const approval: Approval =
    report.decision !== 'pass' ? await approvalOf(inputs) : { label: inputs.approvalLabel, mode: inputs.approvalMode, approved: false, reason: 'label-absent' };
  const failed = stepFails(report.decision, inputs.failOn, approval.approved);

  // The text report quotes template lines, and a line starting with `::` would be obeyed as a workflow
  // command; stop-commands makes the runner ignore commands until the random token is echoed back.
  const token = `cfn-audit-${randomUUID()}`;
  process.stdout.write(`::stop-commands::${token}\n${await formatReport('text', report, ctx)}::${token}::\n`);
  process.stdout.write(await formatReport('github', report, ctx));

  let sarifWritten = '';
  if (inputs.sarifFile) {
    const abs = resolve(workspace, inputs.sarifFile);
    // The workspace holds the pull request's files: a committed link must not redirect the write.
    const confine = [workspace, ...(process.env['RUNNER_TEMP'] ? [process.env['RUNNER_TEMP']] : [])];
    try {
      await writeOutput(abs, await formatReport('sarif', report, ctx), { confine });
    } catch (e) {
      throw new UsageError(`input sarif-file: cannot write ${inputs.sarifFile}: ${(e as Error).message}`);
    }
    sarifWritten = inputs.sarifFile;
    info(`cfn-audit: SARIF written to ${inputs.sarifFile}`);
  }

  const active = report.stacks.reduce((n, s) => n + s.counts.active, 0);
  setOutput('decision', report.decision);
  setOutput('score', String(worstStack(report)?.score ?? 0));
  setOutput('findings', String(active));
  setOutput('sarif-file', sarifWritten);

  if (process.env['GITHUB_STEP_SUMMARY']) {
    const markdown = await formatReport('markdown', report, ctx);
    await summary
      .addRaw(markdown)
      .addRaw(approvalSection(report, inputs, approval, failed))
      .write();
  }

  if (failed) setFailed(failureMessage(report, approval));
  else if (report.decision === 'manual-approval') {
    info(
      approval.approved
        ? `cfn-audit: manual approval given by the label "${approval.label}"`
        : `cfn-audit: manual approval needed; the step passes because fail-on is ${inputs.failOn}`,
    );
  } else if (report.decision === 'fail') info(`cfn-audit: the decision is fail; the step passes because fail-on is ${inputs.failOn}`);
}

/** The approval of a manual-approval decision: the event, and the GitHub API when a token is given (head mode). */
async function approvalOf(inputs: ActionInputs): Promise<Approval> {
  const event = readPullRequestEvent(readEvent(process.env['GITHUB_EVENT_PATH']));
  const base = { label: inputs.approvalLabel, mode: inputs.approvalMode };
  let facts: Awaited<ReturnType<typeof fetchPullRequestFacts>> | null = null;
  const repository = process.env['GITHUB_REPOSITORY'];
  const needsApi = inputs.approvalMode === 'head' && inputs.approvalLabel !== '' && event !== null && event.number !== null && event.labels.includes(inputs.approvalLabel);
  if (needsApi && inputs.githubToken && repository) {
    facts = await fetchPullRequestFacts(
      { url: process.env['GITHUB_API_URL'] || 'https://api.github.com', repository, token: inputs.githubToken },
      event.number,
      inputs.approvalLabel,
    );
  }
  return { ...base, ...decideApproval(inputs.approvalMode, inputs.approvalLabel, event, facts) };
}

/** Entry point of the bundle: every failure ends as one `::error::` line and a non-zero exit. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (e) {
    if (e instanceof UsageError) setFailed(`cfn-audit: ${e.message}`);
    else setFailed(`cfn-audit: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
