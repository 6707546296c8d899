// Whose server it is (src/core/host-scope.ts): a device on the person's network, a site inside an
// organisation, or a program on this computer answers for its own certificate and TLS set-up.
import { hostScope, type HostScope } from '../../host-scope';
import type { MessageKey } from '../../message-key';
import { text } from '../../text';
import { defineRule } from '../define-rule';
import type { Rule } from '../types';
import { THRESHOLDS } from '../thresholds';
import { siteCauseFor } from '../util';
import { DATE_HEADER_RULES } from './clock';
import { strongestLocalSignal } from './local-signal';

/**
 * A rule for one scope: a certificate or protocol failure on a host of that scope → the site cause
 * for the kind (`site-certificate` for cert-*, `site-configuration` for protocol-*), at
 * `THRESHOLDS.hostScope`, with a line saying whose server it is. Like the site-certificate
 * default, it stands down under a local signal other than `Date` headers (an interception product,
 * an extension's proxy). A client certificate is the client-cert rule's; other kinds say nothing
 * about the server.
 */
function scopeRule(name: string, scope: Exclude<HostScope, 'public'>, line: MessageKey): Rule {
  return defineRule(name, (e, now) => {
    const cause = siteCauseFor(e.failure.kind);
    if (!cause || cause === 'client-certificate' || hostScope(e.failure.host) !== scope) return null;
    if (strongestLocalSignal(e, now, DATE_HEADER_RULES)) return null;
    return { cause, confidence: THRESHOLDS.hostScope, evidence: [text(line, e.failure.host)] };
  });
}

/** home-device: a private or link-local address, `.local`, `.lan`, `.home.arpa`. */
export const homeDevice = scopeRule('home-device', 'home-device', 'ev_scope_home_device');
/** organisation-site: `.internal`, `.corp`, `.intranet`, a single-label name. */
export const organisationSite = scopeRule('organisation-site', 'organisation', 'ev_scope_organisation');
/** this-computer: `localhost`, `*.localhost`, a loopback address. */
export const thisComputer = scopeRule('this-computer', 'this-computer', 'ev_scope_this_computer');

/** This file's rules, in the order diagnose runs them. */
export const HOST_SCOPE_RULES: readonly Rule[] = [homeDevice, organisationSite, thisComputer];
