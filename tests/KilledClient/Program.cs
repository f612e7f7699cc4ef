using IpcBench.Transports;
using IpcBench.Transports.Peer;

// Usage: TRANSPORT echo|sink. Prints "peer PID" once connected, then waits to be killed.
var connection = PeerConnection.Open(TransportCatalog.Find(args[0]), Enum.Parse<PeerMode>(args[1], ignoreCase: true));
Console.WriteLine($"peer {connection.Peer.Pid}");
Console.Out.Flush();
Thread.Sleep(Timeout.Infinite);
