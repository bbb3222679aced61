/**
 * Data-store checks (RDS, DocDB, Neptune, Redshift, ElastiCache) and the property helpers the other
 * service checks share: look a nested property up through intrinsics, then judge every alternative.
 * Simple "must be true" rules are `kind: path` rule files; these checks handle AWS defaults that
 * depend on other properties.
 */
import type { KeyPath } from '../../types/types.js';
import { boundedStringify } from '../../model/walk.js';
import type { Resource } from '../../model/graph.js';
import { looseEquals, type CheckContext, type CheckFn, type FindingData } from '../engine.js';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface FlagOptions {
  /** True when a present value is not compliant. */
  readonly fails: (v: unknown) => boolean;
  /** Outcome when the property is absent (or AWS::NoValue). */
  readonly absent: 'fail' | 'pass';
  readonly data?: FindingData;
}

/**
 * Judge the alternatives of a property and report the first failing one (naming its Fn::If
 * branches). An alternative only known at deploy time is left to the engine, which reports it as
 * `unknown` when the check decides nothing else. Returns true when it reported.
 */
export function flagProperty(ctx: CheckContext, keys: readonly string[], opts: FlagOptions, root: unknown = ctx.resource.properties, base: KeyPath = [...ctx.resource.path, 'Properties']): boolean {
  const alts = ctx.read(keys, { root, base, data: { ...opts.data } });
  const at = (present: boolean): KeyPath => (present ? [...base, ...keys] : base);
  for (const a of alts) {
    if (a.state === 'value' && opts.fails(a.value)) {
      ctx.report({ path: at(true), conditions: a.conditions, data: { property: keys.join('.'), value: shortText(a.value), ...opts.data } });
      return true;
    }
    if (a.state === 'absent' && opts.absent === 'fail') {
      ctx.report({ path: at(propertyPresent(root, keys)), conditions: a.conditions, data: { property: keys.join('.'), value: 'absent', ...opts.data } });
      return true;
    }
  }
  return false;
}

function propertyPresent(root: unknown, keys: readonly string[]): boolean {
  let cur = root;
  for (const k of keys) {
    if (!isObj(cur) || !(k in cur)) return false;
    cur = cur[k];
  }
  return true;
}

