using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Custos.Core.Configuration;
using Custos.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Custos.Benchmarks;

/// <summary>
/// What one durable write costs on this disk, one writer, nothing else in flight: a 200-byte record made durable
/// by the operating system's primitives (pwrite then fdatasync or fsync, or a file opened O_DSYNC) into a file that is
/// preallocated with written zeros, fallocated (unwritten extents) or grown by each write; a SQLite WAL commit with
/// <c>synchronous=FULL</c> of a 200-byte row; and the ledger's own append (<see cref="SqliteStore.RecordAsync"/>:
/// mapping, encoding, hashing, the sequencer and its commit) with durability <c>disk</c> and <c>os</c>. The variants
/// run interleaved in rounds so that the machine's noise falls on all of them alike. SQLite as bundled here syncs
/// with fsync, not fdatasync (it is built without HAVE_FDATASYNC; strace counts one fsync per commit), which on ext4
/// also commits the file's changed mtime to the filesystem journal: the fsync row is SQLite's floor.
/// </summary>
internal static partial class FsyncProbe
{
    private const int RecordBytes = 200;
    private const int O_WRONLY = 0x1;
    private const int O_CREAT = 0x40;
    private const int O_DSYNC = 0x1000; // Linux x64 and arm64

    public static async Task<int> RunAsync(int rounds, int samplesPerRound)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("fsync-probe calls Linux's pwrite and fdatasync; run it on Linux.");
            return 2;
        }

        var directory = Directory.CreateTempSubdirectory("custos-fsync-").FullName;
        try
        {
            var fileBytes = (long)RecordBytes * rounds * samplesPerRound + (1 << 20);
            var variants = new List<(string Name, Func<int, Task<double[]>> Run, IDisposable? Owner)>();
            var zeroed = RawFile.Open(Path.Combine(directory, "zeroed.journal"), 0, fileBytes, Preallocation.WrittenZeros);
            var zeroedFsync = RawFile.Open(Path.Combine(directory, "zeroed-fsync.journal"), 0, fileBytes, Preallocation.WrittenZeros);
            var fallocated = RawFile.Open(Path.Combine(directory, "fallocated.journal"), 0, fileBytes, Preallocation.Fallocate);
            var growing = RawFile.Open(Path.Combine(directory, "growing.journal"), 0, 0, Preallocation.None);
            var dsync = RawFile.Open(Path.Combine(directory, "dsync.journal"), O_DSYNC, fileBytes, Preallocation.WrittenZeros);
            var sqlite = new SqliteWal(Path.Combine(directory, "plain.db"));
            var disk = SqliteStore.Open(Path.Combine(directory, "disk"));
            var os = SqliteStore.Open(Path.Combine(directory, "os"), LedgerSettings.Default with { Durability = LedgerDurability.Os });
            long recordNumber = 0;
            async Task<double[]> Record(SqliteStore store, int n)
            {
                var times = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var record = LedgerLoadGenerator.Record(recordNumber++, DateTimeOffset.UtcNow);
                    var started = Stopwatch.GetTimestamp();
                    await store.RecordAsync(record, CancellationToken.None);
                    times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }

                return times;
            }

            variants.Add(("pwrite+fdatasync, zero-filled file", n => Task.FromResult(zeroed.Append(n, Sync.FDataSync)), zeroed));
            variants.Add(("pwrite+fsync, zero-filled file", n => Task.FromResult(zeroedFsync.Append(n, Sync.FSync)), zeroedFsync));
            variants.Add(("pwrite+fdatasync, fallocated file", n => Task.FromResult(fallocated.Append(n, Sync.FDataSync)), fallocated));
            variants.Add(("pwrite+fdatasync, growing file", n => Task.FromResult(growing.Append(n, Sync.FDataSync)), growing));
            variants.Add(("pwrite O_DSYNC, zero-filled file", n => Task.FromResult(dsync.Append(n, Sync.None)), dsync));
            variants.Add(("SQLite WAL commit, synchronous=FULL", n => Task.FromResult(sqlite.Insert(n)), sqlite));
            variants.Add(("ledger RecordAsync, durability disk", n => Record(disk, n), null));
            variants.Add(("ledger RecordAsync, durability os", n => Record(os, n), null));

            // Warm-up: the JIT, SQLite's page cache, the first extents.
            foreach (var (_, run, _) in variants)
            {
                await run(Math.Min(200, samplesPerRound));
            }

            var all = variants.Select(_ => new List<double>()).ToArray();
            var roundP99 = variants.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var v = 0; v < variants.Count; v++)
                {
                    var times = await variants[v].Run(samplesPerRound);
                    all[v].AddRange(times);
                    Array.Sort(times);
                    roundP99[v].Add(Percentile(times, 99));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"durable 200-byte writes, one writer, {DateTime.UtcNow:yyyy-MM-dd}; {rounds} interleaved rounds of {samplesPerRound}; {RuntimeInformation.OSDescription}; directory {directory}"));
            Console.WriteLine($"{"variant",-38} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"p99.9 ms",9} {"max ms",8} {"p99 per round (best/median)",28}");
            for (var v = 0; v < variants.Count; v++)
            {
                var sorted = all[v];
                sorted.Sort();
                var rounds99 = roundP99[v];
                rounds99.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{variants[v].Name,-38} {Percentile(sorted, 50),8:N3} {Percentile(sorted, 90),8:N3} {Percentile(sorted, 99),8:N3} {Percentile(sorted, 99.9),9:N3} {sorted[^1],8:N3} {rounds99[0],13:N3} / {rounds99[rounds99.Count / 2],-12:N3}"));
            }

            foreach (var (_, _, owner) in variants)
            {
                owner?.Dispose();
            }

            await disk.DisposeAsync();
            await os.DisposeAsync();
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static double Percentile(IReadOnlyList<double> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private enum Sync
    {
        None,
        FDataSync,
        FSync,
    }

    private enum Preallocation
    {
        None,
        Fallocate,
        WrittenZeros,
    }

    /// <summary>A file written at increasing offsets with pwrite, made durable with fdatasync or by O_DSYNC.</summary>
    private sealed class RawFile : IDisposable
    {
        private readonly int fd;
        private readonly byte[] record = new byte[RecordBytes];
        private long offset;

        private RawFile(int fd) => this.fd = fd;

        public static RawFile Open(string path, int extraFlags, long size, Preallocation preallocation)
        {
            if (preallocation == Preallocation.WrittenZeros)
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                var zeros = new byte[1 << 20];
                for (long written = 0; written < size; written += zeros.Length)
                {
                    stream.Write(zeros);
                }

                stream.Flush(flushToDisk: true);
            }

            var fd = Native.Open(path, O_WRONLY | O_CREAT | extraFlags, Convert.ToInt32("600", 8));
            if (fd < 0)
            {
                throw new IOException($"open {path}: errno {Marshal.GetLastPInvokeError()}");
            }

            if (preallocation == Preallocation.Fallocate && Native.PosixFallocate(fd, 0, size) != 0)
            {
                throw new IOException($"posix_fallocate {path} failed");
            }

            if (Native.FDataSync(fd) != 0)
            {
                throw new IOException($"fdatasync {path}: errno {Marshal.GetLastPInvokeError()}");
            }

            return new RawFile(fd);
        }

        public double[] Append(int n, Sync sync)
        {
            var times = new double[n];
            for (var i = 0; i < n; i++)
            {
                Random.Shared.NextBytes(record);
                var started = Stopwatch.GetTimestamp();
                if (Native.PWrite(fd, record, RecordBytes, offset) != RecordBytes || (sync == Sync.FDataSync && Native.FDataSync(fd) != 0) || (sync == Sync.FSync && Native.FSync(fd) != 0))
                {
                    throw new IOException($"pwrite/fdatasync: errno {Marshal.GetLastPInvokeError()}");
                }

                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                offset += RecordBytes;
            }

            return times;
        }

        public void Dispose() => _ = Native.Close(fd);
    }

    /// <summary>A plain SQLite database in WAL mode, <c>synchronous=FULL</c>: one 200-byte row per transaction.</summary>
    private sealed class SqliteWal : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand insert;
        private readonly SqliteParameter blob;
        private readonly byte[] record = new byte[RecordBytes];

        public SqliteWal(string path)
        {
            connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE journal (id INTEGER PRIMARY KEY, record BLOB NOT NULL);";
                setup.ExecuteNonQuery();
            }

            insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO journal (record) VALUES ($record)";
            blob = insert.Parameters.Add("$record", SqliteType.Blob);
            insert.Prepare();
        }

        public double[] Insert(int n)
        {
            var times = new double[n];
            for (var i = 0; i < n; i++)
            {
                Random.Shared.NextBytes(record);
                blob.Value = record;
                var started = Stopwatch.GetTimestamp();
                insert.ExecuteNonQuery();
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            return times;
        }

        public void Dispose()
        {
            insert.Dispose();
            connection.Dispose();
        }
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        public static partial int Open(string path, int flags, int mode);

        [LibraryImport("libc", EntryPoint = "pwrite", SetLastError = true)]
        public static partial nint PWrite(int fd, byte[] buffer, nint count, long offset);

        [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
        public static partial int FDataSync(int fd);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static partial int FSync(int fd);

        [LibraryImport("libc", EntryPoint = "posix_fallocate")]
        public static partial int PosixFallocate(int fd, long offset, long length);

        [LibraryImport("libc", EntryPoint = "close")]
        public static partial int Close(int fd);
    }
}
