import type { FieldId } from '../model/fields';
import type { WorkbookInput } from '../model/input';
import { BERAKHLAK } from '../policy/sections/rating';
import type { ResultProfile } from './people';
import { makeNip, type Random, seededRandom } from './random';
import { sheetTable } from './table';
import { RHK_POOL, type RhkTemplate } from './templates';
import { idNumber, writeRealisasi, writeTarget } from './values';

type Cells = Partial<Record<FieldId, string>>;

const FIRST = [
  'Agus',
  'Budi',
  'Dewi',
  'Eka',
  'Fitri',
  'Hendra',
  'Indah',
  'Joko',
  'Lestari',
  'Maya',
  'Nur',
  'Putri',
  'Rina',
  'Siti',
  'Teguh',
  'Wahyu',
  'Yanti',
  'Rizky',
  'Andi',
  'Ratna',
];
const LAST = [
  'Santoso',
  'Lestari',
  'Hidayat',
  'Wijaya',
  'Saputra',
  'Rahayu',
  'Kurniawan',
  'Handayani',
  'Pratama',
  'Susanti',
  'Gunawan',
  'Maulana',
  'Permatasari',
  'Nugroho',
  'Wulandari',
];
const OPD = [
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Dinas Pekerjaan Umum',
  'Dinas Sosial',
  'Badan Keuangan Daerah',
  'Dinas Kependudukan',
  'Dinas Perhubungan',
  'Dinas Lingkungan Hidup',
  'Badan Kepegawaian Daerah',
  'Inspektorat',
];
const PREDIKAT_ORG = ['Istimewa', 'Baik', 'Baik', 'Baik', 'Butuh Perbaikan'];
const JUDGEMENTS = [
  'Di Atas Ekspektasi',
  'Sesuai Ekspektasi',
  'Sesuai Ekspektasi',
  'Sesuai Ekspektasi',
  'Dibawah Ekspektasi',
];
const ANSWERS = ['AA', 'A', 'BB', 'B', 'CC', 'C'];
const SAKIP_COMPONENTS = [
  'Perencanaan Kinerja',
  'Pengukuran Kinerja',
  'Pelaporan Kinerja',
  'Evaluasi Akuntabilitas Kinerja Internal',
];
const SUBS = ['Keberadaan', 'Kualitas', 'Pemanfaatan'];
const ALL_RHK: readonly RhkTemplate[] = [...RHK_POOL.sekretariat, ...RHK_POOL.yankes, ...RHK_POOL.p2p];

const profileOf = (random: Random): ResultProfile => {
  const r = random.next();
  return r < 0.2 ? 'tinggi' : r < 0.75 ? 'sesuai' : r < 0.95 ? 'rendah' : 'sangat_rendah';
};

function uniqueNip(random: Random, taken: Set<string>, sex: 1 | 2, sequence: number): string {
  for (let attempt = 0; ; attempt++) {
    const nip = makeNip(random, sex, sequence + attempt, [1966, 1998]);
    if (!taken.has(nip)) {
      taken.add(nip);
      return nip;
    }
  }
}

/*
 * The all-distinct province (ProvinceOptions.distinct). Every text the core reads through a parser or a
 * lookup (NIPs, unit names, targets, realisasi, labels, amounts, minutes, codes) is written in a form of
 * its own, equivalent to the usual one: other spacing, letter case, decimal zeros ("12,00"), "persen" for
 * "%", a synonym ("Sudah Disetujui"), a label before it ("Polaritas: Positif") or words after it ("per
 * tahun"). A counter per meaning numbers the forms, so no two cells read by the same cache hold the same
 * trimmed text, and the scores stay those of the usual province. Texts no parser reads (names, indicator
 * texts, links, feedback, dates, SAKIP criteria and answers, read without a cache) are left as they are.
 */

/** An enumerable family of equivalent texts: `at(i)` is the i-th, distinct for i < size. */
interface Forms {
  size: number;
  at(i: number): string;
}

