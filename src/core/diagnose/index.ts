// Public API of the diagnose module.
export { diagnose, diagnosisFromFindings, runRules } from './diagnose';
export { combineFindings, isUncertain } from './combine';
export { THRESHOLDS } from './thresholds';
export { DIAGNOSIS_MESSAGE_KEYS, causeAbout, causeTitle, verdictText, type DiagnosisMessageKey } from './messages';
export { siteKey } from './util';
export * from './rules';
export type { NamedRule, Rule, RuleFinding, Weakening } from './types';
