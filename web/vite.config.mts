// Vite build of the workbench into dist/web, which the API process serves at / (src/server/static.ts).
// Everything is bundled from this repository (Lit, the client SDK, graphql-ws): no CDN, no external fonts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The CSP allows no inline script: keep Vite from inlining anything into the page.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
