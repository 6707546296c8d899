// The Firefox variant of the base manifest: background scripts instead of a service worker
// (background-bundle.ts emits the one module they name), Gecko settings, and the data-collection
// declaration that Firefox requires of new add-ons.
export const GECKO_ID = 'handshake-doctor@handshake-doctor.dev';

type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string }; storage?: unknown };

export function firefoxManifest(base: Manifest): Record<string, unknown> {
  // storage.managed_schema is Chromium's: Firefox takes managed storage from a native manifest.
  const { background, minimum_chrome_version: _chromeOnly, storage: _managedSchema, ...rest } = base;
  return {
    ...rest,
    // Firefox needs webRequestBlocking for webRequest.getSecurityInfo (the issuers of its own probes),
    // and captivePortal for browser.captivePortal.getState (its own portal detection's answer).
    permissions: [...(rest.permissions as string[]), 'webRequestBlocking', 'captivePortal'],
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
