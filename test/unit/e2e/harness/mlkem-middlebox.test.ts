// The ClientHello reader of the ML-KEM-resetting middlebox, on hand-built hellos, and the proxy
// itself with Node's TLS client (which offers no post-quantum share: it must pass untouched).
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript with JSDoc types (allowJs is off)
import * as middlebox from '../../../../e2e/harness/mlkem-middlebox.mjs';
// @ts-expect-error plain ESM JavaScript with JSDoc types (allowJs is off)
import { startHarness } from '../../../../e2e/harness/index.mjs';

type Reading =
  | { status: 'incomplete' }
  | { status: 'invalid'; reason: string }
  | { status: 'complete'; supportedGroups: number[]; keyShareGroups: number[] };
const readClientHello = middlebox.readClientHello as (bytes: Buffer) => Reading;
const carriesPostQuantumShare = middlebox.carriesPostQuantumShare as (r: Reading) => boolean;
const X25519_MLKEM768 = middlebox.X25519_MLKEM768 as number;
const X25519_KYBER768_DRAFT00 = middlebox.X25519_KYBER768_DRAFT00 as number;

const X25519 = 0x1d;
const P256 = 0x17;
const GREASE = 0x1a1a;

const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const vec16 = (b: Buffer) => Buffer.concat([u16(b.length), b]);
const ext = (type: number, data: Buffer) => Buffer.concat([u16(type), vec16(data)]);

/** A ClientHello handshake message (type, 24-bit length, body) offering `groups` and key shares. */
function clientHello(groups: number[], shares: { group: number; size: number }[], extra: Buffer[] = []): Buffer {
  const extensions = Buffer.concat([
    ext(0x0000, Buffer.from('000e00000b6578616d706c652e636f6d', 'hex')), // server_name
    ext(10, vec16(Buffer.concat(groups.map(u16)))),
    ext(51, vec16(Buffer.concat(shares.map((s) => Buffer.concat([u16(s.group), vec16(Buffer.alloc(s.size, 7))]))))),
    ...extra,
  ]);
  const body = Buffer.concat([
    u16(0x0303),
    Buffer.alloc(32, 1), // random
    Buffer.from([32]),
    Buffer.alloc(32, 2), // legacy_session_id
    vec16(Buffer.from([0x13, 0x01, 0x13, 0x02])),
    Buffer.from([1, 0]), // compression: null
    vec16(extensions),
  ]);
  return Buffer.concat([Buffer.from([1, body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff]), body]);
}

/** The handshake message in TLS records of at most `size` bytes each. */
function records(handshake: Buffer, size = 16384): Buffer {
  const out: Buffer[] = [];
  for (let at = 0; at < handshake.length; at += size) {
    const part = handshake.subarray(at, at + size);
    out.push(Buffer.from([22, 3, 1]), u16(part.length), part);
  }
  return Buffer.concat(out);
}

const chromeLike = () =>
  clientHello(
    [GREASE, X25519_MLKEM768, X25519, P256],
    [
      { group: GREASE, size: 1 },
      { group: X25519_MLKEM768, size: 1216 },
      { group: X25519, size: 32 },
    ],
  );
const classic = () =>
  clientHello(
    [X25519, P256],
    [
      { group: X25519, size: 32 },
      { group: P256, size: 65 },
    ],
  );

