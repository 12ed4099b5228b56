/**
 * Sekda recap benchmark (a section of `npm run bench`, which builds first; issue 12): a 20,000-employee
 * province split into 60 OPDs, each scored by the core on its own (one workbook per OPD) and packaged
 * with buildOpdPackages, once with every employee named (policy.recap.packageEmployees 'semua', the heavy
 * case) and once with the candidates only ('kandidat', the default). Then the BUILT Code.js imports the
 * 60 packages (imporPaketOpd, the sidebar's call) into a fresh Sekda workbook, beside a bare write of the
 * same rows: a fresh sandbox writing each sheet the import wrote, with the same cells, in one setValues.
 * The ratio says what validating, archiving and recapping cost above moving the cells. Medians, a fresh
 * sandbox per run, no assertions.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import {
  buildOpdPackages,
  defaultPolicy,
  OPD_KIND_LABEL,
  type OpdPackage,
  opdKind,
  type Policy,
  type RawTable,
  sakipGrade,
  scoreOrganisation,
  t,
  type WorkbookInput,
} from '../shared';
import { generateProvince } from '../shared/sample';
import { loadSandbox, plain, type Sandbox } from '../tools/apps-script-sandbox/sandbox';
import { median } from './timing';

export interface RecapBenchOptions {
  employees: number;
  opds: number;
  indicatorsPerEmployee: number;
  runs: number;
  seed: number;
}

export const DEFAULT_RECAP_BENCH: RecapBenchOptions = {
  employees: 20_000,
  opds: 60,
  indicatorsPerEmployee: 5,
  runs: 5,
  seed: 2025,
};

const PERIOD = { key: '2025-09', label: 'September 2025' };
const GENERATED_AT = '2025-10-03T08:00:00.000Z';

/** The perangkat daerah of an invented regency (PP 18/2016 nomenclature), then its kecamatan. */
const PERANGKAT = [
  'Sekretariat Daerah',
  'Sekretariat DPRD',
  'Inspektorat Daerah',
  'Satuan Polisi Pamong Praja',
  'RSUD dr. H. Rasyid Ahmad',
  'Badan Perencanaan Pembangunan Daerah',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Badan Pendapatan Daerah',
  'Badan Kepegawaian dan Pengembangan SDM',
  'Badan Penanggulangan Bencana Daerah',
  'Badan Kesatuan Bangsa dan Politik',
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Kesehatan',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Perumahan Rakyat dan Kawasan Permukiman',
  'Dinas Sosial',
  'Dinas Tenaga Kerja dan Transmigrasi',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  'Dinas Pangan',
  'Dinas Lingkungan Hidup',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Pemberdayaan Masyarakat dan Desa',
  'Dinas Perhubungan',
  'Dinas Komunikasi dan Informatika',
  'Dinas Koperasi dan Usaha Mikro',
  'Dinas Penanaman Modal dan PTSP',
  'Dinas Kepemudaan dan Olahraga',
  'Dinas Pariwisata',
  'Dinas Perpustakaan dan Kearsipan',
  'Dinas Kelautan dan Perikanan',
  'Dinas Pertanian',
  'Dinas Perindustrian dan Perdagangan',
  'Dinas Pengendalian Penduduk dan KB',
];
const KECAMATAN = [
  'Sukamaju',
  'Sukaraja',
  'Mekarsari',
  'Sumberjaya',
  'Tanjung Harapan',
  'Karya Makmur',
  'Bukit Indah',
  'Sungai Rambai',
  'Padang Lestari',
  'Suka Damai',
  'Teluk Permai',
  'Rawa Indah',
  'Air Mulya',
  'Sidomakmur',
  'Giri Mulyo',
  'Lubuk Sejahtera',
  'Pematang Jaya',
  'Talang Asri',
  'Muara Baru',
  'Simpang Jaya',
  'Tanah Merah Indah',
  'Pasir Putih Raya',
  'Kampung Baru Utara',
  'Kota Baru Selatan',
  'Bumi Ayu',
  'Sri Tanjung',
  'Sungai Liat Baru',
];
const OPD_NAMES = [...PERANGKAT, ...KECAMATAN.map((k) => `Kecamatan ${k}`)];

/** One OPD's workbook: the province's rows of its units, the units renamed as the OPD calls them. */
interface OpdBook {
  name: string;
  input: WorkbookInput;
}

const unitOf = (values: RawTable['rows'][number]['values']): string => String(values.unit ?? '');

/**
 * The province split into `opds` OPDs of consecutive units (about 3 units of 100 employees each). Within
 * an OPD the units are "Sekretariat", "Bidang 2", ...: every OPD has its own Sekretariat.
 */
