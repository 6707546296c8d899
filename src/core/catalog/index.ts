// The error catalog: raw browser error → FailureKind, plain-language explanation, and whether
// the browser offers its own override. Pure: no browser APIs, safe in Node tests.
export type { Classification, ClassificationSource } from './classification';
export { classify } from './classify';
export { explain, kindTitle, kindTitleKey, kindExplainKey } from './explain';
export { browserOffersOverride } from './override';