describe('readClientHello', () => {
  it('reads the groups and key shares of a hello with the ML-KEM share', () => {
    const r = readClientHello(records(chromeLike()));
    expect(r).toEqual({
      status: 'complete',
      supportedGroups: [GREASE, X25519_MLKEM768, X25519, P256],
      keyShareGroups: [GREASE, X25519_MLKEM768, X25519],
    });
    expect(carriesPostQuantumShare(r)).toBe(true);
  });

  it('passes a hello without a post-quantum share', () => {
    const r = readClientHello(records(classic()));
    expect(r).toEqual({ status: 'complete', supportedGroups: [X25519, P256], keyShareGroups: [X25519, P256] });
    expect(carriesPostQuantumShare(r)).toBe(false);
  });

  it('judges by the key share, not by supported_groups alone', () => {
    // ML-KEM offered as a group but no share sent for it (a HelloRetryRequest could still ask for it).
    const r = readClientHello(records(clientHello([X25519_MLKEM768, X25519], [{ group: X25519, size: 32 }])));
    expect(r).toMatchObject({ status: 'complete', supportedGroups: [X25519_MLKEM768, X25519], keyShareGroups: [X25519] });
    expect(carriesPostQuantumShare(r)).toBe(false);
  });

  it('knows the older X25519Kyber768Draft00 share too', () => {
    const r = readClientHello(records(clientHello([X25519_KYBER768_DRAFT00, X25519], [{ group: X25519_KYBER768_DRAFT00, size: 1216 }])));
    expect(carriesPostQuantumShare(r)).toBe(true);
  });

  it('reads a hello split over several records', () => {
    const r = readClientHello(records(chromeLike(), 300));
    expect(carriesPostQuantumShare(r)).toBe(true);
  });

  it('waits while the hello is incomplete, at every split point', () => {
    const whole = records(chromeLike(), 500);
    for (const cut of [0, 1, 4, 5, 9, 300, 505, 600, whole.length - 1]) {
      expect(readClientHello(whole.subarray(0, cut)), `cut at ${cut}`).toEqual({ status: 'incomplete' });
    }
    expect(readClientHello(whole).status).toBe('complete');
  });

  it('calls garbage and other protocols invalid, never a hello', () => {
    expect(readClientHello(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n')).status).toBe('invalid');
    expect(readClientHello(Buffer.from([22, 3, 1, 0, 0])).status).toBe('invalid'); // empty record
    expect(readClientHello(Buffer.from([22, 9, 9, 0, 4, 1, 0, 0, 0])).status).toBe('invalid'); // bad version
    expect(readClientHello(records(Buffer.from([2, 0, 0, 2, 3, 3]))).status).toBe('invalid'); // a ServerHello
    expect(readClientHello(Buffer.alloc(70_000, 22)).status).toBe('invalid');
  });

  it('calls a hello with inconsistent lengths invalid', () => {
    const hello = chromeLike();
    const broken = Buffer.from(hello);
    // The extensions block claims more bytes than the message holds.
    const extLenAt = 4 + 2 + 32 + 1 + 32 + 6 + 2;
    broken.writeUInt16BE(broken.readUInt16BE(extLenAt) + 10, extLenAt);
    expect(readClientHello(records(broken)).status).toBe('invalid');
    const badShare = clientHello([X25519], [], [ext(51, Buffer.from([0, 6, 0, 0x1d, 0, 99, 1, 2]))]);
    expect(readClientHello(records(badShare)).status).toBe('invalid');
  });
});

interface Harness {
  middlebox: { url: string; hellos: Reading[] };
  rootCaPem: string;
  stop(): Promise<void>;
}

describe('the middlebox in the harness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = (await startHarness({ quiet: true })) as Harness;
  }, 30_000);
  afterAll(async () => {
    await h?.stop();
  });

  it('passes a handshake without a post-quantum share through to the healthy server', async () => {
    const { hostname, port } = new URL(h.middlebox.url);
    const socket = tls.connect({ host: '127.0.0.1', port: Number(port), servername: hostname, ca: h.rootCaPem });
    await new Promise<void>((resolve, reject) => {
      socket.once('secureConnect', resolve);
      socket.once('error', reject);
    });
    expect(socket.authorized).toBe(true);
    socket.destroy();
    expect(h.middlebox.hellos.at(-1)).toMatchObject({ status: 'complete' });
  });

  it('resets a connection whose hello carries the ML-KEM share, sent in small TCP segments', async () => {
    const { port } = new URL(h.middlebox.url);
    const socket = net.connect({ host: '127.0.0.1', port: Number(port), noDelay: true });
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const bytes = records(chromeLike(), 700);
    const closed = new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      socket.once('error', resolve);
      socket.once('close', () => resolve(undefined));
    });
    for (let at = 0; at < bytes.length; at += 200) {
      socket.write(bytes.subarray(at, at + 200));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await closed)?.code).toBe('ECONNRESET');
  });
});
