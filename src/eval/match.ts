import type { EntityType, NodeAttributes } from '../graph/index.ts';
import type { GoldEntity } from './gold.ts';
import { nameForms } from './names.ts';

/** Whether a system node of this type may stand for the gold entity: same type, or a place for a base. */
export function typeCompatible(entity: EntityType, node: EntityType): boolean {
  return entity === node || (entity === 'base' && node === 'place');
}

export type NodeMatch =
  | { kind: 'match'; entity: GoldEntity; by: string }
  /** The name is a gold name, but of an entity of another type. */
  | { kind: 'type'; entity: GoldEntity; by: string }
  | { kind: 'none' };

/** Looks gold entities up by any normalised form of any of their names. */
export class GoldNameIndex {
  private readonly byForm = new Map<string, GoldEntity[]>();

  constructor(entities: readonly GoldEntity[]) {
    for (const e of entities) {
      for (const name of e.names) {
        for (const form of nameForms(name)) {
          const list = this.byForm.get(form) ?? [];
          if (!list.includes(e)) list.push(e);
          this.byForm.set(form, list);
        }
      }
    }
  }

  /** Gold entities one of whose names equals `name` after normalisation. */
  lookup(name: string): GoldEntity[] {
    const out: GoldEntity[] = [];
    for (const form of nameForms(name)) {
      for (const e of this.byForm.get(form) ?? []) if (!out.includes(e)) out.push(e);
    }
    return out;
  }

  /**
   * The gold entity a node stands for: the label is tried before the aliases, so a node that merged two
   * entities by mistake counts as the one it is called.
   */
  matchNode(node: Pick<NodeAttributes, 'label' | 'aliases' | 'type'>): NodeMatch {
    let wrongType: NodeMatch = { kind: 'none' };
    for (const name of [node.label, ...node.aliases]) {
      for (const entity of this.lookup(name)) {
        if (typeCompatible(entity.type, node.type)) return { kind: 'match', entity, by: name };
        if (wrongType.kind === 'none') wrongType = { kind: 'type', entity, by: name };
      }
    }
    return wrongType;
  }
}
