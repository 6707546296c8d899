// Clock skew evidence: HTTP Date parsing, the bounded sampler state, the estimate.
export * from './http-date';
export * from './skew';
