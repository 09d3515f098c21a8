import type { Article } from '../../lib/extraction/article';
import type { RealDocument } from './fixtures';

/** Something that, given an article, names the corpus documents it takes to report the same story. */
export interface Finder {
  name: string;
  /** `excludeId` is the article's own id when it is itself stored (real documents queried in place). */
  find(article: Article, excludeId?: string): Promise<string[]>;
}

export interface Query {
  id: string;
  article: Article;
  /** The documents a perfect finder returns: the article's planted siblings / same-event documents. */
  expected: ReadonlySet<string>;
  /** Set when the query article is itself in the corpus. */
  storedAs?: string;
}

export interface QueryRun {
  /** Milliseconds per find, every timed repetition of every query. */
  samples: number[];
  /** Expected documents found, summed over queries (first repetition). */
  found: number;
  expected: number;
  /** Documents returned, summed over queries: found / returned is precision. */
  returned: number;
}

/** Runs every query `reps` times after `warmups` untimed queries; recall is counted on the first repetition. */
export async function runQueries(
  finder: Finder,
  queries: readonly Query[],
  options: { warmups: number; reps: number },
): Promise<QueryRun> {
  for (const q of queries.slice(0, options.warmups)) await finder.find(q.article, q.storedAs);
  const run: QueryRun = { samples: [], found: 0, expected: 0, returned: 0 };
  for (let rep = 0; rep < options.reps; rep++) {
    for (const q of queries) {
      const start = performance.now();
      const ids = await finder.find(q.article, q.storedAs);
      run.samples.push(performance.now() - start);
      if (rep > 0) continue;
      run.expected += q.expected.size;
      run.returned += ids.length;
      for (const id of new Set(ids)) if (q.expected.has(id)) run.found++;
    }
  }
  return run;
}

/** Each real document queried in place; expected: the other documents of its group (ordered pairs). */
export function groupQueries(docs: readonly RealDocument[]): Query[] {
  return docs.map((d) => ({
    id: d.id,
    article: d.article,
    storedAs: d.id,
    expected: new Set(docs.filter((o) => o.group === d.group && o.id !== d.id).map((o) => o.id)),
  }));
}