/** Sizes past 2^48 are cut there, so the mixed-radix arithmetic stays exact. */
const SIZE_CAP = 2 ** 48;

const literal = (text: string): Forms => ({ size: 1, at: () => text });

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Room for one form's characters (forms are short), reused so a form allocates only its string. */
const CODES = new Uint16Array(512);

/** The text with the case of its i-th letter flipped where bit i of `bits` is set (first 20 letters). */
function cased(text: string, bits: number): string {
  const n = Math.min(text.length, CODES.length);
  let letter = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (letter < 20 && isAsciiLetter(c)) {
      if ((bits >> letter) & 1) c ^= 32;
      letter++;
    }
    CODES[i] = c;
  }
  // One flat string from the codes (a concatenation would leave a rope of one-letter pieces).
  return String.fromCharCode.apply(null, CODES.subarray(0, n) as unknown as number[]);
}

/** Every letter case of a text (up to 2^20). */
function anyCase(text: string): Forms {
  let letters = 0;
  for (let i = 0; i < text.length; i++) if (isAsciiLetter(text.charCodeAt(i))) letters++;
  return { size: 2 ** Math.min(letters, 20), at: (i) => cased(text, i) };
}

/** The forms of the first family, then those of the second, ... */
function either(...families: Forms[]): Forms {
  const size = Math.min(
    SIZE_CAP,
    families.reduce((sum, f) => sum + f.size, 0),
  );
  return {
    size,
    at(i) {
      let rest = i;
      for (const f of families) {
        if (rest < f.size) return f.at(rest);
        rest -= f.size;
      }
      return families[0]?.at(0) ?? '';
    },
  };
}

/** One form of each part, concatenated; the first part varies fastest (mixed radix). */
function joined(...parts: Forms[]): Forms {
  const size = Math.min(
    SIZE_CAP,
    parts.reduce((product, p) => product * p.size, 1),
  );
  return {
    size,
    at(i) {
      let rest = i;
      const out: string[] = [];
      for (const p of parts) {
        out.push(p.at(rest % p.size));
        rest = Math.floor(rest / p.size);
      }
      return out.join('');
    },
  };
}

const NBSP = '\u00a0';

/** The k-th run of spaces and non-breaking spaces, shortest first: " ", NBSP, "  ", " NBSP", ... */
function spaceRun(k: number): string {
  const out: string[] = [];
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 2)) out.push((n - 1) % 2 === 0 ? ' ' : NBSP);
  return out.reverse().join('');
}

/** "1.250" or "1250", then "", ",0", ",00", ",0000"... (three decimals would read as thousands). */
function numberBodies(int: string, fraction: string): Forms {
  const ints = int.length > 3 ? [idNumber(Number(int), 0), int] : [int];
  const fractions: string[] = [fraction];
  for (let zeros = 1; fraction.length + zeros <= 6; zeros++)
    if (fraction.length + zeros !== 3) fractions.push(fraction + '0'.repeat(zeros));
  return {
    size: ints.length * fractions.length,
    at(i) {
      const f = fractions[Math.floor(i / ints.length)] ?? '';
      return [ints[i % ints.length] ?? int, f === '' ? '' : `,${f}`].join('');
    },
  };
}

/** A unit after a number: "%", " %", " persen"...; " Dokumen", "  dokumen"...; or nothing. */
function unitForms(unit: string): Forms {
  if (unit === '') return literal('');
  if (unit === '%')
    return either(
      literal('%'),
      literal(' %'),
      literal('  %'),
      joined(literal(' '), either(anyCase('persen'), anyCase('prosen'), anyCase('percent'))),
    );
  return joined(either(literal(' '), literal('  ')), anyCase(unit));
}

/** Words after a number that no number parser reads ("12 Dokumen per tahun"); nothing first. */
const tails = (...words: string[]): Forms => either(literal(''), ...words.map((w) => anyCase(` ${w}`)));

