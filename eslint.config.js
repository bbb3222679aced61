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
    },
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
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