export function shortText(v: unknown): string {
  // Sorted keys: the quoted value feeds the fingerprint, which must not depend on key order.
  const s = typeof v === 'string' ? v : boundedStringify(v, 10_000, true) ?? '…';
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * The text alternatives of a value (numbers and booleans as text, AWS::NoValue as ''); null for an
 * alternative that is not known text, or for no value at all. The caller decides what an unknown
 * means (a settled read), e.g. with `ctx.undecided`.
 */
export function textAlternatives(ctx: CheckContext, v: unknown): (string | null)[] {
  if (v === undefined) return [null];
  return ctx.read([], { root: v, settled: true }).map((a) => (a.state === 'absent' ? '' : a.state === 'value' && ['string', 'number', 'boolean'].includes(typeof a.value) ? String(a.value) : null));
}

export const isTrue = (v: unknown): boolean => looseEquals(v, true);
export const notTrue = (v: unknown): boolean => !looseEquals(v, true);

/** A property present on the resource with a plain (non-NoValue) entry. */
export function has(resource: Resource, key: string): boolean {
  const v = resource.properties[key];
  return v !== undefined && v !== null && !(isObj(v) && v['Ref'] === 'AWS::NoValue');
}

/**
 * RDS DBInstance `PubliclyAccessible`. `true` fails. When absent, AWS decides from the VPC: with no
 * DBSubnetGroupName the instance lands in the default VPC, where it is public if that VPC has an
 * internet gateway (CreateDBInstance API reference) — the template cannot tell, so `unknown`.
 */
const rdsInstancePublic: CheckFn = (ctx) => {
  const r = ctx.resource;
  if (has(r, 'PubliclyAccessible')) {
    flagProperty(ctx, ['PubliclyAccessible'], { fails: isTrue, absent: 'pass' });
    return;
  }
  if (has(r, 'DBSubnetGroupName') || has(r, 'DBClusterIdentifier') || has(r, 'SourceDBInstanceIdentifier')) return;
  ctx.report({
    path: [...r.path, 'Properties'],
    outcome: 'unknown',
    data: { property: 'PubliclyAccessible', value: 'absent' },
    cause: { code: 'rds-default-vpc', args: {} },
  });
};

/**
 * `StorageEncrypted` on RDS/DocDB/Neptune. Instances that take encryption from elsewhere are
 * skipped: Aurora instances (the cluster decides), read replicas (the source decides) and
 * restores from a snapshot (the snapshot decides). Aurora Serverless v1 is always encrypted.
 */
const databaseStorageEncrypted: CheckFn = (ctx) => {
  const r = ctx.resource;
  const p = r.properties;
  if (r.type === 'AWS::RDS::DBInstance') {
    if (has(r, 'DBClusterIdentifier') || has(r, 'SourceDBInstanceIdentifier') || has(r, 'DBSnapshotIdentifier') || has(r, 'SourceDBClusterIdentifier')) return;
    if (typeof p['Engine'] === 'string' && p['Engine'].toLowerCase().startsWith('aurora')) return;
  }
  if (r.type === 'AWS::RDS::DBCluster') {
    if (has(r, 'SnapshotIdentifier') || has(r, 'SourceDBClusterIdentifier') || has(r, 'ReplicationSourceIdentifier')) return;
    if (typeof p['EngineMode'] === 'string' && p['EngineMode'].toLowerCase() === 'serverless') return;
  }
  if ((r.type === 'AWS::DocDB::DBCluster' || r.type === 'AWS::Neptune::DBCluster') && has(r, 'SnapshotIdentifier')) return;
  flagProperty(ctx, ['StorageEncrypted'], { fails: notTrue, absent: 'fail' });
};

/** Redis/Valkey replication group with neither an AUTH token nor RBAC user groups. */
const elastiCacheNoAuth: CheckFn = (ctx) => {
  const r = ctx.resource;
  const engine = r.properties['Engine'];
  if (typeof engine === 'string' && engine.toLowerCase() === 'memcached') return;
  if (has(r, 'AuthToken') || has(r, 'UserGroupIds')) return;
  ctx.report({ path: [...r.path, 'Properties'], data: { property: 'AuthToken', value: 'absent' } });
};

/**
 * Redshift parameter group that turns `require_ssl` off. Absent passes: since January 2025 the
 * default for new clusters and parameter groups is `require_ssl = true` (Redshift security defaults).
 */
const redshiftSslNotRequired: CheckFn = (ctx) => {
  const r = ctx.resource;
  const base: KeyPath = [...r.path, 'Properties', 'Parameters'];
  for (const listAlt of ctx.read(['Parameters'], { data: { property: 'require_ssl' } })) {
    if (listAlt.state !== 'value' || !Array.isArray(listAlt.value)) continue;
    for (const [i, item] of listAlt.value.entries()) {
      if (!isObj(item) || item['ParameterName'] !== 'require_ssl') continue;
      if (flagProperty(ctx, ['ParameterValue'], { fails: (v) => !looseEquals(v, true), absent: 'pass', data: { property: 'require_ssl' } }, item, [...base, i])) return;
    }
  }
};

/**
 * `DeletionProtection` not true. Aurora cluster members are skipped: deletion protection is a
 * cluster setting there, and the instance property is ignored (cfn_nag F80 skips them too).
 */
const rdsDeletionProtectionOff: CheckFn = (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::RDS::DBInstance') {
    if (has(r, 'DBClusterIdentifier')) return;
    const engine = r.properties['Engine'];
    if (typeof engine === 'string' && engine.toLowerCase().startsWith('aurora')) return;
  }
  flagProperty(ctx, ['DeletionProtection'], { fails: notTrue, absent: 'fail' });
};

/**
 * DynamoDB point-in-time recovery: a table's `PointInTimeRecoverySpecification`, and for a global
 * table each replica's (PITR is a per-replica setting; absent means off). Reports the first replica
 * without it, naming its region.
 */
const dynamoDbPitr: CheckFn = (ctx) => {
  const r = ctx.resource;
  const keys = ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'];
  if (r.type !== 'AWS::DynamoDB::GlobalTable') {
    flagProperty(ctx, keys, { fails: notTrue, absent: 'fail' });
    return;
  }
  const base: KeyPath = [...r.path, 'Properties', 'Replicas'];
  for (const listAlt of ctx.read(['Replicas'], { data: { property: keys.join('.') } })) {
    if (listAlt.state !== 'value' || !Array.isArray(listAlt.value)) continue;
    for (const [i, item] of listAlt.value.entries()) {
      if (!isObj(item)) continue;
      const region = typeof item['Region'] === 'string' ? item['Region'] : `replica ${i + 1}`;
      if (flagProperty(ctx, keys, { fails: notTrue, absent: 'fail', data: { property: `${keys.join('.')} of the ${region} replica` } }, item, [...base, i])) return;
    }
  }
};

export const dataChecks: Readonly<Record<string, CheckFn>> = {
  rdsInstancePublic,
  databaseStorageEncrypted,
  elastiCacheNoAuth,
  redshiftSslNotRequired,
  rdsDeletionProtectionOff,
  dynamoDbPitr,
};
