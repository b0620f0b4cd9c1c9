// The run command: `npm start` (or `node scripts/start.mjs`). Installs the npm packages when
// needed, builds the task pane, and runs the API on http://localhost:5080 (Development: SQLite
// under the git-ignored data folder, Development sign-in). Open http://localhost:5080/ for the
// local Outlook stand-in.
import { heading, needsNpmCi, npm, run } from './lib.mjs';

async function must(name, command, args, env) {
  heading(name);
  const { code } = await run(command, args, { env, capture: false });
  if (code !== 0) {
    process.stderr.write(`${name} failed (exit code ${code}).\n`);
    process.exit(code);
  }
}

if (needsNpmCi()) {
  await must('npm ci', npm, ['ci', '--no-audit', '--no-fund']);
}
await must('Task pane build (vite)', npm, ['run', 'build']);
// SkipTaskPaneBuild: the pane was just built; MSBuild reads the variable as a property.
await must('API on http://localhost:5080', 'dotnet', ['run', '--project', 'src/OutlookWin.Api'], { SkipTaskPaneBuild: 'true' });
