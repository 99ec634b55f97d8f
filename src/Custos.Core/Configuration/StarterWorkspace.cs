namespace Custos.Core.Configuration;

/// <summary>
/// The workspace <c>custos init</c> writes: five agents with least-privilege grants that fit their jobs, the
/// systems they use, budgets and retention. It is valid as written; credentials are references only.
/// </summary>
public static class StarterWorkspace
{
    public static readonly IReadOnlyList<string> AgentNames = ["dev-agent", "marketing-agent", "support-agent", "finance-agent", "security-agent"];

    public const string GitIgnore = """
        # Custos keeps its database, keys and caches here; never commit them.
        .custos/

        """;

    public const string Yaml = """
        # Custos workspace: policy as code. Keep this file in git and review changes like code.
        # Check it with `custos validate`; the reference is docs/configuration.md.
        version: 1

        # Where Custos keeps its SQLite database and keys, relative to this file.
        data_dir: .custos

        server:
          urls: http://127.0.0.1:8421
          max_request_bytes: 65536
          failed_auth_limit: 20     # per client address per minute; then 429 for a minute

        # Every agent that acts through Custos. GDPR: each names its lawful basis (Art. 6) and purpose (Art. 30).
        agents:
          - name: dev-agent
            owner: platform-team@example.com
            team: engineering
            purpose: Reads the code base, proposes changes as pull requests and answers engineers' questions.
            risk_tier: limited
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Software development; sees commit authors' names and e-mail addresses.

          - name: marketing-agent
            owner: marketing-lead@example.com
            team: marketing
            purpose: Drafts blog posts and campaign copy for human editors to review and publish.
            risk_tier: minimal
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Content drafting; processes no customer personal data.

          - name: support-agent
            owner: support-lead@example.com
            team: customer-support
            purpose: Answers customers' tickets using the CRM and its own memory of past conversations.
            risk_tier: limited
            gdpr:
              lawful_basis: contract
              processing_purpose: Customer support under the customer contract (Art. 6(1)(b)).

          - name: finance-agent
            owner: cfo-office@example.com
            team: finance
            purpose: Reconciles invoices and prepares payment runs; a person approves every payment.
            risk_tier: high
            gdpr:
              lawful_basis: legal_obligation
              processing_purpose: Bookkeeping and tax records required by law (Art. 6(1)(c)).

          - name: security-agent
            owner: security-team@example.com
            team: security
            purpose: Watches the other agents' audit trail and halts an agent that misbehaves.
            risk_tier: limited
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Security monitoring of automated agents (Recital 49).

        # What the agents reach. Credentials are secret:// references, never values: for an MCP server over
        # stdio each key is an environment variable, over HTTP a header.
        systems:
          - name: github
            kind: mcp
            description: GitHub's MCP server.
            url: https://api.githubcopilot.com/mcp/
            credentials:
              Authorization: secret://env/GITHUB_MCP_AUTHORIZATION

          - name: files
            kind: mcp
            description: The engineering share, through the reference filesystem MCP server.
            command: [npx, -y, "@modelcontextprotocol/server-filesystem", ./shared]

          - name: cms
            kind: mcp
            description: The website's content management system.
            url: https://cms.internal.example/mcp
            credentials:
              Authorization: secret://builtin/cms#authorization

          - name: crm
            kind: mcp
            description: Customer records and support tickets.
            url: https://crm.internal.example/mcp
            credentials:
              Authorization: secret://builtin/crm#authorization

          - name: memory
            kind: mcp
            description: The support agent's long-term memory (knowledge graph).
            command: [npx, -y, "@modelcontextprotocol/server-memory"]

          - name: billing
            kind: http
            description: The billing API (invoices and payments).
            url: https://billing.internal.example/api
            credentials:
              api_key: secret://builtin/billing#api_key

          - name: openai
            kind: llm
            provider: openai
            url: https://api.openai.com/v1
            dpa: OpenAI Ireland Ltd data processing addendum, signed 2026-03-02
            credentials:
              api_key: secret://env/OPENAI_API_KEY

        # Least privilege: each grant allows some actions on some tools of one system. Anything no grant
        # allows is denied. For MCP servers the action is `call` and the tools are the server's tool names;
        # for LLMs the action is `complete` and the tools are model names; `*` matches any run of characters.
        grants:
          - id: dev-reads-code
            agent: dev-agent
            system: github
            actions: [call]
            tools: [get_file_contents, search_code, list_pull_requests, get_pull_request]
          - id: dev-proposes-changes
            agent: dev-agent
            system: github
            actions: [call]
            tools: [create_branch, push_files, create_pull_request]
          - id: dev-reads-share
            agent: dev-agent
            system: files
            actions: [call]
            tools: [read_text_file, list_directory, search_files, get_file_info]
          - id: dev-completes
            agent: dev-agent
            system: openai
            actions: [complete]
            tools: [gpt-4.1, gpt-4.1-mini]

          - id: marketing-drafts
            agent: marketing-agent
            system: cms
            actions: [call]
            tools: [list_posts, get_post, create_draft, update_draft]
          - id: marketing-completes
            agent: marketing-agent
            system: openai
            actions: [complete]
            tools: [gpt-4.1-mini]

          - id: support-reads-customers
            agent: support-agent
            system: crm
            actions: [call]
            tools: [get_customer, search_tickets, get_ticket, update_ticket]
          - id: support-remembers
            agent: support-agent
            system: memory
            actions: [call]
            tools: [create_entities, add_observations, search_nodes, open_nodes]
          - id: support-completes
            agent: support-agent
            system: openai
            actions: [complete]
            tools: [gpt-4.1-mini]

          - id: finance-reads-billing
            agent: finance-agent
            system: billing
            actions: [read, list, query]
            tools: [invoices, payments]
          - id: finance-drafts-invoices
            agent: finance-agent
            system: billing
            actions: [create]
            tools: [invoices]
          - id: finance-completes
            agent: finance-agent
            system: openai
            actions: [complete]
            tools: [gpt-4.1]

          - id: security-reads-audit
            agent: security-agent
            system: custos
            actions: [read, list, query]
            tools: [audit]
          - id: security-contains-agents
            agent: security-agent
            system: custos
            actions: [halt, quarantine]
            tools: [agents]

        # Spend limits in US dollars; at soft_limit_percent Custos alerts, at the limit it stops.
        budgets:
          - agent: dev-agent
            daily_usd: 40
            monthly_usd: 600
          - agent: marketing-agent
            daily_usd: 10
            monthly_usd: 150
          - agent: support-agent
            daily_usd: 25
            monthly_usd: 400
          - agent: finance-agent
            daily_usd: 15
            monthly_usd: 200
          - agent: security-agent
            daily_usd: 10
            monthly_usd: 150

        # How long records are kept, per category (d, w, m, y).
        retention:
          audit: 7y
          payloads: 2y
          personal_data: 2y
          costs: 7y

        """;

