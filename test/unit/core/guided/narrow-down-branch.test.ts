// After narrowing down: the site step comes next when the results point at the site, goes when
// they point at this side, and nothing moves while they tell nothing.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import { branchAfterNarrowingDown, narrowDownFinding } from '../../../../src/core/guided/narrow-down-branch';
import { unrecordedDiagnosis } from '../../../../src/core/guided/unrecorded';

describe('narrowDownFinding', () => {
  it('is open while nothing was tried, or only what rules nothing in', () => {
    expect(narrowDownFinding({})).toBe('open');
    expect(narrowDownFinding({ 'other-browser': 'fails' })).toBe('open');
    expect(narrowDownFinding({ 'other-network': 'fails', 'other-browser': 'fails' })).toBe('open');
  });

  it('points at the site when other sites work or another device fails too', () => {
    expect(narrowDownFinding({ 'other-site': 'works' })).toBe('site');
    expect(narrowDownFinding({ 'other-device': 'fails' })).toBe('site');
    expect(narrowDownFinding({ 'other-site': 'works', 'other-network': 'fails', 'other-browser': 'fails' })).toBe('site');
  });

  it('points at this side when other sites fail too or the site loads elsewhere', () => {
    expect(narrowDownFinding({ 'other-site': 'fails' })).toBe('this-side');
    expect(narrowDownFinding({ 'other-network': 'works' })).toBe('this-side');
    expect(narrowDownFinding({ 'other-browser': 'works' })).toBe('this-side');
    expect(narrowDownFinding({ 'other-device': 'works' })).toBe('this-side');
  });

  it('lets a result on this side win over one pointing at the site (the site cannot be at fault where it loads)', () => {
    expect(narrowDownFinding({ 'other-site': 'works', 'other-browser': 'works' })).toBe('this-side');
    expect(narrowDownFinding({ 'other-device': 'fails', 'other-network': 'works' })).toBe('this-side');
  });
});

describe('branchAfterNarrowingDown', () => {
  const steps = checklist(unrecordedDiagnosis('cert-name'), { browser: 'chrome', os: 'windows' });
  const ids = (s: readonly { id: string }[]) => s.map((x) => x.id);

  it('starts from a checklist with narrowing down first and the site step far behind', () => {
    expect(ids(steps)[0]).toBe('narrow-down');
    expect(ids(steps).indexOf('site-owner')).toBeGreaterThan(2);
  });

  it('moves the site step right after narrowing down when the site is at fault, keeping the rest in order', () => {
    const branched = ids(branchAfterNarrowingDown(steps, 'site'));
    expect(branched.slice(0, 2)).toEqual(['narrow-down', 'site-owner']);
    expect(branched.filter((id) => id !== 'site-owner')).toEqual(ids(steps).filter((id) => id !== 'site-owner'));
  });

  it('leaves the site step out when this side is at fault, and everything else as it was', () => {
    const branched = ids(branchAfterNarrowingDown(steps, 'this-side'));
    expect(branched).not.toContain('site-owner');
    expect(branched).toEqual(ids(steps).filter((id) => id !== 'site-owner'));
  });

  it('changes nothing while open, or when there is no site step to move', () => {
    expect(ids(branchAfterNarrowingDown(steps, 'open'))).toEqual(ids(steps));
    const noSite = steps.filter((s) => s.id !== 'site-owner');
    expect(ids(branchAfterNarrowingDown(noSite, 'site'))).toEqual(ids(noSite));
  });

  it('puts the site step first when there is no narrowing-down step', () => {
    const noNarrow = steps.filter((s) => s.id !== 'narrow-down');
    expect(ids(branchAfterNarrowingDown(noNarrow, 'site'))[0]).toBe('site-owner');
  });
});
