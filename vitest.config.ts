import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/i18n/catalogues';

export default defineConfig({
  plugins: [react(), messagesPlugin(resolve(import.meta.dirname, 'renderer/i18n/messages'))],
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Components render English in tests unless a test loads another language.
    setupFiles: ['renderer/i18n/testSetup.ts'],
    testTimeout: 20000,
    pool: 'forks',
  },
});
