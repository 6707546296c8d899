// The two things a captive-portal verdict lets the troubleshooter ask for: open the sign-in page
// in a new tab (which the main-frame failure handler then leaves alone: main-frame-failure.ts), and
// check again while the verdict is shown; once the network lets connections through, the failed
// site is loaded again.
import type { PortalState } from '../core/captive-portal';
import { recheckAllowed } from '../core/captive-portal';
import type { Incident } from '../core/incident';
import type { MessageResult } from '../core/messages';
import { browser } from '../platform/browser';
import { portalRound } from './evidence/captive-portal';
import { updateIncidentEvidence } from './evidence/update-evidence';
import { readTab, writeTab } from './session-store';
import { loadSettings } from './settings-store';
import { requestRetry } from './tab-commands';
import { enqueue } from './write-queue';

/** How long failures in a sign-in tab are left to the browser: a sign-in rarely takes longer. */
const SIGN_IN_TAB_MS = 10 * 60_000;

export async function openSignIn({ evidence }: Incident): Promise<MessageResult<undefined>> {
  const url = evidence.captivePortal?.state === 'portal' ? evidence.captivePortal.signIn : undefined;
  if (!url) return { ok: false, error: 'no sign-in page recorded' };
  // In the write queue: a failure in the new tab is handled after its mark is stored.
  await enqueue(async () => {
    const tab = await browser.tabs.create({ url });
    if (tab.id !== undefined) await writeTab(tab.id, { ...(await readTab(tab.id)), signInUntil: Date.now() + SIGN_IN_TAB_MS });
  });
  return { ok: true };
}

export async function recheckPortal(incident: Incident): Promise<MessageResult<PortalState>> {
  const settings = await loadSettings();
  if (!settings.otherSiteProbe || incident.evidence.captivePortal?.state !== 'portal') return { ok: false, error: 'no portal to check' };
  const result = await portalRound(settings, recheckAllowed);
  if (result?.state === 'online') {
    await updateIncidentEvidence(incident.id, (e) => ({ ...e, captivePortal: result }));
    await requestRetry(incident.tabId, incident.evidence.failure.url);
  }
  return { ok: true, data: result?.state ?? 'unknown' };
}
