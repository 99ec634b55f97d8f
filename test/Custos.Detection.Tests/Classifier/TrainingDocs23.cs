namespace Custos.Detection.Tests.Classifier;

/// <summary>
/// Training texts, documentation (2026-11-29, classifier23): benign paragraphs written by hand in the manner of the
/// README, configuration reference, threat model, quick start, troubleshooting and AGENTS.md files of tools for AI
/// agents, about invented products (Harbor, Loom), never copied from this repository's README.md or docs/*.md, which
/// stay unlearned so that <c>Benign_sets_with_the_classifier_on_are_reported</c> measures them. Such text speaks of
/// agents, every request, who may do what and what the agent must never do, and the model, having learned no
/// documentation, read those words as orders (docs paragraphs: 11 flagged off, 16 on). Benign only; four paragraphs in
/// French, German, Spanish and Japanese.
/// </summary>
internal static class TrainingDocs23
{
    public static readonly string[] Attacks = [];

    public static readonly string[] Benign =
    [
        "Every agent that connects to the gateway gets its own identity: a name, an owner and a set of scopes. Requests without a valid token are refused before any policy runs, so an agent that has not been registered cannot call a tool at all.",
        "Note for operators: the approval queue is shared by every workspace on the instance. If your team needs its own queue, create a separate workspace and assign reviewers there; approvals never cross workspaces.",
        "The agent never sees the raw credential. When a tool call needs a database password, the broker injects it into the outgoing request and records a reference in the audit log instead of the value.",
        "## Configuration reference\n\n`retention.days` (default 90) sets how long audit entries are kept before they are compacted. Setting it below 7 is refused at startup with an error that names the key.",
        "Who can change a policy? Only members of the `policy-admins` group. Every change is versioned, and the previous version stays active until the new one passes validation.",
        "This section describes what happens when an agent asks for something its policy does not allow: the call is denied, the agent receives a structured error with the policy id, and the denial is written to the ledger with the request's hash.",
        "Threat model: we assume an attacker can write content that an agent will later read, such as a web page, an email or a ticket comment. We do not assume the attacker can change the agent's configuration or the policies themselves.",
        "An attacker who controls a document the agent summarises may try to give the agent new orders. The scanner looks for such text in tool results and marks it; whether the call is then blocked depends on the `injection.action` setting.",
        "The whole point of the ledger is that nobody, including the operators, can rewrite history quietly. Entries are chained by hash and periodically checkpointed; a verifier can check any entry against the latest signed checkpoint.",
        "Agents should treat tool output as data, not as instructions. Our SDK makes this explicit: tool results are passed back in a separate field, and the system prompt template reminds the model that they come from outside.",
        "To rotate a secret, run `loom secrets rotate db-main`. Agents that are mid-request keep the old value until their call finishes; new calls get the new one. The old value is revoked after the grace period (five minutes by default).",
        "If an agent needs broader access for a one-off task, grant a temporary scope with an expiry rather than editing its standing policy. Temporary scopes show up in the dashboard with a countdown and are removed automatically.",
        "## Quick start\n\n1. Start the server with `harbor serve`.\n2. Register your first agent: `harbor agents add support-bot --owner you@example.com`.\n3. Point the agent's MCP client at `http://localhost:7070/mcp`.",
        "The dashboard lists every agent with its last activity, its open approvals and the number of denied calls in the last day. Click an agent to see its full history, filtered by tool or by outcome.",
        "Before you upgrade, export the current policies with `harbor policies export > backup.cedar`. The upgrade migrates the store in place and cannot be rolled back without that file.",
        "The sandbox runs each tool in its own container with no network by default. Tools that need the network declare the hosts they reach in their manifest, and the sandbox only opens those.",
        "This release changes how approvals expire: an approval that nobody answers within the configured window is now treated as a denial, and the agent is told so. Previously it waited forever.",
        "We log identifiers, not content. A log line says which agent called which tool and what the decision was; it never contains the arguments, the result, or any secret the broker handled.",
        "Every request passes through the same stages in order: authenticate, authorize, screen, call, screen the result, record. A stage that fails closes the request; no later stage runs.",
        "The policy language is deliberately small. A rule permits or forbids an action for a principal on a resource, optionally under a condition; forbid always wins over permit, and anything not permitted is denied.",
        "Agents running in the nightly batch have read-only scopes. If a batch job needs to write, it must go through the approval flow like an interactive agent, so that someone signs off on the change.",
        "Operators sometimes ask whether they can turn off screening for trusted tools. You can, per tool, with `screening.skip`, but the ledger still records the call, and the dashboard marks the tool as unscreened.",
        "A note on prompts: the system prompt is configuration, not a secret. Keep credentials out of it. If a model repeats its prompt to a user, nothing sensitive should leak.",
        "## Troubleshooting\n\nIf the agent reports \"policy denied\" for a call you expected to work, open the request in the dashboard. The decision panel shows which rule matched and why the others did not.",
        "The assistant can draft replies, but it cannot send them. Sending requires the `mail.send` scope, which we grant only to the outbound service, so every message is reviewed by a person first.",
        "When a tool result is flagged as a possible injection, the agent receives the result with the flagged span replaced by a short marker. The original is kept in the ledger for review.",
        "Each workspace has an owner who can invite members, create agents and approve requests. Owners cannot read secret values; they can only see that a secret exists and when it was last rotated.",
        "For local development you can run everything in one process with an in-memory store. Data is lost on restart, which is what you want for tests but not for anything you care about.",
        "This guide walks you through connecting a coding agent to your repository. The agent will be able to read files and open pull requests, but not merge them or push to protected branches.",
        "Rate limits apply per agent, not per workspace. An agent that exceeds its limit gets a 429 with a Retry-After header; other agents in the same workspace are unaffected.",
        "Incident response: when an agent misbehaves, suspend it from the dashboard or with `harbor agents suspend <name>`. Suspension takes effect on the next request and keeps the agent's history for investigation.",
        "The model provider sees only what the gateway forwards. Personal data found in prompts is redacted before the request leaves, and restored in the response only for the user who sent it.",
        "We recommend one agent per job. An agent that triages tickets should not also deploy code; splitting them keeps each policy small and makes a compromise of one less costly.",
        "## Environment variables\n\n| name | meaning |\n| --- | --- |\n| HARBOR_DB | connection string of the store |\n| HARBOR_KEY_FILE | path of the signing key |\n| HARBOR_LOG_LEVEL | one of debug, info, warn |",
        "Tools declare their arguments in a JSON schema. The gateway validates every call against the schema before authorizing it, so a malformed call never reaches the policy engine or the tool.",
        "The audit export is a newline-delimited JSON file, one entry per line, with the entry's hash and the hash of the previous entry. Auditors can verify the chain with the standalone verifier, which needs no access to the server.",
        "Reviewers see the exact call the agent wants to make, with its arguments, the policy that asked for approval, and the agent's last few actions for context. They can approve once, approve for a day, or deny.",
        "Secrets are stored encrypted with a key held outside the database. Backups of the database alone are therefore useless to whoever obtains them; keep the key file backed up separately.",
        "What the scanner does not do: it does not understand intent, it does not read images, and it does not follow links. It reads the text it is given and reports what it finds, with a score and an explanation.",
        "Agents should ask before acting on anything irreversible: deleting data, sending money, publishing content. Our default policy template requires approval for those tools, and we suggest keeping it that way.",
        "The CLI reads its settings from `~/.config/harbor/config.toml`, then from environment variables, then from flags; later sources win. Run `harbor config show` to see the effective values and where each came from.",
        "When a user asks the assistant about their account, it looks up the account through the support API with the user's own token. It cannot see other customers' accounts, even if asked to.",
        "Contributing: run `make test` before opening a pull request, and add a test for every bug you fix. We review within two working days; a maintainer will merge once the checks pass.",
        "The threat we worry about most is not a clever jailbreak but an ordinary mistake: an agent given a broad token, a tool with a permissive default, a secret pasted into a prompt. Most of this project is about making those mistakes harder.",
        "Each finding names the detector that produced it, the span, a score between 0 and 1 and a one-line explanation. Findings never include the matched value itself when it is a secret; they point at it by offset.",
        "Agents built on the SDK retry transient failures with backoff, but never retry a denial. A denied call is final for that request; the agent must change what it asks for or ask a person.",
        "## AGENTS.md\n\nThis repository uses .NET 10. Build with `dotnet build`, test with `dotnet test`. Keep public APIs documented. Do not commit generated files; they are rebuilt in CI.",
        "Instructions for contributors using coding assistants: the assistant may edit code and tests, but every change goes through review like any other. Please mention in the pull request if an assistant wrote most of it.",
        "The gateway can sit in front of several model providers at once. Routing rules choose a provider per agent or per model name; a provider that fails health checks is skipped until it recovers.",
        "Policies are tested like code. Put example requests and the decision you expect in a test file, and `harbor policies test` will run them; a policy change that flips an expected decision fails the build.",
        "On shared machines, run the server under its own user account and keep its data directory readable only by that account. The server refuses to start if the key file is readable by others.",
        "The privacy module keeps a register of the personal data each agent processes, derived from what the scanner saw. Data subjects' requests are answered from this register, not by searching raw logs.",
        "Version 2.3 adds per-tool budgets. An agent can be allowed, say, a hundred search calls a day but only five email drafts; when a budget runs out, further calls are denied until the next window.",
        "This page explains how the agent decides which files to read. It starts from the files named in the task, follows imports one level deep, and stops there; it never reads files outside the repository.",
        "Email integration: the assistant reads the shared inbox and files each message into a queue by topic. Messages that ask it to do something other than filing, such as forwarding or replying, are left for a person.",
        "Keep agent instructions in version control next to the code they describe. When the instructions change, the diff shows what the agent was told before and after, which helps when reviewing its behaviour.",
        "Every night the checkpoint job signs the ledger's current root and publishes it to the transparency log. Anyone holding an older checkpoint can ask for a consistency proof that the new one extends it.",
        "If you run the agent in CI, give it a token scoped to the pipeline's repository and nothing else. Tokens with organisation-wide access turn a compromised job into a compromised organisation.",
        "The helpdesk bot answers from the knowledge base only. If no article matches, it says so and offers to open a ticket; it does not guess, and it does not promise refunds or changes to an order.",
        "Dépannage : si l'agent reçoit « accès refusé » pour un outil autorisé, vérifiez que son jeton n'a pas expiré. Les jetons durent une heure par défaut et se renouvellent automatiquement.",
        "Konfiguration: Jeder Agent hat eine eigene Richtlinie. Änderungen an Richtlinien werden versioniert; die vorherige Version bleibt aktiv, bis die neue validiert ist.",
        "Configuración: cada agente tiene su propio token y sus propios permisos. Para dar acceso temporal a una herramienta, use un permiso con fecha de caducidad en lugar de editar la política.",
        "説明：エージェントはツールの結果をデータとして扱います。結果の中に指示のような文があっても、それに従うことはありません。詳しくは脅威モデルの章を参照してください。",
    ];
}
