#!/usr/bin/env node
// Checks the harness against Cedar's integration-test format: every test file under ROOT
// (JSON objects naming `policies`, `entities`, `schema` relative to ROOT, `shouldValidate`, and
// `requests` with expected `decision`, `reason`, `errors`) is run through cedar-wasm with the
// same Session code that authorize.mjs and differential.mjs use.
//
//   node run-corpus.mjs [ROOT=/tmp/cedar] [--verbose] [--max-failures N]
//
// Prints one line per failure (up to --max-failures) and closes with "N passed, N failed"
// (one unit per test file: a file passes when its validation verdict and every request match).
// Exit code 0 only when nothing failed.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Session, parseJsonExact, unrepresentablePath, validatePolicies, versions } from './lib.mjs';

const args = process.argv.slice(2);
let root = '/tmp/cedar';
let verbose = false;
let maxFailures = 50;
let newValidation = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--verbose' || a === '-v') verbose = true;
  else if (a === '--max-failures') maxFailures = Number(args[++i]);
  else if (a === '--cedar-4.13-validation') newValidation = true;
  else if (a === '--help' || a === '-h') {
    console.log('usage: node run-corpus.mjs [ROOT] [--verbose] [--max-failures N] [--cedar-4.13-validation]');
    process.exit(0);
  } else root = a;
}

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (name.endsWith('.json')) yield p;
  }
}

function isTestFile(obj) {
  return obj && typeof obj === 'object' && !Array.isArray(obj) && typeof obj.policies === 'string' && Array.isArray(obj.requests);
}

const sameSet = (a, b) => {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  return true;
};

const cache = new Map();
function readCached(path, json) {
  const key = (json ? 'j:' : 't:') + path;
  if (!cache.has(key)) {
    const text = readFileSync(path, 'utf8');
    cache.set(key, json ? parseJsonExact(text) : text);
  }
  return cache.get(key);
}

let passed = 0;
let failed = 0;
let skipped = 0;
let skippedRequests = 0;
let validationVersionDiffs = 0;
let requests = 0;
let requestFailures = 0;
let validationFailures = 0;
let shown = 0;
const started = process.hrtime.bigint();

function report(file, msg) {
  if (shown < maxFailures) console.log(`FAIL ${file}: ${msg}`);
  shown++;
}

for (const path of walk(root)) {
  if (path.endsWith('.entities.json')) continue;
  let test;
  try {
    test = parseJsonExact(readFileSync(path, 'utf8'));
  } catch {
    continue; // not JSON we understand (e.g. an entities or schema file): not a test
  }
  if (!isTestFile(test)) continue;
  const rel = relative(root, path);
  let ok = true;
  let ran = 0;
  try {
    const policies = readFileSync(join(root, test.policies), 'utf8');
    const schema = test.schema != null ? readCached(join(root, test.schema), false) : null;
    const entities = test.entities != null ? readCached(join(root, test.entities), true) : [];

    // Some longs cannot be handed to cedar-wasm exactly (see lib.mjs parseJsonExact)
    const unsafe = unrepresentablePath(entities, 'entities');
    if (unsafe) {
      skipped++;
      if (verbose) console.log(`SKIP ${rel}: number cedar-wasm cannot take exactly at ${unsafe}`);
      continue;
    }

    if (schema != null && typeof test.shouldValidate === 'boolean') {
      const v = validatePolicies(policies, schema);
      if (v.valid !== v.legacyValid) validationVersionDiffs++;
      const verdict = newValidation ? v.valid : v.legacyValid;
      if (verdict !== test.shouldValidate) {
        ok = false;
        validationFailures++;
        report(rel, `shouldValidate=${test.shouldValidate} but cedar-wasm says valid=${v.valid} legacyValid=${v.legacyValid} ${JSON.stringify([...v.errors, ...v.warnings].slice(0, 3))}`);
      }
    }

    const session = new Session(policies, schema, { id: 'corpus' });
    if (!session.ok) throw new Error('parse failed: ' + session.parseErrors.join('; '));

    test.requests.forEach((req, i) => {
      const unsafeCtx = unrepresentablePath(req.context ?? {}, `requests[${i}].context`);
      if (unsafeCtx) {
        skippedRequests++;
        if (verbose) console.log(`SKIP ${rel} request ${i}: number cedar-wasm cannot take exactly at ${unsafeCtx}`);
        return;
      }
      ran++;
      requests++;
      const validateRequest = req.validateRequest ?? true;
      const r = session.authorize(req, entities, validateRequest, verbose);
      const problems = [];
      if (r.failure) problems.push(`call failed: ${r.failure.join('; ')}`);
      if (r.decision !== req.decision) problems.push(`decision ${r.decision} != expected ${req.decision}`);
      if (!sameSet(r.reasons, req.reason ?? [])) problems.push(`reasons ${JSON.stringify(r.reasons)} != expected ${JSON.stringify(req.reason)}`);
      if (!sameSet(r.errors, req.errors ?? [])) problems.push(`errors ${JSON.stringify(r.errors)} != expected ${JSON.stringify(req.errors)}`);
      if (problems.length) {
        ok = false;
        requestFailures++;
        report(rel, `request ${i} (${req.description ?? ''}): ${problems.join(', ')}`);
      } else if (verbose && r.errorMessages) {
        console.log(`ok   ${rel} request ${i}: ${r.errorMessages.join(' | ')}`);
      }
    });
  } catch (e) {
    ok = false;
    report(rel, `exception: ${e.message}`);
  }
  if (!ok) failed++;
  else if (ran > 0 || test.requests.length === 0) passed++;
  else skipped++; // every request of the file was skipped
}

const secs = Number(process.hrtime.bigint() - started) / 1e9;
const v = versions();
console.error(
  `cedar-wasm ${v.package} (Cedar ${v.cedar}, lang ${v.lang}); ${requests} requests; ` +
    `${requestFailures} request mismatches; ${validationFailures} validation mismatches ` +
    `(compared with ${newValidation ? 'Cedar 4.13 validity' : 'Cedar <= 4.12 validity, i.e. invalid action application counted as an error'}); ` +
    `${validationVersionDiffs} files where Cedar 4.13 and <= 4.12 validity differ (cedar-policy/cedar#2545); ` +
    `${skipped} files and ${skippedRequests} further requests skipped for numbers cedar-wasm cannot take exactly; ${secs.toFixed(1)} s`,
);
if (shown > maxFailures) console.log(`(${shown - maxFailures} more failures not shown)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
