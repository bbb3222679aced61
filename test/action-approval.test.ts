/**
 * The Action's approval label tied to the head commit (issue 11, item 9) and its refusal to write
 * through links or outside the workspace (item 14): the decision table, then the bundle end to end
 * against a stand-in GitHub API (run in a child process, as the bundle is run synchronously).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideApproval, readPullRequestEvent, type ApprovalMode, type PullRequestEvent, type PullRequestFacts } from '../src/adapters/approval.js';
import { commands, runActionBundle, useActionBundle } from './helpers/action-bundle.js';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures/action');
const L = 'cfn-audit-approved';
const PUSHED = '2026-05-01T10:00:00Z';
const BEFORE = '2026-05-01T09:00:00Z';
const AFTER = '2026-05-01T11:00:00Z';

const ev = (o: Partial<PullRequestEvent> = {}): PullRequestEvent => ({ action: 'synchronize', number: 7, labels: [L], addedLabel: null, headSha: 'aaa', updatedAt: PUSHED, ...o });
const facts = (o: Partial<PullRequestFacts> = {}): PullRequestFacts => ({ headSha: 'aaa', labels: [L], labeledAt: AFTER, ...o });

describe('decideApproval', () => {
  it.each<[string, ApprovalMode, PullRequestEvent | null, PullRequestFacts | { error: string } | null, boolean, string]>([
    ['labeled event adding the label, no token', 'head', ev({ action: 'labeled', addedLabel: L }), null, true, 'approved-labeled-event'],
    ['labeled event, the API shows a newer head', 'head', ev({ action: 'labeled', addedLabel: L }), facts({ headSha: 'bbb' }), false, 'pushed-after-label'],
    [
      'labeled event, the API cannot be reached: the event itself is the evidence',
      'head',
      ev({ action: 'labeled', addedLabel: L }),
      { error: 'HTTP 500' },
      true,
      'approved-labeled-event',
    ],
    ['labeled event for another label, no token', 'head', ev({ action: 'labeled', addedLabel: 'docs' }), null, false, 'needs-token'],
    ['push run, no token', 'head', ev(), null, false, 'needs-token'],
    ['push run, label added after the push, same head', 'head', ev(), facts(), true, 'approved-after-push'],
    ['push run, label added before the push', 'head', ev(), facts({ labeledAt: BEFORE }), false, 'label-before-push'],
    ['push run, label added at the same second as the push', 'head', ev(), facts({ labeledAt: PUSHED }), false, 'label-before-push'],
    ['push run, label never added per the API', 'head', ev(), facts({ labeledAt: null }), false, 'label-before-push'],
    ['push run, newer head since', 'head', ev(), facts({ headSha: 'ccc' }), false, 'pushed-after-label'],
    ['push run, API error', 'head', ev(), { error: 'HTTP 403' }, false, 'api-error'],
    ['push run, label removed since (API)', 'head', ev(), facts({ labels: [] }), false, 'label-absent'],
    ['push run, label mode', 'label', ev(), null, true, 'approved-label-present'],
    ['no label on the pull request', 'head', ev({ labels: ['x'] }), null, false, 'label-absent'],
    ['not a pull request', 'head', null, null, false, 'not-a-pull-request'],
    ['a garbage timestamp', 'head', ev({ updatedAt: 'yesterday' }), facts(), false, 'label-before-push'],
  ])('%s', (_name, mode, event, f, approved, reason) => {
    expect(decideApproval(mode, L, event, f)).toMatchObject({ approved, reason });
  });

  it('an empty label disables approval in every mode', () => {
    for (const mode of ['head', 'label'] as const) expect(decideApproval(mode, '', ev({ action: 'labeled', addedLabel: L }), null)).toMatchObject({ approved: false });
  });

  it('reads the pull request of an event payload', () => {
    const e = readPullRequestEvent({
      action: 'labeled',
      number: 3,
      label: { name: L },
      pull_request: { number: 3, labels: [{ name: L }, { x: 1 }], head: { sha: 'abc' }, updated_at: PUSHED },
    });
    expect(e).toEqual({ action: 'labeled', number: 3, labels: [L], addedLabel: L, headSha: 'abc', updatedAt: PUSHED });
    expect(readPullRequestEvent({ ref: 'refs/heads/main' })).toBeNull();
    expect(readPullRequestEvent(null)).toBeNull();
  });
});

const action = useActionBundle();
let api: ChildProcess | null = null;
let apiUrl = '';

/** A stand-in GitHub API: PR 42 with head `sha-head`, the label added at AFTER; requests without the token get 401. */
const API_SCRIPT = `
const http = require('node:http');
const routes = JSON.parse(process.argv[1]);
http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  const ok = req.headers.authorization === 'Bearer test-token';
  const body = routes[path];
  res.writeHead(!ok ? 401 : body === undefined ? 404 : 200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(ok && body !== undefined ? body : { message: 'no' }));
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });
`;

