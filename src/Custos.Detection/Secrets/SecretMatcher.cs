using System.IO.Hashing;
using System.Text;
using Custos.Detection.Scanning;

namespace Custos.Detection.Secrets;

/// <summary>
/// Confirms a provider rule whose prefix the automaton found: reads a bounded body and runs the rule's check.
/// Every read is bounded by the rule, so the cost per prefix hit is constant.
/// </summary>
internal static class SecretMatcher
{
    private const string Detector = "secret";
    private const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly System.Buffers.SearchValues<char> ConfigNameChars = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_-");

    public static void Match(ScanContext context, SecretRule rule, int start)
    {
        switch (rule.Check)
        {
            case SecretCheck.PrivateKey:
                PrivateKey(context, rule, start);
                return;
            case SecretCheck.Jwt:
                Jwt(context, rule, start);
                return;
            case SecretCheck.UrlCredentials:
                UrlCredentials(context, rule, start);
                return;
            case SecretCheck.SlackWebhook:
                Webhook(context, rule, start, slack: true);
                return;
            case SecretCheck.DiscordWebhook:
                Webhook(context, rule, start, slack: false);
                return;
            case SecretCheck.Telegram:
                Telegram(context, rule, start);
                return;
            case SecretCheck.AzureAdClientSecret:
                AzureAdClientSecret(context, rule, start);
                return;
            case SecretCheck.TerraformCloud:
                TerraformCloud(context, rule, start);
                return;
            case SecretCheck.TwitterBearer:
                TwitterBearer(context, rule, start);
                return;
            case SecretCheck.AzureSas:
                AzureSas(context, rule, start);
                return;
            case SecretCheck.Firebase:
                Firebase(context, rule, start);
                return;
            case SecretCheck.Mailchimp:
                Mailchimp(context, rule, start);
                return;
            case SecretCheck.MaxMind:
                MaxMind(context, rule, start);
                return;
            case SecretCheck.TeamsWebhook:
                TeamsWebhook(context, rule, start);
                return;
            case SecretCheck.FacebookAppToken:
                FacebookAppToken(context, rule, start);
                return;
            default:
                Simple(context, rule, start);
                return;
        }
    }

