import type { TestProject } from 'vitest/node';
import { startApi, type RunningApi } from './apiServer';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    apiBaseUrl: string;
  }
}

const banner = (lines: string[]): string => {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const rule = '#'.repeat(width);
  return ['', rule, ...lines.map((l) => `# ${l.padEnd(width - 4)} #`), rule, ''].join('\n');
};

let api: RunningApi | undefined;

export async function setup(project: TestProject): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env['CI'] === 'true') {
      throw new Error('BROWSER TESTS CANNOT RUN IN CI: chromium not found on PATH (install the Debian chromium package or set CHROMIUM_PATH).');
    }
    process.stderr.write(
      banner([
        'BROWSER TESTS NOT RUN: chromium not found on PATH',
        'Install Debian chromium (apt-get install chromium) or set CHROMIUM_PATH.',
        'In CI (CI=true) this is a failure.',
      ]),
    );
    project.provide('chromiumPath', '');
    project.provide('apiBaseUrl', '');
    return;
  }
  api = await startApi();
  project.provide('chromiumPath', chromium);
  project.provide('apiBaseUrl', api.baseUrl);
}

export async function teardown(): Promise<void> {
  await api?.stop();
}
