// The troubleshooter's read before its first render (src/ui/useIncidentView.ts): the stored
// incident's view, or nothing when none is stored or storage cannot be read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { incidentKey } from '../../../src/core/storage-keys';
import { incidentView } from '../../../src/platform/incident-view';
import { expiredCertIncident } from '../../fixtures/incident';

const incident = expiredCertIncident({ url: 'https://expired.hd.test/', time: Date.UTC(2026, 5, 1) });

const session: Record<string, unknown> = {};
let failing = false;
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    storage: {
      session: {
        get: async (key: string) => {
          if (failing) throw new Error('storage unavailable');
          return key in session ? { [key]: session[key] } : {};
        },
      },
    },
  },
}));
const { readStoredView } = await import('../../../src/ui/useIncidentView');

describe('readStoredView', () => {
  beforeEach(() => {
    for (const key of Object.keys(session)) delete session[key];
    failing = false;
  });

  it('is the stored incident as the background would describe it', async () => {
    session[incidentKey(incident.id)] = structuredClone(incident);
    expect(await readStoredView(incident.id)).toEqual(incidentView(incident));
  });

  it('is undefined without an id, without a record, for a corrupt record, and when storage fails', async () => {
    expect(await readStoredView(null)).toBeUndefined();
    expect(await readStoredView(incident.id)).toBeUndefined();
    session[incidentKey(incident.id)] = { ...incident, status: 'lost' };
    expect(await readStoredView(incident.id)).toBeUndefined();
    failing = true;
    expect(await readStoredView(incident.id)).toBeUndefined();
  });
});
