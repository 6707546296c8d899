// Firefox build: webextension-polyfill resolves to this (vite.config.ts). In Firefox the polyfill
// only hands back the native promise-based `browser` namespace, so shipping its 3 KB would buy
// nothing; this gives the same object with the polyfill's types.
import type { Browser } from 'webextension-polyfill';

const nativeBrowser = (globalThis as unknown as { browser: Browser }).browser;
export default nativeBrowser;
