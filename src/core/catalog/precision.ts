// Which of two reports of one failure names it better. Firefox reports a failed main frame twice:
// webRequest first, with the message text in the UI language (which the build does not read, so
// `tls-unknown`), then webNavigation with a language-independent `Error code N`. The incident is
// recorded from the first report; a later one that names the failure more exactly upgrades it.
import type { FailureKind } from '../kinds';
import type { Classification } from './classification';

/** Kinds that say a TLS failure happened without saying which. */
const VAGUE_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>(['tls-unknown', 'handshake-interrupted']);

/** Does `next` name the failure that `current` describes more exactly? */
export function isMorePrecise(current: { kind: FailureKind; errorCode: string }, next: Classification): boolean {
  if (next.kind === 'not-tls' || next.errorCode === '') return false;
  if (current.errorCode === '') return true;
  return VAGUE_KINDS.has(current.kind) && !VAGUE_KINDS.has(next.kind);
}
