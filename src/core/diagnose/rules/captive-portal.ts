// The network wants a sign-in first (hotel, airport, train Wi-Fi): the captive-portal check after
// the failure (src/core/captive-portal) found a portal.
import { portalCanExplain } from '../../captive-portal';
import type { Cause } from '../../kinds';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { hostOf } from '../../url';

/** What a portal answering for every host looks like from here. */
const OUTRANKED: readonly Cause[] = ['interception', 'site-certificate', 'site-configuration', 'network'];

/**
 * captive-portal-check: the check found a portal → `captive-portal` (0.9), and interception, the
 * site's causes and the generic network cause keep only 0.3 of their confidence.
 */
export const captivePortalCheck = defineRule('captive-portal-check', (e) => {
  const portal = e.captivePortal;
  if (portal?.state !== 'portal' || !portalCanExplain(e.failure.kind)) return null;
  const T = THRESHOLDS.captivePortal;
  const signInHost = portal.signIn ? hostOf(portal.signIn) : '';
  return {
    cause: 'captive-portal',
    confidence: T.confidence,
    evidence: [signInHost ? text('ev_captive_portal_redirect', signInHost) : text('ev_captive_portal')],
    weakens: OUTRANKED.map((cause) => ({ cause, factor: T.otherCauseFactor })),
  };
});

/** This file's rules, in the order diagnose runs them. */
export const CAPTIVE_PORTAL_RULES: readonly Rule[] = [captivePortalCheck];
