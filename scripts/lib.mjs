// Shared by test.mjs and start.mjs. Node builtins only: these run before node_modules exist.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const isWindows = process.platform === 'win32';

/** npm ci is due when node_modules is missing or package-lock.json changed since the last install. */
export function needsNpmCi() {
  const marker = join(repoRoot, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return true;
  return statSync(join(repoRoot, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) killTree(child, signal);
    process.exit(130);
  });
}

/** Ends a child started by run() and everything it started (it leads its own process group). */
export function killTree(child, signal = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    if (isWindows) child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Runs a command from the repo root, streaming its output live, and resolves with its exit code
 * and everything it printed (for counting results).
 */
export function run(command, args, { env = {}, capture = true } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
      detached: !isWindows,
      shell: isWindows,
    });
    children.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      output += `\n${error.message}\n`;
      process.stderr.write(`${command}: ${error.message}\n`);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolvePromise({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}

export const npm = isWindows ? 'npm.cmd' : 'npm';
export const npx = isWindows ? 'npx.cmd' : 'npx';

export function heading(text) {
  process.stdout.write(`\n==> ${text}\n`);
}
