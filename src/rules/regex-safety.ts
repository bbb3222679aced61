import safeRegex from 'safe-regex2';

const MAX_PATTERN = 1000;

/** Why a user-supplied pattern is refused, or null when it is fine. */
export function regexProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  try {
    new RegExp(pattern);
  } catch (e) {
    return `not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!safeRegex(pattern)) return 'it can backtrack catastrophically (nested or too many quantifiers); simplify it';
  // safe-regex2 measures star height only, so `(a|aa)*b` passes it although overlapping alternatives
  // under a repeat are exponential too. Refuse any repeated group that holds an alternation.
  if (repeatedAlternation(pattern)) return 'it repeats a group that holds alternatives (like (a|aa)*), which can backtrack catastrophically; repeat a character class instead';
  return null;
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
