// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  divGridToGrid,
  findDivLists,
  gridText,
  isRepeatedRows,
  rowCells,
  tableToGrid,
} from '../../extension/src/content/dom/grid';
import { visibleText } from '../../extension/src/content/dom/visibility';
import { readTable } from '../../extension/src/content/model/table';

function table(html: string): HTMLTableElement {
  document.body.innerHTML = `<table>${html}</table>`;
  return document.querySelector('table')!;
}

describe('tableToGrid', () => {
  it('gives every indicator row its RHK when the RHK cell spans them (layout a)', () => {
    const grid = tableToGrid(
      table(`<thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">1</td><td rowspan="2">Tersusunnya laporan keuangan Dinas Kesehatan</td><td>Jumlah laporan</td><td>12 Dokumen</td></tr>
        <tr><td>Ketepatan waktu</td><td>100 %</td></tr>
      </tbody>`),
    );
    expect(grid.width).toBe(4);
    expect(gridText(grid)).toEqual([
      ['No', 'Rencana Hasil Kerja', 'Indikator Kinerja Individu', 'Target'],
      ['1', 'Tersusunnya laporan keuangan Dinas Kesehatan', 'Jumlah laporan', '12 Dokumen'],
      ['1', 'Tersusunnya laporan keuangan Dinas Kesehatan', 'Ketepatan waktu', '100 %'],
    ]);
    expect(grid.rows[0]!.header).toBe(true);
    expect(grid.rows[2]!.cells[1]!.origin).toBe(false);
    expect(grid.rows[1]!.cells[1]!.origin).toBe(true);
  });

  it('keeps the RHK-only row of layout b and fills the indicator rows below it', () => {
    const grid = tableToGrid(
      table(`<tr><th>No</th><th>RHK</th><th>Indikator</th><th>Target</th></tr>
        <tr><td rowspan="3">1</td><td rowspan="3">Terlaksananya pembinaan UMKM</td></tr>
        <tr><td>Jumlah UMKM dibina</td><td>40 Orang</td></tr>
        <tr><td>Persentase UMKM naik kelas</td><td>80 - 90 %</td></tr>`),
    );
    expect(gridText(grid)).toEqual([
      ['No', 'RHK', 'Indikator', 'Target'],
      ['1', 'Terlaksananya pembinaan UMKM', '', ''],
      ['1', 'Terlaksananya pembinaan UMKM', 'Jumlah UMKM dibina', '40 Orang'],
      ['1', 'Terlaksananya pembinaan UMKM', 'Persentase UMKM naik kelas', '80 - 90 %'],
    ]);
  });

  it('resolves two header rows with a Target group over Kuantitas/Kualitas', () => {
    const grid = tableToGrid(
      table(`<thead><tr><td rowspan="2">Kegiatan</td><td colspan="2">Target</td></tr>
        <tr><td>Kuantitas</td><td>Kualitas</td></tr></thead>
        <tbody><tr><th>Penyusunan SOP</th><td>3 SOP</td><td>100</td></tr></tbody>`),
    );
    expect(gridText(grid)).toEqual([
      ['Kegiatan', 'Target', 'Target'],
      ['Kegiatan', 'Kuantitas', 'Kualitas'],
      ['Penyusunan SOP', '3 SOP', '100'],
    ]);
    expect(grid.rows.map((r) => r.header)).toEqual([true, true, false]);
    expect(grid.rows[2]!.cells[0]!.header).toBe(true);
  });

  it('spreads a full-width section row over every column', () => {
    const grid = tableToGrid(
      table(`<tr><th>No</th><th>RHK</th><th>Target</th></tr>
        <tr><td colspan="3"><b>Tambahan</b></td></tr>
        <tr><td>1</td><td>Menjadi narasumber sosialisasi</td><td>2 Kegiatan</td></tr>`),
    );
    expect(rowCells(grid.rows[1]!)).toHaveLength(1);
    expect(grid.rows[1]!.cells.map((c) => c?.text)).toEqual(['Tambahan', 'Tambahan', 'Tambahan']);
  });

  it('ignores hidden rows, hidden cells and hidden duplicate value divs', () => {
    const grid = tableToGrid(
      table(`<tr><th>Indikator</th><th>Realisasi</th></tr>
        <tr style="display:none"><td>Baris template</td><td>999</td></tr>
        <tr><td>Jumlah dokumen</td><td><span>24</span> Dokumen<div id="realisasi-7" style="display:none">24</div></td></tr>
        <tr><td>Laporan</td><td style="display:none">kolom rahasia</td><td>3 Laporan</td></tr>
        <tbody style="display:none"><tr><td>Template baris</td><td>0</td></tr></tbody>`),
    );
    expect(gridText(grid)).toEqual([
      ['Indikator', 'Realisasi'],
      ['Jumlah dokumen', '24 Dokumen'],
      ['Laporan', '3 Laporan'],
    ]);
  });

  it('does not let a hostile rowspan or colspan allocate unbounded memory', () => {
    const grid = tableToGrid(
      table(`<tr><td rowspan="99999999" colspan="99999999">x</td><td>y</td></tr><tr><td>z</td></tr>`),
    );
    expect(grid.width).toBeLessThanOrEqual(1001);
    expect(grid.rows).toHaveLength(2);
    expect(grid.rows[1]!.cells[1000]!.text).toBe('z');
  });
});