const TARGET_TAILS = tails('per tahun', 'sesuai renstra', 'berdasarkan perjanjian kinerja');
const REALISASI_TAILS = tails('per desember', 'sesuai laporan', 'berdasarkan bukti dukung');

const NUMBER_TEXT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?: ?(%|[A-Za-z]+))?$/;
const RANGE_TEXT = /^(\d+)-(\d+)$/;
const RANGE_CONNECTORS = either(
  literal('-'),
  literal(' - '),
  literal('~'),
  anyCase(' s/d '),
  anyCase(' sd '),
  anyCase(' sampai '),
  anyCase(' hingga '),
);

/** The forms of a target or realisasi as the generator writes it, keyed by what it means. */
function numberForms(text: string, satuan: string, tail: Forms): { meaning: string; forms: Forms } | null {
  const range = RANGE_TEXT.exec(text);
  if (range) {
    const [, low = '', high = ''] = range;
    // With a percent unit the sign is always written, so these forms never equal the unitless ones.
    const percent = satuan === '%';
    const unit = percent ? either(literal('%'), literal(' %'), literal('  %')) : unitForms('');
    return {
      meaning: `${low}-${high}${percent ? ' %' : ''}`,
      forms: joined(numberBodies(low, ''), RANGE_CONNECTORS, numberBodies(high, ''), unit, tail),
    };
  }
  const single = NUMBER_TEXT.exec(text);
  if (!single) return null;
  const [, int = '', fraction = '', unit = ''] = single;
  const digits = int.replace(/\./g, '');
  return {
    meaning: `${digits},${fraction} ${unit.toLowerCase()}`,
    forms: joined(numberBodies(digits, fraction), unitForms(unit), tail),
  };
}

/**
 * Label families by the value they mean (each family is one meaning, case-insensitively distinct texts),
 * shortest first; the last of the big ones holds 2^20 letter cases, so a province of 50,000 employees
 * still writes every label once.
 */
const LABELS: Record<string, Forms> = {
  Ya: either(
    ...['Ya', 'Iya', 'Yes', 'Benar', 'Betul', 'Sudah', 'Kepala: Ya', 'Kepala Unit: Ya'].map(anyCase),
  ),
  Positif: either(
    ...[
      'Positif',
      'Positive',
      'Maksimalkan',
      'Polaritas Positif',
      'Polaritas: Positif',
      'Polaritas Indikator: Positif',
    ].map(anyCase),
  ),
  Negatif: either(
    ...['Negatif', 'Negative', 'Minimalkan', 'Polaritas Negatif', 'Polaritas Indikator: Negatif'].map(
      anyCase,
    ),
  ),
  Utama: either(
    ...['Utama', 'RHK Utama', 'Kinerja Utama', 'Hasil Kerja Utama', 'Rencana Hasil Kerja Utama'].map(anyCase),
  ),
  'Di Atas Ekspektasi': either(
    ...['Di Atas Ekspektasi', 'Diatas Ekspektasi', 'Melebihi Ekspektasi'].map(anyCase),
  ),
  'Sesuai Ekspektasi': either(
    ...['Sesuai Ekspektasi', 'Sesuai Harapan', 'Rating: Sesuai Ekspektasi'].map(anyCase),
  ),
  'Dibawah Ekspektasi': either(
    ...['Dibawah Ekspektasi', 'Di Bawah Ekspektasi', 'Di Bawah Harapan'].map(anyCase),
  ),
  Disetujui: either(
    ...[
      'Disetujui',
      'Sudah Disetujui',
      'Telah Disetujui',
      'Approved',
      'Terverifikasi',
      'Sudah Diverifikasi',
      'Status: Sudah Disetujui',
    ].map(anyCase),
  ),
  Istimewa: either(anyCase('Istimewa'), anyCase('Predikat Istimewa')),
  Baik: either(...['Baik', 'Predikat Baik', 'Predikat Kinerja: Baik'].map(anyCase)),
  'Butuh Perbaikan': either(anyCase('Butuh Perbaikan'), anyCase('Perlu Perbaikan')),
};

