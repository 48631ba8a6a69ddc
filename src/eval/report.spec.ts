import { describe, expect, it } from 'vitest';
import { f1, score } from './report.ts';

describe('score', () => {
  it('takes precision from the system side and recall from the gold side', () => {
    // 3 tp, 1 fp; 2 of 4 required found: P 0.75, R 0.5, F1 0.6
    expect(score(3, 1, 2, 4)).toEqual({
      precision: 0.75,
      recall: 0.5,
      f1: 0.6,
      tp: 3,
      fp: 1,
      found: 2,
      required: 4,
    });
  });

  it('gives 0, not null, when something is required and nothing was output', () => {
    expect(score(0, 0, 0, 3)).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  it('leaves F1 undefined when nothing is required', () => {
    expect(score(1, 3, 0, 0)).toMatchObject({ precision: 0.25, recall: null, f1: null });
    expect(f1(null, null)).toBeNull();
  });
});
