// Pure: which responses the security-info listener looks at. It runs on every main-frame
// response, so it samples: a host at most once per `perHostMs`, and at most one sample per
// `minGapMs` overall, remembering at most `maxHosts` hosts (the oldest are forgotten first).

interface SamplerLimits {
  perHostMs: number;
  minGapMs: number;
  maxHosts: number;
}

const DEFAULT_SAMPLER_LIMITS: Readonly<SamplerLimits> = Object.freeze({
  perHostMs: 10 * 60_000,
  minGapMs: 2_000,
  maxHosts: 256,
});

interface Sampler {
  /** Whether to sample a response from `host` at local time `now`; a yes is counted as taken. */
  take(host: string, now: number): boolean;
}

export function createSampler(limits: SamplerLimits = DEFAULT_SAMPLER_LIMITS): Sampler {
  /** Host → time of its last sample; Map order is insertion order, so the first key is the oldest. */
  const lastByHost = new Map<string, number>();
  let lastSample = -Infinity;
  return {
    take(host, now) {
      if (host === '' || !Number.isFinite(now)) return false;
      // A clock moved backwards makes every stored time "in the future": start afresh.
      if (now < lastSample) {
        lastByHost.clear();
        lastSample = -Infinity;
      }
      if (now - lastSample < limits.minGapMs) return false;
      const previous = lastByHost.get(host);
      if (previous !== undefined && now - previous < limits.perHostMs) return false;
      lastByHost.delete(host);
      lastByHost.set(host, now);
      while (lastByHost.size > limits.maxHosts) lastByHost.delete(lastByHost.keys().next().value as string);
      lastSample = now;
      return true;
    },
  };
}
