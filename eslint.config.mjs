// One flat config for the whole monorepo: typescript-eslint with type information, Temporal's rules for
// workflow code, prettier for formatting (run separately by `pnpm lint`).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '.temporal/**',
      '**/jest*.config.js',
      'jest.config.base.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.mjs', 'packages/*/scripts/*.ts'] } },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Activities and handlers are async by contract even when their body has nothing to await.
      '@typescript-eslint/require-await': 'off',
      // Packages reach each other by name (workspace:*), never by relative path or into build output.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/**', '@reference/*/dist/**', '@reference/*/src/**'],
              message: 'import sibling packages by name',
            },
            {
              group: ['@temporalio/*/lib/**'],
              message: "the SDK's internals change without notice: import from the package's public entry point",
            },
          ],
        },
      ],
    },
  },
  {
    // Workflow code runs deterministically in a V8 isolate: no Node built-ins, activities by type only.
    files: ['packages/workflows/src/**/*.ts', 'apps/benchmark/src/peers/floor-workflow.ts'],
    // Test code runs in Node, not in the sandbox: tests, their helpers, recording scenarios and the package's jest
    // set-up (fixtures stay workflow code). The same rule as packages/boundaries' workflow-imports test.
    ignores: [
      'packages/workflows/src/**/*.test.ts',
      'packages/workflows/src/**/*.test-helpers.ts',
      'packages/workflows/src/**/recording-scenarios.ts',
      'packages/workflows/src/testing/jest-global-*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'workflow code must not use Node built-ins (it runs in a deterministic sandbox)',
            })),
            {
              name: '@reference/activities',
              allowTypeImports: true,
              message: 'workflow code imports activities by type only: `import type * as activities`',
            },
            {
              name: '@reference/models',
              allowTypeImports: true,
              message: "workflow code checks values through '@reference/models/wire' (no zod in the sandbox)",
            },
          ],
        },
      ],
    },
  },
  {
    // The wire contract is published as JSON Schema (packages/models/src/json-schema.ts), which states no refinement
    // and no overwrite: zod would check a value one way and the worker's compiled validators another.
    files: ['packages/models/src/**/*.ts'],
    ignores: [
      'packages/models/src/**/*.test.ts',
      'packages/models/src/cross-field-check.ts',
      'packages/models/src/duration-check.ts',
      'packages/models/src/duration.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > MemberExpression.callee > Identifier.property[name=/^(refine|superRefine|overwrite|trim|toLowerCase|toUpperCase|transform|preprocess)$/]',
          message:
            'JSON Schema cannot state it: a cross-field rule goes in cross-field-rules.ts, a keyword JSON Schema lacks in metadata (fields.ts)',
        },
      ],
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  prettier,
);
