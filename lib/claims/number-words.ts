/** Number words of ru/uk/en in the case forms news text uses, with their values. */

const ENTRIES: [number, string][] = [
  [1, 'один одна одно одне одного одной одній одному одним одну'],
  [1.5, 'полтора полторы півтора'],
  [2, 'два две дві двух двох двум двом двумя двома'],
  [3, 'три трех трёх трьох трем трём трьом тремя трьома'],
  [4, 'четыре четырех четырём четырем четырьмя чотири чотирьох чотирьом чотирма'],
  [5, "пять пяти пятью п'ять п'яти п'ятьма"],
  [6, 'шесть шести шестью шість шістьма'],
  [7, 'семь семи семью сім сьома сімома'],
  [8, 'восемь восьми восьмью вісім вісьмох вісьмома'],
  [9, "девять девяти девятью дев'ять дев'яти"],
  [10, 'десять десяти десятью'],
  [11, 'одиннадцать одиннадцати одинадцять одинадцяти'],
  [12, 'двенадцать двенадцати дванадцять дванадцяти'],
  [13, 'тринадцать тринадцати тринадцять тринадцяти'],
  [14, 'четырнадцать четырнадцати чотирнадцять чотирнадцяти'],
  [15, "пятнадцать пятнадцати п'ятнадцять п'ятнадцяти"],
  [16, 'шестнадцать шестнадцати шістнадцять шістнадцяти'],
  [17, 'семнадцать семнадцати сімнадцять сімнадцяти'],
  [18, 'восемнадцать восемнадцати вісімнадцять вісімнадцяти'],
  [19, "девятнадцать девятнадцати дев'ятнадцять дев'ятнадцяти"],
  [20, 'двадцать двадцати двадцять двадцяти'],
  [30, 'тридцать тридцати тридцять тридцяти'],
  [40, 'сорок сорока'],
  [50, "пятьдесят пятидесяти п'ятдесят п'ятдесяти"],
  [60, 'шестьдесят шестидесяти шістдесят шістдесяти'],
  [70, 'семьдесят семидесяти сімдесят сімдесяти'],
  [80, 'восемьдесят восьмидесяти вісімдесят вісімдесяти'],
  [90, "девяносто девяноста дев'яносто"],
  [100, 'сто ста'],
  [200, 'двести двухсот двісті двохсот'],
  [300, 'триста трехсот трьохсот'],
  [400, 'четыреста четырехсот чотириста чотирьохсот'],
  [500, "пятьсот пятисот п'ятсот п'ятисот"],
];

// Collective numerals count people (`трое детей`, `десятеро постраждалих`), so they are counts even alone.
const COLLECTIVE_ENTRIES: [number, string][] = [
  [2, 'двое двоих двоим двоє'],
  [3, 'трое троих троим троє'],
  [4, 'четверо четверых четверих'],
  [5, "пятеро пятерых п'ятеро п'ятьох"],
  [6, 'шестеро шестерых шістьох'],
  [7, 'семеро семерых сімох'],
  [8, 'восьмеро восьмерых'],
  [9, "девятеро девятерых дев'ятеро дев'ятьох"],
  [10, 'десятеро десятерых десятьох'],
];
export const COLLECTIVE_NUMBERS: ReadonlySet<string> = new Set(COLLECTIVE_ENTRIES.flatMap(([, f]) => f.split(' ')));

// English units by position (index = value) and tens from thirty on.
const ENGLISH_UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
const ENGLISH_TENS = 'thirty forty fifty sixty seventy eighty ninety';

export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [value, forms] of [...ENTRIES, ...COLLECTIVE_ENTRIES]) for (const f of forms.split(' ')) map.set(f, value);
  ENGLISH_UNITS.split(' ').forEach((w, i) => {
    if (i > 0) map.set(w, i);
  });
  ENGLISH_TENS.split(' ').forEach((w, i) => {
    map.set(w, 30 + 10 * i);
  });
  map.set('hundred', 100);
  map.set('dozen', 12);
  return map;
})();

/** Multipliers written after a number (`27 тыс.`, `1,9 мільйона`, `$2 billion`, `€88m`). */
export const SCALE_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (value: number, forms: string): void => {
    for (const f of forms.split(' ')) map.set(f, value);
  };
  add(1e3, 'тыс тысяча тысячи тысяч тысячам тысячами тис тисяча тисячі тисяч тисячам thousand thousands k');
  add(
    1e6,
    'млн миллион миллиона миллионов миллионам миллионами мільйон мільйона мільйонів мільйонам million millions mln m',
  );
  add(1e9, 'млрд миллиард миллиарда миллиардов мільярд мільярда мільярдів billion billions bn b');
  add(1e12, 'трлн триллион триллиона триллионов трильйон трильйона трильйонів trillion trillions tn');
  return map;
})();

