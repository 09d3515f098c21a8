import type { Claim, Figure } from '../claims/claim';
import { NUMBER_WORDS, QUALIFIERS, SCALE_WORDS } from '../claims/number-words';
import type { StoryMatch } from './comparison';
import { claimCountry, documentCountry, inCountry } from './document-country';
import { countsSomething, figuresCompatible, sameQuantity } from './figure-compatibility';

/**
 * "Figures at a glance": every quantity that this page and at least one other document report, with
 * each value and who gives it. Built from the figures of the claims each same-story match aligned with
 * this page's claims, so a value is only ever set beside another when the engine judged the sentences
 * to state the same fact. Plain data: the popup, the side panel, the CLI and the exports word it.
 */

/** One mention of the quantity: a figure as written in one claim of one document. */
export interface FigureMention {
  value: number;
  /** High end of a range (`55 to 57%`). */
  high?: number;
  /** Second number of a scorecard (`115-112`). */
  versus?: number;
  qualifier: Figure['qualifier'];
  /** The time the figure holds as of, when the text says (`по состоянию на 06:00 30 марта`). */
  asOf?: string;
  /** The figure as written, e.g. `более 27 мировых лидеров`. */
  text: string;
  outlet: string;
  /** The compared document's id; null for this page. */
  documentId: string | null;
  published: string | null;
  /** The claim it came from: its index in its article's claim list, its text, and the figure's span in that text. */
  claim: { index: number; text: string; start: number; end: number };
}

/** One value of the quantity (a number or range with its qualifier) and every mention that gives it. */
export interface FigureValue {
  value: number;
  high?: number;
  versus?: number;
  qualifier: Figure['qualifier'];
  /** This page gives this value. */
  here: boolean;
  mentions: FigureMention[];
}

export interface FigureRow {
  /** What is counted, language-neutral: the figures' noun key or unit (`@leader`, `@person`, `usd`, `km`). */
  key: string;
  /**
   * What is counted as this page writes it (`мировых лидеров`); '' when the page writes no word for it
   * (`risen to 93`, the UI then words `role`), or the key when there is no role either.
   */
  counted: string;
  /** What happened to the counted (`dead`, `injured`…), when the figures say (see Figure.role). */
  role?: string;
  /** `new` when the row counts increments (`18 more bodies`), never mixed with totals. */
  count?: 'new';
  /** Values in ascending order. */
  values: FigureValue[];
  /** Two documents give values that cannot both be right (at the same time). */
  conflict: boolean;
}

/** What figureRows reads of a comparison: this page's outlet and date, and the same-story matches. */
export interface FigureRowsInput {
  article: { outlet: string; published: string | null };
  stories: readonly Pick<StoryMatch, 'id' | 'outlet' | 'published' | 'claims'>[];
}

const countable = countsSomething;

const NUMBER_PART_WORDS = new Set<string>([
  ...QUALIFIERS.flatMap(([words]) => words),
  ...NUMBER_WORDS.keys(),
  ...SCALE_WORDS.keys(),
]);

/** The words after the number and its scale (`более 27 мировых лидеров` → `мировых лидеров`); '' if none. */
export function countedPhrase(text: string): string {
  const words = text.trim().split(/\s+/);
  let i = 0;
  for (; i < words.length; i++) {
    const word = (words[i] as string).toLowerCase().replace(/^[^\p{L}\p{N}$€£₴₽%]+|[^\p{L}\p{N}%]+$/gu, '');
    if (!/\p{N}|^[$€£₴₽]/u.test(word) && !NUMBER_PART_WORDS.has(word) && word !== '') break;
  }
  return words.slice(i).join(' ');
}

/**
 * The figures of two aligned claims that report the same quantity. A single count of a noun on each side
 * is the same quantity whatever its value (a toll of 144 later reported as 2,719); where a claim holds
 * several counts of one noun (`694 погибших, 1 670 пострадавших`), which answers which is unknown, so
 * only values that agree are paired.
 */
function pairedFigures(
  a: readonly Figure[],
  b: readonly Figure[],
  countryA: string | undefined,
  countryB: string | undefined,
): [number, number][] {
  const out: [number, number][] = [];
  // A toll naming no place is of its claim's or document's country (see inCountry).
  const same = (x: Figure, y: Figure): boolean => sameQuantity(inCountry(x, y, countryA), inCountry(y, x, countryB));
  for (let i = 0; i < a.length; i++) {
    const f = a[i] as Figure;
    if (!countable(f)) continue;
    const right = b.flatMap((g, j) => (countable(g) && same(f, g) ? [j] : []));
    if (right.length === 0) continue;
    const left = a.filter((x) => countable(x) && same(x, b[right[0] as number] as Figure));
    if (left.length === 1 && right.length === 1) {
      out.push([i, right[0] as number]);
      continue;
    }
    for (const j of right) if (figuresCompatible(f, b[j] as Figure)) out.push([i, j]);
  }
  return out;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

type Source = Pick<FigureMention, 'outlet' | 'documentId' | 'published'>;

function mentionOf(claim: Claim, figure: Figure, source: Source): FigureMention {
  return {
    value: figure.value,
    ...(figure.high !== undefined ? { high: figure.high } : {}),
    ...(figure.versus !== undefined ? { versus: figure.versus } : {}),
    qualifier: figure.qualifier,
    ...(figure.asOf ? { asOf: figure.asOf } : {}),
    text: figure.text,
    ...source,
    claim: {
      index: claim.index,
      text: claim.text,
      start: Math.max(0, figure.start - claim.start),
      end: Math.max(0, figure.end - claim.start),
    },
  };
}

function hasConflict(mentions: readonly { mention: FigureMention; figure: Figure }[]): boolean {
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i] as { mention: FigureMention; figure: Figure };
      const b = mentions[j] as { mention: FigureMention; figure: Figure };
      if (a.mention.documentId === b.mention.documentId) continue;
      if (!figuresCompatible(a.figure, b.figure)) return true;
    }
  }
  return false;
}

