// Every step definition, in the order steps of the same cause appear.
import type { StepDefinition } from '../types';
import { browserReset } from './browser-reset';
import { certificateStore } from './certificate-store';
import { clientCertificate } from './client-certificate';
import { clock } from './clock';
import { extensions, malwareScan, proxy, securitySoftware } from './interception';
import { narrowDown } from './narrow-down';
import { captivePortal, networkFilter } from './network';
import { siteOwner } from './site-owner';
import { tlsSettings } from './tls-settings';

export { narrowDown };

/** Steps placed by the rank of the causes that bring them in. */
export const CAUSE_STEPS: readonly StepDefinition[] = [
  clock,
  securitySoftware,
  extensions,
  proxy,
  malwareScan,
  tlsSettings,
  siteOwner,
  clientCertificate,
  captivePortal,
  networkFilter,
];

/** Steps that destroy something: always after the others, the reset last of all. */
export const DESTRUCTIVE_STEPS: readonly StepDefinition[] = [certificateStore, browserReset];
