#!/usr/bin/env node
// The IpcBench peer in Node.js, no packages: the same protocol as the .NET peer.
//
// Command line, as the client launches every peer:
//     ipcbench_peer.js TRANSPORT echo|sink|lsp|ndjson CPU|- PARENT_PID [SOCKET_PATH | ADDRESS PORT]
// TRANSPORT ends in "Stdio" (standard input and output), "Unix" (the Unix-domain stream socket
// at SOCKET_PATH) or "Tcp" (ADDRESS:PORT, presenting the token in IPCBENCH_TOKEN first). Messages
// are a 4-byte little-endian length and the payload; the peer first sends the hello "IPCBENCH".
// Echo mode sends every message straight back. Sink mode reads an 8-byte stream length, then that
// many raw bytes, and answers with the count and the CRC-32 of the bytes (16 bytes,
// little-endian). The lsp and ndjson modes answer JSON-RPC requests, framed with LSP's
// Content-Length headers or one per line, with their params as the result (parsed and written
// anew with JSON). Node cannot pin itself: the client starts it through taskset, so CPU is not
// used here. The peer exits when its client is gone (its parent changes or its input ends), and
// on any error with one line on standard error and code 1.
'use strict';

const net = require('net');
const zlib = require('zlib');

const HELLO = Buffer.from('IPCBENCH');

// zlib.crc32 arrived in Node.js 20.15 (and 22.2); Debian's own nodejs is older, so the same CRC-32
// (IEEE, reflected) by table where it is missing.
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  }
  return c;
});

function tableCrc32(data, value) {
  let crc = ~value;
  for (let i = 0; i < data.length; i++) {
    crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}

const crc32 = zlib.crc32 || tableCrc32;
const MAX_MESSAGE = 4 * 1024 * 1024;
const MAX_HEADER_LINE = 1024;
const MAX_HEADER_BYTES = 8 * 1024;
const METHODS = new Set(['$/progress', 'textDocument/completion', 'textDocument/didChange']);

function fail(message) {
  process.stderr.write(`peer ${process.argv.slice(2, 4).join(' ')}: ${message}\n`);
  process.exit(1);
}

function gone(error) {
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
    process.exit(0);
  }
  fail(error.message);
}

function frame(payload) {
  const header = Buffer.alloc(4);
  header.writeInt32LE(payload.length, 0);
  return Buffer.concat([header, payload]);
}

function excerpt(text) {
  return text.slice(0, 40).replace(/[^\x20-\x7e]/g, '?');
}

// The JSON-RPC answer to one request: its params as the result, or an error.
function answer(body) {
  let request;
  try {
    request = JSON.parse(body.toString('utf8'));
  } catch (error) {
    return { jsonrpc: '2.0', id: null, error: { code: -32700, message: error.message } };
  }
  if (request === null || typeof request !== 'object' || request.jsonrpc !== '2.0' || !('params' in request)) {
    return { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'not a JSON-RPC 2.0 request with params' } };
  }
  if (!METHODS.has(request.method)) {
    return { jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `unknown method '${request.method}'` } };
  }
  return { jsonrpc: '2.0', id: request.id, result: request.params };
}

