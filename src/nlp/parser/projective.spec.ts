import { describe, expect, it } from 'vitest';
import { deprojectivize, isProjective, LIFT, projectivize } from './projective.ts';

describe('pseudo-projective parsing', () => {
  // "who did you say came ?" — "who" depends on "came", across "say": a non-projective arc.
  const words = ['who', 'did', 'you', 'say', 'came', '?'];
  const heads = [4, 3, 3, -1, 3, 3];
  const labels = ['nsubj', 'aux', 'nsubj', 'root', 'ccomp', 'punct'];

  it('detects non-projective trees', () => {
    expect(words.length).toBe(heads.length);
    expect(isProjective(heads)).toBe(false);
    expect(isProjective([1, -1, 1])).toBe(true);
  });

  it('lifts to a projective tree with a decorated label, and lowers it back', () => {
    const p = projectivize(heads, labels);
    expect(p.lifted).toBe(1);
    expect(isProjective(p.heads)).toBe(true);
    expect(p.heads[0]).toBe(3);
    expect(p.labels[0]).toBe(`nsubj${LIFT}ccomp`);
    const h = [...p.heads];
    const l = [...p.labels];
    deprojectivize(h, l);
    expect(h).toEqual(heads);
    expect(l).toEqual(labels);
  });

  it('lifts over several levels and restores the tree', () => {
    // Word 1 hangs from word 5, three levels down a chain, across word 2: lifted three times, to word 0.
    const hs = [-1, 5, 0, 0, 3, 4];
    const ls = ['root', 'obj', 'advmod', 'ccomp', 'xcomp', 'acl'];
    expect(isProjective(hs)).toBe(false);
    const p = projectivize(hs, ls);
    expect(p.lifted).toBe(3);
    expect(p.heads[1]).toBe(0);
    expect(p.labels[1]).toBe(`obj${LIFT}acl`);
    expect(isProjective(p.heads)).toBe(true);
    const h = [...p.heads];
    const l = [...p.labels];
    deprojectivize(h, l);
    expect(h).toEqual(hs);
    expect(l).toEqual(ls);
  });

  it('leaves projective trees and undecorated labels alone', () => {
    const h = [1, -1, 1];
    const l = ['nsubj', 'root', 'obj'];
    expect(projectivize(h, l)).toEqual({ heads: h, labels: l, lifted: 0 });
    deprojectivize(h, l);
    expect(h).toEqual([1, -1, 1]);
  });

  it('keeps the head when the recorded label is nowhere below it', () => {
    const h = [1, -1, 1];
    const l = [`obl${LIFT}xcomp`, 'root', 'obj'];
    deprojectivize(h, l);
    expect(h).toEqual([1, -1, 1]);
    expect(l[0]).toBe('obl');
  });
});
