using System.Runtime.InteropServices;

namespace IpcBench.Transports.Interop;

internal static unsafe partial class Libc
{
    public const int IPC_PRIVATE = 0;
    public const int IPC_CREAT = 0x200;
    public const int IPC_RMID = 0;
    public const int IPC_STAT = 2;

    [StructLayout(LayoutKind.Sequential)]
    public struct MqAttr
    {
        public long Flags;
        public long MaxMessages;
        public long MessageSize;
        public long CurrentMessages;
        private fixed long _reserved[4];
    }

    [LibraryImport(Lib, EntryPoint = "mq_open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MqOpen(string name, int flags, uint mode, MqAttr* attributes);

    [LibraryImport(Lib, EntryPoint = "mq_timedsend", SetLastError = true)]
    public static partial int MqTimedSend(int queue, byte* message, nuint length, uint priority, Timespec* deadline);

    [LibraryImport(Lib, EntryPoint = "mq_timedreceive", SetLastError = true)]
    public static partial nint MqTimedReceive(int queue, byte* buffer, nuint length, uint* priority, Timespec* deadline);

    [LibraryImport(Lib, EntryPoint = "mq_getattr", SetLastError = true)]
    public static partial int MqGetAttr(int queue, MqAttr* attributes);

    [LibraryImport(Lib, EntryPoint = "mq_close", SetLastError = true)]
    public static partial int MqClose(int queue);

    [LibraryImport(Lib, EntryPoint = "mq_unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MqUnlink(string name);

    [LibraryImport(Lib, EntryPoint = "msgget", SetLastError = true)]
    public static partial int MsgGet(int key, int flags);

    [LibraryImport(Lib, EntryPoint = "msgsnd", SetLastError = true)]
    public static partial int MsgSnd(int queue, void* message, nuint length, int flags);

    [LibraryImport(Lib, EntryPoint = "msgrcv", SetLastError = true)]
    public static partial nint MsgRcv(int queue, void* message, nuint length, long type, int flags);

    [LibraryImport(Lib, EntryPoint = "msgctl", SetLastError = true)]
    public static partial int MsgCtl(int queue, int command, void* buffer);
}
