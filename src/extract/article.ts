// One article → its own graph: language, sentences, entities, resolution, relations, nodes with mentions.
import { addArticle, addRelation, createNewsGraph, relationAllowed, upsertNode } from '../graph/index.ts';
import type { EntityType, Lang, Mention as GraphMention, NewsGraph } from '../graph/index.ts';
import type { ArticleInput } from '../articles/types.ts';
import { grammar } from './grammar/index.ts';
import { recogniseSentence } from './recognise.ts';
import type { ArticleContext, SentenceData } from './sentence.ts';
import { pipelineFor } from '../nlp/pipeline.ts';
import { wordsOf } from '../nlp/words.ts';
import { countryKey, resolveArticle } from './resolve.ts';
import { extractFrameRelations } from './frames/index.ts';
import { retagVerbs } from './retag.ts';
import { detectLanguage } from './text/lang.ts';
import { isAbbreviation, splitSentences } from './text/sentences.ts';
import { packedMap } from './text/packed.ts';
import { tokenize } from './text/tokens.ts';
import { lexicon } from './lexicon/data.ts';
import type { LexEntry } from './lexicon/index.ts';
import { EXTRACTOR_VERSION } from './version.ts';

/** The article's language: as given, else detected from its text. */
export function articleLang(article: ArticleInput): Lang {
  return article.lang && article.lang !== 'und' ? article.lang : detectLanguage(article.text);
}

/** A word whose full stop belongs to it: an initial or an abbreviation; an ordinal outside English. */
function abbreviationWord(word: string, lang: string): boolean {
  if (/^\d+$/.test(word)) return lang !== 'en' && word.length <= 2;
  return isAbbreviation(word);
}

export function buildContext(article: ArticleInput): ArticleContext {
  const text = article.text;
  const lang = articleLang(article);
  const home = grammar.langCountry[lang === 'nn' ? 'nb' : lang] || undefined;
  const nlp = pipelineFor(lang);
  const split = splitSentences(text);
  const tokensOf = packedMap(split, (sentence) => tokenize(text, sentence.start, sentence.end));
  // The models read whole tokens ("Al-Udeid-basen"), and English clitics apart, as the treebanks do.
  const wordsOfSentence = packedMap(tokensOf, (tokens) => {
    const spans: { text: string; start: number; end: number }[] = [];
    for (const t of tokens) {
      const prev = spans[spans.length - 1];
      // An abbreviation keeps its full stop, as every treebank writes it ("Gen.", "J.", "bl.a.", "3. januar"):
      // read apart, the stop ends the sentence for the tagger and the parser.
      // A Roman numeral opening the sentence numbers a section ("I. Sikkerhedssituationen ..."): its stop is
      // punctuation.
      const numeral = spans.length === 1 && /^[IVX]$/.test(prev?.text ?? '');
      if (t.text === '.' && prev && prev.end === t.start && !numeral && abbreviationWord(prev.text, lang)) {
        prev.text += '.';
        prev.end = t.end;
        continue;
      }
      const end = t.tail ? t.end + t.tail.length + 1 : t.end;
      spans.push({ text: text.slice(t.start, end), start: t.start, end });
    }
    return wordsOf(spans, lang);
  });
  const analysed = nlp ? nlp.analyseDoc(wordsOfSentence) : undefined;
  if (nlp && analysed) for (const s of analysed) retagVerbs(s, lang, nlp);
  const sentences: SentenceData[] = packedMap(split, (sentence, i) => {
    const tokens = tokensOf[i];
    const words = wordsOfSentence[i];
    const wordTok: number[] = [];
    let k = 0;
    for (const w of words) {
      while (k + 1 < tokens.length && tokens[k + 1].start <= w.start) k++;
      wordTok.push(k);
    }
    return {
      lang,
      sentence,
      tokens,
      norms: packedMap(tokens, (t) => t.norm),
      mentions: [],
      titles: new Map(),
      nlp: analysed && words.length ? analysed[i] : undefined,
      wordTok,
    };
  });
  const lowerWords = new Set<string>();
  for (const sd of sentences) for (const t of sd.tokens) if (t.word && !t.cap) lowerWords.add(t.norm);
  // Fields filled while reading are present from the start, for the same reason as `en` above.
  return {
    id: article.id,
    text,
    lang,
    homeCountry: home,
    sentences,
    lowerWords,
    acronyms: undefined,
    ownedNational: undefined,
  };
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)) n++;
  return n;
}

export function extractArticleGraph(article: ArticleInput): NewsGraph {
  const ctx = buildContext(article);
  const graph = createNewsGraph({
    generator: { name: 'newsgraph', version: '0.1.0', extractorVersion: EXTRACTOR_VERSION },
  });
  addArticle(graph, {
    id: article.id,
    file: article.file,
    lang: ctx.lang as Lang,
    text: article.text,
    words: countWords(article.text),
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
  });
  const coalition: { key?: string; label?: string; entry?: LexEntry } = {};
  for (const sd of ctx.sentences) recogniseSentence(ctx, sd, coalition);
  const res = resolveArticle(ctx);

  // Nodes: every named mention (adjectives and people nouns name their country too).
  const ensureCountry = (id: string | undefined): string | undefined => {
    if (!id || !lexicon.countries.has(id)) return undefined;
    const key = countryKey(id);
    upsertNode(graph, { key, label: lexicon.countryLabel(id), type: 'country' });
    return key;
  };
  const types = new Map<string, EntityType>();
  for (const sd of ctx.sentences) {
    for (const m of sd.mentions) {
      if (!m.key || m.kind === 'coref' || m.kind === 'role') continue;
      const mention: GraphMention = {
        article: ctx.id,
        sentence: sd.sentence.index,
        start: m.start,
        end: m.end,
        text: m.surface,
        ...(m.kind === 'adj'
          ? { kind: 'adjective' as const }
          : m.kind === 'people'
            ? { kind: 'people' as const }
            : {}),
        ...(m.sense ? { sense: m.sense } : {}),
      };
      const country = m.type === 'country' ? undefined : ensureCountry(m.country);
      const aliases =
        m.kind === 'adj' || m.kind === 'people' ? [] : [m.surface.replace(/['’]s?$/, ''), m.surface];
      upsertNode(graph, {
        key: m.key,
        label: m.label,
        type: m.type,
        aliases: [...new Set(aliases)].filter((a) => a && a !== m.label),
        ...(country ? { country } : {}),
        ...(m.title ? { title: m.title } : {}),
        mentions: [mention],
      });
      types.set(m.key, graph.getNodeAttribute(m.key, 'type'));
    }
  }
  // A country a relation names without a mention of its own (the "Somalia" of "Mission in Somalia").
  const countryIds = new Map([...lexicon.countries.keys()].map((id) => [countryKey(id), id]));
  for (const r of extractFrameRelations(ctx, res)) {
    const s = types.get(r.source);
    const named = r.evidence.rule === 'stationed.mission-name';
    if (named && !types.has(r.target) && countryIds.has(r.target) && ensureCountry(countryIds.get(r.target)))
      types.set(r.target, 'country');
    const t = types.get(r.target);
    if (!s || !t || !relationAllowed(r.type, s, t)) continue;
    addRelation(graph, {
      type: r.type,
      source: r.source,
      target: r.target,
      evidence: [r.evidence],
      ...(article.date ? { date: article.date } : {}),
    });
  }
  return graph;
}
