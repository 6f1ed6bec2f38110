// @ts-check
/**
 * ESLint flat config: the architecture's boundaries, naming, and no raw-HTML or dynamic-code sinks.
 *
 * Layers, in order: global ignores → JS base → typescript-eslint strict type-checked (TS only) →
 * React (hooks, a11y, TanStack Query) → file naming → imports (order, resolution, boundaries) →
 * security sinks → tests → config/scripts.
 *
 * `no-restricted-syntax` and `no-restricted-imports` do not merge across config objects (a later
 * object replaces the earlier options), so every area that needs extra selectors spreads the
 * shared `sinkSelectors` list into its own entry.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { defineConfig, globalIgnores } from 'eslint/config'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'
import { importX } from 'eslint-plugin-import-x'
import jestDom from 'eslint-plugin-jest-dom'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname
const TS = ['**/*.{ts,tsx,mts,cts}']
const JS = ['**/*.{js,mjs,cjs}']
const SRC = ['src/**/*.{ts,tsx}']
const TEST = ['test/**/*.{ts,tsx}']

/* --------------------------------------------------- security sinks (ASVS5 1.3.2, 3.2.2) */

/** Raw-HTML and dynamic-code sinks banned everywhere in src/ (OWASP XSS prevention). */
const sinkSelectors = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is a raw-HTML sink (XSS, ASVS5 3.2.2). Render text with JSX instead.',
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is a raw-HTML sink (XSS, ASVS5 3.2.2). Render text with JSX instead.',
  },
  {
    selector: 'JSXAttribute[name.name=/^(srcDoc|srcdoc)$/]',
    message: 'iframe srcdoc is a raw-HTML sink (XSS, ASVS5 3.2.2).',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)$/]',
    message: 'innerHTML/outerHTML/insertAdjacentHTML are raw-HTML sinks (XSS, ASVS5 3.2.2). Use textContent or JSX.',
  },
  {
    selector:
      'MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)$/]',
    message: 'innerHTML/outerHTML/insertAdjacentHTML are raw-HTML sinks (XSS, ASVS5 3.2.2). Use textContent or JSX.',
  },
  {
    selector: "MemberExpression[object.name='document'][property.name=/^(write|writeln)$/]",
    message: 'document.write is a raw-HTML sink (XSS, ASVS5 3.2.2).',
  },
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: 'new Function() is dynamic code evaluation (ASVS5 1.3.2: no eval).',
  },
  {
    selector: "MemberExpression[object.name='document'][property.name='cookie']",
    message:
      'The session lives in an HttpOnly cookie the app never reads (OWASP ASVS5 3.3.4); do not touch document.cookie.',
  },
]

/** Extra bans for production code: no storage of personal data by accident (ASVS5 14.3.3). */
const restrictedProperties = [
  { object: 'document', property: 'cookie', message: 'Never read or write document.cookie (ASVS5 14.3.3).' },
  { object: 'document', property: 'write', message: 'document.write is a raw-HTML sink (XSS, ASVS5 3.2.2).' },
  { object: 'document', property: 'writeln', message: 'document.write is a raw-HTML sink (XSS, ASVS5 3.2.2).' },
  { object: 'window', property: 'eval', message: 'eval is dynamic code evaluation (ASVS5 1.3.2: no eval).' },
  { object: 'globalThis', property: 'eval', message: 'eval is dynamic code evaluation (ASVS5 1.3.2: no eval).' },
]

/** Builds an esquery selector matching every static, dynamic or re-export import whose source matches `re`. */
const importSourceSelector = (/** @type {string} */ re) =>
  [
    `ImportDeclaration[source.value=${re}]`,
    `ImportExpression[source.value=${re}]`,
    `ExportNamedDeclaration[source.value=${re}]`,
    `ExportAllDeclaration[source.value=${re}]`,
  ].join(', ')

/* ------------------------------------------------------ boundaries (the architecture's layers) */

// Features the architecture plans, plus whatever folders exist now, so a new feature is fenced in at once.
const featureNames = [
  ...new Set([
    'auth',
    'my-data',
    'exports',
    'contact-preferences',
    'consents',
    'rights-requests',
    'policy-archive',
    ...safeReaddir(path.join(root, 'src/features')),
  ]),
]

/** @param {string} dir */
function safeReaddir(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  } catch {
    return []
  }
}

/**
 * `import-x/no-restricted-paths` zones. `target` = the importing files, `from` = what they may not import.
 * Paths resolve through eslint-import-resolver-typescript, so `#src/*` (package.json `imports`) and
 * relative specifiers are judged the same. An import the resolver cannot resolve is reported by
 * `import-x/no-unresolved`, so nothing slips past the zones unseen.
 */
