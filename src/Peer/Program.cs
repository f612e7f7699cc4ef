return IpcBench.Transports.Peer.PeerHost.Run(args);
