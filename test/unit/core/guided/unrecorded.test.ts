// Guided fixes with nothing recorded: no empty placeholder, no stand-in host, nothing empty to copy,
// no claim of evidence nobody measured, and the site-owner step there (an empty host is a public
// site, not an intranet name).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import type { Step } from '../../../../src/core/checklist/types';
import { hasEmptySub, unrecordedDiagnosis, unrecordedSteps } from '../../../../src/core/guided/unrecorded';
import { BROWSERS, FAILURE_KINDS, OSES } from '../../../../src/core/kinds';
import { text } from '../../../../src/core/text';

const en = JSON.parse(readFileSync(new URL('../../../../src/locales/en/ui-options.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

const texts = (s: Step) => [s.title, s.verify, ...s.why, ...s.instructions];
const CODES = ['', 'net::ERR_CERT_AUTHORITY_INVALID', 'SEC_ERROR_UNKNOWN_ISSUER', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'];

function* everyUnrecordedChecklist() {
  for (const kind of FAILURE_KINDS)
    for (const browser of BROWSERS)
      for (const os of OSES)
        for (const code of CODES) yield { kind, code, steps: checklist(unrecordedDiagnosis(kind, code), { browser, os, version: '100' }) };
}

describe('unrecordedDiagnosis', () => {
  it('has no host, every cause open, and the site-owner step applies', () => {
    const d = unrecordedDiagnosis('cert-date');
    expect(d.host).toBe('');
    expect(d.uncertain).toBe(true);
    const ids = checklist(d, { browser: 'chrome', os: 'windows' }).map((s) => s.id);
    expect(ids).toContain('site-owner');
    expect(ids).not.toContain('show-it'); // the organisation step a stand-in word once brought in
  });

  it('asks after the site certificate for certificate kinds and the site setup for the others', () => {
    const causes = (k: Parameters<typeof unrecordedDiagnosis>[0]) => unrecordedDiagnosis(k).causes.map((c) => c.cause);
    expect(causes('cert-date')).toContain('site-certificate');
    expect(causes('cert-date')).not.toContain('site-configuration');
    expect(causes('protocol-mismatch')).toContain('site-configuration');
    expect(causes('protocol-mismatch')).not.toContain('site-certificate');
    expect(causes('tls-unknown')).toEqual(expect.arrayContaining(['site-certificate', 'site-configuration']));
  });

  it('carries the code the person gave', () => {
    expect(unrecordedDiagnosis('cert-date', 'net::ERR_CERT_DATE_INVALID').errorCode).toBe('net::ERR_CERT_DATE_INVALID');
    expect(unrecordedDiagnosis('cert-date').errorCode).toBe('');
  });
});

describe('unrecordedSteps', () => {
  it('the raw checklist does show empty placeholders when nothing was recorded (what this fixes)', () => {
    const raw = checklist(unrecordedDiagnosis('tls-unknown'), { browser: 'chrome', os: 'windows' });
    expect(raw.flatMap(texts).some(hasEmptySub)).toBe(true);
    expect(raw.flatMap((s) => s.actions).some((a) => a.type === 'copy' && a.text.trim() === '')).toBe(true);
  });

  it('leaves no empty placeholder and nothing empty to copy, for every kind, browser, system and code', () => {
    for (const { kind, code, steps } of everyUnrecordedChecklist()) {
      const shown = unrecordedSteps(steps);
      const empty = shown.flatMap(texts).filter(hasEmptySub);
      expect(empty, `${kind} ${code}`).toEqual([]);
      for (const a of shown.flatMap((s) => s.actions)) if (a.type === 'copy') expect(a.text.trim(), `${kind} ${code}`).not.toBe('');
    }
  });

  it('every replacement sentence exists and has no placeholder it cannot fill', () => {
    for (const { steps } of everyUnrecordedChecklist())
      for (const t of unrecordedSteps(steps).flatMap(texts))
        if (t.key.startsWith('ui_guided_')) {
          const message = en[t.key]?.message;
          expect(message, t.key).toBeDefined();
          const placeholders = message!.match(/\$\d/g) ?? [];
          expect(placeholders.length, t.key).toBe(t.subs?.length ?? 0);
        }
  });

  it('names the error when the person gave one, and only then', () => {
    const contact = (code: string) =>
      unrecordedSteps(checklist(unrecordedDiagnosis('cert-date', code), { browser: 'chrome', os: 'windows' }))
        .find((s) => s.id === 'site-owner')!
        .instructions.find((t) => t.key.startsWith('ui_guided_site_contact'));
    expect(contact('net::ERR_CERT_DATE_INVALID')).toEqual(text('ui_guided_site_contact_error', 'net::ERR_CERT_DATE_INVALID'));
    expect(contact('')).toEqual(text('ui_guided_site_contact'));
  });

  it('copies the code alone when there is no site, and keeps a full copy untouched', () => {
    const copies = (code: string) =>
      unrecordedSteps(checklist(unrecordedDiagnosis('tls-unknown', code), { browser: 'chrome', os: 'windows' }))
        .flatMap((s) => s.actions)
        .filter((a) => a.type === 'copy')
        .map((a) => (a.type === 'copy' ? a.text : ''));
    expect(copies('net::ERR_SSL_PROTOCOL_ERROR')).toContain('net::ERR_SSL_PROTOCOL_ERROR');
    expect(copies('net::ERR_SSL_PROTOCOL_ERROR').some((c) => c.includes(': '))).toBe(false);
  });

  it('labels the copy for what it holds: the error alone', () => {
    const labels = unrecordedSteps(
      checklist(unrecordedDiagnosis('tls-unknown', 'net::ERR_SSL_PROTOCOL_ERROR'), { browser: 'chrome', os: 'windows' }),
    )
      .flatMap((s) => s.actions)
      .map((a) => a.label.key);
    expect(labels).toContain('ui_guided_copy_error');
    expect(labels).not.toContain('step_action_copy_details');
  });

  it('claims no finding: each cause’s “this looks wrong” line gives way to one saying nothing was measured', () => {
    const raw = checklist(unrecordedDiagnosis('cert-date'), { browser: 'chrome', os: 'windows' });
    const clock = (steps: readonly Step[]) => steps.find((s) => s.id === 'clock')!.why.map((t) => t.key);
    expect(clock(raw)).toContain('step_why_system_clock');
    expect(clock(unrecordedSteps(raw))).toEqual(['ui_guided_why_unrecorded']);
    for (const { steps } of everyUnrecordedChecklist())
      for (const why of unrecordedSteps(steps).flatMap((s) => s.why))
        expect(why.key).not.toMatch(
          /^step_why_(system_clock|interception|browser_settings|network|site_certificate|site_configuration|client_certificate|captive_portal|unknown)$/,
        );
  });

  it('keeps why-lines that are not findings, and steps with nothing to adapt, as they are', () => {
    const raw = checklist(unrecordedDiagnosis('cert-date'), { browser: 'chrome', os: 'windows' });
    const narrow = raw.find((s) => s.id === 'narrow-down')!;
    expect(unrecordedSteps([narrow])).toEqual([narrow]);
    const reset = raw.find((s) => s.id === 'browser-reset')!;
    expect(reset.why.map((t) => t.key)).toContain('step_why_last_resort');
    expect(unrecordedSteps([reset])[0]!.why.map((t) => t.key)).toEqual(['ui_guided_why_unrecorded', 'step_why_last_resort']);
  });
});
