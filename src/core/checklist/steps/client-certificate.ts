// Client certificates: the site wants a certificate that identifies the person. Chrome and Edge
// use the operating system's store on Windows, macOS and Android, their own on Linux/ChromeOS;
// Firefox has its own store on the desktop.
import type { OsName } from '../../kinds';
import type { MessageKey } from '../../message-key';
import { text, type Text } from '../../text';
import { copy, openPage, retry } from '../actions';
import { causeWhy, isFirefox } from '../common';
import { defineStep } from '../define-step';
import type { StepAction, StepInput } from '../types';

export const CERTMGR = 'certmgr.msc';
const FIREFOX_PRIVACY_PAGE = 'about:preferences#privacy';

const CHROMIUM_INSTALL: Readonly<Record<OsName, MessageKey>> = {
  windows: 'step_client_windows',
  macos: 'step_client_macos',
  linux: 'step_client_linux',
  chromeos: 'step_client_chromeos',
  android: 'step_client_android',
};

function install(input: StepInput): Text {
  if (input.os === 'android') return text('step_client_android');
  return text(isFirefox(input) ? 'step_client_firefox' : CHROMIUM_INSTALL[input.os]);
}

function select(input: StepInput): Text {
  if (input.os === 'android') return text('step_client_select_android');
  return text(isFirefox(input) ? 'step_client_select_firefox' : 'step_client_select_chromium');
}

function actions(input: StepInput): StepAction[] {
  if (input.os === 'android') return [];
  if (isFirefox(input)) return [copy(FIREFOX_PRIVACY_PAGE, 'step_action_copy_about_preferences_privacy')];
  return [
    ...(input.os === 'windows' ? [copy(CERTMGR, 'step_action_copy_certmgr')] : []),
    ...openPage(input.browser, input.os, 'certificates', 'step_action_open_certificates'),
  ];
}

export const clientCertificate = defineStep({
  id: 'client-certificate',
  causes: ['client-certificate'],
  applies: () => true,
  build: (input) => ({
    title: text('step_client_title'),
    why: causeWhy(input),
    instructions: [text('step_client_explain'), install(input), select(input), text('step_client_it', input.diagnosis.host)],
    actions: [...actions(input), retry()],
    verify: text('step_client_verify'),
  }),
});
