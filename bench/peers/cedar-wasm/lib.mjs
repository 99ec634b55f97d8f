// Shared helpers around @cedar-policy/cedar-wasm (Node build) for the Custos peer harness.
//
// Everything that talks to cedar-wasm goes through this module so that the corpus check
// (run-corpus.mjs) exercises exactly the code paths that authorize.mjs and differential.mjs use.

import { createRequire } from 'node:module';
import cedar from '@cedar-policy/cedar-wasm/nodejs';

const require = createRequire(import.meta.url);

export { cedar };

/** Version of the npm package actually loaded (not only the Cedar crate version). */
export function versions() {
  let pkg = null;
  try {
    pkg = require('@cedar-policy/cedar-wasm/package.json').version;
  } catch {
    // package.json is not in the "exports" map of every version; fall back to the crate version
  }
  return {
    package: pkg ?? cedar.getCedarVersion(),
    cedar: cedar.getCedarVersion(),
    lang: cedar.getCedarLangVersion(),
    sdk: cedar.getCedarSDKVersion(),
  };
}

/** Flattens a cedar-wasm DetailedError (with its `related` errors) into one message line. */
export function errorMessage(e) {
  if (e == null) return 'unknown error';
  if (typeof e === 'string') return e;
  let msg = e.message ?? String(e);
  if (Array.isArray(e.related) && e.related.length > 0) {
    msg += ': ' + e.related.map(errorMessage).join('; ');
  }
  return msg;
}

const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, de-duplicated copy (cedar-wasm returns reasons/errors from a hash set: order is not meaningful). */
function sortedUnique(xs) {
  return [...new Set(xs)].sort(byCodeUnits);
}

/**
 * Turns a cedar-wasm AuthorizationAnswer into the harness' result shape:
 *   {decision:"allow"|"deny", reasons:[policy ids], errors:[policy ids]}
 * If cedar-wasm refused the call as a whole (request fails validation against the schema, entities
 * do not parse or do not conform to the schema, unknown preparsed id ...), the result is
 *   {decision:"deny", reasons:[], errors:[], failure:[messages]}
 * With `detail`, an `errorMessages` array ("policyId: message") is added for the per-policy errors.
 */
export function toResult(answer, detail = false) {
  if (answer.type !== 'success') {
    return { decision: 'deny', reasons: [], errors: [], failure: answer.errors.map(errorMessage) };
  }
  const { decision, diagnostics } = answer.response;
  const out = {
    decision,
    reasons: sortedUnique(diagnostics.reason),
    errors: sortedUnique(diagnostics.errors.map((e) => e.policyId)),
  };
  if (detail && diagnostics.errors.length > 0) {
    out.errorMessages = diagnostics.errors.map((e) => `${e.policyId}: ${errorMessage(e.error)}`);
  }
  return out;
}

/**
 * Entity uid in Cedar JSON may be {type,id} or {"__entity":{type,id}}; cedar-wasm accepts both.
 * Returned unchanged apart from unwrapping, so the wire shape reaches cedar-wasm as given.
 */
export function uidOf(x) {
  if (x && typeof x === 'object' && x.__entity) return x.__entity;
  return x;
}

let sessionCounter = 0;

/**
 * A loaded (policies, schema) pair, parsed once into cedar-wasm's thread-local cache with
 * preparsePolicySet / preparseSchema, then evaluated with statefulIsAuthorized.
 *
 * cedar-wasm has no way to preparse entities: every statefulIsAuthorized call converts and parses
 * the entities array it is given (and, with a schema, checks it against the schema and adds the
 * schema's action entities). That per-call cost is part of what cedar-wasm measures.
 */
