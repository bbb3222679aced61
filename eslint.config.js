// typescript-eslint's strict type-checked rules over the TypeScript sources, scripts and tests,
// tuned where a rule fights a deliberate habit of this codebase (each with its reason).
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'fixtures/**', 'examples/**', 'deploy/**/node_modules/**', '**/*.generated.*'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }, globals: globals.node },
    rules: {
      // `noUncheckedIndexedAccess` is on, so an index read inside a bounds-checked loop or after a
      // length test is typed `T | undefined`; `!` there states what the check already proved.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Messages interpolate counts, line numbers and flags; numbers and booleans read well as text.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => void expr` arrow shorthands are the idiom for callbacks (event handlers, forEach).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Unused parameters keep a callback's signature readable; prefix `_` marks them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Template values are typed by casts after a shape test (`as Record<string, unknown>`), and parser
      // errors by their libraries' declarations; the checks this rule calls unnecessary are the guards
      // against what users actually write (a `null` where the types promise a value).
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `String(v)` of a template scalar is the deliberate text of a number, boolean or name; objects
      // are tested for before, where they matter.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Types computed from a JSON Schema: `{}` is the neutral element of an intersection (a schema without properties).
    files: ['src/schema/infer.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    // Character codes as a const enum, compared with charCodeAt results: the scanner's hot loop.
    files: ['src/load/parse-json.ts'],
    rules: { '@typescript-eslint/no-unsafe-enum-comparison': 'off' },
  },
  {
    // Tests build untyped JSON outputs and mocks: member access on parsed JSON is the point there.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async interfaces without awaiting; tests restore process.env keys by name.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    // bin/ is CommonJS (bin/package.json): a CommonJS start skips Node's ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
