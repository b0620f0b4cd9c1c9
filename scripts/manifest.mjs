#!/usr/bin/env node
// One Outlook add-in manifest per environment, from manifest.template.xml:
//   npm run manifest -- --base-url https://outlookwin.contoso.com [--id GUID] [--out manifest.contoso.xml]
// --base-url  where the API serves the pane (https; a path is kept: https://apps.contoso.com/outlookwin)
// --id        the add-in's id (a GUID; default: the development id below). One per environment: Outlook keys
//             the add-in's custom properties by it, so the service must be told the same id (Graph:AddinId).
// --out       the file to write (default: standard output)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The development add-in's id: manifest.xml's, and the service's default (Graph:AddinId). */
export const DEFAULT_ADDIN_ID = '5a5b8239-a0f7-4311-822f-ea9fa292674a';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest for one environment, or an Error naming the option that is wrong. */
export function renderManifest(template, { baseUrl, id = DEFAULT_ADDIN_ID }) {
  let url;
  try {
    url = new URL(baseUrl ?? '');
  } catch {
    throw new Error('--base-url is required: the https address the API serves the pane from, e.g. https://outlookwin.contoso.com');
  }
  if (url.protocol !== 'https:') throw new Error(`--base-url must be https (Outlook loads add-ins only over https): ${baseUrl}`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`--base-url takes no query, fragment or credentials: ${baseUrl}`);
  if (!GUID.test(id)) throw new Error(`--id must be a GUID: ${id}`);
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  // The URL goes into attributes and text: escape what XML would read otherwise.
  const xml = base.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return template.replaceAll('{{BASE_URL}}', xml).replaceAll('{{ADDIN_ID}}', id.toLowerCase());
}

function parse(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = inline ?? argv[++i];
    if (flag === '--base-url') options.baseUrl = value;
    else if (flag === '--id') options.id = value;
    else if (flag === '--out') options.out = value;
    else throw new Error(`unknown option ${argv[i]} (use --base-url, --id, --out)`);
    if (value === undefined) throw new Error(`${flag} needs a value`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const options = parse(process.argv.slice(2));
    const manifest = renderManifest(readFileSync(join(root, 'manifest.template.xml'), 'utf8'), options);
    if (options.out) {
      writeFileSync(options.out, manifest);
      process.stderr.write(`${options.out} written for ${options.baseUrl}\n`);
    } else {
      process.stdout.write(manifest);
    }
  } catch (error) {
    process.stderr.write(`manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
