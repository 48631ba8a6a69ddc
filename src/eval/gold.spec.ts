import { describe, expect, it } from 'vitest';
import { GoldFileError, parseGold } from './gold.ts';

const ok = {
  entities: [
    { id: 'iran', type: 'country', names: ['Iran'] },
    { id: 'x', type: 'person', names: ['X Y'], country: 'iran' },
  ],
  relations: [
    { source: 'x', type: 'stated', targets: ['iran'] },
    { source: 'iran', type: 'attacked', target: 'x' },
  ],
};

describe('parseGold', () => {
  it('accepts a well-formed annotation', () => {
    expect(parseGold(ok).entities).toHaveLength(2);
  });

  it.each([
    ['not an object', [], /expected a JSON object/],
    ['no entities', { relations: [] }, /^\/entities: expected an array/],
    ['bad type', { ...ok, entities: [{ id: 'a', type: 'city', names: ['A'] }] }, /^\/entities\/0\/type/],
    ['no names', { ...ok, entities: [{ id: 'a', type: 'place', names: [] }] }, /^\/entities\/0\/names/],
    [
      'duplicate id',
      { ...ok, entities: [ok.entities[0], ok.entities[0]] },
      /^\/entities\/1\/id: duplicate entity id "iran"/,
    ],
    [
      'country not a country',
      { ...ok, entities: [{ id: 'x', type: 'person', names: ['X'], country: 'x' }], relations: [] },
      /^\/entities\/0\/country/,
    ],
    [
      'unknown relation end',
      { ...ok, relations: [{ source: 'iran', type: 'attacked', target: 'nobody' }] },
      /^\/relations\/0\/target: unknown entity "nobody"/,
    ],
    [
      'unknown stated target',
      { ...ok, relations: [{ source: 'x', type: 'stated', targets: ['iran', 'nobody'] }] },
      /^\/relations\/0\/targets\/1/,
    ],
    [
      'unknown relation type',
      { ...ok, relations: [{ source: 'x', type: 'met', target: 'iran' }] },
      /^\/relations\/0\/type/,
    ],
  ])('rejects %s', (_name, data, message) => {
    expect(() => parseGold(data)).toThrow(GoldFileError);
    expect(() => parseGold(data)).toThrow(message);
  });
});
