/**
 * Approval of a manual-approval decision by a pull-request label, for the GitHub Action.
 *
 * A label stays on a pull request when new commits are pushed, so "the label is present" would
 * approve code nobody reviewed. In `head` mode (the default) an approval counts only for the commit
 * that was the head when the label was added:
 * - in a run for the `labeled` event that added the label, the event itself says so (its payload
 *   carries the head at that moment; a re-run of that run audits that same commit);
 * - in any other pull-request run, only with a token: the pull request's current head must still
 *   be the run's head, and the label must have been added (GitHub's issue events) after this
 *   run's event was raised (for a `synchronize` run, the push).
 * Anything that cannot be established (no token, an API error) is no approval: the gate fails closed.
 * `label` mode is the old rule: the label's presence approves, whatever was pushed after it.
 */

export type ApprovalMode = 'head' | 'label';
export const APPROVAL_MODES: readonly ApprovalMode[] = ['head', 'label'];

/** What the workflow's event file says about the pull request. */
export interface PullRequestEvent {
  readonly action: string | null;
  readonly number: number | null;
  readonly labels: readonly string[];
  /** The label this `labeled` event added. */
  readonly addedLabel: string | null;
  readonly headSha: string | null;
  /** When the pull request was last updated as of the event (for `synchronize`: the push). */
  readonly updatedAt: string | null;
}

/** What the GitHub API says now. */
export interface PullRequestFacts {
  readonly headSha: string | null;
  readonly labels: readonly string[];
  /** When the label was last added, or null when it never was. */
  readonly labeledAt: string | null;
}

export type ApprovalReason =
  | 'approved-labeled-event'
  | 'approved-after-push'
  | 'approved-label-present'
  | 'no-label-configured'
  | 'not-a-pull-request'
  | 'label-absent'
  | 'pushed-after-label'
  | 'label-before-push'
  | 'needs-token'
  | 'api-error';

export interface ApprovalResult {
  readonly approved: boolean;
  readonly reason: ApprovalReason;
  /** The API error, for `api-error`. */
  readonly detail?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const names = (labels: unknown): string[] => (Array.isArray(labels) ? labels.flatMap((l: unknown) => (isObj(l) && typeof l['name'] === 'string' ? [l['name']] : [])) : []);

/** The pull request of an event payload (parsed JSON), or null when the event is not for one. */
export function readPullRequestEvent(event: unknown): PullRequestEvent | null {
  const pr = isObj(event) ? event['pull_request'] : undefined;
  if (!isObj(event) || !isObj(pr)) return null;
  const head = isObj(pr['head']) ? pr['head'] : {};
  const number = typeof pr['number'] === 'number' ? pr['number'] : typeof event['number'] === 'number' ? event['number'] : null;
  return {
    action: str(event['action']),
    number,
    labels: names(pr['labels']),
    addedLabel: event['action'] === 'labeled' && isObj(event['label']) ? str(event['label']['name']) : null,
    headSha: str(head['sha']),
    updatedAt: str(pr['updated_at']),
  };
}

const later = (a: string, b: string): boolean => {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && Number.isFinite(tb) && ta > tb;
};

/** The decision, from the event and (when a token was given) the API's answer. Pure. */
export function decideApproval(mode: ApprovalMode, label: string, event: PullRequestEvent | null, facts: PullRequestFacts | { readonly error: string } | null): ApprovalResult {
  if (label === '') return { approved: false, reason: 'no-label-configured' };
  if (event === null) return { approved: false, reason: 'not-a-pull-request' };
  const known = facts !== null && !('error' in facts) ? facts : null;
  const labels = known ? known.labels : event.labels;
  if (!labels.includes(label)) return { approved: false, reason: 'label-absent' };
  if (mode === 'label') return { approved: true, reason: 'approved-label-present' };
  if (known && known.headSha !== null && event.headSha !== null && known.headSha !== event.headSha) return { approved: false, reason: 'pushed-after-label' };
  // The run for the event that added the label: the label was added at this run's head.
  if (event.addedLabel === label) return { approved: true, reason: 'approved-labeled-event' };
  if (facts === null) return { approved: false, reason: 'needs-token' };
  if ('error' in facts) return { approved: false, reason: 'api-error', detail: facts.error };
  if (facts.labeledAt !== null && event.updatedAt !== null && later(facts.labeledAt, event.updatedAt)) return { approved: true, reason: 'approved-after-push' };
  return { approved: false, reason: 'label-before-push' };
}

export interface GitHubApi {
  /** e.g. https://api.github.com (GITHUB_API_URL). */
  readonly url: string;
  /** owner/name (GITHUB_REPOSITORY). */
  readonly repository: string;
  readonly token: string;
}

async function getJson(api: GitHubApi, path: string): Promise<unknown> {
  const res = await fetch(`${api.url.replace(/\/$/, '')}${path}`, {
    headers: { authorization: `Bearer ${api.token}`, accept: 'application/vnd.github+json', 'user-agent': 'cfn-audit', 'x-github-api-version': '2022-11-28' },
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`GitHub API ${path.split('?')[0]}: HTTP ${res.status}`);
  return res.json();
}

/** The pull request's head, labels and the last time `label` was added, from the REST API. */
export async function fetchPullRequestFacts(api: GitHubApi, number: number, label: string): Promise<PullRequestFacts | { readonly error: string }> {
  try {
    const repo = api.repository.split('/').map(encodeURIComponent).join('/');
    const pr = await getJson(api, `/repos/${repo}/pulls/${number}`);
    if (!isObj(pr)) return { error: 'GitHub API: unexpected pull request response' };
    let labeledAt: string | null = null;
    // Oldest first, 100 per page; ten pages (1,000 events) is far beyond a real pull request.
    for (let page = 1; page <= 10; page++) {
      const events = await getJson(api, `/repos/${repo}/issues/${number}/events?per_page=100&page=${page}`);
      if (!Array.isArray(events)) break;
      for (const e of events) {
        if (isObj(e) && e['event'] === 'labeled' && isObj(e['label']) && e['label']['name'] === label && typeof e['created_at'] === 'string') labeledAt = e['created_at'];
      }
      if (events.length < 100) break;
    }
    return { headSha: isObj(pr['head']) ? str(pr['head']['sha']) : null, labels: names(pr['labels']), labeledAt };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
