import { readFileSync } from 'node:fs';
import { HARNESS_INFO } from './paths';

export interface HarnessCase {
  url: string;
  host: string;
  port: number;
  expectChromium: string[];
  expectFirefox: string;
}
export interface AlternativeHosts {
  alt: string;
  noAlt: string;
  port: number;
  /** http://alt.hd.test:PORT/: `log`, `reset-log` (reach it on 127.0.0.1: the test process does not resolve `*.hd.test`). */
  control: string;
}
export interface HarnessInfo {
  cases: Record<string, HarnessCase>;
  pages: { index: string; mixed: string; healthy: string };
  /** icpt-1..5.hd.test: leaves from the never-trusted "BadSSL MITM Software Test" root. */
  interception: HarnessCase[];
  /** Plain-HTTP time server (`time.hd.test`), the real time in `Date`. */
  time: { url: string; host: string; port: number };
  /** A healthy site behind a proxy that resets connections offering a post-quantum key share. */
  middlebox: { url: string };
  /** Name mismatches whose www. form works (`alt`) or fails too (`noAlt`), on one port (e2e/harness/alternative-hosts.mjs). */
  alternative: AlternativeHosts;
  /** Devices at home and intranet sites, under names that are not public sites (e2e/harness/scope-servers.mjs). */
  scope: Record<string, { url: string; host: string; port: number }>;
  /** The captive portal (e2e/harness/captive-portal-server.mjs): `site` carries the portal's certificate. */
  portal: { site: string; control: string; log: string };
  hostnames: string[];
  hostResolverRules: string;
  rootCaPath: string;
  dir: string;
  home: string;
}

export const harnessInfo = (): HarnessInfo => JSON.parse(readFileSync(HARNESS_INFO, 'utf8')) as HarnessInfo;
