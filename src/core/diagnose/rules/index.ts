// Every rule, in the order diagnose runs them (the order only breaks ties when naming the
// strongest rule for a cause). Each rules file lists its own rules beside their definitions.
import type { Rule } from '../types';
import { ALTERNATIVE_HOST_RULES } from './alternative-host';
import { CAPTIVE_PORTAL_RULES } from './captive-portal';
import { CLOCK_RULES } from './clock';
import { CODE_FAMILY_RULES } from './code-families';
import { HOST_SCOPE_RULES } from './host-scope';
import { INTERCEPTION_RULES } from './interception';
import { KIND_RULES } from './kind';
import { MIDDLEBOX_RULES } from './middlebox';
import { PROBE_RULES } from './probes';
import { REPROBE_RULES } from './reprobe';
import { TLS12_CHECK_RULES } from './tls12-check';

export * from './captive-portal';
export * from './clock';
export * from './code-families';
export * from './host-scope';
export * from './interception';
export * from './kind';
export * from './middlebox';
export * from './probes';
export * from './reprobe';
export * from './alternative-host';
export * from './tls12-check';
export { LOCAL_SIGNAL_RULES, strongestLocalSignal } from './local-signal';

export const RULES: readonly Rule[] = [
  ...CAPTIVE_PORTAL_RULES,
  ...CLOCK_RULES,
  ...INTERCEPTION_RULES,
  ...PROBE_RULES,
  ...REPROBE_RULES,
  ...KIND_RULES,
  ...MIDDLEBOX_RULES,
  ...CODE_FAMILY_RULES,
  ...ALTERNATIVE_HOST_RULES,
  ...TLS12_CHECK_RULES,
  ...HOST_SCOPE_RULES,
];
