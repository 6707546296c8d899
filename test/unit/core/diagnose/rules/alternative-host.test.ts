import { describe, expect, it } from 'vitest';
import { alternativeHostAnswers, diagnose } from '../../../../../src/core/diagnose';
import { EvidenceSchema } from '../../../../../src/core/evidence';
import { T0, evidence, unchecked } from '../helpers';

const answered = { alternativeHost: { host: 'www.broken.example', answered: true } };
const refused = { alternativeHost: { host: 'www.broken.example', answered: false } };

describe('alternative-host-answers', () => {
  it('a name mismatch whose other form answers points firmly at the site’s certificate', () => {
    const f = alternativeHostAnswers(evidence('cert-name', answered), T0);
    expect(f).toMatchObject({
      rule: 'alternative-host-answers',
      cause: 'site-certificate',
      confidence: 0.8,
      evidence: [{ key: 'ev_alternative_host', subs: ['www.broken.example'] }],
    });
    expect(f?.weakens?.map((w) => w.cause).sort()).toEqual(['interception', 'network']);
  });

  it('does not fire when the other form failed, was not asked, or the failure is not a name mismatch', () => {
    expect(alternativeHostAnswers(evidence('cert-name', refused), T0)).toBeNull();
    expect(alternativeHostAnswers(evidence('cert-name'), T0)).toBeNull();
    for (const kind of ['cert-date', 'cert-untrusted', 'handshake-interrupted', 'not-tls'] as const)
      expect(alternativeHostAnswers(evidence(kind, answered), T0), kind).toBeNull();
  });

  it('survives evidence the schema would reject', () => {
    const e = evidence('cert-name');
    for (const alternativeHost of [null, 'www.x', { host: 1 }, { answered: 'yes' }, []])
      expect(alternativeHostAnswers(unchecked(e, { alternativeHost }), T0)).toBeNull();
  });

  it('in a diagnosis: the site’s certificate is the verdict and carries the line', () => {
    const d = diagnose(evidence('cert-name', answered));
    expect(d.causes[0]).toMatchObject({ cause: 'site-certificate' });
    expect(d.causes[0]?.evidence).toContainEqual({ key: 'ev_alternative_host', subs: ['www.broken.example'] });
    expect(d.uncertain).toBe(false);
    expect(d.summary).toEqual({ key: 'verdict_alternative_host', subs: ['broken.example', 'www.broken.example'] });
    const without = diagnose(evidence('cert-name', refused));
    expect(without.causes[0]?.evidence).not.toContainEqual(expect.objectContaining({ key: 'ev_alternative_host' }));
    expect(without.summary).toEqual({ key: 'verdict_site_certificate', subs: ['broken.example'] });
  });

  it('halves a sign of interception: that software would have spoiled the other handshake too', () => {
    const issuer = { interception: { product: 'Kaspersky', issuer: 'CN=Kaspersky Anti-Virus Personal Root', host: 'a.example' } };
    const confidence = (rest: object) =>
      diagnose(evidence('cert-name', { ...issuer, ...rest })).causes.find((c) => c.cause === 'interception')?.confidence ?? 0;
    const before = confidence(refused);
    expect(before).toBeGreaterThan(0);
    expect(confidence(answered)).toBeCloseTo(before / 2, 2);
  });
});

describe('the evidence record', () => {
  it('keeps a valid answer and refuses a malformed one', () => {
    const base = evidence('cert-name');
    expect(EvidenceSchema.safeParse({ ...base, ...answered }).success).toBe(true);
    expect(EvidenceSchema.safeParse({ ...base, alternativeHost: { host: 'www.x' } }).success).toBe(false);
    expect(EvidenceSchema.safeParse({ ...base, alternativeHost: { host: 'x'.repeat(1025), answered: true } }).success).toBe(false);
  });
});
