// Some first reports say only that the connection broke (Chromium's client-certificate servers
// give ERR_SOCKET_NOT_CONNECTED about half the time; Firefox's localized text is unrecognizable).
// When the re-probe of the same URL answers with a precise TLS error, that answer is the failure.
import type { Evidence } from '../evidence';
import { VAGUE_KINDS } from '../kinds';

export function refineWithReprobe(e: Evidence): Evidence {
  const r = e.reprobe;
  if (r?.status !== 'failed' || !r.kind || !r.errorCode) return e;
  if (!VAGUE_KINDS.has(e.failure.kind) || VAGUE_KINDS.has(r.kind) || r.kind === 'not-tls') return e;
  return { ...e, failure: { ...e.failure, kind: r.kind, errorCode: r.errorCode } };
}
