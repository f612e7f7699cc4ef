using IpcBench.Transports.Interop;
using IpcBench.Transports.Naming;

namespace IpcBench.Transports.SharedMemory;

/// <summary>
/// A file under /dev/shm mapped into this process. The creator makes it with an unpredictable
/// name, mode 0600 and O_EXCL|O_NOFOLLOW (no planted file or link is ever used); both sides map
/// it, then the creator unlinks it, so the memory goes away with the last mapping even after a crash.
/// </summary>
public sealed unsafe class SharedMapping : IDisposable
{
    public const string Folder = "/dev/shm";

    /// <summary>Shared-memory files of this suite.</summary>
    public static LeftoverPlace Leftovers { get; } = new(Folder, IpcNames.Prefix + "*");

    private readonly bool _owner;
    private bool _unlinked;
    private bool _disposed;

    private SharedMapping(string path, byte* start, long length, bool owner)
    {
        Path = path;
        Start = start;
        Length = length;
        _owner = owner;
    }

    public string Path { get; }

    public byte* Start { get; }

    public long Length { get; }

    /// <summary>Creates and maps a new zero-filled file of <paramref name="length"/> bytes.</summary>
    public static SharedMapping Create(long length)
    {
        string path = $"{Folder}/{IpcNames.New()}";
        int fd = (int)Libc.Check(Libc.Open(path, Libc.O_RDWR | Libc.O_CREAT | Libc.O_EXCL | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0x180), $"open({path})");
        try
        {
            Libc.Check(Libc.Ftruncate(fd, length), "ftruncate");
            return new SharedMapping(path, Map(fd, length), length, owner: true);
        }
        catch
        {
            Libc.Unlink(path);
            throw;
        }
        finally
        {
            Libc.Close(fd);
        }
    }

    /// <summary>Maps an existing file whose size the caller validates against what it expects.</summary>
    public static SharedMapping Attach(string path)
    {
        if (!path.StartsWith(Folder + "/" + IpcNames.Prefix, StringComparison.Ordinal) || path.Contains("/..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is not a shared memory file of this suite");
        }

        int fd = (int)Libc.Check(Libc.Open(path, Libc.O_RDWR | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0), $"open({path})");
        try
        {
            long length = new FileInfo(path).Length;
            return new SharedMapping(path, Map(fd, length), length, owner: false);
        }
        finally
        {
            Libc.Close(fd);
        }
    }

    /// <summary>Removes the name; the mapping stays valid for both sides.</summary>
    public void Unlink()
    {
        if (_owner && !_unlinked)
        {
            _unlinked = true;
            Libc.Unlink(Path);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Unlink();
        Libc.Munmap(Start, (nuint)Length);
    }

    private static byte* Map(int fd, long length)
    {
        void* start = Libc.Mmap(null, (nuint)length, Libc.PROT_READ | Libc.PROT_WRITE, Libc.MAP_SHARED | Libc.MAP_POPULATE, fd, 0);
        if (start == (void*)-1)
        {
            Libc.ThrowLastError("mmap");
        }

        return (byte*)start;
    }
}
