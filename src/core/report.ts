// Support reports: what a person can hand to a helpdesk or the site's owner. Plain data for JSON,
// and text lines rendered in the person's language. Never any cookies or page content: only
// the failure, the evidence the extension gathered itself, and the checklist. Every URL loses its
// query string and fragment (also inside rendered text, in case a message quotes one).
import { confidenceKey } from './diagnose/confidence-words';
import type { Diagnosis } from './diagnose/types';
import type { Environment, Evidence } from './evidence';
import type { Cause, FailureKind } from './kinds';
import type { Settings } from './settings';
import type { Step } from './checklist/types';
import type { MessageKey } from './message-key';
import type { Text } from './text';
import { redactUrl } from './url';

export type Render = (text: Text | MessageKey, ...subs: string[]) => string;

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'<>]+/gi;

/** Text with every URL in it redacted (or replaced, when it does not parse). */
export const scrub = (value: string): string => value.replace(URL_IN_TEXT, (url) => redactUrl(url) || '[url]');

export interface ReportFailure {
  recordedAt: string;
  url: string;
  host: string;
  frame: 'main' | 'sub';
  rawError: string;
  errorCode: string;
  kind: FailureKind;
}

export interface IncidentReport {
  product: 'Handshake Doctor';
  version: string;
  generatedAt: string;
  environment: Environment;
  failure: ReportFailure & { browserOffersOverride: boolean | null };
  diagnosis: {
    summary: string;
    uncertain: boolean;
    causes: { cause: Cause; confidence: number; rule: string; evidence: string[] }[];
  };
  evidence: {
    reprobe?: { status: string; errorCode?: string };
    otherSites?: { status: string; results: { host: string; ok: boolean; errorCode?: string }[] };
    clock?: { skewSeconds: number; samples: number; sources: string[] };
    proxy?: { levelOfControl: string; mode?: string; extension?: string };
    interceptionProduct?: string;
    tls12Check?: { outcome: string; host: string; errorCode?: string };
    recentFailures: { host: string; errorCode: string; kind: FailureKind }[];
  };
  checklist: { id: string; title: string; done: boolean }[];
}

const iso = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');

function reportFailure(evidence: Evidence, recordedAt: number): ReportFailure {
  const f = evidence.failure;
  return {
    recordedAt: iso(recordedAt),
    url: redactUrl(f.url),
    host: f.host,
    frame: f.frame,
    rawError: scrub(f.rawError),
    errorCode: f.errorCode,
    kind: f.kind,
  };
}

export interface IncidentReportInput {
  evidence: Evidence;
  recordedAt: number;
  diagnosis: Diagnosis;
  browserOverride: boolean | null;
  steps: readonly Step[];
  done: ReadonlySet<string>;
  version: string;
  now: number;
}

export function incidentReport(input: IncidentReportInput, render: Render): IncidentReport {
  const { evidence: e, diagnosis } = input;
  const line = (t: Text) => scrub(render(t));
  return {
    product: 'Handshake Doctor',
    version: input.version,
    generatedAt: iso(input.now),
    environment: e.environment,
    failure: { ...reportFailure(e, input.recordedAt), browserOffersOverride: input.browserOverride },
    diagnosis: {
      summary: line(diagnosis.summary),
      uncertain: diagnosis.uncertain,
      causes: diagnosis.causes.map((c) => ({
        cause: c.cause,
        confidence: c.confidence,
        rule: c.rule,
        evidence: c.evidence.map(line),
      })),
    },
    evidence: {
      ...(e.reprobe ? { reprobe: { status: e.reprobe.status, ...(e.reprobe.errorCode ? { errorCode: e.reprobe.errorCode } : {}) } } : {}),
      ...(e.otherSiteProbe
        ? {
            otherSites: {
              status: e.otherSiteProbe.status,
              results: e.otherSiteProbe.results.map((r) => ({
                host: r.host,
                ok: r.ok,
                ...(r.errorCode ? { errorCode: r.errorCode } : {}),
              })),
            },
          }
        : {}),
      ...(e.clock
        ? { clock: { skewSeconds: Math.round(e.clock.skewMs / 1000), samples: e.clock.samples, sources: [...e.clock.sources] } }
        : {}),
      ...(e.proxy
        ? {
            proxy: {
              levelOfControl: e.proxy.levelOfControl,
              ...(e.proxy.mode ? { mode: e.proxy.mode } : {}),
              ...(e.proxy.controllingExtension ? { extension: e.proxy.controllingExtension.name } : {}),
            },
          }
        : {}),
      ...(e.interception ? { interceptionProduct: e.interception.product } : {}),
      ...(e.tls12Check ? { tls12Check: { ...e.tls12Check } } : {}),
      recentFailures: e.recentFailures.map((r) => ({ host: r.host, errorCode: r.errorCode, kind: r.kind })),
    },
    checklist: input.steps.map((s) => ({ id: s.id, title: line(s.title), done: input.done.has(s.id) })),
  };
}

const percent = (confidence: number): string => String(Math.round(confidence * 100));