const boundaryZones = [
  // Features are islands: a feature never imports another feature.
  ...featureNames.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features are islands: compose features in src/app, never import one from another.',
  })),
  // The contract imports only zod and its own files (externals are policed by no-restricted-syntax below).
  {
    target: './src/contract',
    from: './src',
    except: ['./contract'],
    message: 'src/contract imports only zod and its own files: the wire format depends on nothing else.',
  },
  // Shared layers never depend on features, app, mocks or the dev panel.
  ...['components', 'lib', 'config', 'contract'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/features', './src/app', './src/mocks', './src/dev-panel', './src/main.tsx'],
    message: `src/${layer} is shared code and must not import features, app, mocks or the dev panel.`,
  })),
  // The mock backend imports only contract, config and React-free lib helpers.
  {
    target: './src/mocks',
    from: ['./src/features', './src/app', './src/components', './src/dev-panel', './src/styles', './src/main.tsx'],
    message: 'src/mocks imports only src/contract, src/config and React-free src/lib helpers, like a real server.',
  },
  {
    target: './src/mocks',
    from: './src/lib/**/*.tsx',
    message: 'src/mocks must stay React-free: it may not import .tsx modules from src/lib.',
  },
  // A rights request changes other areas' data only through the effects' one entry point (src/mocks/effects/).
  {
    target: './src/mocks/rights-requests',
    from: './src/mocks/effects',
    except: ['./rights-request-outcomes.ts'],
    message: 'The rights-requests area reaches other areas through effects/rights-request-outcomes.ts only.',
  },
  // Nothing in src imports test/.
  { target: './src', from: './test', message: 'Production code never imports test/.' },
  // Outside mocks/ and dev-panel/, only src/main.tsx may import them (and only dynamically, see below).
  ...['app', 'features', 'components', 'lib', 'config', 'contract', 'styles'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/mocks', './src/dev-panel'],
    message:
      'Only src/main.tsx may load src/mocks or src/dev-panel, dynamically, behind __MOCKS_ENABLED__ (ASVS5 15.2.3).',
  })),
]

