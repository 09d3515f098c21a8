import { foldCyrillic } from '../text/normalise';
import { stem } from '../text/stem';
import { type Token, tokenize } from '../text/tokenize';

export type KnownKind = 'media' | 'org' | 'place';

export interface KnownName {
  key: string;
  kind: KnownKind;
}

// Outlets and agencies (attribution sources), organisations and places frequent in news, with their
// spellings in ru/uk/en. Keys are stable English ids so a claim's `source` compares across languages.
const MEDIA: Record<string, string> = {
  reuters: 'Reuters|Рейтер|Рейтерс',
  bloomberg: 'Bloomberg|Блумберг',
  politico: 'Politico|Политико|Політико',
  ap: 'AP|Associated Press|Ассошиэйтед Пресс|Ассошіейтед Прес',
  afp: 'AFP|Франс Пресс|Франс Прес|Agence France-Presse',
  tass: 'ТАСС|TASS',
  ria: 'РИА Новости|RIA Novosti|РИА',
  interfax: 'Интерфакс|Інтерфакс|Interfax',
  'interfax-ukraine': 'Интерфакс-Украина|Інтерфакс-Україна|Interfax-Ukraine',
  unian: 'УНИАН|УНІАН|UNIAN',
  unn: 'УНН|UNN',
  ukrinform: 'Укринформ|Укрінформ|Ukrinform',
  'rbc-ukraine': 'РБК-Украина|РБК-Україна|RBC-Ukraine',
  rbc: 'РБК|RBC',
  bbc: 'BBC|Би-би-си|Бі-бі-сі',
  cnn: 'CNN',
  nbc: 'NBC|NBC News',
  cbs: 'CBS',
  npr: 'NPR',
  'fox-news': 'Fox News',
  dw: 'DW|Deutsche Welle|Немецкая волна|Німецька хвиля',
  nyt: 'New York Times|NYT|Нью-Йорк Таймс',
  wsj: 'Wall Street Journal|WSJ|Уолл-стрит джорнэл',
  'washington-post': 'Washington Post|Вашингтон пост',
  ft: 'Financial Times|Файненшл Таймс',
  guardian: 'Guardian|Гардиан|Гардіан',
  axios: 'Axios|Аксиос|Аксіос',
  'al-jazeera': 'Al Jazeera|Аль-Джазира|Аль-Джазіра',
  'kyiv-independent': 'Kyiv Independent',
  'kyiv-post': 'Kyiv Post',
  meduza: 'Meduza|Медуза',
  kommersant: 'Коммерсант|Коммерсантъ|Kommersant',
  'ukrainska-pravda': 'Украинская правда|Українська правда|Ukrainska Pravda',
  suspilne: 'Суспільне|Suspilne',
  liga: 'LIGA.net|ЛИГА|ЛІГА',
  obozrevatel: 'OBOZ.UA|Обозреватель|Obozrevatel',
  glavred: 'Главред',
  telegraf: 'Телеграф|Telegraf',
  nv: 'НВ|Новое время|Новий час',
  'le-parisien': 'Le Parisien',
  'le-monde': 'Le Monde',
  bfmtv: 'BFMTV',
  nhk: 'NHK',
  'sky-news': 'Sky News',
  bild: 'Bild',
  euronews: 'Euronews',
  kyodo: 'Kyodo',
  xinhua: 'Xinhua|Синьхуа',
  cctv: 'CCTV|China Central Television|Центральное телевидение Китая|Центральне телебачення Китаю',
  'radio-svoboda': 'Радио Свобода|Радіо Свобода|Radio Svoboda|Radio Liberty',
  shot: 'SHOT',
  mash: 'Mash',
};

const ORGS: Record<string, string> = {
  nato: 'НАТО|NATO',
  eu: 'ЕС|ЄС|EU|Евросоюз|Євросоюз|Европейский союз|Європейський союз|European Union',
  un: 'ООН|UN|United Nations',
  usgs: 'USGS',
  gfz: 'GFZ',
  sbu: 'СБУ|SBU',
  nabu: 'НАБУ|NABU',
  sap: 'САП|SAP',
  afu: 'ВСУ|ЗСУ|AFU',
  'russian-mod': 'Минобороны|Міноборони',
  kremlin: 'Кремль|Kremlin',
  'white-house': 'Белый дом|Білий дім|White House',
  pentagon: 'Пентагон|Pentagon',
  congress: 'Конгресс|Конгрес|Congress',
  iaea: 'МАГАТЭ|МАГАТЕ|IAEA',
  imf: 'МВФ|IMF',
  pis: 'ПиС|ПіС|PiS',
};

