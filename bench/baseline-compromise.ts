// The baseline the extractor has to leave behind: compromise's own people() / places() / organizations() on
// seeds/ as person / place / organisation nodes, no edges, scored by the evaluation rules. Two variants:
// one node per distinct name and type over the corpus, and one per article (no merging across articles).
// Run: node --import tsx bench/baseline-compromise.ts [gold file]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { parseTextArticle } from '../src/articles/parse.ts';
import type { ArticleInput } from '../src/articles/types.ts';
import { evaluate, formatReport, parseGold } from '../src/eval/index.ts';
import { addArticle, createNewsGraph, nodeKey, upsertNode } from '../src/graph/index.ts';
import type { EntityType, NewsGraph } from '../src/graph/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const goldPath = process.argv[2] ?? join(root, '../shared/eval/seeds.gold.json');
const seeds = join(root, 'seeds');
const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')));
const articles: ArticleInput[] = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseTextArticle(f, f, readFileSync(join(seeds, f), 'utf8')));

function baselineGraph(perArticle: boolean): NewsGraph {
  const graph = createNewsGraph();
  for (const article of articles) {
    addArticle(graph, { id: article.id, file: article.file, lang: 'und', text: article.text });
    const doc = nlp(article.text);
    const found: [EntityType, string[]][] = [
      ['person', doc.people().out('array') as string[]],
      ['place', doc.places().out('array') as string[]],
      ['organisation', doc.organizations().out('array') as string[]],
    ];
    for (const [type, names] of found) {
      for (const raw of names) {
        // compromise keeps the punctuation around a match ("Iran," "(Islamisk"): trimmed, as any caller would.
        const label = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const key = nodeKey(type, label) + (perArticle ? `@${article.id}` : '');
        if (label) upsertNode(graph, { key, label, type });
      }
    }
  }
  return graph;
}

const merged = baselineGraph(false);
const report = evaluate(merged, gold);
const title = `compromise people/places/organizations on seeds/, one node per name (${merged.order} nodes)`;
process.stdout.write(formatReport(report, { title }) + '\n\n');
const perArticle = baselineGraph(true);
const perArticleF1 = evaluate(perArticle, gold).entities.f1 ?? 0;
process.stdout.write(
  `baseline entity F1, one node per name:          ${(report.entities.f1 ?? 0).toFixed(3)}\n`,
);
process.stdout.write(
  `baseline entity F1, one node per name and article: ${perArticleF1.toFixed(3)} (${perArticle.order} nodes)\n`,
);
