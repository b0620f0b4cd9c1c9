// Reply extraction, compared: OutlookWin's extractor, planer (a port of Mailgun's talon) and email-reply-parser
// (Crisp's), each given the same inputs from ../shared/corpora/reply-extraction (an .eml as the decoded text part its
// source's test parsed, HTML as HTML, text as text), scored with the same lenient rule as ExtractionCorpusTests:
// every expected_contains present and no expected_not_contains present, whitespace collapsed.
//
//   dotnet build src/OutlookWin.Cli -c Release && npm run compare:extraction
//
// A measurement, not a test: it prints each suite's pass counts for the three extractors.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import planer from 'planer';
import EmailReplyParser from 'email-reply-parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(root, '../shared/corpora/reply-extraction');
if (!existsSync(join(corpus, 'cases.jsonl'))) {
  console.log('skipped: ../shared not found');
  process.exit(0);
}
const cli = join(root, 'src/OutlookWin.Cli/bin/Release/net10.0/outlookwin.dll');
if (!existsSync(cli)) {
  console.error(`build the CLI first: dotnet build src/OutlookWin.Cli -c Release (${cli} not found)`);
  process.exit(2);
}

const cases = readFileSync(join(corpus, 'cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const inputOf = (c) => join(corpus, c.format === 'eml' ? c.text_body_file : c.fixture);

// Ours, through the CLI, all files in one run (one JSON line each, in order).
const ours = new Map();
const files = cases.map(inputOf);
for (let i = 0; i < files.length; i += 200) {
  const chunk = files.slice(i, i + 200);
  let out;
  try {
    out = execFileSync('dotnet', [cli, 'extract', ...chunk], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    out = e.stdout; // exit code 1: some file failed; the others are still read
  }
  for (const line of out.split('\n').filter((l) => l.trim())) {
    const r = JSON.parse(line);
    ours.set(resolve(r.file), r.replyText ?? `!! ${r.error}`);
  }
}

const dom = new JSDOM('<!doctype html><html><body></body></html>');
const htmlText = (html) => {
  const d = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
  return d.body.textContent ?? '';
};
const extractors = {
  outlookwin: (c, text) => ours.get(resolve(inputOf(c))) ?? '',
  planer: (c, text) =>
    c.format === 'html' ? htmlText(planer.extractFrom(text, 'text/html', dom.window.document)) : planer.extractFrom(text, 'text/plain'),
  'email-reply-parser': (c, text) => new EmailReplyParser().read(text).getVisibleText(),
};

const collapse = (s) => s.replace(/\s+/gu, ' ').trim();
const lenient = (c, output) => {
  const o = collapse(output);
  return c.expected_contains.every((s) => o.includes(collapse(s))) && c.expected_not_contains.every((s) => !o.includes(collapse(s)));
};

const table = new Map();
for (const c of cases) {
  const text = readFileSync(inputOf(c), 'utf8');
  for (const [name, extract] of Object.entries(extractors)) {
    let output;
    try {
      output = extract(c, text);
    } catch (e) {
      output = `!! ${e.message}`;
    }
    const row = table.get(c.source) ?? {};
    row[name] = (row[name] ?? 0) + (lenient(c, output) ? 1 : 0);
    row.cases = (row.cases ?? 0) + (name === 'outlookwin' ? 1 : 0);
    table.set(c.source, row);
  }
}

const names = Object.keys(extractors);
const pad = (s, n) => String(s).padEnd(n);
console.log(pad('suite (lenient)', 26) + pad('cases', 7) + names.map((n) => pad(n, 20)).join(''));
const total = { cases: 0 };
for (const [source, row] of [...table].sort()) {
  console.log(pad(source, 26) + pad(row.cases, 7) + names.map((n) => pad(row[n], 20)).join(''));
  total.cases += row.cases;
  for (const n of names) total[n] = (total[n] ?? 0) + row[n];
}
const pct = (n) => `${n} (${((100 * n) / total.cases).toFixed(1)}%)`;
console.log(pad('all', 26) + pad(total.cases, 7) + names.map((n) => pad(pct(total[n]), 20)).join(''));