    /// <summary>Cedar guardrails beside the grants: <c>policies/guardrails.cedar</c>.</summary>
    public const string Guardrails = """
        // Guardrails in Cedar, beside the grants in custos.yaml (which compile to Cedar permits; see
        // `custos policy show --compiled`). A forbid overrides every permit. `custos validate` checks these
        // against the schema Custos generates (`custos policy show --schema`).

        // Money moves only in office hours (UTC), whatever the grants say.
        @id("payments-in-office-hours")
        forbid (principal, action == Custos::Action::"pay", resource)
        when { context.hour < 7 || context.hour >= 19 };

        // Personal data found in a prompt, or in text sent to be embedded, never goes to an LLM provider.
        @id("no-personal-data-to-llms")
        forbid (principal, action in [Custos::Action::"complete", Custos::Action::"embed"], resource)
        when { context.findings.contains("pii") };

        // Agents in the high risk tier (EU AI Act) never delete anything.
        @id("high-risk-agents-never-delete")
        forbid (principal, action == Custos::Action::"delete", resource)
        when { principal.riskTier == "high" };

        """;

    /// <summary>Policy tests for the starter workspace: <c>policy-tests.yaml</c>, run by <c>custos policy test</c>.</summary>
    public const string PolicyTests = """
        # Policy CI: `custos policy test policy-tests.yaml` decides each case against custos.yaml and
        # policies/*.cedar, and exits 1 if any decision differs from what is expected.
        cases:
          - name: the dev agent may search code
            agent: dev-agent
            action: call
            resource: github.search_code
            expect: allow
            policies: [dev-reads-code]
          - name: the dev agent may not delete a repository (no grant)
            agent: dev-agent
            action: call
            resource: github.delete_repository
            expect: deny
          - name: the marketing agent cannot read customer records
            agent: marketing-agent
            action: call
            resource: crm.get_customer
            expect: deny
          - name: the finance agent may draft an invoice
            agent: finance-agent
            action: create
            resource: billing.invoices
            expect: allow
          - name: the security agent may halt other agents
            agent: security-agent
            action: halt
            resource: custos.agents
            expect: allow

        """;
}
