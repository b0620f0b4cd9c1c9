// The one test command: `npm test` (or `node scripts/test.mjs`). Installs the npm packages when
// needed, builds the task pane, then runs the C# suites, the pane's unit tests and the browser
// tests, and ends with one line: "<N> passed, <M> failed, <K> skipped" over all of them.
// CI=true makes the browser tests mandatory (no Chromium is then a failure, not a skip).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heading, needsNpmCi, npm, npx, run } from './lib.mjs';

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];
/** Each failed test, named with the first lines of its message, repeated in the summary. */
const failures = [];
const work = mkdtempSync(join(tmpdir(), 'outlookwin-test-'));

/** Records a step; a failed step with no failed test in its counts still counts as one failure. */
function record(name, code, counts, seconds) {
  const failedTests = counts?.failed ?? 0;
  const failed = code !== 0 || failedTests > 0;
  totals.passed += counts?.passed ?? 0;
  totals.skipped += counts?.skipped ?? 0;
  totals.failed += failedTests > 0 ? failedTests : failed ? 1 : 0;
  steps.push({ name, ok: !failed, counts, seconds });
  return !failed;
}

/** Sums the per-assembly summaries `dotnet test` (VSTest) prints. */
function dotnetCounts(output) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let found = false;
  const line = /(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+),\s+Total:\s+(\d+)/g;
  for (const m of output.matchAll(line)) {
    found = true;
    counts.failed += Number(m[1]);
    counts.passed += Number(m[2]);
    counts.skipped += Number(m[3]);
  }
  return found ? counts : undefined;
}

/** Reads vitest's JSON report. */
function vitestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    for (const suite of report.testResults ?? []) {
      for (const t of suite.assertionResults ?? []) {
        if (t.status !== 'failed') continue;
        const message = (t.failureMessages ?? []).join('\n').split('\n').filter((l) => l.trim()).slice(0, 6);
        failures.push({ name: t.fullName ?? t.title, message: message.map((l) => l.trim().slice(0, 300)) });
      }
    }
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return undefined;
  }
}

let lastOutput = '';

/** Collects each failed C# test with the first lines of its error message, for the summary. */
function dotnetFailures(output) {
  const lines = output.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s+Failed\s+(\S.*?)\s+\[[^\]]*\]\s*$/.exec(lines[i]);
    if (!m) continue;
    const message = [];
    let j = i + 1;
    if (/^\s+Error Message:/.test(lines[j] ?? '')) {
      for (j++; j < lines.length && message.length < 6 && !/^\s+(Stack Trace:|Failed |Passed )/.test(lines[j]); j++) {
        if (lines[j].trim()) message.push(lines[j].trim().slice(0, 300));
      }
    }
    failures.push({ name: m[1], message });
  }
}

async function step(name, command, args, countsFrom, env) {
  heading(name);
  const t0 = Date.now();
  const { code, output } = await run(command, args, { env });
  lastOutput = output;
  if (command === 'dotnet') dotnetFailures(output);
  return record(name, code, countsFrom?.(output), (Date.now() - t0) / 1000);
}

async function vitest(name, config, reportName) {
  const report = join(work, `${reportName}.json`);
  return step(
    name,
    npx,
    ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    () => vitestCounts(report),
  );
}

let installed = true;
if (needsNpmCi()) {
  installed = await step('npm ci', npm, ['ci', '--no-audit', '--no-fund']);
}
const built = installed && (await step('Task pane build (vite)', npm, ['run', 'build']));
await step(
  'C# tests (dotnet test)',
  'dotnet',
  ['test', 'OutlookWin.sln', '-c', 'Release', '-p:SkipTaskPaneBuild=true', '--nologo'],
  dotnetCounts,
);
// A compile error means bin/ may hold an older API: the browser tests must not run against it.
const apiBuilt = !/\berror (CS|MSB|NU)\d+/.test(lastOutput);
if (installed) {
  await vitest('Task pane unit tests (vitest)', 'addin/vitest.config.ts', 'unit');
}
if (installed && built && apiBuilt) {
  // The browser tests run the API that `dotnet test` just built (Release, --no-build).
  await vitest('Browser tests (Chromium, real API)', 'tests/browser/vitest.config.ts', 'browser');
} else {
  heading('Browser tests (Chromium, real API)');
  process.stdout.write(
    apiBuilt ? 'not run: the npm install or the task pane build failed\n' : 'not run: the API did not build\n',
  );
  record('Browser tests (Chromium, real API)', 1, undefined, 0);
}

rmSync(work, { recursive: true, force: true });

heading(`Summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
for (const s of steps) {
  const c = s.counts ? ` — ${s.counts.passed} passed, ${s.counts.failed} failed, ${s.counts.skipped} skipped` : '';
  process.stdout.write(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(0)} s)${c}\n`);
}
for (const f of failures.slice(0, 20)) {
  const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
  process.stdout.write(`  failed: ${plain(f.name)}\n`);
  for (const line of f.message) process.stdout.write(`          ${plain(line)}\n`);
}
if (failures.length > 20) process.stdout.write(`  … and ${failures.length - 20} more failed tests (see above)\n`);
const browser = steps.find((s) => s.name.startsWith('Browser tests'));
if (browser?.counts && browser.counts.passed === 0 && browser.counts.failed === 0 && browser.counts.skipped > 0) {
  process.stdout.write('!!! BROWSER TESTS NOT RUN: chromium not found on PATH (see above) !!!\n');
}
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
