// Layer rules live here (docs/architecture.md, « Couches »): a forbidden import is a lint error,
// and `npm test` runs lint with zero warnings, so it fails the build.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** renderer/'s folders from top to bottom (docs/architecture.md). */
const RENDERER_LAYERS = ['app', 'pages', 'components', 'sync', 'data', 'pdf', 'i18n', 'platform'];

/** One message per layer, so the error says what to do instead. */
const forbid = (layer, extraPaths, patterns, doc = 'docs/architecture.md, Couches') => ({
  'no-restricted-imports': [
    'error',
    {
      paths: extraPaths.map((name) => ({
        name,
        message: `${layer} ne peut pas importer « ${name} » (voir ${doc}).`,
      })),
      patterns: [
        {
          group: ['../../*'],
          message: 'Pas de chaînes ../../ : utilisez les alias @shared/, @renderer/, @main/.',
        },
        ...patterns.map((group) => ({
          group: [group],
          message: `${layer} ne peut pas importer « ${group} » (voir ${doc}).`,
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
  // Inside renderer/, imports go one way: app → pages → components → sync → data → pdf →
  // i18n, platform → shared/. A folder may import those below it, never those above.
  ...RENDERER_LAYERS.map((folder, rank) => ({
    files: [`renderer/${folder}/**/*.{ts,tsx}`],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: forbid(
      `renderer/${folder}/`,
      [...nodeBuiltins, 'electron'],
      [
        '@main/*',
        '@server/*',
        'node:*',
        'electron/*',
        ...RENDERER_LAYERS.slice(0, rank).map((above) => `@renderer/${above}/*`),
      ],
      'docs/architecture.md, Couches du renderer',
    ),
  })),
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