/** "19900315 201503 1 002" with one to five spaces in each gap, then more in the last. */
function nipForm(nip: string, k: number): string {
  const gap = (n: number) => ' '.repeat(n);
  return [
    nip.slice(0, 8),
    gap(1 + (k % 5)),
    nip.slice(8, 14),
    gap(1 + (Math.floor(k / 5) % 5)),
    nip.slice(14, 15),
    gap(1 + Math.floor(k / 25)),
    nip.slice(15),
  ].join('');
}

/** An RHK with runs of spaces and non-breaking spaces between its words (its case is its identity). */
function rhkForm(rhk: string, k: number): string {
  const words = rhk.split(' ');
  let rest = k;
  const out = [words[0] ?? ''];
  for (let w = 1; w < words.length; w++) {
    const last = w === words.length - 1;
    out.push(spaceRun(last ? rest : rest % 6), words[w] ?? '');
    rest = last ? 0 : Math.floor(rest / 6);
  }
  return out.join('');
}

/** "TK", "tk", "T K", "T NBSP K"...: the case of the letters, then a run of spaces before the last character. */
function codeForm(code: string, k: number): string {
  const family = anyCase(code);
  const gap = Math.floor(k / family.size);
  const form = family.at(k % family.size);
  return gap === 0 ? form : [form.slice(0, -1), spaceRun(gap - 1), form.slice(-1)].join('');
}

/** "Rp 4.750.000", "rp4.750.000", "Rp. 4.750.000", "IDR 4.750.000" ("Rp.4" would read ".4" as 0,4). */
const MONEY = either(
  joined(anyCase('Rp'), either(literal(' '), literal(''), literal('. '), literal('  '))),
  anyCase('IDR '),
);
const MONEY_TAILS = tails('per bulan', 'sesuai perkada', 'berdasarkan peraturan kepala daerah');
const COUNT_UNITS = either(literal(''), ...['kali', 'hari', 'kejadian'].map((u) => anyCase(` ${u}`)));
const COUNT_TAILS = tails('per bulan', 'sesuai catatan', 'berdasarkan rekap kehadiran');
const MINUTE_UNITS = joined(
  either(literal(' '), literal('  ')),
  either(anyCase('menit'), anyCase('mnt'), anyCase('min')),
);

/** A family of forms and the counter of what it means (texts that mean the same share one counter). */
interface Family {
  forms: Forms;
  used: { count: number };
}

/** Forms numbered by an unbounded index (`write` must be one-to-one). */
const endless = (write: (k: number) => string): Forms => ({ size: SIZE_CAP, at: write });

/**
 * The cells one cache reads: each text the generator wrote is looked at once and given its family;
 * `meaning` names what it says, so that "85,5 %" and "85,5%" take their forms from one counter.
 */
class DistinctColumn {
  private readonly byText = new Map<string, Family | null>();
  constructor(
    private readonly describe: (text: string) => { meaning: string; forms: Forms } | null,
    private readonly counters = new Map<string, { count: number }>(),
  ) {}

  rewrite(text: string | undefined): string | undefined {
    if (!text) return text;
    let family = this.byText.get(text);
    if (family === undefined) {
      const found = this.describe(text);
      family = null;
      if (found) {
        let used = this.counters.get(found.meaning);
        if (!used) {
          used = { count: 0 };
          this.counters.set(found.meaning, used);
        }
        family = { forms: found.forms, used };
      }
      this.byText.set(text, family);
    }
    return family ? family.forms.at(family.used.count++ % family.forms.size) : text;
  }
}

const labelColumn = () =>
  new DistinctColumn((text) => {
    const forms = LABELS[text];
    return forms ? { meaning: text, forms } : null;
  });

