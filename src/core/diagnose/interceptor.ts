// Who intercepts, when the evidence names it: the security product whose certificate issuer was
// seen, else the extension that controls the proxy. The name is made safe to show and bounded
// (productName) whatever a certificate or another extension's manifest carried.
import type { Evidence } from '../evidence';
import { productName } from '../interception/products';
import { text, type Text } from '../text';

export interface Interceptor {
  readonly name: string;
  /** `issuer`: a security product's certificate was seen; `extension`: it controls the proxy. */
  readonly by: 'issuer' | 'extension';
}

export function interceptorOf(e: Pick<Evidence, 'interception' | 'proxy'>): Interceptor | undefined {
  const product = productName(e.interception?.product ?? '');
  if (product) return { name: product, by: 'issuer' };
  const proxy = e.proxy;
  const extension = productName(proxy?.levelOfControl === 'controlled_by_other_extensions' ? (proxy.controllingExtension?.name ?? '') : '');
  return extension ? { name: extension, by: 'extension' } : undefined;
}

/** The verdict naming who intercepts the connection to `host`. */
export const interceptorVerdict = (who: Interceptor, host: string): Text =>
  text(who.by === 'issuer' ? 'verdict_interception_product' : 'verdict_interception_extension', host, who.name);
