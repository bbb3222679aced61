/** Offsets to line and column, with line starts found on demand (src/load/line-index.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/load/line-index.js';

/** Line starts as a plain scan finds them: after LF, after CRLF, after a lone CR. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function referencePosition(text: string, offset: number): { line: number; column: number } {
  const starts = referenceStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

describe('LineIndex', () => {
  it('gives every offset and line as a full scan does, whatever order the questions come in (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\r\r\n', '\n\n', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
    const question = fc.oneof(fc.record({ offset: fc.nat(200) }), fc.record({ line: fc.integer({ min: 1, max: 50 }) }));
    fc.assert(
      fc.property(text, fc.array(question, { minLength: 1, maxLength: 12 }), (t, questions) => {
        const index = new LineIndex(t);
        const starts = referenceStarts(t);
        for (const q of questions) {
          if ('offset' in q) expect(index.position(q.offset)).toEqual(referencePosition(t, q.offset));
          else {
            const start = starts[q.line - 1];
            const expected = start === undefined ? '' : t.slice(start, starts[q.line]).replace(/\r?\n$|\r$/, '');
            expect(index.lineText(q.line)).toBe(expected);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answers near the top without reading the rest of the text', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i}`);
    const index = new LineIndex(lines.join('\n'));
    expect(index.position(7)).toEqual({ line: 2, column: 1 });
    expect(index.lineText(3)).toBe('line 2');
    expect((index as unknown as { starts: number[] }).starts.length).toBeLessThan(5);
    expect(index.position(lines.slice(0, 9_999).join('\n').length + 3)).toEqual({ line: 10_000, column: 3 });
    expect(index.lineText(10_000)).toBe('line 9999');
    expect(index.lineText(10_001)).toBe('');
  });
});
