namespace IpcBench.Transports.Naming;

/// <summary>
/// Finds and removes what a crashed or killed run left behind, in the places each transport
/// family declares (<see cref="LeftoverPlace"/>): only objects whose name is ours and whose
/// creator process no longer exists. System V queues have no name to recognise; the peer removes
/// them when its client dies.
/// </summary>
public static class StaleObjects
{
    public static IReadOnlyList<string> Clean(IEnumerable<LeftoverPlace> places)
    {
        var removed = new List<string>();
        foreach (LeftoverPlace place in places.Where(p => Directory.Exists(p.Folder)))
        {
            foreach (string path in Directory.EnumerateFileSystemEntries(place.Folder, place.Pattern))
            {
                if (IpcNames.CreatorOf(Path.GetFileName(path)) is not int pid || Directory.Exists($"/proc/{pid}"))
                {
                    continue;
                }

                try
                {
                    Remove(place, path);
                    removed.Add(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another user's object, or gone meanwhile: not ours to report.
                }
            }
        }

        return removed;
    }

    private static void Remove(LeftoverPlace place, string path)
    {
        if (place.Remove is not null)
        {
            place.Remove(path);
        }
        else if (Directory.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }
}