/**
 * Groups the figures of aligned claims into quantities. `here` is this page's claim list; `there` the
 * claim lists of the matched documents by id (a story whose claims are missing is skipped).
 */
export function figureRows(
  comparison: FigureRowsInput,
  here: readonly Claim[],
  there: ReadonlyMap<string, readonly Claim[]>,
): FigureRow[] {
  const mentions = new Map<string, { mention: FigureMention; figure: Figure; order: number }>();
  const sets = new UnionFind();
  const hereSource: Source = {
    outlet: comparison.article.outlet,
    documentId: null,
    published: comparison.article.published,
  };
  const add = (id: string, claim: Claim, figure: Figure, source: Source, order: number): void => {
    if (!mentions.has(id)) mentions.set(id, { mention: mentionOf(claim, figure, source), figure, order });
  };
  const hereCountry = documentCountry(here);
  comparison.stories.forEach((story, storyOrder) => {
    const claims = there.get(story.id);
    if (!claims) return;
    const thereCountry = documentCountry(claims);
    const source: Source = { outlet: story.outlet, documentId: story.id, published: story.published };
    for (const aligned of story.claims) {
      if (aligned.verdict === 'related') continue;
      const a = here[aligned.hereIndex];
      const b = claims[aligned.thereIndex];
      if (!a || !b) continue;
      const countries = [claimCountry(a, hereCountry), claimCountry(b, thereCountry)] as const;
      for (const [i, j] of pairedFigures(a.figures, b.figures, ...countries)) {
        const hereId = `#${a.index}#${i}`;
        const thereId = `${story.id}#${b.index}#${j}`;
        add(hereId, a, a.figures[i] as Figure, hereSource, -1);
        add(thereId, b, b.figures[j] as Figure, source, storyOrder);
        sets.union(hereId, thereId);
      }
    }
  });
  const groups = new Map<string, { mention: FigureMention; figure: Figure; order: number }[]>();
  for (const [id, entry] of mentions) {
    const root = sets.find(id);
    const group = groups.get(root) ?? [];
    group.push(entry);
    groups.set(root, group);
  }
  const rows: { row: FigureRow; documents: number; first: number }[] = [];
  for (const group of groups.values()) {
    group.sort((x, y) => x.order - y.order || x.mention.claim.index - y.mention.claim.index);
    const documents = new Set(group.map((g) => g.mention.documentId)).size;
    if (documents < 2) continue;
    const values = new Map<string, FigureValue>();
    for (const { mention } of group) {
      const k = `${mention.qualifier} ${mention.value} ${mention.high ?? ''} ${mention.versus ?? ''}`;
      const value: FigureValue = values.get(k) ?? {
        value: mention.value,
        ...(mention.high !== undefined ? { high: mention.high } : {}),
        ...(mention.versus !== undefined ? { versus: mention.versus } : {}),
        qualifier: mention.qualifier,
        here: false,
        mentions: [],
      };
      value.mentions.push(mention);
      if (mention.documentId === null) value.here = true;
      values.set(k, value);
    }
    const first = group[0] as { mention: FigureMention; figure: Figure };
    const role = group.find((g) => g.figure.role)?.figure.role;
    const written = group.find((g) => g.mention.documentId === null && countedPhrase(g.figure.text));
    rows.push({
      row: {
        key: first.figure.noun,
        counted: (written ? countedPhrase(written.figure.text) : '') || (role ? '' : first.figure.noun),
        ...(role ? { role } : {}),
        ...(first.figure.count === 'new' ? { count: 'new' as const } : {}),
        values: [...values.values()].sort((x, y) => x.value - y.value || (x.qualifier < y.qualifier ? -1 : 1)),
        conflict: hasConflict(group),
      },
      documents,
      first: first.mention.claim.index,
    });
  }
  rows.sort(
    (x, y) => Number(y.row.conflict) - Number(x.row.conflict) || y.documents - x.documents || x.first - y.first,
  );
  return rows.map((r) => r.row);
}
