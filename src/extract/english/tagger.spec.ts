// compromise as the English tagger: exact offsets, tags per token, and the recogniser decisions it changes.
// Sentences are written for the tests; each recogniser test fails without compromise's tags.
import { describe, expect, it } from 'vitest';
import type { NewsGraph } from '../../graph/index.ts';
import { buildContext } from '../article.ts';
import { extractArticle } from '../index.ts';
import { tokenize } from '../text/tokens.ts';
import {
  isGivenName,
  isKnownPlace,
  lexiconSaysPerson,
  nonPersonType,
  tagEnglish,
  tokenTags,
} from './tagger.ts';

const graphOf = (text: string, lang: 'da' | 'en'): NewsGraph =>
  extractArticle({ id: 'a.txt', file: 'a.txt', text, lang });
const typeOf = (g: NewsGraph, key: string): string | undefined =>
  g.hasNode(key) ? g.getNodeAttribute(key, 'type') : undefined;
const persons = (g: NewsGraph): string[] => g.filterNodes((_k, a) => a.type === 'person').sort();

describe('tagEnglish offsets', () => {
  const text =
    "“We won’t leave,” said Zoë Ødegaard — the mayor of Kraków… Dr. Müller’s aide (AFK) said: don't.\n\nAl-Shifa Hospital\u00a0said 😀 so.";

  it('maps every term back to its exact characters in the text', () => {
    const terms = tagEnglish(text);
    expect(terms.length).toBeGreaterThan(20);
    for (const t of terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < terms.length; i++) expect(terms[i].start).toBeGreaterThanOrEqual(terms[i - 1].end);
    const krakow = terms.find((t) => t.text === 'Kraków');
    expect(krakow?.start).toBe(text.indexOf('Kraków'));
    expect(krakow?.tags.has('Place')).toBe(true);
    const zoe = terms.find((t) => t.text === 'Zoë');
    expect(zoe?.start).toBe(text.indexOf('Zoë'));
    expect(isGivenName(zoe?.tags)).toBe(true);
    // Past the em-dash, the ellipsis, the emoji (two UTF-16 units) and the non-breaking space.
    const so = terms[terms.length - 1];
    expect(so.text).toBe('so');
    expect(so.start).toBe(text.lastIndexOf('so'));
  });

  it('shifts offsets by the sentence start', () => {
    const sentence = 'Ødegaard said so.';
    const at = tagEnglish(sentence, 40);
    expect(at.map((t) => t.start)).toEqual(tagEnglish(sentence).map((t) => t.start + 40));
  });

  it('gives each token the tags of the terms inside it', () => {
    const sentence = 'Health officials at Al-Shifa Hospital in Kraków said so.';
    const tokens = tokenize(sentence);
    const tags = tokenTags(tagEnglish(sentence), tokens);
    expect(tags).toHaveLength(tokens.length);
    const alShifa = tokens.findIndex((t) => t.text === 'Al-Shifa');
    expect(tags[alShifa].has('Organization')).toBe(true);
    expect(isKnownPlace(tags[tokens.findIndex((t) => t.text === 'Kraków')])).toBe(true);
    expect(tags[tokens.findIndex((t) => t.text === '.')].size).toBe(0);
  });
});

describe('nonPersonType', () => {
  const s = (...tags: string[]): ReadonlySet<string> => new Set(tags);
  it('says nothing when a word is a personal name or unknown', () => {
    expect(nonPersonType([s('Place'), s('Person', 'LastName')])).toBeUndefined();
    expect(nonPersonType([s('Place'), s('ProperNoun')])).toBeUndefined();
    expect(nonPersonType([])).toBeUndefined();
  });
  it('types names whose every word it knows', () => {
    expect(nonPersonType([s('Place'), s('Place')])).toBe('place');
    expect(nonPersonType([s('Organization'), s('Place')])).toBe('organisation');
    expect(nonPersonType([s('Adjective'), s('Actor')])).toBe('organisation');
    expect(nonPersonType([s('Adjective'), s('Date', 'WeekDay')])).toBe('none');
    expect(nonPersonType([s('ProperNoun'), s('Date', 'Duration')])).toBe('none');
  });
});

describe('the recogniser with compromise on English text', () => {
  it('types unknown names that are no person', () => {
    const g = graphOf(
      'Police said the suspect had fled towards Mount Hermon. Goldman Sachs said oil prices would rise. Global Witness said the mine was controlled by armed groups.',
      'en',
    );
    expect(typeOf(g, 'place:mount-hermon')).toBe('place');
    expect(persons(g)).toEqual([]);
    expect(g.filterNodes((_k, a) => a.type === 'organisation' && /goldman|witnes/.test(_k))).toHaveLength(2);
  });

  it('drops days read as names', () => {
    const g = graphOf(
      'The parade on Victory Day was cancelled. Troops returned home for Memorial Day.',
      'en',
    );
    expect(persons(g)).toEqual([]);
  });

  it('keeps unknown foreign names, which it does not tag, as persons', () => {
    const g = graphOf('Tarek Oubaidi, a rebel commander, said the convoy was hit.', 'en');
    expect(persons(g)).toEqual(['person:tarek-oubaidi']);
  });

  it('reads stop words and title words inside names as names', () => {
    const g = graphOf(
      'Will Smith said the talks would continue. The talks would go on, Theresa May told reporters. Amy Pope said so.',
      'en',
    );
    expect(persons(g)).toEqual(['person:amy-pope', 'person:theresa-may', 'person:wil-smith']);
  });

  it('is never consulted for Scandinavian text', () => {
    const ctx = buildContext({
      id: 'a',
      file: 'a',
      text: 'Ifølge politiet var alt roligt i byen i nat.',
      lang: 'da',
    });
    expect(ctx.sentences.every((sd) => sd.en === undefined)).toBe(true);
    const en = buildContext({ id: 'a', file: 'a', text: 'Will Smith said so.', lang: 'en' });
    const tags = en.sentences[0].en?.(0, 2);
    expect(tags?.length).toBe(en.sentences[0].tokens.length);
    expect(tags?.[0].has('Person')).toBe(true);
  });
});

describe('lexiconSaysPerson', () => {
  it('knows given names and surnames from compromise’s lexicon, and nothing else', () => {
    expect(lexiconSaysPerson(['Amy', 'Pope'])).toBe(true);
    expect(lexiconSaysPerson(['Oleksandr', 'Syrskyi'])).toBe(true);
    expect(lexiconSaysPerson(['Goldman', 'Sachs'])).toBe(false);
    expect(lexiconSaysPerson(['Mount', 'Hermon'])).toBe(false);
  });
});