describe('visibleText', () => {
  it('separates name and NIP written on two lines and reads the chosen rating option', () => {
    document.body.innerHTML = `<div id="a">Siti Rahmawati, S.E.<br><small>19900315 201503 1 002</small></div>
      <div id="b"><select><option>Dibawah Ekspektasi</option><option selected>Diatas Ekspetasi</option></select><button>Simpan</button></div>`;
    expect(visibleText(document.getElementById('a')!)).toBe('Siti Rahmawati, S.E. 19900315 201503 1 002');
    expect(visibleText(document.getElementById('b')!)).toBe('Diatas Ekspetasi');
  });

  it('keeps script-like text as plain text and skips the overlay’s own badges', () => {
    document.body.innerHTML = `<div id="c">&lt;img src=x onerror=alert(1)&gt;<span data-nilai-kerja="badge">87,5%</span></div>`;
    expect(visibleText(document.getElementById('c')!)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('lists drawn with <div>s (docs/pages.md#pattern-18)', () => {
  const ROW = (cells: string[]): string =>
    `<div class="baris">${cells.map((c) => `<div>${c}</div>`).join('')}</div>`;

  it('reads an ARIA grid: columnheader cells are the header, aria-colspan fills slots, hidden rows are left out', () => {
    document.body.innerHTML = `<div role="grid" id="g"><div role="rowgroup">
      <div role="row"><span role="columnheader">NIP</span><span role="columnheader">Nama Pegawai</span><span role="columnheader">Capaian (%)</span></div></div>
      <div role="rowgroup">
      <div role="row"><span role="gridcell">198306112009021004</span><span role="gridcell">Hendra Gunawan</span><span role="gridcell"><b>90</b></span></div>
      <div role="row" style="display:none"><span role="gridcell">199008222015032003</span><span role="gridcell">Ratna Juwita</span><span role="gridcell">70</span></div>
      <div role="row"><span role="gridcell" aria-colspan="3">Tidak ada data lagi</span></div>
      </div></div>`;
    const grid = divGridToGrid(document.getElementById('g')!);
    expect(gridText(grid)).toEqual([
      ['NIP', 'Nama Pegawai', 'Capaian (%)'],
      ['198306112009021004', 'Hendra Gunawan', '90'],
      ['Tidak ada data lagi', 'Tidak ada data lagi', 'Tidak ada data lagi'],
    ]);
    expect(grid.rows.map((row) => row.header)).toEqual([true, false, false]);
    expect(rowCells(grid.rows[2]!)).toHaveLength(1);
    expect(grid.domRows).toBe(4);
  });

  it('recognises a repeated-rows list by its first row, as a table without <th>', () => {
    document.body.innerHTML = `<section id="l">${ROW(['No', 'NIP', 'Nama Pegawai', 'Capaian (%)'])}${ROW([
      '1',
      '198712292012122002',
      'Melati Kusumawardani',
      '92',
    ])}${ROW(['2', '199402142019031001', 'Agus Salim Harahap', '48,5'])}</section>`;
    const model = readTable(document.getElementById('l')!)!;
    // The same kind and columns as the same list written as a <table>.
    const rows = Array.from(document.querySelectorAll('#l > div'), (row) =>
      Array.from(row.children, (cell) => `<td>${cell.textContent}</td>`).join(''),
    );
    document.body.insertAdjacentHTML(
      'beforeend',
      `<table id="t">${rows.map((r) => `<tr>${r}</tr>`).join('')}</table>`,
    );
    const asTable = readTable(document.getElementById('t')!)!;
    expect(model.kind).toBe(asTable.kind);
    expect(model.mapping).toEqual(asTable.mapping);
    expect(Object.keys(model.mapping)).toEqual(expect.arrayContaining(['nip', 'nama']));
    expect(model.dataRows.map((row) => row.cells[2]?.text)).toEqual([
      'Melati Kusumawardani',
      'Agus Salim Harahap',
    ]);
  });

  it('takes only containers whose rows share one structure, never a table or a grid’s own rowgroup', () => {
    const three = [ROW(['a', 'b', 'c']), ROW(['d', 'e', 'f']), ROW(['g', 'h', 'i'])].join('');
    document.body.innerHTML = `<div id="ok">${three}</div>
      <div id="pendek">${ROW(['a', 'b', 'c'])}${ROW(['d', 'e', 'f'])}</div>
      <div id="beda">${ROW(['a', 'b', 'c'])}${ROW(['d', 'e'])}${ROW(['g', 'h', 'i'])}</div>
      <div id="sempit">${[ROW(['a', 'b']), ROW(['c', 'd']), ROW(['e', 'f'])].join('')}</div>
      <table><tbody><tr><td><div id="dalam-tabel">${three}</div></td></tr></tbody></table>
      <div role="table" id="aria"><div role="rowgroup" id="grup">${three}</div></div>`;
    expect(isRepeatedRows(document.getElementById('ok')!)).toBe(true);
    expect(isRepeatedRows(document.getElementById('pendek')!)).toBe(false);
    expect(isRepeatedRows(document.getElementById('beda')!)).toBe(false);
    expect(isRepeatedRows(document.getElementById('sempit')!)).toBe(false);
    expect(findDivLists(document).map((element) => element.id)).toEqual(['ok', 'aria']);
  });
});
