/**
 * Word tests on a template's source text: a cheap way to know that a template certainly holds no key,
 * tag or value spelled with some word (so a walk looking for it can be skipped), or to find the files
 * that may mention each other. A reader makes letters from escape sequences (`\u0049mportValue` is
 * `ImportValue` in JSON and in a double-quoted YAML scalar), so the test also looks at the text with
 * every escape undone.
 */

/**
 * Whether the text holds an escape that can spell a letter: JSON's `\u`, YAML's `\x`, `\u`, `\U`, or a
 * YAML line break escaped in a double-quoted scalar (joins two lines). A search for each backslash
 * (a native search) took a third of the time of the regular expression `/\\[uUx\r\n]/` on the corpus.
 */
function hasEscape(text: string): boolean {
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 117 || c === 85 || c === 120 || c === 13 || c === 10) return true;
  }
  return false;
}

/** The text with every such escape undone, wherever it stands (a superset of what a reader makes of it, which is enough for a word test). */
function unescaped(text: string): string {
  return text.replace(/\\\r?\n[ \t]*/g, '').replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8}))/g, (m, u?: string, x?: string, big?: string) => {
    const code = parseInt(u ?? x ?? big ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * YAML can also spell a tag without writing it: a `%TAG` directive gives a handle a prefix (`!x!f`
 * with `%TAG !x! !I` is `!If`), and a tag may hold %-escaped characters (`!%49f`). A text doing
 * either may make any word.
 */
const TAG_SPELLING = /^%TAG|!\S*%[0-9A-Fa-f]{2}/m;

/** The words a reader may make from `text` beyond those written: null for any word, else its unescaped form ('' when it has no escapes). */
function spelledWords(text: string): string | null {
  if (text.includes('%') && TAG_SPELLING.test(text)) return null;
  return hasEscape(text) ? unescaped(text) : '';
}

/** The text a word test reads: the source, followed by its unescaped form when it has escapes; null when a YAML tag spelling may make any word. */
export function wordText(text: string): string | null {
  const spelled = spelledWords(text);
  return spelled === null ? null : spelled === '' ? text : `${text}\n${spelled}`;
}

/**
 * The words the engine asks every template about (graph.ts, unauditable.ts): found in one pass over
 * the text, a third of the time of one search each. No word ends with the start of another, so a
 * match never hides the next word (test/mentions.test.ts checks it).
 */
export const ASKED_WORDS: readonly string[] = ['Fn::Transform', '!Transform', 'ForEach', 'Fn::If', '!If', 'NoValue'];
const ASKED = new RegExp(ASKED_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

function askedWordsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(ASKED)) {
    found.add(m[0]);
    if (found.size === ASKED_WORDS.length) break;
  }
  return found;
}

/** False only when the template's text certainly spells none of `words` (a template read without a word test may spell any). */
export function mayMention(template: { readonly mentions?: (word: string) => boolean }, ...words: string[]): boolean {
  const mentions = template.mentions;
  return mentions === undefined || words.some((w) => mentions(w));
}

/** `mentions(word)`: false only when no reader of `text` can make that word from it. The escape and tag tests run once, on the first word not found as written. */
export function mentionsIn(text: string): (word: string) => boolean {
  let spelled: string | null | undefined;
  let asked: Set<string> | undefined;
  return (word) => {
    if (ASKED_WORDS.includes(word) ? (asked ??= askedWordsIn(text)).has(word) : text.includes(word)) return true;
    if (spelled === undefined) spelled = spelledWords(text);
    return spelled === null || (spelled !== '' && spelled.includes(word));
  };
}
