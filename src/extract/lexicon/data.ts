// The lexicon data files, compiled once at module load.
import countries from './countries.json';
import places from './places.json';
import bases from './bases.json';
import organisations from './organisations.json';
import titles from './titles.json';
import people from './people.json';
import { Lexicon } from './index.ts';
import type { CountryEntry, OrganisationEntry, PeopleEntry, PlaceEntry, TitleLexicon } from './types.ts';

export const lexicon = new Lexicon({
  countries: countries as CountryEntry[],
  // Well-known military bases are places of kind 'base': named alone ("Incirlik"), they are bases.
  places: [...(places as PlaceEntry[]), ...(bases as PlaceEntry[])],
  organisations: organisations as OrganisationEntry[],
  titles: titles as unknown as TitleLexicon,
  people: people as PeopleEntry[],
});
