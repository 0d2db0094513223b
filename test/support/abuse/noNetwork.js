/**
 * A preload (`node --require noNetwork.js ...`) that records every attempt to open a network
 * connection or resolve a name, one JSON line per attempt, to the file named by
 * UNRES_NETWORK_LOG. It never throws: a connection to this machine (loopback) goes ahead, any
 * other fails asynchronously with an error, so that a test's traffic stays on this machine.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
const dgram = require('node:dgram');

const LOG = process.env.UNRES_NETWORK_LOG;
if (!LOG) throw new Error('noNetwork.js: set UNRES_NETWORK_LOG to the file that records attempts');
// Proof for the test that the preload ran in the process under test.
if (process.env.UNRES_NETWORK_READY) fs.writeFileSync(process.env.UNRES_NETWORK_READY, String(process.pid));

function record(api, target) {
  let text;
  try {
    text = JSON.stringify(target);
  } catch {
    text = String(target);
  }
  const stack = (new Error().stack || '').split('\n').slice(2, 8).map((line) => line.trim());
  fs.appendFileSync(LOG, JSON.stringify({ api, target: text, pid: process.pid, stack }) + '\n');
}

function isLoopback(host) {
  return host === undefined || host === null || host === 'localhost' || host === '::1' || /^127\./.test(String(host));
}

/** The host of net.connect-style arguments: (port, host), (options), (path) for a local socket. */
function hostOf(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object') return first.path !== undefined ? 'localhost' : first.host ?? first.hostname;
  if (typeof first === 'string' && !/^\d+$/.test(first)) return 'localhost'; // a Unix socket or pipe path
  return typeof args[1] === 'string' ? args[1] : undefined;
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  record('net.Socket.connect', args.filter((a) => typeof a !== 'function'));
  if (isLoopback(hostOf(args))) return originalConnect.apply(this, args);
  process.nextTick(() => this.destroy(new Error('noNetwork.js: connection not made')));
  return this;
};

for (const name of ['createConnection', 'connect']) {
  const original = net[name];
  net[name] = function (...args) {
    record(`net.${name}`, args.filter((a) => typeof a !== 'function'));
    return original.apply(this, args);
  };
}

const originalTls = tls.connect;
tls.connect = function (...args) {
  record('tls.connect', args.filter((a) => typeof a !== 'function'));
  return originalTls.apply(this, args);
};

for (const [label, module] of [
  ['http', http],
  ['https', https],
]) {
  for (const name of ['request', 'get']) {
    const original = module[name];
    module[name] = function (...args) {
      record(`${label}.${name}`, args.filter((a) => typeof a !== 'function').map((a) => (a instanceof URL ? a.href : a)));
      return original.apply(this, args);
    };
  }
}

for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'resolveSrv', 'reverse']) {
  const original = dns[name];
  if (typeof original !== 'function') continue;
  dns[name] = function (...args) {
    record(`dns.${name}`, args.filter((a) => typeof a !== 'function'));
    return original.apply(this, args);
  };
  const promised = dns.promises[name];
  if (typeof promised === 'function') {
    dns.promises[name] = function (...args) {
      record(`dns.promises.${name}`, args);
      return promised.apply(this, args);
    };
  }
}

const originalDgram = dgram.createSocket;
dgram.createSocket = function (...args) {
  record('dgram.createSocket', args.filter((a) => typeof a !== 'function'));
  return originalDgram.apply(this, args);
};
for (const name of ['send', 'connect']) {
  const original = dgram.Socket.prototype[name];
  dgram.Socket.prototype[name] = function (...args) {
    record(`dgram.Socket.${name}`, args.filter((a) => typeof a !== 'function' && !(a instanceof Uint8Array)));
    return original.apply(this, args);
  };
}

if (typeof globalThis.fetch === 'function') {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = function (input, init) {
    record('fetch', String(input && input.url ? input.url : input));
    return originalFetch.call(this, input, init);
  };
}
if (typeof globalThis.WebSocket === 'function') {
  const OriginalWebSocket = globalThis.WebSocket;
  globalThis.WebSocket = function (url, ...rest) {
    record('WebSocket', String(url));
    return new OriginalWebSocket(url, ...rest);
  };
}
