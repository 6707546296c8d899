// The proxy-by-extension rule with what the management lookup can add: one name, or candidates.
import { describe, expect, it } from 'vitest';
import { diagnose, proxyByExtension } from '../../../../../src/core/diagnose';
import { T0, evidence } from '../helpers';

const controlled = { levelOfControl: 'controlled_by_other_extensions' as const, mode: 'fixed_servers' };

describe('proxy-by-extension with the management lookup', () => {
  it('lists candidates when several extensions could be the one', () => {
    const e = evidence('cert-untrusted', { proxy: { ...controlled, candidateExtensions: ['Alpha VPN', 'Zeta Proxy'] } });
    expect(proxyByExtension(e, T0)?.evidence).toEqual([{ key: 'ev_proxy_extension_one_of', subs: ['Alpha VPN, Zeta Proxy'] }]);
    expect(diagnose(e).causes[0]?.cause).toBe('interception');
  });

  it('prefers the one name, and falls back to the generic line', () => {
    const named = evidence('cert-untrusted', {
      proxy: { ...controlled, controllingExtension: { id: 'x', name: 'Free VPN' }, candidateExtensions: ['Other'] },
    });
    expect(proxyByExtension(named, T0)?.evidence).toEqual([{ key: 'ev_proxy_extension_named', subs: ['Free VPN'] }]);
    const blank = evidence('cert-untrusted', { proxy: { ...controlled, candidateExtensions: ['  '] } });
    expect(proxyByExtension(blank, T0)?.evidence).toEqual([{ key: 'ev_proxy_extension' }]);
  });
});