    private static void Simple(ScanContext context, SecretRule rule, int start)
    {
        var text = context.Text;
        var prev = Chars.At(text, start - 1);
        if (char.IsAsciiLetterOrDigit(prev) || (prev is '_' or '-' && !rule.Prefix.EndsWith('=')))
        {
            return;
        }

        // After a word and a dot the prefix is a file extension or a member ("video_box.ico-7a38….png"), not a token.
        if (prev == '.' && char.IsAsciiLetterOrDigit(Chars.At(text, start - 2)) && char.IsAsciiLetterLower(rule.Prefix[0]))
        {
            return;
        }

        // A body of up to kilobytes is read once: a prefix repeated inside it (an attacker's "ops_eyJops_eyJ…")
        // does not read it again, so the cost per character stays bounded.
        var longBody = rule.MaxBody > 512;
        if (longBody && start < context.LongBodyUntil)
        {
            return;
        }

        var bodyStart = start + rule.Prefix.Length;
        var e = bodyStart;
        while (e < text.Length && e - bodyStart <= rule.MaxBody && IsBody(rule.Body, text[e]))
        {
            e++;
        }

        if (longBody)
        {
            context.LongBodyUntil = e;
        }

        if (rule.Body == BodyChars.Base64Padded)
        {
            while (e < text.Length && text[e] == '=' && e - bodyStart < rule.MaxBody)
            {
                e++;
            }
        }

        // Trailing dots are punctuation ("the token is glpat-….").
        while (rule.Body == BodyChars.Dotted && e > bodyStart && text[e - 1] == '.')
        {
            e--;
        }

        var length = e - bodyStart;
        if (length < rule.MinBody || length > rule.MaxBody || char.IsAsciiLetterOrDigit(Chars.At(text, e)))
        {
            return;
        }

        var body = text.AsSpan(bodyStart, length);
        // A Braintree token's 16 characters are a merchant id, often of few letters; its 32 hex digits are checked.
        // Entropy first: one pass, and it turns away a prefix repeated over and over before the marker search.
        if ((length >= 16 && rule.Check != SecretCheck.Braintree && Chars.Entropy(body) < MinimumEntropy(rule.Body)) || Chars.LooksLikePlaceholder(body))
        {
            return;
        }

        if (SecretRules.DocumentedExamples.Contains(text.Substring(start, e - start)))
        {
            return;
        }

        var findingStart = start;
        var findingEnd = e;
        var kind = rule.Kind;
        var score = rule.Score;
        string? explanation = null;
        switch (rule.Check)
        {
            case SecretCheck.GitHubChecksum:
                // The checksum makes a finding certain; without it the prefix, exact length, alphabet and entropy
                // still leave little else it could be (a token mistyped, cut, or made up for a test that then leaked),
                // and redacting one costs nothing: reported, scored lower, and said so.
                if (HasBase62Crc32(body))
                {
                    explanation = "checksum verified";
                }
                else
                {
                    score = UnverifiedChecksumScore;
                    explanation = "the shape of this token, but its checksum does not verify";
                }

                break;
            case SecretCheck.AwsKeyId:
                if (body.EndsWith("EXAMPLE", StringComparison.Ordinal))
                {
                    return;
                }

                break;
            case SecretCheck.OpenAiLegacy:
                // Legacy keys carry "T3BlbkFJ" (base64 of "OpenAI") in the middle; "sk-" and exactly 48
                // alphanumerics without it is still a key of that shape (other providers copied it), scored lower.
                if (!body.Slice(20, 8).SequenceEqual("T3BlbkFJ"))
                {
                    score = 0.8;
                }

                break;
            case SecretCheck.EndsWithAA:
                // Anthropic keys end in "AA"; the prefix alone is unambiguous, so a key without it scores lower.
                if (!body.EndsWith("AA", StringComparison.Ordinal))
                {
                    score = 0.85;
                }

                break;
            case SecretCheck.SlackToken:
                var dash = body.IndexOf('-');
                if (dash < 1 || body[..dash].ContainsAnyExceptInRange('0', '9'))
                {
                    return;
                }

                break;
            case SecretCheck.SendGrid:
                if (body[22] != '.' || body[..22].Contains('.') || body[23..].Contains('.'))
                {
                    return;
                }

                break;
            case SecretCheck.Postman:
                if (body[24] != '-' || !Chars.IsHex(body[..24]) || !Chars.IsHex(body[25..]))
                {
                    return;
                }

                break;
            case SecretCheck.Dynatrace:
                if (body[24] != '.' || body[..24].Contains('.') || body[25..].Contains('.'))
                {
                    return;
                }

                break;
            case SecretCheck.Grafana:
                if (body[32] != '_' || !Chars.IsHex(body[33..]))
                {
                    return;
                }

                break;
            case SecretCheck.Tailscale:
                if (!body.StartsWith("api-") && !body.StartsWith("auth-") && !body.StartsWith("client-") && !body.StartsWith("scim-") && !body.StartsWith("webhook-"))
                {
                    return;
                }

                break;
            case SecretCheck.Sourcegraph:
                // sgp_ + 40 hex, or sgp_ + (16 hex | "local") + "_" + 40 hex.
                if (!(length == 40 && Chars.IsHex(body))
                    && !(length == 57 && body[16] == '_' && Chars.IsHex(body[..16]) && Chars.IsHex(body[17..]))
                    && !(length == 46 && body.StartsWith("local_") && Chars.IsHex(body[6..])))
                {
                    return;
                }

                break;
            case SecretCheck.CircleCi:
                if (body[22] != '_' || body[..22].Contains('_') || !Chars.IsHex(body[23..]))
                {
                    return;
                }

                break;
            case SecretCheck.Harness:
                if (body[22] != '.' || body[47] != '.' || body[..22].Contains('.') || !IsAll(body[23..47], BodyChars.Base62) || !IsAll(body[48..], BodyChars.Base62))
                {
                    return;
                }

                break;
            case SecretCheck.Uuid:
                if (!Chars.IsUuid(body) || !Chars.IsHex(body[..8]))
                {
                    return;
                }

                break;
            case SecretCheck.Braintree:
                // access_token$production$ + 16 lowercase alphanumerics + "$" + 32 hex.
                if (Chars.At(text, e) != '$' || e + 33 > text.Length || !IsAll(text.AsSpan(e + 1, 32), BodyChars.LowerHex) || char.IsAsciiLetterOrDigit(Chars.At(text, e + 33))
                    || Chars.LooksLikePlaceholder(text.AsSpan(e + 1, 32)) || Chars.Entropy(text.AsSpan(e + 1, 32)) < 2.8)
                {
                    return;
                }

                findingEnd = e + 33;
                break;
            case SecretCheck.Brevo:
                if (body[64] != '-' || !IsAll(body[..64], BodyChars.LowerHex) || !IsAll(body[65..], BodyChars.Base62))
                {
                    return;
                }

                break;
            case SecretCheck.CloudflareOrigin:
                if (body[24] != '-' || !IsAll(body[..24], BodyChars.LowerHex) || !IsAll(body[25..], BodyChars.LowerHex))
                {
                    return;
                }

                break;
            case SecretCheck.DefinedNetworking:
                if (body[26] != '-')
                {
                    return;
                }

                break;
            case SecretCheck.LangSmith:
                if (body[32] != '_' || !IsAll(body[..32], BodyChars.LowerHex) || !IsAll(body[33..], BodyChars.LowerHex))
                {
                    return;
                }

                break;
            case SecretCheck.Airtable:
                // pat + 14 alphanumerics + "." + 64 hex.
                if (body[14] != '.' || !IsAll(body[..14], BodyChars.Base62) || !IsAll(body[15..], BodyChars.LowerHex))
                {
                    return;
                }

                break;
            case SecretCheck.Flutterwave:
                if (body[32] != '-' || body[33] != 'X' || !IsAll(body[..32], BodyChars.LowerAlnum))
                {
                    return;
                }

                break;
            case SecretCheck.Mapbox:
                // sk. + base64url JSON naming the user ("u") + "." + 22 characters.
                var dot = body.IndexOf('.');
                if (dot < 10 || body.LastIndexOf('.') != dot || length - dot - 1 != 22
                    || DecodeBase64Url(string.Concat("eyJ", body[..dot])) is not { } claims || !claims.Contains("\"u\"", StringComparison.Ordinal))
                {
                    return;
                }

                break;
            case SecretCheck.NotHex:
                if (Chars.IsHex(body))
                {
                    return;
                }

                break;
            case SecretCheck.SentryOrg:
                // sntrys_ + base64 JSON claims + "_" + 43 base64 characters of secret.
                if (Chars.At(text, e) == '_')
                {
                    var tail = e + 1;
                    while (tail < text.Length && tail - e <= 44 && Chars.IsBase64(text[tail]))
                    {
                        tail++;
                    }

                    if (tail - e - 1 == 43 && !Chars.IsBase64(Chars.At(text, tail)))
                    {
                        findingEnd = tail;
                    }
                }

                break;
            case SecretCheck.DopplerService:
                // dp.st. + optional config name and "." + 40 to 44 alphanumerics.
                var point = body.IndexOf('.');
                var secret = point < 0 ? body : body[(point + 1)..];
                if (secret.Length is < 40 or > 44 || !IsAll(secret, BodyChars.Base62) || (point >= 0 && (point is < 2 or > 35 || body[..point].ContainsAnyExcept(ConfigNameChars))))
                {
                    return;
                }

                break;
            case SecretCheck.OnePasswordSecretKey:
                // A3- + 6-11-5-5-5 or 6-6-5-5-5-5 groups of capitals and digits.
                Span<Range> groups = stackalloc Range[8];
                var count = body.Split(groups, '-');
                var shape = count == 5 ? (ReadOnlySpan<int>)[6, 11, 5, 5, 5] : count == 6 ? [6, 6, 5, 5, 5, 5] : [];
                if (shape.IsEmpty)
                {
                    return;
                }

                for (var g = 0; g < count; g++)
                {
                    if (body[groups[g]].Length != shape[g] || !IsAll(body[groups[g]], BodyChars.UpperAlnum))
                    {
                        return;
                    }
                }

                break;
            case SecretCheck.Base64PrivateKey:
                // A PEM private key encoded once more in base64 (kubeconfig client-key-data, Kubernetes secrets).
                var head = text.AsSpan(start, Math.Min(72, e - start) / 4 * 4);
                Span<byte> decodedHead = stackalloc byte[54];
                if (!Convert.TryFromBase64Chars(head, decodedHead, out var headBytes)
                    || !Encoding.ASCII.GetString(decodedHead[..headBytes]).Contains("PRIVATE KEY", StringComparison.Ordinal))
                {
                    return;
                }

                break;
            case SecretCheck.Akamai:
                // akab- + 16 + "-" + 16 (EdgeGrid client and access tokens).
                if (body[16] != '-' || !IsAll(body[..16], BodyChars.LowerAlnum) || !IsAll(body[17..], BodyChars.LowerAlnum))
                {
                    return;
                }

                break;
            case SecretCheck.ClickUp:
                // pk_ + the user's number + "_" + 32 capitals and digits.
                var underscore = body.IndexOf('_');
                if (underscore < 1 || body[..underscore].ContainsAnyExceptInRange('0', '9') || length - underscore - 1 != 32 || !IsAll(body[(underscore + 1)..], BodyChars.UpperAlnum))
                {
                    return;
                }

                break;
            case SecretCheck.Salesforce:
                // 00D + the rest of the org id (12 to 15) + "!" + the session's 80 or more characters.
                if (Chars.At(text, e) != '!')
                {
                    return;
                }

                var session = e + 1;
                while (session < text.Length && session - e <= 200 && (char.IsAsciiLetterOrDigit(text[session]) || text[session] is '.' or '_'))
                {
                    session++;
                }

                while (text[session - 1] == '.')
                {
                    session--;
                }

                if (session - e - 1 is < 80 or > 200 || Chars.Entropy(text.AsSpan(e + 1, session - e - 1)) < 4.0 || char.IsAsciiLetterOrDigit(Chars.At(text, session)))
                {
                    return;
                }

                findingEnd = session;
                break;
            case SecretCheck.AzureAccountKey:
            case SecretCheck.AzureSharedAccessKey:
                if (!body.EndsWith("=", StringComparison.Ordinal))
                {
                    return;
                }

                // Inside a connection string, the whole string is the secret.
                var anchor = rule.Check == SecretCheck.AzureAccountKey ? "DefaultEndpointsProtocol=" : "Endpoint=sb://";
                var lookBack = Math.Max(0, start - 400);
                var at = text.AsSpan(lookBack, start - lookBack).LastIndexOf(anchor, StringComparison.Ordinal);
                if (at >= 0 && !text.AsSpan(lookBack + at, start - lookBack - at).ContainsAny('\n', ' ', '"'))
                {
                    findingStart = lookBack + at;
                    kind = rule.Check == SecretCheck.AzureAccountKey ? "azure-storage-connection-string" : "azure-service-bus-connection-string";
                    while (findingEnd < text.Length && findingEnd - start < 400 && text[findingEnd] is not ('\n' or '\r' or ' ' or '"' or '\'' or '\t'))
                    {
                        findingEnd++;
                    }
                }
                else
                {
                    findingStart = bodyStart;
                }

                break;
        }

        context.Add(EntityTypes.Secret, findingStart, findingEnd, score, Detector, kind, explanation);
    }

