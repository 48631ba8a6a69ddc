import { ENTITY_TYPES, RELATION_TYPES, ontology } from '../../graph/index.ts';
import { h, swatch } from '../dom.ts';

/** Colours of entity and relation types, straight from graph-schema/ontology.json. */
export function legendView(): HTMLElement {
  return h(
    'section',
    { class: 'legend', testid: 'legend' },
    h('h2', {}, 'Legend'),
    h(
      'ul',
      {},
      ...ENTITY_TYPES.map((t) =>
        h(
          'li',
          { title: ontology.entityTypes[t].description },
          swatch(ontology.entityTypes[t].color),
          ontology.entityTypes[t].label,
        ),
      ),
    ),
    h(
      'ul',
      {},
      ...RELATION_TYPES.map((r) =>
        h(
          'li',
          { title: ontology.relationTypes[r].description },
          swatch(ontology.relationTypes[r].color, 'line'),
          ontology.relationTypes[r].label,
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted small' },
      'Node size: number of relations. Curved edges: several relations between the same pair.',
    ),
  );
}
