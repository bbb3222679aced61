/** The policy layer: config, profiles, suppressions and exceptions, baselines, change-aware diff, verdict. */
export { CONFIG_FILE_NAMES, ConfigError, parseConfig, type LoadedConfig } from './config.js';
export { resolveProfile, rulesForProfile, UnknownProfileError } from './profiles.js';
export { ExceptionSet } from './exceptions.js';
export { applyBaseline, BaselineError, formatBaseline, makeBaseline, parseBaseline } from './baseline.js';
export { pairSources, securityChanges } from './diff.js';
