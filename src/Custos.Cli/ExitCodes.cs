namespace Custos.Cli;

/// <summary>The exit codes every custos command keeps to, so scripts and CI can branch on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Validation or verification failed, or the command could not do what was asked.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The action asked about was denied.</summary>
    public const int Denied = 3;
}
