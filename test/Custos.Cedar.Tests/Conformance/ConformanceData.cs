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
        var shared = SharedFolder;
        var root = Path.Combine(Path.GetTempPath(), "custos-cedar-conformance-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        foreach (var archive in new[] { "corpus-tests.tar.gz", "handwritten-tests.tar.gz" })
        {
            using var file = File.OpenRead(Path.Combine(shared, archive));
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            TarFile.ExtractToDirectory(gzip, root, overwriteFiles: true);
        }
        File.Copy(Path.Combine(shared, "LICENSE"), Path.Combine(root, "LICENSE"), overwrite: true);
        File.Copy(Path.Combine(shared, "NOTICE"), Path.Combine(root, "NOTICE"), overwrite: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return root;
    }
}
