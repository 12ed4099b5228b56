import {
  ATTENDANCE_CODES,
  type FieldId,
  type MessageCode,
  type Policy,
  PREDIKAT_ORGANISASI,
  predikatOrganisasiLabel,
  RATINGS,
  ratingLabel,
  SAKIP_ANSWERS,
  templateHeader,
} from '../../../../shared';
import type { Role } from '../../workbook/roles';

/** The dropdown lists the template puts on input columns; values come from the policy where it has them. */
export type ListId =
  | 'polaritas'
  | 'jenis_rhk'
  | 'aspek'
  | 'rating'
  | 'ya_tidak'
  | 'kode_absen'
  | 'status'
  | 'predikat_organisasi'
  | 'sakip_komponen'
  | 'sakip_subkomponen'
  | 'sakip_jawaban';

export interface TemplateColumn {
  field: FieldId;
  /** Header label: the core vocabulary's template header, so column recognition maps it exactly. */
  header: string;
  width: number;
  /** Sheets number format; "@" keeps NIPs as text so Sheets never turns them into 1,99003E+17. */
  format?: string;
  list?: ListId;
  note: MessageCode;
  /**
   * An example, added to the header note. Examples are never written as rows: a row below the header is
   * data, and an example left in place would be scored as the admin's own.
   */
  example?: MessageCode;
}

const col = (
  field: FieldId,
  width: number,
  note: MessageCode,
  extra: Partial<Pick<TemplateColumn, 'format' | 'list' | 'example'>> = {},
): TemplateColumn => ({ field, header: templateHeader(field), width, note, ...extra });

const nip = col('nip', 170, 'SHEETS_NOTE_NIP', { format: '@' });
const berakhlak = (field: FieldId) => col(field, 150, 'SHEETS_NOTE_BERAKHLAK', { list: 'rating' });

/**
 * The roles the template creates a sheet for. A per-employee results recap ("Rekap Kinerja") is what offices
 * already keep in their own layouts; it is recognised there, and the template's Indikator sheet is the
 * fuller source, so the template does not create one. The pembinaan register has its own menu item
 * ("Siapkan Catatan Pembinaan", features/pembinaan) with the policy's kinds as its dropdown.
 */
export type TemplateRole = Exclude<Role, 'results' | 'pembinaan'>;

