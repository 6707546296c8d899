// Interception: security software scanning HTTPS, extensions, a proxy, malware. Each is its own
// step so progress can be tracked per check; they share the interception cause and its why.
import { productPlacement } from '../../interception/products';
import type { BrowserName, OsName } from '../../kinds';
import type { MessageKey } from '../../message-key';
import { text, type Text } from '../../text';
import { copy, openPage, retry } from '../actions';
import { causeWhy, isDesktopOs, isFirefox } from '../common';
import { defineStep } from '../define-step';
import type { StepAction, StepInput } from '../types';

function proxyExtensionWhy(input: StepInput): Text[] {
  const name = input.context.proxyExtensionName;
  return name ? [text('step_why_proxy_extension', name)] : [];
}

/**
 * Where a product's HTTPS scanning switch is, from its vendor's help: Kaspersky "How to change
 * encrypted connections settings" (support.kaspersky.com/KAV/2020/en-us/157530.htm), ESET KB3126
 * "Manage SSL/TLS protocol filtering in ESET Windows applications" (support.eset.com), Avast
 * "HTTPS scanning in Web Shield" (support.avast.com/article/Antivirus-HTTPS-scan-FAQ). Other
 * products get the generic names of the feature: their menus differ between versions.
 */
const PRODUCT_SWITCH: Readonly<Record<string, MessageKey>> = {
  Kaspersky: 'step_security_switch_kaspersky',
  ESET: 'step_security_switch_eset',
  Avast: 'step_security_switch_avast',
};

function securityInstructions(input: StepInput): Text[] {
  const product = input.context.interceptionProduct;
  if (input.os === 'android' || input.os === 'chromeos') {
    return [
      text(input.os === 'android' ? 'step_security_android_vpn' : 'step_security_chromeos_vpn'),
      product ? text('step_security_mobile_product', product) : text('step_security_mobile_apps'),
      text('step_security_managed'),
    ];
  }
  // A gateway runs on the network, not on this device: only whoever runs it can exempt the site.
  if (product && productPlacement(product) === 'gateway') {
    return [text('step_security_gateway', product), text('step_security_gateway_own', product)];
  }
  const productSwitch = product && Object.hasOwn(PRODUCT_SWITCH, product) ? PRODUCT_SWITCH[product] : undefined;
  return [
    product ? text('step_security_open_product', product) : text('step_security_open'),
    text(productSwitch ?? 'step_security_feature'),
    text('step_security_disable'),
    text('step_security_update'),
    text('step_security_managed'),
  ];
}

export const securitySoftware = defineStep({
  id: 'security-software',
  causes: ['interception'],
  applies: () => true,
  build: (input) => {
    const product = input.context.interceptionProduct;
    return {
      title: product ? text('step_security_title_product', product) : text('step_security_title'),
      why: causeWhy(input, [], true),
      instructions: securityInstructions(input),
      actions: [retry()],
      verify: text('step_security_verify'),
    };
  },
});

const PRIVATE_WINDOW: Readonly<Record<BrowserName, MessageKey>> = {
  chrome: 'step_extensions_private_chrome',
  edge: 'step_extensions_private_edge',
  chromium: 'step_extensions_private_chromium',
  firefox: 'step_extensions_private_firefox',
};

function extensionsPage(browser: BrowserName, os: OsName): MessageKey {
  if (os === 'android') {
    return browser === 'firefox' ? 'step_extensions_open_firefox_android' : 'step_extensions_open_android';
  }
  return `step_extensions_open_${browser}`;
}

const ADDONS_PAGE = 'about:addons';

export const extensions = defineStep({
  id: 'extensions',
  causes: ['interception'],
  // Chrome for Android runs no extensions at all.
  applies: (input) => !(input.browser === 'chrome' && input.os === 'android'),
  build: (input) => {
    const desktop = isDesktopOs(input.os);
    const name = input.context.proxyExtensionName;
    const instructions: Text[] = [];
    if (desktop) instructions.push(text(PRIVATE_WINDOW[input.browser]));
    instructions.push(text(extensionsPage(input.browser, input.os)));
    if (name) instructions.push(text('step_extensions_proxy_named', name));
    instructions.push(text('step_extensions_disable'), text('step_extensions_one_by_one'));
    const actions: StepAction[] = isFirefox(input)
      ? desktop
        ? [copy(ADDONS_PAGE, 'step_action_copy_about_addons')]
        : []
      : openPage(input.browser, input.os, 'extensions', 'step_action_open_extensions');
    return {
      title: text('step_extensions_title'),
      why: causeWhy(input, proxyExtensionWhy(input)),
      instructions,
      actions: [...actions, retry()],
      verify: text('step_extensions_verify'),
    };
  },
});

const SYSTEM_PROXY: Readonly<Record<OsName, readonly MessageKey[]>> = {
  windows: ['step_proxy_windows_open', 'step_proxy_windows_check'],
  macos: ['step_proxy_macos_open', 'step_proxy_macos_check'],
  linux: ['step_proxy_linux'],
  chromeos: ['step_proxy_chromeos'],
  android: ['step_proxy_android'],
};

function proxyInstructions(input: StepInput): Text[] {
  const out: Text[] = [];
  const name = input.context.proxyExtensionName;
  if (name) out.push(text('step_proxy_extension', name));
  if (input.os !== 'android') {
    if (isFirefox(input)) {
      out.push(text('step_proxy_firefox_open'), text('step_proxy_firefox_check'), text('step_proxy_firefox_system'));
    } else {
      out.push(text('step_proxy_uses_system'));
    }
  }
  out.push(...SYSTEM_PROXY[input.os].map((key) => text(key)));
  return out;
}

export const proxy = defineStep({
  id: 'proxy',
  causes: ['interception'],
  applies: () => true,
  // A named proxy extension is the strongest lead unless a scanning product was seen as well.
  priority: (input) => (input.context.proxyExtensionName && !input.context.interceptionProduct ? -1 : 0),
  build: (input) => ({
    title: text('step_proxy_title'),
    why: causeWhy(input, proxyExtensionWhy(input)),
    instructions: proxyInstructions(input),
    actions: [retry()],
    verify: text('step_proxy_verify'),
  }),
});

const MALWARE: Readonly<Partial<Record<OsName, readonly MessageKey[]>>> = {
  windows: ['step_malware_windows_scan', 'step_malware_windows_offline', 'step_malware_windows_apps', 'step_malware_second_opinion'],
  macos: ['step_malware_macos_profiles', 'step_malware_macos_login', 'step_malware_second_opinion'],
  android: ['step_malware_android_play', 'step_malware_android_admin'],
};

export const malwareScan = defineStep({
  id: 'malware-scan',
  causes: ['interception'],
  // Linux desktops and ChromeOS have no consumer malware scanners worth sending people to.
  applies: (input) => MALWARE[input.os] !== undefined,
  build: (input) => ({
    title: text('step_malware_title'),
    why: causeWhy(input),
    instructions: (MALWARE[input.os] ?? []).map((key) => text(key)),
    actions: [retry()],
    verify: text('step_malware_verify'),
  }),
});
