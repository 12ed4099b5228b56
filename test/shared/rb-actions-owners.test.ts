/**
 * Owner OPDs (pengampu) of the RB action plan checked against the region's list of OPDs ("Daftar OPD",
 * as the recap reads it): a listed OPD written in another case or spacing is that OPD, an owner the list
 * does not hold is reported at its cell (with the closest listed name when one alone is close) and not
 * made an OPD of its own, a NIP is an error with or without a list, and a workbook without the list is
 * told once that owners were not checked.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { monitorActions, type RbActionSheet, readRbActionPlan } from '../../shared/org';
import { defaultPolicy } from '../../shared/policy/schema';
import { SAMPLE_RB_HEADER } from '../../shared/sample';

const policy = defaultPolicy().rbActions;
const LIST = { sheet: 'Daftar OPD', header: 'Nama OPD' };

const OPD_LIST: RbActionSheet = {
  name: 'Daftar OPD',
  grid: [
    ['DAFTAR PERANGKAT DAERAH', '', ''],
    ['Nama OPD', 'Jenis', 'Percontohan RB'],
    ['Bagian Organisasi Setda', 'Sekretariat', 'Tidak'],
    ['Dinas Komunikasi dan Informatika', 'Dinas', 'Tidak'],
    ['BKPSDM', 'Badan', 'Tidak'],
    ['Dinas Kesehatan', 'Dinas', 'Ya'],
    ['Dinas Pendidikan', 'Dinas', 'Tidak'],
  ],
};

/** A tracker in the sample's layout whose rows differ only by action text and owner cell. */
function tracker(owners: readonly string[]): RbActionSheet {
  const row = (action: string, owner: string): string[] => {
    const base: Record<string, string> = {
      No: '1',
      'No. Rekomendasi': '1',
      Rekomendasi: 'Perkuat agen perubahan',
      'Rencana Aksi': action,
      'Area Perubahan': 'Manajemen Perubahan',
      'OPD Pengampu': owner,
      Tenggat: '30/06/2025',
      Status: 'Dalam Proses',
      'Progres (%)': '50',
    };
    return SAMPLE_RB_HEADER.map((h) => base[h] ?? '');
  };
  return {
    name: 'Rencana Aksi RB',
    grid: [[...SAMPLE_RB_HEADER], ...owners.map((o, i) => row(`Aksi ${i + 1}`, o))],
  };
}

/** `list` null: a caller that checks no list (the OPD export). */
function read(
  owners: readonly string[],
  sheets: RbActionSheet[] = [OPD_LIST],
  list: typeof LIST | null = LIST,
) {
  const r = readRbActionPlan([tracker(owners), ...sheets], policy, list ?? undefined);
  if (!r.ok) throw new Error(formatIssue(r.issue));
  return { plan: r.value, warnings: r.warnings ?? [], notes: (r.warnings ?? []).map((w) => formatIssue(w)) };
}

const ownerColumn = () => {
  const c = SAMPLE_RB_HEADER.indexOf('OPD Pengampu');
  return String.fromCharCode(65 + c);
};