function splitProvince(input: WorkbookInput, opds: number): OpdBook[] {
  const units = (input.units?.rows ?? []).map((r) => unitOf(r.values));
  const opdOfUnit = new Map<string, number>();
  const renamed = new Map<string, string>();
  const seen = new Map<number, number>();
  units.forEach((unit, u) => {
    const opd = Math.floor((u * opds) / units.length);
    const k = (seen.get(opd) ?? 0) + 1;
    seen.set(opd, k);
    opdOfUnit.set(unit, opd);
    renamed.set(unit, k === 1 ? 'Sekretariat' : `Bidang ${k}`);
  });
  const opdOfNip = new Map<string, number>();
  for (const r of input.employees.rows)
    opdOfNip.set(String(r.values.nip ?? ''), opdOfUnit.get(unitOf(r.values)) ?? 0);
  const rename = (r: RawTable['rows'][number]) =>
    r.values.unit === undefined
      ? r
      : { ...r, values: { ...r.values, unit: renamed.get(unitOf(r.values)) ?? '' } };
  const part = (table: RawTable | undefined, opd: number, by: 'nip' | 'unit'): RawTable | undefined => {
    if (!table) return undefined;
    const rows = table.rows.filter((r) =>
      by === 'nip'
        ? opdOfNip.get(String(r.values.nip ?? '')) === opd
        : opdOfUnit.get(unitOf(r.values)) === opd,
    );
    return { ...table, rows: rows.map(rename) };
  };
  return Array.from({ length: opds }, (_, j) => {
    const book: WorkbookInput = {
      employees: part(input.employees, j, 'nip') as RawTable,
      indicators: part(input.indicators, j, 'nip') as RawTable,
      ...(input.workingDays !== undefined ? { workingDays: input.workingDays } : {}),
    };
    for (const key of ['behaviour', 'attendance', 'activities'] as const) {
      const table = part(input[key], j, 'nip');
      if (table) book[key] = table;
    }
    for (const key of ['units', 'sakip'] as const) {
      const table = part(input[key], j, 'unit');
      if (table) book[key] = table;
    }
    return { name: OPD_NAMES[j] ?? `OPD ${j + 1}`, input: book };
  });
}

/** The OPD's SAKIP from Inspektorat's evaluation: spread 55-90, so the ranking has places and ties apart. */
function opdSakip(j: number, policy: Policy): OpdPackage['sakip'] {
  const score = Math.round((55 + ((j * 37) % 35) + (j % 7) / 10) * 100) / 100;
  const previous = Math.round((score - 4 + ((j * 13) % 9)) * 100) / 100;
  const grade = sakipGrade(score, policy.sakip);
  return {
    score,
    grade: grade.ok ? grade.value.grade : '-',
    gradeLabel: grade.ok ? grade.value.label : '-',
    previous,
    source: 'lke',
  };
}

const withScope = (policy: Policy, scope: 'semua' | 'kandidat'): Policy => ({
  ...policy,
  recap: { ...policy.recap, packageEmployees: scope },
});

/** The Sekda's "Daftar OPD" naming the 60 OPDs, each with its kind. */
const opdList = () => ({
  name: 'Daftar OPD',
  rows: [
    ['Nama OPD', 'Jenis', 'Percontohan RB'],
    ...OPD_NAMES.map((name, j) => [name, t(OPD_KIND_LABEL[opdKind(name)]), j % 10 === 0 ? 'Ya' : 'Tidak']),
  ],
});

interface Written {
  name: string;
  values: unknown[][];
}

/** Writes each sheet in one setValues, as the add-on's writeTable would, and nothing else. */
const BARE_WRITE = `(function () {
  var book = SpreadsheetApp.getActive();
  for (var i = 0; i < __bareSheets.length; i++) {
    var s = __bareSheets[i];
    var sheet = book.insertSheet(s.name);
    sheet.getRange(1, 1, s.values.length, s.values[0].length).setValues(s.values);
  }
})();`;

/** The same write after parsing each package file's JSON: the least any import of these files must do. */
const BARE_PARSE_WRITE = `(function () {
  for (var f = 0; f < __bareFiles.length; f++) JSON.parse(__bareFiles[f].text);
${BARE_WRITE.split('\n').slice(1, -1).join('\n')}
})();`;

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const en = (n: number): string => n.toLocaleString('en');

