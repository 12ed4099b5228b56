import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import {
  parsePolarity,
  parsePredikatOrganisasi,
  parsePredikatPegawai,
  parseRating,
  parseRhkKind,
  parseSakipAnswer,
  parseStatus,
  parseYesNo,
} from '../../shared/parse';
import { issueText, value } from './result';

describe('parseRating', () => {
  it.each([
    ['Diatas Ekspektasi', 'di_atas'],
    ['Di Atas Ekspetasi', 'di_atas'],
    ['DI ATAS EKSPEKTASI', 'di_atas'],
    ['diatas', 'di_atas'],
    ['  Di  atas  ekspektasi ', 'di_atas'],
    ['Sesuai Ekspektasi', 'sesuai'],
    ['Sesuai', 'sesuai'],
    ['Dibawah Ekspektasi', 'di_bawah'],
    ['Di Bawah', 'di_bawah'],
    ['Dibawah Expektasi', 'di_bawah'],
    ['Rating Hasil Kerja: Sesuai Ekspektasi', 'sesuai'],
    ['Above Expectations', 'di_atas'],
    ['Meets Expectations', 'sesuai'],
    ['Below Expectations', 'di_bawah'],
  ])('%j -> %s', (text, expected) => {
    expect(value(parseRating(text))).toBe(expected);
  });

  it('lists the three ratings when the text is something else', () => {
    expect(issueText(parseRating('Luar Biasa'))).toContain(
      'Pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah',
    );
    expect(issueText(parseRating('Sesuai Harapan Pimpinan Unit'))).toContain('tidak dikenali');
    expect(issueText(parseRating(''))).toContain('Isian kosong');
  });
});

describe('parsePredikatPegawai', () => {
  it.each([
    ['Sangat Baik', 'sangat_baik'],
    ['Baik', 'baik'],
    ['Butuh Perbaikan', 'butuh_perbaikan'],
    ['Butuh Perbaikan/Cukup', 'butuh_perbaikan'],
    ['Kurang', 'kurang'],
    ['Kurang/Misconduct', 'kurang'],
    ['Misconduct', 'kurang'],
    ['Sangat Kurang', 'sangat_kurang'],
    ['PREDIKAT KINERJA : BAIK', 'baik'],
    ['Predikat Kinerja Sangat Baik', 'sangat_baik'],
    ['Butuh Perbaikn', 'butuh_perbaikan'],
  ])('%j -> %s', (text, expected) => {
    const r = parsePredikatPegawai(text);
    expect(value(r)).toBe(expected);
    expect(r.ok && r.warnings).toBeFalsy();
  });

  it('reads the older scale (Cukup, Buruk) with a warning that names the new predikat', () => {
    const cukup = parsePredikatPegawai('Cukup');
    expect(value(cukup)).toBe('butuh_perbaikan');
    expect(cukup.ok && cukup.warnings?.[0] && formatIssue(cukup.warnings[0])).toContain('"Butuh Perbaikan"');
    const buruk = parsePredikatPegawai('BURUK');
    expect(value(buruk)).toBe('sangat_kurang');
    expect(buruk.ok && buruk.warnings?.[0]?.severity).toBe('warning');
  });

  it('refuses a unit predikat for an employee and says why', () => {
    expect(issueText(parsePredikatPegawai('Istimewa'))).toContain(
      'predikat unit kerja, bukan predikat pegawai',
    );
  });
});

describe('parsePredikatOrganisasi', () => {
  it.each([
    ['Istimewa', 'istimewa'],
    ['BAIK', 'baik'],
    ['Butuh Perbaikan', 'butuh_perbaikan'],
    ['Kurang', 'kurang'],
    ['Sangat Kurang', 'sangat_kurang'],
    ['Predikat Kinerja Organisasi: Istimewa', 'istimewa'],
  ])('%j -> %s', (text, expected) => {
    expect(value(parsePredikatOrganisasi(text))).toBe(expected);
  });

  it('refuses an employee-only predikat', () => {
    expect(issueText(parsePredikatOrganisasi('Sangat Baik'))).toContain('Pilih Istimewa, Baik');
  });
});

