import type { Position } from '../types/types.js';

/**
 * The one place that turns character offsets into 1-based line/column. A line ends at LF, CRLF or a
 * lone CR (old Mac files: YAML and CloudFormation count it as a line break too). Line starts are
 * found on demand, only as far into the text as the questions go: a template without findings never
 * pays for them, and one whose findings are near its top does not scan the rest.
 */
export class LineIndex {
  /** The line starts found so far, in order: every one up to the last. */
  private readonly starts: number[] = [0];
  /** Whether `starts` holds every line start of the text. */
  private complete = false;
  private cr: boolean | null = null;

  constructor(private readonly text: string) {}

  /** Finds the next line start; false when the text has no more. */
  private next(): boolean {
    if (this.complete) return false;
    const text = this.text;
    const from = this.starts[this.starts.length - 1]!;
    let at = -1;
    if (!(this.cr ??= text.includes('\r'))) {
      const i = text.indexOf('\n', from);
      if (i >= 0) at = i + 1;
    } else {
      for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
          at = i + 1;
          break;
        }
      }
    }
    if (at < 0) {
      this.complete = true;
      return false;
    }
    this.starts.push(at);
    return true;
  }

  position(offset: number): Position {
    const starts = this.starts;
    // Every start at or before `offset` is known once one after it is (or the text has no more).
    while (starts[starts.length - 1]! <= offset && this.next());
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  lineText(line: number): string {
    const starts = this.starts;
    while (starts.length <= line && this.next());
    const start = starts[line - 1];
    if (start === undefined) return '';
    const next = starts[line];
    return this.text.slice(start, next === undefined ? undefined : next).replace(/\r?\n$|\r$/, '');
  }
}
