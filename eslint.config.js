import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Words a room reads; the product's name is the one allowed everywhere. */
const WORDS = /\p{L}/u;
const allowed = (text) => !WORDS.test(text.replace(/Outside-In/g, ''));
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'label',
  'hint',
  'aria-valuetext',
]);

/** A `{…}` the page shows: a child of an element, or the value of a text attribute (not a class name). */
const shown = (container) =>
  container.parent.type !== 'JSXAttribute' || TEXT_ATTRIBUTES.has(container.parent.name.name);

/** Phones and the projector speak the room's language: their words come from renderer/i18n catalogues. */
const noJsxLiterals = {
  meta: {
    type: 'problem',
    messages: { literal: 'User-facing text “{{text}}”: use t() from renderer/i18n.' },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'literal', data: { text: text.trim() } });
    return {
      JSXText(node) {
        if (!allowed(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const value = node.value;
        if (
          value?.type === 'Literal' &&
          typeof value.value === 'string' &&
          TEXT_ATTRIBUTES.has(node.name.name)
        )
          if (!allowed(value.value)) report(value, value.value);
      },
      'JSXExpressionContainer > Literal'(node) {
        if (typeof node.value === 'string' && shown(node.parent) && !allowed(node.value))
          report(node, node.value);
      },
      'JSXExpressionContainer > TemplateLiteral'(node) {
        const text = node.quasis.map((q) => q.value.cooked).join(' ');
        if (shown(node.parent) && !allowed(text)) report(node, text);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every screen's words come from the catalogues (renderer/i18n/messages).
    files: ['renderer/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { 'outside-in': { rules: { 'no-jsx-literals': noJsxLiterals } } },
    rules: { 'outside-in/no-jsx-literals': 'error' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'ws'], message: 'Renderer and shared code run without Node.' },
          ],
        },
      ],
    },
  },
);