beforeAll(async () => {
  const routes = {
    '/repos/acme/infra/pulls/42': { number: 42, head: { sha: 'sha-head' }, labels: [{ name: L }] },
    '/repos/acme/infra/issues/42/events': [
      { event: 'labeled', label: { name: L }, created_at: BEFORE },
      { event: 'unlabeled', label: { name: L }, created_at: PUSHED },
      { event: 'labeled', label: { name: 'other' }, created_at: AFTER },
      { event: 'labeled', label: { name: L }, created_at: AFTER },
    ],
    '/repos/acme/old/pulls/42': { number: 42, head: { sha: 'sha-head' }, labels: [{ name: L }] },
    '/repos/acme/old/issues/42/events': [{ event: 'labeled', label: { name: L }, created_at: BEFORE }],
  };
  api = spawn(process.execPath, ['-e', API_SCRIPT, JSON.stringify(routes)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((ok) => api!.stdout!.once('data', (d: Buffer) => ok(d.toString().trim())));
  apiUrl = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  api?.kill();
});

function workspace(): string {
  const ws = tempDir('cfn-audit-action-');
  cpSync(join(FIXTURES, 'infra'), join(ws, 'infra'), { recursive: true });
  return ws;
}

function eventFile(event: unknown): string {
  const dir = tempDir('cfn-audit-event-');
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  return join(dir, 'event.json');
}

const prEvent = (action: string, o: Record<string, unknown> = {}) => ({
  action,
  number: 42,
  ...o,
  pull_request: { number: 42, labels: [{ name: L }], head: { sha: 'sha-head', ref: 'x' }, base: { ref: 'main' }, updated_at: PUSHED },
});

describe.runIf(action.exists)(`the bundled action on ${action.runtime}: approval tied to the head commit`, () => {
  const run = (event: unknown, inputs: Record<string, string> = {}, repo = 'acme/infra') =>
    runActionBundle(action, workspace(), { path: 'infra/approval.yaml', ...inputs }, { eventPath: eventFile(event), env: { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: repo } });

  it('a push run with the label left from before the push is not approved without a token, and says why', () => {
    const r = run(prEvent('synchronize'));
    expect(r.status).toBe(1);
    const msg = commands(r.stdout, 'error').find((c) => c.props['file'] === undefined)?.message;
    expect(msg).toMatch(/needs the github-token input/);
    expect(r.summary).toMatch(/⚠️ The label "cfn-audit-approved" is present, but this run is not for the event that added it/);
  });

  it('the run of the labeled event is approved, also without a token', () => {
    const r = run(prEvent('labeled', { label: { name: L } }));
    expect(r.status).toBe(0);
    expect(r.summary).toContain('✅ Approved: the pull request carries the label `cfn-audit-approved`, added after the latest push.');
  });

  it('with a token: a label added after the push approves; one added only before it does not', () => {
    expect(run(prEvent('synchronize'), { 'github-token': 'test-token' }).status).toBe(0);
    const old = run(prEvent('synchronize'), { 'github-token': 'test-token' }, 'acme/old');
    expect(old.status).toBe(1);
    expect(commands(old.stdout, 'error').find((c) => c.props['file'] === undefined)?.message).toMatch(/added before the latest push/);
  });

  it('with a token: a labeled-event run whose head has moved on is not approved', () => {
    const moved = { ...prEvent('labeled', { label: { name: L } }), pull_request: { ...prEvent('x').pull_request, head: { sha: 'sha-old' } } };
    const r = run(moved, { 'github-token': 'test-token' });
    expect(r.status).toBe(1);
    expect(r.summary).toMatch(/added before the latest push, so it does not approve the new commits/);
  });

  it('an API that refuses the token fails closed, and the token is never printed', () => {
    const r = run(prEvent('synchronize'), { 'github-token': 'wrong-token' });
    expect(r.status).toBe(1);
    expect(r.summary).toMatch(/could not confirm .*HTTP 401/);
    expect(r.stdout + r.stderr + r.summary).not.toContain('wrong-token');
  });

  it('approval-mode: label keeps the old rule (presence approves); an unknown mode is refused', () => {
    expect(run(prEvent('synchronize'), { 'approval-mode': 'label' }).status).toBe(0);
    const bad = run(prEvent('synchronize'), { 'approval-mode': 'trust-me' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error::cfn-audit: input approval-mode: "trust-me" is not one of head, label');
  });
});

describe.runIf(action.exists)(`the bundled action on ${action.runtime}: no write through links or outside the workspace (item 14)`, () => {
  const eventPath = join(FIXTURES, 'events/pull-request.json');
  it.each([
    [
      'a committed cfn-audit.sarif link to a file outside',
      'cfn-audit.sarif',
      (ws: string, victim: string) => symlinkSync(victim, join(ws, 'cfn-audit.sarif')),
      /is a symbolic link/,
    ],
    ['a committed folder link on the way', 'reports/cfn.sarif', (ws: string, victim: string) => symlinkSync(join(victim, '..'), join(ws, 'reports')), /reports is a symbolic link/],
    ['a path climbing out of the workspace', '../cfn.sarif', () => undefined, /outside the workspace/],
    ['an absolute path elsewhere', '/etc/cfn-audit.sarif', () => undefined, /outside the workspace/],
  ])('%s is refused', (_name, sarifFile, plant, why) => {
    const ws = workspace();
    const outside = tempDir('cfn-audit-victim-');
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'precious');
    plant(ws, victim);
    const r = runActionBundle(action, ws, { path: 'infra/pass.yaml', 'sarif-file': sarifFile }, { eventPath });
    expect(r.status).toBe(1);
    const msg = commands(r.stdout, 'error').find((c) => c.props['file'] === undefined)?.message ?? '';
    expect(msg).toMatch(/^cfn-audit: input sarif-file: cannot write /);
    expect(msg).toMatch(why);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('RUNNER_TEMP is allowed besides the workspace', () => {
    const ws = workspace();
    const temp = tempDir('cfn-audit-runner-temp-');
    const r = runActionBundle(action, ws, { path: 'infra/pass.yaml', 'sarif-file': join(temp, 'out/cfn.sarif') }, { eventPath, env: { RUNNER_TEMP: temp } });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(temp, 'out/cfn.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('a sarif-file that is one of the audited templates is refused before anything is written', () => {
    const ws = workspace();
    const before = readFileSync(join(ws, 'infra/pass.yaml'), 'utf8');
    const r = runActionBundle(action, ws, { path: 'infra/pass.yaml', 'sarif-file': 'infra/pass.yaml' }, { eventPath });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::cfn-audit: input sarif-file .*also an input of this run/);
    expect(readFileSync(join(ws, 'infra/pass.yaml'), 'utf8')).toBe(before);
  });
});
