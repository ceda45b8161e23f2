// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Each outside library has one owner folder; everything else goes through that folder's functions. */
const OWNERS = [
  { name: 'dexie', owner: 'src/db' },
  { name: 'workbox-window', owner: 'src/pwa' },
  { name: 'i18next', owner: 'src/i18n' },
  { name: 'zod', owner: 'src/core' },
  { name: 'uqr', owner: 'src/core' },
  { name: 'hono', owner: 'src/server' },
  { name: '@hono/node-server', owner: 'src/server' },
  { name: 'kysely', owner: 'src/server' },
  { name: 'better-sqlite3', owner: 'src/server' },
];

function restrictedExcept(owner) {
  return OWNERS.filter((entry) => entry.owner !== owner).map((entry) => ({
    name: entry.name,
    message: `Only ${entry.owner}/ imports ${entry.name}; use its functions instead.`,
  }));
}

function ownershipFor(owner) {
  const paths = restrictedExcept(owner);
  return {
    files: [`${owner}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths,
          patterns: paths.map((entry) => ({ group: [`${entry.name}/*`], message: entry.message })),
        },
      ],
    },
  };
}

/** Every user-visible string goes through i18next: no words written straight into JSX. */
const noLiteralText = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const visible = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label']);
    return {
      JSXText(node) {
        if (/\p{L}{2,}/u.test(node.value)) {
          context.report({
            node,
            message: 'Text shown to users must come from t(…), not be written in JSX.',
          });
        }
      },
      JSXAttribute(node) {
        const isVisible = node.name.type === 'JSXIdentifier' && visible.has(node.name.name);
        if (
          isVisible &&
          node.value?.type === 'Literal' &&
          /\p{L}{2,}/u.test(String(node.value.value))
        ) {
          context.report({ node, message: `The ${node.name.name} text must come from t(…).` });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'challenges/pack.schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  ...['src/db', 'src/pwa', 'src/i18n', 'src/core', 'src/server'].map(ownershipFor),
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/sync/**/*.ts', 'src/sw/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedExcept('none'),
          patterns: restrictedExcept('none').map((e) => ({
            group: [`${e.name}/*`],
            message: e.message,
          })),
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedExcept('src/core'),
          patterns: [
            {
              group: ['node:*', 'preact', 'preact/*', 'dexie'],
              message: 'src/core is plain TypeScript: no DOM, no I/O, no UI.',
            },
            {
              group: [
                '../app/*',
                '../db/*',
                '../server/*',
                '../sync/*',
                '../i18n/*',
                '../pwa/*',
                '../cli/*',
              ],
              message: 'src/core depends on nothing else in src/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.tsx'],
    plugins: { stapjes: { rules: { 'no-literal-text': noLiteralText } } },
    rules: { 'stapjes/no-literal-text': 'error' },
  },
);
