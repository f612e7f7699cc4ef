using IpcBench.Transports.Catalog;
using IpcBench.Transports.Client;
using IpcBench.Transports.Protocol;

// Usage: TRANSPORT echo|sink. Prints "peer PID" once connected, then waits to be killed.
var connection = PeerConnection.Open(TransportCatalog.Find(args[0]), Enum.Parse<PeerMode>(args[1], ignoreCase: true));
Console.WriteLine($"peer {connection.Peer!.Pid}");
Console.Out.Flush();
Thread.Sleep(Timeout.Infinite);
