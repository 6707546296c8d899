// The troubleshooter prints each piece of evidence once, under "Why we think so" beside its cause;
// its step cards then keep only the lines that say why the step applies. (The options page shows no
// evidence list, so its cards keep the evidence.)
import type { Diagnosis } from '../diagnose/types';
import type { Text } from '../text';
import type { Step } from './types';

const id = (line: Text): string => JSON.stringify([line.key, ...(line.subs ?? [])]);

export function withoutShownEvidence(steps: readonly Step[], diagnosis: Pick<Diagnosis, 'causes'>): Step[] {
  const shown = new Set(diagnosis.causes.flatMap((c) => c.evidence.map(id)));
  return steps.map((step) => ({ ...step, why: step.why.filter((line) => !shown.has(id(line))) }));
}
