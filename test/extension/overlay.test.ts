// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCapaianAttribute } from '../../extension/src/content/dom/badge';
import { own } from '../../extension/src/content/dom/owned';
import { FEATURES } from '../../extension/src/content/features';
import { scoreIndicator } from '../../extension/src/content/features/indicator-capaian';
import { readCard } from '../../extension/src/content/features/person-cards';
import type { Feature, OverlaySettings } from '../../extension/src/content/features/registry';
import { indexResultsPackage, readPackagedDuties } from '../../extension/src/content/model/package';
import { panelState } from '../../extension/src/content/model/panel-state';
import { indicatorRows } from '../../extension/src/content/model/skp';
import { readTable } from '../../extension/src/content/model/table';
import { collectChanges } from '../../extension/src/content/observe';
import { createOverlay } from '../../extension/src/content/overlay';
import type { Contribution } from '../../extension/src/content/summary';
import { defaultPolicy } from '../../shared/policy/schema';

const policy = defaultPolicy();
const settings = (lang: 'id' | 'en' = 'id'): OverlaySettings => ({
  policy,
  lang,
  results: new Map(),
  revision: 1,
});

function table(html: string): HTMLTableElement {
  document.body.innerHTML = `<table id="t">${html}</table>`;
  return document.querySelector('table')!;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('SKP tables', () => {
  const skp = `<thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Polaritas</th>
      <th>Target</th><th>Realisasi</th></tr></thead><tbody>
    <tr><td colspan="6">Utama</td></tr>
    <tr><td rowspan="3">1</td><td rowspan="3">Menurunnya angka stunting di Kecamatan Wonosari</td></tr>
    <tr><td>Prevalensi stunting balita</td><td>Negatif</td><td>8 %</td><td>9 %</td></tr>
    <tr><td>Cakupan posyandu aktif</td><td>Positif</td><td>80 - 90 %</td><td>85 %</td></tr>
    <tr><td colspan="6">Tambahan</td></tr>
    <tr><td>1</td><td>Narasumber rapat koordinasi</td><td>Jumlah kegiatan</td><td></td><td>0 Kegiatan</td><td>2 Kegiatan</td></tr>
    </tbody>`;

  it('groups indicators under their rowspanned RHK and reads Utama/Tambahan section rows', () => {
    const model = readTable(table(skp))!;
    expect(model.kind).toBe('realisasi');
    const rows = indicatorRows(model);
    expect(rows.map((r) => r.kind)).toEqual(['utama', 'utama', 'tambahan']);
    expect(rows[0]!.rhk).toBe(rows[1]!.rhk);
    expect(rows[2]!.rhk).not.toBe(rows[0]!.rhk);
  });

  it('scores negative polarity, range targets, and says why target 0 is not computable', () => {
    const model = readTable(table(skp))!;
    const [stunting, posyandu, narasumber] = indicatorRows(model).map((r) =>
      scoreIndicator(model, r, policy, 'id'),
    );
    // Negative polarity: (2 x 8 - 9) / 8 = 87,5 %.
    expect(stunting!.capaian).toBeCloseTo(0.875, 10);
    expect(stunting!.badge.kategori).toBe('tinggi');
    // Inside the range 80-90 % counts as 100 %.
    expect(posyandu!.capaian).toBe(1);
    expect(narasumber!.capaian).toBeNull();
    expect(narasumber!.badge.flags).toEqual(['tidak_terhitung']);
    expect(narasumber!.badge.tooltip).toMatch(/^Capaian belum dapat dihitung: /);
    expect(formatCapaianAttribute(narasumber!.badge.capaian)).toBe('');
  });

  it('explains in English when the settings say so', () => {
    const model = readTable(table(skp))!;
    const score = scoreIndicator(model, indicatorRows(model)[0]!, policy, 'en');
    expect(score.badge.tooltip).toContain('Achievement 87.5% (High)');
  });
});

describe('ratings next to the page’s own', () => {
  it('proposes a rating per RHK beside a per-RHK rating column and flags disagreement', () => {
    document.body.innerHTML = `<p>Nama : Dewi Lestari, S.Sos.</p><p>NIP : 199208212019032007</p>
      <table><thead><tr><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target</th>
      <th>Realisasi</th><th>Rating Hasil Kerja</th></tr></thead><tbody>
      <tr><td rowspan="2">Tersusunnya Renja Bappeda</td><td>Jumlah dokumen</td><td>4 Dokumen</td><td>5 Dokumen</td>
          <td rowspan="2">Sesuai Ekspektasi</td></tr>
      <tr><td>Ketepatan waktu</td><td>100 %</td><td>100 %</td></tr>
      <tr><td>Terlaksananya monitoring program</td><td>Laporan monitoring</td><td>4 Laporan</td><td>2 Laporan</td>
          <td>Dibawah Ekspektasi</td></tr></tbody></table>`;
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const rhk = Array.from(document.querySelectorAll('[data-kind="rhk"]'));
    // RHK 1: mean of min(125%, 120% cap) and 100% = 110% -> di atas, the page says sesuai.
    expect(
      rhk.map((b) => [
        b.getAttribute('data-capaian'),
        b.getAttribute('data-kategori'),
        b.getAttribute('data-flags'),
      ]),
    ).toEqual([
      ['1.1', 'di_atas', 'rating_berbeda'],
      ['0.5', 'di_bawah', ''],
    ]);
    expect(rhk[0]!.parentElement!.textContent).toContain('Sesuai Ekspektasi');
    const employee = document.querySelector('[data-kind="pegawai"]')!;
    expect(employee.getAttribute('data-nip')).toBe('199208212019032007');
    expect(employee.getAttribute('data-capaian')).toBe('0.8');
    overlay.stop();
  });
});

describe('person cards', () => {
  it('reads key/value cards and the sidebar form "Nama" over the NIP', () => {
    expect(
      readCard(['Nama : Rahmat Hidayat, S.H.', 'NIP : 19890712 201503 1 001', 'Capaian : 96,5 %']),
    ).toMatchObject({
      name: 'Rahmat Hidayat, S.H.',
      nip: '198907122015031001',
      capaianText: '96,5 %',
    });
    expect(readCard(['Sri Wahyuni, S.Pd.', '199304052018012003'])).toMatchObject({
      name: 'Sri Wahyuni, S.Pd.',
      nip: '199304052018012003',
    });
    expect(readCard(['Pengumuman apel pagi', 'Senin 07.30'])).toBeUndefined();
  });
});

describe('results package index', () => {
  it('keeps valid employees by NIP and skips anything malformed', () => {
    const index = indexResultsPackage({
      employees: [
        {
          nip: '19900315 201503 1 002',
          nama: 'Siti Rahmawati',
          capaian: 0.88,
          predikat: 'baik',
          flags: ['tanpa_bukti', 'x'],
        },
        { nip: '12345', capaian: 1 },
        { nama: 'tanpa NIP' },
        'bukan objek',
      ],
    });
    expect([...index.keys()]).toEqual(['199003152015031002']);
    expect(index.get('199003152015031002')).toMatchObject({
      capaian: 0.88,
      predikat: 'baik',
      flags: ['tanpa_bukti'],
    });
    expect(indexResultsPackage(null).size).toBe(0);
    expect(indexResultsPackage({ employees: 'x' }).size).toBe(0);
  });
});

describe('summary panel', () => {
  const people = (predikat: string[]): Contribution => ({
    pageType: 'daftar-pegawai',
    counts: { pegawai: predikat.length },
    flags: {},
    people: predikat.map((p, i) => ({
      name: `Pegawai ${i + 1}`,
      nip: `19900101201501100${i}`,
      capaian: p === 'sangat_baik' ? 1.15 : 0.95,
      predikat: p as 'baik',
      flags: [],
    })),
  });

  it('reports which SE MenPANRB 3/2023 rule the team breaks, and by how many', () => {
    const state = panelState([people(['baik', 'baik', 'baik', 'baik'])], 'daftar-pegawai', policy, 'id');
    expect(state.rows).toBe(4);
    expect(state.distributionTitle).toContain('4 pegawai');
    // A unit rated Baik needs at least one Butuh Perbaikan or Kurang/Misconduct; Baik is capped at 70%.
    expect(state.distributionNotes.every((n) => !n.ok)).toBe(true);
    expect(state.distributionNotes).toHaveLength(2);
    expect(state.bars.find((b) => b.label.startsWith('Baik'))!.capShare).toBe(0.7);
  });

  it('lists appreciation and reprimand from predikat and capaian', () => {
    const state = panelState(
      [people(['sangat_baik', 'butuh_perbaikan', 'baik'])],
      'daftar-pegawai',
      policy,
      'id',
    );
    const [reprimand, appreciation] = state.lists;
    expect(reprimand!.people).toEqual(['Pegawai 2 (199001012015011001)']);
    expect(appreciation!.people).toEqual(['Pegawai 1 (199001012015011000)']);
  });

  it("shows the supervisor's own duties from the package, with what they were judged from", () => {
    const duties = readPackagedDuties({
      duties: [
        {
          duty: 'teguran',
          nip: '199601182022031002',
          nama: 'Yoga Pratama',
          predikat: 'butuh_perbaikan',
          from: '2025-09-30',
          to: '2025-10-30',
          lastRecord: null,
          text: 'Yoga Pratama (Butuh Perbaikan): Teguran/pembinaan belum tercatat, dicari 2025-09-30 s.d. 2025-10-30; belum pernah tercatat',
        },
      ],
      dutyBasis:
        'Kewajiban atasan dinilai dari sheet "Catatan Pembinaan" pada 2025-10-30 (akhir periode), dengan jendela 30 hari.',
    });
    const state = panelState([people(['baik'])], 'daftar-pegawai', policy, 'id', duties);
    expect(state.duties!.title).toBe('Tugas Anda sebagai atasan (1 belum tercatat, dari paket hasil)');
    expect(state.duties!.basis).toContain('Catatan Pembinaan');
    expect(state.duties!.items).toEqual([expect.stringContaining('dicari 2025-09-30 s.d. 2025-10-30')]);
    expect(panelState([people(['baik'])], 'daftar-pegawai', policy, 'en', duties).duties!.title).toBe(
      'Your duties as supervisor (1 not recorded, from the results package)',
    );
    // No package, or one exported before the register: no duties section at all.
    expect(panelState([people(['baik'])], 'daftar-pegawai', policy, 'id').duties).toBeUndefined();
  });

  it('says so when nothing was recognised, and never shows NaN', () => {
    const state = panelState([], 'unknown', policy, 'en');
    expect(state.rows).toBe(0);
    expect(state.lines.join(' ')).toContain('No performance table or card recognised');
    expect(JSON.stringify(state)).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('mutation sorting', () => {
  it('ignores the overlay’s own writes and attributes page changes to their table', () => {
    document.body.innerHTML = '<table id="a"><tr><td id="c">1</td></tr></table><div id="d"></div>';
    const badge = own(document.createElement('span'));
    badge.setAttribute('data-nilai-kerja', 'badge');
    const cell = document.getElementById('c')!;
    const changes = { tables: new Set<HTMLTableElement>(), outsideTables: false };
    const record = (target: Node, added: Node[]): MutationRecord =>
      ({ type: 'childList', target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    collectChanges([record(cell, [badge])], changes);
    expect(changes.tables.size).toBe(0);
    // A copy of a badge the page made (a cloned row) is the page's change: it must be cleaned up.
    const copy = badge.cloneNode(true);
    collectChanges([record(cell, [copy])], changes);
    expect([...changes.tables].map((t) => t.id)).toEqual(['a']);
    changes.tables.clear();
    collectChanges([record(cell, [document.createTextNode('2')])], changes);
    expect([...changes.tables].map((t) => t.id)).toEqual(['a']);
    collectChanges([record(document.getElementById('d')!, [document.createElement('p')])], changes);
    expect(changes.outsideTables).toBe(true);
  });
});

describe('feature isolation', () => {
  it('keeps other features and the page working when one feature throws', () => {
    document.body.innerHTML = `<table><thead><tr><th>NIP</th><th>Nama Pegawai</th><th>Capaian (%)</th></tr></thead>
      <tbody><tr><td>199003152015031002</td><td>Siti Rahmawati</td><td>91,5</td></tr>
      <tr><td>198811072014021001</td><td>Agus Setiawan</td><td>64</td></tr></tbody></table>
      <button id="b" onclick="this.textContent='ok'">Simpan</button>`;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: Feature = {
      id: 'rusak',
      pages: 'all',
      init(_signal, host) {
        host.onScan(() => {
          throw new Error('sengaja');
        });
      },
    };
    const overlay = createOverlay(document, settings(), [broken, ...FEATURES]);
    overlay.start();
    const badges = Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]'));
    expect(badges.map((b) => b.getAttribute('data-capaian'))).toEqual(['0.915', '0.64']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('[Nilai Kerja]');
    expect(String(warn.mock.calls[0]![0])).toContain('rusak');
    expect(overlay.status()).toMatchObject({ pageType: 'daftar-pegawai', rows: 2, overlay: true });
    overlay.stop();
    expect(document.querySelectorAll('[data-nilai-kerja]')).toHaveLength(0);
    expect(document.body.textContent).toContain('Siti Rahmawati');
  });
});

describe('login pages', () => {
  it('stays out of a login form and scores the page shown after signing in', () => {
    document.body.innerHTML =
      '<form><label>NIP <input name="nip"></label><input type="password"><button>Masuk</button></form>';
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    expect(document.querySelectorAll('[data-nilai-kerja]')).toHaveLength(0);
    document.body.innerHTML = `<table><thead><tr><th>NIP</th><th>Nama Pegawai</th><th>Capaian (%)</th></tr></thead>
      <tbody><tr><td>199003152015031002</td><td>Siti Rahmawati</td><td>91,5</td></tr></tbody></table>`;
    overlay.flush();
    expect(document.querySelector('[data-nilai-kerja="badge"]')?.getAttribute('data-capaian')).toBe('0.915');
    overlay.stop();
  });
});

describe('capaian attribute', () => {
  it('is a plain fraction with at most 4 decimals, or empty: never NaN, Infinity or an exponent', () => {
    expect([0.925, 1, 1.5, 0.88125, 0.8333333333, -0].map(formatCapaianAttribute)).toEqual([
      '0.925',
      '1',
      '1.5',
      '0.8813',
      '0.8333',
      '0',
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constant(null)), (value) => {
        const text = formatCapaianAttribute(value);
        if (value === null || !Number.isFinite(value) || Math.abs(value) >= 1e12) return text === '';
        return (
          /^-?\d+(\.\d{1,4})?$/.test(text) &&
          Math.abs(Number(text) - value) <= 0.00005 + 1e-9 * Math.abs(value)
        );
      }),
    );
  });
});
