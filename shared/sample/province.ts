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

/**
 * A province-sized workbook for the bench: `employees` people in units of about 100 (one head each),
 * `indicatorsPerEmployee` indicator rows each (two IKI per RHK), BerAKHLAK rows, a few attendance events,
 * four weekly activity totals per person ("1.500 menit"), unit rows and SAKIP worksheets. All strings.
 */
export function generateProvince(
  employees: number,
  indicatorsPerEmployee: number,
  seed: number,
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
    for (let e = 0; e < events; e++)
      attendance.push({
        nip,
        tanggal: '15/09/2025',
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
