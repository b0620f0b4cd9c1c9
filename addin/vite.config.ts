import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Pages: the real Outlook pane (taskpane.html) and the manifest's function file (commands.html),
// the local Outlook stand-in (index.html, served at /), and the stand-in's copy of the pane
// (standin/pane.html), which loads the Office.js stand-in instead of the CDN script.
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  publicDir: here('public'),
  build: {
    // The API serves this folder as static files; it is git-ignored.
    outDir: here('../src/OutlookWin.Api/wwwroot'),
    emptyOutDir: true,
    // Hashed bundles go to static/, so they never collide with the manifest icons in assets/.
    assetsDir: 'static',
    target: 'es2022',
    // Every browser Outlook hosts add-ins in supports module preload: no polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      input: {
        index: here('index.html'),
        taskpane: here('taskpane.html'),
        pane: here('standin/pane.html'),
        commands: here('commands.html'),
        // The Office dialog page of the sign-in fallback (hosts without nested app authentication).
        'auth-dialog': here('auth-dialog.html'),
      },
    },
  },
  server: {
    // `npm run dev` serves the pane with hot reload while the API runs on its usual port.
    proxy: { '/api': 'http://localhost:5080', '/sandbox': 'http://localhost:5080' },
  },
});
