/**
 * The result actions in the BUILT Code.js: compute, dashboard, reward list, SAKIP, policy functions and export,
 * driven as Sheets would on the sample OPD written into the fake spreadsheet with the template layout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_PROPERTY } from '../../apps-script/src/settings/policy-store';
import { workbookGrids } from '../../scripts/sample-sheets';
import { ResultsPackageSchema } from '../../shared/pipeline/schema';
import { generateProvince, sampleWorkbook } from '../../shared/sample';
import type { FakeSheet } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { INPUT_SHEETS, sampleBox } from './output-state';

beforeAll(ensureBuilt);

const RESULT_SHEETS = ['Hasil Pegawai', 'Hasil Unit', 'Masalah Data'];

const sheet = (box: Sandbox, name: string): FakeSheet => {
  const found = box.book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const values = (box: Sandbox, name: string) => plain(sheet(box, name).snapshot());
const inputSnapshot = (box: Sandbox) => INPUT_SHEETS.map((name) => values(box, name));
const rowOf = (box: Sandbox, name: string, nama: string) => values(box, name).find((r) => r[2] === nama);

describe('hitungNilai on the sample OPD', () => {
  it('writes Hasil Pegawai with the right values for hand-checked employees', () => {
    const box = sampleBox();
    const text = box.call('hitungNilai') as string;
    expect(text).toContain('40 pegawai dinilai di sheet "Hasil Pegawai", 3 unit di sheet "Hasil Unit"');
    const header = values(box, 'Hasil Pegawai')[0];
    expect(header?.slice(0, 6)).toEqual(['Periode', 'NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Capaian']);

    // Ahmad Fauzi: every RHK above target, BerAKHLAK above expectations: Sangat Baik and an award.
    const ahmad = rowOf(box, 'Hasil Pegawai', 'Ahmad Fauzi, S.Sos.');
    expect(ahmad?.[1]).toMatch(/^\d{18}$/);
    expect(ahmad?.[5]).toBeCloseTo(1.1925, 4);
    expect(ahmad?.slice(6, 9)).toEqual(['Sangat Tinggi', 'Di Atas Ekspektasi', 'Di Atas Ekspektasi']);
    expect(ahmad?.[11]).toBe('Sangat Baik');
    expect(ahmad?.[17]).toBe('Usulan penghargaan');
    expect(ahmad?.[18]).toContain('usulkan penghargaan');

    // Dedi Kurniawan logs a full month of activity with results around 54%: kesibukan semu.
    const dedi = rowOf(box, 'Hasil Pegawai', 'Dedi Kurniawan, A.Md.');
    expect(dedi?.[11]).toBe('Butuh Perbaikan');
    expect(dedi?.[12]).toBe('Ya');
    expect(dedi?.[17]).toBe('Pembinaan');

    // The head of the Sekretariat takes the unit's predikat (Baik -> Sesuai Ekspektasi) as hasil rating.
    const sekretaris = rowOf(box, 'Hasil Pegawai', 'Drs. Bambang Sutrisno, M.Si.');
    expect(sekretaris?.[9]).toBe('Predikat organisasi (kepala unit)');
    expect(typeof sekretaris?.[16]).toBe('number');
  });

  it('keeps NIPs as text, formats percent and rupiah columns, freezes the header and filters', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    const hasil = sheet(box, 'Hasil Pegawai');
    expect(hasil.peek(2, 2)?.format).toBe('@');
    expect(typeof hasil.peek(2, 2)?.v).toBe('string');
    expect(hasil.peek(2, 6)?.format).toBe('0.0%');
    expect(hasil.peek(2, 17)?.format).toBe('"Rp "#,##0');
    expect(hasil.frozenRows).toBe(1);
    expect(hasil.filter).not.toBeNull();
    expect(hasil.conditionalRules.length).toBeGreaterThanOrEqual(10);
    const none = values(box, 'Hasil Pegawai').flat();
    expect(none.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
    expect(none.some((v) => v === 'NaN' || v === 'undefined' || v === null)).toBe(false);
  });

  it('writes Hasil Unit with the distribution per predikat and each violated SE 3/2023 rule', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    const units = values(box, 'Hasil Unit');
    const p2p = units.find((r) => r[1] === 'Bidang Pencegahan dan Pengendalian Penyakit');
    expect(p2p?.[2]).toBe('Butuh Perbaikan');
    expect(p2p?.[3]).toBe(13);
    expect(p2p?.slice(4, 9)).toEqual([2, 3, 6, 1, 1]);
    expect(p2p?.[11]).toContain('kelebihan 1 pegawai');
    expect(p2p?.[11]).toContain('kurang 2 pegawai');
    expect(units.find((r) => r[1] === 'Bidang Pelayanan Kesehatan')?.[11]).toBe('OK');
    expect(sheet(box, 'Hasil Unit').peek(2, 11)?.format).toBe('0.0%');
  });

  it('lists the data problems of the same run in Masalah Data', () => {
    const box = sampleBox();
    const text = box.call('hitungNilai') as string;
    expect(text).toMatch(/\d+ masalah dan \d+ peringatan data tercantum di sheet "Masalah Data"/);
    expect(values(box, 'Masalah Data').length).toBeGreaterThan(1);
  });

  it('never modifies an input cell, whatever the action', () => {
    const box = sampleBox();
    const before = inputSnapshot(box);
    for (const fn of [
      'hitungNilai',
      'buatDasbor',
      'daftarRewardPunishment',
      'evaluasiSakip',
      'eksporUntukEkstensi',
      'bukaPengaturan',
      'ambilPaketEkspor',
      'ambilKebijakan',
      'eksporKebijakan',
    ])
      box.call(fn);
    box.call('pilihPresetKebijakan', 'tulang_bawang');
    box.call('hitungNilai');
    expect(inputSnapshot(box)).toEqual(before);
  });
});

describe('a failing compute', () => {
  it('refuses a corrupt stored policy, names the field and keeps the previous results', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    const previous = RESULT_SHEETS.map((n) => values(box, n));
    box.documentProperties.store.set(
      POLICY_PROPERTY,
      JSON.stringify({ version: 1, rating: { hasilBands: { diAtasMin: 'tinggi', sesuaiMin: 0.9 } } }),
    );
    const text = box.call('hitungNilai') as string;
    expect(text).toContain('Kebijakan tersimpan rusak');
    expect(text).toContain('rating.hasilBands.diAtasMin');
    expect(RESULT_SHEETS.map((n) => values(box, n))).toEqual(previous);
    expect(box.ui.alerts.at(-1)).toBe(text);
  });

  it('says why in Indonesian when a service fails while reading, and keeps the previous results', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    const previous = RESULT_SHEETS.map((n) => values(box, n));
    sheet(box, 'Indikator').getDataRange = () => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    };
    const text = box.call('hitungNilai') as string;
    expect(text).toContain('Perhitungan gagal (Service Spreadsheets timed out');
    expect(text).toContain('Sheet hasil sebelumnya tidak diubah');
    expect(RESULT_SHEETS.map((n) => values(box, n))).toEqual(previous);
    expect(box.lock.hasLock()).toBe(false);
  });

  it('tells the admin another run is in progress when the document lock is taken', () => {
    const box = sampleBox();
    box.lock.heldElsewhere = true;
    const text = box.call('hitungNilai') as string;
    expect(text).toContain('sedang berjalan');
    expect(box.book.sheets.map((s) => s.name)).toEqual(INPUT_SHEETS);
  });

  it('runs headless from a trigger and logs instead of alerting', () => {
    const box = sampleBox({ withUi: false });
    const text = box.call('hitungNilai') as string;
    expect(text).toContain('40 pegawai dinilai');
    expect(box.logs.join('\n')).toContain('40 pegawai dinilai');
  });
});

describe('dashboard, reward list and SAKIP', () => {
  it('buatDasbor inserts three native charts over data tables written once', () => {
    const box = sampleBox();
    box.call('buatDasbor');
    const dasbor = sheet(box, 'Dasbor');
    const charts = plain(dasbor.charts) as { type: string; options: Record<string, unknown> }[];
    expect(charts.map((c) => c.type)).toEqual(['combo', 'bar', 'scatter']);
    expect(charts[0]?.options.isStacked).toBe(true);
    expect(box.rec.calls.filter((c) => c.name === 'Range.setValues' && c.sheet === 'Dasbor')).toHaveLength(1);
    const first = values(box, 'Dasbor')[0];
    expect(first).toContain('Batas maks. Sangat Baik');
    // Regenerating replaces the charts instead of piling them up.
    box.call('buatDasbor');
    expect(sheet(box, 'Dasbor').charts).toHaveLength(3);
  });

  it('buatDasbor never charts Infinity: overflowing activity minutes are data problems on their cell', () => {
    const grids = workbookGrids(sampleWorkbook()).map((g) => ({
      name: g.name,
      rows: g.rows.map((r) => [...r]),
    }));
    const aktivitas = grids.find((g) => g.name === 'Aktivitas');
    if (!aktivitas) throw new Error('no Aktivitas sheet');
    const menit = (aktivitas.rows[0] as unknown[]).indexOf('Menit');
    const nip = aktivitas.rows[1]?.[0];
    // Two approved activities of the same employee: 1e308 + 1e308 is Infinity; "1e308 jam" overflows alone.
    const rows = aktivitas.rows.filter((r, i) => i > 0 && r[0] === nip && r[6] === 'Disetujui').slice(0, 3);
    expect(rows).toHaveLength(3);
    const cells: unknown[] = [1e308, 1e308, '1e308 jam'];
    rows.forEach((r, i) => {
      r[menit] = cells[i] as never;
    });
    const box = loadSandbox({ sheets: grids });
    box.call('buatDasbor');
    const numbers = sheet(box, 'Dasbor')
      .snapshot()
      .flat()
      .filter((v) => typeof v === 'number');
    expect(numbers.every((v) => Number.isFinite(v) && v < 1e6)).toBe(true);
    box.call('periksaData');
    const column = String.fromCharCode(65 + menit);
    const problems = values(box, 'Masalah Data').filter((r) => r[0] === 'Aktivitas' && r[2] === column);
    expect(problems.map((r) => r[1])).toEqual(rows.map((r) => aktivitas.rows.indexOf(r) + 1));
    expect(String(problems[0]?.[4])).toMatch(/^Menit aktivitas "1e\+308" terlalu besar/);
  });

  it('daftarRewardPunishment groups employees by recommendation and names supervisors with duties', () => {
    const box = sampleBox();
    const text = box.call('daftarRewardPunishment') as string;
    expect(text).toContain('atasan dengan kewajiban');
    const rows = values(box, 'Reward & Punishment');
    expect(rows.some((r) => r[0] === 'Usulan sanksi' && r[2] === 'Andi Saputra, S.K.M.')).toBe(true);
    expect(rows.some((r) => r[0] === 'Usulan penghargaan' && r[2] === 'Ahmad Fauzi, S.Sos.')).toBe(true);
    expect(rows.some((r) => String(r[0]).includes('Umpan balik belum lengkap'))).toBe(true);
    expect(rows.some((r) => r[0] === 'Rekap untuk rapat Sekda')).toBe(true);
  });

  it('evaluasiSakip grades each unit and ranks them', () => {
    const box = sampleBox();
    const text = box.call('evaluasiSakip') as string;
    expect(text).toContain('3 unit dinilai');
    const rows = values(box, 'Evaluasi SAKIP');
    const head = rows.find((r) => r[0] === 'Bidang Pelayanan Kesehatan' && r[1] === 'Nilai akhir');
    expect(head?.[2]).toBe(91.8);
    expect(head?.[4]).toBe('AA (Sangat Memuaskan)');
    expect(rows.find((r) => r[0] === 'Sekretariat' && r[1] === 'Nilai akhir')?.[4]).toBe('A (Memuaskan)');
    expect(rows.some((r) => r[0] === '    Pemanfaatan')).toBe(true);
    expect(rows.some((r) => r[0] === 'Terbaik: Bidang Pelayanan Kesehatan')).toBe(true);
  });
});

describe('policy functions and export', () => {
  it('rejects bad JSON and names the field of an invalid value', () => {
    const box = sampleBox();
    const bad = plain(box.call('simpanKebijakan', '{"version": 1, ')) as { ok: boolean; message: string };
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('bukan JSON yang sah');
    const policy = plain(box.call('ambilKebijakan')) as { state: { policy: Record<string, unknown> } };
    const edited = {
      ...policy.state.policy,
      busy: { ...(policy.state.policy.busy as object), maxCapaian: -0.5 },
    };
    const reply = plain(box.call('simpanKebijakan', JSON.stringify(edited))) as {
      ok: boolean;
      errors: { field: string; message: string }[];
    };
    expect(reply.ok).toBe(false);
    expect(reply.errors[0]?.field).toBe('busy.maxCapaian');
    expect(reply.errors[0]?.message).toContain('Hasil rendah bila capaian kurang dari (%)');
    expect(box.documentProperties.store.has(POLICY_PROPERTY)).toBe(false);
  });

  it('saves a valid policy that compute then uses, and exports it', () => {
    const box = sampleBox();
    const state = plain(box.call('ambilKebijakan')) as { state: { policy: Record<string, unknown> } };
    const policy = state.state.policy as { name: string; reward: Record<string, unknown> };
    const edited = {
      ...policy,
      name: 'Perbup Contoh 2025',
      reward: { ...policy.reward, penghargaanMinCapaian: 1.5 },
    };
    const reply = plain(box.call('simpanKebijakan', JSON.stringify(edited))) as {
      ok: boolean;
      message: string;
    };
    expect(reply.ok).toBe(true);
    expect(reply.message).toContain('Perbup Contoh 2025');
    box.call('hitungNilai');
    // Nobody reaches 150%: Ahmad Fauzi now gets apresiasi instead of an award.
    expect(rowOf(box, 'Hasil Pegawai', 'Ahmad Fauzi, S.Sos.')?.[17]).toBe('Apresiasi');
    const exported = plain(box.call('eksporKebijakan')) as { ok: boolean; json: string };
    expect(JSON.parse(exported.json).name).toBe('Perbup Contoh 2025');
  });

  it('applies a preset by id and refuses an unknown one', () => {
    const box = sampleBox();
    const ok = plain(box.call('pilihPresetKebijakan', 'tulang_bawang')) as { ok: boolean };
    expect(ok.ok).toBe(true);
    const state = plain(box.call('ambilKebijakan')) as { state: { tableId: string } };
    expect(state.state.tableId).toBe('tulang_bawang');
    const bad = plain(box.call('pilihPresetKebijakan', 'jakarta')) as { ok: boolean; message: string };
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('Preset "jakarta" tidak dikenal');
  });

  it('opens the policy sidebar and the export dialog, both building DOM with textContent', () => {
    const box = sampleBox();
    box.call('bukaPengaturan');
    box.call('eksporUntukEkstensi');
    expect(box.ui.sidebars.map((s) => s.file)).toEqual(['Policy']);
    expect(box.ui.dialogs.map((d) => d.html.file)).toEqual(['Export']);
    for (const html of [box.ui.sidebars[0]?.content ?? '', box.ui.dialogs[0]?.html.content ?? ''])
      expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  // Since issue 10 the export is one package per supervisor (test/apps-script/export-packages.test.ts);
  // here: every package is one the extension accepts.
  it('exports results packages the extension accepts', () => {
    const box = sampleBox();
    const reply = plain(box.call('ambilPaketEkspor')) as {
      ok: boolean;
      packages: { json: string }[];
      help: string;
    };
    expect(reply.ok).toBe(true);
    expect(reply.help).toContain('12 paket');
    const parsed = reply.packages.map((p) => ResultsPackageSchema.parse(JSON.parse(p.json)));
    const employees = parsed.flatMap((p) => p.employees);
    expect(employees).toHaveLength(37);
    expect(employees.find((e) => e.nama === 'Andi Saputra, S.K.M.')?.predikat).toBe('sangat_kurang');
  });
});

describe('service calls', () => {
  const callsFor = (employees: number) => {
    const input = generateProvince(employees, 4, 7);
    const box = loadSandbox({ sheets: workbookGrids(input).map((g) => ({ name: g.name, rows: g.rows })) });
    box.rec.reset();
    box.call('hitungNilai');
    return box.rec.calls.map((c) => c.name);
  };

  it('do not grow with rows: 100 and 2,000 employees make the same calls', () => {
    const small = callsFor(100);
    const large = callsFor(2000);
    expect(large.length).toBe(small.length);
    expect(large).toEqual(small);
    expect(small.filter((n) => n === 'Range.getValues')).toHaveLength(7);
    expect(small.filter((n) => n === 'Range.setValues')).toHaveLength(3);
  });
});