    private static bool IsAll(ReadOnlySpan<char> span, BodyChars body)
    {
        foreach (var c in span)
        {
            if (!IsBody(body, c))
            {
                return false;
            }
        }

        return true;
    }

    private static double MinimumEntropy(BodyChars body) => body switch
    {
        BodyChars.LowerHex => 2.8,
        BodyChars.UpperBase32 or BodyChars.UpperAlnum => 2.8,
        _ => 3.0,
    };

    private static bool IsBody(BodyChars body, char c) => body switch
    {
        BodyChars.Base62 => char.IsAsciiLetterOrDigit(c),
        BodyChars.Word => char.IsAsciiLetterOrDigit(c) || c == '_',
        BodyChars.UrlSafe => Chars.IsUrlSafe(c),
        BodyChars.Dotted => Chars.IsUrlSafe(c) || c == '.',
        BodyChars.Base64Padded => Chars.IsBase64(c),
        BodyChars.LowerHex => Chars.IsLowerHex(c),
        BodyChars.UpperBase32 => char.IsAsciiLetterUpper(c) || c is >= '2' and <= '7',
        BodyChars.UpperAlnum => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c),
        BodyChars.Letters => char.IsAsciiLetter(c),
        BodyChars.LowerAlnum => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c),
        _ => false,
    };

    /// <summary>The score of a GitHub-format token (GitHub, npm, Custos) whose last six characters are not the checksum of the rest.</summary>
    internal const double UnverifiedChecksumScore = 0.75;

    /// <summary>
    /// GitHub's token format, which npm and Custos share: the last six characters are the CRC-32 of the rest of
    /// the body, in base62 padded with zeros. A match makes the finding certain (score 1.0).
    /// </summary>
    internal static bool HasBase62Crc32(ReadOnlySpan<char> body) =>
        body.Length > 6 && body[^6..].SequenceEqual(Base62Crc32(body[..^6]));

    /// <summary>The six-character base62 CRC-32 of <paramref name="random"/> (ASCII), padded with zeros.</summary>
    internal static string Base62Crc32(ReadOnlySpan<char> random)
    {
        Span<byte> ascii = stackalloc byte[random.Length];
        if (Encoding.ASCII.GetBytes(random, ascii) != random.Length)
        {
            return string.Empty;
        }

        ulong value = Crc32.HashToUInt32(ascii);
        Span<char> chars = stackalloc char[6];
        for (var i = 5; i >= 0; i--)
        {
            chars[i] = Base62Alphabet[(int)(value % 62)];
            value /= 62;
        }

        return new string(chars);
    }

    private static void PrivateKey(ScanContext context, SecretRule rule, int start)
    {
        // -----BEGIN [RSA |EC |OPENSSH |DSA |ENCRYPTED |PGP ]PRIVATE KEY[ BLOCK]-----
        var text = context.Text;
        var headerStart = start + rule.Prefix.Length;
        var limit = Math.Min(text.Length, headerStart + 48);
        var close = text.AsSpan(headerStart, limit - headerStart).IndexOf("-----", StringComparison.Ordinal);
        if (close < 0)
        {
            return;
        }

        var label = text.AsSpan(headerStart, close);
        if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && !label.EndsWith("PRIVATE KEY BLOCK", StringComparison.Ordinal))
        {
            return;
        }

        // The body is base64 in lines (newlines, spaces or literal "\n" escapes between them), optionally after
        // the Proc-Type and DEK-Info lines of an encrypted key; it ends at the footer or at the first other text.
        var bodyStart = headerStart + close + 5;
        var bodyLimit = Math.Min(text.Length, bodyStart + 32_768);
        var bodyEnd = bodyStart;
        var base64 = 0;
        var lineStart = true;
        while (bodyEnd < bodyLimit)
        {
            var c = text[bodyEnd];
            if (lineStart && (text.AsSpan(bodyEnd).StartsWith("Proc-Type:", StringComparison.Ordinal) || text.AsSpan(bodyEnd).StartsWith("DEK-Info:", StringComparison.Ordinal)))
            {
                var lineLimit = Math.Min(bodyLimit, bodyEnd + 128);
                while (bodyEnd < lineLimit && text[bodyEnd] != '\n')
                {
                    bodyEnd++;
                }

                lineStart = false;
                continue;
            }

            if (Chars.IsBase64(c) || c == '=')
            {
                base64++;
                lineStart = false;
            }
            else if (c is '\n' or '\r')
            {
                lineStart = true;
            }
            else if (c == '\\' && Chars.At(text, bodyEnd + 1) is 'n' or 'r')
            {
                bodyEnd++;
                lineStart = true;
            }
            else if (c is not (' ' or '\t'))
            {
                break;
            }

            bodyEnd++;
        }

        var next = text.AsSpan(bodyEnd, bodyLimit - bodyEnd).StartsWith("-----", StringComparison.Ordinal) ? 0 : -1;

        // A header alone, as articles print it, or a body of dots, is not a key.
        var body = text.AsSpan(bodyStart, bodyEnd - bodyStart);
        if (base64 < 64 || PemBodyLooksLikePlaceholder(body.Length > 256 ? body[..256] : body))
        {
            return;
        }

        var end = bodyEnd;
        if (next >= 0 && text.AsSpan(bodyEnd).StartsWith("-----END ", StringComparison.Ordinal))
        {
            var footerLimit = Math.Min(text.Length, bodyEnd + 9 + 48);
            var footerClose = text.AsSpan(bodyEnd + 9, footerLimit - bodyEnd - 9).IndexOf("-----", StringComparison.Ordinal);
            if (footerClose >= 0)
            {
                end = bodyEnd + 9 + footerClose + 5;
            }
            else
            {
                // A footer cut or mistyped ("-----END OPENSSH PRIVATE KEY----5"): the block still runs through its END
                // line, up to a character no footer holds (a quote, a backslash, the line's end).
                var footerEnd = bodyEnd + 9;
                while (footerEnd < footerLimit && (char.IsAsciiLetterOrDigit(text[footerEnd]) || text[footerEnd] is ' ' or '-'))
                {
                    footerEnd++;
                }

                while (footerEnd > bodyEnd + 9 && text[footerEnd - 1] == ' ')
                {
                    footerEnd--;
                }

                if (text.AsSpan(bodyEnd + 9, footerEnd - bodyEnd - 9).Contains("PRIVATE KEY", StringComparison.Ordinal))
                {
                    end = footerEnd;
                }
            }
        }
        else
        {
            while (end > bodyStart && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        context.Add(EntityTypes.Secret, start, end, rule.Score, Detector, rule.Kind);
    }

    /// <summary>
    /// A key body made of markers or long runs is a placeholder, but zero bytes encode as runs of 'A': every OpenSSH key
    /// opens with "AAAAAAAAAAABAAAA" and DER lengths leave more, so a run of 'A' shorter than a line does not count.
    /// </summary>
    private static bool PemBodyLooksLikePlaceholder(ReadOnlySpan<char> body)
    {
        Span<char> copy = stackalloc char[body.Length];
        var length = 0;
        var run = 0;
        foreach (var c in body)
        {
            run = c == 'A' ? run + 1 : 0;
            if (run < 6 || run >= 48)
            {
                copy[length++] = c;
            }
        }

        return Chars.LooksLikePlaceholder(copy[..length]);
    }

    private static void Jwt(ScanContext context, SecretRule rule, int start)
    {
        var text = context.Text;
        var prev = Chars.At(text, start - 1);
        if (Chars.IsUrlSafe(prev) || prev == '.')
        {
            return;
        }

        var headerEnd = UrlSafeRun(text, start, 4096);
        if (headerEnd - start < 10 || Chars.At(text, headerEnd) != '.' || !text.AsSpan(headerEnd + 1).StartsWith("eyJ", StringComparison.Ordinal))
        {
            return;
        }

        var payloadEnd = UrlSafeRun(text, headerEnd + 1, 16_384);
        if (payloadEnd - headerEnd - 1 < 10 || Chars.At(text, payloadEnd) != '.')
        {
            return;
        }

        var signatureEnd = UrlSafeRun(text, payloadEnd + 1, 4096);
        if (signatureEnd - payloadEnd - 1 < 16 || Chars.At(text, signatureEnd) == '.')
        {
            return;
        }

        // The header must decode to JSON naming an algorithm.
        var header = DecodeBase64Url(text.AsSpan(start, headerEnd - start));
        if (header is null || (!header.Contains("\"alg\"", StringComparison.Ordinal) && !header.Contains("\"typ\"", StringComparison.Ordinal)))
        {
            return;
        }

        if (SecretRules.DocumentedExamples.Contains(text.Substring(start, signatureEnd - start)))
        {
            return;
        }

        context.Add(EntityTypes.Secret, start, signatureEnd, rule.Score, Detector, rule.Kind);
    }

    private static int UrlSafeRun(string text, int i, int max)
    {
        var start = i;
        while (i < text.Length && i - start < max && Chars.IsUrlSafe(text[i]))
        {
            i++;
        }

        return i;
    }

    internal static string? DecodeBase64Url(ReadOnlySpan<char> value)
    {
        if (value.Length > 4096)
        {
            return null;
        }

        Span<char> padded = stackalloc char[value.Length + 3];
        value.CopyTo(padded);
        var n = value.Length;
        for (var i = 0; i < n; i++)
        {
            padded[i] = padded[i] switch { '-' => '+', '_' => '/', var c => c };
        }

        while (n % 4 != 0)
        {
            padded[n++] = '=';
        }

        Span<byte> bytes = stackalloc byte[n];
        return Convert.TryFromBase64Chars(padded[..n], bytes, out var written) ? Encoding.UTF8.GetString(bytes[..written]) : null;
    }

    private static readonly HashSet<string> PlaceholderPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "pass", "passwd", "pwd", "secret", "changeme", "admin", "root", "user", "test", "example", "xxx",
        "guest", "demo", "pw", "mypassword", "yourpassword", "p@ssw0rd", "pa55word", "letmein", "postgres", "mysql",
    };

    private static void UrlCredentials(ScanContext context, SecretRule rule, int at)
    {
        var text = context.Text;

        // scheme://user:password@host
        var s = at;
        while (s > 0 && at - s < 20 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] is '+' or '-' or '.'))
        {
            s--;
        }

        if (s == at || !char.IsAsciiLetter(text[s]))
        {
            return;
        }

        var i = at + 3;
        var userStart = i;
        while (i < text.Length && i - userStart < 128 && IsUserInfo(text[i]) && text[i] != ':')
        {
            i++;
        }

        if (Chars.At(text, i) != ':')
        {
            return;
        }

        var passwordStart = ++i;
        while (i < text.Length && i - passwordStart < 256 && IsUserInfo(text[i]))
        {
            i++;
        }

        if (Chars.At(text, i) != '@' || i == passwordStart)
        {
            return;
        }

        var password = text.AsSpan(passwordStart, i - passwordStart);
        if (password.Length < 3 || password[0] is '$' or '%' or '<' or '{' or '*' || Chars.LooksLikePlaceholder(password)
            || PlaceholderPasswords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(password))
        {
            return;
        }

        var hostStart = ++i;
        while (i < text.Length && i - hostStart < 2048 && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '<' or '>' or '`' or ')' or ']'))
        {
            i++;
        }

        if (i == hostStart || !char.IsAsciiLetterOrDigit(text[hostStart]))
        {
            return;
        }

        while (text[i - 1] is '.' or ',' or ';')
        {
            i--;
        }

        var scheme = text.AsSpan(s, at - s);
        var kind = SchemeKind(scheme) ?? rule.Kind;
        context.Add(EntityTypes.Secret, s, i, rule.Score, Detector, kind);
    }

    private static bool IsUserInfo(char c) => !char.IsWhiteSpace(c) && c is not ('/' or '@' or '"' or '\'' or '<' or '>' or '`' or '?' or '#');

    private static string? SchemeKind(ReadOnlySpan<char> scheme)
    {
        Span<char> lower = stackalloc char[scheme.Length];
        scheme.ToLowerInvariant(lower);
        return lower switch
        {
            "postgres" or "postgresql" or "jdbc:postgresql" => "postgres-url",
            "mysql" or "mariadb" or "mysql+pymysql" => "mysql-url",
            "mongodb" or "mongodb+srv" => "mongodb-url",
            "redis" or "rediss" => "redis-url",
            "amqp" or "amqps" => "amqp-url",
            "mssql" or "sqlserver" => "sqlserver-url",
            _ => null,
        };
    }

    private static void Webhook(ScanContext context, SecretRule rule, int start, bool slack)
    {
        var text = context.Text;
        var i = start + rule.Prefix.Length;
        var end = i;
        while (end < text.Length && end - i < 200 && (Chars.IsUrlSafe(text[end]) || text[end] == '/'))
        {
            end++;
        }

        var path = text.AsSpan(i, end - i);
        var parts = path.Count('/');
        if (slack ? parts is < 2 or > 3 || path.Length < 40 || path[0] != 'T' : parts != 1 || path.Length < 60)
        {
            return;
        }

        if (Chars.LooksLikePlaceholder(path))
        {
            return;
        }

        var s = start;
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (s >= scheme.Length && text.AsSpan(s - scheme.Length, scheme.Length).SequenceEqual(scheme))
            {
                s -= scheme.Length;
                break;
            }
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void Telegram(ScanContext context, SecretRule rule, int colon)
    {
        // 123456789:AA + 33 characters
        var text = context.Text;
        var s = colon;
        while (s > 0 && colon - s < 11 && char.IsAsciiDigit(text[s - 1]))
        {
            s--;
        }

        var digits = colon - s;
        if (digits is < 8 or > 10 || Chars.IsWordChar(Chars.At(text, s - 1)))
        {
            return;
        }

        var bodyStart = colon + 1;
        var end = UrlSafeRun(text, bodyStart, 36);
        if (end - bodyStart != 35 || Chars.IsUrlSafe(Chars.At(text, end)) || Chars.LooksLikePlaceholder(text.AsSpan(bodyStart, 35)))
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void AzureAdClientSecret(ScanContext context, SecretRule rule, int at)
    {
        // Three characters and a digit, "Q~", then 31 to 34 characters: 40 in all.
        var text = context.Text;
        var s = at - 4;
        if (s < 0 || !char.IsAsciiDigit(text[at - 1]) || Chars.IsUrlSafe(Chars.At(text, s - 1)) || Chars.At(text, s - 1) is '.' or '~')
        {
            return;
        }

        for (var k = s; k < at - 1; k++)
        {
            if (!(Chars.IsUrlSafe(text[k]) || text[k] is '.' or '~'))
            {
                return;
            }
        }

        var bodyStart = at + 2;
        var end = bodyStart;
        while (end < text.Length && end - bodyStart <= 34 && (Chars.IsUrlSafe(text[end]) || text[end] is '.' or '~'))
        {
            end++;
        }

        var length = end - bodyStart;
        var body = text.AsSpan(bodyStart, length);
        if (length is < 31 or > 34 || Chars.LooksLikePlaceholder(body) || Chars.Entropy(body) < 3.5)
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void TerraformCloud(ScanContext context, SecretRule rule, int at)
    {
        // 14 alphanumerics + ".atlasv1." + 60 to 70 base64url characters (with "=" padding).
        var text = context.Text;
        var s = at - 14;
        if (s < 0 || Chars.IsUrlSafe(Chars.At(text, s - 1)) || Chars.At(text, s - 1) == '.' || !IsAll(text.AsSpan(s, 14), BodyChars.Base62))
        {
            return;
        }

        var bodyStart = at + rule.Prefix.Length;
        var end = bodyStart;
        while (end < text.Length && end - bodyStart <= rule.MaxBody && (Chars.IsUrlSafe(text[end]) || text[end] == '='))
        {
            end++;
        }

        var body = text.AsSpan(bodyStart, end - bodyStart);
        if (body.Length < rule.MinBody || body.Length > rule.MaxBody || Chars.LooksLikePlaceholder(body) || Chars.LooksLikePlaceholder(text.AsSpan(s, 14)) || Chars.Entropy(body) < 3.5)
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void TwitterBearer(ScanContext context, SecretRule rule, int start)
    {
        // App-only bearer tokens: a run of "A" (leading zero bytes) then alphanumerics and %-escapes, 100 to 130 in all.
        var text = context.Text;
        if (char.IsAsciiLetterOrDigit(Chars.At(text, start - 1)) || Chars.At(text, start - 1) is '%' or '_' or '-')
        {
            return;
        }

        var end = start;
        while (end < text.Length && end - start <= 130 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '%'))
        {
            end++;
        }

        var rest = start + rule.Prefix.Length;
        while (rest < end && text[rest] == 'A')
        {
            rest++;
        }

        var length = end - start;
        if (length is < 100 or > 130 || rest - start > 24 || Chars.IsUrlSafe(Chars.At(text, end)) || Chars.Entropy(text.AsSpan(rest, end - rest)) < 4.0)
        {
            return;
        }

        context.Add(EntityTypes.Secret, start, end, rule.Score, Detector, rule.Kind);
    }

    private static void AzureSas(ScanContext context, SecretRule rule, int at)
    {
        // A shared access signature: sig= carries a URL-encoded base64 HMAC-SHA256 (32 bytes), and the same query
        // string names the storage service version (sv=) or the Service Bus / Event Hubs key name (skn=). The
        // signature is the secret.
        var text = context.Text;
        if (Chars.At(text, at - 1) is not ('?' or '&' or ';' or '"' or '\'' or ' ' or '\n' or '\0') && at > 0)
        {
            return;
        }

        var bodyStart = at + rule.Prefix.Length;
        var end = bodyStart;
        while (end < text.Length && end - bodyStart <= 128 && (Chars.IsBase64(text[end]) || text[end] is '%' or '='))
        {
            end++;
        }

        var raw = text.AsSpan(bodyStart, end - bodyStart);
        if (raw.Length < 43 || raw.Length > 128 || Chars.IsUrlSafe(Chars.At(text, end)))
        {
            return;
        }

        var decoded = Uri.UnescapeDataString(raw.ToString());
        Span<byte> mac = stackalloc byte[96];
        if (decoded.Length != 44 || !decoded.EndsWith('=') || !Convert.TryFromBase64String(decoded, mac, out var written) || written != 32
            || Chars.LooksLikePlaceholder(decoded) || Chars.Entropy(decoded) < 4.0)
        {
            return;
        }

        // sv= earlier or later in the same query string: no space, quote or newline in between.
        var from = Math.Max(0, at - 1024);
        var to = Math.Min(text.Length, end + 1024);
        var s = at;
        while (s > from && !IsQueryBreak(text[s - 1]))
        {
            s--;
        }

        var e = end;
        while (e < to && !IsQueryBreak(text[e]))
        {
            e++;
        }

        var query = text.AsSpan(s, e - s);
        if (!query.Contains("?sv=", StringComparison.Ordinal) && !query.Contains("&sv=", StringComparison.Ordinal) && !query.StartsWith("sv=", StringComparison.Ordinal)
            && !query.Contains("&skn=", StringComparison.Ordinal))
        {
            return;
        }

        context.Add(EntityTypes.Secret, bodyStart, end, rule.Score, Detector, rule.Kind);
    }

    private static bool IsQueryBreak(char c) => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '`';

    private static void Firebase(ScanContext context, SecretRule rule, int at)
    {
        // A Firebase Cloud Messaging server key: "AAAA" + 7 characters, ":APA91b", then 134 characters.
        var text = context.Text;
        var s = at - 11;
        if (s < 0 || !text.AsSpan(s, 4).SequenceEqual("AAAA") || !IsAll(text.AsSpan(s + 4, 7), BodyChars.UrlSafe) || Chars.IsUrlSafe(Chars.At(text, s - 1)))
        {
            return;
        }

        var bodyStart = at + rule.Prefix.Length;
        var end = UrlSafeRun(text, bodyStart, rule.MaxBody + 1);
        var body = text.AsSpan(bodyStart, end - bodyStart);
        if (body.Length != rule.MaxBody || Chars.LooksLikePlaceholder(body) || Chars.Entropy(body) < 4.0)
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void Mailchimp(ScanContext context, SecretRule rule, int at)
    {
        // 32 hex characters, "-us", the data centre's number.
        var text = context.Text;
        var s = at - 32;
        if (s < 0 || char.IsAsciiLetterOrDigit(Chars.At(text, s - 1)) || Chars.At(text, s - 1) is '_' or '-' || !IsAll(text.AsSpan(s, 32), BodyChars.LowerHex))
        {
            return;
        }

        var end = at + rule.Prefix.Length;
        while (end < text.Length && end - at - rule.Prefix.Length < 3 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var digits = end - at - rule.Prefix.Length;
        var key = text.AsSpan(s, 32);
        if (digits is < 1 or > 2 || char.IsAsciiLetterOrDigit(Chars.At(text, end)) || Chars.LooksLikePlaceholder(key) || Chars.Entropy(key) < 3.0)
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void FacebookAppToken(ScanContext context, SecretRule rule, int at)
    {
        // A Facebook app access token: the app's 15 or 16 digit id, "|" (or "%7C" in a URL), and 27 to 40 characters
        // of the app's signed secret. The id alone is public; the pair is the credential.
        var text = context.Text;
        var s = at;
        while (s > 0 && at - s <= 16 && char.IsAsciiDigit(text[s - 1]))
        {
            s--;
        }

        if (at - s is < 15 or > 16 || Chars.IsWordChar(Chars.At(text, s - 1)) || text[s] == '0')
        {
            return;
        }

        var bodyStart = at + rule.Prefix.Length;
        var end = bodyStart;
        while (end < text.Length && end - bodyStart <= rule.MaxBody && IsBody(rule.Body, text[end]))
        {
            end++;
        }

        var secret = text.AsSpan(bodyStart, end - bodyStart);
        if (secret.Length < rule.MinBody || secret.Length > rule.MaxBody || Chars.LooksLikePlaceholder(secret) || Chars.Entropy(secret) < 3.5
            || !MixesCharacterClasses(secret))
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    /// <summary>Two of lower case, upper case and digits: random base64 has all three, a word or a code in capitals one.</summary>
    private static bool MixesCharacterClasses(ReadOnlySpan<char> value) =>
        (value.IndexOfAnyInRange('0', '9') >= 0 ? 1 : 0) + (value.IndexOfAnyInRange('a', 'z') >= 0 ? 1 : 0) + (value.IndexOfAnyInRange('A', 'Z') >= 0 ? 1 : 0) >= 2;

    private static void MaxMind(ScanContext context, SecretRule rule, int at)
    {
        // 6 alphanumerics, "_", 29 alphanumerics, "_mmk".
        var text = context.Text;
        var s = at - 36;
        var end = at + rule.Prefix.Length;
        if (s < 0 || Chars.IsWordChar(Chars.At(text, s - 1)) || Chars.IsWordChar(Chars.At(text, end)) || text[s + 6] != '_'
            || !IsAll(text.AsSpan(s, 6), BodyChars.Base62) || !IsAll(text.AsSpan(s + 7, 29), BodyChars.Base62))
        {
            return;
        }

        var key = text.AsSpan(s + 7, 29);
        if (Chars.LooksLikePlaceholder(key) || Chars.Entropy(key) < 3.5)
        {
            return;
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }

    private static void TeamsWebhook(ScanContext context, SecretRule rule, int at)
    {
        // https://TENANT.webhook.office.com/webhookb2/GROUP@TENANT/IncomingWebhook/32 hex/UUID[/...]
        var text = context.Text;
        var s = at;
        while (s > 0 && at - s < 64 && (char.IsAsciiLetterOrDigit(text[s - 1]) || text[s - 1] == '-'))
        {
            s--;
        }

        if (s == at)
        {
            return;
        }

        var i = at + rule.Prefix.Length;
        var end = i;
        while (end < text.Length && end - i < 400 && (Chars.IsUrlSafe(text[end]) || text[end] is '/' or '@'))
        {
            end++;
        }

        var path = text.AsSpan(i, end - i);
        var hook = path.IndexOf("/IncomingWebhook/", StringComparison.Ordinal);
        if (hook < 0 || !path[..hook].Contains('@') || path.Length - hook - 17 < 32 + 1 + 36 || !Chars.IsHex(path.Slice(hook + 17, 32))
            || Chars.LooksLikePlaceholder(path))
        {
            return;
        }

        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (s >= scheme.Length && text.AsSpan(s - scheme.Length, scheme.Length).SequenceEqual(scheme))
            {
                s -= scheme.Length;
                break;
            }
        }

        context.Add(EntityTypes.Secret, s, end, rule.Score, Detector, rule.Kind);
    }
}
