// Where the guide goes after narrowing down: the person reports what the comparisons showed, and
// the guide follows. A result that puts the fault on this device, browser or network wins over one
// that points at the site, because the site cannot be at fault where it loads; the site step then
// goes. Results that point at the site bring its step forward, right after the comparisons.
import type { Step } from '../checklist/types';

/** The comparisons of the narrowing-down step (src/core/checklist/steps/narrow-down.ts), in its order. */
export const COMPARISONS = ['other-site', 'other-network', 'other-browser', 'other-device'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** What one comparison showed: for other sites, whether they load; for the rest, whether this site loads there. */
export type ComparisonResult = 'works' | 'fails';
export type NarrowDownAnswers = Readonly<Partial<Record<Comparison, ComparisonResult>>>;

/** `site`: the site is at fault; `this-side`: this device, browser or network is; `open`: not told yet. */
export type NarrowDownFinding = 'site' | 'this-side' | 'open';

/**
 * What each result says, as the narrowing-down step explains them: other sites failing too put it
 * on this device or network; the site loading on another network, in another browser or on another
 * device puts it there; other sites loading, or the site failing on another device too, point at
 * the site. The site failing in another browser or on another network as well only rules those out.
 */
const MEANING: Readonly<Record<Comparison, Readonly<Record<ComparisonResult, NarrowDownFinding>>>> = {
  'other-site': { works: 'site', fails: 'this-side' },
  'other-network': { works: 'this-side', fails: 'open' },
  'other-browser': { works: 'this-side', fails: 'open' },
  'other-device': { works: 'this-side', fails: 'site' },
};

export function narrowDownFinding(answers: NarrowDownAnswers): NarrowDownFinding {
  const findings = COMPARISONS.map((c) => {
    const result = answers[c];
    return result ? MEANING[c][result] : 'open';
  });
  if (findings.includes('this-side')) return 'this-side';
  return findings.includes('site') ? 'site' : 'open';
}

const SITE_STEP = 'site-owner';
const NARROW_DOWN_STEP = 'narrow-down';

/** The steps in the order the finding calls for (unchanged while it is open, or without a site step). */
export function branchAfterNarrowingDown(steps: readonly Step[], finding: NarrowDownFinding): Step[] {
  const site = steps.find((s) => s.id === SITE_STEP);
  if (!site || finding === 'open') return [...steps];
  const others = steps.filter((s) => s !== site);
  if (finding === 'this-side') return others;
  const after = others.findIndex((s) => s.id === NARROW_DOWN_STEP) + 1;
  return [...others.slice(0, after), site, ...others.slice(after)];
}
