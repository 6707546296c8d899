// Every rule, in the order diagnose runs them (the order only breaks ties when naming the
// strongest rule for a cause). Each rules file lists its own rules beside their definitions.
import type { Rule } from '../types';
import { CAPTIVE_PORTAL_RULES } from './captive-portal';
import { CLOCK_RULES } from './clock';
import { INTERCEPTION_RULES } from './interception';
import { KIND_RULES } from './kind';
import { PROBE_RULES } from './probes';
import { REPROBE_RULES } from './reprobe';

export * from './captive-portal';
export * from './clock';
export * from './interception';
export * from './kind';
export * from './probes';
export * from './reprobe';
export { LOCAL_SIGNAL_RULES, strongestLocalSignal } from './local-signal';

export const RULES: readonly Rule[] = [
  ...CAPTIVE_PORTAL_RULES,
  ...CLOCK_RULES,
  ...INTERCEPTION_RULES,
  ...PROBE_RULES,
  ...REPROBE_RULES,
  ...KIND_RULES,
];
