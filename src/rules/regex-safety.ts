import { safeRegexCheck } from '../lazy/modules.js';
import vm from 'node:vm';

const MAX_PATTERN = 1000;

/** Why a user-supplied pattern is refused, or null when it is fine. */
export function regexProblem(pattern: string, flags = ''): string | null {
  if (pattern.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!safeRegexCheck()(pattern)) return 'it can backtrack catastrophically (nested or too many quantifiers); simplify it';
  // safe-regex2 measures star height only, so `(a|aa)*b` passes it although overlapping alternatives
  // under a repeat are exponential too. Refuse any repeated group that holds an alternation.
  if (repeatedAlternation(pattern)) return 'it repeats a group that holds alternatives (like (a|aa)*), which can backtrack catastrophically; repeat a character class instead';
  // Unbounded repeats in sequence (a.*a.*a.*Z) backtrack in polynomial time, which no static check
  // refuses without refusing the original audit-Lambda rules too: every match of a user pattern runs
  // under a time budget instead (budgetedTest), and a match that runs out of it is an unknown finding.
  return null;
}

/** A match that ran out of its time budget. */
export class RegexBudgetExceeded extends Error {}

const MATCH_BUDGET_MS = 250;
let sandbox: { context: import('node:vm').Context; script: import('node:vm').Script } | null = null;

/**
 * `re.test(text)` under a time budget, for patterns users supply: JavaScript's engine backtracks, so a
 * pattern that passed the static checks can still be slow on a long value. Throws RegexBudgetExceeded.
 * The code that runs is fixed here; the pattern and the text are only data.
 */
export function budgetedTest(re: RegExp, text: string): boolean {
  if (text.length <= 256) return re.test(text);
  sandbox ??= { context: vm.createContext(Object.create(null) as object), script: new vm.Script('re.lastIndex = 0, re.test(text)') };
  sandbox.context['re'] = re;
  sandbox.context['text'] = text;
  try {
    return sandbox.script.runInContext(sandbox.context, { timeout: MATCH_BUDGET_MS }) === true;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RegexBudgetExceeded(`the pattern took more than ${MATCH_BUDGET_MS} ms on a ${text.length}-character value`);
    throw e;
  } finally {
    sandbox.context['re'] = null;
    sandbox.context['text'] = null;
  }
}

/** True when a group containing a top-level `|` is followed by `*`, `+` or `{n,}` / `{n,m}` with m > 1. */
function repeatedAlternation(p: string): boolean {
  const stack: { alt: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ alt: false });
    else if (c === '|') {
      const top = stack[stack.length - 1];
      if (top) top.alt = true;
    } else if (c === ')') {
      const group = stack.pop();
      if (group?.alt && repeats(p, i + 1)) return true;
    }
  }
  return false;
}

function repeats(p: string, at: number): boolean {
  const c = p[at];
  if (c === '*' || c === '+') return true;
  if (c !== '{') return false;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(at));
  if (!m) return false;
  if (m[2] === undefined) return Number(m[1]) > 1;
  return m[3] === '' || Number(m[3]) > 1;
}