export class Session {
  /**
   * @param {string} policiesText Cedar policy text (ids are assigned policy0, policy1, ... in order)
   * @param {string|object|null} schema Cedar schema text, or JSON schema object, or null
   * @param {{id?: string}} [opts] `id` is the cache key; reusing a key replaces the cached entry.
   */
  constructor(policiesText, schema, opts = {}) {
    this.id = opts.id ?? `s${++sessionCounter}`;
    this.parseErrors = [];
    const p = safe(() => cedar.preparsePolicySet(this.id, { staticPolicies: policiesText }));
    if (p.type !== 'success') {
      this.parseErrors.push(...p.errors.map((e) => 'policies: ' + errorMessage(e)));
    }
    this.schemaName = null;
    if (schema != null) {
      const s = safe(() => cedar.preparseSchema(this.id, schema));
      if (s.type !== 'success') {
        this.parseErrors.push(...s.errors.map((e) => 'schema: ' + errorMessage(e)));
      } else {
        this.schemaName = this.id;
      }
    }
    this.ok = this.parseErrors.length === 0;
  }

  /**
   * Raw cedar-wasm answer for one request.
   * @param {object} req {principal, action, resource, context}
   * @param {Array} entities Cedar JSON entities array
   * @param {boolean} validateRequest only meaningful with a schema
   */
  answer(req, entities, validateRequest = true) {
    const call = {
      principal: uidOf(req.principal),
      action: uidOf(req.action),
      resource: uidOf(req.resource),
      context: req.context ?? {},
      preparsedPolicySetId: this.id,
      entities,
    };
    if (this.schemaName !== null) {
      call.preparsedSchemaName = this.schemaName;
      call.validateRequest = validateRequest;
    }
    try {
      return cedar.statefulIsAuthorized(call);
    } catch (e) {
      // cedar-wasm throws (rather than answering {type:"failure"}) when the call object cannot be
      // converted at the JS boundary, e.g. a BigInt or a wrongly shaped uid.
      return { type: 'failure', errors: [{ message: `cedar-wasm threw: ${e?.message ?? e}` }], warnings: [] };
    }
  }

  authorize(req, entities, validateRequest = true, detail = false) {
    return toResult(this.answer(req, entities, validateRequest), detail);
  }
}

/**
 * Numbers at the JS boundary.
 *
 * Cedar longs are 64-bit, but cedar-wasm takes entities and context as JS values, where a number is
 * a double. cedar-wasm accepts an integral double in (-2^63, 2^63) as a Long; so
 *  - an integer literal that a double cannot hold exactly (e.g. 9007199254740993) would silently be
 *    evaluated as a different number,
 *  - -9223372036854775808 (i64::MIN) and anything beyond is refused ("data did not match any variant
 *    of untagged enum RawCedarValueJson"), though Cedar itself accepts i64::MIN,
 *  - a literal with a fraction or exponent that is integral (1.0, 1e3) is a float to Cedar (refused)
 *    but an integer to cedar-wasm (accepted),
 *  - BigInt is not accepted at all (cedar-wasm throws).
 * parseJsonExact() therefore replaces each such literal by a marker string before JSON.parse, and
 * unrepresentablePath() finds the markers: requests touching them are not sent to cedar-wasm.
 */
const MARK = '\u0000cedar-peer-unrepresentable-number:';
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const TWO63 = 2n ** 63n;

function exactInCedarWasm(tok, frac, exp) {
  const n = Number(tok);
  if (frac === undefined && exp === undefined) {
    if (tok.length - (tok.charCodeAt(0) === 45 ? 1 : 0) <= 15) return true; // |n| < 10^15 < 2^53: exact
    const b = BigInt(tok);
    return b > -TWO63 && b < TWO63 && BigInt(n) === b;
  }
  // A float literal: Cedar refuses it; cedar-wasm refuses it too unless it is integral.
  return !Number.isInteger(n);
}

/** JSON.parse, with every number literal that cedar-wasm would misread replaced by a marker string. */
export function parseJsonExact(text) {
  let out = null; // built lazily: most inputs have nothing to replace
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \\ */) i += 2;
        else if (d === 34) { i++; break; }
        else i++;
      }
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) { i++; continue; }
      const end = i + m[0].length;
      if (!exactInCedarWasm(m[0], m[1], m[2])) {
        out ??= [];
        out.push(text.slice(last, i), JSON.stringify(MARK + m[0]));
        last = end;
      }
      i = end;
    } else i++;
  }
  if (out === null) return JSON.parse(text);
  out.push(text.slice(last));
  return JSON.parse(out.join(''));
}

