import { describe, expect, it } from 'vitest';
import { checklist } from '../../../../src/core/checklist';
import { withoutShownEvidence } from '../../../../src/core/checklist/shown-evidence';
import { SCENARIOS } from './fixtures';

describe('withoutShownEvidence', () => {
  const firm = SCENARIOS.find((s) => s.name === 'clock (firm)')!.diagnosis;
  const steps = checklist(firm, { browser: 'chrome', os: 'windows' });

  it('drops from the step cards the evidence lines the list under the verdict shows', () => {
    const before = steps.find((s) => s.id === 'clock')!.why.map((t) => t.key);
    expect(before).toContain('evidence_test_skew');
    const after = withoutShownEvidence(steps, firm)
      .find((s) => s.id === 'clock')!
      .why.map((t) => t.key);
    expect(after).toEqual(['step_why_system_clock']);
  });

  it('keeps a line whose values differ from the shown one, and changes nothing else', () => {
    const other = { causes: [{ ...firm.causes[0]!, evidence: [{ key: firm.causes[0]!.evidence[0]!.key, subs: ['another value'] }] }] };
    expect(withoutShownEvidence(steps, other)).toEqual(steps);
  });
});
