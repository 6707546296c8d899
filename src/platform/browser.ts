// The only place that imports the polyfill: everything else takes `browser` from here.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, WebRequest } from 'webextension-polyfill';
