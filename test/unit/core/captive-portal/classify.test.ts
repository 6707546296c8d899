import { describe, expect, it } from 'vitest';
import { classifyCheckAnswer, MAX_SIGN_IN_URL, signInUrl } from '../../../../src/core/captive-portal';

const CHECK = 'http://connectivitycheck.gstatic.com/generate_204';

describe('classifyCheckAnswer', () => {
  it.each([
    [{ status: 204, body: '' }, 'online'],
    [{ status: 200, body: '' }, 'online'],
    [{ status: 200, body: '  \n' }, 'online'],
    [{ status: 200, body: 'success\n' }, 'online'],
    [{ status: 511, body: '' }, 'portal'],
    [{ status: 302, body: '' }, 'portal'],
    [{ status: 301, body: '' }, 'portal'],
    [{ status: 307, body: '' }, 'portal'],
    [{ status: 0, body: '', opaqueRedirect: true }, 'portal'],
    [{ status: 200, body: '<html>Welcome to Hotel Wi-Fi</html>' }, 'portal'],
    [{ status: 200, body: 'successful' }, 'portal'],
    [{ status: 403, body: 'Forbidden by policy' }, 'not-portal'],
    [{ status: 407, body: '' }, 'not-portal'],
    [{ status: 404, body: '' }, 'not-portal'],
    [{ status: 500, body: '' }, 'not-portal'],
    [{ status: 503, body: '' }, 'not-portal'],
    [{ failed: true }, 'unknown'],
    [{ status: 201, body: '' }, 'unknown'],
    [{ status: 0, body: '' }, 'unknown'],
  ] as const)('%j → %s', (answer, state) => {
    expect(classifyCheckAnswer(answer)).toBe(state);
  });
});

describe('signInUrl', () => {
  it('keeps an http(s) redirect target', () => {
    expect(signInUrl('http://portal.example/login?ap=7', CHECK)).toBe('http://portal.example/login?ap=7');
    expect(signInUrl('https://portal.example/', CHECK)).toBe('https://portal.example/');
  });

  it('resolves a relative Location against the check URL', () => {
    expect(signInUrl('/login', CHECK)).toBe('http://connectivitycheck.gstatic.com/login');
  });

  it('drops credentials from the target', () => {
    expect(signInUrl('http://user:pw@portal.example/', CHECK)).toBe('http://portal.example/');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://portal.example/', 'http://'])(
    'never keeps %s: falls back to the check URL',
    (location) => {
      expect(signInUrl(location, CHECK)).toBe(CHECK);
    },
  );

  it('falls back to the check URL without a Location, or one too long', () => {
    expect(signInUrl(undefined, CHECK)).toBe(CHECK);
    expect(signInUrl(`http://portal.example/${'a'.repeat(MAX_SIGN_IN_URL)}`, CHECK)).toBe(CHECK);
  });

  it('keeps markup in a target inert: it is percent-encoded in the URL', () => {
    const url = signInUrl('http://portal.example/"><img src=x onerror=alert(1)>', CHECK);
    expect(url).toBe('http://portal.example/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E');
  });
});