/** What rewrites one cache's cells: a DistinctColumn, or AS_WRITTEN. */
interface Rewriter {
  rewrite(text: string | undefined): string | undefined;
}
/** Leaves the cells as the bench province writes them. */
const AS_WRITTEN: Rewriter = { rewrite: (text) => text };

/**
 * Rewrites the province's cells in place into the all-distinct forms (see above); with `numbersOnly`,
 * only the numbers (targets, realisasi, amounts, counts, minutes, with their units and the words after
 * them), every other text as the bench province writes it.
 */
function makeDistinct(
  tables: Record<
    'people' | 'indicators' | 'behaviour' | 'attendance' | 'activities' | 'units' | 'sakip',
    Cells[]
  >,
  numbersOnly: boolean,
): void {
  const text = (column: DistinctColumn): Rewriter => (numbersOnly ? AS_WRITTEN : column);
  // One column per cache of the core: NIPs and unit names are looked up the same way in every sheet.
  const nips = text(new DistinctColumn((nip) => ({ meaning: nip, forms: endless((k) => nipForm(nip, k)) })));
  const units = text(new DistinctColumn((unit) => ({ meaning: unit, forms: anyCase(unit) })));
  const kepala = text(labelColumn());
  const tpp = new DistinctColumn((text) => {
    const found = /^Rp (\d{1,3}(?:\.\d{3})*)$/.exec(text);
    const digits = (found?.[1] ?? '').replace(/\./g, '');
    return found && { meaning: digits, forms: joined(MONEY, numberBodies(digits, ''), MONEY_TAILS) };
  });
  const rhks = text(new DistinctColumn((rhk) => ({ meaning: rhk, forms: endless((k) => rhkForm(rhk, k)) })));
  const jenis = text(labelColumn());
  // A range target is written with "%" when its unit is one, so its forms never meet the others'.
  const targetCounters = new Map<string, { count: number }>();
  const targets = (percent: boolean) =>
    new DistinctColumn((text) => numberForms(text, percent ? '%' : '', TARGET_TAILS), targetCounters);
  const percentTargets = targets(true);
  const plainTargets = targets(false);
  const realisasi = new DistinctColumn((text) => numberForms(text, '', REALISASI_TAILS));
  const polaritas = text(labelColumn());
  const satuan = text(
    new DistinctColumn((unit) => ({
      meaning: unit,
      forms: unit === '%' ? either(literal('%'), anyCase('persen')) : anyCase(unit),
    })),
  );
  const ratings = text(labelColumn());
  const codes = text(
    new DistinctColumn((code) => ({ meaning: code, forms: endless((k) => codeForm(code, k)) })),
  );
  const counts = new DistinctColumn((times) =>
    /^\d+$/.test(times)
      ? { meaning: times, forms: joined(numberBodies(times, ''), COUNT_UNITS, COUNT_TAILS) }
      : null,
  );
  const minutes = new DistinctColumn((text) => {
    const found = /^(\d{1,3}(?:\.\d{3})*) menit$/.exec(text);
    const digits = (found?.[1] ?? '').replace(/\./g, '');
    return found && { meaning: digits, forms: joined(numberBodies(digits, ''), MINUTE_UNITS) };
  });
  const statuses = text(labelColumn());
  const predikat = text(labelColumn());
  const components = text(new DistinctColumn((name) => ({ meaning: name, forms: anyCase(name) })));
  // "Kualitas" has only 256 letter cases for its 1,600 rows: "Subkomponen Kualitas" gives more.
  const subComponents = text(
    new DistinctColumn((name) => ({
      meaning: name,
      forms: either(anyCase(name), anyCase(`Subkomponen ${name}`)),
    })),
  );

  for (const row of tables.people) {
    row.nip = nips.rewrite(row.nip);
    row.atasan_nip = nips.rewrite(row.atasan_nip);
    row.unit = units.rewrite(row.unit);
    row.kepala_unit = kepala.rewrite(row.kepala_unit);
    row.tpp_dasar = tpp.rewrite(row.tpp_dasar);
  }
  for (const row of tables.indicators) {
    const percent = row.satuan === '%';
    row.nip = nips.rewrite(row.nip);
    row.rhk = rhks.rewrite(row.rhk);
    row.jenis_rhk = jenis.rewrite(row.jenis_rhk);
    row.target = (percent ? percentTargets : plainTargets).rewrite(row.target);
    row.realisasi = realisasi.rewrite(row.realisasi);
    row.polaritas = polaritas.rewrite(row.polaritas);
    // The unit of measure only decides which parser reads the cells ("%" or "persen": a percentage).
    row.satuan = satuan.rewrite(row.satuan);
  }
  for (const row of tables.behaviour) {
    row.nip = nips.rewrite(row.nip);
    // One cache reads all seven columns: one counter per rating across them.
    for (const value of BERAKHLAK) row[value] = ratings.rewrite(row[value]);
  }
  for (const row of tables.attendance) {
    row.nip = nips.rewrite(row.nip);
    row.kode_absen = codes.rewrite(row.kode_absen);
    row.jumlah = counts.rewrite(row.jumlah);
  }
  for (const row of tables.activities) {
    row.nip = nips.rewrite(row.nip);
    row.menit = minutes.rewrite(row.menit);
    row.status = statuses.rewrite(row.status);
  }
  for (const row of tables.units) {
    row.unit = units.rewrite(row.unit);
    row.predikat_organisasi = predikat.rewrite(row.predikat_organisasi);
  }
  for (const row of tables.sakip) {
    row.unit = units.rewrite(row.unit);
    row.komponen = components.rewrite(row.komponen);
    row.subkomponen = subComponents.rewrite(row.subkomponen);
  }
}

