namespace Custos.Detection.Secrets;

/// <summary>What value a secret-looking name must be assigned for the assignment to count.</summary>
internal enum ValueShape
{
    /// <summary>A password: at least 8 characters, not a placeholder, some variety.</summary>
    Password,

    /// <summary>A key or token: at least 16 characters of high entropy (a UUID counts: Snyk, Heroku and Postmark keys are UUIDs).</summary>
    HighEntropy,

    /// <summary>40 characters of base64, as AWS secret access keys are.</summary>
    AwsSecret,

    /// <summary>32 hex digits.</summary>
    Hex32,

    /// <summary>40 hex digits.</summary>
    Hex40,

    /// <summary>A UUID.</summary>
    Uuid,

    /// <summary>A bearer token after "Bearer ".</summary>
    Bearer,

    /// <summary>HTTP basic credentials after "Basic ": base64 of user:password with a real password.</summary>
    Basic,

    /// <summary>user:password after curl's <c>-u</c> or <c>--user</c> on a curl command line: the password (or a key given as the user).</summary>
    CommandUser,

    /// <summary>An HTTP Authorization header's value under a scheme of its own ("Api-Token …", "GenieKey …") or none: a key or token.</summary>
    AuthorizationHeader,

    /// <summary>A login call's name and its "(": the quoted second argument is the password.</summary>
    LoginCall,
}
