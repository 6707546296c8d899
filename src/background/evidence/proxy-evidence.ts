// Proxy evidence: who controls the browser's proxy settings, and (once the person grants the
// optional `management` permission) which extension that is.
import type { ProxyState } from '../../core/evidence';
import type { MessageResult } from '../../core/messages';
import { browser } from '../../platform/browser';
import { readIncident } from '../session-store';
import { normalizeProxySettings, proxyExtensionsFrom, type ExtensionSummary, type ProxyExtensionNames } from '../../core/proxy-state';
import { updateIncidentEvidence } from './update-evidence';

/** `proxy.settings.get({})`, normalized; undefined where the API is missing or refuses. */
export async function readProxyState(): Promise<ProxyState | undefined> {
  try {
    return normalizeProxySettings(await browser.proxy.settings.get({}));
  } catch {
    return undefined;
  }
}

const MANAGEMENT: { permissions: ['management'] } = { permissions: ['management'] };

/**
 * Answer to `{type: 'name-proxy-extension', incidentId}`: with the `management` permission granted,
 * name the enabled extension(s) holding the `proxy` permission in the incident's proxy evidence
 * (only when that evidence says another extension controls the proxy).
 */
export async function nameProxyExtension(incidentId: string): Promise<MessageResult<ProxyExtensionNames>> {
  const granted = await browser.permissions.contains(MANAGEMENT).catch(() => false);
  if (!granted) return { ok: false, error: 'the management permission is not granted' };
  const incident = await readIncident(incidentId);
  const proxy = incident?.evidence.proxy;
  if (!incident || proxy?.levelOfControl !== 'controlled_by_other_extensions') {
    return { ok: false, error: 'no other extension controls the proxy in this incident' };
  }
  const all = (await browser.management.getAll()) as ExtensionSummary[];
  const names = proxyExtensionsFrom(all, browser.runtime.id);
  await updateIncidentEvidence(incidentId, (e) => {
    if (!e.proxy) return e;
    const { controllingExtension: _a, candidateExtensions: _b, ...rest } = e.proxy;
    return { ...e, proxy: { ...rest, ...names } };
  });
  return { ok: true, data: names };
}
