namespace Custos.Core.Tokenization;

/// <summary>What the vault says about a token.</summary>
public enum DetokenizeStatus
{
    /// <summary>The value is returned.</summary>
    Found,

    /// <summary>This workspace never issued the token (forged, mistyped, or from another workspace), or its type is not the one it was issued for.</summary>
    Unknown,

    /// <summary>The token is older than <c>screening.tokens.retention</c>; its value was destroyed.</summary>
    Expired,

    /// <summary>A data subject the value was sealed for was erased; the value cannot be recovered.</summary>
    Erased,

    /// <summary>The stored value failed its integrity check or was sealed under another master key.</summary>
    Unreadable,
}
