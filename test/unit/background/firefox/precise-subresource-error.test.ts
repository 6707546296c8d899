import { describe, expect, test, vi } from 'vitest';

// This module reaches the browser only inside functions not called here.
vi.mock('../../../../src/platform/browser', () => ({ browser: {} }));

const { isProbeFrameUrl } = await import('../../../../src/background/firefox/precise-subresource-error');

describe('isProbeFrameUrl: the sub-resource probe frames are recognizable', () => {
  test('only URLs with the probe fragment', () => {
    expect(isProbeFrameUrl('https://a.example/img.png#hd-probe-0f0e2a4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isProbeFrameUrl('https://a.example/img.png')).toBe(false);
    expect(isProbeFrameUrl('https://a.example/#hd-probe-')).toBe(false);
    expect(isProbeFrameUrl('https://a.example/#section')).toBe(false);
  });
});
