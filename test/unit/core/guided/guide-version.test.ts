// The guided checklist knows the browser's version only for the browser it was recorded or detected in.
import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import { guideVersion } from '../../../../src/core/guided/guide-version';
import { unrecordedDiagnosis } from '../../../../src/core/guided/unrecorded';

describe('guideVersion', () => {
  it('is the known version for the same browser', () => {
    expect(guideVersion('chrome', { browser: 'chrome', version: '120.0.1', os: 'windows' })).toBe('120.0.1');
    expect(guideVersion('firefox', { browser: 'firefox', version: '115.3.0', os: 'linux' })).toBe('115.3.0');
  });

  it('is unknown for another browser, or when nothing was detected', () => {
    expect(guideVersion('firefox', { browser: 'chrome', version: '120.0.1', os: 'windows' })).toBeUndefined();
    expect(guideVersion('edge', { browser: 'chrome', version: '120.0.1', os: 'windows' })).toBeUndefined();
    expect(guideVersion('chromium', { browser: 'chromium', version: '', os: 'linux' })).toBeUndefined();
  });

  it('lets the update step appear for an outdated browser and not for a current one or another browser', () => {
    const ids = (browser: 'chrome' | 'firefox', version: string, known: 'chrome' | 'firefox') =>
      checklist(unrecordedDiagnosis('protocol-mismatch'), {
        browser,
        os: 'windows',
        version: guideVersion(browser, { browser: known, version, os: 'windows' }),
      }).map((s) => s.id);
    expect(ids('chrome', '100.0.0.0', 'chrome')).toContain('update-browser');
    expect(ids('chrome', '156.0.0.0', 'chrome')).not.toContain('update-browser');
    expect(ids('firefox', '100.0.0.0', 'chrome')).not.toContain('update-browser');
  });
});
