// Whole-browser CPU time: each measured browser runs in a cgroup of its own, so the kernel counts
// every process it ran (renderers, utility processes, exited ones included). A wrapper script moves
// itself into the cgroup and execs Chromium; the driver launches the wrapper as its executable.
// Needs root: cgroup v1 (cpuacct.usage, nanoseconds) or v2 (cpu.stat's usage_usec, microseconds).
import { chmodSync, existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const V1_ROOT = '/sys/fs/cgroup/cpuacct';
const V2_ROOT = '/sys/fs/cgroup';

/** CPU milliseconds from cgroup v1's cpuacct.usage (total nanoseconds). */
export function parseCpuacctUsage(text) {
  const ns = Number(text.trim());
  if (!Number.isFinite(ns) || text.trim() === '') throw new Error(`cpuacct.usage: not a number: ${JSON.stringify(text)}`);
  return ns / 1e6;
}

/** CPU milliseconds from cgroup v2's cpu.stat (the usage_usec line). */
export function parseCpuStatUsage(text) {
  const line = text.split('\n').find((l) => l.startsWith('usage_usec '));
  if (!line) throw new Error('cpu.stat: no usage_usec line');
  return Number(line.slice('usage_usec '.length)) / 1e3;
}

/** Which cgroup hierarchy gives per-group CPU time here, given what exists under /sys/fs/cgroup. */
export function cgroupKind({ v1CpuacctUsage, v2Controllers }) {
  if (v1CpuacctUsage) return 'v1';
  if (v2Controllers) return 'v2';
  return undefined;
}

/** The wrapper script: joins the cgroup, then becomes the browser (same pid, so the driver's kill still works). */
export function wrapperScript(procsFile, executable) {
  return `#!/bin/sh\necho $$ > '${procsFile}' || exit 1\nexec '${executable}' "$@"\n`;
}

/**
 * Creates the cgroup `name` and its wrapper script for `executable`.
 * Returns { executablePath, usageMs(), pids(), remove() }, or { unavailable: reason }.
 */
export function openCpuCgroup(name, executable, scriptDir) {
  const kind = cgroupKind({
    v1CpuacctUsage: existsSync(join(V1_ROOT, 'cpuacct.usage')),
    v2Controllers: existsSync(join(V2_ROOT, 'cgroup.controllers')),
  });
  if (!kind) return { unavailable: 'no cpuacct (cgroup v1) or cgroup v2 hierarchy under /sys/fs/cgroup' };
  const dir = join(kind === 'v1' ? V1_ROOT : V2_ROOT, name);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    return { unavailable: `cannot create ${dir} (${error.code ?? error.message}; needs root)` };
  }
  const usageFile = join(dir, kind === 'v1' ? 'cpuacct.usage' : 'cpu.stat');
  const parse = kind === 'v1' ? parseCpuacctUsage : parseCpuStatUsage;
  const executablePath = join(scriptDir, `${name}.sh`);
  writeFileSync(executablePath, wrapperScript(join(dir, 'cgroup.procs'), executable));
  chmodSync(executablePath, 0o755);
  return {
    kind,
    executablePath,
    usageMs: () => parse(readFileSync(usageFile, 'utf8')),
    pids: () => readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number),
    remove: async () => {
      // Exited processes leave the group a moment after the browser closes.
      for (let i = 0; i < 50; i++) {
        try {
          rmdirSync(dir);
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
  };
}
