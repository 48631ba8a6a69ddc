// Repairs for what the trained parsers get wrong often enough to matter, applied to the basic tree before
// the frames read it. Each is a shape UD does not allow or a reading no grammar gives: auxiliaries with
// dependents, two subjects around one verb, a number's approximator read as a preposition, an expletive's
// logical subject left as object.
import type { Tree, TreeGrammar } from './tree.ts';

export function repairParse(t: Tree, g: TreeGrammar, basicKids: number[][]): void {
  const n = t.n;
  // Auxiliaries take no dependents in UD: a subject (or a nominal read as its complement) hung on "har"
  // or "ble" belongs to the verb it helps; a noun of time among the subjects is only when it happened.
  const nominal = (k: number): boolean => /^(?:NOUN|PROPN|PRON)$/.test(t.upos[k]);
  for (let a = 0; a < n; a++) {
    const h = t.head[a];
    if (h < 0 || !/^(?:aux|aux:pass|cop)$/.test(t.deprel[a])) continue;
    for (const k of basicKids[a].slice()) {
      const subj = t.deprel[k].startsWith('nsubj') || (t.deprel[k] === 'xcomp' && nominal(k));
      if (!subj) continue;
      t.head[k] = h;
      t.deprel[k] = 'nsubj';
      basicKids[a].splice(basicKids[a].indexOf(k), 1);
      basicKids[h].push(k);
    }
  }
  for (let v = 0; v < n; v++) {
    const subj = basicKids[v].filter((k) => t.deprel[k].startsWith('nsubj'));
    if (subj.length < 2) continue;
    for (const k of subj) if (g.timeNouns.has(t.lemma[k])) t.deprel[k] = 'obl:tmod';
  }
  // Two subjects on either side of a verb and no object: the one after it is the object ("Iranske
  // missiler ramte Incirlik", "X har angrebet Y").
  for (let v = 0; v < n; v++) {
    const subj = basicKids[v].filter((k) => t.deprel[k] === 'nsubj');
    if (subj.length !== 2 || basicKids[v].some((k) => t.deprel[k] === 'obj')) continue;
    const [a, b] = subj.sort((x, y) => x - y);
    if (a < v && b > v) t.deprel[b] = 'obj';
  }
  // "Omkring 300 soldater ankommer": an approximator read as a preposition leaves the verb without subject.
  for (let v = 0; v < n; v++) {
    const k = basicKids[v];
    if (t.upos[v] !== 'VERB' || k.some((c) => t.deprel[c].startsWith('nsubj'))) continue;
    const o = k.find(
      (c) =>
        c < v &&
        t.deprel[c] === 'obl' &&
        g.approximators.has(t.caseOf(c, basicKids)) &&
        basicKids[c].some((x) => t.upos[x] === 'NUM'),
    );
    if (o !== undefined) t.deprel[o] = t.passive[v] ? 'nsubj:pass' : 'nsubj';
  }
  // A name in the genitive ends no noun phrase: "Kovia Posts redaktør Tomas Vell" is the editor, owned by
  // Kovia Post. When the parser lets the name carry the phrase's role and hangs the noun elsewhere, the noun
  // takes the role and the name becomes its possessor.
  for (let g = 0; g + 1 < n; g++) {
    if (t.feat(g, 'Case') !== 'Gen' || t.upos[g] !== 'PROPN') continue;
    let nameHead = g;
    while (t.deprel[nameHead] === 'flat:name' || t.deprel[nameHead] === 'flat') nameHead = t.head[nameHead];
    if (nameHead < 0 || nameHead > g) continue;
    let k = g + 1;
    while (k < n && (t.upos[k] === 'ADJ' || t.upos[k] === 'DET')) k++;
    if (k >= n || t.upos[k] !== 'NOUN' || t.head[nameHead] === k) continue;
    let up = k;
    while (up >= 0 && up !== nameHead) up = t.head[up];
    if (up === nameHead) continue;
    const role = t.deprel[nameHead];
    if (!/^(?:nsubj|nsubj:pass|obj|iobj|obl|obl:.*)$/.test(role)) continue;
    const oldHead = t.head[k];
    if (oldHead >= 0) basicKids[oldHead].splice(basicKids[oldHead].indexOf(k), 1);
    const top = t.head[nameHead];
    t.head[k] = top;
    t.deprel[k] = role;
    if (top >= 0) {
      basicKids[top].splice(basicKids[top].indexOf(nameHead), 1);
      basicKids[top].push(k);
    }
    t.head[nameHead] = k;
    t.deprel[nameHead] = 'nmod:poss';
    basicKids[k].push(nameHead);
  }
  // "ramte blandt andet flybasen X": a verb with a subject and no object, and a phrase opened by "blandt
  // andet/including", has that phrase as its object.
  for (let v = 0; v < n; v++) {
    const k = basicKids[v];
    if (
      t.upos[v] !== 'VERB' ||
      !k.some((c) => t.deprel[c] === 'nsubj') ||
      k.some((c) => t.deprel[c] === 'obj')
    )
      continue;
    const opens = (c: number): boolean => {
      const first = Math.min(c, ...basicKids[c]);
      return (
        g.includePreps.has(t.lower[first]) || g.includePreps.has(`${t.lower[first]} ${t.lower[first + 1]}`)
      );
    };
    const inc = k.find((c) => c > v && t.deprel[c].startsWith('obl') && opens(c));
    if (inc !== undefined) t.deprel[inc] = 'obj';
  }
  // Two names the recogniser keeps apart are no one name: "angrep Egypt Dravik" read as the name
  // "Egypt Dravik" is, after a verb in second place, subject and object ("Natt til fredag" is when).
  for (let k = 1; k < n; k++) {
    const h = t.head[k];
    const rel = t.deprel[k];
    if (h !== k - 1 || (rel !== 'flat' && rel !== 'flat:name') || !/^[BU]-/.test(t.s.ner[k] ?? '')) continue;
    const v = t.head[h];
    if (t.upos[h] !== 'PROPN' || !/^[UL]-/.test(t.s.ner[h] ?? '')) continue;
    if (v < 0 || v > h || t.upos[v] !== 'VERB' || !/^(?:obj|nsubj)$/.test(t.deprel[h])) continue;
    const subjects = basicKids[v].filter((c) => c !== h && t.deprel[c] === 'nsubj');
    if (subjects.some((c) => !g.timeNouns.has(t.lemma[c]))) continue;
    for (const c of subjects) t.deprel[c] = 'obl:tmod';
    basicKids[h].splice(basicKids[h].indexOf(k), 1);
    t.head[k] = v;
    basicKids[v].push(k);
    t.deprel[h] = 'nsubj';
    t.deprel[k] = 'obj';
  }
  // A noun of time takes no named place as its modifier: in "ankommer i denne uge til Kosovo" the place
  // goes with the verb.
  for (let k = 0; k < n; k++) {
    const h = t.head[k];
    if (h < 0 || t.deprel[k] !== 'nmod' || t.upos[k] !== 'PROPN' || !g.timeNouns.has(t.lemma[h])) continue;
    const v = t.head[h];
    if (v < 0 || t.upos[v] !== 'VERB' || !basicKids[k].some((c) => t.deprel[c] === 'case')) continue;
    basicKids[h].splice(basicKids[h].indexOf(k), 1);
    t.head[k] = v;
    t.deprel[k] = 'obl';
    basicKids[v].push(k);
  }
  // A noun takes a subject only through a copula: "X … conducted strikes against Y" read as the noun
  // "strikes" with the subject and the participle "conducted" under it is the verb with its object.
  for (let r = 0; r < n; r++) {
    if (t.upos[r] !== 'NOUN' || t.head[r] >= 0) continue;
    const kids = basicKids[r];
    if (kids.some((k) => t.deprel[k] === 'cop')) continue;
    const subj = kids.find((k) => t.deprel[k] === 'nsubj' && k < r);
    const v = kids.find(
      (k) => k < r && k > (subj ?? -1) && t.upos[k] === 'VERB' && /^(?:amod|acl)$/.test(t.deprel[k]),
    );
    if (subj === undefined || v === undefined || basicKids[v].some((k) => t.deprel[k] !== 'punct')) continue;
    t.head[v] = -1;
    t.deprel[v] = 'root';
    t.head[r] = v;
    t.deprel[r] = 'obj';
    basicKids[r] = kids.filter((k) => k !== v && (k > r || t.deprel[k] === 'det' || t.deprel[k] === 'amod'));
    basicKids[v] = [r, ...basicKids[v]];
    for (const k of kids) {
      if (k === v || basicKids[r].includes(k)) continue;
      t.head[k] = v;
      basicKids[v].push(k);
    }
  }
  // "The base hosted British personnel": a sentence whose root is a noun with a past participle after it
  // that takes an object is a clause — a passive participle takes no object.
  for (let r = 0; r < n; r++) {
    if (!/^(?:NOUN|PROPN)$/.test(t.upos[r]) || t.head[r] >= 0) continue;
    const kids = basicKids[r];
    if (kids.some((k) => /^(?:cop|nsubj)/.test(t.deprel[k]))) continue;
    const v = kids.find(
      (k) =>
        k > r &&
        t.upos[k] === 'VERB' &&
        t.deprel[k] === 'acl' &&
        t.feat(k, 'VerbForm') === 'Part' &&
        basicKids[k].some((c) => t.deprel[c] === 'obj'),
    );
    if (v === undefined) continue;
    t.head[v] = -1;
    t.deprel[v] = 'root';
    t.head[r] = v;
    t.deprel[r] = 'nsubj';
    basicKids[r] = kids.filter((k) => k !== v && k < v && t.deprel[k] !== 'punct');
    basicKids[v] = [...basicKids[v], r];
    for (const k of kids) {
      if (k === v || basicKids[r].includes(k)) continue;
      t.head[k] = v;
      basicKids[v].push(k);
    }
  }
  // "killed Egyptian Gen. Tomas Vell": an adjective read as the verb's complement with a bare nominal
  // after it is that nominal's modifier, and the nominal is the object.
  for (let a = 0; a < n; a++) {
    const v = t.head[a];
    if (t.upos[a] !== 'ADJ' || t.deprel[a] !== 'xcomp' || v < 0 || t.upos[v] !== 'VERB') continue;
    if (basicKids[v].some((k) => t.deprel[k] === 'obj')) continue;
    const k = basicKids[a].find(
      (x) =>
        x > a &&
        /^(?:NOUN|PROPN)$/.test(t.upos[x]) &&
        !basicKids[x].some((c) => t.deprel[c] === 'case' || (c < x && t.upos[c] === 'ADP')),
    );
    if (k === undefined) continue;
    basicKids[a].splice(basicKids[a].indexOf(k), 1);
    basicKids[v].splice(basicKids[v].indexOf(a), 1);
    t.head[k] = v;
    t.deprel[k] = 'obj';
    basicKids[v].push(k);
    t.head[a] = k;
    t.deprel[a] = 'amod';
    basicKids[k].push(a);
  }
  // "I Romania er det stasjonert soldater", "there are troops": with an expletive subject the object is
  // the logical subject.
  for (let v = 0; v < n; v++) {
    const k = basicKids[v];
    if (!k.some((c) => t.deprel[c] === 'expl') || k.some((c) => t.deprel[c].startsWith('nsubj'))) continue;
    const o = k.find((c) => t.deprel[c] === 'obj');
    if (o !== undefined) t.deprel[o] = t.passive[v] ? 'nsubj:pass' : 'nsubj';
  }
}
