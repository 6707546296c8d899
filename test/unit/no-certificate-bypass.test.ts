// No code path proceeds past a certificate error on the person's behalf. A static scan
// of src/ (comments stripped, so prose may say what the code must never do) for the APIs and
// switches that could: the debugger (interstitial "proceed" commands), certificate-error
// overrides, command-line switches, blocking webRequest answers that change a request,
// declarativeNetRequest, writes to privacy or proxy settings. And the manifests ask for none of
// the permissions those need.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { firefoxManifest } from '../../build/firefox-manifest';
import { testManifest } from '../../build/test-manifest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The source with every comment removed (strings and template literals kept). */
function withoutComments(source: string, jsx: boolean): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, source);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    out += scanner.getTokenText();
  }
  return out;
}

const code = filesUnder(src)
  .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f))
  .map((file) => ({ file: relative(root, file), text: withoutComments(readFileSync(file, 'utf8'), file.endsWith('x')) }));

/** What no line of product code may contain, and why. */
const FORBIDDEN: [RegExp, string][] = [
  [/\.\s*debugger\b|['"`]debugger['"`]/, 'the debugger API can click "Proceed" on an interstitial'],
  [/proceed/i, 'no code proceeds past an interstitial'],
  [
    /ignore-certificate-errors|allow-insecure-localhost|ignore-urlfetcher-cert-requests/i,
    'command-line switches that turn certificate checks off',
  ],
  [
    /CertificateErrorOverride|IgnoreCertificateErrors|handleCertificateError|certificateError|CertOverride|overrideCert|allowCertificate|rememberValidityOverride|addException/i,
    'certificate-error overrides',
  ],
  [/thisisunsafe|badidea|danger(ously)?Accept/i, 'typed interstitial bypasses'],
  [/declarativeNetRequest/, 'declarativeNetRequest can rewrite security headers (HSTS)'],
  [/\b(redirectUrl|upgradeToSecure|authCredentials)\s*:|\bcancel\s*:\s*(true|!0)/, 'a blocking webRequest answer that changes a request'],
  [
    /\b(requestHeaders|responseHeaders)\s*:\s*(?!HttpHeader|WebRequest|\w+\[\]|Array)/,
    'a blocking webRequest answer that rewrites headers',
  ],
  [/Strict-Transport-Security|Public-Key-Pins|Expect-CT/i, 'touching HSTS or pinning headers'],
  [/\.\s*privacy\s*\./, 'browser.privacy (network and security settings)'],
  [/proxy\s*\.\s*settings\s*\.\s*(set|clear)\b/, 'proxy settings are read, never written'],
  [/security\.(ssl|tls|cert|enterprise_roots)[\w.]*\s*['"`]?\s*,\s*(true|false|\d)/, 'writing security prefs'],
];

describe('no code path bypasses a certificate error', () => {
  it('scans the product code (sanity: the files are there, comments are gone)', () => {
    expect(code.some((c) => c.file === join('src', 'background', 'main-frame-failure.ts'))).toBe(true);
    expect(withoutComments('const a = "https://x/"; // proceed\n/* proceed */ const b = 1;', false)).not.toMatch(/proceed/);
    expect(withoutComments('const a = "https://x/";', false)).toContain('https://x/');
  });

  it('each pattern catches what it is for (so a pattern cannot rot into matching nothing)', () => {
    const samples = [
      'chrome.debugger.attach({ tabId }, "1.3")',
      "await chrome.debugger.sendCommand(target, 'Interstitial.proceed')",
      "args.push('--ignore-certificate-errors')",
      "cdp.send('Security.setIgnoreCertificateErrors', { ignore: true })",
      "document.body.append('thisisunsafe')",
      'chrome.declarativeNetRequest.updateDynamicRules({})',
      "return { redirectUrl: 'http://' + host }",
      "return { responseHeaders: headers.filter((h) => h.name !== 'x') }",
      "headers.filter((h) => h.name.toLowerCase() !== 'strict-transport-security')",
      'browser.privacy.network.tlsVersionRestriction.set({ value: {} })',
      'chrome.proxy.settings.set({ value: { mode: "direct" } })',
    ];
    for (const sample of samples)
      expect(
        FORBIDDEN.some(([pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
  });

  it.each(FORBIDDEN)('nothing matches %s', (pattern, why) => {
    const hits = code.filter((c) => pattern.test(c.text)).map((c) => `${c.file}: ${c.text.match(pattern)?.[0]}`);
    expect(hits, why).toEqual([]);
  });

  it('the only blocking webRequest listener reads the issuers of Firefox probes, and it answers an empty object', () => {
    const blocking = code.filter((c) => /['"`]blocking['"`]/.test(c.text)).map((c) => c.file);
    expect(blocking).toEqual([join('src', 'background', 'firefox', 'probe-issuers.ts')]);
    const listener = code.find((c) => c.file.endsWith(join('firefox', 'probe-issuers.ts')))!.text;
    // Every value that listener returns is undefined or {}.
    const start = listener.indexOf('function onProbeHeaders');
    const body = listener.slice(start, listener.indexOf('\n  }\n', start));
    const returns = [...body.matchAll(/return\s+([^;]*);/g)].map((m) => m[1]!.trim());
    expect(returns.length).toBeGreaterThan(0);
    for (const value of returns) expect(value === 'undefined' || /^\w+\.then\(\(\) => \(\{\}\)\)$/.test(value), value).toBe(true);
  });
});

describe('the manifests ask for nothing that could bypass a certificate error', () => {
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const variants: [string, Record<string, unknown>][] = [
    ['chrome', base],
    ['firefox', firefoxManifest(base)],
    ['chrome test build', testManifest(base)],
    ['firefox test build', testManifest(firefoxManifest(base))],
  ];
  const DANGEROUS = [
    'debugger',
    'privacy',
    'declarativeNetRequest',
    'declarativeNetRequestWithHostAccess',
    'declarativeNetRequestFeedback',
    'certificateProvider',
    'nativeMessaging',
    'webRequestAuthProvider',
  ];

  it.each(variants)('%s', (name, manifest) => {
    const asked = [...((manifest.permissions as string[]) ?? []), ...((manifest.optional_permissions as string[]) ?? [])];
    for (const p of DANGEROUS) expect(asked, `${name}: ${p}`).not.toContain(p);
    // webRequestBlocking only in Firefox, for getSecurityInfo (README: what the two builds differ in).
    if (!name.startsWith('firefox')) expect(asked).not.toContain('webRequestBlocking');
    // captivePortal only in Firefox: it reads Firefox's own portal detection, and changes nothing.
    if (!name.startsWith('firefox')) expect(asked).not.toContain('captivePortal');
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-|wasm-unsafe|data:|blob:|\*|https?:/);
  });
});
