import { describe, expect, it } from 'vitest';
import { MAX_PRODUCT_NAME } from '../../../src/core/interception/products';
import { MAX_CANDIDATES, normalizeProxySettings, proxyExtensionsFrom } from '../../../src/core/proxy-state';

describe('normalizeProxySettings', () => {
  it('reads Chromium’s shape (levelOfControl + value.mode)', () => {
    expect(normalizeProxySettings({ levelOfControl: 'controllable_by_this_extension', value: { mode: 'system' } })).toEqual({
      levelOfControl: 'controllable_by_this_extension',
      mode: 'system',
    });
    expect(
      normalizeProxySettings({
        levelOfControl: 'controlled_by_other_extensions',
        value: { mode: 'fixed_servers', rules: { singleProxy: { host: '127.0.0.1', port: 9 } } },
        incognitoSpecific: false,
      }),
    ).toEqual({ levelOfControl: 'controlled_by_other_extensions', mode: 'fixed_servers' });
  });

  it('maps Firefox’s proxyType onto Chromium’s mode names', () => {
    const ff = (proxyType: string) =>
      normalizeProxySettings({ levelOfControl: 'controlled_by_other_extensions', value: { proxyType, http: '' } });
    expect(ff('none')?.mode).toBe('direct');
    expect(ff('system')?.mode).toBe('system');
    expect(ff('manual')?.mode).toBe('fixed_servers');
    expect(ff('autoConfig')?.mode).toBe('pac_script');
    expect(ff('autoDetect')?.mode).toBe('auto_detect');
    expect(ff('somethingNew')?.mode).toBe('somethingNew');
    // Firefox leaves proxyType out when it is the default.
    expect(normalizeProxySettings({ levelOfControl: 'not_controllable', value: { http: '', autoConfigUrl: '' } })).toEqual({
      levelOfControl: 'not_controllable',
      mode: 'system',
    });
  });

  it('keeps the level of control when the value is missing', () => {
    expect(normalizeProxySettings({ levelOfControl: 'controlled_by_this_extension' })).toEqual({
      levelOfControl: 'controlled_by_this_extension',
    });
  });

  it('gives undefined for anything else, never throwing', () => {
    for (const raw of [
      undefined,
      null,
      'system',
      42,
      [],
      {},
      { levelOfControl: 'owned_by_policy' },
      { levelOfControl: 7, value: { mode: 'system' } },
    ]) {
      expect(normalizeProxySettings(raw)).toBeUndefined();
    }
    expect(normalizeProxySettings({ levelOfControl: 'not_controllable', value: { mode: 'x'.repeat(500) } })?.mode).toHaveLength(64);
  });
});

describe('proxyExtensionsFrom', () => {
  const self = 'self-id';
  const ext = (id: string, name: string, permissions: string[] = ['proxy'], more: Partial<{ enabled: boolean; type: string }> = {}) => ({
    id,
    name,
    enabled: true,
    type: 'extension',
    permissions,
    ...more,
  });

  it('names the one enabled extension other than this one with the proxy permission', () => {
    expect(proxyExtensionsFrom([ext(self, 'Handshake Doctor'), ext('vpn', 'Free VPN'), ext('other', 'Notes', ['storage'])], self)).toEqual({
      controllingExtension: { id: 'vpn', name: 'Free VPN' },
    });
  });

  it('lists several, sorted, without claiming one of them', () => {
    expect(proxyExtensionsFrom([ext('b', 'Zeta Proxy'), ext('a', 'Alpha VPN'), ext('c', 'Alpha VPN')], self)).toEqual({
      candidateExtensions: ['Alpha VPN', 'Zeta Proxy'],
    });
    const many = Array.from({ length: 40 }, (_, i) => ext(`id${i}`, `VPN ${String(i).padStart(2, '0')}`));
    expect((proxyExtensionsFrom(many, self) as { candidateExtensions: string[] }).candidateExtensions).toHaveLength(MAX_CANDIDATES);
  });

  it('ignores disabled extensions, themes, apps and this extension', () => {
    expect(
      proxyExtensionsFrom(
        [
          ext(self, 'Handshake Doctor'),
          ext('d', 'Disabled VPN', ['proxy'], { enabled: false }),
          ext('t', 'Theme', ['proxy'], { type: 'theme' }),
        ],
        self,
      ),
    ).toEqual({});
    expect(proxyExtensionsFrom([{ id: 'x', name: 'No list', enabled: true }], self)).toEqual({});
  });

  it('falls back to the id for a nameless extension and clips long names', () => {
    expect(proxyExtensionsFrom([ext('abc', '  ')], self)).toEqual({ controllingExtension: { id: 'abc', name: 'abc' } });
    const long = proxyExtensionsFrom([ext('abc', 'n'.repeat(1000))], self) as { controllingExtension: { name: string } };
    expect(long.controllingExtension.name).toHaveLength(MAX_PRODUCT_NAME);
  });

  it('stores a hostile name cleaned: no control or bidi characters, markup kept as plain characters', () => {
    expect(proxyExtensionsFrom([ext('abc', '\u202E<b>VPN</b>\u0000\n')], self)).toEqual({
      controllingExtension: { id: 'abc', name: '<b>VPN</b>' },
    });
  });
});
