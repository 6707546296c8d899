// `proxy.settings.get({})` as Chromium and Firefox return it, normalized to ProxyState; and
// which installed extension could be the one controlling it.
import { ProxyStateSchema, type ProxyState } from './evidence';
import { productName } from './interception/products';

const LEVELS = new Set<ProxyState['levelOfControl']>([
  'not_controllable',
  'controlled_by_other_extensions',
  'controllable_by_this_extension',
  'controlled_by_this_extension',
]);

/** Firefox's `proxyType` in Chromium's `mode` vocabulary (the rules read both; one is simpler). */
const FIREFOX_PROXY_TYPES: Record<string, string> = {
  none: 'direct',
  system: 'system',
  manual: 'fixed_servers',
  autoConfig: 'pac_script',
  autoDetect: 'auto_detect',
};

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Chromium: `{ levelOfControl, value: { mode, rules?, pacScript? } }`. Firefox:
 * `{ levelOfControl, value: { proxyType, http, … } }` (proxyType absent means `system`, Firefox's
 * default). Anything else, or an unknown level of control, gives undefined (never throws).
 */
export function normalizeProxySettings(raw: unknown): ProxyState | undefined {
  if (!isRecord(raw)) return undefined;
  const level = raw.levelOfControl;
  if (typeof level !== 'string' || !LEVELS.has(level as ProxyState['levelOfControl'])) return undefined;
  const value = isRecord(raw.value) ? raw.value : {};
  let mode: string | undefined;
  if (typeof value.mode === 'string') mode = value.mode;
  else if (typeof value.proxyType === 'string') mode = FIREFOX_PROXY_TYPES[value.proxyType] ?? value.proxyType;
  else if (isRecord(raw.value) && ('http' in value || 'autoConfigUrl' in value)) mode = 'system';
  const state: ProxyState = { levelOfControl: level as ProxyState['levelOfControl'] };
  if (mode) state.mode = mode.slice(0, 64);
  return ProxyStateSchema.safeParse(state).success ? state : undefined;
}

/** The part of `management.ExtensionInfo` this needs (both browsers). */
export interface ExtensionSummary {
  id: string;
  name: string;
  enabled: boolean;
  type?: string;
  permissions?: string[];
}

export type ProxyExtensionNames =
  { controllingExtension: { id: string; name: string } } | { candidateExtensions: string[] } | Record<string, never>;

/** At most this many names are listed when several extensions could be the one. */
export const MAX_CANDIDATES = 16;

/**
 * Which extension controls the proxy, as far as the management API can tell: the enabled
 * extensions other than this one that hold the `proxy` permission (the API does not say which
 * one set it). Exactly one: that one. Several: their names, sorted, to list as "one of". None: {}.
 */
export function proxyExtensionsFrom(list: readonly ExtensionSummary[], selfId: string): ProxyExtensionNames {
  const matches = list.filter(
    (e) =>
      e.enabled &&
      e.id !== selfId &&
      (e.type === undefined || e.type === 'extension') &&
      Array.isArray(e.permissions) &&
      e.permissions.includes('proxy'),
  );
  const clip = (s: string) => s.trim().slice(0, 256);
  // Names are another extension's words: stored cleaned and bounded (productName).
  const nameOf = (e: ExtensionSummary) => productName(e.name) || clip(e.id);
  if (matches.length === 1) {
    const only = matches[0] as ExtensionSummary;
    return { controllingExtension: { id: clip(only.id), name: nameOf(only) } };
  }
  if (matches.length > 1) {
    const names = [...new Set(matches.map(nameOf))].sort((a, b) => a.localeCompare(b));
    return { candidateExtensions: names.slice(0, MAX_CANDIDATES) };
  }
  return {};
}
