using CsvHelper;

namespace IpcBench.Bench.Harness;

/// <summary>The CSV files a verb writes into its report folder and the benchmark report reads back.</summary>
public static class TidyCsv
{
    /// <summary>The rows of <paramref name="file"/> in <paramref name="folder"/>, or none when the folder has no such file.</summary>
    public static IReadOnlyList<T> ReadIfPresent<T>(string folder, string file)
    {
        string path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return [];
        }

        using CsvReader csv = CsvReader.FromFile(path, null, FileOptions.None);
        return [.. csv.GetRecords<T>()];
    }

    public static void Write<T>(string folder, string file, IEnumerable<T> rows)
    {
        using CsvWriter csv = CsvWriter.ToFile(Path.Combine(folder, file), null, FileOptions.None);
        csv.WriteRecords(rows);
    }
}
