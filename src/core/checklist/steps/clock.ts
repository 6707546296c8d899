// The system clock: certificates are valid only between two dates, so a wrong date, year or
// time zone makes valid certificates look expired or not yet valid.
import type { FailureKind, OsName } from '../../kinds';
import type { StepAction } from '../types';
import type { MessageKey } from '../../message-key';
import { text, type Text } from '../../text';
import { copy, retry } from '../actions';
import { causeWhy } from '../common';
import { defineStep } from '../define-step';

/** Kinds a wrong clock can produce; it cannot break version or cipher negotiation. */
const CLOCK_KINDS: ReadonlySet<FailureKind> = new Set(['cert-date', 'cert-untrusted', 'cert-invalid', 'cert-revoked', 'tls-unknown']);

const NTP_COMMAND = 'sudo timedatectl set-ntp true';

const INSTRUCTIONS: Readonly<Record<OsName, readonly MessageKey[]>> = {
  windows: ['step_clock_windows_open', 'step_clock_windows_auto', 'step_clock_windows_sync'],
  macos: ['step_clock_macos_open', 'step_clock_macos_auto', 'step_clock_macos_zone'],
  linux: ['step_clock_linux_desktop', 'step_clock_linux_terminal', 'step_clock_linux_zone'],
  chromeos: ['step_clock_chromeos_open', 'step_clock_chromeos_zone', 'step_clock_chromeos_restart'],
  android: ['step_clock_android_open', 'step_clock_android_auto'],
};

export const clock = defineStep({
  id: 'clock',
  causes: ['system-clock'],
  applies: (input) => CLOCK_KINDS.has(input.diagnosis.kind),
  build: (input) => {
    const instructions: Text[] = INSTRUCTIONS[input.os].map((key) => text(key));
    const actions: StepAction[] = [];
    if (input.os === 'linux') actions.push(copy(NTP_COMMAND, 'step_action_copy_command'));
    actions.push(retry());
    return {
      title: text('step_clock_title'),
      why: causeWhy(input),
      instructions,
      actions,
      verify: text('step_clock_verify'),
    };
  },
});
