// The official openai npm package as an agent would use it against Custos: base URL Custos, API key the agent's
// Custos token. Prints one JSON line with what each call returned (or the error the SDK raised).
import OpenAI from "openai";

const baseURL = process.argv[2];
const client = new OpenAI({ baseURL, apiKey: process.env.CUSTOS_TOKEN, maxRetries: 0, timeout: 30_000 });

async function attempt(fn) {
  try {
    return await fn();
  } catch (e) {
    return { error: { status: e.status ?? null, message: String(e.message ?? e), type: e.type ?? null, actionId: e.headers?.get?.("x-custos-action-id") ?? null } };
  }
}

const out = {};
out.chat = await attempt(async () => {
  const r = await client.chat.completions.create({ model: "gpt-4.1", messages: [{ role: "user", content: "hello" }] });
  return { text: r.choices[0].message.content, usage: r.usage };
});
out.chatStream = await attempt(async () => {
  const stream = await client.chat.completions.create({ model: "gpt-4.1", stream: true, messages: [{ role: "user", content: "stream" }] });
  let text = "";
  let usage = null;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? "";
    if (chunk.usage) usage = chunk.usage;
  }
  return { text, usage };
});
out.responses = await attempt(async () => {
  const r = await client.responses.create({ model: "gpt-4.1", input: "hello" });
  return { text: r.output_text, usage: r.usage };
});
out.responsesStream = await attempt(async () => {
  const stream = await client.responses.create({ model: "gpt-4.1", input: "stream", stream: true });
  let text = "";
  let completed = null;
  for await (const event of stream) {
    if (event.type === "response.output_text.delta") text += event.delta;
    if (event.type === "response.completed") completed = event.response.usage;
  }
  return { text, usage: completed };
});
out.embeddings = await attempt(async () => {
  const r = await client.embeddings.create({ model: "text-embedding-3-small", input: ["custos", "bb"] });
  return { vectors: r.data.map((d) => Array.from(d.embedding)), usage: r.usage };
});
out.denied = await attempt(async () => {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
  return { text: r.choices[0].message.content };
});
console.log(JSON.stringify(out));
