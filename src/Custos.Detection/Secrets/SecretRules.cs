namespace Custos.Detection.Secrets;

/// <summary>
/// The provider credentials Custos knows by shape. Formats follow the providers' own documentation and the rule
/// sets of gitleaks and secretlint; each is one prefix in the scanner's automaton, so adding a rule adds no pass.
/// </summary>
internal static class SecretRules
{
    /// <summary>
    /// Keys that providers print in their documentation (assembled from parts so that this file is not itself
    /// reported by scanners). Values ending in EXAMPLE or EXAMPLEKEY are caught by rule.
    /// </summary>
    public static IReadOnlySet<string> DocumentedExamples { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        string.Concat("sk_test_", "4eC39HqLyjWDarjtT1zdp7dc"),
        string.Concat("sk_test_", "BQokikJOvBiI2HlWgH4olfQ2"),
        string.Concat("rk_test_", "4eC39HqLyjWDarjtT1zdp7dc"),
    };

    public static IReadOnlyList<SecretRule> All { get; } =
    [
        // Cloud providers
        new("aws-access-key-id", "AKIA", BodyChars.UpperBase32, 16, 16, 0.95, SecretCheck.AwsKeyId),
        new("aws-access-key-id", "ASIA", BodyChars.UpperBase32, 16, 16, 0.95, SecretCheck.AwsKeyId),
        new("aws-access-key-id", "ABIA", BodyChars.UpperBase32, 16, 16, 0.95, SecretCheck.AwsKeyId),
        new("aws-access-key-id", "ACCA", BodyChars.UpperBase32, 16, 16, 0.95, SecretCheck.AwsKeyId),
        new("google-api-key", "AIza", BodyChars.UrlSafe, 35, 35, 0.95),
        new("google-oauth-client-secret", "GOCSPX-", BodyChars.UrlSafe, 28, 28, 0.95),
        new("google-oauth-access-token", "ya29.", BodyChars.UrlSafe, 30, 2048, 0.85),
        new("azure-storage-account-key", "AccountKey=", BodyChars.Base64Padded, 88, 88, 0.95, SecretCheck.AzureAccountKey),
        new("azure-shared-access-key", "SharedAccessKey=", BodyChars.Base64Padded, 44, 44, 0.9, SecretCheck.AzureSharedAccessKey),
        new("azure-ad-client-secret", "Q~", BodyChars.Dotted, 31, 34, 0.85, SecretCheck.AzureAdClientSecret),
        new("digitalocean-token", "dop_v1_", BodyChars.LowerHex, 64, 64, 0.95),
        new("digitalocean-token", "doo_v1_", BodyChars.LowerHex, 64, 64, 0.95),
        new("digitalocean-token", "dor_v1_", BodyChars.LowerHex, 64, 64, 0.95),
        new("heroku-api-key", "HRKU-", BodyChars.UrlSafe, 20, 80, 0.9),
        new("flyio-token", "fo1_", BodyChars.UrlSafe, 43, 43, 0.9),

        // Source hosting and CI
        new("github-pat", "ghp_", BodyChars.Base62, 36, 36, 1.0, SecretCheck.GitHubChecksum),
        new("github-oauth-token", "gho_", BodyChars.Base62, 36, 36, 1.0, SecretCheck.GitHubChecksum),
        new("github-app-user-token", "ghu_", BodyChars.Base62, 36, 36, 1.0, SecretCheck.GitHubChecksum),
        new("github-app-installation-token", "ghs_", BodyChars.Base62, 36, 36, 1.0, SecretCheck.GitHubChecksum),
        new("github-refresh-token", "ghr_", BodyChars.Base62, 36, 36, 1.0, SecretCheck.GitHubChecksum),
        new("github-fine-grained-pat", "github_pat_", BodyChars.Word, 82, 82, 0.95),
        new("gitlab-pat", "glpat-", BodyChars.Dotted, 20, 80, 0.95),
        new("gitlab-pipeline-trigger-token", "glptt-", BodyChars.LowerHex, 40, 40, 0.95),
        new("gitlab-runner-token", "glrt-", BodyChars.Dotted, 20, 80, 0.95),
        new("gitlab-deploy-token", "gldt-", BodyChars.Dotted, 20, 80, 0.95),
        new("gitlab-runner-registration-token", "GR1348941", BodyChars.UrlSafe, 20, 20, 0.9),
        new("buildkite-token", "bkua_", BodyChars.LowerHex, 40, 40, 0.9),

        // Package registries
        new("npm-token", "npm_", BodyChars.Base62, 36, 36, 1.0, SecretCheck.GitHubChecksum),
        new("pypi-token", "pypi-AgEIcHlwaS5vcmc", BodyChars.UrlSafe, 50, 400, 0.95),
        new("clojars-token", "CLOJARS_", BodyChars.Base62, 60, 60, 0.9),

        // Messaging and collaboration
        new("slack-bot-token", "xoxb-", BodyChars.UrlSafe, 20, 250, 0.95, SecretCheck.SlackToken),
        new("slack-user-token", "xoxp-", BodyChars.UrlSafe, 20, 250, 0.95, SecretCheck.SlackToken),
        new("slack-user-token", "xoxa-", BodyChars.UrlSafe, 20, 250, 0.95, SecretCheck.SlackToken),
        new("slack-user-token", "xoxr-", BodyChars.UrlSafe, 20, 250, 0.95, SecretCheck.SlackToken),
        new("slack-config-token", "xoxe.xox", BodyChars.UrlSafe, 20, 250, 0.9),
        new("slack-app-token", "xapp-", BodyChars.UrlSafe, 20, 250, 0.9),
        new("slack-webhook", "hooks.slack.com/services/", BodyChars.UrlSafe, 0, 0, 0.95, SecretCheck.SlackWebhook),
        new("discord-webhook", "discord.com/api/webhooks/", BodyChars.UrlSafe, 0, 0, 0.95, SecretCheck.DiscordWebhook),
        new("discord-webhook", "discordapp.com/api/webhooks/", BodyChars.UrlSafe, 0, 0, 0.95, SecretCheck.DiscordWebhook),
        new("telegram-bot-token", ":AA", BodyChars.UrlSafe, 0, 0, 0.9, SecretCheck.Telegram),
        new("twilio-api-key", "SK", BodyChars.LowerHex, 32, 32, 0.85),
        new("sendgrid-api-key", "SG.", BodyChars.Dotted, 66, 66, 0.95, SecretCheck.SendGrid),
        new("mailgun-api-key", "key-", BodyChars.LowerHex, 32, 32, 0.85),
        new("linear-api-key", "lin_api_", BodyChars.Base62, 40, 40, 0.95),
        new("notion-token", "ntn_", BodyChars.Base62, 46, 46, 0.9),
        new("notion-token", "secret_", BodyChars.Base62, 43, 43, 0.8),
        new("atlassian-api-token", "ATATT3", BodyChars.Dotted, 180, 200, 0.95),
        new("figma-token", "figd_", BodyChars.UrlSafe, 40, 40, 0.9),

        // Payments and commerce
        new("stripe-secret-key", "sk_live_", BodyChars.Base62, 24, 247, 0.95),
        new("stripe-secret-key", "sk_test_", BodyChars.Base62, 24, 247, 0.9),
        new("stripe-restricted-key", "rk_live_", BodyChars.Base62, 24, 247, 0.95),
        new("stripe-restricted-key", "rk_test_", BodyChars.Base62, 24, 247, 0.9),
        new("stripe-webhook-secret", "whsec_", BodyChars.Base62, 32, 64, 0.9),
        new("shopify-access-token", "shpat_", BodyChars.LowerHex, 32, 32, 0.95),
        new("shopify-custom-app-token", "shpca_", BodyChars.LowerHex, 32, 32, 0.95),
        new("shopify-private-app-token", "shppa_", BodyChars.LowerHex, 32, 32, 0.95),
        new("shopify-shared-secret", "shpss_", BodyChars.LowerHex, 32, 32, 0.95),
        new("square-access-token", "sq0atp-", BodyChars.UrlSafe, 22, 22, 0.95),
        new("square-oauth-secret", "sq0csp-", BodyChars.UrlSafe, 43, 43, 0.95),
        new("square-access-token", "EAAA", BodyChars.UrlSafe, 60, 60, 0.8),

        // AI providers
        new("openai-api-key", "sk-proj-", BodyChars.UrlSafe, 40, 250, 0.95),
        new("openai-api-key", "sk-svcacct-", BodyChars.UrlSafe, 40, 250, 0.95),
        new("openai-api-key", "sk-admin-", BodyChars.UrlSafe, 40, 250, 0.95),
        new("openai-api-key", "sk-", BodyChars.Base62, 48, 48, 0.95, SecretCheck.OpenAiLegacy),
        new("anthropic-api-key", "sk-ant-api03-", BodyChars.UrlSafe, 80, 120, 0.95, SecretCheck.EndsWithAA),
        new("anthropic-admin-key", "sk-ant-admin01-", BodyChars.UrlSafe, 80, 120, 0.95, SecretCheck.EndsWithAA),
        new("huggingface-token", "hf_", BodyChars.Letters, 34, 34, 0.9),
        new("huggingface-org-token", "api_org_", BodyChars.Letters, 34, 34, 0.9),
        new("replicate-api-token", "r8_", BodyChars.Base62, 37, 37, 0.9),
        new("groq-api-key", "gsk_", BodyChars.Base62, 52, 52, 0.9),
        new("perplexity-api-key", "pplx-", BodyChars.Base62, 48, 48, 0.9),
        new("xai-api-key", "xai-", BodyChars.Base62, 80, 80, 0.9),

        // Infrastructure and observability
        new("vault-service-token", "hvs.", BodyChars.UrlSafe, 24, 200, 0.9),
        new("vault-batch-token", "hvb.", BodyChars.UrlSafe, 24, 300, 0.9),
        new("vault-recovery-token", "hvr.", BodyChars.UrlSafe, 24, 200, 0.9),
        new("doppler-token", "dp.pt.", BodyChars.Base62, 43, 43, 0.95),
        new("pulumi-access-token", "pul-", BodyChars.LowerHex, 40, 40, 0.95),
        new("postman-api-key", "PMAK-", BodyChars.UrlSafe, 59, 59, 0.95, SecretCheck.Postman),
        new("new-relic-user-key", "NRAK-", BodyChars.UpperAlnum, 27, 27, 0.95),
        new("grafana-service-account-token", "glsa_", BodyChars.Word, 41, 41, 0.95, SecretCheck.Grafana),
        new("grafana-cloud-token", "glc_", BodyChars.Base64Padded, 32, 400, 0.9),
        new("dynatrace-token", "dt0c01.", BodyChars.Dotted, 89, 89, 0.95, SecretCheck.Dynatrace),
        new("sentry-org-token", "sntrys_", BodyChars.Base64Padded, 60, 400, 0.95),
        new("sentry-user-token", "sntryu_", BodyChars.LowerHex, 64, 64, 0.95),
        new("databricks-token", "dapi", BodyChars.LowerHex, 32, 32, 0.85),
        new("supabase-token", "sbp_", BodyChars.LowerHex, 40, 40, 0.9),
        new("tailscale-key", "tskey-", BodyChars.UrlSafe, 20, 120, 0.9, SecretCheck.Tailscale),
        new("age-secret-key", "AGE-SECRET-KEY-1", BodyChars.UpperAlnum, 58, 58, 0.95),
        new("custos-token", "cst_", BodyChars.Base62, 49, 49, 1.0, SecretCheck.GitHubChecksum),

        // Structured credentials, read by their own parsers
        new("private-key", "-----BEGIN ", BodyChars.Base62, 0, 0, 1.0, SecretCheck.PrivateKey),
        new("jwt", "eyJ", BodyChars.UrlSafe, 0, 0, 0.9, SecretCheck.Jwt),
        new("url-credentials", "://", BodyChars.UrlSafe, 0, 0, 0.9, SecretCheck.UrlCredentials),
    ];
}
