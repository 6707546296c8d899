// Resident memory of a browser's processes, from /proc (Linux): RSS per process, and PSS (shared
// pages divided among the processes sharing them) so that a sum over a browser's processes is fair.
import { readFileSync } from 'node:fs';

/** A "Name:   1234 kB" field of /proc/<pid>/status or smaps_rollup, in kB (undefined when absent). */
export function kbField(text, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

/** { rssKb, pssKb, cmdline } of a live process, or undefined once it has gone. */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    // Split on spaces too: zygote-forked Chromium processes rewrite their argv into one string.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    return { rssKb: kbField(status, 'VmRSS') ?? 0, pssKb: kbField(rollup, 'Pss') ?? 0, cmdline };
  } catch {
    return undefined;
  }
}
