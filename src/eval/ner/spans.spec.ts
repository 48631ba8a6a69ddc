import { describe, expect, it } from 'vitest';
import { scoreSpans } from './spans.ts';

describe('entity-level span scoring', () => {
  it('counts only exact boundaries with the right type', () => {
    const gold = [
      { start: 0, end: 4, type: 'PER' },
      { start: 10, end: 15, type: 'LOC' },
      { start: 20, end: 30, type: 'ORG' },
    ];
    const pred = [
      { start: 0, end: 4, type: 'PER' }, // right
      { start: 10, end: 15, type: 'ORG' }, // wrong type
      { start: 20, end: 25, type: 'ORG' }, // wrong boundary
    ];
    const s = scoreSpans(gold, pred);
    expect(s.micro.tp).toBe(1);
    expect(s.micro.fp).toBe(2);
    expect(s.micro.fn).toBe(2);
    expect(s.micro.f1).toBeCloseTo(1 / 3, 6);
    expect(s.untyped.tp).toBe(2);
    expect(s.byType.PER.f1).toBe(1);
    expect(s.byType.LOC.recall).toBe(0);
  });
});
