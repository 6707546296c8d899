// A rule is defined with its name, once: every finding it returns carries that name.
import type { Evidence } from '../evidence';
import type { Rule, RuleFinding } from './types';

/** What a rule's body returns: a finding without the name, which defineRule adds. */
type Judgement = Omit<RuleFinding, 'rule'>;

export function defineRule(name: string, judge: (e: Evidence, now: number) => Judgement | null): Rule {
  const rule = (e: Evidence, now: number): RuleFinding | null => {
    const finding = judge(e, now);
    return finding && { rule: name, ...finding };
  };
  return Object.assign(rule, { ruleName: name });
}
