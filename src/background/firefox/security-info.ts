// Firefox only: the TLS parameters and certificate issuer of successful main-frame connections,
// sampled. `webRequest.getSecurityInfo` answers only inside a blocking onHeadersReceived listener
// (so only for connections that succeeded: a failed handshake never gets that far). An issuer that
// matches known interception software is kept in storage.session, so that a later incident can
// carry it as `interception` evidence (see interception-evidence.ts).
//
// Cost: the listener returns at once for everything it does not sample (see sampler.ts); for a
// sampled response it holds the response only until getSecurityInfo answers (bounded by a timeout).
import * as z from 'zod/mini';
import type { InterceptionMatch } from '../../core/evidence';
import { interceptionMatchFor } from '../../core/interception';
import { INTERCEPTION_KEY, TLS_SAMPLES_KEY } from '../../core/storage-keys';
import { hostOf } from '../../core/url';
import { browser, type WebRequest } from '../../platform/browser';
import type { StoredInterception } from './interception-evidence';
import { serialQueue } from '../../platform/storage-item';
import { createSampler } from './sampler';

/** The newest samples kept. */
const MAX_SAMPLES = 20;
/** A sampled response waits at most this long for getSecurityInfo. */
const SECURITY_INFO_TIMEOUT_MS = 1_000;

const TlsSampleSchema = z.object({
  host: z.string().check(z.maxLength(1024)),
  /** Local time of the sample, ms since the epoch. */
  time: z.number(),
  /** `TLSv1.3`, `TLSv1.2`, … as Firefox names it. */
  protocol: z.string().check(z.maxLength(32)),
  cipherSuite: z.string().check(z.maxLength(128)),
  /** Issuer DN of the server certificate, as NSS prints it (`CN=…,O=…,C=…`). */
  issuer: z.string().check(z.maxLength(1024)),
});
export type TlsSample = z.infer<typeof TlsSampleSchema>;

const TlsSampleListSchema = z.array(TlsSampleSchema).check(z.maxLength(MAX_SAMPLES));

const sampler = createSampler();

/** Storage writes in order: samples are rare, but two may still overlap. */
const queued = serialQueue();

async function readSamples(): Promise<TlsSample[]> {
  const stored = (await browser.storage.session.get(TLS_SAMPLES_KEY))[TLS_SAMPLES_KEY];
  const parsed = TlsSampleListSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** The sample for one connection, or undefined when Firefox gave nothing usable. */
export function sampleFrom(info: WebRequest.SecurityInfo, host: string, time: number): TlsSample | undefined {
  if (info.state !== 'secure' && info.state !== 'weak') return undefined;
  const issuer = info.certificates?.[0]?.issuer;
  if (typeof issuer !== 'string') return undefined;
  const sample = {
    host,
    time,
    protocol: String(info.protocolVersion ?? 'unknown'),
    cipherSuite: String(info.cipherSuite ?? ''),
    issuer,
  };
  const parsed = TlsSampleSchema.safeParse(sample);
  return parsed.success ? parsed.data : undefined;
}

function record(sample: TlsSample): Promise<void> {
  return queued(async () => {
    const samples = [...(await readSamples()), sample].slice(-MAX_SAMPLES);
    const match: InterceptionMatch | undefined = interceptionMatchFor(sample.issuer, sample.host);
    await browser.storage.session.set({
      [TLS_SAMPLES_KEY]: samples,
      ...(match ? { [INTERCEPTION_KEY]: { match, time: sample.time } satisfies StoredInterception } : {}),
    });
  });
}

const timeout = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

/** The blocking onHeadersReceived listener (main frames, https only). */
function onMainFrameHeaders(details: WebRequest.OnHeadersReceivedDetailsType): Promise<WebRequest.BlockingResponse> | undefined {
  // Private windows leave nothing behind, not even in session storage.
  if (details.tabId < 0 || details.incognito) return undefined;
  const host = hostOf(details.url);
  const now = Date.now();
  if (!sampler.take(host, now)) return undefined;
  const info = browser.webRequest.getSecurityInfo(details.requestId, {}).catch(() => undefined);
  return Promise.race([info, timeout(SECURITY_INFO_TIMEOUT_MS)]).then((answer) => {
    const sample = answer && sampleFrom(answer, host, now);
    if (sample) record(sample).catch((error: unknown) => console.warn('[handshake-doctor] tls sample not stored', error));
    return {};
  });
}

export function registerSecurityInfoSampling(): void {
  browser.webRequest.onHeadersReceived.addListener(onMainFrameHeaders, { urls: ['https://*/*'], types: ['main_frame'] }, ['blocking']);
}
