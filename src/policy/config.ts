/**
 * `.cfn-audit.yml`: text in, validated config out. Pure — the adapter finds and reads the file.
 * Every error names the file, the 1-based line and column, and the key.
 */
import type { Position } from '../types/types.js';
import { DocumentSyntaxError, keyName, parseLocated, type DocPath, type LocatedDocument } from '../schema/positions.js';
import { schemaIssue } from '../schema/issues.js';
import { schemaValidators } from '../lazy/modules.js';
import type { CfnAuditConfig } from './config-schema.js';

export const CONFIG_FILE_NAMES = ['.cfn-audit.yml', '.cfn-audit.yaml'] as const;

export type ConfigPath = DocPath;

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: number | null,
    readonly key: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line !== null ? `:${line}:${column ?? 1}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

export { keyName };

export interface LoadedConfig {
  readonly file: string;
  readonly config: CfnAuditConfig;
  /** Position of the value at `path` (or of the key itself with `atKey`), for later errors. */
  locate(path: ConfigPath, atKey?: boolean): Position;
}

export function parseConfig(text: string, file: string): LoadedConfig {
  let doc: LocatedDocument;
  try {
    doc = parseLocated(text);
  } catch (e) {
    if (e instanceof DocumentSyntaxError) throw new ConfigError(file, e.line, e.column, null, `cannot parse YAML: ${e.problem}`);
    throw e;
  }
  const value = doc.value ?? {};
  const { validateConfig } = schemaValidators();
  if (!validateConfig(value)) {
    const issue = schemaIssue(validateConfig.errors);
    const pos = doc.locate(issue.path, issue.atKey);
    throw new ConfigError(file, pos.line, pos.column, issue.path.length ? keyName(issue.path) : null, issue.message);
  }
  return { file, config: value, locate: (path, atKey) => doc.locate(path, atKey) };
}