export function incidentReportText(r: IncidentReport, render: Render): string {
  const lines = [
    `${r.product} ${r.version} — ${render('report_title')}`,
    `${render('report_generated')} ${r.generatedAt}`,
    `${render('report_environment')} ${r.environment.browser} ${r.environment.version} (${r.environment.os})`,
    '',
    `${render('report_url')} ${r.failure.url}`,
    `${render('report_recorded')} ${r.failure.recordedAt}`,
    `${render('report_error')} ${r.failure.errorCode || r.failure.rawError} (${r.failure.kind}${r.failure.frame === 'sub' ? `, ${render('report_part_of_page')}` : ''})`,
    ...(r.failure.errorCode && r.failure.rawError !== r.failure.errorCode ? [`${render('report_raw_error')} ${r.failure.rawError}`] : []),
    `${render('report_override')} ${render(r.failure.browserOffersOverride === null ? 'report_unknown' : r.failure.browserOffersOverride ? 'report_yes' : 'report_no')}`,
    '',
    `${render('report_verdict')} ${r.diagnosis.summary}`,
    ...r.diagnosis.causes.flatMap((c) => [
      // The words the page shows, then the rule weight, labelled for support staff (not a probability).
      `- ${c.cause} (${render(confidenceKey(c.confidence))}, ${render('report_confidence_score', percent(c.confidence))}, ${c.rule})`,
      ...c.evidence.map((e) => `    ${e}`),
    ]),
  ];
  const ev = r.evidence;
  const facts: string[] = [];
  if (ev.reprobe) facts.push(`${render('report_reprobe')} ${ev.reprobe.status}${ev.reprobe.errorCode ? ` ${ev.reprobe.errorCode}` : ''}`);
  if (ev.otherSites)
    facts.push(
      `${render('report_other_sites')} ${ev.otherSites.status}${ev.otherSites.results.map((s) => ` ${s.host}=${s.ok ? 'ok' : (s.errorCode ?? 'failed')}`).join('')}`,
    );
  if (ev.clock) facts.push(`${render('report_clock')} ${ev.clock.skewSeconds} s (${ev.clock.samples})`);
  if (ev.proxy)
    facts.push(
      `${render('report_proxy')} ${ev.proxy.levelOfControl}${ev.proxy.mode ? ` ${ev.proxy.mode}` : ''}${ev.proxy.extension ? ` (${ev.proxy.extension})` : ''}`,
    );
  if (ev.interceptionProduct) facts.push(`${render('report_interception')} ${ev.interceptionProduct}`);
  if (ev.recentFailures.length)
    facts.push(`${render('report_recent')} ${ev.recentFailures.map((f) => `${f.host} ${f.errorCode || f.kind}`).join(', ')}`);
  if (facts.length) lines.push('', ...facts);
  if (r.checklist.length) {
    lines.push('', render('report_checklist'));
    for (const step of r.checklist) lines.push(`[${step.done ? 'x' : ' '}] ${step.title}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface HistoryReportItem extends ReportFailure {
  cause: Cause;
  uncertain: boolean;
}

export interface HistoryReport {
  product: 'Handshake Doctor';
  version: string;
  generatedAt: string;
  environment: Environment;
  /** Switches only: the never-intervene hosts and probe lists may name private hosts, so they are left out. */
  settings: Pick<Settings, 'onPageFailure' | 'banner' | 'reprobe' | 'otherSiteProbe' | 'clockCheck' | 'historyLimit'> & {
    neverInterveneCount: number;
  };
  incidents: HistoryReportItem[];
}

export interface HistoryReportInput {
  entries: readonly { recordedAt: number; cause: Cause; uncertain: boolean; evidence: Evidence }[];
  settings: Settings;
  environment: Environment;
  version: string;
  now: number;
}

export function historyReport(input: HistoryReportInput): HistoryReport {
  const s = input.settings;
  return {
    product: 'Handshake Doctor',
    version: input.version,
    generatedAt: iso(input.now),
    environment: input.environment,
    settings: {
      onPageFailure: s.onPageFailure,
      banner: s.banner,
      reprobe: s.reprobe,
      otherSiteProbe: s.otherSiteProbe,
      clockCheck: s.clockCheck,
      historyLimit: s.historyLimit,
      neverInterveneCount: s.neverIntervene.length,
    },
    incidents: input.entries.map((e) => ({ ...reportFailure(e.evidence, e.recordedAt), cause: e.cause, uncertain: e.uncertain })),
  };
}

export function historyReportText(r: HistoryReport, render: Render): string {
  const lines = [
    `${r.product} ${r.version} — ${render('report_history_title')}`,
    `${render('report_generated')} ${r.generatedAt}`,
    `${render('report_environment')} ${r.environment.browser} ${r.environment.version} (${r.environment.os})`,
    `${render('report_settings')} ${Object.entries(r.settings)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ')}`,
    '',
  ];
  if (!r.incidents.length) lines.push(render('ui_history_empty'));
  for (const i of r.incidents)
    lines.push(`${i.recordedAt}  ${i.url}  ${i.errorCode || i.rawError}  ${i.kind}  ${i.cause}${i.uncertain ? ' (?)' : ''}`);
  return `${lines.join('\n')}\n`;
}
