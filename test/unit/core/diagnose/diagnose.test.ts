import { describe, expect, it } from 'vitest';
import { RULES, diagnose, diagnosisFromFindings, runRules, type Rule } from '../../../../src/core/diagnose';
import type { Evidence } from '../../../../src/core/evidence';
import { CAUSES } from '../../../../src/core/kinds';
import { CODE, DAY, T0, evidence, keysOf, recent, unchecked } from './helpers';
import { EVERY_KIND, SCENARIOS } from './scenarios';

describe('diagnose end to end', () => {
  it('clock 2 years behind + cert-date → system-clock first, with the skew line, the site cause kept', () => {
    const d = diagnose(SCENARIOS.clockTwoYearsBehind!);
    expect(d.causes[0]).toMatchObject({ cause: 'system-clock', rule: 'clock-skew' });
    expect(d.causes[0]?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.causes[0]?.evidence).toContainEqual({ key: 'ev_clock_behind_days', subs: ['730', '3'] });
    expect(d.causes[0]?.evidence).toContainEqual({ key: 'ev_reprobe_same' });
    expect(d.uncertain).toBe(false);
    expect(d.summary).toEqual({ key: 'verdict_system_clock', subs: ['broken.example'] });
    // Date headers alone never hide the site-certificate cause: it stays, second, saying why.
    expect(d.causes.map((c) => c.cause)).toEqual(['system-clock', 'site-certificate']);
    expect(keysOf(d.causes[1]!.evidence)).toContain('ev_clock_not_proof');
  });

  it('expired certificate + correct clock → site-certificate', () => {
    const d = diagnose(SCENARIOS.expiredCertCorrectClock!);
    expect(d.causes[0]).toMatchObject({ cause: 'site-certificate', rule: 'clock-correct' });
    expect(keysOf(d.causes[0]!.evidence)).toEqual(['ev_clock_matches', 'ev_other_sites_fine', 'ev_cert_date', 'ev_no_local_signal']);
    expect(d.uncertain).toBe(false);
    expect(d.summary.key).toBe('verdict_site_certificate');
  });

  it('4 hosts with the same untrusted issuer in 2 minutes → interception', () => {
    const d = diagnose(SCENARIOS.fourHostsSameIssuer!);
    expect(d.causes[0]).toMatchObject({ cause: 'interception', rule: 'shared-untrusted-issuer' });
    expect(d.causes[0]?.evidence).toEqual([{ key: 'ev_shared_issuer', subs: ['4', '2'] }]);
    expect(d.uncertain).toBe(false);
    expect(d.summary.key).toBe('verdict_interception');
  });

  it('a single untrusted host → site-certificate', () => {
    const d = diagnose(SCENARIOS.singleUntrustedHost!);
    expect(d.causes[0]?.cause).toBe('site-certificate');
    expect(d.causes[0]?.rule).toBe('other-sites-fine');
    expect(keysOf(d.causes[0]!.evidence)).toContain('ev_reprobe_same');
    expect(d.uncertain).toBe(false);
    // Without any other evidence it is still the site, but uncertain.
    const thin = diagnose(SCENARIOS.thinUntrusted!);
    expect(thin.causes[0]?.cause).toBe('site-certificate');
  });

  it('proxy set by an extension → interception, naming the extension', () => {
    const d = diagnose(SCENARIOS.proxyByExtension!);
    expect(d.causes[0]?.cause).toBe('interception');
    expect(d.causes[0]?.evidence).toEqual([{ key: 'ev_proxy_extension_named', subs: ['FreeVPN Turbo'] }]);
  });

  it('thin evidence → uncertain, with the uncertain summary', () => {
    for (const e of [SCENARIOS.thinUntrusted!, SCENARIOS.thinDate!, SCENARIOS.transient!, evidence('tls-unknown')]) {
      const d = diagnose(e);
      expect(d.uncertain).toBe(true);
      expect(d.summary).toEqual({ key: 'verdict_uncertain', subs: ['broken.example'] });
    }
  });

  it('two causes close together → uncertain even above 0.5', () => {
    // An extension's proxy (interception 0.6) against other sites loading fine (site-certificate 0.5).
    const e = evidence('cert-untrusted', {
      proxy: { levelOfControl: 'controlled_by_other_extensions' },
      otherSiteProbe: {
        status: 'done',
        results: [
          { host: 'a.example', ok: true },
          { host: 'b.example', ok: true },
        ],
      },
    });
    const d = diagnose(e);
    expect(d.causes.map((c) => [c.cause, c.confidence])).toEqual([
      ['interception', 0.6],
      ['site-certificate', 0.5],
    ]);
    expect(d.uncertain).toBe(true);
    expect(d.summary.key).toBe('verdict_uncertain');
  });

  it('a version mismatch the TLS 1.2 check repeats → browser-settings, though other sites load', () => {
    const d = diagnose(SCENARIOS.firefoxPrefs!);
    expect(d.causes.map((c) => c.cause)).toEqual(['browser-settings', 'site-configuration']);
    expect(d.causes[0]?.evidence.map((t) => t.key)).toEqual(['ev_tls12_refused']);
    expect(d.uncertain).toBe(false);
    expect(d.summary.key).toBe('verdict_browser_settings');
  });

  it('a version mismatch where the TLS 1.2 check loads → the site, confidently', () => {
    const e = { ...SCENARIOS.firefoxPrefs!, tls12Check: { outcome: 'spoke' as const, host: 'tls-v1-2.badssl.com' } };
    const d = diagnose(e);
    expect(d.causes.map((c) => c.cause)).toEqual(['site-configuration']);
    expect(d.uncertain).toBe(false);
  });

  it('a version mismatch where the TLS 1.2 check is unreachable → hedged, browser settings still listed', () => {
    const e = { ...SCENARIOS.firefoxPrefs!, tls12Check: { outcome: 'unreachable' as const, host: 'tls-v1-2.badssl.com' } };
    const d = diagnose(e);
    expect(d.uncertain).toBe(true);
    expect(d.summary.key).toBe('verdict_uncertain');
    expect(d.causes.map((c) => c.cause)).toContain('browser-settings');
  });

  it('interrupted on many sites, steadily → network', () => {
    const d = diagnose(SCENARIOS.interruptedEverywhere!);
    expect(d.causes[0]).toMatchObject({ cause: 'network', rule: 'interrupted' });
    expect(d.causes[0]?.confidence).toBeCloseTo(1 - 0.3 * 0.7, 3);
    expect(keysOf(d.causes[0]!.evidence)).toEqual(['ev_interrupted', 'ev_interrupted_others', 'ev_reprobe_same']);
  });

  it('a reprobe that loads lowers the site cause below the transient network cause', () => {
    const d = diagnose(SCENARIOS.transient!);
    expect(d.causes.map((c) => [c.cause, c.confidence])).toEqual([
      ['network', 0.45],
      ['site-certificate', 0.225],
    ]);
  });

  it('a known interception product and other sites failing with date errors', () => {
    expect(diagnose(SCENARIOS.knownInterceptor!).causes[0]).toMatchObject({ cause: 'interception', rule: 'interception-issuer' });
    expect(diagnose(SCENARIOS.otherSitesFailDate!).causes[0]).toMatchObject({ cause: 'system-clock', rule: 'other-sites-fail' });
    expect(diagnose(SCENARIOS.clientCert!).causes[0]?.cause).toBe('client-certificate');
  });

  it('combines agreeing rules by noisy-or', () => {
    const d = diagnose(SCENARIOS.expiredCertCorrectClock!);
    // clock-correct 0.85, other-sites-fine 0.5, site default 0.45
    expect(d.causes[0]?.confidence).toBeCloseTo(1 - 0.15 * 0.5 * 0.55, 3);
  });

  it('copies the failure fields', () => {
    const d = diagnose(SCENARIOS.firefoxPrefs!);
    expect(d).toMatchObject({
      kind: 'protocol-mismatch',
      errorCode: 'SSL_ERROR_PROTOCOL_VERSION_ALERT',
      rawError: 'Error code 2153394174',
      host: 'broken.example',
    });
  });

  it('uses the failure time as "now" by default, so stored incidents diagnose the same later', () => {
    const e = SCENARIOS.fourHostsSameIssuer!;
    expect(diagnose(e)).toEqual(diagnose(e, T0));
    expect(diagnose(e, T0 + 60 * 60_000).causes[0]?.cause).toBe('site-certificate');
  });
});

