// Support reports: no query strings, fragments or credentials anywhere (rendered text included),
// nothing from the page, the checklist state, and the text form carries the same facts.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../src/core/checklist';
import { diagnose } from '../../../src/core/diagnose';
import type { Evidence } from '../../../src/core/evidence';
import { historyReport, historyReportText, incidentReport, incidentReportText, scrub, type Render } from '../../../src/core/report';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

/** Renders a Text as its key and values, so tests see exactly what went in. */
const render: Render = (text, ...subs) =>
  typeof text === 'string' ? [text, ...subs].join(' ') : [text.key, ...(text.subs ?? [])].join(' ');

const evidence: Evidence = {
  failure: {
    rawError: 'net::ERR_CERT_AUTHORITY_INVALID',
    errorCode: 'net::ERR_CERT_AUTHORITY_INVALID',
    kind: 'cert-untrusted',
    url: 'https://bank.example/login?session=s3cr3t#otp',
    host: 'bank.example',
    frame: 'main',
    time: 1_700_000_000_000,
  },
  recentFailures: [{ host: 'mail.example', kind: 'cert-untrusted', errorCode: 'net::ERR_CERT_AUTHORITY_INVALID', time: 1_699_999_990_000 }],
  otherSiteProbe: {
    status: 'done',
    results: [{ host: 'www.wikipedia.org', ok: false, errorCode: 'net::ERR_CERT_AUTHORITY_INVALID', kind: 'cert-untrusted' }],
  },
  reprobe: { status: 'failed', errorCode: 'net::ERR_CERT_AUTHORITY_INVALID', kind: 'cert-untrusted' },
  interception: { product: 'Example Antivirus', issuer: 'CN=Example Antivirus Root', host: 'bank.example' },
  environment: { browser: 'chrome', version: '156.0', os: 'windows' },
};

describe('scrub', () => {
  it('redacts every URL inside a text', () => {
    expect(scrub('see https://a.example/x?y=1#z and http://u:p@b.example/?q')).toBe('see https://a.example/x and http://b.example/');
  });
});

describe('incidentReport', () => {
  const diagnosis = diagnose(evidence);
  const steps = checklist(diagnosis, evidence.environment);
  const report = incidentReport(
    {
      evidence,
      recordedAt: evidence.failure.time,
      diagnosis,
      browserOverride: true,
      steps,
      done: new Set([steps[0]!.id]),
      version: '1.2.3',
      now: 1_700_000_100_000,
    },
    render,
  );
  const text = incidentReportText(report, render);

  it('keeps the failure, the verdict, the evidence and the checklist', () => {
    expect(report.failure).toMatchObject({
      url: 'https://bank.example/login',
      host: 'bank.example',
      errorCode: 'net::ERR_CERT_AUTHORITY_INVALID',
      browserOffersOverride: true,
    });
    expect(report.diagnosis.causes[0]!.cause).toBe(diagnosis.causes[0]!.cause);
    expect(report.evidence.interceptionProduct).toBe('Example Antivirus');
    expect(report.checklist[0]).toMatchObject({ id: steps[0]!.id, done: true });
    expect(report.generatedAt).toBe('2023-11-14T22:15:00.000Z');
    for (const fact of [
      'https://bank.example/login',
      'net::ERR_CERT_AUTHORITY_INVALID',
      'Example Antivirus',
      'www.wikipedia.org',
      '[x]',
      '1.2.3',
    ])
      expect(text).toContain(fact);
  });

  it('gives each cause the words the page shows, and the rule weight labelled as a score for support staff', () => {
    const top = diagnosis.causes[0]!;
    expect(text).toContain(
      `- ${top.cause} (ui_confidence_very_likely, report_confidence_score ${Math.round(top.confidence * 100)}, ${top.rule})`,
    );
    expect(text).not.toMatch(/\d%/);
  });

  it('carries no query string, fragment, or anything not measured by the extension', () => {
    for (const form of [JSON.stringify(report), text]) {
      expect(form).not.toMatch(/s3cr3t|session=|#otp|\?/);
    }
    expect(Object.keys(report).sort()).toEqual([
      'checklist',
      'diagnosis',
      'environment',
      'evidence',
      'failure',
      'generatedAt',
      'product',
      'version',
    ]);
  });
});

describe('historyReport', () => {
  const report = historyReport({
    entries: [
      {
        recordedAt: 1_700_000_000_000,
        cause: 'interception',
        uncertain: false,
        evidence: { ...evidence, failure: { ...evidence.failure, url: 'https://bank.example/login' } },
      },
    ],
    settings: { ...DEFAULT_SETTINGS, neverIntervene: ['intranet.corp.example'], probeUrls: ['https://private-probe.corp.example/'] },
    environment: evidence.environment,
    version: '1.2.3',
    now: 1_700_000_100_000,
  });
  it("lists incidents and the settings' switches, but no host lists", () => {
    expect(report.incidents).toHaveLength(1);
    expect(report.settings.neverInterveneCount).toBe(1);
    const all = JSON.stringify(report) + historyReportText(report, render);
    expect(all).not.toContain('intranet.corp.example');
    expect(all).not.toContain('private-probe');
    expect(historyReportText(report, render)).toContain('https://bank.example/login');
  });
});
