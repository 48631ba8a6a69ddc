import { describe, expect, it } from 'vitest';
import { createNewsGraph } from '../graph/index.ts';
import { evaluate } from './evaluate.ts';
import { ISSUE_TARGETS, ThresholdError, checkThresholds, metrics, parseThreshold } from './thresholds.ts';

const known = ['entities.f1', 'evidence.valid'];

describe('parseThreshold', () => {
  it('reads fractions and percentages', () => {
    expect(parseThreshold('entities.f1=0.95', known)).toEqual(['entities.f1', 0.95]);
    expect(parseThreshold('evidence.valid=100%', known)).toEqual(['evidence.valid', 1]);
    expect(parseThreshold(' entities.f1 = .5 ', known)).toEqual(['entities.f1', 0.5]);
  });

  it.each([
    ['entities.f1', /NAME=VALUE/],
    ['entities.f1=high', /NAME=VALUE/],
    ['entity.f1=0.9', /unknown metric "entity.f1"/],
    ['entities.f1=1.5', /0 to 1/],
  ])('refuses %s', (spec, message) => {
    expect(() => parseThreshold(spec, known)).toThrow(ThresholdError);
    expect(() => parseThreshold(spec, known)).toThrow(message);
  });
});

describe('checkThresholds', () => {
  it('lists each score below its minimum, and a score with nothing to count', () => {
    const failures = checkThresholds({ a: 0.9, b: null, c: 1 }, { a: 0.95, b: 0.1, c: 1 });
    expect(failures).toEqual([
      { metric: 'a', min: 0.95, actual: 0.9 },
      { metric: 'b', min: 0.1, actual: null },
    ]);
  });

  it('does not fail a score equal to the minimum up to rounding', () => {
    expect(checkThresholds({ a: 19 / 20, b: 0.7 + 0.2 }, { a: 0.95, b: 0.9 })).toEqual([]);
  });
});

describe('metrics', () => {
  it('names every headline figure of a report, including the targets', () => {
    const m = metrics(
      evaluate(createNewsGraph(), { entities: [{ id: 'a', type: 'place', names: ['A'] }], relations: [] }),
    );
    for (const name of Object.keys(ISSUE_TARGETS)) expect(m).toHaveProperty([name]);
    expect(m['entities.recall']).toBe(0);
    expect(m['entities.place.f1']).toBe(0);
    expect(m['relations.stationed-at.f1']).toBeNull();
    expect(m['evidence.valid']).toBeNull();
  });
});
