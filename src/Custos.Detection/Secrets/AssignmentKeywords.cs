namespace Custos.Detection.Secrets;

/// <summary>Names that hold secrets in configuration files, environment files, code and logs.</summary>
internal static class AssignmentKeywords
{
    public static IReadOnlyList<AssignmentKeyword> All { get; } =
    [
        new("password", "password", ValueShape.Password, 0.75),
        new("passwd", "password", ValueShape.Password, 0.75),
        new("pwd", "password", ValueShape.Password, 0.7),
        new("pass", "password", ValueShape.Password, 0.65),
        new("passphrase", "password", ValueShape.Password, 0.75),
        new("secret", "generic-secret", ValueShape.HighEntropy, 0.7),
        new("secretkey", "generic-secret", ValueShape.HighEntropy, 0.7),
        new("api_key", "generic-api-key", ValueShape.HighEntropy, 0.7),
        new("api-key", "generic-api-key", ValueShape.HighEntropy, 0.7),
        new("apikey", "generic-api-key", ValueShape.HighEntropy, 0.7),
        new("access_key", "generic-api-key", ValueShape.HighEntropy, 0.7),
        new("accesskey", "generic-api-key", ValueShape.HighEntropy, 0.7),
        new("access_token", "generic-token", ValueShape.HighEntropy, 0.7),
        new("accesstoken", "generic-token", ValueShape.HighEntropy, 0.7),
        new("auth_token", "generic-token", ValueShape.HighEntropy, 0.7),
        new("authtoken", "generic-token", ValueShape.HighEntropy, 0.7),
        new("token", "generic-token", ValueShape.HighEntropy, 0.65),
        new("private_key", "generic-secret", ValueShape.HighEntropy, 0.7),
        new("privatekey", "generic-secret", ValueShape.HighEntropy, 0.7),
        new("credential", "generic-secret", ValueShape.HighEntropy, 0.65),
        new("aws_secret_access_key", "aws-secret-access-key", ValueShape.AwsSecret, 0.95),
        new("aws_secret_key", "aws-secret-access-key", ValueShape.AwsSecret, 0.95),
        new("secretaccesskey", "aws-secret-access-key", ValueShape.AwsSecret, 0.9),
        new("secret_access_key", "aws-secret-access-key", ValueShape.AwsSecret, 0.9),
        new("dd_api_key", "datadog-api-key", ValueShape.Hex32, 0.9),
        new("datadog_api_key", "datadog-api-key", ValueShape.Hex32, 0.9),
        new("dd_app_key", "datadog-app-key", ValueShape.Hex40, 0.9),
        new("datadog_app_key", "datadog-app-key", ValueShape.Hex40, 0.9),
        new("twilio_auth_token", "twilio-auth-token", ValueShape.Hex32, 0.9),
        new("mailchimp_api_key", "mailchimp-api-key", ValueShape.HighEntropy, 0.85),
        new("heroku_api_key", "heroku-api-key", ValueShape.Uuid, 0.85),
        new("discord_token", "discord-bot-token", ValueShape.HighEntropy, 0.85),
        new("discord_bot_token", "discord-bot-token", ValueShape.HighEntropy, 0.85),
        new("_authtoken", "npm-auth-token", ValueShape.HighEntropy, 0.85),
        new("bearer", "bearer-token", ValueShape.Bearer, 0.7),
    ];
}
