#!/usr/bin/env python3
"""The IpcBench peer in Python, standard library only: the same protocol as the .NET peer.

Command line, as the client launches every peer:
    ipcbench_peer.py TRANSPORT echo|sink|lsp|ndjson CPU|- PARENT_PID [SOCKET_PATH | ADDRESS PORT]
TRANSPORT ends in "Stdio" (talk over standard input and output), "Unix" (connect to the
Unix-domain stream socket at SOCKET_PATH) or "Tcp" (connect to ADDRESS:PORT and present the token
in IPCBENCH_TOKEN first). Messages are a 4-byte little-endian length and the payload; the peer
first sends the hello "IPCBENCH". Echo mode sends every message straight back. Sink mode reads an
8-byte stream length, then that many raw bytes, and answers with the count and the CRC-32 of the
bytes (16 bytes, little-endian). The lsp and ndjson modes answer JSON-RPC requests, framed with
LSP's Content-Length headers or one per line, with their params as the result (parsed and
written anew by the json module). The peer exits as soon as its client is gone (a pidfd of the
parent), and on any error with one line on standard error and code 1.
"""
import json
import os
import select
import socket
import struct
import sys
import threading
import zlib

HELLO = b"IPCBENCH"
MAX_MESSAGE = 4 * 1024 * 1024
MAX_HEADER_LINE = 1024
MAX_HEADER_BYTES = 8 * 1024
CHUNK = 256 * 1024
METHODS = ("$/progress", "textDocument/completion", "textDocument/didChange")


class Gone(Exception):
    """The client closed its end."""


class FramingError(ValueError):
    """A JSON-RPC stream that cannot be cut into messages: the stream is lost."""

    def __init__(self, framing, what):
        super().__init__(f"{framing} framing: {what}")


def excerpt(data):
    return "".join(chr(b) if 0x20 <= b < 0x7F else "?" for b in data[:40])


class Stream:
    """Exact reads and whole writes over a pair of descriptors."""

    def __init__(self, read_fd, write_fd, owner=None):
        self.read_fd = read_fd
        self.write_fd = write_fd
        self.owner = owner  # a socket must outlive its descriptor's use: collected, it would close it
        self.buffer = bytearray()

    def fill(self, want=CHUNK):
        """Reads more bytes into the buffer; False at the end of the stream."""
        chunk = os.read(self.read_fd, max(CHUNK, want))
        self.buffer += chunk
        return bool(chunk)

    def take(self, n):
        data = bytes(self.buffer[:n])
        del self.buffer[:n]
        return data

    def read_exact(self, n):
        while len(self.buffer) < n:
            if not self.fill(n - len(self.buffer)):
                raise Gone()
        return self.take(n)

    def read_lsp(self):
        """One message framed by Content-Length headers and an empty line."""
        length = None
        header_bytes = 0
        while True:
            end = self.buffer.find(b"\r\n")
            while end < 0:
                if len(self.buffer) > MAX_HEADER_LINE:
                    raise FramingError("LSP", f"a header line longer than {MAX_HEADER_LINE} bytes ('{excerpt(self.buffer)}...')")
                if not self.fill():
                    if not self.buffer and header_bytes == 0:
                        raise Gone()
                    raise FramingError("LSP", "the stream ended inside the headers")
                end = self.buffer.find(b"\r\n")
            line = self.take(end)
            del self.buffer[:2]
            header_bytes += end + 2
            if header_bytes > MAX_HEADER_BYTES:
                raise FramingError("LSP", f"more than {MAX_HEADER_BYTES} bytes of headers")
            if not line:
                break
            name, colon, value = line.partition(b":")
            if not colon:
                raise FramingError("LSP", f"a header line without ':' ('{excerpt(line)}')")
            if name.strip().lower() == b"content-length":
                value = value.strip(b" ")
                if not value.isdigit():
                    raise FramingError("LSP", f"Content-Length '{excerpt(value)}' is not a byte count")
                length = int(value)
        if length is None:
            raise FramingError("LSP", "no Content-Length header before the empty line")
        if length > MAX_MESSAGE:
            raise FramingError("LSP", f"a body of {length} bytes is over the limit of {MAX_MESSAGE} bytes")
        while len(self.buffer) < length:
            had = len(self.buffer)
            if not self.fill(length - had):
                raise FramingError("LSP", f"the stream ended {had} bytes into a body of {length} bytes")
        return self.take(length)

    def read_line(self):
        """One newline-delimited message; empty lines are skipped."""
        scanned = 0
        while True:
            end = self.buffer.find(b"\n", scanned)
            if end < 0:
                scanned = len(self.buffer)
                if scanned > MAX_MESSAGE:
                    raise FramingError("NDJSON", f"a message over the limit of {MAX_MESSAGE} bytes without a newline")
                if not self.fill():
                    if scanned == 0:
                        raise Gone()
                    raise FramingError("NDJSON", f"the stream ended inside a message ({scanned} bytes without a newline)")
                continue
            line = self.take(end).rstrip(b"\r")
            del self.buffer[:1]
            scanned = 0
            if line:
                return line

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


def answer(body):
    """The JSON-RPC answer to one request: its params as the result, or an error."""
    try:
        request = json.loads(body)
    except ValueError as error:
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": str(error)}}
    if not isinstance(request, dict) or request.get("jsonrpc") != "2.0" or "params" not in request:
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "not a JSON-RPC 2.0 request with params"}}
    if request.get("method") not in METHODS:
        return {"jsonrpc": "2.0", "id": request.get("id"), "error": {"code": -32601, "message": f"unknown method '{request.get('method')}'"}}
    return {"jsonrpc": "2.0", "id": request.get("id"), "result": request["params"]}


def serve_jsonrpc(stream, framing):
    read = stream.read_lsp if framing == "lsp" else stream.read_line
    while True:
        data = json.dumps(answer(read()), separators=(",", ":"), ensure_ascii=False).encode()
        if framing == "lsp":
            stream.write_all(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        else:
            stream.write_all(data + b"\n")


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
    if transport.endswith("Tcp"):
        client = socket.create_connection((arguments[0], int(arguments[1])))
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        stream = Stream(client.fileno(), client.fileno(), client)
        token = os.environ.get("IPCBENCH_TOKEN")
        if token is None:
            raise ValueError(f"{transport}: IPCBENCH_TOKEN is not set")
        stream.send(token.encode("ascii"))
        return stream
    raise ValueError(f"unknown transport {transport}: a Python peer talks over Stdio, Unix or Tcp")


def main(argv):
    if len(argv) < 5 or argv[2] not in ("echo", "sink", "lsp", "ndjson"):
        raise ValueError("usage: ipcbench_peer.py TRANSPORT echo|sink|lsp|ndjson CPU|- PARENT_PID [SOCKET_PATH | ADDRESS PORT]")
    transport, mode, cpu, parent = argv[1], argv[2], argv[3], int(argv[4])
    if cpu != "-":
        os.sched_setaffinity(0, {int(cpu)})
    watch_parent(parent)
    stream = open_stream(transport, argv[5:])
    stream.send(HELLO)
    if mode in ("lsp", "ndjson"):
        serve_jsonrpc(stream, mode)
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
