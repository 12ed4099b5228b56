import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

/**
 * Siapkan templat writes no example rows (an example left under the header was scored as the OPD's own
 * Perjanjian Kinerja), and every "Siapkan ..." template action finds an existing sheet whatever its letter
 * case, as Sheets does when it refuses a second sheet of that name.
 */

beforeAll(ensureBuilt);

const rowsOf = (box: Sandbox, name: string): string[][] =>
  plain(box.book.sheets.find((s) => s.name === name)!.snapshot()) as string[][];

describe('Siapkan templat: examples are notes, never data', () => {
  it('writes only the header row on every sheet; the Perjanjian Kinerja example is in the header note', () => {
    const box = loadSandbox();
    box.call('siapkanTemplat');
    for (const sheet of box.book.sheets) expect(rowsOf(box, sheet.name), sheet.name).toHaveLength(1);
    const pk = box.book.sheets.find((s) => s.name === 'Perjanjian Kinerja')!;
    expect(pk.peek(1, 1)?.note).toContain('Contoh satu baris');
    expect(pk.peek(1, 1)?.note).toContain('71,5');
    expect(pk.peek(1, 3)?.note).toContain('IKU');
  });

  it('scores no Perjanjian Kinerja when the admin filled only employees and indicators', () => {
    const box = loadSandbox();
    box.call('siapkanTemplat');
    const peg = box.book.sheets.find((s) => s.name === 'Pegawai')!;
    const put = (row: number, values: string[]) =>
      values.forEach((v, i) => {
        peg.cell(row, i + 1).v = v;
      });
    put(2, ['198507122010011003', 'Ahmad', 'Kepala Dinas', 'Sekretariat', '']);
    put(3, ['199003152015031002', 'Siti', 'Analis', 'Sekretariat', '198507122010011003']);
    box.call('hitungNilai');
    const unit = rowsOf(box, 'Hasil Unit');
    const header = unit[0]!;
    const sekretariat = unit.find((r) => r[1] === 'Sekretariat')!;
    const capaian = header.indexOf('Capaian PK');
    // No PK row was written, so there is no Capaian PK (the example row gave 1,02 and "dari PK").
    if (capaian >= 0) expect(sekretariat[capaian]).toBe('');
    expect(sekretariat.join(' | ')).not.toContain('dari PK');
  });
});

describe('Siapkan ... finds an existing sheet in any letter case', () => {
  it('Siapkan templat skips "absensi" and "pegawai", names them, and creates the others', () => {
    const pegawai = [
      ['NIP', 'Nama'],
      ['198507122010011003', 'Ahmad'],
    ];
    const box = loadSandbox({
      sheets: [
        { name: 'pegawai', rows: pegawai },
        { name: 'absensi', rows: [['NIP', 'Tanggal', 'Kode']] },
      ],
    });
    const text = box.call('siapkanTemplat') as string;
    expect(text).not.toContain('kesalahan tak terduga');
    expect(text).toContain('Sheet sudah ada dan tidak diubah: pegawai, absensi.');
    expect(text).toContain('Sheet dibuat: Indikator, Perilaku, Aktivitas, Unit, SAKIP, Perjanjian Kinerja.');
    expect(box.book.sheets.map((s) => s.name)).toEqual([
      'pegawai',
      'absensi',
      'Indikator',
      'Perilaku',
      'Aktivitas',
      'Unit',
      'SAKIP',
      'Perjanjian Kinerja',
    ]);
    expect(rowsOf(box, 'pegawai')).toEqual(pegawai);
  });

  it('Siapkan Catatan Pembinaan, LKE RB and Rencana Aksi RB leave a sheet of the same name in another case', () => {
    const box = loadSandbox({
      sheets: [
        { name: 'Catatan pembinaan', rows: [['x']] },
        { name: 'lke rb', rows: [['y']] },
        { name: 'RENCANA AKSI RB', rows: [['z']] },
      ],
    });
    const pemb = box.call('siapkanCatatanPembinaan') as string;
    const lke = box.call('siapkanLkeRb') as string;
    const rba = box.call('siapkanRencanaAksiRb') as string;
    expect(pemb).toContain('Sheet "Catatan pembinaan" sudah ada dan tidak diubah');
    expect(lke).toContain('Sheet "lke rb" sudah ada dan tidak diubah');
    expect(rba).toContain('Sheet "RENCANA AKSI RB" sudah ada dan tidak diubah');
    expect(box.book.sheets.map((s) => s.name)).toEqual(['Catatan pembinaan', 'lke rb', 'RENCANA AKSI RB']);
    expect(rowsOf(box, 'lke rb')).toEqual([['y']]);
  });
});
