namespace Custos.Storage.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations. A migration is never edited once released: add a new one.
/// Each is applied in its own transaction and recorded in <c>schema_migrations</c>.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> All =
    [
        (1, "tokens, agent states and the decisions table", """
            CREATE TABLE tokens (
                id          TEXT    NOT NULL PRIMARY KEY,
                hash        BLOB    NOT NULL UNIQUE,
                kind        TEXT    NOT NULL CHECK (kind IN ('agent', 'admin')),
                subject     TEXT    NOT NULL,
                created_at  INTEGER NOT NULL,
                expires_at  INTEGER NOT NULL,
                revoked_at  INTEGER
            ) STRICT;
            CREATE INDEX tokens_by_subject ON tokens (subject);

            CREATE TABLE agent_states (
                agent       TEXT    NOT NULL PRIMARY KEY,
                status      TEXT    NOT NULL CHECK (status IN ('active', 'quarantined', 'halted')),
                reason      TEXT,
                changed_at  INTEGER NOT NULL,
                changed_by  TEXT    NOT NULL
            ) STRICT;

            CREATE TABLE decisions (
                seq             INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                id              TEXT    NOT NULL UNIQUE,
                at              INTEGER NOT NULL,
                channel         TEXT    NOT NULL,
                principal       TEXT    NOT NULL,
                credential_id   TEXT,
                action          TEXT    NOT NULL,
                resource        TEXT    NOT NULL,
                effect          TEXT    NOT NULL,
                outcome         TEXT    NOT NULL,
                stopped_at      TEXT,
                policies        TEXT    NOT NULL,
                reasons         TEXT    NOT NULL,
                context_sha256  TEXT,
                duration_us     INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX decisions_by_principal ON decisions (principal, at);
            CREATE INDEX decisions_by_time ON decisions (at);
            """),
        (2, "the client address of each recorded action", """
            ALTER TABLE decisions ADD COLUMN origin TEXT;
            """),
        (3, "the audit ledger replaces the decisions table (kept, read-only, as legacy_decisions)", """
            ALTER TABLE decisions RENAME TO legacy_decisions;

            CREATE TABLE ledger_entries (
                seq         INTEGER NOT NULL PRIMARY KEY,
                at          INTEGER NOT NULL,
                agent       TEXT    NOT NULL,
                action      TEXT    NOT NULL,
                outcome     TEXT    NOT NULL,
                system      TEXT    NOT NULL,
                record_id   TEXT    NOT NULL,
                category    TEXT    NOT NULL CHECK (category IN ('payloads', 'personal_data')),
                leaf        BLOB    NOT NULL CHECK (length(leaf) = 32),
                entry       BLOB,
                payload     BLOB
            ) STRICT;
            CREATE INDEX ledger_by_agent ON ledger_entries (agent, at);
            CREATE INDEX ledger_by_time ON ledger_entries (at);
            CREATE INDEX ledger_by_record ON ledger_entries (record_id);

            CREATE TABLE ledger_checkpoints (
                size        INTEGER NOT NULL PRIMARY KEY,
                at          INTEGER NOT NULL,
                note        TEXT    NOT NULL
            ) STRICT;
            """),
        (4, "data subjects' keys for crypto-shredding", """
            CREATE TABLE subject_keys (
                ref         TEXT    NOT NULL PRIMARY KEY,
                lookup      BLOB    UNIQUE,
                key         BLOB,
                created_at  INTEGER NOT NULL,
                erased_at   INTEGER,
                erased_by   TEXT,
                CHECK (key IS NULL OR length(key) = 32),
                CHECK (lookup IS NULL OR length(lookup) = 32),
                CHECK ((erased_at IS NULL AND key IS NOT NULL AND lookup IS NOT NULL)
                    OR (erased_at IS NOT NULL AND key IS NULL AND lookup IS NULL))
            ) STRICT;
            """),
        (5, "the approval queue", """
            CREATE TABLE approvals (
                id            TEXT    NOT NULL PRIMARY KEY,
                action_id     TEXT    NOT NULL,
                agent         TEXT    NOT NULL,
                action        TEXT    NOT NULL,
                resource      TEXT    NOT NULL,
                why           TEXT    NOT NULL,
                requested_at  INTEGER NOT NULL,
                expires_at    INTEGER NOT NULL,
                status        TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'expired', 'cancelled')),
                decided_by    TEXT,
                decided_at    INTEGER,
                reason        TEXT
            ) STRICT;
            CREATE INDEX approvals_by_status ON approvals (status, requested_at);
            """),
        (6, "the built-in secrets store (sealed versions) and per-day counts of secret uses", """
            CREATE TABLE secrets (
                name            TEXT    NOT NULL PRIMARY KEY,
                kind            TEXT    NOT NULL CHECK (kind IN ('secret', 'honeytoken')),
                current_version INTEGER NOT NULL,
                created_at      INTEGER NOT NULL,
                rotated_at      INTEGER NOT NULL,
                rotated_by      TEXT    NOT NULL
            ) STRICT;

            CREATE TABLE secret_versions (
                name            TEXT    NOT NULL REFERENCES secrets (name),
                version         INTEGER NOT NULL CHECK (version >= 1),
                master_key_id   TEXT    NOT NULL,
                wrapped_key     BLOB    NOT NULL,
                ciphertext      BLOB    NOT NULL,
                created_at      INTEGER NOT NULL,
                created_by      TEXT    NOT NULL,
                PRIMARY KEY (name, version)
            ) STRICT;

            CREATE TABLE secret_uses (
                day             TEXT    NOT NULL,
                reference       TEXT    NOT NULL,
                agent           TEXT    NOT NULL,
                system          TEXT    NOT NULL,
                outcome         TEXT    NOT NULL CHECK (outcome IN ('used', 'denied', 'honeytoken')),
                count           INTEGER NOT NULL,
                last_at         INTEGER NOT NULL,
                last_action     TEXT,
                PRIMARY KEY (day, reference, agent, system, outcome)
            ) STRICT;
            """),
        (7, "pinned definitions of upstream MCP tools (rug-pull protection)", """
            CREATE TABLE mcp_tool_pins (
                system              TEXT    NOT NULL,
                tool                TEXT    NOT NULL,
                approved_sha256     TEXT    NOT NULL,
                approved_definition TEXT    NOT NULL,
                pending_sha256      TEXT,
                pending_definition  TEXT,
                first_seen          INTEGER NOT NULL,
                changed_at          INTEGER,
                approved_at         INTEGER,
                approved_by         TEXT,
                PRIMARY KEY (system, tool),
                CHECK ((pending_sha256 IS NULL) = (pending_definition IS NULL))
            ) STRICT;
            """),
        (8, "per-hour counts of each agent's uses of each secret (unusual-use baselines)", """
            CREATE TABLE secret_use_hours (
                reference   TEXT    NOT NULL,
                agent       TEXT    NOT NULL,
                hour        INTEGER NOT NULL,
                count       INTEGER NOT NULL,
                PRIMARY KEY (reference, agent, hour)
            ) STRICT;
            """),
        (11, "poisoned MCP tool definitions: the last one alerted on, and one an operator accepted", """
            ALTER TABLE mcp_tool_pins ADD COLUMN poisoned_sha256 TEXT;
            ALTER TABLE mcp_tool_pins ADD COLUMN poisoned_findings TEXT;
            ALTER TABLE mcp_tool_pins ADD COLUMN accepted_sha256 TEXT;
            """),
        (12, "reversible redaction tokens (values sealed under the master key, found by a keyed hash)", """
            CREATE TABLE redaction_tokens (
                id              TEXT    NOT NULL PRIMARY KEY,
                type            TEXT    NOT NULL,
                lookup          BLOB    UNIQUE,
                master_key_id   TEXT,
                wrapped_key     BLOB,
                ciphertext      BLOB,
                subject_refs    TEXT    NOT NULL DEFAULT '',
                layers          INTEGER NOT NULL DEFAULT 0,
                created_at      INTEGER NOT NULL,
                expires_at      INTEGER NOT NULL,
                erased_at       INTEGER,
                CHECK ((ciphertext IS NULL) = (wrapped_key IS NULL) AND (ciphertext IS NULL) = (master_key_id IS NULL))
            ) STRICT;

            CREATE INDEX redaction_tokens_live_expiry ON redaction_tokens (expires_at) WHERE ciphertext IS NOT NULL;
            """),
        (14, "each agent's counted anomaly windows (call rate and spend baselines that survive a restart)", """
            CREATE TABLE anomaly_windows (
                agent           TEXT    NOT NULL,
                window_ticks    INTEGER NOT NULL,
                window          INTEGER NOT NULL,
                calls           INTEGER NOT NULL,
                spend           TEXT    NOT NULL,
                fired_calls     INTEGER NOT NULL CHECK (fired_calls IN (0, 1)),
                fired_spend     INTEGER NOT NULL CHECK (fired_spend IN (0, 1)),
                PRIMARY KEY (agent, window_ticks, window)
            ) STRICT;
            """),
    ];
}
