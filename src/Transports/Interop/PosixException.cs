using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

/// <summary>A failed libc call, named with its errno so the one-line message says what broke.</summary>
public sealed class PosixException : IOException
{
    public PosixException(string call, int errno)
        : base($"{call} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})", errno)
    {
        Call = call;
        Errno = errno;
    }

    public string Call { get; }

    public int Errno { get; }
}
