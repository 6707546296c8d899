// Settings: the schema and the defaults are the source of truth. Reading repairs field by field:
// one bad value falls back to its default and is reported, the rest are kept.
import * as z from 'zod/mini';
import { wholeNumber } from './integer';

export const SETTINGS_VERSION = 1;

/** An http(s) address, bounded: the time sources, the captive-portal check, its sign-in page. */
export const HttpUrlSchema = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s]+$/));

const hostPattern = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[A-Za-z0-9.*:[\]_-]+$/));

export const SettingsFields = {
  /** What happens when a page itself fails: open the troubleshooter in the tab, or only badge the icon. */
  onPageFailure: z.enum(['troubleshooter', 'badge']),
  /** Show the in-page banner when parts of a loaded page failed. */
  banner: z.boolean(),
  /** Fetch the failed URL again from the extension to read the exact, current error. */
  reprobe: z.boolean(),
  /** Probe other HTTPS sites after a failure ("is it just this site?"). */
  otherSiteProbe: z.boolean(),
  /** The sites that probe contacts; shown and editable in the options page. */
  probeUrls: z.array(z.string().check(z.maxLength(2048), z.regex(/^https:\/\/[^\s]+$/))).check(z.maxLength(10)),
  /** Estimate the clock's error from server Date headers, and check it actively after date errors. */
  clockCheck: z.boolean(),
  /**
   * Where the active clock check reads the time (a `Date` header) after a date error. Empty (the
   * default): the hosts of `probeUrls` over https://, falling back to http:// (only while
   * `otherSiteProbe` is on); the failing site is never asked. Shown and editable in the options
   * page like `probeUrls`.
   */
  timeSources: z.array(HttpUrlSchema).check(z.maxLength(10)),
  /**
   * The captive-portal check, asked after a TLS failure while `otherSiteProbe` is on: Chromium
   * builds fetch `portalCheckUrl`, Firefox builds `firefoxPortalCheckUrl` when Firefox's own
   * detection does not answer. Plain http on purpose: a portal can only redirect what it can read.
   */
  portalCheckUrl: HttpUrlSchema,
  firefoxPortalCheckUrl: HttpUrlSchema,
  /** Hosts never to intervene on (routers, intranets, dev servers); `*.example` matches subdomains. */
  neverIntervene: z.array(hostPattern).check(z.maxLength(500)),
  /** How many past incidents history keeps. */
  historyLimit: z.number().check(wholeNumber(), z.minimum(0), z.maximum(500)),
  /** How many days history keeps an incident; older ones are dropped when history is read or written. */
  historyMaxAgeDays: z.number().check(wholeNumber(), z.minimum(1), z.maximum(3650)),
  /** The TLS-1.2-only endpoint asked after a version or cipher failure (while `otherSiteProbe` is on). */
  tls12CheckUrl: z.string().check(z.maxLength(2048), z.regex(/^https:\/\/[^\s]+$/)),
} as const;

export type Settings = { [K in keyof typeof SettingsFields]: z.infer<(typeof SettingsFields)[K]> };

/** Neutral, well-known HTTPS endpoints; contacted only after a TLS failure, and only if enabled. */
export const DEFAULT_PROBE_URLS = ['https://www.wikipedia.org/', 'https://www.mozilla.org/', 'https://www.gstatic.com/generate_204'];

/** badssl.com's TLS-1.2-only test server: it completes a handshake only with TLS 1.2. */
export const DEFAULT_TLS12_CHECK_URL = 'https://tls-v1-2.badssl.com:1012/';

export const DEFAULT_SETTINGS: Settings = {
  onPageFailure: 'troubleshooter',
  banner: true,
  reprobe: true,
  otherSiteProbe: true,
  probeUrls: DEFAULT_PROBE_URLS,
  clockCheck: true,
  timeSources: [],
  // Android's check URL (Chrome's own detector asks http://www.gstatic.com/generate_204, same answers).
  portalCheckUrl: 'http://connectivitycheck.gstatic.com/generate_204',
  firefoxPortalCheckUrl: 'http://detectportal.firefox.com/success.txt',
  neverIntervene: [],
  historyLimit: 50,
  historyMaxAgeDays: 30,
  tls12CheckUrl: DEFAULT_TLS12_CHECK_URL,
};

export interface RepairResult {
  settings: Settings;
  /** Fields that were missing or invalid and fell back to their default. */
  repaired: string[];
}

export function repairSettings(raw: unknown): RepairResult {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const repaired: string[] = [];
  for (const [key, schema] of Object.entries(SettingsFields)) {
    if (!(key in source)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(source[key]);
    if (parsed.success) settings[key] = parsed.data;
    else repaired.push(key);
  }
  return { settings: settings as Settings, repaired };
}

/** Does `host` match a never-intervene pattern (`example.com`, `*.example.com`, `192.168.1.1`)? */
export function isNeverIntervene(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase();
  return patterns.some((p) => {
    const pattern = p.toLowerCase();
    if (pattern.startsWith('*.')) return h.endsWith(pattern.slice(1)) || h === pattern.slice(2);
    return h === pattern;
  });
}
