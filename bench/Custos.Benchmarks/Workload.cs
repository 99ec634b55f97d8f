namespace Custos.Benchmarks;

/// <summary>Finds bench/workloads/NAME from wherever the benchmark runs (BenchmarkDotNet copies the binaries).</summary>
internal static class Workload
{
    public static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "workloads", name);
            if (Directory.Exists(candidate))
                return candidate;
        }
        var fromCwd = Path.Combine(Directory.GetCurrentDirectory(), "bench", "workloads", name);
        return Directory.Exists(fromCwd) ? fromCwd : throw new DirectoryNotFoundException($"bench/workloads/{name} not found; run from the repository");
    }
}
