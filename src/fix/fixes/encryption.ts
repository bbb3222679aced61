/**
 * Encryption-at-rest and key fixes where an AWS-managed key suffices (EBS, RDS/DocDB/Neptune, EFS, SQS, SNS,
 * Kinesis, DAX), key rotation on symmetric KMS keys, and log group retention.
 */
import type { FixFn } from '../types.js';
import { isTrue, setProperty, setUnder } from './common.js';

const encryptedTrue: FixFn = (ctx) => setProperty(ctx, ['Encrypted'], true, isTrue);

const storageEncryptedTrue: FixFn = (ctx) => setProperty(ctx, ['StorageEncrypted'], true, isTrue);

/** SNS: the AWS-managed key alias/aws/sns; SQS: SSE-SQS back on. */
const topicOrQueueEncryption: FixFn = (ctx) => {
  if (ctx.finding.resourceType === 'AWS::SNS::Topic') return setProperty(ctx, ['KmsMasterKeyId'], 'alias/aws/sns', (v) => typeof v === 'string' && v !== '');
  return setProperty(ctx, ['SqsManagedSseEnabled'], true, isTrue);
};

/** KMS encryption with the AWS-managed key alias/aws/kinesis (CloudFormation needs both keys). */
const kinesisEncryption: FixFn = (ctx) =>
  setUnder(ctx, ['StreamEncryption'], { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }, (k, v) =>
    k === 'EncryptionType' ? v === 'KMS' : typeof v === 'string' ? v.trim() !== '' : v !== undefined,
  );

const daxEncryption: FixFn = (ctx) => setProperty(ctx, ['SSESpecification', 'SSEEnabled'], true, isTrue);

/** The rule reports symmetric keys only, so rotation can be switched on. */
const kmsKeyRotation: FixFn = (ctx) => setProperty(ctx, ['EnableKeyRotation'], true, isTrue);

const logGroupRetention: FixFn = (ctx) => setProperty(ctx, ['RetentionInDays'], ctx.options.retentionDays, (v) => v !== undefined);

export const encryptionFixes: Readonly<Record<string, FixFn>> = {
  encryptedTrue,
  storageEncryptedTrue,
  topicOrQueueEncryption,
  kinesisEncryption,
  daxEncryption,
  kmsKeyRotation,
  logGroupRetention,
};
