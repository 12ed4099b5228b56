import { beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE } from '../../apps-script/src/features/template/spec';
import { ROLES as ALL_ROLES, ROLE_SHEET } from '../../apps-script/src/workbook/roles';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';

/**
 * The roles the template creates a sheet for (a results recap is recognised in offices' own layouts; the
 * pembinaan register has its own menu item, test/apps-script/pembinaan.test.ts).
 */
const ROLES = ALL_ROLES.filter((r) => r !== 'results' && r !== 'pembinaan');

beforeAll(ensureBuilt);

interface Proposal {
  ok: boolean;
  proposal: {
    sheets: {
      sheet: string;
      role: string;
      headerRow: number;
      columns: { letter: string; label: string; field: string | null }[];
      notes: string[];
    }[];
  };
}

describe('Siapkan templat', () => {
  it('creates the eight input sheets with headers the column recognition maps exactly', () => {
    const box = loadSandbox();
    const text = box.call('siapkanTemplat') as string;
    expect(text).toContain(
      'Sheet dibuat: Pegawai, Indikator, Perilaku, Absensi, Aktivitas, Unit, SAKIP, Perjanjian Kinerja.',
    );
    expect(box.book.sheets.map((s) => s.name)).toEqual(ROLES.map((r) => ROLE_SHEET[r]));
    const reply = plain(box.call('ambilUsulanPemetaan')) as Proposal;
    expect(reply.ok).toBe(true);
    for (const role of ROLES) {
      const sheet = reply.proposal.sheets.find((s) => s.sheet === ROLE_SHEET[role])!;
      expect(sheet.role, role).toBe(role);
      expect(sheet.headerRow).toBe(1);
      expect(
        sheet.columns.map((c) => c.field),
        role,
      ).toEqual(TEMPLATE[role].map((c) => c.field));
      expect(
        sheet.notes.filter((n) => !n.includes('tidak punya kolom')),
        role,
      ).toEqual([]);
    }
  });

  it('formats each sheet: frozen bold header with notes, NIP as text, dropdowns, widths', () => {
    const box = loadSandbox();
    box.call('siapkanTemplat');
    const indikator = box.book.sheets.find((s) => s.name === 'Indikator')!;
    expect(indikator.frozenRows).toBe(1);
    expect(indikator.peek(1, 1)?.bold).toBe(true);
    expect(indikator.peek(1, 1)?.note).toContain('18 digit');
    expect(indikator.peek(1, 6)?.note).toContain('rentang');
    expect(indikator.peek(2, 1)?.format).toBe('@');
    expect(indikator.peek(500, 1)?.format).toBe('@');
    const polaritas = indikator.peek(2, 9)?.validation as { values: string[]; allowInvalid: boolean };
    expect(polaritas.values).toEqual(['Positif', 'Negatif']);
    expect(polaritas.allowInvalid).toBe(false);
    expect(indikator.columnWidths.get(2)).toBeGreaterThan(200);
    const perilaku = box.book.sheets.find((s) => s.name === 'Perilaku')!;
    const rating = perilaku.peek(2, 2)?.validation as { values: string[] };
    expect(rating.values).toEqual(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi']);
    const absensi = box.book.sheets.find((s) => s.name === 'Absensi')!;
    const kode = absensi.peek(2, 3)!.validation as { values: string[] };
    expect(kode.values).toContain('TL1');
    const sakip = box.book.sheets.find((s) => s.name === 'SAKIP')!;
    const jawaban = sakip.peek(2, 5)!.validation as { values: string[] };
    expect(jawaban.values).toEqual(expect.arrayContaining(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'E']));
  });

  it('never overwrites an existing sheet: it is skipped and named in the answer', () => {
    const rows = [
      ['NIP', 'Nama Pegawai', 'Jabatan'],
      ['199003152015031002', 'Siti Rahmawati, S.E.', 'Analis Kebijakan'],
    ];
    const box = loadSandbox({ sheets: [{ name: 'Pegawai', rows }] });
    const text = box.call('siapkanTemplat') as string;
    expect(text).toContain('Sheet sudah ada dan tidak diubah: Pegawai.');
    const pegawai = box.book.sheets.find((s) => s.name === 'Pegawai')!;
    expect(pegawai.snapshot()).toEqual(rows);
    expect(pegawai.frozenRows).toBe(0);
    expect(
      box.rec.calls.filter(
        (c) => c.sheet === 'Pegawai' && c.name !== 'Sheet.getName' && c.name !== 'Sheet.getSheetId',
      ),
    ).toEqual([]);
    // Running it again creates nothing new and changes nothing.
    const again = box.call('siapkanTemplat') as string;
    expect(again).not.toContain('Sheet dibuat');
    expect(box.book.sheets).toHaveLength(8);
  });

  it('uses a constant number of service calls per sheet, whatever the template size', () => {
    const box = loadSandbox();
    box.call('siapkanTemplat');
    const writes = box.rec.calls.filter((c) => c.name === 'Range.setValues');
    expect(writes).toHaveLength(8);
    const perSheet = box.rec.calls.filter((c) => c.sheet === 'Indikator').length;
    expect(perSheet).toBeLessThan(60);
  });
});
