// The names the evidence learned, as the checklist wants them (ChecklistContext): the interception
// product whose issuer was seen, and the extension that controls the proxy, once it is named.
import type { Evidence } from '../evidence';
import { productName } from '../interception/products';
import type { ChecklistContext } from './types';

export function checklistContext(evidence: Pick<Evidence, 'interception' | 'proxy'>): ChecklistContext {
  const product = productName(evidence.interception?.product ?? '');
  const proxy = evidence.proxy;
  const extension = productName(proxy?.levelOfControl === 'controlled_by_other_extensions' ? (proxy.controllingExtension?.name ?? '') : '');
  return {
    ...(product ? { interceptionProduct: product } : {}),
    ...(extension ? { proxyExtensionName: extension } : {}),
  };
}