/** Columns per input sheet. The order is the order of the header row. */
export const TEMPLATE: Record<TemplateRole, TemplateColumn[]> = {
  employees: [
    nip,
    col('nama', 220, 'SHEETS_NOTE_NAMA'),
    col('jabatan', 220, 'SHEETS_NOTE_JABATAN'),
    col('unit', 200, 'SHEETS_NOTE_UNIT'),
    col('atasan_nip', 170, 'SHEETS_NOTE_ATASAN_NIP', { format: '@' }),
    col('kepala_unit', 110, 'SHEETS_NOTE_KEPALA_UNIT', { list: 'ya_tidak' }),
    col('tpp_dasar', 130, 'SHEETS_NOTE_TPP_DASAR', { format: '#,##0' }),
  ],
  indicators: [
    nip,
    col('rhk', 300, 'SHEETS_NOTE_RHK'),
    col('jenis_rhk', 110, 'SHEETS_NOTE_JENIS_RHK', { list: 'jenis_rhk' }),
    col('indikator', 300, 'SHEETS_NOTE_INDIKATOR'),
    col('aspek', 110, 'SHEETS_NOTE_ASPEK', { list: 'aspek' }),
    col('target', 120, 'SHEETS_NOTE_TARGET'),
    col('realisasi', 120, 'SHEETS_NOTE_REALISASI'),
    col('satuan', 110, 'SHEETS_NOTE_SATUAN'),
    col('polaritas', 110, 'SHEETS_NOTE_POLARITAS', { list: 'polaritas' }),
    col('bobot', 90, 'SHEETS_NOTE_BOBOT'),
    col('bukti_dukung', 220, 'SHEETS_NOTE_BUKTI_DUKUNG'),
    col('umpan_balik', 260, 'SHEETS_NOTE_UMPAN_BALIK'),
  ],
  behaviour: [
    nip,
    berakhlak('berorientasi_pelayanan'),
    berakhlak('akuntabel'),
    berakhlak('kompeten'),
    berakhlak('harmonis'),
    berakhlak('loyal'),
    berakhlak('adaptif'),
    berakhlak('kolaboratif'),
    col('rating_perilaku', 170, 'SHEETS_NOTE_RATING_PERILAKU', { list: 'rating' }),
    col('rating_hasil', 170, 'SHEETS_NOTE_RATING_HASIL', { list: 'rating' }),
    col('umpan_balik', 260, 'SHEETS_NOTE_UMPAN_BALIK'),
  ],
  attendance: [
    nip,
    col('tanggal', 110, 'SHEETS_NOTE_TANGGAL', { format: 'dd/mm/yyyy' }),
    col('kode_absen', 110, 'SHEETS_NOTE_KODE_ABSEN', { list: 'kode_absen' }),
    col('menit_telat', 110, 'SHEETS_NOTE_MENIT_TELAT', { format: '0' }),
    col('jumlah', 90, 'SHEETS_NOTE_JUMLAH', { format: '0' }),
  ],
  activities: [
    nip,
    col('tanggal', 110, 'SHEETS_NOTE_TANGGAL', { format: 'dd/mm/yyyy' }),
    col('aktivitas', 300, 'SHEETS_NOTE_AKTIVITAS'),
    col('menit', 90, 'SHEETS_NOTE_MENIT', { format: '0' }),
    col('output', 200, 'SHEETS_NOTE_OUTPUT'),
    col('bukti_dukung', 220, 'SHEETS_NOTE_BUKTI_DUKUNG'),
    col('status', 130, 'SHEETS_NOTE_STATUS', { list: 'status' }),
  ],
  units: [
    col('unit', 220, 'SHEETS_NOTE_UNIT'),
    col('predikat_organisasi', 170, 'SHEETS_NOTE_PREDIKAT_ORGANISASI', {
      list: 'predikat_organisasi',
    }),
    col('nilai_sakip_lalu', 140, 'SHEETS_NOTE_NILAI_SAKIP_LALU', { format: '0.00' }),
  ],
  sakip: [
    col('unit', 220, 'SHEETS_NOTE_UNIT'),
    col('komponen', 260, 'SHEETS_NOTE_KOMPONEN', { list: 'sakip_komponen' }),
    col('subkomponen', 140, 'SHEETS_NOTE_SUBKOMPONEN', { list: 'sakip_subkomponen' }),
    col('kriteria', 360, 'SHEETS_NOTE_KRITERIA'),
    col('jawaban', 100, 'SHEETS_NOTE_JAWABAN', { list: 'sakip_jawaban' }),
  ],
  pk: [
    col('unit', 220, 'SHEETS_NOTE_PK_UNIT', { example: 'SHEETS_NOTE_PK_EXAMPLE' }),
    col('sasaran_strategis', 300, 'SHEETS_NOTE_SASARAN_STRATEGIS'),
    col('indikator', 300, 'SHEETS_NOTE_IKU'),
    col('target', 120, 'SHEETS_NOTE_PK_TARGET'),
    col('realisasi', 120, 'SHEETS_NOTE_PK_REALISASI'),
    col('satuan', 110, 'SHEETS_NOTE_SATUAN'),
  ],
};

/** Dropdown values: the regulation's words (labels from the core catalog) and the policy's lists. */
export function listValues(list: ListId, policy: Policy): string[] {
  switch (list) {
    case 'polaritas':
      return ['Positif', 'Negatif'];
    case 'jenis_rhk':
      return ['Utama', 'Tambahan'];
    case 'aspek':
      return ['Kuantitas', 'Kualitas', 'Waktu', 'Biaya'];
    case 'rating':
      return RATINGS.map((r) => ratingLabel(r));
    case 'ya_tidak':
      return ['Ya', 'Tidak'];
    case 'kode_absen':
      return [...ATTENDANCE_CODES];
    case 'status':
      return ['Disetujui', 'Ditolak', 'Menunggu verifikasi'];
    case 'predikat_organisasi':
      return PREDIKAT_ORGANISASI.map((p) => predikatOrganisasiLabel(p));
    case 'sakip_komponen':
      return policy.sakip.components.map((c) => c.label);
    case 'sakip_subkomponen':
      return ['Keberadaan', 'Kualitas', 'Pemanfaatan'];
    case 'sakip_jawaban':
      return SAKIP_ANSWERS.filter((a) => policy.sakip.answerValues[a] !== undefined);
  }
}