describe('not-tls', () => {
  it('returns unknown without running rules', () => {
    const d = diagnose(SCENARIOS.notTls!);
    expect(d.causes).toEqual([{ cause: 'unknown', confidence: 0, rule: 'not-tls', evidence: [{ key: 'ev_not_tls' }] }]);
    expect(d.summary.key).toBe('verdict_not_tls');
    expect(d.kind).toBe('not-tls');
  });
});

describe('fallback', () => {
  it('names the missing evidence when no finding survives', () => {
    const d = diagnosisFromFindings(evidence('cert-date'), []);
    expect(d.causes).toHaveLength(1);
    expect(d.causes[0]).toMatchObject({ cause: 'unknown', rule: 'nothing-fired' });
    expect(keysOf(d.causes[0]!.evidence)).toEqual(['ev_nothing_fired', 'ev_missing_clock', 'ev_missing_other_sites', 'ev_missing_reprobe']);
    expect(d.uncertain).toBe(true);
  });

  it('lists only what is missing', () => {
    const e = evidence('cert-date', {
      clock: { skewMs: 0, samples: 3, sources: ['a.example'] },
      reprobe: { status: 'failed', kind: 'cert-untrusted' },
    });
    expect(keysOf(diagnosisFromFindings(e, []).causes[0]!.evidence)).toEqual(['ev_nothing_fired', 'ev_missing_other_sites']);
  });
});

