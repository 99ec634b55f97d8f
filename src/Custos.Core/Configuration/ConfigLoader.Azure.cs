using System.Text.RegularExpressions;

namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private sealed partial class Binder
    {
        /// <summary>An Azure OpenAI system's <c>deployments</c> (model to deployment) and <c>api_version</c>.</summary>
        private AzureOpenAiSettings? BindAzure(YamlMapping map, string path, string? provider, string? url, Dictionary<string, SecretReference> credentials)
        {
            var deploymentsNode = map.Find("deployments");
            var versionNode = map.Find("api_version");
            if (provider != AzureOpenAiSettings.Provider)
            {
                if ((deploymentsNode ?? versionNode) is { } misplaced)
                {
                    Error(misplaced.Start, $"{path}: deployments and api_version are only for Azure OpenAI systems (provider: {AzureOpenAiSettings.Provider})");
                }

                return null;
            }

            if (url is null)
            {
                Error(map.Start, $"{path} is an Azure OpenAI system without 'url'; give the resource endpoint, as in https://NAME.openai.azure.com");
            }

            if (credentials.ContainsKey(AzureOpenAiSettings.EntraTokenCredential) && credentials.ContainsKey("api_key"))
            {
                Error(map.Find("credentials")!.Start, $"{path}.credentials has both api_key and {AzureOpenAiSettings.EntraTokenCredential}; Azure takes one of them, keep one");
            }

            var deployments = GetStringMap(map, "deployments", path);
            foreach (var (model, deployment) in deployments)
            {
                if (!DeploymentPattern().IsMatch(deployment))
                {
                    Error(deploymentsNode!.Start, $"{path}.deployments.{YamlTreeReader.Truncate(model)}: '{YamlTreeReader.Truncate(deployment)}' is not a deployment name (1 to 64 letters, digits, '-', '_' and '.')");
                }
            }

            var version = GetString(map, "api_version", path) ?? AzureOpenAiSettings.DefaultApiVersion;
            if (!ApiVersionPattern().IsMatch(version))
            {
                Error(versionNode!.Start, $"{path}.api_version '{YamlTreeReader.Truncate(version)}' is not an Azure OpenAI API version; write a date such as {AzureOpenAiSettings.DefaultApiVersion} or 2025-04-01-preview");
                version = AzureOpenAiSettings.DefaultApiVersion;
            }

            return new AzureOpenAiSettings(deployments, version);
        }

        [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
        private static partial Regex DeploymentPattern();

        [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}(-preview)?$", RegexOptions.CultureInvariant)]
        private static partial Regex ApiVersionPattern();
    }
}
