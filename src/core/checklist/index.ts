// checklist(diagnosis, env) → the steps that apply, in order: narrowing down first, then the
// steps each ranked cause brings in (by rank), then destructive steps, resetting the browser
// last of all. Pure: plain data in, plain data out.
import { asksAboutClock } from '../catalog/explain';
import type { Diagnosis, RankedCause } from '../diagnose/types';
import { CAUSE_STEPS, DESTRUCTIVE_STEPS, narrowDown, type StepId } from './steps';
import type { ChecklistContext, ChecklistEnv, CopiedStep, Step, StepAction, StepDefinition, StepInput } from './types';

export { isActionAllowed } from './actions';
export type { ChecklistContext, ChecklistEnv } from './types';

/** Under a firm verdict, lesser causes below this confidence bring in no steps. */
export const SECONDARY_MIN_CONFIDENCE = 0.2;

/**
 * The clock step comes before everything when the clock was measured wrong or the explanation leaves
 * it open (asksAboutClock): a wrong clock spoils every other check, and checking it takes seconds.
 * Otherwise it keeps the place of the cause that brought it in.
 */
function clockFirst(steps: Step[], diagnosis: Diagnosis): Step[] {
  if (diagnosis.clock !== 'wrong' && !asksAboutClock(diagnosis)) return steps;
  const i = steps.findIndex((s) => s.id === 'clock');
  return i > 0 ? [steps[i]!, ...steps.slice(0, i), ...steps.slice(i + 1)] : steps;
}

const UNKNOWN: RankedCause = { cause: 'unknown', confidence: 0, rule: 'checklist:no-cause', evidence: [] };

function cleanContext(context: ChecklistContext): ChecklistContext {
  const product = context.interceptionProduct?.trim();
  const proxyExtension = context.proxyExtensionName?.trim();
  return {
    ...(product ? { interceptionProduct: product } : {}),
    ...(proxyExtension ? { proxyExtensionName: proxyExtension } : {}),
  };
}

/** Highest confidence first; equal ones keep the diagnosis's order. */
function ranked(diagnosis: Diagnosis): RankedCause[] {
  return [...diagnosis.causes].sort((a, b) => b.confidence - a.confidence);
}

export function checklist(diagnosis: Diagnosis, env: ChecklistEnv, context: ChecklistContext = {}): Step[] {
  if (diagnosis.kind === 'not-tls') return [];
  const causes = ranked(diagnosis);
  const uncertain = diagnosis.uncertain || causes.length === 0;
  const top = causes[0] ?? UNKNOWN;
  const included = (causes.length ? causes : [UNKNOWN]).filter((c, i) => i === 0 || uncertain || c.confidence >= SECONDARY_MIN_CONFIDENCE);
  const base = { diagnosis, browser: env.browser, os: env.os, version: env.version, context: cleanContext(context), uncertain, top };
  const input = (triggers: readonly RankedCause[]): StepInput => ({ ...base, triggers });

  const picked = new Map<StepDefinition<StepId>, RankedCause[]>();
  const pick = (def: StepDefinition<StepId>, cause?: RankedCause): void => {
    const triggers = picked.get(def) ?? [];
    if (cause) triggers.push(cause);
    picked.set(def, triggers);
  };

  for (const cause of included) {
    const defs = CAUSE_STEPS.filter((d) => d.causes.includes(cause.cause));
    const order = defs.map((d, i) => ({ d, p: d.priority?.(input([cause])) ?? 0, i }));
    order.sort((a, b) => a.p - b.p || a.i - b.i);
    for (const { d } of order) if (d.applies(input([cause]))) pick(d, cause);
  }
  for (const def of CAUSE_STEPS) {
    if (!picked.has(def) && def.fallback?.(input([])) && def.applies(input([]))) pick(def);
  }
  for (const def of DESTRUCTIVE_STEPS) {
    const triggers = included.filter((c) => def.causes.includes(c.cause));
    if (triggers.length && def.applies(input(triggers))) picked.set(def, triggers);
  }

  const build = (def: StepDefinition<StepId>, triggers: readonly RankedCause[]): Step => ({ id: def.id, ...def.build(input(triggers)) });
  const steps = [...picked].map(([def, triggers]) => build(def, triggers));
  // Narrowing down leads whenever it can tell causes apart, and stands in when nothing else applies.
  if (narrowDown.applies(input([])) || steps.length === 0) steps.unshift(build(narrowDown, []));
  return withStepsToCopy(clockFirst(steps, diagnosis));
}

/** Gives each "copy the report and these steps" action the finished list, buttons left out. */
function withStepsToCopy(steps: readonly Step[]): Step[] {
  const copied: CopiedStep[] = steps.map(({ actions: _actions, ...rest }) => rest);
  const fill = (a: StepAction): StepAction => (a.type === 'copy-report-and-steps' ? { ...a, steps: copied } : a);
  return steps.map((s) => (s.actions.some((a) => a.type === 'copy-report-and-steps') ? { ...s, actions: s.actions.map(fill) } : s));
}
