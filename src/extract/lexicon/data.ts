// The lexicon data files, compiled once at module load.
import countries from './countries.json';
import places from './places.json';
import { Lexicon } from './index.ts';
import type { CountryEntry, OrganisationEntry, PlaceEntry, TitleLexicon } from './types.ts';

const organisations: OrganisationEntry[] = [];
const titles: TitleLexicon = {};

export const lexicon = new Lexicon({
  countries: countries as CountryEntry[],
  places: places as PlaceEntry[],
  organisations,
  titles,
});
