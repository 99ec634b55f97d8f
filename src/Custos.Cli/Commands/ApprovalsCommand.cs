using System.CommandLine;
using System.Text.Json;
using Custos.Core.Approvals;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Server;
using Custos.Server.ControlPlane;
using Custos.Server.Workspaces;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos approvals list|approve|deny</c>: answer the actions waiting for a person, from the same database the server uses.</summary>
internal static class ApprovalsCommand
{
    private static readonly string[] Statuses = ["pending", "approved", "denied", "expired", "cancelled", "all"];

    public static Command Create(CliOutput output) =>
        new("approvals", "Actions waiting for a person: list them, approve or deny them (a running server's waiting call goes on within a second)")
        {
            List(output),
            Decide(output, approve: true),
            Decide(output, approve: false),
        };

    private static Command List(CliOutput output)
    {
        var json = CommonOptions.Json();
        var status = new Option<string>("--status") { Description = "Which requests: pending (default), approved, denied, expired, cancelled or all", DefaultValueFactory = _ => "pending" };
        status.AcceptOnlyFromAmong(Statuses);
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first (1 to 1000)", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List approval requests, newest first") { status, limit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(limit);
            if (count is < 1 or > 1000)
            {
                return output.Fail("--limit must be between 1 and 1000", ExitCodes.Usage);
            }

            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var which = parse.GetValue(status)!;
            ApprovalStatus? filter = which == "all" ? null : Enum.Parse<ApprovalStatus>(which, ignoreCase: true);
            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            var views = (await workspace.Approvals.Store.ListAsync(filter, count, cancellationToken)).Select(ApprovalView.From).ToList();
            if (parse.GetValue(json))
            {
                output.Out.WriteLine(JsonSerializer.Serialize(views, ServerJsonContext.Readable.ListApprovalView));
                return ExitCodes.Ok;
            }

            if (views.Count == 0)
            {
                output.Out.WriteLine(which == "pending" ? "No action is waiting for approval." : $"No {which} approval requests.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("id", "status", "agent", "action", "resource", "requested", "expires", "why", "decided by");
            foreach (var view in views)
            {
                table.AddRow(view.Id, view.Status, Markup.Escape(view.Agent), Markup.Escape(view.Action), Markup.Escape(view.Resource),
                    $"{view.RequestedAt:u}", $"{view.ExpiresAt:u}", Markup.Escape(string.Join("; ", view.Why)), Markup.Escape(view.DecidedBy ?? string.Empty));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Decide(CliOutput output, bool approve)
    {
        var id = new Argument<string>("ID") { Description = "The approval id (apr_…), from 'custos approvals list'" };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit trail (at most 500 characters)" };
        var command = new Command(approve ? "approve" : "deny", approve ? "Approve a waiting action: it goes on" : "Deny a waiting action") { id, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var approvalId = parse.GetValue(id)!;
            if (!ApprovalRequest.IsWellFormedId(approvalId))
            {
                return output.Fail($"'{(approvalId.Length > 40 ? approvalId[..40] : approvalId)}' is not an approval id; ids look like apr_0123456789abcdef ('custos approvals list' shows them)", ExitCodes.Usage);
            }

            var why = parse.GetValue(reason);
            if (why is { Length: > 500 })
            {
                return output.Fail("--reason is longer than 500 characters", ExitCodes.Usage);
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var (request, applied) = await workspace.Approvals.DecideAsync(approvalId, approve, CommonOptions.OperatorName(), why, ActionChannel.Cli, cancellationToken);
            if (request is null)
            {
                return output.Fail($"no approval request '{approvalId}' in {workspace.Store.Path}; 'custos approvals list' shows the pending ones");
            }

            if (!applied)
            {
                return output.Fail(ApprovalView.NotPending(request));
            }

            output.Out.WriteLine($"{(approve ? "Approved" : "Denied")} {request.Id}: {request.Agent} {request.Action} {request.Resource} (recorded in the audit trail; the waiting call {(approve ? "goes on" : "is denied")}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
