/**
 * The core reading a hukuman list without dates (a TPP file's "Jenis Pelanggaran Disiplin | Keterangan"
 * table, no NIP, no Tanggal column) as records of the pembinaan register: each belongs to the period
 * scored, is matched to the roster by name, withholds the award, and a teguran or sanksi proposed beside
 * it says the employee is already under it; without a period it is reported and not used.
 */
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../shared/columns';
import { withYearDiscipline } from '../../shared/discipline/pp94';
import { formatIssue } from '../../shared/messages/format';
import type { WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { RINA, registerWorkbook, table, YUSUF } from './fixtures/register-office';

const policy = defaultPolicy();
const MAY_2024 = { kind: 'month', year: 2024, index: 5 } as const;

/** The office's workbook with a hukuman list of these rows (nama, jenis, keterangan), May 2024 or no period. */
const withList = (rows: string[][], period: boolean): WorkbookInput => ({
  ...registerWorkbook(undefined, period ? { periodEnd: '2024-05-31' } : {}),
  pembinaan: table('Berkas TPP', ['nama', 'jenis_pembinaan', 'catatan'], rows),
  ...(period ? { period: MAY_2024 } : {}),
});

const of = (input: WorkbookInput, nip: string) => {
  const result = scoreOrganisation(input, policy);
  const e = result.employees.find((x) => x.nip === nip);
  if (!e) throw new Error(`${nip} not scored`);
  return { e, texts: result.issues.map((i) => formatIssue(i)) };
};

describe('the columns of a hukuman list', () => {
  it('read as the pembinaan register: the kind, and Keterangan as its note; no date or NIP asked for', () => {
    const r = recognizeColumns([
      ['No', 'Nama', 'Pangkat/Gol', 'Jabatan', 'Jenis Pelanggaran Disiplin', 'Keterangan'],
    ]);
    expect(r.tableKind).toBe('pembinaan');
    expect(r.mapping).toMatchObject({ nama: 1, jenis_pembinaan: 4, catatan: 5 });
    expect(r.issues).toEqual([]);
  });

  it('a register still needs its date and NIP, and "Keterangan" alone names no field', () => {
    const register = recognizeColumns([['Nama', 'Jenis Pembinaan', 'Keterangan']]);
    expect(register.issues.map((i) => i.code)).toEqual([
      'COLUMNS_MISSING_PEMBINAAN',
      'COLUMNS_MISSING_PEMBINAAN',
    ]);
    expect(recognizeColumns([['NIP', 'Nama', 'Jabatan', 'Keterangan']]).mapping.catatan).toBeUndefined();
    // "Jenis Pelanggaran" alone is still an attendance code column.
    expect(recognizeColumns([['NIP', 'Tanggal', 'Jenis Pelanggaran']]).mapping.kode_absen).toBe(2);
  });
});

describe('a hukuman list read by the core', () => {
  const sedang = ['YUSUF hidayat,  S.Kom', 'Penundaan Kenaikan Gaji', 'HUKUMAN DISIPLIN SEDANG'];

  it('withholds the award of the period for the employee it names by name', () => {
    const { e } = of(withList([sedang], true), YUSUF);
    expect(e.recommendation.kind).toBe('apresiasi');
    expect(e.recommendation.reasons[0]).toMatchObject({
      code: 'REC_AWARD_BLOCKED_HUKUMAN_LISTED',
      params: {
        jenis: 'Hukuman disiplin sedang: Penundaan Kenaikan Gaji',
        period: 'Mei 2024',
        sheet: 'Berkas TPP',
        row: 2,
      },
    });
    expect(e.hukumanDisiplin).toMatchObject({ tanggal: '2024-05-01', sampai: '2024-06-01', row: 2 });
    expect(of(registerWorkbook(undefined, { periodEnd: '2024-05-31' }), YUSUF).e.recommendation.kind).toBe(
      'penghargaan',
    );
  });

  it('keeps a teguran proposed beside it, and says the employee is already under it', () => {
    const { e } = of(withList([['Rina Marlina', 'Teguran tertulis', 'hukuman disiplin ringan']], true), RINA);
    expect(e.recommendation.kind).toBe('teguran');
    expect(e.recommendation.reasons.at(-1)).toMatchObject({
      code: 'REC_UNDER_HUKUMAN_LISTED',
      params: { jenis: 'Hukuman disiplin ringan: Teguran tertulis', period: 'Mei 2024' },
    });
  });

  it("keeps saying it when the year's TK ladder rebuilds the proposal (withYearDiscipline)", () => {
    // Three days absent without notice in May: the ladder proposes its own teguran, rebuilt from the year.
    const input: WorkbookInput = {
      ...withList([['Rina Marlina', 'Teguran tertulis', 'hukuman disiplin ringan']], true),
      attendance: table(
        'Absensi',
        ['nip', 'tanggal', 'kode_absen'],
        [
          [RINA, '2024-05-06', 'TK'],
          [RINA, '2024-05-07', 'TK'],
          [RINA, '2024-05-08', 'TK'],
        ],
      ),
    };
    const result = scoreOrganisation(input, policy);
    const rebuilt = withYearDiscipline(result, [], { key: '2024-05', label: 'Mei 2024' }, policy);
    const e = rebuilt.employees.find((x) => x.nip === RINA);
    expect(['teguran', 'sanksi']).toContain(e?.recommendation.kind);
    expect(e?.recommendation.reasons.map((r) => r.code)).toContain('REC_UNDER_HUKUMAN_LISTED');
  });

  it('without a period, each record is reported at its cell and not used (never dated by a guess)', () => {
    const { e, texts } = of(withList([sedang], false), YUSUF);
    expect(e.recommendation.kind).toBe('penghargaan');
    expect(e.hukumanDisiplin).toBeUndefined();
    expect(texts).toContain(
      'Sheet "Berkas TPP", baris 2, kolom B: Hukuman "Penundaan Kenaikan Gaji" di sheet "Berkas TPP" tidak bertanggal dan tabelnya tidak menyebut periode. Baris ini diabaikan: tambahkan baris "Periode : <bulan tahun>" di atas tabel, atau isi tanggalnya.',
    );
  });

  it('a tingkat neither Keterangan nor the jenis names is reported at its cell', () => {
    const { e, texts } = of(withList([['Yusuf Hidayat', 'Penundaan Kenaikan Gaji', '']], true), YUSUF);
    expect(e.recommendation.kind).toBe('penghargaan');
    expect(texts.some((t) => t.startsWith('Sheet "Berkas TPP", baris 2, kolom B: Tingkat hukuman'))).toBe(
      true,
    );
  });
});
