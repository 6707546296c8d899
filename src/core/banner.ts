// What the background hands the inline banner: a diagnosis already computed and reduced to the
// few fields and message keys the banner shows, so the banner carries no core code at all.
import type { Diagnosis } from './diagnose/types';
import type { Cause, FailureKind } from './kinds';
import type { MessageKey } from './message-key';
import type { Text } from './text';

export interface BannerFailure {
  /** The failed sub-resource or frame, without query string or fragment. */
  readonly url: string;
  readonly host: string;
  readonly errorCode: string;
  /** Message key of its kind's heading ("Certificate date problem"). */
  readonly kindTitleKey: MessageKey;
}

/** One card of the banner: one cause on this page. */
export interface BannerCard {
  readonly incidentId: string;
  readonly errorCode: string;
  readonly kind: FailureKind;
  readonly cause: Cause;
  /** Message key of the cause's name ("The site's certificate"). */
  readonly causeTitleKey: MessageKey;
  /** The evidence could not tell causes apart (the banner then says so rather than name one). */
  readonly uncertain: boolean;
  /** The verdict for the first failure: shown while every failure on the card is from one host. */
  readonly summary: Text;
  /** Every failed part of the page with this cause, in the order they failed. */
  readonly failures: readonly BannerFailure[];
  /** Who intercepts, when the diagnosis names it (Diagnosis.product). */
  readonly product?: string;
}

export function bannerCard(
  incidentId: string,
  diagnosis: Diagnosis,
  causeTitleKey: MessageKey,
  failures: readonly BannerFailure[],
): BannerCard {
  return {
    incidentId,
    errorCode: diagnosis.errorCode || diagnosis.rawError,
    kind: diagnosis.kind,
    cause: diagnosis.causes[0]?.cause ?? 'unknown',
    causeTitleKey,
    uncertain: diagnosis.uncertain,
    summary: diagnosis.summary,
    failures,
    ...(diagnosis.product ? { product: diagnosis.product } : {}),
  };
}
