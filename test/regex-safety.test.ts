import { describe, expect, it } from 'vitest';
import { regexProblem } from '../src/rules/regex-safety.js';

describe('user regexes', () => {
  it.each([
    ['(a+)+$', /backtrack/],
    ['(a|aa)*b', /alternatives/],
    ['(a|a)+', /alternatives/],
    ['(x|y){2,}', /alternatives/],
    ['[', /not a valid regular expression/],
    ['a'.repeat(1001), /longer than 1000/],
  ])('refuses %s', (pattern, why) => {
    expect(regexProblem(pattern)).toMatch(why);
  });

  it.each([
    // the original audit-Lambda SSH rule, verbatim
    String.raw`^.*Ingress.*(([fF]rom[pP]ort|[tT]o[pP]ort).\s*:\s*u?.(22).*[cC]idr[iI]p.\s*:\s*u?.((0\.){3}0\/0)|[cC]idr[iI]p.\s*:\s*u?.((0\.){3}0\/0).*([fF]rom[pP]ort|[tT]o[pP]ort).\s*:\s*u?.(22))`,
    'ImageId.{0,5}(ami-7a11e211|ami-08111162)',
    '(x|y)?z',
    '[(|)]+',
    'AKIA[0-9A-Z]{16}',
  ])('accepts %s', (pattern) => {
    expect(regexProblem(pattern)).toBeNull();
  });
});
