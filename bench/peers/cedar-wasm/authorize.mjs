#!/usr/bin/env node
// cedar-wasm peer of `custos cedar authorize`.
//
//   node authorize.mjs --policies P --entities E [--schema S] --requests R.jsonl
//                      [--api stateful|slice|isAuthorized] [--no-validate-request]
//                      [--warmup N] [--no-output] [--detail]
//
// Reads one Cedar JSON request per line ({"principal":{"type","id"},"action":…,"resource":…,"context":{…}}),
// writes one line per request to stdout: {"decision":"allow"|"deny","reasons":[ids],"errors":[ids]}
// (plus "failure":[messages] when cedar-wasm refused the request as a whole, e.g. it does not
// conform to the schema), and one summary line to stderr:
//   {"requests":N,"allow":A,"deny":D,"eval_ms":T, ...}
// T covers evaluation only: reading files, parsing JSON, preparsing policies and schema, and writing
// the output happen outside the timer.
//
// --api stateful      (default) preparsePolicySet/preparseSchema once, statefulIsAuthorized per request.
//                     cedar-wasm has no way to preparse entities: each call converts and parses the
//                     whole entities array again (and checks it against the schema, if one is given).
// --api slice         as stateful, but each call gets only the entities the request can reach
//                     (lib.mjs EntitySlicer; the slicing itself is inside the timer). Same answers.
// --api isAuthorized  the stateless API: policies, schema and entities are all re-parsed per call.
// --no-validate-request  with a schema, do not validate the request against it (default: validate,
//                     as the Cedar CLI does).
// --warmup N          first evaluate N requests untimed (JIT and wasm warm-up), then time all of them.
// --no-output         do not write the per-request lines (summary only).
// --detail            add "errorMessages" to lines with evaluation errors.
// Policy ids are policy0, policy1, … in order of appearance (cedar-wasm ignores @id annotations).

import { readFileSync, writeSync } from 'node:fs';
import {
  EntitySlicer,
  Session,
  cedar,
  parseJsonExact,
  toResult,
  unrepresentablePath,
  unrepresentableResult,
  versions,
} from './lib.mjs';

function usage(msg) {
  if (msg) process.stderr.write(`authorize.mjs: ${msg}\n`);
  process.stderr.write(
    'usage: node authorize.mjs --policies P --entities E [--schema S] --requests R.jsonl ' +
      '[--api stateful|slice|isAuthorized] [--no-validate-request] [--warmup N] [--no-output] [--detail]\n',
  );
  process.exit(2);
}

const opts = { api: 'stateful', validateRequest: true, warmup: 0, output: true, detail: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
  switch (a) {
    case '--policies': opts.policies = val(); break;
    case '--entities': opts.entities = val(); break;
    case '--schema': opts.schema = val(); break;
    case '--requests': opts.requests = val(); break;
    case '--api': opts.api = val(); break;
    case '--no-validate-request': opts.validateRequest = false; break;
    case '--warmup': opts.warmup = Number(val()); break;
    case '--no-output': opts.output = false; break;
    case '--detail': opts.detail = true; break;
    case '-h': case '--help': usage(); break;
    default: usage(`unknown argument ${a}`);
  }
}
if (!opts.policies || !opts.entities || !opts.requests) usage('--policies, --entities and --requests are required');
if (!['stateful', 'slice', 'isAuthorized'].includes(opts.api)) usage(`unknown --api ${opts.api}`);

// ---- load (untimed) ----
const policiesText = readFileSync(opts.policies, 'utf8');
let schema = null;
if (opts.schema) {
  const text = readFileSync(opts.schema, 'utf8');
  schema = opts.schema.endsWith('.json') ? JSON.parse(text) : text;
}
const entities = parseJsonExact(readFileSync(opts.entities, 'utf8'));
if (!Array.isArray(entities)) usage('entities file must hold a JSON array of Cedar entities');
const badEntities = unrepresentablePath(entities, 'entities');

const requests = [];
const preset = []; // results fixed without asking cedar-wasm (unparseable line, unrepresentable number)
for (const [n, line] of readFileSync(opts.requests, 'utf8').split('\n').entries()) {
  if (line.trim() === '') continue;
  let req;
  try {
    req = parseJsonExact(line);
  } catch (e) {
    preset[requests.length] = { decision: 'deny', reasons: [], errors: [], failure: [`line ${n + 1}: not JSON: ${e.message}`] };
    requests.push(null);
    continue;
  }
  const bad = badEntities ?? unrepresentablePath(req.context ?? {}, 'context');
  if (bad) preset[requests.length] = unrepresentableResult(bad);
  requests.push(req);
}

const session = new Session(policiesText, schema, { id: 'authorize' });
if (!session.ok) {
  process.stderr.write(`authorize.mjs: ${session.parseErrors.join('\n')}\n`);
  process.exit(1);
}
const slicer = opts.api === 'slice' ? new EntitySlicer(entities, policiesText) : null;

function evaluate(req) {
  switch (opts.api) {
    case 'stateful':
      return session.authorize(req, entities, opts.validateRequest, opts.detail);
    case 'slice':
      return session.authorize(req, slicer.slice(req), opts.validateRequest, opts.detail);
    default: {
      const call = {
        principal: req.principal,
        action: req.action,
        resource: req.resource,
        context: req.context ?? {},
        policies: { staticPolicies: policiesText },
        entities,
      };
      if (schema !== null) {
        call.schema = schema;
        call.validateRequest = opts.validateRequest;
      }
      let ans;
      try {
        ans = cedar.isAuthorized(call);
      } catch (e) {
        ans = { type: 'failure', errors: [{ message: `cedar-wasm threw: ${e?.message ?? e}` }] };
      }
      return toResult(ans, opts.detail);
    }
  }
}

// ---- warm-up (untimed) ----
for (let i = 0, w = 0; i < requests.length && w < opts.warmup; i++) {
  if (preset[i] === undefined) {
    evaluate(requests[i]);
    w++;
  }
}

// ---- evaluate (timed) ----
const results = new Array(requests.length);
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < requests.length; i++) {
  results[i] = preset[i] ?? evaluate(requests[i]);
}
const t1 = process.hrtime.bigint();
const cpu = process.cpuUsage(c0);

// ---- output (untimed) ----
let allow = 0;
let deny = 0;
let failures = 0;
const lines = new Array(results.length);
for (let i = 0; i < results.length; i++) {
  const r = results[i];
  if (r.decision === 'allow') allow++;
  else deny++;
  if (r.failure) failures++;
  lines[i] = JSON.stringify(r);
}
if (opts.output && lines.length > 0) {
  const out = lines.join('\n') + '\n';
  const buf = Buffer.from(out, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off, buf.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') continue; // non-blocking pipe: retry
      throw e;
    }
  }
}

const evalMs = Number(t1 - t0) / 1e6;
const v = versions();
const summary = {
  requests: requests.length,
  allow,
  deny,
  eval_ms: Math.round(evalMs * 1000) / 1000,
  failures,
  api: opts.api,
  us_per_decision: requests.length ? Math.round((evalMs * 1000 * 1000) / requests.length) / 1000 : 0,
  decisions_per_s: evalMs > 0 ? Math.round((requests.length * 1000) / evalMs) : 0,
  // CPU time of this process over the same span (user + system): on a busy machine wall time is
  // inflated by waiting for a core; CPU time is not (much).
  cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
  us_per_decision_cpu: requests.length ? Math.round(((cpu.user + cpu.system) * 1000) / requests.length) / 1000 : 0,
  cedar_wasm: v.package,
};
process.stderr.write(JSON.stringify(summary) + '\n');
