import { expect, test } from 'vitest';
import {
  forgetPageProbes,
  MAX_PROBES_PER_PAGE,
  mayReprobeSubresource,
  UNPROBED_TYPES,
} from '../../../src/background/subresource-probe-policy';

test('a page with 1,000 failing images causes at most MAX_PROBES_PER_PAGE probes; a new page starts afresh', () => {
  const granted = Array.from({ length: 1_000 }, () => mayReprobeSubresource(7, 'image')).filter(Boolean).length;
  expect(granted).toBe(MAX_PROBES_PER_PAGE);
  expect(MAX_PROBES_PER_PAGE).toBeLessThanOrEqual(10);
  // Another tab has its own budget.
  expect(mayReprobeSubresource(8, 'sub_frame')).toBe(true);
  forgetPageProbes(7);
  expect(mayReprobeSubresource(7, 'image')).toBe(true);
});

test('requests made by scripts, pings and beacons are never re-probed, and spend nothing', () => {
  forgetPageProbes(9);
  const refused = ['xmlhttprequest', 'fetch', 'ping', 'beacon'].filter((type) => !mayReprobeSubresource(9, type));
  expect(refused).toEqual([...UNPROBED_TYPES]);
  expect(Array.from({ length: MAX_PROBES_PER_PAGE }, () => mayReprobeSubresource(9, 'script')).every(Boolean)).toBe(true);
  const probed = ['sub_frame', 'frame', 'image', 'script', 'stylesheet', 'font', 'media'].filter((type) => {
    forgetPageProbes(10);
    return mayReprobeSubresource(10, type);
  });
  expect(probed).toEqual(['sub_frame', 'frame', 'image', 'script', 'stylesheet', 'font', 'media']);
});
