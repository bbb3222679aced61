/** The policy layer: config, profiles, suppressions and exceptions, baselines, change-aware diff, verdict. */
export { CONFIG_FILE_NAMES, ConfigError, keyName, parseConfig, type ConfigPath, type LoadedConfig } from './config.js';
export { CONFIG_SCHEMA, jsonSchemaDocument, SCHEMA_ID, type CfnAuditConfig, type ExceptionConfig, type ProfileConfig, type RuleSetting } from './config-schema.js';
export { BUILTIN_PROFILES, profileNames, resolveProfile, rulesForProfile, UnknownProfileError, type Profile, type RuleOverride } from './profiles.js';
export { ExceptionSet, isoDay, readTags, type ExceptionOptions } from './exceptions.js';
export { applyBaseline, BASELINE_VERSION, BaselineError, formatBaseline, makeBaseline, parseBaseline, type Baseline, type BaselineEntry } from './baseline.js';
export { pairSources, securityChanges, type CfnDiffModule } from './diff.js';
export { STARTER_CONFIG } from './starter.js';