describe('parsePolarity', () => {
  it.each([
    ['positif', 'positif'],
    ['Negatif', 'negatif'],
    ['+', 'positif'],
    ['-', 'negatif'],
    ['Maximize', 'positif'],
    ['Minimize', 'negatif'],
    ['maksimalkan', 'positif'],
    ['minimalkan', 'negatif'],
    ['semakin tinggi semakin baik', 'positif'],
    ['Semakin rendah semakin baik', 'negatif'],
    ['makin kecil makin baik', 'negatif'],
    ['higher is better', 'positif'],
    ['lower is better', 'negatif'],
    ['Polaritas: Negatif', 'negatif'],
  ])('%j -> %s', (text, expected) => {
    expect(value(parsePolarity(text))).toBe(expected);
  });

  it('reads an empty cell as positif (the documented default)', () => {
    expect(value(parsePolarity(''))).toBe('positif');
    expect(value(parsePolarity(undefined))).toBe('positif');
  });

  it('refuses "maksimal"/"minimal" alone, which point either way in Indonesian', () => {
    for (const word of ['Maksimal', 'minimal', 'Minimum']) {
      const text = issueText(parsePolarity(word));
      expect(text).toContain('ambigu');
      expect(text).toContain('Tulis "positif" atau "negatif"');
    }
  });
});

describe('parseRhkKind', () => {
  it.each([
    ['Utama', 'utama'],
    ['Tambahan', 'tambahan'],
    ['RHK Utama', 'utama'],
    ['Tugas Tambahan', 'tambahan'],
    ['A. KINERJA UTAMA', 'utama'],
    ['B. Kinerja Tambahan', 'tambahan'],
    ['U', 'utama'],
  ])('%j -> %s', (text, expected) => {
    expect(value(parseRhkKind(text))).toBe(expected);
  });

  it('refuses anything else, including both words at once', () => {
    expect(issueText(parseRhkKind('Utama / Tambahan'))).toContain('Tulis "Utama" atau "Tambahan"');
    expect(issueText(parseRhkKind('Pokok'))).toContain('Jenis RHK "Pokok"');
  });
});

describe('parseSakipAnswer', () => {
  it.each([
    ['AA', 'AA'],
    ['a', 'A'],
    ['Bb', 'BB'],
    ['B', 'B'],
    ['CC', 'CC'],
    ['C', 'C'],
    ['D', 'D'],
    ['E', 'E'],
    ['Y', 'Y'],
    ['Ya', 'Y'],
    ['T', 'T'],
    ['Tidak', 'T'],
    ['B - sebagian besar terpenuhi', 'B'],
  ])('%j -> %s', (text, expected) => {
    expect(value(parseSakipAnswer(text))).toBe(expected);
  });

  it('lists the accepted answers otherwise', () => {
    expect(issueText(parseSakipAnswer('F'))).toContain('AA, A, BB, B, CC, C, D atau E');
    expect(issueText(parseSakipAnswer(90))).toContain('"90"');
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Ya', true],
    ['Tidak', false],
    ['Y', true],
    ['T', false],
    ['Ada', true],
    ['Tidak ada', false],
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    [1, true],
    [0, false],
    ['✓', true],
    ['✗', false],
  ])('%j -> %s', (input, expected) => {
    expect(value(parseYesNo(input))).toBe(expected);
  });

  it('refuses anything else', () => {
    expect(issueText(parseYesNo('mungkin'))).toContain('bukan Ya/Tidak');
    expect(issueText(parseYesNo(2))).toContain('"2"');
  });
});

describe('parseStatus', () => {
  it.each([
    ['Disetujui', 'disetujui'],
    ['Ditolak', 'ditolak'],
    ['Pending', 'menunggu'],
    ['Menunggu verifikasi', 'menunggu'],
    ['Belum Disetujui', 'menunggu'],
    ['Revisi', 'revisi'],
    ['Sudah Dinilai', 'disetujui'],
    ['Belum Dinilai', 'menunggu'],
    ['Status Approve: Disetujui', 'disetujui'],
    ['DIKEMBALIKAN', 'revisi'],
    ['Tidak Disetujui', 'ditolak'],
  ])('%j -> %s', (text, expected) => {
    expect(value(parseStatus(text))).toBe(expected);
  });

  it('does not guess from colours', () => {
    expect(issueText(parseStatus('HIJAU'))).toContain('Tulis Disetujui, Ditolak, Menunggu atau Revisi');
  });
});
