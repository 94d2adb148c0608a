import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // public/*.js are small browser scripts served as they are, outside the TypeScript project;
  // scripts/tmp/ is a local scratch folder.
  { ignores: ['dist', 'node_modules', 'coverage', 'public/**/*.js', 'scripts/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `onClick={() => send(...)}` is the idiom of this codebase's views.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  // scripts/*.mjs: plain JavaScript typed with JSDoc, run by Node (and type-checked: checkJs).
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  // The bench also sends functions to run in the page (page.evaluate, addInitScript).
  {
    files: ['scripts/bench/**/*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