// Answers JSON-RPC requests framed with Content-Length headers (lsp) or one per line (ndjson).
// A stream that cannot be cut into messages is lost: one line naming the framing, exit code 1.
function serveJsonRpc(input, output, framing) {
  const name = framing === 'lsp' ? 'LSP' : 'NDJSON';
  const bad = what => fail(`${name} framing: ${what}`);
  let buffer = Buffer.alloc(0);
  let contentLength = -1;
  let bodyLength = -1;
  let headerBytes = 0;
  let scanned = 0;

  function takeLsp() {
    while (bodyLength < 0) {
      const end = buffer.indexOf('\r\n');
      if (end < 0) {
        if (buffer.length > MAX_HEADER_LINE) {
          bad(`a header line longer than ${MAX_HEADER_LINE} bytes ('${excerpt(buffer.toString('latin1'))}...')`);
        }
        return null;
      }
      const line = buffer.subarray(0, end).toString('latin1');
      buffer = buffer.subarray(end + 2);
      headerBytes += end + 2;
      if (headerBytes > MAX_HEADER_BYTES) {
        bad(`more than ${MAX_HEADER_BYTES} bytes of headers`);
      }
      if (line.length === 0) {
        if (contentLength < 0) {
          bad('no Content-Length header before the empty line');
        }
        if (contentLength > MAX_MESSAGE) {
          bad(`a body of ${contentLength} bytes is over the limit of ${MAX_MESSAGE} bytes`);
        }
        bodyLength = contentLength;
        break;
      }
      const colon = line.indexOf(':');
      if (colon < 0) {
        bad(`a header line without ':' ('${excerpt(line)}')`);
      }
      if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
        const value = line.slice(colon + 1).trim();
        if (!/^\d+$/.test(value)) {
          bad(`Content-Length '${excerpt(value)}' is not a byte count`);
        }
        contentLength = Number(value);
      }
    }
    if (buffer.length < bodyLength) {
      return null;
    }
    const body = buffer.subarray(0, bodyLength);
    buffer = buffer.subarray(bodyLength);
    contentLength = bodyLength = -1;
    headerBytes = 0;
    return body;
  }

  function takeLine() {
    while (true) {
      const end = buffer.indexOf(10, scanned);
      if (end < 0) {
        scanned = buffer.length;
        if (scanned > MAX_MESSAGE) {
          bad(`a message over the limit of ${MAX_MESSAGE} bytes without a newline`);
        }
        return null;
      }
      let line = buffer.subarray(0, end);
      buffer = buffer.subarray(end + 1);
      scanned = 0;
      if (line.length > 0 && line[line.length - 1] === 13) {
        line = line.subarray(0, line.length - 1);
      }
      if (line.length > 0) {
        return line;
      }
    }
  }

  input.on('end', () => {
    if (framing === 'lsp' && bodyLength >= 0) {
      bad(`the stream ended ${buffer.length} bytes into a body of ${bodyLength} bytes`);
    } else if (framing === 'lsp' && (buffer.length > 0 || headerBytes > 0)) {
      bad('the stream ended inside the headers');
    } else if (framing === 'ndjson' && buffer.length > 0) {
      bad(`the stream ended inside a message (${buffer.length} bytes without a newline)`);
    }
    process.exit(0);
  });
  input.on('data', chunk => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    let body;
    while ((body = framing === 'lsp' ? takeLsp() : takeLine()) !== null) {
      const data = Buffer.from(JSON.stringify(answer(body)), 'utf8');
      if (framing === 'lsp') {
        output.write(Buffer.concat([Buffer.from(`Content-Length: ${data.length}\r\n\r\n`, 'latin1'), data]));
      } else {
        output.write(Buffer.concat([data, Buffer.from('\n')]));
      }
    }
  });
}

function main() {
  const [transport, mode, , parentText, ...rest] = process.argv.slice(2);
  if (!transport || !['echo', 'sink', 'lsp', 'ndjson'].includes(mode) || !/^\d+$/.test(parentText || '')) {
    fail('usage: ipcbench_peer.js TRANSPORT echo|sink|lsp|ndjson CPU|- PARENT_PID [SOCKET_PATH | ADDRESS PORT]');
  }

  // Node has no pidfd: a re-parented peer (its client died) notices within 50 ms.
  const parent = Number(parentText);
  if (process.ppid !== parent) {
    process.exit(0);
  }
  setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 50).unref();

  let input;
  let output;
  if (transport.endsWith('Stdio')) {
    input = process.stdin;
    output = process.stdout;
  } else if (transport.endsWith('Unix')) {
    input = net.createConnection(rest[0]);
    output = input;
  } else if (transport.endsWith('Tcp')) {
    const token = process.env.IPCBENCH_TOKEN;
    if (token === undefined) {
      fail(`${transport}: IPCBENCH_TOKEN is not set`);
    }
    input = net.createConnection({ host: rest[0], port: Number(rest[1]), noDelay: true });
    output = input;
    output.write(frame(Buffer.from(token, 'ascii')));
  } else {
    fail(`unknown transport ${transport}: a Node.js peer talks over Stdio, Unix or Tcp`);
  }

  input.on('error', gone);
  output.on('error', gone);
  output.write(frame(HELLO));
  if (mode === 'lsp' || mode === 'ndjson') {
    serveJsonRpc(input, output, mode);
    return;
  }

  input.on('end', () => process.exit(0));

  let buffer = Buffer.alloc(0);
  let sinkTotal = 0n;
  let sinkLeft = -1;
  let crc = 0;
  input.on('data', chunk => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    while (true) {
      if (sinkLeft >= 0) {
        const take = Math.min(sinkLeft, buffer.length);
        crc = crc32(buffer.subarray(0, take), crc);
        sinkLeft -= take;
        buffer = buffer.subarray(take);
        if (sinkLeft > 0) {
          return;
        }
        const ack = Buffer.alloc(16);
        ack.writeBigInt64LE(sinkTotal, 0);
        ack.writeBigUInt64LE(BigInt(crc >>> 0), 8);
        output.write(frame(ack));
        sinkLeft = -1;
        continue;
      }

      if (buffer.length < 4) {
        return;
      }
      const length = buffer.readInt32LE(0);
      if (length < 0 || length > MAX_MESSAGE) {
        fail(`a framed message of ${length} bytes (at most ${MAX_MESSAGE})`);
      }
      if (buffer.length < 4 + length) {
        return;
      }

      if (mode === 'echo') {
        output.write(buffer.subarray(0, 4 + length));
      } else if (length !== 8) {
        fail(`expected an 8-byte stream header, got ${length} bytes`);
      } else {
        sinkTotal = buffer.readBigInt64LE(4);
        sinkLeft = Number(sinkTotal);
        crc = 0;
      }
      buffer = buffer.subarray(4 + length);
    }
  });
}

main();
