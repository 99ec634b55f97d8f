namespace Custos.Ledger.Tests.Golden;

/// <summary>Reads a golden file next to the tests; set CUSTOS_UPDATE_GOLDEN=1 to rewrite it in the source tree.</summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, byte[] actual)
    {
        if (Environment.GetEnvironmentVariable("CUSTOS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceDirectory(), name), actual);
        }

        var expected = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Golden", name));
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
    }

    public static void AssertMatches(string name, string actual) => AssertMatches(name, System.Text.Encoding.UTF8.GetBytes(actual));

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
