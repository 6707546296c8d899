// Interception evidence: Chromium's known-MITM-software table, the named products' issuers, issuer matching, DN parsing.
export * from './table';
export * from './product-issuers';
export * from './products';
export * from './dn';
export * from './match';
