import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the real API (dotnet, SQLite in a temp folder) and headless Debian Chromium
// driving the local Outlook stand-in page. globalSetup finds Chromium and starts the API once.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    environment: 'node',
    include: ['**/*.browser.test.ts'],
    globalSetup: ['globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
