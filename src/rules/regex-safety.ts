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
  return null;
}
