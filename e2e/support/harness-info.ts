import { readFileSync } from 'node:fs';
import { HARNESS_INFO } from './paths';

export interface HarnessCase {
  url: string;
  host: string;
  port: number;
  expectChromium: string[];
  expectFirefox: string;
}
export interface HarnessInfo {
  cases: Record<string, HarnessCase>;
  pages: { index: string; mixed: string; healthy: string };
  /** icpt-1..5.hd.test: leaves from the never-trusted "BadSSL MITM Software Test" root. */
  interception: HarnessCase[];
  /** Plain-HTTP time server (`time.hd.test`), the real time in `Date`. */
  time: { url: string; host: string; port: number };
  /** The captive portal (e2e/harness/captive-portal-server.mjs): `site` carries the portal's certificate. */
  portal: { site: string; control: string; log: string };
  hostnames: string[];
  hostResolverRules: string;
  rootCaPath: string;
  dir: string;
  home: string;
}

export const harnessInfo = (): HarnessInfo => JSON.parse(readFileSync(HARNESS_INFO, 'utf8')) as HarnessInfo;
