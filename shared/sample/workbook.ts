import type { FieldId } from '../model/fields';
import type { RawTable, WorkbookInput } from '../model/input';
import { BERAKHLAK } from '../policy/sections/rating';
import { sampleActivities, sampleAttendance } from './logs';
import {
  SAMPLE_DUPLICATE_KEY,
  SAMPLE_PEOPLE,
  SAMPLE_TYPO_PERSON,
  SAMPLE_UNITS,
  SAMPLE_WORKING_DAYS,
  type SamplePerson,
} from './people';
import { makeNip, type Random, seededRandom } from './random';
import { sampleSakip, sampleUnits } from './sakip';
import { sheetTable } from './table';
import { FEEDBACK_TEXTS, RHK_POOL, RHK_TAMBAHAN } from './templates';
import { evidenceLink, pickDistinct, writeRealisasi, writeTarget, writeWeights } from './values';

export const SAMPLE_SHEETS = {
  employees: 'Pegawai',
  indicators: 'Indikator',
  behaviour: 'Perilaku',
  attendance: 'Absensi',
  activities: 'Aktivitas',
  units: 'Unit',
  sakip: 'SAKIP',
} as const;

const SEED = 20250930;

/** NIP per person key; the same on every call. */
export function sampleNips(): Map<string, string> {
  const random = seededRandom(SEED);
  const nips = new Map<string, string>();
  [...SAMPLE_PEOPLE, SAMPLE_TYPO_PERSON].forEach((person, i) => {
    const years: [number, number] = person.head
      ? [1968, 1975]
      : person.supervisor
        ? [1976, 1984]
        : [1985, 1997];
    nips.set(person.key, makeNip(random, person.sex, i + 1, years));
  });
  return nips;
}

