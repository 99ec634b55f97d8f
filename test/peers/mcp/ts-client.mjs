// The official TypeScript MCP SDK client, as an agent would use it against Custos.
// Usage: CUSTOS_TOKEN=cst_… node ts-client.mjs ENDPOINT [TOOL [ARGUMENTS_JSON]]
// Prints one JSON line: {"tools": [...], "result": {...}} or {"error": "...", "code": N}.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [endpoint, tool, argumentsJson] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(endpoint), {
  requestInit: { headers: { Authorization: `Bearer ${process.env.CUSTOS_TOKEN ?? ''}` } },
});
const client = new Client({ name: 'custos-ts-test', version: '1.0.0' });
try {
  await client.connect(transport);
  const listed = await client.listTools();
  const out = { tools: listed.tools.map((t) => t.name), session: transport.sessionId ?? null };
  if (tool) {
    out.result = await client.callTool({ name: tool, arguments: JSON.parse(argumentsJson ?? '{}') });
  }
  console.log(JSON.stringify(out));
  await client.close();
} catch (e) {
  console.log(JSON.stringify({ error: String(e?.message ?? e), code: e?.code ?? null }));
  process.exitCode = 1;
}
