namespace Custos.Detection.Exfiltration;

/// <summary>Domains data may go to: a host matches a listed domain when it is that domain or a subdomain of it.</summary>
internal sealed class DomainAllowlist
{
    private readonly HashSet<string> _domains;

    public DomainAllowlist(IEnumerable<string> domains)
    {
        _domains = new HashSet<string>(domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()), StringComparer.Ordinal);
    }

    public bool Allows(ReadOnlySpan<char> host)
    {
        if (_domains.Count == 0 || host.IsEmpty)
        {
            return false;
        }

        Span<char> lower = host.Length <= 256 ? stackalloc char[host.Length] : new char[host.Length];
        host.ToLowerInvariant(lower);
        var lookup = _domains.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> rest = lower.TrimEnd('.');
        while (true)
        {
            if (lookup.Contains(rest))
            {
                return true;
            }

            var dot = rest.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>Why <paramref name="domain"/> cannot be an allowlist entry, or null when it can.</summary>
    public static string? Problem(string domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return "an allowed domain is empty";
        }

        if (domain.Contains("://", StringComparison.Ordinal) || domain.IndexOfAny(['/', '?', '#', '@', ' ', ':']) >= 0)
        {
            return $"the allowed domain '{domain}' is not a bare domain; write it like 'example.com' (no scheme, port, path or user)";
        }

        return null;
    }
}
