import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { build, type Plugin } from 'vite';
import { messagesPlugin } from './scripts/i18n/catalogues';

const root = import.meta.dirname;

/**
 * The phone page is built on its own, after the console and projector: sharing chunks with
 * them would make phones download the console's share of zod (the phone budget is 100 KB gzip).
 * It runs on Preact's React-compatible API: the same components, a tenth of react-dom's weight.
 */
function phonePage(): Plugin {
  return {
    name: 'outside-in:phone-page',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root: resolve(root, 'renderer'),
        base: './',
        logLevel: 'warn',
        plugins: [react(), messagesPlugin(resolve(root, 'renderer/i18n/messages'))],
        resolve: {
          alias: [
            { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
            { find: /^react-dom$/, replacement: 'preact/compat' },
            { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
            { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
            { find: /^react$/, replacement: 'preact/compat' },
          ],
        },
        build: {
          outDir: resolve(root, 'out/renderer'),
          emptyOutDir: false,
          minify: true,
          rollupOptions: {
            input: { phone: resolve(root, 'renderer/phone/index.html') },
            // Named so the size budget can tell the one language a phone loads from the inputs.
            output: {
              chunkFileNames: (chunk) =>
                chunk.facadeModuleId?.endsWith('.json?messages')
                  ? 'assets/lang-[name]-[hash].js'
                  : 'assets/[name]-[hash].js',
            },
          },
        },
      });
    },
  };
}

/**
 * write-excel-file zips with fflate's asynchronous API, which runs in a Worker from a blob: URL
 * that the pages' Content-Security-Policy refuses. In the renderer it gets a synchronous zip.
 */
function syncZipForSpreadsheets(): Plugin {
  const shim = resolve(root, 'renderer/console/results/syncZip.ts');
  return {
    name: 'outside-in:sync-zip',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'fflate' && importer?.includes('write-excel-file') ? shim : null;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          serve: resolve(root, 'electron/serve.ts'),
          hubProcess: resolve(root, 'electron/hubProcess/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [
      react(),
      messagesPlugin(resolve(root, 'renderer/i18n/messages')),
      phonePage(),
      syncZipForSpreadsheets(),
    ],
    // Bundled from source even in dev, so its fflate import goes through the plugin above.
    optimizeDeps: { exclude: ['write-excel-file'] },
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: {
          console: resolve(root, 'renderer/console/index.html'),
          projector: resolve(root, 'renderer/projector/index.html'),
        },
      },
    },
  },
});
