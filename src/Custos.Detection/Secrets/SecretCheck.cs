namespace Custos.Detection.Secrets;

/// <summary>How a candidate is read or verified beyond its prefix and body characters.</summary>
internal enum SecretCheck
{
    None,
    GitHubChecksum,
    AwsKeyId,
    OpenAiLegacy,
    EndsWithAA,
    SlackToken,
    SendGrid,
    Postman,
    Dynatrace,
    Grafana,
    Tailscale,
    AzureAccountKey,
    AzureSharedAccessKey,
    Sourcegraph,
    CircleCi,
    Harness,
    Uuid,
    Braintree,
    Brevo,
    CloudflareOrigin,
    DefinedNetworking,
    LangSmith,
    Airtable,
    Flutterwave,
    Mapbox,

    // Read by their own parsers.
    PrivateKey,
    Jwt,
    UrlCredentials,
    SlackWebhook,
    DiscordWebhook,
    Telegram,
    AzureAdClientSecret,
    TerraformCloud,
    TwitterBearer,
    AzureSas,
}
