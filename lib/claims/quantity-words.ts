/**
 * The words news text uses around a count to say what the counted did or underwent, whether the count
 * is a running total or an increment, and as of when it holds, in ru/uk/en. Written by hand from the
 * casualty, election and strike reports of the development corpora's kinds of events (no event's own
 * words): general reporting vocabulary, matched on the normalised word (prefixes end in `*`).
 */

/**
 * Roles of a count: what happened to the counted people or things. Two figures count the same thing only
 * when their roles agree (dead vs injured is never a difference). `casualties` (dead and injured
 * together) is set by the reader, not by a word: see SUPERSET_CUES.
 */
export const ROLE_WORDS: Record<string, string> = {
  dead:
    'погиб* погибш* убит* убиты жертв* смерт* скончал* умерл* умерш* загибл* загин* вбит* померл* ' +
    'dead death deaths died die dies killed kill killing kills fatalities fatality fatal toll',
  injured:
    'ранен* ранения ранение ранений ранены пострадав* пострадал* травмир* травм* госпитализ* поранен* ' +
    'постраждал* травмован* шпиталіз* injured injuries injury injuring wounded wounding hurt hospitalised hospitalized',
  missing: 'пропавш* пропал* пропали зникл* зниклих missing',
  bodies: 'тел тела тіл тіла bodies body corpses',
  survivors: 'выжил* выживш* вижил* врятувал* survived survivors survivor',
  rescued: 'спас* спасен* врятован* rescued',
  detained: 'задержан* задержал* затриман* затримал* арестован* заарештован* detained arrested arrest',
  evacuated: 'эвакуир* евакуйов* евакуац* эвакуац* evacuated evacuation',
  aboard: 'борту aboard onboard',
  'shot-down': 'сбит* сбил* сбили збит* збил* збили перехвач* перехоплен* уничтож* знищен* intercepted downed',
  yes: 'поддержал* підтримал* supported backed favour favor',
  no: 'против проти against unwilling',
  turnout: 'явка явки явку явкой явці turnout',
};

/** Ballot answers, only as roles when quoted (`«за»`, `"так"`, `“yes”`): unquoted they are everyday words. */
export const QUOTED_ROLE_WORDS: Record<string, string> = {
  yes: 'за так да yes',
  no: 'против проти нет ні no',
};

/** Roles whose count is of people whatever noun is written (`20 погибших`, `29 deaths`, `killing six people`). */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'dead',
  'injured',
  'missing',
  'casualties',
  'survivors',
  'rescued',
  'detained',
  'evacuated',
  'aboard',
]);

/**
 * Nouns that count people (`человек`, `осіб`, `людей`, `people`) and children, which the cross-language
 * lexicon gives no common sense: each class is one key.
 */
export const COUNTED_CLASSES: Record<string, string> = {
  '@person':
    'человек человека людей люди человеку людям людьми чел особа особи осіб особу людина людини людей люди ' +
    'жителей жители жителя мирных мешканців мешканці мешканця цивільних civilians residents ' +
    'people persons person individuals',
  '@child': 'ребенок ребёнок ребенка детей дети детям детьми дитина дитини діти дітей дітям дітьми child children kids',
};

/**
 * After a count, a figure that names part of it (`695 пострадавших, из них 144 погибли`): the first
 * count is then of dead and injured together.
 */
export const SUPERSET_CUES: readonly string[][] = [
  ['из', 'них'],
  ['з', 'них'],
  ['із', 'них'],
  ['of', 'whom'],
  ['of', 'them'],
];

/** Before a count: it names part of the count just before it (`29 deaths, including four children`). */
export const SUBSET_CUES: readonly string[][] = [
  ['в', 'том', 'числе'],
  ['у', 'тому', 'числі'],
  ['в', 'тому', 'числі'],
  ['зокрема'],
  ['включая'],
  ['включно', 'з'],
  ['including'],
  ['among', 'them'],
  ['серед', 'них'],
  ['среди', 'них'],
];

/** Right before a count: an increment (`ещё 139`, `another 3,400`, `ще 3400`). */
export const NEW_BEFORE: ReadonlySet<string> = new Set(['ещё', 'еще', 'ще', 'another', 'additional', 'further']);
/** Right after a count, before the noun: an increment (`18 more bodies`, `12 новых`). */
export const NEW_AFTER: ReadonlySet<string> = new Set(['more', 'additional', 'new', 'новых', 'нових', 'новые', 'нові']);
/**
 * Verbs of growth and totals before a count: a running total (`rose to 93`, `зросла до 2 719`,
 * `достигло 143`). After one of them, `до` / `to` / `up to` is the new total, not an upper bound.
 */
export const TOTAL_BEFORE: ReadonlySet<string> = new Set(
  (
    'возросло возросла возрос выросло выросла вырос увеличилось увеличилась увеличился достигло достигла достиг ' +
    'составило составила составил составляет достигает всего итого общей сложности ' +
    'зросла зросло зріс збільшилася збільшилося сягнула сягнуло сягнув досягла досягло становить склала склало ' +
    'загалом усього всього ' +
    'risen rose rises climbed climbs increased reached reaches total totals overall bringing brought stands stood'
  ).split(' '),
);

/** `по состоянию на`, `станом на`, `as of`: the date and time a count holds as of follow. */
export const AS_OF_CUES: readonly string[][] = [
  ['по', 'состоянию', 'на'],
  ['на', 'момент'],
  ['станом', 'на'],
  ['as', 'of'],
];

/** Words joining the two ends of a range (`55 to 57`, `от 19 до 22`, `5 or 6`); `and` only after `between`. */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'or', 'до', 'или', 'або', 'чи']);
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'между', 'від', 'от', 'з', 'из', 'між']);
export const RANGE_AND: ReadonlySet<string> = new Set(['and', 'и', 'та', 'і']);

/** Prepositions before the place a count is limited to (`погибли в Киеве`, `killed in Kyiv`). */
export const SCOPE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'в',
  'во',
  'у',
  'на',
  'по',
  'in',
  'across',
  'throughout',
]);
/** Prepositions before the point a distance is measured from (`в 17 км от Мандалая`, `70km northeast of Belgorod`). */
export const REFERENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['от', 'від', 'из', 'з', 'із', 'of', 'from']);

/** Matches a normalised word against a list of words and `prefix*` entries. */
export function wordMatcher(table: Record<string, string>): (word: string) => string | undefined {
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const [key, words] of Object.entries(table)) {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      if (w.endsWith('*')) prefixes.push([w.slice(0, -1), key]);
      else exact.set(w, key);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return (word: string) => {
    const hit = exact.get(word);
    if (hit) return hit;
    for (const [p, key] of prefixes) if (word.startsWith(p)) return key;
    return undefined;
  };
}

export const roleOfWord = wordMatcher(ROLE_WORDS);
export const classOfWord = wordMatcher(COUNTED_CLASSES);
export const quotedRoleOfWord = wordMatcher(QUOTED_ROLE_WORDS);
