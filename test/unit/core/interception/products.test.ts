import { describe, expect, it } from 'vitest';
import { MAX_PRODUCT_NAME, productName, productPlacement } from '../../../../src/core/interception/products';

describe('productPlacement', () => {
  it('says where a named product runs', () => {
    expect(productPlacement('Kaspersky')).toBe('device');
    expect(productPlacement('Zscaler')).toBe('gateway');
  });

  it('knows nothing of other names, including inherited property names', () => {
    expect(productPlacement('My Proxy Extension')).toBeUndefined();
    expect(productPlacement('Kaspersky Internet Security')).toBeUndefined();
    expect(productPlacement('constructor')).toBeUndefined();
    expect(productPlacement('__proto__')).toBeUndefined();
  });
});

describe('productName', () => {
  it('keeps ordinary names as they are', () => {
    expect(productName('Kaspersky')).toBe('Kaspersky');
    expect(productName('  Proxy SwitchyOmega 3 (ZeroOmega)  ')).toBe('Proxy SwitchyOmega 3 (ZeroOmega)');
    expect(productName('セキュリティ拡張')).toBe('セキュリティ拡張');
  });

  it('drops control, format and bidi characters and folds white space', () => {
    expect(productName('Evil\u202Egnp.exe')).toBe('Evil gnp.exe');
    expect(productName('a\u0000b\u200Bc\nd\te')).toBe('a b c d e');
    expect(productName('\u2066\u2069')).toBe('');
  });

  it('keeps markup as plain characters (surfaces render it as text)', () => {
    expect(productName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('bounds the length, counting code points', () => {
    expect([...productName('😀'.repeat(10_000))]).toHaveLength(MAX_PRODUCT_NAME);
    expect(productName('x'.repeat(1_000_000))).toHaveLength(MAX_PRODUCT_NAME);
  });
});
