/**
 * Header label normalisation. Sheets and e-kinerja pages write the same header in many ways
 * ("INDIKATOR KINERJA INDIVIDU", "Indikator Kinerja Individu (3)", "Nama<br>NIP", "nip_baru"), so every
 * label is reduced to lowercase words before it is compared with the vocabulary.
 */

/**
 * Misspellings seen on real pages and sheets (docs/labels.md#matching): each is replaced by the
 * correct word before matching, so the vocabulary only lists correct spellings.
 */
const TYPO_FIXES: Readonly<Record<string, string>> = {
  indkator: 'indikator',
  indikatior: 'indikator',
  ekspetasi: 'ekspektasi',
  aktifitas: 'aktivitas',
  aktfitas: 'aktivitas',
  realiasi: 'realisasi',
  relisasi: 'realisasi',
  kwantitas: 'kuantitas',
  kwalitas: 'kualitas',
  // PP 46/2011 e-SKP forms head their target columns "Kuant/Output | Kual/Mutu | Waktu | Biaya".
  kuant: 'kuantitas',
  kual: 'kualitas',
  mutu: 'kualitas',
  prilaku: 'perilaku',
  capain: 'capaian',
  diatas: 'di atas',
  dibawah: 'di bawah',
  namanip: 'nama nip',
  tgl: 'tanggal',
  tgt: 'target',
  real: 'realisasi',
  jml: 'jumlah',
};

/** Joined words that people also write apart ("Sub Komponen" / "Subkomponen"). */
const SPLITS: Readonly<Record<string, string>> = {
  subkomponen: 'sub komponen',
};

/** A Map, not an object lookup: a header reading "constructor" must not hit Object.prototype. */
const REWRITES = new Map<string, readonly string[]>(
  Object.entries({ ...TYPO_FIXES, ...SPLITS }).map(([from, to]) => [from, to.split(' ')]),
);

/**
 * Lowercase words separated by single spaces. Removes HTML tags (a header cell copied with its
 * `<br>`), numbering such as "(1)", "1." or "a." at the start, and punctuation; keeps "%" as its own
 * word because "KINERJA (%)" and "Kinerja" are different columns.
 */
export function normalizeLabel(raw: string): string {
  let text = String(raw).toLowerCase();
  // Cheap guards first: most labels hold no tag, entity or parenthesis, and this runs per cell.
  if (text.indexOf('<') >= 0) text = text.replace(/<[^>]*>/g, ' ');
  if (text.indexOf('&') >= 0) text = text.replace(/&nbsp;/g, ' ');
  if (text.indexOf('(') >= 0) text = text.replace(/\(\s*\d+\s*\)/g, ' ');
  text = text.replace(/^\s*(?:\d{1,2}|[a-z])[.)]\s+/, ' ');
  if (text.trim() === '#') return 'no';
  const words: string[] = [];
  for (const word of text.match(/[a-z0-9]+|%/g) ?? []) {
    const fixed = REWRITES.get(word);
    if (fixed === undefined) words.push(word);
    else for (const part of fixed) words.push(part);
  }
  return words.join(' ');
}

/** True for blank cells, including cells holding only spaces or a non-breaking space. */
export const isBlank = (cell: string | undefined): boolean =>
  cell === undefined || cell.replace(/&nbsp;|\s/g, '') === '';

/**
 * A cell of a numbering row below the header: "(1)", "1", "1." or "[1]". Returns the number, or
 * undefined when the cell is something else.
 */
export function numberingValue(cell: string): number | undefined {
  const match = /^\s*[([]?\s*(\d{1,2})\s*[)\].]?\s*$/.exec(cell);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
