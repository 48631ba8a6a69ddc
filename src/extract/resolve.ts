// Resolution inside one article: node keys for every mention, persons named by surname or part of their
// name resolved to the full name, titles without a name ("Irans præsident") kept as roles, and the
// country each person, organisation and base belongs to.
import { nodeKey } from '../graph/keys.ts';
import { foldName } from './fold.ts';
import { endsWithStem, grammar } from './grammar/index.ts';
import { lexicon } from './lexicon/data.ts';
import type { Mention } from './mention.ts';
import type { ArticleContext, SentenceData } from './recognise.ts';
import { titleStem } from './recognise.ts';
import { packedMap } from './text/packed.ts';

export interface Role {
  s: number;
  t0: number;
  t1: number;
  title: string;
  country?: string;
  /** Person key it resolves to, when the article names the holder. */
  person?: string;
}

export interface Resolution {
  roles: Role[];
  /** Person key → country id. */
  personCountry: Map<string, string>;
  /** Person key → title stems seen with it. */
  personTitles: Map<string, Set<string>>;
}

export function countryKey(id: string): string {
  return nodeKey('country', id);
}

/** Country id named by a mention ending right before token `end` ("Irans", "britisk", "Norges"). */
function ownerCountryBefore(sd: SentenceData, end: number): Mention | undefined {
  let k = end;
  while (k > 0 && grammar.determiners.has(sd.norms[k - 1])) k--;
  return sd.mentions.find(
    (m) =>
      m.t1 === end &&
      (m.kind === 'gen' ||
        m.kind === 'adj' ||
        (m.kind === 'name' && m.tail && grammar.titleTails.has(m.tail)) ||
        // "Iran's foreign ministry spokesman": a country's own body before the title.
        (m.kind === 'name' && m.type === 'organisation' && !!m.entry?.national && !!m.country)) &&
      (m.country || m.type === 'organisation'),
  );
}

/** Country named after token `from`: "i Mali", "i det nordlige Mali", "in Mali", "i Russlands grensevakt". */
function countryAfter(sd: SentenceData, from: number): string | undefined {
  const prep = sd.norms[from];
  if (!prep || !grammar.stationing.locPreps.has(prep)) return undefined;
  for (let k = from + 1; k < Math.min(sd.tokens.length, from + 6); k++) {
    const m = sd.mentions.find((x) => x.t0 === k);
    if (m) {
      if (m.type === 'country' && m.kind !== 'adj') return m.country;
      if ((m.type === 'place' || m.type === 'organisation') && m.country) return m.country;
      return undefined;
    }
    if (!sd.tokens[k].word || sd.tokens[k].cap) return undefined;
  }
  return undefined;
}

const STATE_BODIES = new Set(['ministry', 'government', 'parliament', 'military']);

/** "britisk UD": a state body named with another country than the lexicon's is that country's body. */
function foreignOwner(sd: SentenceData, m: Mention): string | undefined {
  if (!m.entry || !STATE_BODIES.has(m.entry.orgKind ?? '') || !m.entry.country) return undefined;
  const owner = sd.mentions.find((x) => x.t1 === m.t0 && x.kind === 'adj');
  return owner?.country && owner.country !== m.entry.country ? owner.country : undefined;
}

/** The country named with a national body ("Irans", "den sudanesiske", "i Irak"), if any. */
function explicitNationalCountry(sd: SentenceData, m: Mention): string | undefined {
  return m.country ?? ownerCountryBefore(sd, m.t0)?.country ?? countryAfter(sd, m.t1);
}

