/**
 * IAM action classes from AWS's Service Authorization Reference (access levels and resource types),
 * shipped as data in iam-actions.generated.json (see scripts/gen-iam-actions.ts for its source and
 * version). A policy names actions by pattern (`s3:Put*`, `ec2:Describe*`): a pattern is classified
 * by the actions it matches.
 */
import table from './iam-actions.generated.json' with { type: 'json' };
import { lowerWildcardMatch } from './iam.js';

export type AccessClass = 'permissions' | 'write' | 'tagging';

interface ActionEntry {
  readonly name: string;
  /** The name in lower case (IAM compares action names case-insensitively). */
  readonly lower: string;
  readonly cls: AccessClass;
  /** The action takes no resource type: IAM only accepts it with `Resource: "*"`. */
  readonly noResource: boolean;
}

/** What an action pattern grants, by class; null when the service is not in the data. */
export interface PatternClasses {
  /** Permissions-management actions that take a resource (so `*` means every resource). */
  readonly permissions: readonly string[];
  /** Write and tagging actions that take a resource. */
  readonly writes: readonly string[];
  /** Write, tagging or permissions actions that IAM only accepts on `*`. */
  readonly noResource: readonly string[];
}

const CLASS_OF: Readonly<Record<string, AccessClass>> = { p: 'permissions', w: 'write', t: 'tagging' };

/** The table's action lists by service (the build reads the table on first use: a template without policies never does). */
const serviceLists = (): Readonly<Record<string, Readonly<Record<string, string>>>> => table.services;
const unpacked = new Map<string, readonly ActionEntry[]>();

/** One service's actions, unpacked on first use (a run meets a few dozen of the services listed). */
function serviceEntries(service: string): readonly ActionEntry[] {
  let entries = unpacked.get(service);
  if (entries) return entries;
  const all = serviceLists();
  const mine = Object.prototype.hasOwnProperty.call(all, service) ? all[service]! : {};
  const out: ActionEntry[] = [];
  for (const [key, cls] of Object.entries(CLASS_OF)) {
    const text = mine[key] ?? '';
    if (text === '') continue;
    for (const raw of text.split(' ')) {
      const noResource = raw.endsWith('!');
      const name = `${service}:${noResource ? raw.slice(0, -1) : raw}`;
      out.push({ name, lower: name.toLowerCase(), cls, noResource });
    }
  }
  entries = out;
  unpacked.set(service, entries);
  return entries;
}

/** Where the data came from: package and version. */
export const iamActionsSource = (): Readonly<{ package: string; version: string; updatedAt: string | null }> => table.source;

const cache = new Map<string, PatternClasses | null>();

/** Classify an action or action pattern. Case-insensitive, as IAM is. */
export function classifyAction(pattern: string): PatternClasses | null {
  const key = pattern.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const i = key.indexOf(':');
  const service = i < 0 ? key : key.slice(0, i);
  const lists: (readonly ActionEntry[])[] = /[*?]/.test(service)
    ? Object.keys(serviceLists())
        .filter((s) => lowerWildcardMatch(service, s.toLowerCase()))
        .map(serviceEntries)
    : Object.prototype.hasOwnProperty.call(serviceLists(), service)
      ? [serviceEntries(service)]
      : [];
  let result: PatternClasses | null = null;
  if (lists.length > 0) {
    const permissions: string[] = [];
    const writes: string[] = [];
    const noResource: string[] = [];
    const exact = !/[*?]/.test(key);
    for (const entries of lists)
      for (const e of entries) {
        if (exact ? e.lower !== key : !lowerWildcardMatch(key, e.lower)) continue;
        if (e.noResource) noResource.push(e.name);
        else if (e.cls === 'permissions') permissions.push(e.name);
        else writes.push(e.name);
      }
    result = { permissions, writes, noResource };
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, result);
  return result;
}

/** Does the pattern grant any action that changes something and accepts a resource narrower than `*`? */
export function grantsScopedWrite(classes: PatternClasses): boolean {
  return classes.permissions.length > 0 || classes.writes.length > 0;
}
