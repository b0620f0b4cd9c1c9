import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The system Chromium: $CHROMIUM_PATH, else `chromium` or `chromium-browser` on PATH. Never downloaded. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (path: string): boolean => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const explicit = env['CHROMIUM_PATH'];
  if (explicit && executable(explicit)) return explicit;
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Flags for a quiet, offline, sandbox-free headless run (root in CI has no user namespaces). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
