// Public API of the diagnose module.
export { diagnose, diagnosisFromFindings, runRules } from './diagnose';
export { combineFindings, isUncertain } from './combine';
export { THRESHOLDS } from './thresholds';
export { causeAbout, causeTitle, scopeAbout, verdictText } from './cause-text';
export { siteKey } from './util';
export * from './rules';
export type { Rule, RuleFinding, Weakening } from './types';