export interface ProvinceOptions {
  /**
   * The all-distinct province: every text a parser or a lookup reads in an equivalent form of its own
   * (see makeDistinct), so that no cache of repeated texts can help; 'numbers': only the numbers so
   * (NIPs, labels, names and codes as usual). Scores as without it.
   */
  distinct?: boolean | 'numbers';
}

/**
 * A province-sized workbook for the bench: `employees` people in units of about 100 (one head each),
 * `indicatorsPerEmployee` indicator rows each (two IKI per RHK), BerAKHLAK rows, a few attendance events,
 * four weekly activity totals per person ("1.500 menit"), unit rows and SAKIP worksheets. All strings.
 * With `distinct`, the same province with every text a parser reads written in a form of its own.
 */
export function generateProvince(
  employees: number,
  indicatorsPerEmployee: number,
  seed: number,
  options: ProvinceOptions = {},
): WorkbookInput {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(employees));
  const perEmployee = Math.max(0, Math.floor(indicatorsPerEmployee));
  const unitSize = 100;
  const unitCount = Math.max(1, Math.ceil(count / unitSize));
  const unitNames = Array.from(
    { length: unitCount },
    (_, u) => `${OPD[u % OPD.length]} ${Math.floor(u / OPD.length) + 1} - Bidang ${(u % 4) + 1}`,
  );
  const taken = new Set<string>();
  const people: Cells[] = [];
  const indicators: Cells[] = [];
  const behaviour: Cells[] = [];
  const attendance: Cells[] = [];
  const activities: Cells[] = [];
  let headNip = '';
  for (let i = 0; i < count; i++) {
    const unitIndex = Math.floor(i / unitSize);
    const isHead = i % unitSize === 0;
    const sex: 1 | 2 = random.chance(0.5) ? 1 : 2;
    const nip = uniqueNip(random, taken, sex, i);
    if (isHead) headNip = nip;
    const profile = profileOf(random);
    people.push({
      nip,
      nama: `${random.pick(FIRST)} ${random.pick(LAST)}`,
      jabatan: isHead ? 'Kepala Bidang' : 'Analis Kebijakan Ahli Pertama',
      unit: unitNames[unitIndex] ?? '',
      atasan_nip: isHead ? '' : headNip,
      kepala_unit: isHead ? 'Ya' : '',
      tpp_dasar: isHead ? 'Rp 9.250.000' : 'Rp 4.750.000',
    });
    for (let k = 0; k < perEmployee; k++) {
      const rhk = ALL_RHK[(i + Math.floor(k / 2)) % ALL_RHK.length] as RhkTemplate;
      const iki = rhk.iki[k % rhk.iki.length]!;
      indicators.push({
        nip,
        rhk: rhk.rhk,
        jenis_rhk: 'Utama',
        indikator: iki.text,
        target: writeTarget(iki),
        realisasi: writeRealisasi(iki, profile, random),
        satuan: iki.satuan,
        polaritas: iki.negative ? 'Negatif' : 'Positif',
        bobot: '',
        bukti_dukung: random.chance(0.9) ? 'https://drive.google.com/drive/folders/1x' : '',
        umpan_balik: random.chance(0.8) ? 'Sudah sesuai target.' : '',
      });
    }
    const judged: Cells = { nip };
    for (const value of BERAKHLAK) judged[value] = random.pick(JUDGEMENTS);
    behaviour.push(judged);
    const events = random.int(0, 3);
    // One event a day (a person is late at most once on a given day): 2, 5 and 8 September 2025, weekdays.
    for (let e = 0; e < events; e++)
      attendance.push({
        nip,
        tanggal: `0${2 + 3 * e}/09/2025`,
        kode_absen: random.pick(['TL1', 'TL2', 'PSW1', 'TK']),
        jumlah: '1',
      });
    for (let w = 1; w <= 4; w++)
      activities.push({
        nip,
        tanggal: `Minggu ${w}`,
        aktivitas: 'Rekap aktivitas mingguan',
        menit: `${idNumber(random.int(1000, 1700), 0)} menit`,
        output: random.chance(0.8) ? '1 Laporan' : '',
        status: 'Disetujui',
      });
  }
  const units = unitNames.map((unit) => ({
    unit,
    predikat_organisasi: random.pick(PREDIKAT_ORG),
    nilai_sakip_lalu: idNumber(random.between(55, 85), 2),
  }));
  const sakip: Cells[] = [];
  for (const unit of unitNames)
    for (const komponen of SAKIP_COMPONENTS)
      for (const subkomponen of SUBS)
        for (let c = 1; c <= 2; c++)
          sakip.push({
            unit,
            komponen,
            subkomponen,
            kriteria: `Kriteria ${c}`,
            jawaban: random.pick(ANSWERS),
          });

  if (options.distinct)
    makeDistinct(
      { people, indicators, behaviour, attendance, activities, units, sakip },
      options.distinct === 'numbers',
    );

  return {
    employees: sheetTable(
      'Pegawai',
      ['nip', 'nama', 'jabatan', 'unit', 'atasan_nip', 'kepala_unit', 'tpp_dasar'],
      people,
    ),
    indicators: sheetTable(
      'Indikator',
      [
        'nip',
        'rhk',
        'jenis_rhk',
        'indikator',
        'target',
        'realisasi',
        'satuan',
        'polaritas',
        'bobot',
        'bukti_dukung',
        'umpan_balik',
      ],
      indicators,
    ),
    behaviour: sheetTable('Perilaku', ['nip', ...BERAKHLAK], behaviour),
    attendance: sheetTable('Absensi', ['nip', 'tanggal', 'kode_absen', 'jumlah'], attendance),
    activities: sheetTable(
      'Aktivitas',
      ['nip', 'tanggal', 'aktivitas', 'menit', 'output', 'status'],
      activities,
    ),
    units: sheetTable('Unit', ['unit', 'predikat_organisasi', 'nilai_sakip_lalu'], units),
    sakip: sheetTable('SAKIP', ['unit', 'komponen', 'subkomponen', 'kriteria', 'jawaban'], sakip),
    workingDays: 21,
  };
}
