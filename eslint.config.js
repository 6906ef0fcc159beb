// Layer rules live here (DESIGN.md, "Layers and folders"): a forbidden import is a lint error,
// and `npm test` runs lint with zero warnings, so it fails the build.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One message per layer, so the error says what to do instead. */
const forbid = (layer, extraPaths, patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: extraPaths.map((name) => ({
        name,
        message: `${layer} ne peut pas importer « ${name} » (voir DESIGN.md, Layers and folders).`,
      })),
      patterns: [
        {
          group: ['../../*'],
          message: 'Pas de chaînes ../../ : utilisez les alias @shared/, @renderer/, @main/.',
        },
        ...patterns.map((group) => ({
          group: [group],
          message: `${layer} ne peut pas importer « ${group} » (voir DESIGN.md, Layers and folders).`,
        })),
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Pas d’export par défaut : exportez un nom.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: forbid(
      'shared/',
      [...nodeBuiltins, 'electron', 'react', 'react-dom', 'rxdb', 'dexie'],
      ['@renderer/*', '@main/*', '@server/*', 'node:*', 'react/*', 'rxdb/*', 'electron/*'],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid('renderer/', [...nodeBuiltins, 'electron'], ['@main/*', '@server/*', 'node:*', 'electron/*']),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/**/*.test.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid('main/', ['react', 'react-dom', 'rxdb', 'dexie'], ['@renderer/*', '@server/*', 'react/*']),
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(
      'server/',
      ['electron', 'react', 'react-dom'],
      ['@renderer/*', '@main/*', 'electron/*', 'react/*'],
    ),
  },
  {
    files: [
      '**/*.test.{ts,tsx}',
      'test/**/*.{ts,mjs}',
      'build/**/*.mjs',
      '*.config.{js,ts}',
      'build/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
