// What the background hands the inline banner: a diagnosis already computed and reduced to the
// few fields and message keys the banner shows; and what a card says, worked out here so the
// banner script carries no rules of its own (it bundles only this file's small pure helpers).
import type { Diagnosis } from './diagnose/types';
import type { Cause, FailureKind } from './kinds';
import type { MessageKey } from './message-key';
import { text, type Text } from './text';

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

/** One line of a banner card: a host named once, with what failed there (each kind and code once). */
export interface BannerHostLine {
  readonly host: string;
  readonly problems: readonly { readonly kindTitleKey: MessageKey; readonly errorCode: string }[];
}

/** What a card says, reduced so that it never disagrees with itself. */
export interface BannerCardText {
  /** One sentence: the diagnosis while every failed part is from one host; no count otherwise. */
  readonly verdict: Text;
  /** The one number on the card: how many parts of the page failed. */
  readonly partCount: number;
  /** Hosts in the order they first failed, each once. */
  readonly hosts: readonly BannerHostLine[];
  /** Hosts beyond `hosts` (the card lists at most `maxHosts`). */
  readonly moreHosts: number;
}

export function bannerCardText(card: BannerCard, maxHosts: number): BannerCardText {
  const byHost = new Map<string, { kindTitleKey: MessageKey; errorCode: string }[]>();
  for (const failure of card.failures) {
    const problems = byHost.get(failure.host) ?? [];
    if (!problems.some((p) => p.errorCode === failure.errorCode && p.kindTitleKey === failure.kindTitleKey))
      problems.push({ kindTitleKey: failure.kindTitleKey, errorCode: failure.errorCode });
    byHost.set(failure.host, problems);
  }
  const hosts = [...byHost].map(([host, problems]) => ({ host, problems }));
  const [only] = byHost.keys();
  const verdict = byHost.size > 1 ? text('ui_banner_many_sites') : card.uncertain ? text('ui_banner_uncertain', only ?? '') : card.summary;
  return { verdict, partCount: card.failures.length, hosts: hosts.slice(0, maxHosts), moreHosts: Math.max(0, hosts.length - maxHosts) };
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * Whether the banner may say the page itself loaded securely: the banner runs in the page, so the
 * page's document arrived; it did so securely only over https, and only while none of the failed
 * parts came from the page's own origin (the same server failing TLS for a part casts doubt on it).
 */
export function pageLoadedSecurely(pageUrl: string, cards: readonly BannerCard[]): boolean {
  const page = originOf(pageUrl);
  if (!page || !pageUrl.toLowerCase().startsWith('https:')) return false;
  return !cards.some((card) => card.failures.some((f) => originOf(f.url) === page));
}
