using System.Formats.Tar;
using System.IO.Compression;

namespace Custos.Cedar.Tests.Conformance;

/// <summary>
/// Cedar's integration tests (Apache-2.0) from ../shared/conformance/cedar, extracted once per test run into a
/// temporary folder with their LICENSE and NOTICE beside them.
/// </summary>
public static class ConformanceData
{
    private static readonly Lazy<string> ExtractedRoot = new(Extract);

    /// <summary>The folder holding <c>corpus-tests/</c>, <c>tests/</c> and <c>sample-data/</c>.</summary>
    public static string Root => ExtractedRoot.Value;

    public static string SharedFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Custos.slnx")))
                {
                    var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "conformance", "cedar"));
                    if (Directory.Exists(shared))
                        return shared;
                    throw new DirectoryNotFoundException($"the Cedar conformance data is expected at {shared} (../shared beside the repository)");
                }
            }
            throw new DirectoryNotFoundException("cannot find the repository root (Custos.slnx) above " + AppContext.BaseDirectory);
        }
    }

    private static string Extract()
    {
        // Extracted once per machine into a folder named after the archives' size and time, then reused: deleting
        // 25,000 files at process exit outlasts the test host's shutdown limit.
        var shared = SharedFolder;
        var archives = new[] { "corpus-tests.tar.gz", "handwritten-tests.tar.gz" };
        var stamp = string.Join("-", archives.Select(a => new FileInfo(Path.Combine(shared, a))).Select(f => $"{f.Length:x}{f.LastWriteTimeUtc.Ticks:x}"));
        var root = Path.Combine(Path.GetTempPath(), "custos-cedar-conformance", stamp);
        var done = Path.Combine(root, ".extracted");
        if (File.Exists(done))
            return root;
        var staging = root + "." + Environment.ProcessId + ".tmp";
        Directory.CreateDirectory(staging);
        foreach (var archive in archives)
        {
            using var file = File.OpenRead(Path.Combine(shared, archive));
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            TarFile.ExtractToDirectory(gzip, staging, overwriteFiles: true);
        }
        File.Copy(Path.Combine(shared, "LICENSE"), Path.Combine(staging, "LICENSE"), overwrite: true);
        File.Copy(Path.Combine(shared, "NOTICE"), Path.Combine(staging, "NOTICE"), overwrite: true);
        File.WriteAllText(Path.Combine(staging, ".extracted"), stamp);
        try
        {
            Directory.Move(staging, root);
        }
        catch (IOException) when (File.Exists(done))
        {
            // Another test process finished first; use its copy.
            Directory.Delete(staging, recursive: true);
        }
        return root;
    }
}
