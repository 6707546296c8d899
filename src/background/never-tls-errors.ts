// Errors that are never a TLS failure and that healthy browsing produces all the time: a load
// the person stopped or navigated away from (also downloads), and requests another extension
// blocked. webRequest cannot filter by error, so its listener drops these before any other work.
const NEVER_TLS = new Set([
  'net::ERR_ABORTED',
  'net::ERR_BLOCKED_BY_CLIENT',
  // Firefox: an aborted load, and a request cancelled by an extension.
  'NS_BINDING_ABORTED',
  'NS_ERROR_ABORT',
]);

export const isNeverTls = (error: string): boolean => NEVER_TLS.has(error);
