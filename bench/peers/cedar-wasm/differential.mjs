#!/usr/bin/env node
// Long-running JSON-lines server for differential testing against cedar-wasm.
//
//   node differential.mjs        (reads jobs on stdin, one JSON object per line; answers on stdout,
//                                 one line per job, in order; exits at end of stdin)
//
// Jobs ("id" is echoed back verbatim; it may be any JSON value, and is null when absent):
//
//   {"id":…, "op":"authorize", "policies":"<cedar text>", "entities":[…], "schema":"<cedarschema text>"|{json}|null,
//    "requests":[{"principal":{"type","id"},"action":…,"resource":…,"context":{…}, "validateRequest"?:bool}, …],
//    "validateRequest"?: bool (default true; only with a schema), "detail"?: bool}
//     -> {"id":…, "results":[{"decision":"allow"|"deny","reasons":[policy ids],"errors":[policy ids]}, …]}
//        A result has "failure":[messages] when cedar-wasm refused that request as a whole (request
//        or entities do not conform to the schema, unknown entity type …); additionally
//        "unrepresentable":true when the request carries a number that cannot cross the JS boundary
//        exactly (see lib.mjs parseJsonExact): such a request is not sent to cedar-wasm, so skip it.
//        With "detail":true, results with evaluation errors also carry "errorMessages".
//        If the policies or the schema do not parse: {"id":…, "error":"…", "parseErrors":[…]}.
//
//   {"id":…, "op":"validate", "policies":"…", "schema":"…"}   (strict mode)
//     -> {"id":…, "valid":bool, "errors":[messages], "errorPolicies":[ids], "warnings":[messages],
//         "legacyValid":bool}   legacyValid = the verdict of Cedar <= 4.12, where an action
//         application that no request can satisfy was an error (a warning since 4.13, cedar#2545)
//
//   {"id":…, "op":"parse", "policies"?:"…", "schema"?:"…", "entities"?:[…]}
//     -> {"id":…, "ok":bool, "errors":[messages]}   (each given part is checked; entities against
//        the schema when both are given)
//
//   {"id":…, "op":"policyJson", "policies":"…"}   (static policies only)
//     -> {"id":…, "ok":true, "json":[Cedar's JSON (EST) form of each policy, in order]} or {"id":…, "ok":false, "errors":[…]}
//
//   {"id":…, "op":"version"} -> {"id":…, "cedarWasm":"4.13.0", "cedar":"…", "lang":"…"}
//
// A malformed job (not JSON, not an object, unknown op, missing or mistyped field) gets
// {"id":…, "error":"…"} and the server keeps running.
// Policy ids are policy0, policy1, … in order of appearance (cedar-wasm ignores @id annotations);
// reasons and errors are sorted.

import { createInterface } from 'node:readline';
import {
  Session,
  cedar,
  errorMessage,
  parseEntities,
  parseJsonExact,
  parsePolicies,
  parseSchema,
  unrepresentablePath,
  unrepresentableResult,
  validatePolicies,
  versions,
} from './lib.mjs';

class JobError extends Error {}

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const isSchema = (x) => typeof x === 'string' || isObject(x);

function need(job, field, check, what) {
  if (!check(job[field])) throw new JobError(`"${field}" must be ${what}`);
  return job[field];
}

function isUid(x) {
  if (isObject(x) && isObject(x.__entity)) x = x.__entity;
  return isObject(x) && typeof x.type === 'string' && typeof x.id === 'string';
}

