// Incident ids (src/core/incident-id.ts): new ones pass the check every way in applies.
import { describe, expect, it } from 'vitest';
import { isIncidentId, newIncidentId } from '../../../src/core/incident-id';

describe('incident ids', () => {
  it('accepts the ids it makes', () => {
    for (let i = 0; i < 20; i++) expect(isIncidentId(newIncidentId())).toBe(true);
  });

  it('refuses anything else', () => {
    for (const junk of [
      undefined,
      null,
      42,
      '',
      'short',
      'UPPER-CASE-ID',
      'has space 123',
      'a'.repeat(65),
      '../../etc/passwd',
      '<script>x</script>',
    ])
      expect(isIncidentId(junk), String(junk)).toBe(false);
  });
});