describe('invariants over every kind and scenario', () => {
  const all: Evidence[] = [...EVERY_KIND, ...Object.values(SCENARIOS)];

  it('always returns at least one cause, sorted, with known causes and rule names', () => {
    const names = new Set([...RULES.map((r) => r.ruleName), 'not-tls', 'nothing-fired']);
    for (const e of all) {
      const d = diagnose(e);
      expect(d.causes.length).toBeGreaterThan(0);
      for (const [i, c] of d.causes.entries()) {
        expect(CAUSES).toContain(c.cause);
        expect(names.has(c.rule)).toBe(true);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.evidence.length).toBeGreaterThan(0);
        if (i > 0) expect(c.confidence).toBeLessThanOrEqual(d.causes[i - 1]!.confidence);
      }
      expect(new Set(d.causes.map((c) => c.cause)).size).toBe(d.causes.length);
    }
  });

  it('every TLS kind gets a finding from some rule', () => {
    for (const e of EVERY_KIND.filter((x) => x.failure.kind !== 'not-tls')) {
      expect(runRules(e, T0).length).toBeGreaterThan(0);
    }
  });

  it('rule findings carry the name the rule was defined with', () => {
    for (const e of all) {
      for (const rule of RULES) {
        const f = rule(e, T0);
        if (f) expect(f.rule).toBe(rule.ruleName);
      }
    }
  });

  it('runs every rule the rules folder exports, each once, under a unique name', () => {
    const files = import.meta.glob<Record<string, unknown>>('../../../../src/core/diagnose/rules/*.ts', { eager: true });
    const exported = new Set(
      Object.values(files)
        .flatMap((exports) => Object.values(exports))
        .filter((v): v is Rule => typeof v === 'function' && 'ruleName' in v),
    );
    expect(exported.size).toBe(RULES.length);
    expect([...exported].filter((r) => !RULES.includes(r)).map((r) => r.ruleName)).toEqual([]);
    expect(new Set(RULES).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.ruleName)).size).toBe(RULES.length);
  });
});

