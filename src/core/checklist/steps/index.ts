// Every step definition, in the order steps of the same cause appear.
import { browserReset } from './browser-reset';
import { certificateStore } from './certificate-store';
import { clientCertificate } from './client-certificate';
import { clock } from './clock';
import { corporateRoot } from './corporate-root';
import { deviceCertificate, deviceFirmware, deviceTooOld, localProgram, showIt } from './host-scope';
import { extensions, malwareScan, proxy, securitySoftware } from './interception';
import { middlebox } from './middlebox';
import { narrowDown } from './narrow-down';
import { portalSignIn } from './portal-sign-in';
import { captivePortal, networkFilter } from './network';
import { siteOwner } from './site-owner';
import { tlsSettings } from './tls-settings';
import { updateBrowser } from './update-browser';

export { narrowDown };

/** Steps placed by the rank of the causes that bring them in. */
export const CAUSE_STEPS = [
  portalSignIn,
  clock,
  corporateRoot,
  securitySoftware,
  extensions,
  proxy,
  malwareScan,
  tlsSettings,
  siteOwner,
  deviceCertificate,
  deviceFirmware,
  deviceTooOld,
  showIt,
  localProgram,
  clientCertificate,
  captivePortal,
  networkFilter,
  middlebox,
  updateBrowser,
] as const;

/** Steps that destroy something: always after the others, the reset last of all. */
export const DESTRUCTIVE_STEPS = [certificateStore, browserReset] as const;

/** Every step definition, narrowing down first. */
export const STEPS = [narrowDown, ...CAUSE_STEPS, ...DESTRUCTIVE_STEPS] as const;

/** The id of every step, derived from the definitions. */
export type StepId = (typeof STEPS)[number]['id'];