/** One scope: the import of the packages in fresh sandboxes, and the bare write of what it wrote. */
function benchScope(packages: readonly OpdPackage[], scope: string, runs: number): string[] {
  const files = packages.map((p, j) => ({
    name: `paket-opd-${j + 1}-${p.period.key}.json`,
    text: JSON.stringify(p),
  }));
  const chars = files.reduce((s, f) => s + f.text.length, 0);
  const named = packages.reduce((s, p) => s + p.employees.length, 0);
  const employees = packages.reduce((s, p) => s + p.totals.employees, 0);
  const imports: number[] = [];
  let written: Written[] = [];
  let outcome = '';
  let calls = 0;
  for (let i = 0; i < runs; i++) {
    const box: Sandbox = loadSandbox({ sheets: [opdList()], withUi: false });
    let reply: { ok: boolean; message?: string; lines?: string[] } = { ok: false };
    imports.push(timed(() => (reply = plain(box.call('imporPaketOpd', files)) as typeof reply)));
    outcome = reply.ok ? (reply.lines?.[0] ?? '') : `FAILED ${reply.message ?? ''}`;
    calls = box.rec.calls.filter((c) => !c.name.startsWith('SpreadsheetApp.get')).length;
    written = box.book.sheets
      .filter((s) => s.name !== 'Daftar OPD')
      .map((s) => ({ name: s.name, values: s.snapshot() as unknown[][] }))
      .filter((s) => s.values.length > 0 && (s.values[0]?.length ?? 0) > 0);
  }
  const checks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const box = loadSandbox({ sheets: [opdList()], withUi: false });
    checks.push(timed(() => box.call('periksaPaketOpd', files)));
  }
  const bare: number[] = [];
  const parsed: number[] = [];
  for (let i = 0; i < runs; i++) {
    const box = loadSandbox({ sheets: [opdList()], withUi: false });
    box.context.__bareSheets = written;
    bare.push(timed(() => vm.runInContext(BARE_WRITE, box.context)));
    const parseBox = loadSandbox({ sheets: [opdList()], withUi: false });
    parseBox.context.__bareSheets = written;
    parseBox.context.__bareFiles = files;
    parsed.push(timed(() => vm.runInContext(BARE_PARSE_WRITE, parseBox.context)));
  }
  const rows = written.reduce((s, w) => s + w.values.length, 0);
  const cells = written.reduce((s, w) => s + w.values.length * (w.values[0]?.length ?? 0), 0);
  const i = median(imports);
  const b = median(bare);
  const p = median(parsed);
  return [
    `recap: '${scope}': ${packages.length} packages, ${en(employees)} employees, ${en(named)} named, ${en(chars)} characters of JSON`,
    `recap: '${scope}': import into a fresh Sekda workbook ${i.toFixed(0)} ms (median of ${runs}), ${calls} spreadsheet service calls: ${outcome}`,
    `recap: '${scope}': the sidebar's check alone (periksaPaketOpd: parse and validate, nothing written) ${median(checks).toFixed(0)} ms (median of ${runs})`,
    `recap: '${scope}': bare write of the same ${written.length} sheets (${en(rows)} rows, ${en(cells)} cells, one setValues each) ${b.toFixed(0)} ms; with a JSON.parse of each file first ${p.toFixed(0)} ms (medians of ${runs})`,
    `recap: '${scope}': import / bare write ratio: ${(b > 0 ? i / b : 0).toFixed(2)}x; import / parse-and-write ratio: ${(p > 0 ? i / p : 0).toFixed(2)}x`,
  ];
}

export function benchRecap(options: RecapBenchOptions = DEFAULT_RECAP_BENCH): string[] {
  const policy = defaultPolicy();
  const province = generateProvince(options.employees, options.indicatorsPerEmployee, options.seed);
  const books = splitProvince(province, options.opds);
  let results: ReturnType<typeof scoreOrganisation>[] = [];
  const scoring = timed(() => {
    results = books.map((b) => scoreOrganisation(b.input, policy, { lang: 'id' }));
  });
  const lines = [
    `recap: ${options.opds} OPDs of a ${en(options.employees)}-employee province scored by the core one by one: ${scoring.toFixed(0)} ms`,
  ];
  for (const scope of ['semua', 'kandidat'] as const) {
    const scoped = withScope(policy, scope);
    const packages: OpdPackage[] = [];
    const failures: string[] = [];
    const built = timed(() => {
      books.forEach((b, j) => {
        const result = results[j];
        if (!result) return;
        const made = buildOpdPackages({
          result,
          policy: scoped,
          period: PERIOD,
          generatedAt: GENERATED_AT,
          lang: 'id',
          opdName: b.name,
          sakip: opdSakip(j, scoped),
        });
        if (made.ok) packages.push(...made.value);
        else failures.push(`${b.name}: ${made.issue.code}`);
      });
    });
    lines.push(`recap: '${scope}': ${packages.length} packages built by the core in ${built.toFixed(0)} ms`);
    if (failures.length > 0)
      lines.push(`recap: '${scope}': packages FAILED ${failures.slice(0, 3).join('; ')}`);
    lines.push(...benchScope(packages, scope, options.runs));
  }
  return lines;
}
