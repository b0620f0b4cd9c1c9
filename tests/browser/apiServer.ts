import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApi {
  baseUrl: string;
  /** Everything the API printed, for diagnosing a failed start. */
  output(): string;
  stop(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** A free loopback port, picked by the OS. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

/** Kills the process group started for the API (dotnet run and the app it launched). */
function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts the built API (Release, --no-build) on a free loopback port with a SQLite file in a
 * temp folder, Development sign-in and the in-process Sandbox mailbox, and waits until the pane's page
 * is served (every API route needs a signed-in user, so readiness is read off a static file).
 */
export async function startApi(
  options: {
    timeoutMs?: number;
    /** Development (the default: dev sign-in, the Sandbox mailbox) or Production with the settings in `env`. */
    environment?: 'Development' | 'Production';
    /** More settings for the API, as environment variables (they win over the defaults above). */
    env?: Record<string, string>;
  } = {},
): Promise<RunningApi> {
  const environment = options.environment ?? 'Development';
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'outlookwin-browser-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    'dotnet',
    ['run', '--project', 'src/OutlookWin.Api', '-c', 'Release', '--no-build', '--no-launch-profile', '--urls', baseUrl],
    {
      cwd: repoRoot,
      detached: true, // own process group, so stop() ends dotnet run and the API it launched
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: environment,
        DOTNET_ENVIRONMENT: environment,
        Storage__Provider: 'Sqlite',
        Storage__ConnectionString: `Data Source=${join(dataDir, 'outlookwin.db')}`,
        Mailbox__Provider: environment === 'Development' ? 'Sandbox' : 'Graph',
        Sandbox__DataPath: join(dataDir, 'sandbox'),
        // A message sent from Outlook's compose window is found in Sent Items by the watcher's
        // sweep (a minute by default); a second keeps the compose-path test short.
        Tracking__SweepInterval: '00:00:01',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_NOLOGO: '1',
        ...options.env,
      },
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  // If the runner dies without its teardown (killed, broken pipe), still take the API down.
  const onRunnerExit = () => killTree(child, 'SIGKILL');
  process.once('exit', onRunnerExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', onRunnerExit);
    if (exited === null) {
      killTree(child, 'SIGTERM');
      const gone = await new Promise<boolean>((ok) => {
        const timer = setTimeout(() => ok(false), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          ok(true);
        });
      });
      if (!gone) killTree(child, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  // The anonymous health endpoint; overridable only to diagnose a server that lacks it.
  const readyPath = process.env['OUTLOOKWIN_READY_PATH'] ?? '/taskpane.html';
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited !== null) {
      await stop();
      throw new Error(`The API exited with code ${exited} before it was ready.\n${log}`);
    }
    try {
      const response = await fetch(`${baseUrl}${readyPath}`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        return { baseUrl, output: () => log, stop };
      }
      last = `GET ${readyPath} answered ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The API was not ready within ${options.timeoutMs ?? 90_000} ms (${last}).\n${log}`);
}