function authorize(job) {
  const policies = need(job, 'policies', (x) => typeof x === 'string', 'a string of Cedar policies');
  const entities = job.entities ?? [];
  if (!Array.isArray(entities)) throw new JobError('"entities" must be an array of Cedar JSON entities');
  const schema = job.schema ?? null;
  if (schema !== null && !isSchema(schema)) throw new JobError('"schema" must be Cedar schema text, a JSON schema object, or null');
  const requests = need(job, 'requests', Array.isArray, 'an array of requests');
  if (job.validateRequest !== undefined && typeof job.validateRequest !== 'boolean') {
    throw new JobError('"validateRequest" must be a boolean');
  }
  requests.forEach((r, i) => {
    if (!isObject(r)) throw new JobError(`requests[${i}] must be an object`);
    for (const k of ['principal', 'action', 'resource']) {
      if (!isUid(r[k])) throw new JobError(`requests[${i}].${k} must be an entity uid {"type","id"}`);
    }
    if (r.context !== undefined && !isObject(r.context)) throw new JobError(`requests[${i}].context must be an object`);
  });

  // A fixed cache id: each job replaces the previous job's preparsed policy set and schema.
  const session = new Session(policies, schema, { id: 'differential' });
  if (!session.ok) return { error: 'policies or schema do not parse', parseErrors: session.parseErrors };

  const badEntities = unrepresentablePath(entities, 'entities');
  const detail = job.detail === true;
  const results = requests.map((r, i) => {
    const bad = badEntities ?? unrepresentablePath(r.context ?? {}, `requests[${i}].context`);
    if (bad) return unrepresentableResult(bad);
    const validate = typeof r.validateRequest === 'boolean' ? r.validateRequest : (job.validateRequest ?? true);
    return session.authorize(r, entities, validate, detail);
  });
  return { results };
}

function validate(job) {
  const policies = need(job, 'policies', (x) => typeof x === 'string', 'a string of Cedar policies');
  const schema = need(job, 'schema', isSchema, 'Cedar schema text or a JSON schema object');
  return validatePolicies(policies, schema);
}

function parse(job) {
  const errors = [];
  let any = false;
  if (job.policies !== undefined) {
    any = true;
    if (typeof job.policies !== 'string') throw new JobError('"policies" must be a string');
    errors.push(...parsePolicies(job.policies).errors);
  }
  let schemaOk = false;
  if (job.schema !== undefined && job.schema !== null) {
    any = true;
    if (!isSchema(job.schema)) throw new JobError('"schema" must be Cedar schema text or a JSON schema object');
    const s = parseSchema(job.schema);
    schemaOk = s.ok;
    errors.push(...s.errors.map((e) => 'schema: ' + e));
  }
  if (job.entities !== undefined) {
    any = true;
    if (!Array.isArray(job.entities)) throw new JobError('"entities" must be an array');
    const bad = unrepresentablePath(job.entities, 'entities');
    if (bad) errors.push(`entities: number at ${bad} cannot be given to cedar-wasm exactly`);
    else errors.push(...parseEntities(job.entities, schemaOk ? job.schema : null).errors.map((e) => 'entities: ' + e));
  }
  if (!any) throw new JobError('parse needs "policies", "schema" or "entities"');
  return { ok: errors.length === 0, errors };
}

function policyJson(job) {
  const policies = need(job, 'policies', (x) => typeof x === 'string', 'a string of Cedar policies');
  const parts = cedar.policySetTextToParts(policies);
  if (parts.type !== 'success') return { ok: false, errors: parts.errors.map(errorMessage) };
  const json = [];
  for (const text of parts.policies) {
    const answer = cedar.policyToJson(text);
    if (answer.type !== 'success') return { ok: false, errors: answer.errors.map(errorMessage) };
    json.push(answer.json);
  }
  return { ok: true, json };
}

function version() {
  const v = versions();
  return { cedarWasm: v.package, cedar: v.cedar, lang: v.lang };
}

const ops = { authorize, validate, parse, policyJson, version };

function handle(line) {
  let job;
  try {
    job = parseJsonExact(line);
  } catch (e) {
    return { id: null, error: `not JSON: ${e.message}` };
  }
  if (!isObject(job)) return { id: null, error: 'a job must be a JSON object' };
  const id = job.id ?? null;
  const op = ops[job.op];
  if (typeof job.op !== 'string' || !Object.hasOwn(ops, job.op)) {
    return { id, error: `unknown op ${JSON.stringify(job.op)} (expected authorize, validate, parse, policyJson or version)` };
  }
  try {
    return { id, ...op(job) };
  } catch (e) {
    return { id, error: e instanceof JobError ? e.message : `internal error: ${e?.stack ?? e}` };
  }
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
rl.on('line', (line) => {
  if (line.trim() === '') return;
  process.stdout.write(JSON.stringify(handle(line)) + '\n');
});
rl.on('close', () => process.exitCode ??= 0);
