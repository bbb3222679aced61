/**
 * JSON without a tree: one scan checks syntax, duplicate keys, depth and numbers, then JSON.parse;
 * key positions are found on demand. Errors carry a position; the value equals JSON.parse's.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJson } from '../src/load/parse-json.js';
import { ParseFail } from '../src/load/parse-common.js';
import { parseTemplate } from '../src/load/parse.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { corpusDir, corpusSkipNote } from './helpers/corpus.js';
import { pathsOf } from './helpers/parse.js';

const fail = (text: string): ParseFail => {
  try {
    parseJson(text);
  } catch (e) {
    if (e instanceof ParseFail) return e;
    throw e;
  }
  throw new Error(`expected an error for ${text}`);
};

describe('strict JSON, refused with a position', () => {
  it.each([
    ['{"a": 1,}', /^JSON: property name expected/, 8],
    ['[1, 2,]', /^JSON: value expected/, 6],
    ['{"a": 1 // c\n}', /^JSON: comments are not allowed/, 8],
    ['{"a": /* c */ 1}', /^JSON: comments are not allowed/, 6],
    ['{"a": "x\ny"}', /^JSON: unterminated string/, 8],
    ['{"a": "x', /^JSON: unterminated string/, 6],
    ['{"a": "\\q"}', /^JSON: invalid escape character/, 8],
    ['{"a": "\\u12G4"}', /^JSON: invalid unicode escape/, 7],
    ['{"a": "\t"}', /^JSON: invalid character/, 7],
    ['{"a": 01}', /^JSON: (end of file|comma) expected|^JSON: /, 7],
    ['{"a": -}', /^JSON: invalid number/, 6],
    ['{"a": 1.}', /^JSON: invalid number/, 6],
    ['{"a": .5}', /^JSON: unexpected character/, 6],
    ['{"a": 1e}', /^JSON: invalid number/, 6],
    ['{"a": NaN}', /^JSON: unexpected character/, 6],
    ['{"a": tru}', /^JSON: unexpected character/, 6],
    ['{a: 1}', /^JSON: property name expected/, 1],
    ["{'a': 1}", /^JSON: property name expected/, 1],
    ['{"a" 1}', /^JSON: colon expected/, 5],
    ['{"a": 1 "b": 2}', /^JSON: comma expected/, 8],
    ['{"a": [1, 2}', /^JSON: comma expected/, 11],
    ['{"a": 1', /^JSON: closing brace expected/, 7],
    ['[1', /^JSON: closing bracket expected/, 2],
    ['{} {}', /^JSON: end of file expected/, 3],
    ['', /^JSON: value expected/, 0],
  ])('%j', (text, message, offset) => {
    const e = fail(text);
    expect(e.message).toMatch(message);
    expect(e.offset).toBe(offset);
  });

  it.each([
    ['{"a": 1, "a": 2}', 9, '"a"'],
    ['{"a": 1, "\\u0061": 2}', 9, '"a"'],
    ['{"x": {"k": [], "y": 0, "k": {}}}', 24, '"k"'],
    ['{"toString": 1, "constructor": 2, "toString": 3}', 34, '"toString"'],
    ['{"__proto__": 1, "__proto__": 2}', 17, '"__proto__"'],
  ])('duplicate keys (compared after unescaping): %s', (text, offset, shown) => {
    const e = fail(text);
    expect(e.message).toBe(`duplicate key ${shown}`);
    expect(e.offset).toBe(offset);
  });

  it('property: a repeated key is refused at its second occurrence, in objects of any size and nesting (and only then)', () => {
    // Objects of up to 20 distinct keys (past the few check() compares without a set), at times with one
    // key again, nested in each other and in lists.
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't');
    type Node = { keys: [string, Node][] } | Node[] | number;
    const node = fc.letrec<{ node: Node; obj: Node; list: Node }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.integer(), tie('obj'), tie('list')),
      // Up to 20 distinct keys, and at times one of them again somewhere.
      obj: fc.tuple(fc.uniqueArray(fc.tuple(key, tie('node')), { selector: (e) => e[0], maxLength: 20 }), fc.option(fc.nat())).map(([keys, again]) => {
        if (again !== null && keys.length > 0) keys.splice(again % (keys.length + 1), 0, [keys[again % keys.length]![0], 0]);
        return { keys };
      }),
      list: fc.array(tie('node'), { maxLength: 4 }),
    })).node;
    const text = (n: Node): string =>
      typeof n === 'number' ? String(n) : Array.isArray(n) ? `[${n.map(text).join(',')}]` : `{${n.keys.map(([k, v]) => `"${k}":${text(v)}`).join(',')}}`;
    // The first repeated key in text order, by its offset, found independently.
    const firstRepeat = (n: Node, at: { i: number }): number | null => {
      if (typeof n === 'number') {
        at.i += String(n).length;
        return null;
      }
      at.i++;
      const seen = new Set<string>();
      const items: Node[] = Array.isArray(n) ? n : n.keys.map(([, v]) => v);
      for (let j = 0; j < items.length; j++) {
        if (j > 0) at.i++;
        if (!Array.isArray(n)) {
          const k = n.keys[j]![0];
          if (seen.has(k)) return at.i;
          seen.add(k);
          at.i += k.length + 3;
        }
        const inner = firstRepeat(items[j]!, at);
        if (inner !== null) return inner;
      }
      at.i++;
      return null;
    };
    fc.assert(
      fc.property(node, (n) => {
        const t = text(n);
        const expected = firstRepeat(n, { i: 0 });
        if (expected === null) expect(() => parseJson(t)).not.toThrow();
        else {
          const e = fail(t);
          expect(e.message).toMatch(/^duplicate key "[a-t]"$/);
          expect(e.offset).toBe(expected);
        }
      }),
      // No shrinking: these nested objects shrink in too many ways to finish in a test's time.
      { numRuns: 400, endOnFailure: true },
    );
  });

  it('the same key in sibling objects is not a duplicate', () => {
    expect(parseJson('[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]').value).toEqual([{ a: 1 }, { a: 2 }, { b: { a: 3 } }]);
  });

  it('depth: 1,000 levels parse, 1,001 and 100,000 are refused before any recursion runs away', () => {
    expect(() => parseJson(`${'['.repeat(1000)}${']'.repeat(1000)}`)).not.toThrow();
    expect(fail(`${'['.repeat(1001)}${']'.repeat(1001)}`).message).toMatch(/nesting deeper than 1000/);
    expect(fail(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`).message).toMatch(/nesting deeper than 1000/);
  });
});

describe('values', () => {
  it('numbers a double cannot hold keep their text; the rest are numbers', () => {
    expect(
      parseJson('{"A": 1e400, "B": 123456789012345678901234567890, "C": -9007199254740993, "D": 1e20, "E": 1.5e300, "F": 9007199254740991, "G": 0.1, "H": -0, "I": [1e999]}').value,
    ).toEqual({
      A: '1e400',
      B: '123456789012345678901234567890',
      C: '-9007199254740993',
      D: '1e20',
      E: '1.5e300',
      F: 9007199254740991,
      G: 0.1,
      H: -0,
      I: ['1e999'],
    });
  });

  it('__proto__ and other prototype names are plain own keys', () => {
    const v = parseJson('{"__proto__": {"polluted": true}, "constructor": 1, "toString": "x"}').value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('property: any JSON value reads back as JSON.parse reads it (integers beyond 2^53 as text), in any layout', () => {
    const unsafeAsText = (_: string, v: unknown): unknown => (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) ? JSON.stringify(v) : v);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(0, 1, 2, '\t'), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        expect(parseJson(text).value).toEqual(JSON.parse(text, unsafeAsText));
      }),
      { seed: 611, numRuns: 300 },
    );
  });
});

describe('positions on demand', () => {
  const text = '{\n  "Resources" : {\n    "A\\u0042" : { "Type" : "X", "List": [ 1 , {"k": [true, null]} ,"s" ] },\n    "toString": {}\n  }\n}';
  const t = (() => {
    const r = parseTemplate({ file: 't.json', text });
    if (!r.ok) throw new Error(r.error.message);
    return r.template;
  })();

  it.each([
    [[], 1, 1],
    [['Resources'], 2, 3],
    [['Resources', 'AB'], 3, 5],
    [['Resources', 'AB', 'Type'], 3, 19],
    [['Resources', 'AB', 'List', 0], 3, 43],
    [['Resources', 'AB', 'List', 1, 'k'], 3, 48],
    [['Resources', 'AB', 'List', 1, 'k', 1], 3, 60],
    [['Resources', 'AB', 'List', 2], 3, 68],
    [['Resources', 'toString'], 4, 5],
    [['Resources', 'AB', 'Missing'], 3, 5],
    [['Resources', 'AB', 'List', 9], 3, 33],
    [['Resources', 'constructor'], 2, 3],
  ] as const)('%j is at %i:%i', (path, line, column) => {
    expect(t.locate(path)).toEqual({ line, column });
  });
});

describe('JSON positions (property): every key and item is found where an independent parser puts it', () => {
  /** Every path of a value, with the offset jsonc-parser gives: a member's key, an item's value. */
  const reference = async (text: string) => {
    const { parseTree } = await import('jsonc-parser');
    const out: { path: (string | number)[]; offset: number }[] = [];
    type N = { type: string; offset: number; children?: N[]; value?: unknown };
    const walk = (n: N, path: (string | number)[]): void => {
      if (n.type === 'object')
        for (const prop of n.children ?? []) {
          const [k, v] = prop.children!;
          const p = [...path, k!.value as string];
          out.push({ path: p, offset: prop.offset });
          walk(v!, p);
        }
      else if (n.type === 'array')
        (n.children ?? []).forEach((item, i) => {
          out.push({ path: [...path, i], offset: item.offset });
          walk(item, [...path, i]);
        });
    };
    walk(parseTree(text) as unknown as N, []);
    return out;
  };
  // Unique keys (duplicates are refused), deep enough to cross the levels the check records.
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.integer(), fc.string(), fc.constant(null), tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 }),
  })).map;

  it('in any layout', async () => {
    await fc.assert(
      fc.asyncProperty(value, fc.constantFrom(0, 1, 2, '\t', ' \n '), async (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        const parsed = parseJson(text);
        for (const { path, offset } of await reference(text)) expect(parsed.locate(path), JSON.stringify(path)).toBe(offset);
      }),
      { numRuns: 200 },
    );
  });
});

/** What a reading gives a caller: the value, every node's offset and the node bound, or the error as reported. */
function reading(text: string, quick: boolean): unknown {
  try {
    const r = parseJson(text, quick);
    const offsets = pathsOf(r.value).map((path) => [JSON.stringify(path), r.locate(path)]);
    return { value: JSON.stringify(r.value), offsets, nodes: r.nodes };
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    return { error: e.message, offset: e.offset, rootKeys: e.rootKeys };
  }
}

describe('valid JSON read by JSON.parse first, then the light scan', () => {
  const texts: [string, string][] = [
    ['a template', '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "a", "Value": "b"}]}}}}'],
    ['blanks everywhere', ' \n{ "a" : [ 1 , 2 ,\t{ } , [ ] ] ,\r\n "b" :null , "c":true,"d":false }\n'],
    ['escaped keys and strings', '{"a\\u0041": "x\\"y", "\\\\": 1, "q\\"": {"\\/": [ "\\n" ]}}'],
    ['numbers a double cannot hold', '{"a": 12345678901234567890, "b": 1e400, "c": -0.5e-3, "d": 123456789012345, "e": [9007199254740993, 1.0]}'],
    ['a duplicate key', '{"a": 1, "b": {"x": 1, "x": 2}}'],
    ['a duplicate key after many keys', `{${Array.from({ length: 12 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k3": 0}`],
    ['a duplicate escaped key', '{"a": 1, "\\u0061": 2}'],
    ['nesting too deep', `${'['.repeat(1500)}${']'.repeat(1500)}`],
    ['a root that is not an object', '[1, {"a": [2]}, "s"]'],
    ['broken JSON', '{"a": 1,}'],
  ];
  it.each(texts)('%s: the same reading as the full check', (_, text) => {
    expect(reading(text, true)).toEqual(reading(text, false));
  });

  it('the same reading for generated JSON in any layout (property)', () => {
    const layout = fc.constantFrom(0, 1, 2, '\t', ' \n ');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), layout, fc.boolean(), (value, indent, dup) => {
        let text = JSON.stringify({ Root: value, Other: [value] }, null, indent);
        // A duplicate key somewhere, now and then.
        if (dup) text = text.replace(/\{(\s*)"([^"\\]*)":/, (m, ws: string, k: string) => `{${ws}"${k}": 0, "${k}":`);
        expect(reading(text, true)).toEqual(reading(text, false));
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!corpusDir)(`JSON.parse first, then the light scan, on every JSON file of the corpus${corpusSkipNote}`, () => {
  it('gives the reading of the full check', { timeout: 120_000 }, () => {
    const differ: string[] = [];
    let count = 0;
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(json|template)$/i.test(e.name)) {
          const text = readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
          if (!/^\s*[{[]/.test(text)) continue;
          count++;
          if (!isDeepStrictEqual(reading(text, true), reading(text, false))) differ.push(relative(corpusDir!, p));
        }
      }
    };
    walk(corpusDir!);
    expect(differ).toEqual([]);
    expect(count).toBeGreaterThan(500);
  });
});