export function resolveArticle(ctx: ArticleContext): Resolution {
  const all = ctx.sentences.flatMap((sd) => sd.mentions);
  // A bare national body ("Hæren") is the one of the country the article last named with it ("den
  // sudanesiske hæren"), before the country of the article's language.
  const nationalSeen = new Map<string, string>();
  // Organisations, places, bases, countries.
  for (const sd of ctx.sentences) {
    for (const m of sd.mentions) {
      if (m.type === 'country') m.key = countryKey(m.country ?? foldName(m.label));
      else if (m.type === 'place') {
        m.key = m.entry ? nodeKey('place', m.entry.id) : nodeKey('place', foldName(m.label));
        m.country ??= m.entry?.country ?? countryAfter(sd, m.t1);
      } else if (m.type === 'base') {
        m.key = nodeKey('base', foldName(m.label));
        m.country ??= countryAfter(sd, m.t1);
      } else if (m.type === 'organisation') {
        if (m.key.startsWith('coalition:')) {
          m.key = nodeKey('organisation', `coalition ${m.key.slice('coalition:'.length)}`);
        } else if (m.entry?.national || (m.entry && foreignOwner(sd, m))) {
          const entry = m.entry;
          // A country the recogniser already joined to the name ("Irans udenrigsministerium") wins.
          if (entry.national) {
            const explicit = explicitNationalCountry(sd, m);
            if (explicit) nationalSeen.set(entry.id, explicit);
            m.country = explicit ?? nationalSeen.get(entry.id) ?? ctx.homeCountry;
          } else m.country = foreignOwner(sd, m);
          // The one body of that kind the lexicon lists for the country ("Parlamentet i Kabul").
          const own = m.country ? lexicon.onlyOrganisation(entry.orgKind, m.country) : undefined;
          if (own && entry.national) {
            m.entry = own;
            m.key = nodeKey('organisation', own.id);
            m.label = own.label;
          } else {
            m.key = nodeKey('organisation', m.country ? `${entry.id} ${m.country}` : entry.id);
            if (m.country) m.label = `${entry.label} (${lexicon.countryLabel(m.country)})`;
          }
        } else if (m.entry) {
          m.key = nodeKey('organisation', m.entry.id);
        } else {
          m.key = nodeKey('organisation', foldName(m.label));
          const owner = ownerCountryBefore(sd, m.t0);
          // "US Southern Command", "UK Strategic Command": a country's abbreviation right before the name.
          const abbr = sd.mentions.find(
            (x) => x.t1 === m.t0 && x.type === 'country' && x.kind === 'name' && sd.tokens[x.t0].upper,
          );
          m.country ??=
            (owner?.kind !== 'name' ? owner?.country : undefined) ??
            abbr?.country ??
            countryAfter(sd, m.t1) ??
            countryOpening(m.surface) ??
            (grammar.nationalOrgHeads.has(m.surface.split(/\s+/).pop() ?? '') ? ctx.homeCountry : undefined);
        }
      }
    }
  }
  // A base's country from any of its mentions.
  const baseCountry = new Map<string, string>();
  for (const m of all)
    if (m.type === 'base' && m.country && !baseCountry.has(m.key)) baseCountry.set(m.key, m.country);
  for (const m of all) if (m.type === 'base' && !m.country) m.country = baseCountry.get(m.key);

  // Persons: full names, then names contained in longer ones, then single words.
  const persons = all.filter((m) => m.type === 'person' && m.words);
  const fulls = persons.filter((m) => !m.single);
  const canon = new Map<Mention, Mention>();
  for (const m of fulls) {
    const f = packedMap(m.words!, foldName);
    let best: Mention = m;
    for (const o of fulls) {
      if (o.words!.length <= best.words!.length) continue;
      const g = packedMap(o.words!, foldName);
      for (let k = 0; k + f.length <= g.length; k++) {
        if (f.every((w, x) => w === g[k + x])) {
          best = o;
          break;
        }
      }
    }
    canon.set(m, best);
  }
  const keyOf = (m: Mention): string => nodeKey('person', foldName(m.words!.join(' ')));
  for (const m of fulls) {
    const c = canon.get(m)!;
    m.key = keyOf(canon.get(c) ?? c);
    m.label = (canon.get(c) ?? c).words!.join(' ');
  }
  const dropped = new Set<Mention>();
  // Places and bases the article names: a lone capitalised word equal to one is that place ("Sake blev ...").
  const placesNamed = new Map<string, Mention>();
  for (const m of all)
    if ((m.type === 'place' || m.type === 'base') && m.kind === 'name' && m.key)
      placesNamed.set(foldName(m.label), m);
  for (const m of persons.filter((p) => p.single)) {
    const w = foldName(m.words![0]);
    let match: Mention | undefined;
    let matchIsLast = false;
    for (const o of fulls) {
      const g = packedMap(o.words!, foldName);
      const idx = g.lastIndexOf(w);
      if (idx <= 0) continue;
      const isLast = idx === g.length - 1;
      const before = o.s < m.s || (o.s === m.s && o.t0 < m.t0);
      // Prefer a surname match, then the nearest mention before.
      if (!match || (isLast && !matchIsLast) || (isLast === matchIsLast && before)) {
        match = o;
        matchIsLast = isLast;
      }
    }
    if (match) {
      m.key = match.key;
      m.label = match.label;
    } else if (m.weak) {
      const sd = ctx.sentences[m.s];
      const place = placesNamed.get(w);
      if (place) {
        m.type = place.type;
        m.key = place.key;
        m.label = place.label;
        m.country = place.country;
      } else if (sd && placeSlot(sd, m)) {
        m.type = 'place';
        m.label = m.words![0];
        m.key = nodeKey('place', w);
        m.country = countryAfter(sd, m.t1);
      } else dropped.add(m);
    } else {
      m.key = nodeKey('person', w);
      m.label = m.words![0];
    }
  }
  if (dropped.size) for (const sd of ctx.sentences) sd.mentions = sd.mentions.filter((m) => !dropped.has(m));

  // Roles: titles without a name.
  const roles: Role[] = [];
  for (const sd of ctx.sentences) {
    for (const [i, [e, title]] of sd.titles) {
      const named = sd.mentions.some(
        (m) => m.type === 'person' && (m.t0 === e || (m.t0 === e + 1 && sd.tokens[e].text === ',')),
      );
      if (named) continue;
      const owner = ownerCountryBefore(sd, i) ?? sd.mentions.find((m) => m.t1 === i && m.kind === 'adj');
      let country = owner?.country;
      if (!country) {
        // "den iranske udenrigsminister": an adjective one or two words before.
        const adj = sd.mentions.find((m) => m.kind === 'adj' && m.t1 >= i - 1 && m.t1 <= i);
        country = adj?.country ?? countryAfter(sd, e);
      }
      roles.push({ s: sd.sentence.index, t0: owner ? owner.t0 : i, t1: e, title: titleStem(title), country });
    }
  }

  // Person countries.
  const personCountry = new Map<string, string>();
  const personTitles = new Map<string, Set<string>>();
  for (const sd of ctx.sentences) {
    for (const m of sd.mentions) {
      if (m.type !== 'person' || !m.key) continue;
      if (m.title) {
        const set = personTitles.get(m.key) ?? new Set<string>();
        set.add(titleStem(m.title));
        personTitles.set(m.key, set);
      }
      if (personCountry.has(m.key)) continue;
      const c = personCountryOf(ctx, sd, m, roles);
      if (c) personCountry.set(m.key, c);
    }
  }
  for (const sd of ctx.sentences)
    for (const m of sd.mentions) if (m.type === 'person') m.country = personCountry.get(m.key);

  // Roles resolve to the named holder of that title (and country): the nearest one before, else after.
  const titled: { key: string; s: number; title: string }[] = [];
  for (const sd of ctx.sentences)
    for (const m of sd.mentions)
      if (m.type === 'person' && m.title && m.key)
        titled.push({ key: m.key, s: m.s, title: titleStem(m.title) });
  for (const r of roles) {
    const fits = titled.filter((t) => {
      if (t.title !== r.title) return false;
      const c = personCountry.get(t.key);
      return !(r.country && c && c !== r.country);
    });
    const before = fits.filter((t) => t.s <= r.s);
    r.person = (before.length ? before[before.length - 1] : fits[0])?.key;
  }
  return { roles, personCountry, personTitles };
}

