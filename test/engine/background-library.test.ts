import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createWorkerLibrary } from '../../lib/background/worker-library';
import type { Article } from '../../lib/extraction/article';
import { contentHash } from '../../lib/extraction/content-hash';
import { articleFromSeed } from '../../lib/extraction/seed-article';
import { LEXICON_PATH } from '../../lib/node/load-lexicon-from-disk';
import { SEEDS_DIR, seedText } from '../support/seeds';

const seedFiles = Object.fromEntries(readdirSync(SEEDS_DIR).map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]));
const lexiconJson = JSON.parse(readFileSync(LEXICON_PATH, 'utf8'));

/** A page from an outlet the bundle lacks, on the seeds' event, with one figure changed. */
function storedPage(): Article {
  const text = seedText('003')
    .replace(/^\s*date\s+\S+\s+/, '')
    .replace('понад 27 лідерів', 'понад 40 лідерів');
  return {
    title: 'Союзники України зустрічаються у Парижі',
    byline: null,
    outlet: 'Тестові Новини',
    url: 'https://news.example/paris',
    canonicalUrl: 'https://news.example/paris',
    published: '2026-01-06',
    lang: 'uk',
    text,
    excerpt: null,
    contentHash: contentHash(text),
  };
}

/** Counts every analysis the library runs, through the real analyser. */
const analyses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/claims/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/claims/analyze')>();
  return {
    ...real,
    createAnalyzer: (lexicon: Parameters<typeof real.createAnalyzer>[0]) => {
      const analyzer = real.createAnalyzer(lexicon);
      return {
        analyze: (article: Article) => {
          analyses.count += 1;
          return analyzer.analyze(article);
        },
      };
    },
  };
});

function workerLibrary(factory: IDBFactory) {
  return createWorkerLibrary({ loadLexiconJson: async () => lexiconJson, seedFiles, indexedDB: factory })();
}

const seed002 = () => articleFromSeed('002_11f65d7f125b6a49.txt', seedText('002'));

describe('the background library (IndexedDB + engine)', () => {
  it('compares a new page with the seeds and flags 40 vs 27 leaders', async () => {
    const library = await workerLibrary(new IDBFactory());
    const { comparison, corpusSize } = await library.compare(storedPage());
    expect(corpusSize).toBe(5);
    expect(comparison.stories.map((s) => s.id)).toContain('seed:002_11f65d7f125b6a49.txt');
    const differences = comparison.stories.flatMap((s) => s.claims.flatMap((c) => c.differences));
    expect(differences).toContainEqual(
      expect.objectContaining({ kind: 'number', here: expect.stringMatching(/40 лідерів/) }),
    );
  });

  it('matches a stored page at once and again after a cold start, without analysing any stored document again', async () => {
    const factory = new IDBFactory();
    analyses.count = 0;
    const warm = await workerLibrary(factory);
    expect(analyses.count).toBe(5); // the five seeds, once
    const saved = await warm.save(storedPage());
    expect(saved.status).toBe('created');
    const hot = await warm.compare(seed002());
    expect(hot.comparison.stories.map((s) => s.outlet)).toContain('Тестові Новини');

    analyses.count = 0;
    const cold = await workerLibrary(factory); // a restarted worker: same database, empty memory
    expect(analyses.count).toBe(0);
    const again = await cold.compare(seed002());
    expect(analyses.count).toBe(1); // only the article being compared
    expect(again.corpusSize).toBe(6);
    expect(again.comparison.stories.map((s) => s.outlet)).toContain('Тестові Новини');
    expect(again.documents[saved.id]).toEqual({
      source: 'stored',
      url: 'https://news.example/paris',
      published: '2026-01-06',
    });
  });

  it('drops a deleted page from matching at once', async () => {
    const library = await workerLibrary(new IDBFactory());
    const { id } = await library.save(storedPage());
    expect(await library.remove([id])).toBe(1);
    const { comparison, corpusSize } = await library.compare(seed002());
    expect(corpusSize).toBe(5);
    expect(comparison.stories.map((s) => s.id)).not.toContain(id);
  });
});
