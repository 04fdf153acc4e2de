// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Deployables import only `shared/` and themselves; `shared/` imports no deployable. */
const deployables = ['bot', 'pwa', 'sync-server'];
const boundaryRule = (self) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: deployables
        .filter((name) => name !== self)
        .map((name) => ({
          group: [`**/${name}/*`, `**/${name}`],
          message: `${self ?? 'shared'}/ may import only shared/ and itself, never ${name}/.`,
        })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['bin/**/*.mjs', 'app/**/*.mjs', 'sync-server/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['bin/**/*.mjs', 'app/**/*.mjs', 'sync-server/**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...deployables.map((name) => ({ files: [`${name}/**`], rules: boundaryRule(name) })),
  {
    // The composition root wires the server and the bot; the PWA is built separately.
    files: ['app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/pwa/*', '**/pwa'],
              message: 'app/ wires the server and the bot; the PWA is built separately.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...deployables.map((name) => ({
              group: [`**/${name}/*`, `**/${name}`],
              message: 'shared/ is imported by the deployables, never the other way round.',
            })),
            { group: ['node:*'], message: 'shared/ runs in browsers and workers too: no node: imports.' },
          ],
          paths: ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'https', 'url', 'util', 'stream', 'zlib'].map(
            (name) => ({ name, message: 'shared/ is isomorphic: no Node built-ins.' }),
          ),
        },
      ],
    },
  },
);