const PLACES: Record<string, string> = {
  ukraine: 'Украина|Україна|Ukraine',
  russia: 'Россия|Росія|Russia|РФ',
  usa: 'США|USA|US|U.S.|Соединенные Штаты|Сполучені Штати|United States|Америка|America',
  europe: 'Европа|Європа|Europe',
  france: 'Франция|Франція|France',
  uk: 'Великобритания|Велика Британія|Британия|Британія|Britain|UK|United Kingdom',
  germany: 'Германия|Німеччина|Germany',
  poland: 'Польша|Польща|Poland',
  japan: 'Япония|Японія|Japan',
  china: 'Китай|China',
  turkey: 'Турция|Туреччина|Turkey|Türkiye',
  belarus: 'Беларусь|Білорусь|Belarus',
  canada: 'Канада|Canada',
  paris: 'Париж|Paris',
  kyiv: 'Киев|Київ|Kyiv|Kiev',
  moscow: 'Москва|Moscow',
  washington: 'Вашингтон|Washington',
  london: 'Лондон|London',
  berlin: 'Берлин|Берлін|Berlin',
  warsaw: 'Варшава|Warsaw',
  istanbul: 'Стамбул|Istanbul',
  brussels: 'Брюссель|Brussels',
  kamchatka: 'Камчатка|Kamchatka',
  donbas: 'Донбасс|Донбас|Donbas|Donbass',
  crimea: 'Крым|Крим|Crimea',
  kharkiv: 'Харьков|Харків|Kharkiv',
  odesa: 'Одесса|Одеса|Odesa|Odessa',
  hawaii: 'Гавайи|Гаваї|Hawaii',
  tynda: 'Тында|Тинда|Tynda',
  louvre: 'Лувр|Louvre',
};

/** Folded stem variants of a token as the analyser may see it (Cyrillic stemmed as ru and as uk). */
export function tokenStems(token: Token): string[] {
  if (token.script === 'latin') return [stem(token.norm, 'en')];
  if (token.script === 'cyrillic') {
    const ru = foldCyrillic(stem(token.norm, 'ru'));
    const uk = foldCyrillic(stem(token.norm, 'uk'));
    return ru === uk ? [ru] : [ru, uk];
  }
  return [token.norm];
}

// Case endings to pre-stem with each Cyrillic alias, because stemmers cut short names unevenly
// (`Киев` → `ки` but `Киева` → `киев`).
const FEMININE_ENDINGS = ['а', 'я', 'и', 'ы', 'і', 'ї', 'е', 'у', 'ю', 'ой', 'ою', 'ей', 'єю'];
const MASCULINE_ENDINGS = ['', 'а', 'у', 'е', 'і', 'ом', 'ем', 'ові', 'я', 'ю', 'ы', 'и'];

function inflections(token: Token): Token[] {
  if (token.script !== 'cyrillic' || token.norm.includes('-') || token.acronym) return [token];
  const feminine = /[ая]$/.test(token.norm);
  const base = feminine ? token.norm.slice(0, -1) : token.norm;
  const endings = feminine ? FEMININE_ENDINGS : MASCULINE_ENDINGS;
  return [token, ...endings.map((e) => ({ ...token, norm: base + e }))];
}

const INDEX = new Map<string, KnownName>();
let longest = 1;

function register(table: Record<string, string>, kind: KnownKind): void {
  for (const [key, names] of Object.entries(table)) {
    for (const name of names.split('|')) {
      const tokens = tokenize(name);
      longest = Math.max(longest, tokens.length);
      // Every combination of the words' stem variants, joined by spaces.
      let variants = [''];
      for (const t of tokens) {
        const stems = [...new Set(inflections(t).flatMap(tokenStems))];
        variants = variants.flatMap((v) => stems.map((s) => (v ? `${v} ${s}` : s)));
      }
      for (const v of variants) if (!INDEX.has(v)) INDEX.set(v, { key, kind });
    }
  }
}
register(MEDIA, 'media');
register(ORGS, 'org');
register(PLACES, 'place');

/** Longest known name starting at `tokens[i]`, with how many tokens it spans. */
export function matchKnownName(
  tokens: readonly Token[],
  i: number,
  stemOf: (t: Token) => string,
): [KnownName, number] | null {
  for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
    const first = tokens[i] as Token;
    if (!first.capitalised) return null;
    let key = '';
    for (let k = 0; k < n; k++) key += (k ? ' ' : '') + stemOf(tokens[i + k] as Token);
    const hit = INDEX.get(key);
    if (hit) return [hit, n];
  }
  return null;
}
