import ontologyData from '../../graph-schema/ontology.json';
import type { EntityType, RelationType } from './types.ts';

export interface EntityTypeInfo {
  label: string;
  color: string;
  description: string;
}
export interface RelationTypeInfo extends EntityTypeInfo {
  source: EntityType[];
  target: EntityType[];
}
export interface Ontology {
  version: number;
  entityTypes: Record<EntityType, EntityTypeInfo>;
  relationTypes: Record<RelationType, RelationTypeInfo>;
}

export const ontology = ontologyData as Ontology;

/** Whether the ontology allows a relation of this type between these node types. */
export function relationAllowed(type: RelationType, source: EntityType, target: EntityType): boolean {
  const info = ontology.relationTypes[type];
  return info.source.includes(source) && info.target.includes(target);
}
