namespace Custos.Detection.Secrets;

/// <summary>The characters a token's body may hold after its prefix.</summary>
internal enum BodyChars
{
    Base62,
    Word,
    UrlSafe,
    Dotted,
    Base64Padded,
    LowerHex,
    UpperBase32,
    UpperAlnum,
    Letters,
    LowerAlnum,
}