describe('edge values', () => {
  const weird: Evidence[] = [
    unchecked(evidence('cert-date'), { clock: { skewMs: NaN, samples: 0, sources: [] } }),
    unchecked(evidence('cert-date'), { clock: { skewMs: Infinity, samples: 3, sources: ['a', 'b', 'c'] } }),
    unchecked(evidence('cert-date'), { clock: { skewMs: -730 * DAY, samples: 0, sources: ['a', 'b', 'c'] } }),
    unchecked(evidence('cert-untrusted'), { recentFailures: [] }),
    unchecked(evidence('cert-untrusted'), {
      recentFailures: [{ host: 'a.example', kind: 'cert-untrusted', errorCode: '', time: NaN }, null],
    }),
    (() => {
      const e = evidence('handshake-interrupted');
      return unchecked(e, { failure: { ...e.failure, host: '', time: NaN } });
    })(),
    unchecked(evidence('cert-untrusted'), { otherSiteProbe: { status: 'done', results: [] } }),
    unchecked(evidence('protocol-error'), {
      proxy: { levelOfControl: 'controlled_by_other_extensions', controllingExtension: { id: 'x', name: '   ' } },
    }),
  ];

  it('no rule throws on edge values (called directly, unguarded)', () => {
    for (const e of weird) {
      for (const run of RULES) {
        expect(() => run(e, T0)).not.toThrow();
        expect(() => run(e, NaN)).not.toThrow();
      }
      expect(() => diagnose(e)).not.toThrow();
      expect(diagnose(e).causes.length).toBeGreaterThan(0);
    }
  });

  it('a blank extension name falls back to "another extension"', () => {
    const d = diagnose(weird[7]!);
    expect(d.causes.flatMap((c) => keysOf(c.evidence))).toContain('ev_proxy_extension');
  });

  it('caps work on huge lists: only the last 200 recent failures count', () => {
    const filler = (n: number, kind: 'cert-date' | 'cert-untrusted') =>
      Array.from({ length: n }, (_, i) => ({ host: `h${i}.site${i}.example`, kind, errorCode: CODE[kind], time: T0 - 10_000 }));
    const matching = recent('cert-untrusted', ['news.example', 'shop.test', 'mail.example.org']);
    // The three matching failures just inside the last 200 entries count; one entry further back, they do not.
    expect(diagnose(evidence('cert-untrusted', { recentFailures: [...matching, ...filler(197, 'cert-date')] })).causes[0]?.rule).toBe(
      'shared-untrusted-issuer',
    );
    expect(diagnose(evidence('cert-untrusted', { recentFailures: [...matching, ...filler(200, 'cert-date')] })).causes[0]?.cause).toBe(
      'site-certificate',
    );

    const huge = filler(100_000, 'cert-untrusted');
    const started = performance.now();
    const d = diagnose(unchecked(evidence('cert-untrusted'), { recentFailures: huge }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(d.causes[0]?.evidence).toEqual([{ key: 'ev_shared_issuer', subs: ['201', '2'] }]);
  });

  it('caps probe results', () => {
    const results = Array.from({ length: 10_000 }, (_, i) => ({ host: `p${i}.example`, ok: true }));
    const d = diagnose(unchecked(evidence('cert-name'), { otherSiteProbe: { status: 'done', results } }));
    expect(d.causes[0]?.evidence).toContainEqual({ key: 'ev_other_sites_fine', subs: ['50'] });
  });
});

describe('who intercepts', () => {
  const avast = { product: 'Avast', issuer: 'CN=Avast Web/Mail Shield Root', host: 'broken.example' };
  const proxy = (name: string) => ({
    levelOfControl: 'controlled_by_other_extensions' as const,
    mode: 'fixed_servers',
    controllingExtension: { id: 'abcdefghijklmnop', name },
  });

  it('a known product’s issuer → product, and the verdict names it', () => {
    const d = diagnose(evidence('cert-untrusted', { interception: avast }));
    expect(d.causes[0]?.cause).toBe('interception');
    expect(d.product).toBe('Avast');
    expect(d.summary).toEqual({ key: 'verdict_interception_product', subs: ['broken.example', 'Avast'] });
  });

  it('the extension that controls the proxy → product is its name, with its own verdict', () => {
    const d = diagnose(SCENARIOS.proxyByExtension!);
    expect(d.causes[0]?.cause).toBe('interception');
    expect(d.product).toBe('FreeVPN Turbo');
    expect(d.summary).toEqual({ key: 'verdict_interception_extension', subs: ['broken.example', 'FreeVPN Turbo'] });
  });

  it('an expired certificate behind a product seen on other sites → the product leads, the site cause stays listed', () => {
    const d = diagnose(
      evidence(
        'cert-date',
        {
          clock: { skewMs: 175, samples: 3, sources: ['time-a.test', 'time-b.test', 'time-c.test'] },
          otherSiteProbe: {
            status: 'done',
            results: [
              { host: 'news.example', ok: true },
              { host: 'shop.example', ok: true },
            ],
          },
          interception: { product: 'Kaspersky', issuer: 'CN=Kaspersky Anti-Virus Personal Root Certificate', host: 'shop.example' },
        },
        { errorCode: 'SEC_ERROR_EXPIRED_CERTIFICATE' },
      ),
    );
    expect(d.causes.map((c) => c.cause).slice(0, 2)).toEqual(['interception', 'site-certificate']);
    expect(d.uncertain).toBe(false);
    expect(d.product).toBe('Kaspersky');
  });

  it('the product’s issuer wins over the proxy extension', () => {
    expect(diagnose(evidence('cert-untrusted', { interception: avast, proxy: proxy('FreeVPN Turbo') })).product).toBe('Avast');
  });

  it('a hostile extension name is shown cleaned and bounded', () => {
    const d = diagnose(evidence('cert-untrusted', { proxy: proxy(`\u202E<img src=x onerror=alert(1)>${'x'.repeat(200)}`) }));
    expect(d.product).toBe(`<img src=x onerror=alert(1)>${'x'.repeat(52)}`);
    expect(d.summary.subs?.[1]).toBe(d.product);
  });

  it('nothing named, or interception not the verdict → no product', () => {
    const shared = diagnose(SCENARIOS.fourHostsSameIssuer!);
    expect(shared.causes[0]?.cause).toBe('interception');
    expect(shared.product).toBeUndefined();
    const clock = diagnose({ ...SCENARIOS.clockTwoYearsBehind!, interception: { ...avast, host: 'other.example' } });
    expect(clock.causes[0]?.cause).toBe('system-clock');
    expect(clock.product).toBeUndefined();
    expect(
      diagnose(evidence('cert-untrusted', { proxy: { ...proxy('Named'), levelOfControl: 'controllable_by_this_extension' } })).product,
    ).toBeUndefined();
    expect(diagnose(evidence('cert-untrusted', { proxy: proxy(' \u200B ') })).product).toBeUndefined();
  });
});
