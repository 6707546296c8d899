// The system clock: certificates are valid only between two dates, so a wrong date, year or
// time zone makes valid certificates look expired or not yet valid.
import { asksAboutClock } from '../../catalog/explain';
import { CLOCK_KINDS, type OsName } from '../../kinds';
import type { StepAction } from '../types';
import type { MessageKey } from '../../message-key';
import { text, type Text } from '../../text';
import { copy, retry } from '../actions';
import { causeWhy } from '../common';
import { defineStep } from '../define-step';

const NTP_COMMAND = 'sudo timedatectl set-ntp true';

const INSTRUCTIONS: Readonly<Record<OsName, readonly MessageKey[]>> = {
  windows: ['step_clock_windows_open', 'step_clock_windows_auto', 'step_clock_windows_sync'],
  macos: ['step_clock_macos_open', 'step_clock_macos_auto', 'step_clock_macos_zone'],
  linux: ['step_clock_linux_desktop', 'step_clock_linux_terminal', 'step_clock_linux_zone'],
  chromeos: ['step_clock_chromeos_open', 'step_clock_chromeos_zone', 'step_clock_chromeos_restart'],
  android: ['step_clock_android_open', 'step_clock_android_auto'],
};

/**
 * The clock step is there when the clock was measured wrong, when the explanation leaves the clock
 * open (not measured: then as a quick check, asksAboutClock), or when a clock cause ranks; never
 * when the clock was measured right. In the first two cases checklist() puts it first.
 */
export const clock = defineStep({
  id: 'clock',
  causes: ['system-clock'],
  applies: (input) => CLOCK_KINDS.has(input.diagnosis.kind) && input.diagnosis.clock !== 'verified',
  fallback: (input) => input.diagnosis.clock === 'wrong' || asksAboutClock(input.diagnosis),
  build: (input) => {
    const quick = asksAboutClock(input.diagnosis);
    const instructions: Text[] = [...(quick ? [text('step_clock_quick_check')] : []), ...INSTRUCTIONS[input.os].map((key) => text(key))];
    const actions: StepAction[] = [];
    if (input.os === 'linux') actions.push(copy(NTP_COMMAND, 'step_action_copy_command'));
    actions.push(retry());
    return {
      title: text(quick ? 'step_clock_quick_title' : 'step_clock_title'),
      why: quick && !input.triggers.length ? [text('step_why_clock_unmeasured')] : causeWhy(input),
      instructions,
      actions,
      verify: text('step_clock_verify'),
    };
  },
});