/** "19900315 201503 1 002": how NIPs are often typed, with spaces between the parts. */
const spaced = (nip: string): string =>
  `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

const tppFor = (person: SamplePerson): string => {
  if (person.head) return 'Rp 9.250.000';
  if (person.supervisor) return 'Rp 6.500.000';
  if (person.jabatan.includes('Ahli')) return 'Rp 4.750.000';
  return 'Rp 3.600.000';
};

function employeesTable(nips: Map<string, string>, random: Random): RawTable {
  const row = (person: SamplePerson, nip: string) => ({
    nip: random.chance(0.2) ? spaced(nip) : nip,
    nama: person.nama,
    jabatan: person.jabatan,
    unit: SAMPLE_UNITS[person.unit],
    atasan_nip: person.atasan ? (nips.get(person.atasan) ?? '') : '',
    kepala_unit: person.head ? 'Ya' : random.chance(0.5) ? 'Tidak' : '',
    tpp_dasar: tppFor(person),
  });
  const rows = SAMPLE_PEOPLE.map((person) => row(person, nips.get(person.key) ?? ''));
  // A digit lost while typing: 17 digits. His indicators keep the right NIP.
  rows.push(row(SAMPLE_TYPO_PERSON, (nips.get(SAMPLE_TYPO_PERSON.key) ?? '').slice(0, 17)));
  // A copy-pasted row, as happens when two people maintain the sheet.
  const duplicate = SAMPLE_PEOPLE.find((p) => p.key === SAMPLE_DUPLICATE_KEY);
  if (duplicate) rows.push(row(duplicate, nips.get(duplicate.key) ?? ''));
  return sheetTable(
    SAMPLE_SHEETS.employees,
    ['nip', 'nama', 'jabatan', 'unit', 'atasan_nip', 'kepala_unit', 'tpp_dasar'],
    rows,
  );
}

type Cells = Partial<Record<FieldId, string>>;

function indicatorsFor(person: SamplePerson, nip: string, random: Random): Cells[] {
  const profile = person.key === 'datasurv' ? 'sibuk' : person.hasil;
  const utamaCount = person.head || person.supervisor ? 3 : random.int(2, 3);
  const utama = pickDistinct(RHK_POOL[person.unit], utamaCount, random);
  const tambahan = random.chance(0.3) ? [random.pick(RHK_TAMBAHAN)] : [];
  const weights = writeWeights(utama.length);
  const rows: Cells[] = [];
  const feedbackPool = FEEDBACK_TEXTS[person.hasil];
  [...utama, ...tambahan].forEach((rhk, r) => {
    const isUtama = r < utama.length;
    const ikiCount = random.int(1, rhk.iki.length);
    rhk.iki.slice(0, ikiCount).forEach((iki, i) => {
      const wantsFeedback = person.feedback && (rows.length === 0 || random.chance(0.6));
      rows.push({
        nip,
        rhk: rhk.rhk,
        jenis_rhk: isUtama ? 'Utama' : 'Tambahan',
        indikator: iki.text,
        aspek: iki.aspek,
        target: writeTarget(iki),
        realisasi: writeRealisasi(iki, isUtama ? profile : 'sesuai', random),
        satuan: iki.satuan,
        polaritas: iki.negative ? 'Negatif' : random.chance(0.7) ? 'Positif' : '',
        bobot: isUtama && i === 0 ? (weights[r] ?? '') : '',
        bukti_dukung: person.evidence === false || random.chance(0.04) ? '' : evidenceLink(random),
        umpan_balik: wantsFeedback ? random.pick(feedbackPool) : '',
      });
    });
  });
  return rows;
}

/** Cells a busy Dinas gets wrong; each must show up as an issue or flag in the recap. */
function spoil(rows: Cells[], nips: Map<string, string>): void {
  const firstOf = (key: string, skip = 0) => rows.filter((r) => r.nip === nips.get(key))[skip];
  const emptyTarget = firstOf('arsip', 1);
  if (emptyTarget) emptyTarget.target = '';
  const textRealisasi = firstOf('epid', 0);
  if (textRealisasi) textRealisasi.realisasi = 'belum dilaporkan';
  const notYet = firstOf('bidan1', 1);
  if (notYet) notYet.realisasi = '';
}

function indicatorsTable(nips: Map<string, string>, random: Random): RawTable {
  const rows: Cells[] = [];
  for (const person of [...SAMPLE_PEOPLE, SAMPLE_TYPO_PERSON])
    rows.push(...indicatorsFor(person, nips.get(person.key) ?? '', random));
  spoil(rows, nips);
  return sheetTable(
    SAMPLE_SHEETS.indicators,
    [
      'nip',
      'rhk',
      'jenis_rhk',
      'indikator',
      'aspek',
      'target',
      'realisasi',
      'satuan',
      'polaritas',
      'bobot',
      'bukti_dukung',
      'umpan_balik',
    ],
    rows,
  );
}

const JUDGEMENT = {
  di_atas: ['Di Atas Ekspektasi', 'Diatas Ekspektasi'],
  sesuai: ['Sesuai Ekspektasi', 'Sesuai'],
  di_bawah: ['Di Bawah Ekspektasi', 'Dibawah Ekspektasi'],
} as const;

function behaviourTable(nips: Map<string, string>, random: Random): RawTable {
  const rows = [...SAMPLE_PEOPLE, SAMPLE_TYPO_PERSON].map((person) => {
    // Perilaku rule (policy default): di atas needs >= 4 di atas and no di bawah; di bawah needs >= 3.
    const diAtas = person.perilaku === 'di_atas' ? 5 : random.int(0, 2);
    const diBawah = person.perilaku === 'di_bawah' ? random.int(3, 4) : 0;
    const order = pickDistinct(BERAKHLAK, BERAKHLAK.length, random);
    const cells: Cells = { nip: nips.get(person.key) ?? '', nama: person.nama };
    order.forEach((value, i) => {
      const level = i < diAtas ? 'di_atas' : i < diAtas + diBawah ? 'di_bawah' : 'sesuai';
      cells[value] = random.pick(JUDGEMENT[level]);
    });
    cells.rating_hasil = person.override ? JUDGEMENT[person.override][0] : '';
    cells.umpan_balik = person.feedback
      ? person.perilaku === 'di_bawah'
        ? 'Perlu meningkatkan kedisiplinan dan kerja sama tim.'
        : 'Kerja sama tim baik.'
      : '';
    return cells;
  });
  return sheetTable(
    SAMPLE_SHEETS.behaviour,
    ['nip', 'nama', ...BERAKHLAK, 'rating_hasil', 'umpan_balik'],
    rows,
  );
}

/**
 * The bundled sample: "Dinas Kesehatan Kabupaten Contoh", September 2025, 40 employees in three units,
 * every cell a string as a sheet shows it. Deterministic. Contains deliberate mistakes (an empty target,
 * text in a realisasi, a NIP with 17 digits, a duplicated employee row, an unknown attendance code).
 */
export function sampleWorkbook(): WorkbookInput {
  const random = seededRandom(SEED + 1);
  const nips = sampleNips();
  return {
    employees: employeesTable(nips, random),
    indicators: indicatorsTable(nips, random),
    behaviour: behaviourTable(nips, random),
    attendance: sampleAttendance(nips, SAMPLE_SHEETS.attendance, random),
    activities: sampleActivities(nips, SAMPLE_SHEETS.activities, random),
    units: sampleUnits(SAMPLE_SHEETS.units),
    sakip: sampleSakip(SAMPLE_SHEETS.sakip, random),
    workingDays: SAMPLE_WORKING_DAYS,
  };
}
