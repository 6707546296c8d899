// Interception evidence: Chromium's known-MITM-software table, issuer matching, DN parsing.
export * from './table';
export * from './dn';
export * from './match';
