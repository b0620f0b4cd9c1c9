// The run command: `npm start` (or `node scripts/start.mjs`). Installs the npm packages when
// needed, builds the task pane, and runs the API on http://localhost:5080 (Development: SQLite
// under the git-ignored data folder, Development sign-in). Open http://localhost:5080/ for the
// local Outlook stand-in. `npm start -- --port 5090` (or PORT=5090) runs it on another port.
import { heading, needsNpmCi, npm, run } from './lib.mjs';

async function must(name, command, args, env) {
  heading(name);
  const { code } = await run(command, args, { env, capture: false });
  if (code !== 0) {
    process.stderr.write(`${name} failed (exit code ${code}).\n`);
    process.exit(code);
  }
}

/** The port from `--port N` or PORT, else 5080 (the launch profile's). */
function port() {
  const flag = process.argv.indexOf('--port');
  const value = flag >= 0 ? process.argv[flag + 1] : process.env.PORT;
  if (value === undefined || value === '') return 5080;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    process.stderr.write(`Not a port: ${value}\n`);
    process.exit(2);
  }
  return n;
}

const url = `http://localhost:${port()}`;
if (needsNpmCi()) {
  await must('npm ci', npm, ['ci', '--no-audit', '--no-fund']);
}
await must('Task pane build (vite)', npm, ['run', 'build']);
process.stdout.write(
  `\nStarting the API. The first run restores NuGet packages and compiles the solution: about a minute with little\n` +
    `output. It is ready when it prints "Now listening on: ${url}"; then open ${url}/ for the local Outlook stand-in.\n`,
);
// SkipTaskPaneBuild: the pane was just built; MSBuild reads the variable as a property.
await must(`API on ${url}`, 'dotnet', ['run', '--project', 'src/OutlookWin.Api', '--urls', url], { SkipTaskPaneBuild: 'true' });
