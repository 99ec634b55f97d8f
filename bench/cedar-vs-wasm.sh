#!/usr/bin/env bash
# Side by side on one machine, in one run: Custos's Cedar engine (custos cedar authorize) against the reference
# implementation compiled to WebAssembly (@cedar-policy/cedar-wasm, its fastest correct API), on the same
# generated agent workload: about 60 policies, 76 entities, N requests. Both are warmed up first and both time
# evaluation only. Decisions are compared: the run fails if any differs.
#   bash bench/cedar-vs-wasm.sh [REQUESTS] [WASM_REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-10000}"
wasm_requests="${2:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd bench/peers/cedar-wasm && { [ -d node_modules ] || npm ci --silent; })
node bench/peers/cedar-wasm/make-workload.mjs "$work" --requests "$requests" --seed 42 >&2
head -n "$wasm_requests" "$work/requests.jsonl" > "$work/wasm-requests.jsonl"
dotnet build -c Release src/Custos.Cli -v quiet -nologo >&2

args=(--policies "$work/policies.cedar" --entities "$work/entities.json" --schema "$work/schema.cedarschema")
dotnet src/Custos.Cli/bin/Release/net10.0/custos.dll cedar authorize "${args[@]}" --requests "$work/requests.jsonl" --warmup 10 \
  > "$work/custos.out" 2> "$work/custos.summary"
node bench/peers/cedar-wasm/authorize.mjs "${args[@]}" --requests "$work/wasm-requests.jsonl" --api stateful --warmup 200 \
  > "$work/wasm-stateful.out" 2> "$work/wasm-stateful.summary"
node bench/peers/cedar-wasm/authorize.mjs "${args[@]}" --requests "$work/wasm-requests.jsonl" --api slice --warmup 200 \
  > "$work/wasm-slice.out" 2> "$work/wasm-slice.summary"

node - "$work" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
const last = f => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').pop());
const lines = f => fs.readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').map(l => JSON.parse(l));
const norm = r => JSON.stringify([r.decision, [...r.reasons].sort(), [...r.errors].sort()]);
const ours = lines('custos.out');
for (const f of ['wasm-stateful.out', 'wasm-slice.out']) {
  const theirs = lines(f);
  const bad = theirs.filter((r, i) => norm(r) !== norm(ours[i])).length;
  if (bad) { console.error(`${bad} decisions differ between custos and ${f}`); process.exit(1); }
}
const c = last('custos.summary'), s = last('wasm-stateful.summary'), l = last('wasm-slice.summary');
const perS = x => Math.round(x.requests / (x.eval_ms / 1000));
const us = x => (x.eval_ms * 1000 / x.requests).toFixed(2);
const rows = [
  ['engine', 'requests', 'decisions/s', 'mean µs', 'p50 µs', 'p99 µs'],
  ['custos (C#)', c.requests, perS(c), us(c), c.p50_us, c.p99_us],
  [`cedar-wasm ${s.cedar_wasm} (stateful)`, s.requests, perS(s), us(s), '-', '-'],
  [`cedar-wasm ${l.cedar_wasm} (sliced entities)`, l.requests, perS(l), us(l), '-', '-'],
];
for (const r of rows) console.log(r.map((v, i) => String(v).padEnd(i === 0 ? 38 : 13)).join(''));
console.log(`custos/cedar-wasm: ${(perS(c) / perS(s)).toFixed(0)}x (stateful), ${(perS(c) / perS(l)).toFixed(0)}x (sliced); decisions identical`);
JS