export type Qualifier = 'exact' | 'more' | 'less' | 'about' | 'almost' | 'upto';

/** Words before a number that qualify it, longest first so `не менее` wins over `менее`. */
export const QUALIFIERS: readonly [string[], Qualifier][] = [
  [['не', 'менее', 'чем'], 'more'],
  [['более', 'чем'], 'more'],
  [['больше', 'чем'], 'more'],
  [['більше', 'ніж'], 'more'],
  [['менее', 'чем'], 'less'],
  [['менше', 'ніж'], 'less'],
  [['just', 'over'], 'more'],
  [['не', 'менее'], 'more'],
  [['не', 'меньше'], 'more'],
  [['не', 'менше'], 'more'],
  [['как', 'минимум'], 'more'],
  [['at', 'least'], 'more'],
  [['як', 'мінімум'], 'more'],
  [['принаймні'], 'more'],
  [['щонайменше'], 'more'],
  [['more', 'than'], 'more'],
  [['in', 'excess', 'of'], 'more'],
  [['не', 'более'], 'upto'],
  [['не', 'больше'], 'upto'],
  [['не', 'більше'], 'upto'],
  [['up', 'to'], 'upto'],
  [['at', 'most'], 'upto'],
  [['less', 'than'], 'less'],
  [['fewer', 'than'], 'less'],
  [['чуть', 'более'], 'more'],
  [['более'], 'more'],
  // `явка перевищила 51,4%`: exceeding a number is more than it.
  [['превысила'], 'more'],
  [['превысил'], 'more'],
  [['превысило'], 'more'],
  [['превысили'], 'more'],
  [['перевищила'], 'more'],
  [['перевищив'], 'more'],
  [['перевищило'], 'more'],
  [['перевищили'], 'more'],
  [['exceeded'], 'more'],
  [['surpassed'], 'more'],
  [['topped'], 'more'],
  [['больше'], 'more'],
  [['свыше'], 'more'],
  [['понад'], 'more'],
  [['більше'], 'more'],
  [['over'], 'more'],
  [['above'], 'more'],
  [['менее'], 'less'],
  [['меньше'], 'less'],
  [['менше'], 'less'],
  [['under'], 'less'],
  [['below'], 'less'],
  [['около'], 'about'],
  [['примерно'], 'about'],
  [['порядка'], 'about'],
  [['приблизительно'], 'about'],
  [['приблизно'], 'about'],
  [['близько'], 'about'],
  [['орієнтовно'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['почти'], 'almost'],
  [['майже'], 'almost'],
  [['nearly'], 'almost'],
  [['almost'], 'almost'],
  [['до'], 'upto'],
];

/** Units and measure words mapped to language-independent keys; matched on the normalised word. */
export const UNIT_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (key: string, forms: string): void => {
    for (const f of forms.split(' ')) map.set(f, key);
  };
  add(
    'year',
    'год года году годом годы годов годам годами годах лет рік року році роком роки років рокам роками літ year years yr',
  );
  add('month', 'месяц месяца месяцев месяцы місяць місяця місяці місяців month months');
  add('week', 'неделя недели недель неделю тиждень тижня тижні тижнів week weeks');
  add('day', 'день дня дней дни суток сутки днів дні доба доби діб day days');
  add('hour', 'час часа часов години годин годину hour hours');
  add('minute', 'минута минуты минут минуту хвилина хвилини хвилин хвилину minute minutes min мин хв');
  add('second', 'секунда секунды секунд секунду секунди second seconds sec сек');
  add(
    'km',
    'км километр километра километров километрах кілометр кілометра кілометрів кілометрах km kilometre kilometres kilometer kilometers',
  );
  add('mile', 'миля мили миль миля милі mile miles');
  add('m', 'м метр метра метров метрах метрів метри meter meters metre metres');
  add('%', '% процент процента процентов процентах відсоток відсотка відсотки відсотків percent per-cent pct');
  add('usd', '$ us$ доллар доллара долларов долларах долар долара доларів dollar dollars usd');
  add('eur', '€ евро євро euro euros eur');
  add('gbp', '£ фунт фунта фунтов фунтів pound pounds gbp');
  add('uah', '₴ гривна гривны гривен гривень гривні гривня грн uah hryvnia hryvnias');
  add('rub', '₽ рубль рубля рублей рублів руб rub ruble rubles rouble roubles');
  add('magnitude', 'магнитуда магнитуды магнитудой магнітуда магнітуди магнітудою magnitude');
  add('point', 'балл балла баллов бал бали балів points');
  return map;
})();
