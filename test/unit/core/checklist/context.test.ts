import { describe, expect, it } from 'vitest';
import { checklistContext } from '../../../../src/core/checklist/context';
import { checklist } from '../../../../src/core/checklist';
import { diagnose } from '../../../../src/core/diagnose';
import { evidence } from '../diagnose/helpers';

describe('checklistContext', () => {
  it('passes the interception product and the named proxy extension', () => {
    expect(
      checklistContext({
        interception: { product: ' BadSSL Antivirus ', issuer: 'CN=BadSSL MITM Software Test', host: 'a.example' },
        proxy: { levelOfControl: 'controlled_by_other_extensions', controllingExtension: { id: 'x', name: 'Free VPN' } },
      }),
    ).toEqual({ interceptionProduct: 'BadSSL Antivirus', proxyExtensionName: 'Free VPN' });
  });

  it('names no extension unless another one controls the proxy, and never a list of candidates', () => {
    expect(
      checklistContext({ proxy: { levelOfControl: 'controlled_by_this_extension', controllingExtension: { id: 'x', name: 'Free VPN' } } }),
    ).toEqual({});
    expect(checklistContext({ proxy: { levelOfControl: 'controlled_by_other_extensions', candidateExtensions: ['A', 'B'] } })).toEqual({});
    expect(checklistContext({})).toEqual({});
  });

  it('turns the generic extension and proxy steps into specific ones', () => {
    const e = evidence('cert-untrusted', {
      proxy: {
        levelOfControl: 'controlled_by_other_extensions',
        mode: 'fixed_servers',
        controllingExtension: { id: 'x', name: 'Free VPN' },
      },
    });
    const steps = checklist(diagnose(e), e.environment, checklistContext(e));
    const proxy = steps.find((s) => s.id === 'proxy');
    expect(proxy?.instructions).toContainEqual({ key: 'step_proxy_extension', subs: ['Free VPN'] });
  });
});