/**
 * "i Kangerlussuaq", "in Bahawalpur": an unknown single name right after "i"/"in" that names no person of the
 * article is a place; not a genitive ("in Smith's view") nor an acronym ("i NRK").
 */
function placeSlot(sd: SentenceData, m: Mention): boolean {
  const tok = sd.tokens[m.t0];
  const prep = sd.norms[m.t0 - 1] ?? '';
  // "the air strike on Tajoura", "angrebet på Sumy": the target of an attack noun is a place too.
  const attackNoun = sd.norms[m.t0 - 2] ?? '';
  const attackSlot =
    grammar.attack.nounPreps.has(prep) &&
    attackNoun.length >= 4 &&
    endsWithStem(attackNoun, grammar.attack.nounStems, 4);
  // "roterer hvert år til Darwin", "stasjonert luftvernmissiler på Yonaguni": where forces are sent or
  // stationed.
  const deploySlot =
    (grammar.stationing.deployPreps.has(prep) || grammar.stationing.locPreps.has(prep)) &&
    sd.norms
      .slice(Math.max(0, m.t0 - 6), m.t0 - 1)
      .some((w) => grammar.stationing.participles.has(w) || grammar.stationing.sendVerbs.has(w));
  if (m.t1 - m.t0 !== 1 || !(grammar.inPreps.has(prep) || attackSlot || deploySlot)) return false;
  if (tok.upper || /['’]s?$/.test(tok.text) || tok.tail) return false;
  const next = sd.tokens[m.t1];
  // "the attack on Camp 7": a number after the word is part of its name.
  if (attackSlot && /^\p{N}/u.test(next?.text ?? '')) return false;
  return !next || !next.word || !next.cap;
}

function personCountryOf(
  ctx: ArticleContext,
  sd: SentenceData,
  m: Mention,
  roles: Role[],
): string | undefined {
  const party = m.party;
  if (party) {
    const parties = lexicon.partyCodes.get(party) ?? [];
    const p = parties.find((e) => e.country === ctx.homeCountry) ?? parties[0];
    if (p?.country) return p.country;
  }
  // "Foto: Name / Agency": the agency's country.
  if (sd.tokens[m.t1]?.text === '/') {
    const org = sd.mentions.find((x) => x.t0 === m.t1 + 1 && x.type === 'organisation' && x.country);
    if (org) return org.country;
  }
  // A well-known person's nationality beats guesses from titles and context ("statsminister X" in a
  // Norwegian article is not Norway's when X is Iraq's prime minister).
  const known = m.label ? lexicon.personNationality(m.label) : undefined;
  if (known) return known;
  if (m.affil) {
    const [from, to] = m.affil;
    for (const x of sd.mentions) {
      if (x.t0 >= from && x.t1 <= to && x !== m) {
        if (x.type === 'country' && x.country) return x.country;
        if (x.type === 'organisation' && x.country) return x.country;
      }
    }
    // Apposition: "sjefen for den franske styrken i Mali, brigader X".
    if (sd.tokens[from - 1]?.text === ',' || sd.tokens[from - 1]?.text === '–') {
      let k = from - 2;
      while (k >= 0 && sd.tokens[k].text !== ',' && sd.tokens[k].text !== '.') k--;
      const cands = sd.mentions.filter(
        (x) => x.t0 > k && x.t1 < from && (x.kind === 'adj' || x.kind === 'gen') && x.country,
      );
      if (cands.length) return cands[cands.length - 1].country;
    }
    if (m.title) {
      const stem = titleStem(m.title);
      const role = roles.find((r) => r.title === stem && r.country);
      if (role) return role.country;
      if (grammar.nationalTitles.has(stem) && ctx.homeCountry) return ctx.homeCountry;
      for (const t of grammar.nationalTitles) if (stem.endsWith(t) && ctx.homeCountry) return ctx.homeCountry;
    }
  }
  // "general X, sjef for det amerikanske marinekorpset", "X, head of Iran's navy": a title in apposition
  // after the name, and the country it is of.
  const after = sd.tokens[m.t1]?.text === ',' ? sd.titles.get(m.t1 + 1) : undefined;
  if (after) {
    const [end] = after;
    const of = sd.mentions.find(
      (x) =>
        x.t0 >= end &&
        x.t0 <= end + 3 &&
        x.country &&
        (x.kind === 'adj' || x.kind === 'gen' || (x.type === 'organisation' && x.kind === 'name')) &&
        !sd.tokens.slice(end, x.t0).some((t) => !t.word),
    );
    if (of?.country) return of.country;
  }
  // "forsker X fra DIIS", "researcher X at Chatham House": the institution right after the name.
  if (grammar.affiliationPreps.has(sd.norms[m.t1] ?? '')) {
    const inst = sd.mentions.find(
      (x) => x.t0 === m.t1 + 1 && (x.type === 'organisation' || x.type === 'place') && x.country,
    );
    if (inst) return inst.country;
    // "X from Sacramento, California": a town the lexicons do not know, placed by the name after it.
    const town = sd.mentions.find((x) => x.t0 === m.t1 + 1 && x.type === 'place');
    const region =
      town && sd.tokens[town.t1]?.text === ','
        ? sd.mentions.find((x) => x.t0 === town.t1 + 1 && (x.type === 'place' || x.type === 'country'))
        : undefined;
    if (region?.country) return region.country;
  }
  // A diplomat without a named country (and whoever is named with one: "ambassadør X og Y") serves the
  // country the text is speaking of: the last one named as an actor, not as a location.
  const diplomat = (x: Mention): boolean => !!x.title && lexicon.titleKind(x.title) === 'diplomatic';
  const coordinated = sd.mentions.find(
    (x) =>
      x.type === 'person' &&
      x !== m &&
      diplomat(x) &&
      x.t1 <= m.t0 &&
      sd.norms.slice(x.t1, m.t0).some((w) => w === 'og' || w === 'and' || w === 'och'),
  );
  if (diplomat(m) || coordinated) return topicCountry(ctx, sd.sentence.index);
  return undefined;
}

/** The country the recent sentences speak of as an actor (subject, adjective), not as a location. */
/**
 * "Ukraine International Airlines", "Iraqi Airways", "Norsk Hydro": a name that opens with a country or its
 * adjective is that country's.
 */
function countryOpening(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const adj = lexicon.adjectives.get(words[0].toLowerCase());
  if (adj) return adj;
  const m = lexicon.matchName(words, words, 0);
  return m && m.entry.kind === 'country' && m.length < words.length && !m.genitive ? m.entry.id : undefined;
}

function topicCountry(ctx: ArticleContext, s: number): string | undefined {
  for (let j = s; j >= Math.max(0, s - 3); j--) {
    const sd = ctx.sentences[j];
    for (let i = sd.mentions.length - 1; i >= 0; i--) {
      const m = sd.mentions[i];
      // "britisk UD": the country that owns a body speaks through it.
      const country = m.type === 'country' ? m.country : m.ownerCountry;
      if (!country) continue;
      const prev = sd.norms[m.t0 - 1] ?? '';
      if (grammar.stationing.locPreps.has(prev) || grammar.attack.preps.has(prev)) continue;
      return country;
    }
  }
  return undefined;
}
