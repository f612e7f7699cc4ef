#!/usr/bin/env node
// The seed's worked example, parent side: a Node.js parent that starts a Python child
// (peers/python/seed_child.py), writes it one line at a time over its standard input and reads
// each reply line from its standard output, checking every reply against what was sent.
//     seed_example.js SIZE CHILD_CPU|-
// Each line N on this driver's standard input runs N line round trips of SIZE bytes (newline
// included) and prints {"roundTrips":N,"nsPerRoundTrip":X} on standard output; the end of its
// input ends the child and the driver. The child is pinned to CHILD_CPU through taskset. A
// wrong or missing reply, or none within 10 s, ends it with one line on standard error, code 1.
'use strict';

const path = require('path');
const readline = require('readline');
const { spawn } = require('child_process');

function fail(message) {
  process.stderr.write(`seed example: ${message}\n`);
  process.exit(1);
}

const size = Number(process.argv[2]);
const childCpu = process.argv[3];
if (!(size >= 9) || !/^(\d+|-)$/.test(childCpu || '')) {
  fail('usage: seed_example.js SIZE CHILD_CPU|- (SIZE at least 9: an 8-digit counter and the newline)');
}

const script = path.join(__dirname, '..', 'python', 'seed_child.py');
const child = childCpu === '-'
  ? spawn('python3', [script], { stdio: ['pipe', 'pipe', 'inherit'] })
  : spawn('taskset', ['-c', childCpu, 'python3', script], { stdio: ['pipe', 'pipe', 'inherit'] });
let finished = false;
child.on('error', error => fail(`cannot start the Python child: ${error.message}`));
child.on('exit', code => { if (!finished) fail(`the Python child exited with code ${code}`); });

let waiting = null;
readline.createInterface({ input: child.stdout }).on('line', line => {
  if (!waiting) {
    fail('a reply came that nothing asked for');
  }
  const resolve = waiting;
  waiting = null;
  resolve(line);
});

function roundTrip(line) {
  return new Promise(resolve => {
    const timer = setTimeout(() => fail('no reply from the Python child within 10 s'), 10000);
    waiting = reply => { clearTimeout(timer); resolve(reply); };
    child.stdin.write(line + '\n');
  });
}

const filler = 'x'.repeat(size - 9);
let counter = 0;

async function run(roundTrips) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < roundTrips; i++) {
    const line = String(counter++ % 100000000).padStart(8, '0') + filler;
    const reply = await roundTrip(line);
    if (reply !== line) {
      fail(`round trip ${counter} came back changed (${reply.length} characters for ${line.length})`);
    }
  }
  const elapsed = Number(process.hrtime.bigint() - start);
  process.stdout.write(JSON.stringify({ roundTrips, nsPerRoundTrip: elapsed / roundTrips }) + '\n');
}

// Commands run one after another, never two at once.
let queue = Promise.resolve();
readline.createInterface({ input: process.stdin })
  .on('line', text => {
    const roundTrips = Number(text);
    if (!(roundTrips > 0)) {
      fail(`a command is a positive number of round trips, not '${text}'`);
    }
    queue = queue.then(() => run(roundTrips));
  })
  .on('close', () => queue.then(() => { finished = true; child.stdin.end(); }));
