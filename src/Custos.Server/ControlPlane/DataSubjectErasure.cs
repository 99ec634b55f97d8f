using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Workspaces;
using Custos.Storage.Sqlite;

namespace Custos.Server.ControlPlane;

/// <summary>
/// A data subject's right to erasure, as the CLI and the control-plane API carry it out: the subject's key is
/// erased (every recorded action about the subject becomes unreadable; the ledger still verifies), then the
/// erasure itself is recorded as a <c>dsr.erase</c> event that names the pseudonymous reference, never the
/// subject's identity.
/// </summary>
public static class DataSubjectErasure
{
    public const string Action = "dsr.erase";

    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Erases <paramref name="subject"/>'s key and records that it did; null when the subject has no key.</summary>
    /// <exception cref="StoreWriteException">The key was erased, but the event could not be recorded.</exception>
    public static async Task<SubjectErasure?> EraseAsync(Workspace workspace, string subject, string? reason, string erasedBy, ActionChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var erasure = await workspace.Store.SubjectKeys.EraseAsync(subject, erasedBy, workspace.Clock.GetUtcNow(), cancellationToken);
        if (erasure is null)
        {
            return null;
        }

        // Redaction tokens of values sealed for the subject are already unrecoverable (their key is gone); their
        // ciphertext goes too.
        var tokens = await workspace.RedactionTokens.EraseSubjectAsync(erasure.Ref, cancellationToken);
        var why = string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason.Trim()}";
        var tokenNote = tokens == 0 ? string.Empty : $" and destroyed {tokens} redaction token{(tokens == 1 ? string.Empty : "s")} of the subject's values";
        var record = ActionRecord.ForEvent(erasure.ErasedAt, channel, erasedBy, Action, "subject:" + erasure.Ref, $"{erasedBy} erased the key of data subject {erasure.Ref}{tokenNote}{why}");
        await workspace.Store.RecordAsync(record, cancellationToken);
        return erasure;
    }

    /// <summary>Null when <paramref name="reason"/> may be recorded; otherwise why not. A reason must not name the subject: the audit trail keeps only its reference.</summary>
    public static string? CheckReason(string? reason, string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (reason is null)
        {
            return null;
        }

        if (reason.Length > MaxReasonLength || reason.Any(char.IsControl))
        {
            return $"reason must be at most {MaxReasonLength} characters on one line";
        }

        return subject.Trim().Length > 0 && reason.Contains(subject.Trim(), StringComparison.OrdinalIgnoreCase)
            ? "reason must not name the data subject: the audit trail keeps only the subject's pseudonymous reference"
            : null;
    }
}
