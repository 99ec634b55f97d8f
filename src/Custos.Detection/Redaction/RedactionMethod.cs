namespace Custos.Detection.Redaction;

/// <summary>What replaces a finding's text.</summary>
public enum RedactionMethod
{
    /// <summary>The type in angle brackets: <c>&lt;EMAIL_ADDRESS&gt;</c>, <c>&lt;SECRET:github-pat&gt;</c>.</summary>
    Replace,

    /// <summary>Every letter and digit becomes '*'; separators stay, so the shape is still readable.</summary>
    Mask,

    /// <summary>
    /// A keyed hash: <c>&lt;EMAIL_ADDRESS:hmac:1f2e3d4c&gt;</c>, HMAC-SHA256 under the caller's key. The same value
    /// always gives the same token, so redacted records still join; without the key it cannot be reversed or guessed.
    /// </summary>
    Hash,

    /// <summary>All but the last four letters or digits masked: <c>**** **** **** 1111</c>.</summary>
    Partial,

    /// <summary>A reversible token from <see cref="RedactionPolicy.Tokenizer"/>, for roles allowed to see the value.</summary>
    Token,

    /// <summary>Left as it is (the finding is still reported and recorded).</summary>
    Keep,
}
