using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Custos.Ledger.Privacy;

/// <summary>
/// Personal data sealed for one or more data subjects: the AES-256-GCM ciphertext under a per-object data key,
/// and one wrapped XOR share of that key per subject. Its JSON form is what a ledger payload carries as
/// <c>sealed</c>:
/// <code>{"version":1,"alg":"A256GCM-XOR","id":"…","nonce":"…","ciphertext":"…","shares":[{"subject":"ds_…","nonce":"…","wrapped":"…"}]}</code>
/// Byte strings are canonical base64. <see cref="Parse(JsonElement)"/> accepts exactly this shape and nothing
/// else: no unknown or duplicate fields, no other version or algorithm, every size checked.
/// </summary>
/// <param name="Id">A random identifier of this object, bound into every tag so parts of two objects cannot be combined.</param>
/// <param name="Nonce">The data nonce, <see cref="PersonalDataSeal.NonceSize"/> bytes.</param>
/// <param name="Ciphertext">The encrypted personal data followed by its 16-byte tag.</param>
/// <param name="Shares">One share per subject, in the order the subjects were given.</param>
public sealed record SealedEnvelope(byte[] Id, byte[] Nonce, byte[] Ciphertext, IReadOnlyList<SealedShare> Shares)
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The algorithm name: AES-256-GCM data encryption, XOR key splitting, AES-256-GCM key wrapping.</summary>
    public const string Algorithm = "A256GCM-XOR";

    /// <summary>The most subjects one object may be sealed for.</summary>
    public const int MaxSubjects = 64;

    /// <summary>The longest subject reference, in characters.</summary>
    public const int MaxSubjectRefLength = 64;

    /// <summary>The largest plaintext, in bytes (the largest ledger payload).</summary>
    public const int MaxPlaintextBytes = Entries.LedgerEntry.MaxPayloadBytes;

    /// <summary>The size of <see cref="Id"/>.</summary>
    public const int IdSize = 16;

    private const int MaxJsonDepth = 8;

    private static readonly SearchValues<char> RefCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:.");

    /// <summary>The subject references, in share order.</summary>
    public IEnumerable<string> SubjectRefs => Shares.Select(s => s.Subject);

    /// <summary>The JSON object a payload carries as <c>sealed</c>.</summary>
    public JsonObject ToJson()
    {
        var shares = new JsonArray();
        foreach (var share in Shares)
        {
            shares.Add(new JsonObject
            {
                ["subject"] = share.Subject,
                ["nonce"] = Convert.ToBase64String(share.Nonce),
                ["wrapped"] = Convert.ToBase64String(share.Wrapped),
            });
        }

        return new JsonObject
        {
            ["version"] = FormatVersion,
            ["alg"] = Algorithm,
            ["id"] = Convert.ToBase64String(Id),
            ["nonce"] = Convert.ToBase64String(Nonce),
            ["ciphertext"] = Convert.ToBase64String(Ciphertext),
            ["shares"] = shares,
        };
    }

    /// <summary>Reads the JSON form from UTF-8 bytes; never throws on malformed input.</summary>
    public static ParseResult<SealedEnvelope> Parse(ReadOnlySpan<byte> utf8Json)
    {
        // Base64 makes the text a third larger than the bytes; anything beyond that is not a sealed object.
        if (utf8Json.Length > (MaxPlaintextBytes / 3 * 4) + 64 * 1024)
        {
            return Fail("the sealed object is larger than any sealed object can be");
        }

        try
        {
            using var document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return Fail("the sealed object is not well-formed JSON");
        }
    }

    /// <summary>Reads the JSON form from a node (as a payload's <c>sealed</c> property); never throws on malformed input.</summary>
    public static ParseResult<SealedEnvelope> Parse(JsonNode? node) =>
        node is null ? Fail("the sealed object is missing") : Parse(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));

    /// <summary>Reads the JSON form from a parsed element; never throws on malformed input.</summary>
    public static ParseResult<SealedEnvelope> Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail("sealed must be a JSON object");
        }

        int? version = null;
        string? alg = null;
        byte[]? id = null, nonce = null, ciphertext = null;
        List<SealedShare>? shares = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return Fail($"sealed.{Clip(property.Name)} appears twice");
            }

            string? error = null;
            switch (property.Name)
            {
                case "version":
                    if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var v))
                    {
                        error = "sealed.version must be a whole number";
                    }
                    else if (v != FormatVersion)
                    {
                        error = $"sealed.version {v} is not supported; this version of Custos reads version {FormatVersion}";
                    }
                    else
                    {
                        version = v;
                    }

                    break;
                case "alg":
                    alg = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    if (alg != Algorithm)
                    {
                        error = $"sealed.alg must be \"{Algorithm}\"";
                    }

                    break;
                case "id":
                    id = ReadBytes(property.Value, "sealed.id", IdSize, IdSize, out error);
                    break;
                case "nonce":
                    nonce = ReadBytes(property.Value, "sealed.nonce", PersonalDataSeal.NonceSize, PersonalDataSeal.NonceSize, out error);
                    break;
                case "ciphertext":
                    ciphertext = ReadBytes(property.Value, "sealed.ciphertext", PersonalDataSeal.TagSize, MaxPlaintextBytes + PersonalDataSeal.TagSize, out error);
                    break;
                case "shares":
                    shares = ReadShares(property.Value, out error);
                    break;
                default:
                    error = $"sealed.{Clip(property.Name)} is not a field of a sealed object; the fields are version, alg, id, nonce, ciphertext, shares";
                    break;
            }

            if (error is not null)
            {
                return Fail(error);
            }
        }

        if (version is null || alg is null || id is null || nonce is null || ciphertext is null || shares is null)
        {
            var missing = new[] { ("version", (object?)version), ("alg", alg), ("id", id), ("nonce", nonce), ("ciphertext", ciphertext), ("shares", shares) }
                .First(f => f.Item2 is null).Item1;
            return Fail($"sealed.{missing} is required");
        }

        return ParseResult<SealedEnvelope>.Ok(new SealedEnvelope(id, nonce, ciphertext, shares));
    }

    /// <summary>Null when <paramref name="subjectRef"/> may name a subject in a sealed object; otherwise what is wrong with it.</summary>
    public static string? CheckSubjectRef(string? subjectRef)
    {
        if (string.IsNullOrEmpty(subjectRef) || subjectRef.Length > MaxSubjectRefLength)
        {
            return $"a subject reference is 1 to {MaxSubjectRefLength} characters long";
        }

        return subjectRef.AsSpan().ContainsAnyExcept(RefCharacters)
            ? "a subject reference uses only ASCII letters, digits, '_', '-', ':' and '.'"
            : null;
    }

    /// <inheritdoc />
    public bool Equals(SealedEnvelope? other) =>
        other is not null
        && Id.AsSpan().SequenceEqual(other.Id)
        && Nonce.AsSpan().SequenceEqual(other.Nonce)
        && Ciphertext.AsSpan().SequenceEqual(other.Ciphertext)
        && Shares.SequenceEqual(other.Shares);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Convert.ToHexString(Id), Ciphertext.Length, Shares.Count);

    private static List<SealedShare>? ReadShares(JsonElement value, out string? error)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            error = "sealed.shares must be an array";
            return null;
        }

        var count = value.GetArrayLength();
        if (count is < 1 or > MaxSubjects)
        {
            error = $"sealed.shares must hold 1 to {MaxSubjects} shares, found {count}";
            return null;
        }

        var shares = new List<SealedShare>(count);
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"sealed.shares[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = $"{path} must be an object with subject, nonce and wrapped";
                return null;
            }

            string? subject = null;
            byte[]? nonce = null, wrapped = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in item.EnumerateObject())
            {
                error = null;
                if (!seen.Add(property.Name))
                {
                    error = $"{path}.{Clip(property.Name)} appears twice";
                }
                else
                {
                    switch (property.Name)
                    {
                        case "subject":
                            subject = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                            if (CheckSubjectRef(subject) is { } refError)
                            {
                                error = $"{path}.subject: {refError}";
                            }
                            else if (!subjects.Add(subject!))
                            {
                                error = $"{path}.subject names a subject that already has a share";
                            }

                            break;
                        case "nonce":
                            nonce = ReadBytes(property.Value, path + ".nonce", PersonalDataSeal.NonceSize, PersonalDataSeal.NonceSize, out error);
                            break;
                        case "wrapped":
                            wrapped = ReadBytes(property.Value, path + ".wrapped", PersonalDataSeal.WrappedShareSize, PersonalDataSeal.WrappedShareSize, out error);
                            break;
                        default:
                            error = $"{path}.{Clip(property.Name)} is not a field of a share; the fields are subject, nonce, wrapped";
                            break;
                    }
                }

                if (error is not null)
                {
                    return null;
                }
            }

            if (subject is null || nonce is null || wrapped is null)
            {
                error = $"{path} must have subject, nonce and wrapped";
                return null;
            }

            shares.Add(new SealedShare(subject, nonce, wrapped));
        }

        error = null;
        return shares;
    }

    private static byte[]? ReadBytes(JsonElement value, string path, int minBytes, int maxBytes, out string? error)
    {
        error = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            error = $"{path} must be a base64 string";
            return null;
        }

        var text = value.GetString()!;
        var exact = minBytes == maxBytes ? $"{minBytes} bytes" : $"{minBytes} to {maxBytes} bytes";
        if (text.Length > ((maxBytes + 2) / 3 * 4) || text.Length < ((minBytes + 2) / 3 * 4))
        {
            error = $"{path} must be base64 of {exact}";
            return null;
        }

        var buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written) || written < minBytes || written > maxBytes)
        {
            error = $"{path} must be base64 of {exact}";
            return null;
        }

        var bytes = buffer.AsSpan(0, written).ToArray();

        // Canonical only: no whitespace, no non-zero padding bits, so one object has one encoding.
        if (!string.Equals(Convert.ToBase64String(bytes), text, StringComparison.Ordinal))
        {
            error = $"{path} must be canonical base64 (padded, no whitespace)";
            return null;
        }

        return bytes;
    }

    private static string Clip(string name) => name.Length > 40 ? name[..40] + "…" : name;

    private static ParseResult<SealedEnvelope> Fail(string error) => ParseResult<SealedEnvelope>.Fail(error);
}
