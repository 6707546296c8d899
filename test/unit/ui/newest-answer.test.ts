// Overlapping reads (src/ui/newest-answer.ts): an older read's late answer never replaces a newer one's.
import { describe, expect, it } from 'vitest';
import { newestAnswer } from '../../../src/ui/newest-answer';

describe('newestAnswer', () => {
  it('shows answers in the order their reads were asked, dropping late older ones', () => {
    const shown: string[] = [];
    const { read } = newestAnswer<string>((v) => shown.push(v));
    const stored = read();
    const background = read();
    const change = read();
    background('background');
    stored('stored, late');
    change('change');
    background('background again');
    expect(shown).toEqual(['background', 'change']);
  });

  it('shows an answer to the same read again, and nothing once stopped', () => {
    const shown: number[] = [];
    const { read, stop } = newestAnswer<number>((v) => shown.push(v));
    const first = read();
    first(1);
    first(2);
    stop();
    first(3);
    read()(4);
    expect(shown).toEqual([1, 2]);
  });
});
