// Smoke tests of the peer harness (node --test): the differential server's protocol, the exact-number
// guard, and authorize.mjs' output contract. Run with `npm test` in bench/peers/cedar-wasm.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonExact, unrepresentablePath } from '../lib.mjs';

const here = dirname(dirname(fileURLToPath(import.meta.url)));

function serve(jobs) {
  const input = jobs.map((j) => (typeof j === 'string' ? j : JSON.stringify(j))).join('\n') + '\n';
  const r = spawnSync(process.execPath, [join(here, 'differential.mjs')], { input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

const U = (id) => ({ type: 'User', id });
const A = (id) => ({ type: 'Action', id });
const schema = `entity Group; entity User in [Group] = { level: Long };
action view appliesTo { principal: [User], resource: [User], context: { n: Long } };`;
const entities = [
  { uid: U('alice'), attrs: { level: 5 }, parents: [{ type: 'Group', id: 'admins' }] },
  { uid: U('bob'), attrs: { level: 1 }, parents: [] },
  { uid: { type: 'Group', id: 'admins' }, attrs: {}, parents: [] },
];
const policies = `permit(principal in Group::"admins", action == Action::"view", resource);
permit(principal, action, resource) when { principal.level > 3 };
forbid(principal, action, resource) when { context.n * 4611686018427387904 > 0 };`;

test('authorize: decisions, sorted reasons, errors as policy ids, answers in order', () => {
  const req = (p, n) => ({ principal: U(p), action: A('view'), resource: U('bob'), context: { n } });
  const [a] = serve([{ id: 7, op: 'authorize', policies, entities, schema, requests: [req('alice', 0), req('bob', 0), req('alice', 2)], detail: true }]);
  assert.equal(a.id, 7);
  assert.deepEqual(a.results[0], { decision: 'allow', reasons: ['policy0', 'policy1'], errors: [] });
  assert.deepEqual(a.results[1], { decision: 'deny', reasons: [], errors: [] });
  // overflow in policy2: Cedar skips the erroring forbid, so alice is still allowed
  assert.equal(a.results[2].decision, 'allow');
  assert.deepEqual(a.results[2].errors, ['policy2']);
  assert.match(a.results[2].errorMessages[0], /^policy2: .*overflow/);
});

test('authorize: request not conforming to the schema is a failure, not a crash', () => {
  const [a] = serve([{ id: 1, op: 'authorize', policies, entities, schema, requests: [{ principal: U('alice'), action: A('view'), resource: U('bob'), context: {} }] }]);
  assert.equal(a.results[0].decision, 'deny');
  assert.ok(a.results[0].failure.length > 0);
});

test('authorize: numbers cedar-wasm cannot take exactly are not sent to it', () => {
  const line = `{"id":2,"op":"authorize","policies":"permit(principal,action,resource) when { context.n == 9007199254740993 };","requests":[{"principal":{"type":"User","id":"a"},"action":{"type":"Action","id":"view"},"resource":{"type":"User","id":"b"},"context":{"n":9007199254740993}},{"principal":{"type":"User","id":"a"},"action":{"type":"Action","id":"view"},"resource":{"type":"User","id":"b"},"context":{"n":9007199254740992}}]}`;
  const [a] = serve([line]);
  assert.equal(a.results[0].unrepresentable, true);
  assert.deepEqual(a.results[1], { decision: 'deny', reasons: [], errors: [] });
});

test('validate, parse, version and malformed jobs', () => {
  const out = serve([
    { id: 'v', op: 'validate', policies: 'permit(principal, action == Action::"view", resource) when { principal.level };', schema },
    { id: 'ok', op: 'validate', policies, schema },
    { id: 'p', op: 'parse', policies: 'permit(principal, action, resource' },
    { id: 'q', op: 'parse', policies: 'permit(principal, action, resource);', schema, entities },
    { id: 'ver', op: 'version' },
    'this is not json',
    { id: 'x', op: 'nope' },
    { id: 'y', op: 'authorize', policies: 'permit(principal,action,resource);' },
    { id: 'z', op: 'authorize', policies: 'permit(principal,action,', requests: [] },
    { id: 'after', op: 'parse', policies: 'forbid(principal, action, resource);' },
  ]);
  assert.equal(out[0].valid, false);
  assert.deepEqual(out[0].errorPolicies, ['policy0']);
  assert.equal(out[1].valid, true);
  assert.equal(out[1].legacyValid, true);
  assert.equal(out[2].ok, false);
  assert.deepEqual(out[3], { id: 'q', ok: true, errors: [] });
  assert.equal(out[4].cedarWasm, '4.13.0');
  assert.equal(out[5].id, null);
  assert.match(out[5].error, /not JSON/);
  assert.match(out[6].error, /unknown op/);
  assert.match(out[7].error, /requests/);
  assert.ok(out[8].parseErrors.length > 0);
  assert.deepEqual(out[9], { id: 'after', ok: true, errors: [] });
});

test('parseJsonExact marks only the literals a double cannot carry exactly', () => {
  const v = parseJsonExact('{"a":9007199254740992,"b":"9007199254740993","c":[100000000000000000,-9223372036854775807],"d":1.0}');
  assert.equal(v.a, 9007199254740992);
  assert.equal(v.b, '9007199254740993');
  assert.equal(v.c[0], 1e17);
  assert.match(unrepresentablePath(v), /^\$\.c\[1\]/);
  assert.match(unrepresentablePath({ d: v.d }), /^\$\.d/);
  assert.equal(unrepresentablePath(parseJsonExact('[1, -2, 3.5, "x"]')), null);
});

test('authorize.mjs: one line per request and a summary on stderr, for every API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cedar-peer-'));
  writeFileSync(join(dir, 'p.cedar'), policies);
  writeFileSync(join(dir, 'e.json'), JSON.stringify(entities));
  writeFileSync(join(dir, 's.cedarschema'), schema);
  const reqs = [
    { principal: U('alice'), action: A('view'), resource: U('bob'), context: { n: 0 } },
    { principal: U('bob'), action: A('view'), resource: U('alice'), context: { n: 0 } },
  ];
  writeFileSync(join(dir, 'r.jsonl'), reqs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const api of ['stateful', 'slice', 'isAuthorized']) {
    const r = spawnSync(
      process.execPath,
      [join(here, 'authorize.mjs'), '--policies', join(dir, 'p.cedar'), '--entities', join(dir, 'e.json'),
        '--schema', join(dir, 's.cedarschema'), '--requests', join(dir, 'r.jsonl'), '--api', api],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines, [
      { decision: 'allow', reasons: ['policy0', 'policy1'], errors: [] },
      { decision: 'deny', reasons: [], errors: [] },
    ]);
    const summary = JSON.parse(r.stderr.trim());
    assert.equal(summary.requests, 2);
    assert.equal(summary.allow, 1);
    assert.equal(summary.deny, 1);
    assert.equal(typeof summary.eval_ms, 'number');
  }
});
