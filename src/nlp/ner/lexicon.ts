// The gazetteer built from the project's lexicon files, the one the committed models are trained with.
import countries from '../../extract/lexicon/countries.json';
import places from '../../extract/lexicon/places.json';
import bases from '../../extract/lexicon/bases.json';
import organisations from '../../extract/lexicon/organisations.json';
import titles from '../../extract/lexicon/titles.json';
import people from '../../extract/lexicon/people.json';
import { Gazetteer } from './gazetteer.ts';
import { nameWords } from '../../extract/english/names.ts';
import type {
  CountryEntry,
  OrganisationEntry,
  PeopleEntry,
  PlaceEntry,
  TitleLexicon,
} from '../../extract/lexicon/types.ts';

let cached: Gazetteer | undefined;

/** Built once on first use (a few milliseconds), then shared. */
export function lexiconGazetteer(): Gazetteer {
  cached ??= Gazetteer.fromLexicon({
    countries: countries as CountryEntry[],
    places: [...(places as PlaceEntry[]), ...(bases as PlaceEntry[])],
    organisations: organisations as OrganisationEntry[],
    titles: titles as unknown as TitleLexicon,
    people: people as PeopleEntry[],
    nameWords: nameWords(),
  });
  return cached;
}
