// @vitest-environment node
import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const read = (name: string): string => readFileSync(new URL(`../src/api/${name}`, import.meta.url), 'utf8').replace(/\r\n/g, '\n');

describe('API types', () => {
  it('schema.d.ts is what openapi-typescript generates from openapi.json (else run `npm run api:types`)', async () => {
    // The same call as scripts/api-types.mjs, which writes what the openapi-typescript CLI writes.
    const generated = `${COMMENT_HEADER}${astToString(await openapiTS(read('openapi.json')))}`;
    const committed = read('schema.d.ts');
    expect(committed === generated, 'addin/src/api/schema.d.ts is stale: run `npm run api:types` and commit it').toBe(true);
  }, 30_000);
});