const reactPackages = [
  'react',
  'react-dom',
  'react-router',
  '@tanstack/react-query',
  'react-hook-form',
  '@hookform/resolvers',
]

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-demo/',
    'dist-demo-*/',
    'public/mockServiceWorker.js',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    'coverage/',
  ]),

  /* ------------------------------------------------------------------------------ base */
  {
    name: 'privacy-centre/base',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser } },
  },
  js.configs.recommended,

  /* ------------------------------------------------------------------------ TypeScript */
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: TS })),
  {
    name: 'privacy-centre/typescript',
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: true },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true, 'ts-nocheck': true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Matches React Router's `throw redirect()` idiom (a Response is thrown on purpose).
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'lib', name: 'Response' }], allowThrowingUnknown: false },
      ],
      '@typescript-eslint/no-implied-eval': 'error',
      // `onClick={() => setOpen(false)}` is idiomatic React; braces add nothing there.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },

  /* ---------------------------------------------------------------- React (src + test) */
  {
    ...reactHooks.configs.flat.recommended,
    name: 'privacy-centre/react-hooks',
    files: [...SRC, ...TEST],
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  { ...jsxA11y.flatConfigs.recommended, name: 'privacy-centre/jsx-a11y', files: ['src/**/*.tsx', 'test/**/*.tsx'] },
  {
    name: 'privacy-centre/jsx-a11y-scroll-regions',
    files: ['src/**/*.tsx'],
    rules: {
      // A scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1, axe
      // scrollable-region-focusable); the rule's default only allows tabpanel.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  ...pluginQuery.configs['flat/recommended-strict'].map((config) => ({ ...config, files: [...SRC, ...TEST] })),
  {
    name: 'privacy-centre/query',
    files: [...SRC, ...TEST],
    rules: { '@tanstack/query/exhaustive-deps': 'error', '@tanstack/query/no-rest-destructuring': 'error' },
  },

  /* ----------------------------------------------------------------------------- file naming */
  {
    name: 'privacy-centre/file-naming',
    files: [...SRC, ...TEST],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '{src,test}/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,test}/**/': 'KEBAB_CASE' }],
      'check-file/no-index': 'error',
      'check-file/filename-blocklist': [
        'error',
        { 'src/**/*.test.*': 'test/**/*.test.*', 'src/**/*.spec.*': 'test/e2e/*.spec.ts' },
        { errorMessage: 'Tests live under test/, mirroring src/: move "{{ target }}" out of src/.' },
      ],
    },
  },

  /* --------------------------------------------------------------------------------- imports */
  {
    name: 'privacy-centre/imports',
    files: [...TS, ...JS],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json'), alwaysTryTypes: true }),
      ],
      'import-x/internal-regex': '^#(src|test)/',
    },
    rules: {
      'import-x/order': [
        'error',
        {
          // `import type` sorts with its source's group (no separate 'type' group).
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/first': 'error',
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:', '\\?(raw|url|inline|worker)$'] }],
    },
  },
  {
    name: 'privacy-centre/boundaries',
    files: SRC,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
      // Named exports only, one name per thing; lazy routes use React Router's `lazy` with named exports.
      'import-x/no-default-export': 'error',
    },
  },

  /* --------------------------------------------------- security and hygiene in src/ */
  {
    name: 'privacy-centre/src',
    files: SRC,
    rules: {
      'no-console': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'off', // replaced by @typescript-eslint/no-implied-eval (catches string setTimeout)
      'no-script-url': 'error',
      'no-restricted-properties': ['error', ...restrictedProperties],
      'no-restricted-syntax': ['error', ...sinkSelectors],
    },
  },
  {
    name: 'privacy-centre/contract',
    files: ['src/contract/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...sinkSelectors,
        {
          // Allowed: zod, relative paths (kept inside src/contract by the zone above), #src/contract/*.
          selector: importSourceSelector(String.raw`/^(?!zod(\u002F|$)|\.\.?\u002F|#src\u002Fcontract\u002F)/`),
          message: 'src/contract imports only zod and its own files: the wire format depends on nothing else.',
        },
      ],
    },
  },
  {
    name: 'privacy-centre/mocks',
    files: ['src/mocks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: reactPackages.map((name) => ({ name, message: 'src/mocks is React-free, like a real server.' })),
          patterns: [
            {
              group: reactPackages.map((name) => `${name}/*`),
              message: 'src/mocks is React-free, like a real server.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'privacy-centre/main',
    files: ['src/main.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...sinkSelectors,
        {
          // Value imports only: `import type` is erased and cannot ship mock code.
          selector: `ImportDeclaration[importKind!='type'][source.value=/(^|\\u002F)(mocks|dev-panel)(\\u002F|$)/]`,
          message:
            'src/main.tsx loads mocks and the dev panel only with a dynamic import() behind __MOCKS_ENABLED__ (ASVS5 15.2.3).',
        },
      ],
    },
  },
  {
    // The dev panel and the mock backend are never in a production bundle, so console output is allowed.
    name: 'privacy-centre/dev-only-console',
    files: ['src/mocks/**/*.{ts,tsx}', 'src/dev-panel/**/*.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },

  /* --------------------------------------------------------------------------- tests */
  {
    ...testingLibrary.configs['flat/react'],
    name: 'privacy-centre/testing-library',
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/e2e/**'],
  },
  {
    ...jestDom.configs['flat/recommended'],
    name: 'privacy-centre/jest-dom',
    files: ['test/**/*.{ts,tsx}'],
    ignores: ['test/e2e/**'],
  },
  {
    name: 'privacy-centre/test',
    files: TEST,
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'off',
      // Tests use non-null assertions on elements they have just asserted to exist.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The API suite also runs against a real backend (npm run test:api, docs/api-tests.md): HTTP only.
    name: 'privacy-centre/api-tests',
    files: ['test/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#src/mocks/*', 'msw', 'msw/*', '#test/setup', '#test/support/render-*'],
              message:
                'test/api runs against a real API too (npm run test:api): HTTP only, through #test/support/api-session. A test that needs the mock belongs in test/mocks/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest runs without globals, so Testing Library cannot register its automatic cleanup: setup does it.
    name: 'privacy-centre/test-setup',
    files: ['test/setup.ts'],
    rules: { 'testing-library/no-manual-cleanup': 'off' },
  },
  {
    // Node-side test code: Playwright specs and the build scan read files and spawn processes.
    name: 'privacy-centre/e2e',
    files: ['test/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' }, // Playwright fixtures take a `use` callback
  },

  /* ------------------------------------------------------------- config files and scripts */
  {
    ...tseslint.configs.disableTypeChecked,
    name: 'privacy-centre/js-untyped',
    files: JS,
  },
  {
    name: 'privacy-centre/node-tooling',
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts,mjs}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
])