describe('owners checked against Daftar OPD', () => {
  it('takes an owner written in another case or spacing as the listed OPD, counted once', () => {
    const { plan, notes } = read([
      'bagian  organisasi SETDA',
      'BKPSDM; bkpsdm',
      ' Dinas Komunikasi dan Informatika ',
    ]);
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Bagian Organisasi Setda'],
      ['BKPSDM'],
      ['Dinas Komunikasi dan Informatika'],
    ]);
    expect(notes).toEqual([]);
  });

  it('reports an owner the list does not hold at its cell and gives it no row of its own', () => {
    const { plan, warnings, notes } = read([
      'Bagian Organisasi',
      'Dinas Kominfo',
      'Bagian Organisasi Setda; Diskominfo Provinsi',
    ]);
    expect(plan.actions.map((a) => a.owners)).toEqual([[], [], ['Bagian Organisasi Setda']]);
    expect(warnings.map((w) => [w.code, w.at])).toEqual([
      ['RB_ACT_OWNER_UNLISTED_CLOSE', { sheet: 'Rencana Aksi RB', row: 2, column: ownerColumn() }],
      ['RB_ACT_OWNER_UNLISTED', { sheet: 'Rencana Aksi RB', row: 3, column: ownerColumn() }],
      ['RB_ACT_OWNER_UNLISTED', { sheet: 'Rencana Aksi RB', row: 4, column: ownerColumn() }],
    ]);
    expect(notes[0]).toBe(
      `Sheet "Rencana Aksi RB", baris 2, kolom ${ownerColumn()}: Pengampu "Bagian Organisasi" tidak ada di sheet "Daftar OPD" (yang paling mirip: "Bagian Organisasi Setda"), jadi tidak dihitung di Progres per OPD pengampu dan tidak ditebak. Tulis "Bagian Organisasi Setda" bila itu yang dimaksud, atau tambahkan OPD itu ke "Daftar OPD".`,
    );
    const m = monitorActions(plan.actions, '2025-09-30', undefined, policy);
    if (!m.ok) throw new Error('monitor');
    expect(m.value.byOwner.map((g) => [g.label, g.actions])).toEqual([['Bagian Organisasi Setda', 1]]);
    expect(m.value.withoutOwner.map((a) => a.action)).toEqual(['Aksi 1', 'Aksi 2']);
  });

  it('names no closest OPD when two are as close (never guessed)', () => {
    const { warnings } = read(['Dinas']);
    expect(warnings.map((w) => [w.code, w.params?.closest])).toEqual([['RB_ACT_OWNER_UNLISTED', undefined]]);
  });

  it('makes a NIP typed as owner an error, with or without a list', () => {
    for (const r of [
      read(['198001012005011001; BKPSDM', 'NIP. 19800101 200501 1 001']),
      read(['198001012005011001; BKPSDM', 'NIP. 19800101 200501 1 001'], [], null),
    ]) {
      expect(r.plan.actions.map((a) => a.owners)).toEqual([['BKPSDM'], []]);
      const nip = r.warnings.filter((w) => w.code === 'RB_ACT_OWNER_NIP');
      expect(nip.map((w) => [w.severity, w.at?.row])).toEqual([
        ['error', 2],
        ['error', 3],
      ]);
    }
    expect(read(['198001012005011001'], [], null).notes[0]).toBe(
      `Sheet "Rencana Aksi RB", baris 2, kolom ${ownerColumn()}: Pengampu "198001012005011001" berupa NIP atau angka, bukan nama OPD, jadi tidak dihitung sebagai pengampu. Tulis nama OPD pengampunya; pegawai penanggung jawab tidak ditulis di kolom ini.`,
    );
  });

  it('says once that owners were not checked when the workbook has no Daftar OPD', () => {
    const { plan, warnings, notes } = read(['Dinas Kominfo', 'bagian organisasi setda', 'BKPSDM'], []);
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Dinas Kominfo'],
      ['bagian organisasi setda'],
      ['BKPSDM'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['RB_ACT_OWNERS_UNCHECKED']);
    expect(notes[0]).toBe(
      'Sheet "Rencana Aksi RB": Nama OPD pengampu tidak diperiksa karena workbook ini tidak punya sheet "Daftar OPD": salah ketik di kolom pengampu menjadi baris sendiri di Progres per OPD pengampu. Tambahkan sheet "Daftar OPD" dengan kolom "Nama OPD" agar pengampu dicocokkan.',
    );
  });

  it('says so when Daftar OPD lists no OPD under a "Nama OPD" header, and checks nothing', () => {
    const noHeader: RbActionSheet = { name: 'Daftar OPD', grid: [['OPD'], ['BKPSDM']] };
    const { plan, warnings } = read(['Dinas Kominfo'], [noHeader]);
    expect(plan.actions[0]?.owners).toEqual(['Dinas Kominfo']);
    expect(warnings.map((w) => w.code)).toEqual(['RB_ACT_OWNER_LIST_EMPTY']);
  });

  it('says nothing of the list when no owner is written at all', () => {
    expect(read(['', ''], []).warnings).toEqual([]);
  });
});
