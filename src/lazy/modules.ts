/**
 * Libraries and generated code that a plain run (templates, no config file, no user rules, no
 * parameter file, no fix) does not use: js-yaml (the YAML the direct reader leaves to it, and sniffing
 * of files that failed to parse), jsonpath-plus (user rule paths the engine does not read itself), the
 * `yaml` package (fallback reader, sniffing of files that failed to parse, parameter, config and rule
 * files, the fix command), jsonc-parser (sniffing, cdk.out
 * error positions, JSON fixes), minimatch (config exceptions, globs), the JSON Schema validators
 * (config and rule files) and safe-regex2 (user patterns). Every use goes through these functions, so
 * each library is one copy in each bundle.
 *
 * This file loads them with the module, as the tests, the API and the Action and Lambda bundles do.
 * The CLI build (scripts/lazy-modules.mjs) puts ./split-modules.ts in its place, which requires each
 * library from a file of its own beside the bundle on first use, so start-up does not compile them.
 */
import * as jsYaml from 'js-yaml';
import * as yaml from 'yaml';
import { findNodeAtLocation, modify, parse, parseTree } from 'jsonc-parser';
import { minimatch } from 'minimatch';
import safeRegex from 'safe-regex2';
import { JSONPath } from 'jsonpath-plus';
import * as validators from '../schema/validators.generated.js';

export type YamlModule = typeof yaml;
export type JsYamlModule = typeof jsYaml;
// The functions used, named: a bundle that takes this file keeps only them.
const jsonc = { findNodeAtLocation, modify, parse, parseTree };
const glob = { minimatch };
const jsonPath = { JSONPath };

export type JsoncModule = typeof jsonc;
export type MinimatchModule = typeof glob;
export type JsonPathModule = typeof jsonPath;
export type SafeRegex = typeof safeRegex;
export type Validators = typeof validators;

/** The `yaml` package. */
export const yamlModule = (): YamlModule => yaml;

/** js-yaml. */
export const jsYamlModule = (): JsYamlModule => jsYaml;

/** jsonc-parser. */
export const jsoncModule = (): JsoncModule => jsonc;

/** jsonpath-plus (its script evaluation is always off: the engine passes `eval: false`). */
export const jsonPathModule = (): JsonPathModule => jsonPath;

/** minimatch. */
export const minimatchModule = (): MinimatchModule => glob;

/** safe-regex2's star-height check. */
export const safeRegexCheck = (): SafeRegex => safeRegex;

/** The validators compiled from the rule and config schemas (src/schema/validators.generated.js). */
export const schemaValidators = (): Validators => validators;
