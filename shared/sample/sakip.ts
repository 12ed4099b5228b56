import type { RawTable } from '../model/input';
import { SAMPLE_UNITS, type SampleUnitKey } from './people';
import type { Random } from './random';
import { sheetTable } from './table';

/** Unit rows: predikat organisasi this year and last year's SAKIP score. */
export function sampleUnits(sheet: string): RawTable {
  return sheetTable(
    sheet,
    ['unit', 'predikat_organisasi', 'nilai_sakip_lalu'],
    [
      { unit: SAMPLE_UNITS.sekretariat, predikat_organisasi: 'Baik', nilai_sakip_lalu: '68,40' },
      { unit: SAMPLE_UNITS.yankes, predikat_organisasi: 'Istimewa', nilai_sakip_lalu: '78,20' },
      { unit: SAMPLE_UNITS.p2p, predikat_organisasi: 'Butuh Perbaikan', nilai_sakip_lalu: '61,05' },
    ],
  );
}

/** LKE criteria, two per sub-component (PermenPANRB 88/2021 worksheet, abridged). */
const CRITERIA: Record<string, Record<'Keberadaan' | 'Kualitas' | 'Pemanfaatan', readonly string[]>> = {
  '1. Perencanaan Kinerja': {
    Keberadaan: ['Renstra telah disusun', 'Renja telah memuat sasaran dan indikator kinerja'],
    Kualitas: ['Ukuran keberhasilan telah memenuhi kriteria SMART', 'Sasaran telah berorientasi hasil'],
    Pemanfaatan: [
      'Anggaran telah mengacu pada kinerja yang ingin dicapai',
      'Target kinerja digunakan dalam penilaian kinerja pegawai',
    ],
  },
  '2. Pengukuran Kinerja': {
    Keberadaan: ['Terdapat pedoman teknis pengukuran kinerja', 'Terdapat data kinerja yang dapat diandalkan'],
    Kualitas: [
      'Pengukuran kinerja telah berjenjang dan berkelanjutan',
      'Pengukuran kinerja menjadi dasar pemberian tunjangan kinerja',
    ],
    Pemanfaatan: [
      'Hasil pengukuran digunakan untuk pengendalian kinerja',
      'Hasil pengukuran dikaitkan dengan reward dan punishment',
    ],
  },
  '3. Pelaporan Kinerja': {
    Keberadaan: ['LKjIP telah disusun tepat waktu', 'Laporan kinerja telah dipublikasikan'],
    Kualitas: ['Laporan menyajikan analisis pencapaian kinerja', 'Laporan menginformasikan upaya perbaikan'],
    Pemanfaatan: [
      'Informasi laporan digunakan untuk perbaikan perencanaan',
      'Informasi laporan digunakan untuk penilaian kinerja',
    ],
  },
  '4. Evaluasi Akuntabilitas Kinerja Internal': {
    Keberadaan: [
      'Terdapat pedoman evaluasi akuntabilitas kinerja internal',
      'Evaluasi dilaksanakan pada seluruh unit kerja',
    ],
    Kualitas: [
      'Evaluasi dilaksanakan oleh SDM yang kompeten',
      'Evaluasi memberikan rekomendasi yang dapat dilaksanakan',
    ],
    Pemanfaatan: [
      'Seluruh rekomendasi telah ditindaklanjuti',
      'Hasil evaluasi digunakan untuk peningkatan akuntabilitas',
    ],
  },
};

/** The answers each unit tends to earn: Pelayanan strong, Sekretariat fair, P2P weak. */
const ANSWERS: Record<SampleUnitKey, readonly string[]> = {
  yankes: ['AA', 'A', 'A', 'BB', 'A'],
  sekretariat: ['A', 'BB', 'BB', 'B', 'BB'],
  p2p: ['BB', 'B', 'CC', 'B', 'C'],
};

export function sampleSakip(sheet: string, random: Random): RawTable {
  const rows: Record<string, string>[] = [];
  for (const key of Object.keys(SAMPLE_UNITS) as SampleUnitKey[]) {
    for (const [komponen, subs] of Object.entries(CRITERIA)) {
      for (const [sub, criteria] of Object.entries(subs)) {
        criteria.forEach((kriteria, i) => {
          rows.push({
            unit: SAMPLE_UNITS[key],
            komponen,
            subkomponen: `${String.fromCharCode(97 + Object.keys(subs).indexOf(sub))}. ${sub}`,
            kriteria: `${i + 1}. ${kriteria}`,
            jawaban: random.pick(ANSWERS[key]),
          });
        });
      }
    }
  }
  return sheetTable(sheet, ['unit', 'komponen', 'subkomponen', 'kriteria', 'jawaban'], rows);
}
