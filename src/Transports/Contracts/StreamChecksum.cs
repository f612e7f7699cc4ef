namespace IpcBench.Transports.Contracts;

/// <summary>The checksum a sink peer reports for a stream: XXH3 from .NET peers, CRC-32 from peers in runtimes whose standard library has no XXH3.</summary>
public enum StreamChecksum
{
    Xxh3,
    Crc32,
}
