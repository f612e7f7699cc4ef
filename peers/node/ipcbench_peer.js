#!/usr/bin/env node
// The IpcBench peer in Node.js, no packages: the same protocol as the .NET peer.
//
// Command line, as the client launches every peer:
//     ipcbench_peer.js TRANSPORT echo|sink CPU|- PARENT_PID [SOCKET_PATH]
// TRANSPORT ends in "Stdio" (standard input and output) or "Unix" (the Unix-domain stream socket
// at SOCKET_PATH). Messages are a 4-byte little-endian length and the payload; the peer first
// sends the hello "IPCBENCH". Echo mode sends every message straight back. Sink mode reads an
// 8-byte stream length, then that many raw bytes, and answers with the count and the CRC-32 of
// the bytes (16 bytes, little-endian). Node cannot pin itself: the client starts it through
// taskset, so CPU is not used here. The peer exits when its client is gone (its parent changes
// or its input ends), and on any error with one line on standard error and code 1.
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

function main() {
  const [transport, mode, , parentText, ...rest] = process.argv.slice(2);
  if (!transport || (mode !== 'echo' && mode !== 'sink') || !/^\d+$/.test(parentText || '')) {
    fail('usage: ipcbench_peer.js TRANSPORT echo|sink CPU|- PARENT_PID [SOCKET_PATH]');
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
  } else {
    fail(`unknown transport ${transport}: a Node.js peer talks over Stdio or Unix`);
  }

  input.on('error', gone);
  output.on('error', gone);
  input.on('end', () => process.exit(0));
  output.write(frame(HELLO));

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
