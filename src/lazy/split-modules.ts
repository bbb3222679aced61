/**
 * The CLI's src/lazy/modules.ts (scripts/lazy-modules.mjs substitutes it): each library is a CommonJS
 * file of its own in dist/cli/lazy/, required synchronously the first time a caller asks for it, so a
 * plain run neither reads nor compiles it. Each is compiled from the code cache the build made for it
 * (src/adapters/code-cache.ts). The paths are relative to the bundle file this module is built into,
 * which the build checks is directly in dist/cli/.
 */
import { fileURLToPath } from 'node:url';
import { requireBundle } from '../adapters/code-cache.js';
import type { JsoncModule, JsonPathModule, JsYamlModule, MinimatchModule, SafeRegex, Validators, YamlModule } from './modules.js';

const loaded = new Map<string, unknown>();

/** A file of dist/cli/lazy/, required on its first use (the callers ask for it on every use). */
function required(file: string): unknown {
  let exports = loaded.get(file);
  if (exports === undefined) loaded.set(file, (exports = requireBundle(fileURLToPath(new URL(file, import.meta.url)))));
  return exports;
}

export const yamlModule = (): YamlModule => required('./lazy/yaml.cjs') as YamlModule;
export const jsYamlModule = (): JsYamlModule => required('./lazy/js-yaml.cjs') as JsYamlModule;
export const jsoncModule = (): JsoncModule => required('./lazy/jsonc-parser.cjs') as JsoncModule;
export const jsonPathModule = (): JsonPathModule => required('./lazy/jsonpath-plus.cjs') as JsonPathModule;
export const minimatchModule = (): MinimatchModule => required('./lazy/minimatch.cjs') as MinimatchModule;
export const safeRegexCheck = (): SafeRegex => required('./lazy/safe-regex.cjs') as SafeRegex;
export const schemaValidators = (): Validators => required('./lazy/validators.cjs') as Validators;
