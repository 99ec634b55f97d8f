using System.CommandLine;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Tokenization;
using Custos.Server.Workspaces;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos detokenize TOKEN…</c>: turns reversible redaction tokens back into values for the agent whose token is
/// in <c>$CUSTOS_AGENT_TOKEN</c>. Each token is one <c>detokenize</c> action through the workspace's pipeline,
/// authorized by policy and recorded (never the value) before the value is printed.
/// </summary>
internal static class DetokenizeCommand
{
    /// <summary>The agent credential; a credential never goes on a command line.</summary>
    public const string AgentTokenVariable = "CUSTOS_AGENT_TOKEN";

    public static Command Create(CliOutput output)
    {
        var tokens = new Argument<string[]>("TOKEN")
        {
            Description = "Tokens as they appear in redacted text ([EMAIL_ADDRESS:tok_…]); '-' reads one per line from standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CommonOptions.Json();
        var command = new Command("detokenize", $"Turn redaction tokens back into values, as the agent whose token is in ${AgentTokenVariable}; each is authorized and recorded. Exit 0 all revealed, 3 any refused")
        {
            tokens, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var credential = Environment.GetEnvironmentVariable(AgentTokenVariable);
            if (string.IsNullOrWhiteSpace(credential))
            {
                return output.Fail($"set ${AgentTokenVariable} to the token of the agent asking (custos agent token issue NAME); detokenizing is allowed per agent by policy, and a token never goes on the command line", ExitCodes.Usage);
            }

            var texts = new List<string>();
            foreach (var item in parse.GetValue(tokens) ?? [])
            {
                if (item != "-")
                {
                    texts.Add(item);
                    continue;
                }

                while (await output.In.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.Length > 4096)
                    {
                        texts.Add(string.Empty);
                    }
                    else if (!string.IsNullOrWhiteSpace(line))
                    {
                        texts.Add(line);
                    }

                    if (texts.Count > Detokenizer.MaxTokens * 10)
                    {
                        return output.Fail($"at most {Detokenizer.MaxTokens * 10} tokens at a time", ExitCodes.Usage);
                    }
                }
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var views = new List<DetokenizeView>(texts.Count);
            var exit = ExitCodes.Ok;
            for (var i = 0; i < texts.Count; i++)
            {
                var answer = await workspace.Detokenizer.DetokenizeAsync(texts[i], new AgentCredential(credential.Trim()), ActionChannel.Cli, null, cancellationToken);
                var name = answer.Token?.ToString() ?? $"token {i + 1}";
                views.Add(new DetokenizeView(i, answer.Token?.ToString(), ConfigLoader.SnakeCase(answer.Outcome.ToString()), answer.Value, answer.ExpiresAt, answer.Error, answer.ActionId?.ToString()));
                if (answer.Outcome == DetokenizeOutcome.NotAuthenticated)
                {
                    return output.Fail($"{AgentTokenVariable} is not a valid agent token: {answer.Error}", ExitCodes.Usage);
                }

                if (answer.Outcome != DetokenizeOutcome.Revealed)
                {
                    exit = answer.Outcome == DetokenizeOutcome.Failed ? ExitCodes.Failed : Math.Max(exit, ExitCodes.Denied);
                    if (!parse.GetValue(json))
                    {
                        output.Error.WriteLine($"{name}: {answer.Error}");
                    }
                }
                else if (!parse.GetValue(json))
                {
                    output.Out.WriteLine(answer.Value);
                }
            }

            if (parse.GetValue(json))
            {
                output.Json(views, CliJsonContext.Readable.ListDetokenizeView);
            }

            return exit;
        });
        return command;
    }
}

/// <summary>One token's answer: <c>value</c> only when revealed; <c>error</c> says why not and how to get access.</summary>
internal sealed record DetokenizeView(int Index, string? Token, string Outcome, string? Value, DateTimeOffset? ExpiresAt, string? Error, string? ActionId);
