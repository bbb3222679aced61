/**
 * Data-store checks (RDS, DocDB, Neptune, Redshift, ElastiCache) and the property helpers the other
 * service checks share: look a nested property up through intrinsics, then judge every alternative.
 * Simple "must be true" rules are `kind: path` rule files; these checks handle AWS defaults that
 * depend on other properties.
 */
import type { KeyPath } from '../../types/types.js';
import { boundedStringify } from '../../model/walk.js';
import type { Resource } from '../../model/graph.js';
import { looseEquals, type CheckContext, type ReadContext, type FindingData } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface FlagOptions<Id extends string = string> {
  /** The message the finding is worded by. */
  readonly messageId: Id;
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
export function flagProperty<Id extends string>(
  ctx: CheckContext<unknown, Id>,
  keys: readonly string[],
  opts: FlagOptions<NoInfer<Id>>,
  root: unknown = ctx.resource.properties,
  base: KeyPath = [...ctx.resource.path, 'Properties'],
): boolean {
  const alts = ctx.read(keys, { root, base, data: { ...opts.data } });
  const at = (present: boolean): KeyPath => (present ? [...base, ...keys] : base);
  for (const a of alts) {
    if (a.state === 'value' && opts.fails(a.value)) {
      ctx.report({ messageId: opts.messageId, path: at(true), conditions: a.conditions, data: { property: keys.join('.'), value: shortText(a.value), ...opts.data } });
      return true;
    }
    if (a.state === 'absent' && opts.absent === 'fail') {
      ctx.report({ messageId: opts.messageId, path: at(propertyPresent(root, keys)), conditions: a.conditions, data: { property: keys.join('.'), value: 'absent', ...opts.data } });
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
export function textAlternatives(ctx: ReadContext, v: unknown): (string | null)[] {
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

const rdsInstancePublicMessages = { publiclyAccessible: '{logicalId} is publicly accessible (PubliclyAccessible: {value})' };

/**
 * RDS DBInstance `PubliclyAccessible`. `true` fails. When absent, AWS decides from the VPC: with no
 * DBSubnetGroupName the instance lands in the default VPC, where it is public if that VPC has an
 * internet gateway (CreateDBInstance API reference) — the template cannot tell, so `unknown`.
 */
const rdsInstancePublic = defineCheck({ name: 'rdsInstancePublic', options: NO_OPTIONS, messages: rdsInstancePublicMessages }, (ctx) => {
  const r = ctx.resource;
  if (has(r, 'PubliclyAccessible')) {
    flagProperty(ctx, ['PubliclyAccessible'], { messageId: 'publiclyAccessible', fails: isTrue, absent: 'pass' });
    return;
  }
  if (has(r, 'DBSubnetGroupName') || has(r, 'DBClusterIdentifier') || has(r, 'SourceDBInstanceIdentifier')) return;
  ctx.report({ messageId: 'publiclyAccessible',
    path: [...r.path, 'Properties'],
    outcome: 'unknown',
    data: { property: 'PubliclyAccessible', value: 'absent' },
    cause: { code: 'rds-default-vpc', args: {} },
  });
});

const databaseStorageEncryptedMessages = { unencrypted: '{logicalId} stores data unencrypted (StorageEncrypted: {value})' };

/**
 * `StorageEncrypted` on RDS/DocDB/Neptune. Instances that take encryption from elsewhere are
 * skipped: Aurora instances (the cluster decides), read replicas (the source decides) and
 * restores from a snapshot (the snapshot decides). Aurora Serverless v1 is always encrypted.
 */
const databaseStorageEncrypted = defineCheck({ name: 'databaseStorageEncrypted', options: NO_OPTIONS, messages: databaseStorageEncryptedMessages }, (ctx) => {
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
  flagProperty(ctx, ['StorageEncrypted'], { messageId: 'unencrypted', fails: notTrue, absent: 'fail' });
});

const elastiCacheNoAuthMessages = { noAuth: '{logicalId} accepts connections without AUTH or RBAC users' };

/** Redis/Valkey replication group with neither an AUTH token nor RBAC user groups. */
const elastiCacheNoAuth = defineCheck({ name: 'elastiCacheNoAuth', options: NO_OPTIONS, messages: elastiCacheNoAuthMessages }, (ctx) => {
  const r = ctx.resource;
  const engine = r.properties['Engine'];
  if (typeof engine === 'string' && engine.toLowerCase() === 'memcached') return;
  if (has(r, 'AuthToken') || has(r, 'UserGroupIds')) return;
  ctx.report({ messageId: 'noAuth', path: [...r.path, 'Properties'], data: { property: 'AuthToken', value: 'absent' } });
});

const redshiftSslNotRequiredMessages = { sslNotRequired: '{logicalId} sets require_ssl to {value}' };

/**
 * Redshift parameter group that turns `require_ssl` off. Absent passes: since January 2025 the
 * default for new clusters and parameter groups is `require_ssl = true` (Redshift security defaults).
 */
const redshiftSslNotRequired = defineCheck({ name: 'redshiftSslNotRequired', options: NO_OPTIONS, messages: redshiftSslNotRequiredMessages }, (ctx) => {
  const r = ctx.resource;
  const base: KeyPath = [...r.path, 'Properties', 'Parameters'];
  for (const listAlt of ctx.read(['Parameters'], { data: { property: 'require_ssl' } })) {
    if (listAlt.state !== 'value' || !Array.isArray(listAlt.value)) continue;
    for (const [i, item] of listAlt.value.entries()) {
      if (!isObj(item) || item['ParameterName'] !== 'require_ssl') continue;
      if (flagProperty(ctx, ['ParameterValue'], { messageId: 'sslNotRequired', fails: (v) => !looseEquals(v, true), absent: 'pass', data: { property: 'require_ssl' } }, item, [...base, i])) return;
    }
  }
});

const rdsDeletionProtectionOffMessages = { noDeletionProtection: '{logicalId} has no deletion protection' };

/**
 * `DeletionProtection` not true. Aurora cluster members are skipped: deletion protection is a
 * cluster setting there, and the instance property is ignored (cfn_nag F80 skips them too).
 */
const rdsDeletionProtectionOff = defineCheck({ name: 'rdsDeletionProtectionOff', options: NO_OPTIONS, messages: rdsDeletionProtectionOffMessages }, (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::RDS::DBInstance') {
    if (has(r, 'DBClusterIdentifier')) return;
    const engine = r.properties['Engine'];
    if (typeof engine === 'string' && engine.toLowerCase().startsWith('aurora')) return;
  }
  flagProperty(ctx, ['DeletionProtection'], { messageId: 'noDeletionProtection', fails: notTrue, absent: 'fail' });
});

/**
 * DynamoDB point-in-time recovery: a table's `PointInTimeRecoverySpecification`, and for a global
 * table each replica's (PITR is a per-replica setting; absent means off). Reports the first replica
 * without it, naming its region.
 */
const dynamoDbPitr = defineCheck({ name: 'dynamoDbPitr', options: NO_OPTIONS, messages: { noPitr: '{logicalId} has no point-in-time recovery ({property}: {value})' } }, (ctx) => {
  const r = ctx.resource;
  const keys = ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'];
  if (r.type !== 'AWS::DynamoDB::GlobalTable') {
    flagProperty(ctx, keys, { messageId: 'noPitr', fails: notTrue, absent: 'fail' });
    return;
  }
  const base: KeyPath = [...r.path, 'Properties', 'Replicas'];
  for (const listAlt of ctx.read(['Replicas'], { data: { property: keys.join('.') } })) {
    if (listAlt.state !== 'value' || !Array.isArray(listAlt.value)) continue;
    for (const [i, item] of listAlt.value.entries()) {
      if (!isObj(item)) continue;
      const region = typeof item['Region'] === 'string' ? item['Region'] : `replica ${i + 1}`;
      if (flagProperty(ctx, keys, { messageId: 'noPitr', fails: notTrue, absent: 'fail', data: { property: `${keys.join('.')} of the ${region} replica` } }, item, [...base, i])) return;
    }
  }
});

export const dataChecks: readonly CheckDefinition[] = [
  rdsInstancePublic,
  databaseStorageEncrypted,
  elastiCacheNoAuth,
  redshiftSslNotRequired,
  rdsDeletionProtectionOff,
  dynamoDbPitr,
];
