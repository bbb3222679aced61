/**
 * The lowest TLS version a named TLS security policy accepts, read from the policy's name.
 *
 * AWS encodes the minimum protocol in every predefined policy name, so new policies (CloudFront
 * `TLSv1.2_2025`, ELB `…TLS13-1-2-PQ-2025-09`, API Gateway `SecurityPolicy_TLS13_1_3_2025_09`) are
 * judged without a list of known years. A name that follows none of the schemes gives `null`:
 * the caller reports it as undecided rather than guessing.
 */

/** A TLS version as a number: 1.0, 1.1, 1.2, 1.3; SSLv3 is 0.3. */
export type TlsVersion = number;

export type TlsPolicyFamily = 'cloudfront' | 'elb' | 'apigateway' | 'opensearch';

const tls = (minor: string): TlsVersion => 1 + Number(minor) / 10;

/**
 * CloudFront `MinimumProtocolVersion`: `SSLv3`, `TLSv1`, `TLSv1_2016`, `TLSv1.1_2016`, `TLSv1.2_2018`,
 * `TLSv1.2_2021`, `TLSv1.2_2025`, `TLSv1.3_2025`, … — `TLSv1<.minor>` optionally followed by `_<year>`.
 */
function cloudFront(name: string): TlsVersion | null {
  if (/^SSLv3$/i.test(name)) return 0.3;
  const m = /^TLSv1(?:\.(\d))?(?:_\d{4})?$/i.exec(name);
  return m ? tls(m[1] ?? '0') : null;
}

/**
 * ELB / ALB / NLB `SslPolicy` and classic `Reference-Security-Policy`: `…-TLS13-1-2-…`, `…-TLS-1-1-…`,
 * `…-FS-1-2-…` carry the minimum as `1-<minor>`. Names with only a date (`ELBSecurityPolicy-2016-08`,
 * `ELBSecurityPolicy-FS-2018-06`, `ELBSecurityPolicy-2015-05`) are the legacy policies that accept TLS 1.0.
 */
function elb(name: string): TlsVersion | null {
  const m = /(?:^|-)(?:TLS13|TLS|FS)-1-(\d)(?:-|$)/i.exec(name);
  if (m) return tls(m[1]!);
  if (/^ELBSecurityPolicy-(?:FS-)?\d{4}-\d{2}$/i.test(name)) return 1.0;
  return null;
}

/**
 * API Gateway `SecurityPolicy`: `TLS_1_0`, `TLS_1_2`, and the enhanced policies
 * `SecurityPolicy_TLS13_1_3_2025_09`, `SecurityPolicy_TLS13_1_2_PQ_2025_09` (minimum after the
 * family), `SecurityPolicy_TLS12_2018_EDGE`, `SecurityPolicy_TLS13_2025_EDGE` (minimum = family).
 */
function apiGateway(name: string): TlsVersion | null {
  const legacy = /^TLS_1_(\d)$/i.exec(name);
  if (legacy) return tls(legacy[1]!);
  const m = /^SecurityPolicy_TLS1(\d)(?:_1_(\d)(?=_|$))?(?:_|$)/i.exec(name);
  if (m) return tls(m[2] ?? m[1]!);
  return null;
}

/** OpenSearch / Elasticsearch `TLSSecurityPolicy`: `Policy-Min-TLS-1-0-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`, … */
function openSearch(name: string): TlsVersion | null {
  const m = /^Policy-Min-TLS-1-(\d)(?:-|$)/i.exec(name);
  return m ? tls(m[1]!) : null;
}

/** The minimum TLS version of a named policy, or null when the name follows no known scheme. */
export function tlsPolicyMinimum(family: TlsPolicyFamily, name: string): TlsVersion | null {
  const n = name.trim();
  switch (family) {
    case 'cloudfront':
      return cloudFront(n);
    case 'elb':
      return elb(n);
    case 'apigateway':
      return apiGateway(n);
    case 'opensearch':
      return openSearch(n);
    default: {
      const never: never = family;
      return never;
    }
  }
}
