/** TLS policy names are judged by the minimum version they encode, never by a list of known years. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tlsPolicyMinimum } from '../src/model/tls.js';

const year = fc.integer({ min: 2014, max: 2099 });
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
const suffix = fc.constantFrom('', '-Res', '-FIPS', '-PQ', '-Ext1', '-Res-PQ');

describe('tlsPolicyMinimum', () => {
  it.each([
    ['cloudfront', 'SSLv3', 0.3],
    ['cloudfront', 'TLSv1', 1.0],
    ['cloudfront', 'TLSv1_2016', 1.0],
    ['cloudfront', 'TLSv1.1_2016', 1.1],
    ['cloudfront', 'TLSv1.2_2018', 1.2],
    ['cloudfront', 'TLSv1.2_2025', 1.2],
    ['cloudfront', 'TLSv1.3_2025', 1.3],
    ['elb', 'ELBSecurityPolicy-2016-08', 1.0],
    ['elb', 'ELBSecurityPolicy-FS-2018-06', 1.0],
    ['elb', 'ELBSecurityPolicy-TLS-1-1-2017-01', 1.1],
    ['elb', 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06', 1.2],
    ['elb', 'ELBSecurityPolicy-TLS13-1-0-2021-06', 1.0],
    ['elb', 'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04', 1.3],
    ['elb', 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09', 1.2],
    ['apigateway', 'TLS_1_0', 1.0],
    ['apigateway', 'TLS_1_2', 1.2],
    ['apigateway', 'SecurityPolicy_TLS13_1_3_2025_09', 1.3],
    ['apigateway', 'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09', 1.2],
    ['apigateway', 'SecurityPolicy_TLS12_2018_EDGE', 1.2],
    ['apigateway', 'SecurityPolicy_TLS13_2025_EDGE', 1.3],
    ['opensearch', 'Policy-Min-TLS-1-0-2019-07', 1.0],
    ['opensearch', 'Policy-Min-TLS-1-2-PFS-2023-10', 1.2],
  ] as const)('%s %s → %s', (family, name, min) => {
    expect(tlsPolicyMinimum(family, name)).toBe(min);
  });

  it.each([
    ['cloudfront', 'TLSv2_2030'],
    ['cloudfront', 'custom'],
    ['elb', 'MyPolicy'],
    ['apigateway', 'TLS_2_0'],
    ['opensearch', 'Policy-Max-TLS-1-2'],
  ] as const)('%s %s is not a name it can read (null, never a pass)', (family, name) => {
    expect(tlsPolicyMinimum(family, name)).toBeNull();
  });

  it('any CloudFront TLSv1.2_<year> or TLSv1.3_<year> is at least TLS 1.2', () => {
    fc.assert(fc.property(fc.constantFrom('1.2', '1.3'), year, (v, y) => (tlsPolicyMinimum('cloudfront', `TLSv${v}_${y}`) ?? 0) >= 1.2));
  });

  it('an ELB name says its minimum in TLS13-1-x / TLS-1-x / FS-1-x whatever the date or variant', () => {
    fc.assert(
      fc.property(fc.constantFrom('TLS13', 'TLS', 'FS'), fc.integer({ min: 0, max: 3 }), suffix, year, month, (fam, minor, sfx, y, m) => {
        const got = tlsPolicyMinimum('elb', `ELBSecurityPolicy-${fam}-1-${minor}${sfx}-${y}-${m}`);
        return got !== null && Math.abs(got - (1 + minor / 10)) < 1e-9;
      }),
    );
  });

  it('API Gateway enhanced policies: the minimum after the family wins, whatever the date', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 3), fc.integer({ min: 0, max: 3 }), year, (fam, minor, y) => {
        const got = tlsPolicyMinimum('apigateway', `SecurityPolicy_TLS1${fam}_1_${minor}_${y}_09`);
        return got !== null && Math.abs(got - (1 + minor / 10)) < 1e-9;
      }),
    );
  });
});
