// Runs the detection peers over the same inputs Custos scans, for bench/Custos.Benchmarks `detection-peers`.
//   node compare.mjs EVAL.jsonl INPUT_DIR SECONDS
// EVAL.jsonl: lines {"id","text","labels":[{"type",...}]}. INPUT_DIR: *.txt throughput inputs.
// Prints one JSON object: per tool, the entity types it reported for each evaluation text (text-level,
// because redact-pii reports no offsets), and its throughput on each input.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { lintSource } from "@secretlint/core";
import { creator as recommend } from "@secretlint/secretlint-rule-preset-recommend";
import { SyncRedactor } from "redact-pii";

const [evalPath, inputDir, secondsText] = process.argv.slice(2);
if (!evalPath || !inputDir) {
  console.error("usage: node compare.mjs EVAL.jsonl INPUT_DIR [SECONDS]");
  process.exit(2);
}
const seconds = Number(secondsText ?? "3");

// redact-pii replaces each match with its redactor's name in upper snake case (it ignores a per-redactor
// replaceWith); a name that occurs more often in the output than in the input is a detection. Its names are
// mapped to Presidio's; the ones with no counterpart keep their own (they still count as flagging a text).
const names = {
  CREDIT_CARD_NUMBER: "CREDIT_CARD",
  EMAIL_ADDRESS: "EMAIL_ADDRESS",
  IP_ADDRESS: "IP_ADDRESS",
  PHONE_NUMBER: "PHONE_NUMBER",
  US_SOCIAL_SECURITY_NUMBER: "US_SSN",
  STREET_ADDRESS: "STREET_ADDRESS",
  ZIPCODE: "ZIPCODE",
  USERNAME: "USERNAME",
  PASSWORD: "PASSWORD",
  CREDENTIALS: "CREDENTIALS",
  DIGITS: "DIGITS",
  URL: "URL",
  PERSON_NAME: "PERSON",
};
const redactor = new SyncRedactor();
const count = (text, word) => text.split(word).length - 1;
const redactPii = (text) => {
  const redacted = redactor.redact(text);
  return Object.entries(names).filter(([marker]) => count(redacted, marker) > count(text, marker)).map(([, type]) => type);
};

const config = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommend }] };
const secretlint = async (text) => {
  const result = await lintSource({
    source: { filePath: "input.txt", content: text, ext: ".txt", contentType: "text" },
    options: { config, noPhysicFilePath: true },
  });
  return result.messages.length > 0 ? ["SECRET"] : [];
};

const tools = { secretlint, "redact-pii": async (text) => redactPii(text) };
const cases = readFileSync(evalPath, "utf8").split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l));
const out = { tools: {} };
for (const [name, detect] of Object.entries(tools)) {
  const found = {};
  for (const c of cases) {
    const types = await detect(c.text);
    if (types.length > 0) found[c.id] = types;
  }
  const throughput = {};
  for (const file of readdirSync(inputDir).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(join(inputDir, file), "utf8");
    await detect(text); // warm-up
    let runs = 0;
    const started = process.hrtime.bigint();
    let elapsed = 0;
    do {
      await detect(text);
      runs++;
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    } while (elapsed < seconds);
    throughput[file.replace(/\.txt$/, "")] = { megabytesPerSecond: (text.length * runs) / elapsed / 1e6, runs };
  }
  out.tools[name] = { found, throughput };
}
process.stdout.write(JSON.stringify(out));
