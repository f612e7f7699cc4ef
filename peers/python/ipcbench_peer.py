#!/usr/bin/env python3
"""The IpcBench peer in Python, standard library only: the same protocol as the .NET peer.

Command line, as the client launches every peer:
    ipcbench_peer.py TRANSPORT echo|sink CPU|- PARENT_PID [SOCKET_PATH]
TRANSPORT ends in "Stdio" (talk over standard input and output) or "Unix" (connect to the
Unix-domain stream socket at SOCKET_PATH). Messages are a 4-byte little-endian length and the
payload; the peer first sends the hello "IPCBENCH". Echo mode sends every message straight back.
Sink mode reads an 8-byte stream length, then that many raw bytes, and answers with the count
and the CRC-32 of the bytes (16 bytes, little-endian). The peer exits as soon as its client is
gone (a pidfd of the parent), and on any error with one line on standard error and code 1.
"""
import os
import select
import socket
import struct
import sys
import threading
import zlib

HELLO = b"IPCBENCH"
MAX_MESSAGE = 4 * 1024 * 1024
CHUNK = 256 * 1024


class Gone(Exception):
    """The client closed its end."""


class Stream:
    """Exact reads and whole writes over a pair of descriptors."""

    def __init__(self, read_fd, write_fd, owner=None):
        self.read_fd = read_fd
        self.write_fd = write_fd
        self.owner = owner  # a socket must outlive its descriptor's use: collected, it would close it
        self.buffer = bytearray()

    def read_exact(self, n):
        while len(self.buffer) < n:
            chunk = os.read(self.read_fd, max(CHUNK, n - len(self.buffer)))
            if not chunk:
                raise Gone()
            self.buffer += chunk
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data

    def write_all(self, data):
        view = memoryview(data)
        while view:
            written = os.write(self.write_fd, view)
            view = view[written:]

    def receive(self):
        (length,) = struct.unpack("<i", self.read_exact(4))
        if length < 0 or length > MAX_MESSAGE:
            raise ValueError(f"a framed message of {length} bytes (at most {MAX_MESSAGE})")
        return self.read_exact(length)

    def send(self, payload):
        self.write_all(struct.pack("<i", len(payload)) + payload)

    def consume(self, count):
        """Checksums the next count raw bytes without keeping them."""
        crc = 0
        if self.buffer:
            take = min(count, len(self.buffer))
            crc = zlib.crc32(self.buffer[:take], crc)
            del self.buffer[:take]
            count -= take
        while count > 0:
            chunk = os.read(self.read_fd, min(CHUNK, count))
            if not chunk:
                raise Gone()
            crc = zlib.crc32(chunk, crc)
            count -= len(chunk)
        return crc


def watch_parent(parent):
    """Ends this process the moment its client does, even a killed one."""
    if os.getppid() != parent:
        os._exit(0)
    pidfd = os.pidfd_open(parent)
    poller = select.poll()
    poller.register(pidfd, select.POLLIN)

    def wait():
        poller.poll()
        os._exit(0)

    threading.Thread(target=wait, daemon=True, name="parent watch").start()


def open_stream(transport, arguments):
    if transport.endswith("Stdio"):
        return Stream(sys.stdin.fileno(), sys.stdout.fileno())
    if transport.endswith("Unix"):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(arguments[0])
        return Stream(client.fileno(), client.fileno(), client)
    raise ValueError(f"unknown transport {transport}: a Python peer talks over Stdio or Unix")


def main(argv):
    if len(argv) < 5 or argv[2] not in ("echo", "sink"):
        raise ValueError("usage: ipcbench_peer.py TRANSPORT echo|sink CPU|- PARENT_PID [SOCKET_PATH]")
    transport, mode, cpu, parent = argv[1], argv[2], argv[3], int(argv[4])
    if cpu != "-":
        os.sched_setaffinity(0, {int(cpu)})
    watch_parent(parent)
    stream = open_stream(transport, argv[5:])
    stream.send(HELLO)
    if mode == "echo":
        while True:
            stream.send(stream.receive())
    while True:
        header = stream.receive()
        if len(header) != 8:
            raise ValueError(f"expected an 8-byte stream header, got {len(header)} bytes")
        (total,) = struct.unpack("<q", header)
        stream.send(struct.pack("<qQ", total, stream.consume(total)))


if __name__ == "__main__":
    try:
        main(sys.argv)
    except (Gone, BrokenPipeError, ConnectionResetError):
        sys.exit(0)
    except (OSError, ValueError) as error:
        print(f"peer {' '.join(sys.argv[1:3])}: {error}", file=sys.stderr)
        sys.exit(1)
