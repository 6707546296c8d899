import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { kbField, processMemory } from '../../../bench/process-memory.mjs';

describe('process memory from /proc', () => {
  it('reads a kB field of /proc/<pid>/status or smaps_rollup', () => {
    const status = 'Name:\tchromium\nVmPeak:\t  900000 kB\nVmRSS:\t  123456 kB\nThreads:\t12\n';
    expect(kbField(status, 'VmRSS')).toBe(123456);
    expect(kbField('Rss:              50000 kB\nPss:              20480 kB\nPss_Anon:  1 kB\n', 'Pss')).toBe(20480);
    expect(kbField(status, 'Pss')).toBeUndefined();
  });

  it('measures this process, and nothing for a process that does not exist', () => {
    const self = processMemory(process.pid);
    expect(self.rssKb).toBeGreaterThan(0);
    expect(self.pssKb).toBeGreaterThan(0);
    expect(self.cmdline.length).toBeGreaterThan(0);
    expect(processMemory(2 ** 30)).toBeUndefined();
  });
});
