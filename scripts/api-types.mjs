// Writes addin/src/api/schema.d.ts from addin/src/api/openapi.json, the API's OpenAPI document
// (its Swagger at /swagger/v1/swagger.json). The output is what the openapi-typescript CLI writes
// with its defaults; the unit test test/apiSchema.test.ts fails when the committed file differs.
// Run with `npm run api:types` after the API's contracts change: it first refreshes openapi.json from
// the API (the C# test OpenApiDocumentTests writes it when OUTLOOKWIN_UPDATE_OPENAPI=1; skip with
// --no-refresh). Both files are committed.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const source = fileURLToPath(new URL('../addin/src/api/openapi.json', import.meta.url));
const target = fileURLToPath(new URL('../addin/src/api/schema.d.ts', import.meta.url));

if (!process.argv.includes('--no-refresh')) {
  const refresh = spawnSync(
    'dotnet',
    ['test', 'tests/OutlookWin.Api.Tests', '--nologo', '--filter', 'FullyQualifiedName~OpenApiDocumentTests'],
    { stdio: 'inherit', env: { ...process.env, OUTLOOKWIN_UPDATE_OPENAPI: '1', SkipTaskPaneBuild: 'true' } },
  );
  if (refresh.status !== 0) {
    process.exit(refresh.status ?? 1);
  }
}

const document = readFileSync(source, 'utf8');
writeFileSync(target, `${COMMENT_HEADER}${astToString(await openapiTS(document))}`);
console.log(`${target} written from ${source}`);
