import { describe, expect, it } from 'vitest';
import { hostScope } from '../../../src/core/host-scope';

/** The host as the browser reports it: URL.hostname of an https URL. */
const hostnameOf = (host: string): string => new URL(`https://${host}/`).hostname;

describe('hostScope', () => {
  it('calls private, link-local, shared and unique-local addresses a device on your network', () => {
    for (const host of [
      '10.0.0.1',
      '10.255.255.255',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.0.1',
      '192.168.178.1',
      '169.254.1.1',
      '100.64.0.1',
      '100.127.255.254',
      '[fe80::1]',
      '[febf::1]',
      '[fd12:3456:789a::1]',
      '[fc00::1]',
      '[::ffff:192.168.1.1]',
    ]) {
      expect(hostScope(hostnameOf(host)), host).toBe('home-device');
    }
  });

  it('keeps addresses just outside those ranges public', () => {
    for (const host of [
      '192.169.0.1',
      '192.167.255.255',
      '172.15.255.255',
      '172.32.0.1',
      '11.0.0.1',
      '9.255.255.255',
      '169.253.1.1',
      '100.63.255.255',
      '100.128.0.1',
      '8.8.8.8',
      '[fec0::1]',
      '[fe7f::1]',
      '[2001:db8::1]',
      '[fe00::1]',
      '[fe8::1]',
      '[::ffff:8.8.8.8]',
      '[::ffff:c0a9:1]',
    ]) {
      expect(hostScope(hostnameOf(host)), host).toBe('public');
    }
  });

  it('calls .local, .lan and .home.arpa names a device on your network, whatever the case or trailing dot', () => {
    for (const host of ['router.local', 'Printer.LOCAL', 'nas.home.arpa', 'home.arpa', 'fritz.lan', 'router.local.', 'a.b.home.arpa.']) {
      expect(hostScope(host), host).toBe('home-device');
    }
  });

  it('calls .internal, .corp, .intranet and single-label names your organisation', () => {
    for (const host of ['wiki.internal', 'jira.corp', 'portal.INTRANET', 'intranet', 'wiki', 'wiki.', 'xn--bcher-kva', 'hr.eu.corp.']) {
      expect(hostScope(host), host).toBe('organisation');
    }
  });

  it('calls loopback this computer', () => {
    for (const host of ['localhost', 'LOCALHOST.', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '0.0.0.0', '[::]']) {
      expect(hostScope(host), host).toBe('this-computer');
    }
    expect(hostScope(hostnameOf('[::ffff:127.0.0.1]'))).toBe('this-computer');
    expect(hostScope(hostnameOf('[0:0:0:0:0:0:0:1]'))).toBe('this-computer');
  });

  it('keeps public names public, even when a label looks local', () => {
    for (const host of [
      'local.example.com',
      'corp.example.com',
      'example.local.com',
      'intranet.example.org',
      'localhost.example.com',
      'home.arpa.example',
      'lan.example',
      'xn--bcher-kva.example',
      'healthy.hd.test',
      'tls-1-0-1-1-only.hd.test',
      'time-a.test',
      'example.com.',
      '',
      '.',
    ]) {
      expect(hostScope(host), host).toBe('public');
    }
  });

  it('does not take malformed addresses for private ones', () => {
    for (const host of ['10.0.0.256', '10.0.0', '192.168.1.1.5', '010.0.0.1x', 'fe80::g', 'fe80:1.example']) {
      expect(hostScope(host), host).not.toBe('home-device');
    }
  });
});
