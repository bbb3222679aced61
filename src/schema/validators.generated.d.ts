/**
 * Declarations for the JSON Schema validators that scripts/catalogue.mjs compiles with ajv's
 * standalone code generation (the .js file is built, not committed): start-up loads plain
 * functions, not ajv.
 */
export interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  readonly data?: unknown;
  readonly parentSchema?: Readonly<Record<string, unknown>>;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

/** `RULE_SCHEMA` (src/rules/rule-schema.ts). */
export const validateRule: CompiledValidator;
/** `LEGACY_RULE_SCHEMA`: one entry of the original audit-Lambda list. */
export const validateLegacyRule: CompiledValidator;
/** `CONFIG_SCHEMA` (src/policy/config-schema.ts). */
export const validateConfig: CompiledValidator;
