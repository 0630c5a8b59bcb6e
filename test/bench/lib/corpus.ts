/**
 * A seeded generator of realistic policy documents for benchmarks and property tests: front matter,
 * a dateline, and paragraphs of diplomatic prose with varied people, organisations, places, dates
 * and commitments. Every paragraph carries different names and numbers, so no two paragraphs share
 * a text and nothing is cached by accident.
 */

/** A small, fast, seeded PRNG (mulberry32); the same seed always yields the same corpus. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const GIVEN = ['Shigeru', 'Minh', 'Anthony', 'Penny', 'Hiroyuki', 'Koji', 'Thi Mai', 'Kaja', 'Josep', 'Rahul', 'Subrahmanyam', 'Yoon', 'Sakura', 'Daniel', 'Maria', 'Ahmed', 'Olga', 'Jean-Luc', 'Teresa', 'Kwame', 'Ines', 'Tuan Anh', 'Farida', 'Lars'];
const FAMILY = ['Ishiba', 'Pham', 'Albanese', 'Wong', 'Namazu', 'Kano', 'Nguyen', 'Kallas', 'Borrell', 'Jaishankar', 'Tanaka', 'Suzuki', 'Okafor', 'Moreau', 'Lindqvist', 'Haddad', 'Petrova', 'Santos', 'Hoang', 'Mensah', 'Fischer', 'Tran', 'Kowalski', 'Ibrahim'];
const TITLES = ['Prime Minister', 'Foreign Minister', 'Minister of Defence', 'Deputy Minister', 'President', 'Secretary of State', 'Ambassador', 'Vice-Minister', 'Senior Deputy Minister for Foreign Affairs', 'Mr.', 'Ms.', 'Dr.'];
const COUNTRIES = ['Japan', 'Viet Nam', 'Vietnam', 'Australia', 'India', 'the Philippines', 'Indonesia', 'France', 'Germany', 'Canada', 'Brazil', 'Kenya', 'Singapore', 'Malaysia', 'the Republic of Korea', 'New Zealand', 'Thailand', 'Chile'];
const CITIES = ['Tokyo', 'Hanoi', 'Canberra', 'New Delhi', 'Manila', 'Jakarta', 'Paris', 'Berlin', 'Ottawa', 'Brasilia', 'Nairobi', 'Singapore', 'Kuala Lumpur', 'Seoul', 'Wellington', 'Bangkok', 'Geneva', 'Brussels'];
const ORGS = ['the Ministry of Foreign Affairs', 'the United Nations', 'ASEAN', 'the European Union', 'the World Bank', 'the Asian Development Bank', 'the Ministry of Defense', 'the G7', 'the Quad', 'NATO', 'the World Trade Organization', 'the International Monetary Fund'];
const REGIONS = ['the South China Sea', 'the Indo-Pacific', 'the Mekong region', 'the Pacific Islands', 'the Korean Peninsula', 'the Red Sea', 'Southeast Asia'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = ['maritime security', 'clean energy', 'semiconductor supply chains', 'digital trade', 'climate finance', 'disaster relief', 'cyber security', 'infrastructure investment', 'human resource development', 'public health', 'food security', 'critical minerals'];
const VERBS = ['strengthen cooperation on', 'deepen dialogue on', 'expand investment in', 'launch a joint study on', 'establish a working group on', 'hold regular consultations on'];
const DEADLINES = ['by the end of the year', 'by 2030', 'within two years', 'by March next year', 'before the next summit', 'by the end of 2026'];

/** One person mention with a title, in one of the forms documents use. */
function person(r: Random): string {
  const given = r.pick(GIVEN);
  const family = r.pick(FAMILY);
  switch (r.int(4)) {
    case 0:
      return `${r.pick(TITLES)} ${given} ${family}`;
    case 1:
      return `${r.pick(TITLES)} ${family.toUpperCase()} ${given}`;
    case 2:
      return `${given} ${family}`;
    default:
      return `${r.pick(COUNTRIES).replace(/^the /, '')}'s ${r.pick(TITLES)} ${given} ${family}`;
  }
}

function date(r: Random, year: number): string {
  switch (r.int(5)) {
    case 0:
      return `on ${r.pick(DAYS)}`;
    case 1:
      return `on ${1 + r.int(28)} ${r.pick(MONTHS)} ${year}`;
    case 2:
      return `on ${r.pick(MONTHS)} ${1 + r.int(28)}, ${year}`;
    case 3:
      return `in ${r.pick(MONTHS)} this year`;
    default:
      return `last ${r.pick(['week', 'month', 'year'])}`;
  }
}

/** One sentence of diplomatic prose. */
function sentence(r: Random, year: number): string {
  const a = person(r);
  const b = person(r);
  const n = 1 + r.int(900);
  switch (r.int(8)) {
    case 0:
      return `${a} met ${b} in ${r.pick(CITIES)} ${date(r, year)} to discuss ${r.pick(TOPICS)} and ${r.pick(TOPICS)}.`;
    case 1:
      return `The two sides agreed to ${r.pick(VERBS)} ${r.pick(TOPICS)} ${r.pick(DEADLINES)}.`;
    case 2:
      return `${r.pick(COUNTRIES)} will provide ${n} million dollars through ${r.pick(ORGS)} to support ${r.pick(TOPICS)} in ${r.pick(REGIONS)}.`;
    case 3:
      return `“We will ${r.pick(VERBS)} ${r.pick(TOPICS)} with our partners,” ${a} said in ${r.pick(CITIES)}.`;
    case 4:
      return `Officials from ${r.pick(ORGS)} and ${r.pick(ORGS)} reviewed progress on ${r.pick(TOPICS)} ${date(r, year)}, noting ${n} projects under way.`;
    case 5:
      return `${a} expressed concern about recent developments in ${r.pick(REGIONS)} and called for restraint.`;
    case 6:
      return `${r.pick(COUNTRIES)} and ${r.pick(COUNTRIES)} committed to ${r.pick(VERBS)} ${r.pick(TOPICS)} ${r.pick(DEADLINES)}, according to ${b}.`;
    default:
      return `According to the statement, ${n} delegates attended the session chaired by ${a}.`;
  }
}

/** One paragraph of three to six sentences. */
export function paragraph(r: Random, year = 2025): string {
  const count = 3 + r.int(4);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(r, year));
  return sentences.join(' ');
}

/** Options of a generated document. */
export interface DocumentOptions {
  /** Approximate size in UTF-16 code units (the result is at least this long). */
  readonly size: number;
  readonly seed: number;
  /** Front-matter id; defaults to one derived from the seed. */
  readonly id?: string;
}

/** A whole policy document of about `size` code units: front matter, dateline, paragraphs. */
export function generateDocument(options: DocumentOptions): string {
  const r = new Random(options.seed);
  const year = 2020 + r.int(6);
  const month = 1 + r.int(12);
  const day = 1 + r.int(28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const id = options.id ?? `bench-${options.seed}`;
  const head = [
    '---',
    `id: ${id}`,
    `title: ${r.pick(COUNTRIES)} and ${r.pick(COUNTRIES)} discuss ${r.pick(TOPICS)}`,
    `date: ${iso}`,
    'kind: news',
    'countries: [JP, VN, AU]',
    'tags: [bench, generated]',
    '---',
    `${MONTHS[month - 1]} ${day}, ${year}`,
    `${r.pick(CITIES).toUpperCase()} – ${paragraph(r, year)}`,
    '',
  ];
  const parts: string[] = [head.join('\n')];
  let length = parts[0]!.length;
  while (length < options.size) {
    const p = `${paragraph(r, year)}\n\n`;
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}
