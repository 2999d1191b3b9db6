// Validates outputs of secrets-lsp --check: SARIF logs against the SARIF
// 2.1.0 schema (sarif-2.1.0-rtm.5.json, shipped by @microsoft/jest-sarif,
// MIT), JSON reports against report.schema.json or access.schema.json
// (files whose name starts with "who" or has a ".who-" part). Usage: node validate.mjs FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const load = (p) => JSON.parse(readFileSync(p, 'utf8'));
const here = new URL('.', import.meta.url).pathname;

// The schema's language pattern is not valid with the u flag, so regular
// expressions are compiled without it, as draft-04 validators did.
const ajv04 = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv04);
const sarif = ajv04.compile(load(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const report = ajv.compile(load(here + 'report.schema.json'));
const access = ajv.compile(load(here + 'access.schema.json'));

let failed = 0;
for (const file of process.argv.slice(2)) {
  const doc = load(file);
  let validate = report;
  if (file.endsWith('.sarif')) validate = sarif;
  else if (/^who|\.who-/.test(basename(file))) validate = access;
  if (validate(doc)) {
    console.log(`ok   ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file}`);
    for (const e of validate.errors) console.log(`     ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
if (process.argv.length < 3) {
  console.log('usage: node validate.mjs FILE...');
  process.exit(2);
}
process.exit(failed ? 1 : 0);