/** JSON path of the first number that parseJsonExact marked as unrepresentable, or null. */
export function unrepresentablePath(v, path = '$') {
  if (typeof v === 'string') return v.startsWith(MARK) ? `${path} (${v.slice(MARK.length)})` : null;
  if (v === null || typeof v !== 'object') return null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const p = unrepresentablePath(v[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  for (const k of Object.keys(v)) {
    const p = unrepresentablePath(v[k], `${path}.${k}`);
    if (p) return p;
  }
  return null;
}

/** The result given for a request that cedar-wasm cannot be asked faithfully (see parseJsonExact). */
export function unrepresentableResult(where) {
  return {
    decision: 'deny',
    reasons: [],
    errors: [],
    failure: [`number at ${where} cannot be given to cedar-wasm exactly (JS double at the boundary)`],
    unrepresentable: true,
  };
}

/** Message of the warning that Cedar 4.13 (cedar-policy/cedar#2545) gives where Cedar <= 4.12 gave an error. */
const INVALID_ACTION_APPLICATION = 'unable to find an applicable action given the policy scope constraints';

/**
 * Strict-mode validation of a policy set against a schema.
 * Returns {valid, errors:[messages], errorPolicies:[ids], warnings:[messages]}.
 * Parse failures of either input count as not valid, with the parse messages as errors.
 */
export function validatePolicies(policiesText, schema) {
  let ans;
  try {
    ans = cedar.validate({
      schema,
      policies: { staticPolicies: policiesText },
      validationSettings: { mode: 'strict' },
    });
  } catch (e) {
    ans = { type: 'failure', errors: [{ message: `cedar-wasm threw: ${e?.message ?? e}` }] };
  }
  if (ans.type !== 'success') {
    return { valid: false, legacyValid: false, errors: ans.errors.map(errorMessage), errorPolicies: [], warnings: [] };
  }
  const valid = ans.validationErrors.length === 0;
  // Cedar <= 4.12 reported "invalid action application" as an error; 4.13 reports a warning.
  const legacyValid = valid && !ans.validationWarnings.some((w) => errorMessage(w.error).includes(INVALID_ACTION_APPLICATION));
  return {
    valid,
    legacyValid,
    errors: ans.validationErrors.map((e) => `${e.policyId}: ${errorMessage(e.error)}`),
    errorPolicies: sortedUnique(ans.validationErrors.map((e) => e.policyId)),
    warnings: [
      ...ans.validationWarnings.map((e) => `${e.policyId}: ${errorMessage(e.error)}`),
      ...ans.otherWarnings.map(errorMessage),
    ],
  };
}

function safe(f) {
  try {
    return f();
  } catch (e) {
    return { type: 'failure', errors: [{ message: `cedar-wasm threw: ${e?.message ?? e}` }] };
  }
}

/** Does this Cedar policy text parse as a static policy set? {ok, errors:[messages]} */
export function parsePolicies(policiesText) {
  const ans = safe(() => cedar.checkParsePolicySet({ staticPolicies: policiesText }));
  return ans.type === 'success' ? { ok: true, errors: [] } : { ok: false, errors: ans.errors.map(errorMessage) };
}

/** Does this schema (Cedar text or JSON object) parse? {ok, errors:[messages]} */
export function parseSchema(schema) {
  const ans = safe(() => cedar.checkParseSchema(schema));
  return ans.type === 'success' ? { ok: true, errors: [] } : { ok: false, errors: ans.errors.map(errorMessage) };
}

/** Do these entities parse (optionally against a schema)? {ok, errors:[messages]} */
export function parseEntities(entities, schema = null) {
  const ans = safe(() => cedar.checkParseEntities({ entities, schema }));
  return ans.type === 'success' ? { ok: true, errors: [] } : { ok: false, errors: ans.errors.map(errorMessage) };
}

/**
 * Entity slicing: the entities that one request can possibly reach. Cedar evaluation only ever
 * looks at entity data of entities reachable from the request (principal, action, resource,
 * entity values in the context) or from entity literals in the policies, following parents and
 * entity references in attributes and tags. Passing only that closure to cedar-wasm gives the same
 * answer (as long as the full entity set is itself well formed) while cedar-wasm parses far less per
 * call. Used by authorize.mjs --slice as the "best option" measurement.
 */
export class EntitySlicer {
  constructor(entities, policiesText) {
    this.byKey = new Map();
    this.edges = new Map();
    for (const e of entities) {
      const k = keyOf(e.uid);
      this.byKey.set(k, e);
      const out = new Set();
      for (const p of e.parents ?? []) out.add(keyOf(p));
      collectEntityRefs(e.attrs, out);
      collectEntityRefs(e.tags, out);
      this.edges.set(k, out);
    }
    this.roots = new Set();
    const parts = cedar.policySetTextToParts(policiesText);
    if (parts.type === 'success') {
      for (const text of parts.policies) {
        const j = cedar.policyToJson(text);
        if (j.type === 'success') collectPolicyEntityRefs(j.json, this.roots);
      }
    }
    this.memo = new Map();
    this.sliceMemo = new Map();
  }

  /** Closure of one uid key, memoised. */
  closure(k) {
    let c = this.memo.get(k);
    if (c) return c;
    c = new Set();
    const stack = [k];
    while (stack.length) {
      const x = stack.pop();
      if (c.has(x)) continue;
      c.add(x);
      const ed = this.edges.get(x);
      if (ed) for (const y of ed) if (!c.has(y)) stack.push(y);
    }
    this.memo.set(k, c);
    return c;
  }

  slice(req) {
    const ctxRefs = new Set();
    collectEntityRefs(req.context, ctxRefs);
    // Most requests carry no entity in their context: memoise on (principal, action, resource).
    const memoKey = ctxRefs.size === 0 ? keyOf(uidOf(req.principal)) + keyOf(uidOf(req.action)) + keyOf(uidOf(req.resource)) : null;
    if (memoKey !== null) {
      const hit = this.sliceMemo.get(memoKey);
      if (hit) return hit;
    }
    const keys = new Set();
    const add = (k) => { for (const x of this.closure(k)) keys.add(x); };
    for (const k of this.roots) add(k);
    add(keyOf(uidOf(req.principal)));
    add(keyOf(uidOf(req.action)));
    add(keyOf(uidOf(req.resource)));
    for (const k of ctxRefs) add(k);
    const out = [];
    for (const k of keys) {
      const e = this.byKey.get(k);
      if (e) out.push(e);
    }
    if (memoKey !== null) this.sliceMemo.set(memoKey, out);
    return out;
  }
}

function keyOf(uid) {
  const u = uidOf(uid);
  return JSON.stringify([u.type, u.id]);
}

function collectEntityRefs(v, out) {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) { for (const x of v) collectEntityRefs(x, out); return; }
  if (v.__entity && typeof v.__entity === 'object') { out.add(keyOf(v.__entity)); return; }
  if (v.__extn) return;
  // Cedar JSON also allows an entity reference written as a bare {type,id} where a schema says so
  if (typeof v.type === 'string' && typeof v.id === 'string' && Object.keys(v).length === 2) out.add(keyOf(v));
  for (const x of Object.values(v)) collectEntityRefs(x, out);
}

function collectPolicyEntityRefs(node, out) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const x of node) collectPolicyEntityRefs(x, out); return; }
  if (node.__entity && typeof node.__entity === 'object') { out.add(keyOf(node.__entity)); return; }
  if (typeof node.type === 'string' && typeof node.id === 'string') out.add(keyOf(node));
  for (const x of Object.values(node)) collectPolicyEntityRefs(x, out);
}
