import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript (allowJs is off)
import { cgroupKind, parseCpuacctUsage, parseCpuStatUsage, wrapperScript } from '../../../bench/cgroup.mjs';

describe('cgroup CPU readings', () => {
  it('reads cgroup v1 cpuacct.usage (nanoseconds) as milliseconds', () => {
    expect(parseCpuacctUsage('1234567890\n')).toBe(1234.56789);
  });

  it('rejects a cpuacct.usage that is not a number', () => {
    expect(() => parseCpuacctUsage('')).toThrow(/not a number/);
    expect(() => parseCpuacctUsage('abc\n')).toThrow(/not a number/);
  });

  it("reads cgroup v2 cpu.stat's usage_usec (microseconds) as milliseconds", () => {
    const stat = 'usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\nnr_periods 0\n';
    expect(parseCpuStatUsage(stat)).toBe(2500);
  });

  it('rejects a cpu.stat without usage_usec', () => {
    expect(() => parseCpuStatUsage('user_usec 1\n')).toThrow(/usage_usec/);
  });

  it('prefers cgroup v1 cpuacct, falls back to v2, else none', () => {
    expect(cgroupKind({ v1CpuacctUsage: true, v2Controllers: true })).toBe('v1');
    expect(cgroupKind({ v1CpuacctUsage: false, v2Controllers: true })).toBe('v2');
    expect(cgroupKind({ v1CpuacctUsage: false, v2Controllers: false })).toBeUndefined();
  });

  it('writes a wrapper that joins the cgroup, then execs the browser with its arguments', () => {
    const script = wrapperScript('/sys/fs/cgroup/cpuacct/x/cgroup.procs', '/usr/bin/chromium');
    expect(script.split('\n')).toEqual([
      '#!/bin/sh',
      "echo $$ > '/sys/fs/cgroup/cpuacct/x/cgroup.procs' || exit 1",
      'exec \'/usr/bin/chromium\' "$@"',
      '',
    ]);
  });
});
