using System.Globalization;
using Custos.Core.Alerts;

namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private static readonly string[] AlertsKeys = ["routes", "anomaly"];
    private static readonly string[] AlertRouteKeys = ["name", "kind", "url", "secret", "min_severity", "rules"];
    private static readonly string[] AnomalyKeys = ["enabled", "factor", "window", "min_history", "min_calls", "min_spend_usd"];
    private static readonly string[] AlertRules = ["budget.soft_limit", "anomaly.spend", "anomaly.call_rate", "secret.honeytoken", "secret.out_of_scope", "secret.unusual_use", "secret.leak", "mcp.tool_poisoned", "mcp.prompt_poisoned", "mcp.resource_poisoned", "mcp.log_flood"];

    private sealed partial class Binder
    {
        private AlertSettings BindAlerts(YamlNode? node)
        {
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, "alerts", out var map))
            {
                return AlertSettings.Default;
            }

            CheckKeys(map, "alerts", AlertsKeys);
            var routes = BindList(map, "routes", BindAlertRoute);
            CheckUnique(routes, r => r.Name, r => r.Location, "alert route");
            return new AlertSettings(routes, BindAnomaly(map.Find("anomaly")));
        }

        private AlertRouteDefinition? BindAlertRoute(YamlNode node, string path, int index)
        {
            path = path.Replace("routes", "alerts.routes", StringComparison.Ordinal);
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, AlertRouteKeys);
            var name = GetName(map, path);
            AlertRouteKind? kind = null;
            if (map.Find("kind") is not { } kindNode)
            {
                Error(map.Start, $"{path} is missing 'kind'; use one of: {DescribeEnum<AlertRouteKind>()}");
            }
            else
            {
                kind = ParseEnum<AlertRouteKind>(kindNode, path + ".kind");
            }

            Uri? url = null;
            var urlText = GetString(map, "url", path);
            if (urlText is not null)
            {
                if (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || (url.Scheme != "http" && url.Scheme != "https"))
                {
                    Error(map.Find("url")!.Start, $"{path}.url is not an http:// or https:// URL; write it with its scheme, as in https://hooks.example.com/custos");
                    url = null;
                }
                else if (!string.IsNullOrEmpty(url.UserInfo))
                {
                    Error(map.Find("url")!.Start, $"{path}.url carries a user name or password; put the signing key under 'secret' as a secret:// reference instead");
                    url = null;
                }
            }

            SecretReference? secret = null;
            if (map.Find("secret") is { } secretNode && secretNode is not YamlScalar { IsNull: true })
            {
                if (secretNode is not YamlScalar secretScalar || !secretScalar.Value.StartsWith(SecretReference.Scheme, StringComparison.Ordinal))
                {
                    // Never echo the value: it may be the key itself.
                    Error(secretNode.Start, $"{path}.secret must be a secret reference such as secret://env/CUSTOS_WEBHOOK_KEY; the signing key never goes in custos.yaml");
                }
                else if (!SecretReference.TryParse(secretScalar.Value, out var reference, out var error))
                {
                    Error(secretNode.Start, $"{path}.secret: {error}");
                }
                else
                {
                    secret = reference;
                }
            }

            var severity = GetEnum(map, "min_severity", path, AlertSeverity.Info);
            var rules = GetStringList(map, "rules", path);
            foreach (var (rule, ruleNode) in Zip(rules, map.Find("rules")))
            {
                var known = rule == "*" || AlertRules.Contains(rule) || (rule.EndsWith(".*", StringComparison.Ordinal) && AlertRules.Any(r => r.StartsWith(rule[..^1], StringComparison.Ordinal)));
                if (!known)
                {
                    Error(ruleNode.Start, $"{path}.rules: '{YamlTreeReader.Truncate(rule)}' is not an alert rule{Suggest(rule, AlertRules)}; rules are: {string.Join(", ", AlertRules)} (or a prefix such as anomaly.*)");
                }
            }

            switch (kind)
            {
                case AlertRouteKind.Webhook when url is null && urlText is null:
                    Error(map.Start, $"{path} is a webhook without 'url'; give the address Custos POSTs alerts to");
                    break;
                case AlertRouteKind.Log when urlText is not null || secret is not null:
                    Error(map.Find("url")?.Start ?? map.Find("secret")!.Start, $"{path} is a log route; 'url' and 'secret' are only for kind: webhook");
                    break;
            }

            return name is null || kind is null || (kind == AlertRouteKind.Webhook && url is null)
                ? null
                : new AlertRouteDefinition(name, kind.Value, url, secret, severity, rules, map.Start);
        }

        private AnomalySettings BindAnomaly(YamlNode? node)
        {
            var settings = AnomalySettings.Default;
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, "alerts.anomaly", out var map))
            {
                return settings;
            }

            CheckKeys(map, "alerts.anomaly", AnomalyKeys);
            var enabled = settings.Enabled;
            if (GetString(map, "enabled", "alerts.anomaly") is { } enabledText)
            {
                if (enabledText is "true" or "false")
                {
                    enabled = enabledText == "true";
                }
                else
                {
                    Error(map.Find("enabled")!.Start, $"alerts.anomaly.enabled must be true or false, found '{YamlTreeReader.Truncate(enabledText)}'");
                }
            }

            var factor = settings.Factor;
            if (GetString(map, "factor", "alerts.anomaly") is { } factorText)
            {
                if (double.TryParse(factorText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var f) && f is >= 1.5 and <= 1000)
                {
                    factor = f;
                }
                else
                {
                    Error(map.Find("factor")!.Start, $"alerts.anomaly.factor must be a number between 1.5 and 1000 such as 5 (a window at five times the baseline is a spike), found '{YamlTreeReader.Truncate(factorText)}'");
                }
            }

            var window = settings.Window;
            if (map.Find("window") is { } windowNode)
            {
                if (windowNode is not YamlScalar w || ShortDurationPattern().Match(w.Value) is not { Success: true } match || ShortDuration(match) is var value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromDays(1)))
                {
                    Error(windowNode.Start, "alerts.anomaly.window must be a duration between 1s and 24h such as 1m or 1h");
                }
                else
                {
                    window = value;
                }
            }

            var minHistory = GetInt(map, "min_history", "alerts.anomaly") ?? settings.MinHistory;
            if (minHistory is < 1 or > AnomalySettings.BaselineWindows)
            {
                Error(map.Find("min_history")!.Start, $"alerts.anomaly.min_history must be between 1 and {AnomalySettings.BaselineWindows} windows");
                minHistory = settings.MinHistory;
            }

            var minCalls = GetInt(map, "min_calls", "alerts.anomaly") ?? settings.MinCalls;
            if (minCalls is < 1 or > 1_000_000)
            {
                Error(map.Find("min_calls")!.Start, "alerts.anomaly.min_calls must be between 1 and 1000000");
                minCalls = settings.MinCalls;
            }

            var minSpend = GetDecimal(map, "min_spend_usd", "alerts.anomaly") ?? settings.MinSpendUsd;
            return new AnomalySettings(enabled, factor, window, minHistory, minCalls, minSpend);
        }
    }
}
