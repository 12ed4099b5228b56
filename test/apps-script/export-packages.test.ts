/**
 * Issue 10, point 6: the export for the extension through the BUILT Code.js is one package per
 * supervisor (the atasan of the employees sheet) with only their direct subordinates, or one for a
 * chosen supervisor; nobody else's NIP or name is in it, and the reasons of a teguran or sanksi are left
 * out unless the policy says otherwise.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { t } from '../../shared/messages';
import { parseNip } from '../../shared/parse';
import { type ResultsPackage, ResultsPackageSchema } from '../../shared/pipeline/schema';
import { defaultPolicy } from '../../shared/policy/schema';
import { OpdPackageSchema } from '../../shared/recap/schema';
import { SAMPLE_OPD, sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { KABID, PEGAWAI, REKAP, RINA, register, YUSUF } from './fixtures/register-office';

beforeAll(ensureBuilt);

const grids = workbookGrids(sampleWorkbook());
const sampleBox = () => loadSandbox({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows })) });

interface Reply {
  ok: boolean;
  message?: string;
  packages: { nip: string; nama: string; employees: number; fileName: string; json: string }[];
  employees: number;
  unassigned: number;
  help: string;
  notes: string[];
}
const exportFrom = (box: ReturnType<typeof sampleBox>, ...args: unknown[]): Reply =>
  plain(box.call('ambilPaketEkspor', ...args)) as Reply;
const parsed = (reply: Reply): ResultsPackage[] =>
  reply.packages.map((p) => ResultsPackageSchema.parse(JSON.parse(p.json)));

/**
 * Everyone the employees sheet names, as written (NIP with its spaces) and as 18 digits; `valid` when
 * the row is scored (a NIP the parser accepts, not a repeat of an earlier row's).
 */
const people = (grids.find((g) => g.name === 'Pegawai')?.rows ?? []).slice(1).map((row, i, rows) => ({
  written: String(row[0]),
  nip: String(row[0]).replace(/\D/g, ''),
  nama: String(row[1]),
  atasan: String(row[4]).replace(/\D/g, ''),
  valid:
    parseNip(String(row[0])).ok &&
    rows.findIndex((r) => String(r[0]).replace(/\D/g, '') === String(row[0]).replace(/\D/g, '')) === i,
}));

describe('export for the extension: one package per supervisor (built Code.js)', () => {
  it('gives every supervisor of the employees sheet a package with their direct subordinates only', () => {
    const reply = exportFrom(sampleBox());
    expect(reply.ok).toBe(true);
    const packages = parsed(reply);
    const supervisors = [...new Set(people.filter((p) => p.valid && p.atasan !== '').map((p) => p.atasan))];
    expect(packages.map((p) => p.for.nip).sort()).toEqual(supervisors.sort());
    for (const pkg of packages) {
      const team = people.filter((p) => p.valid && p.atasan === pkg.for.nip);
      expect(
        pkg.employees.map((e) => e.nip),
        pkg.for.nama,
      ).toEqual(team.map((p) => p.nip));
      expect(pkg.for.nama).toBe(people.find((p) => p.nip === pkg.for.nip)?.nama);
    }
    // The listing the dialog shows: name, NIP and number of subordinates, matching each file.
    expect(reply.packages.map((p) => [p.nama, p.nip, p.employees])).toEqual(
      packages.map((p) => [p.for.nama, p.for.nip, p.employees.length]),
    );
    expect(reply.packages.find((p) => p.nama === 'Ahmad Fauzi, S.Sos.')).toMatchObject({
      nip: '198110012006091004',
      employees: 4,
      fileName: 'nilai-kerja-hasil-198110012006091004-ahmad-fauzi-s-sos.json',
    });
    expect(reply.help).toContain('12 paket, satu untuk setiap atasan');
    // The heads without an atasan in the sheet are in no package, and the admin is told.
    expect(reply.unassigned).toBe(3);
    expect(reply.notes).toContain(
      '3 pegawai tanpa atasan di sheet "Pegawai" (mis. kepala OPD, atau NIP atasan yang tidak terdaftar) tidak masuk paket mana pun.',
    );
  });

  it("holds no other employee's NIP or name, in any form", () => {
    const reply = exportFrom(sampleBox());
    for (const file of reply.packages) {
      const pkg = ResultsPackageSchema.parse(JSON.parse(file.json));
      const allowed = new Set([pkg.for.nip, ...pkg.employees.map((e) => e.nip)]);
      const others = people.filter((p) => !allowed.has(p.nip));
      expect(others.length).toBeGreaterThan(30);
      for (const other of others) {
        expect(file.json, `${other.nama} in ${pkg.for.nama}'s package`).not.toContain(other.nip);
        expect(file.json).not.toContain(other.written);
        expect(file.json).not.toContain(other.nama);
      }
    }
  });

  it('leaves out the reasons of a teguran or sanksi by default, keeping the kind', () => {
    const reply = exportFrom(sampleBox());
    const employees = parsed(reply).flatMap((p) => p.employees);
    const andi = employees.find((e) => e.nama === 'Andi Saputra, S.K.M.')!;
    expect(andi.recommendation).toBe('sanksi');
    expect(andi.reasons[0]).toBe(
      'Alasan "Usulan sanksi" tidak disertakan di paket atasan: hukuman disiplin diputuskan oleh pejabat yang berwenang menghukum setelah pemeriksaan (PP 94/2021). Rinciannya ada pada admin OPD.',
    );
    const joko = employees.find((e) => e.nama === 'Joko Susilo')!;
    expect(joko.recommendation).toBe('teguran');
    for (const json of reply.packages.map((p) => p.json)) {
      expect(json).not.toContain('usulkan sanksi');
      expect(json).not.toContain('Tidak masuk tanpa keterangan');
      expect(json).not.toContain('Potongan disiplin');
    }
    // Other reasons stay: the flags' reasons and the milder recommendations'.
    expect(employees.find((e) => e.nama.startsWith('Dedi Kurniawan'))?.reasons.join(' ')).toContain('menit');
    expect(reply.notes).toContain(
      'Alasan teguran dan sanksi tidak disertakan dalam paket (kebijakan reward.packageSanctionReasons); jenis rekomendasinya tetap ada. Alasan lengkap tetap di sheet hasil.',
    );
  });

  it('carries those reasons when the policy says so', () => {
    const box = sampleBox();
    const policy = defaultPolicy();
    policy.reward.packageSanctionReasons = true;
    expect((plain(box.call('simpanKebijakan', JSON.stringify(policy))) as { ok: boolean }).ok).toBe(true);
    const reply = exportFrom(box);
    const employees = parsed(reply).flatMap((p) => p.employees);
    expect(employees.find((e) => e.nama === 'Joko Susilo')?.reasons.join(' ')).toContain(
      'Tidak masuk tanpa keterangan 4 hari',
    );
    expect(reply.notes.join(' ')).not.toContain('tidak disertakan');
  });

  it('without result data still builds every package, and says it holds no capaian or predikat', () => {
    // The sample without its indicators nor the supervisor's rating hasil (Perilaku): roster and attendance remain.
    const box = loadSandbox({
      sheets: grids
        .filter((g) => g.name !== 'Indikator' && g.name !== 'Perilaku')
        .map((g) => ({ name: g.name, rows: g.rows })),
      withUi: false,
    });
    const reply = exportFrom(box);
    expect(reply.ok).toBe(true);
    const warning = t('ADDON_EXPORT_NO_RESULTS', { sheet: 'Indikator' }, 'id');
    expect(reply.notes[0]).toBe(warning);
    const packages = parsed(reply);
    expect(packages).toHaveLength(12);
    const employees = packages.flatMap((p) => p.employees);
    expect(employees.every((e) => e.capaian === null && e.predikat === null)).toBe(true);
    // What the package is still for: the attendance and discipline flags and their recommendations.
    expect(employees.some((e) => e.flags.length > 0)).toBe(true);
    // Headless, the done message carries the warning too; with result data it is never there.
    expect(String(box.call('eksporUntukEkstensi'))).toContain(warning);
    expect(exportFrom(sampleBox()).notes).not.toContain(warning);
  });

  it("builds only the chosen supervisor's package, and says why it cannot", () => {
    const box = sampleBox();
    const one = exportFrom(box, '19811001 200609 1 004');
    expect(one.packages.map((p) => [p.nama, p.employees])).toEqual([['Ahmad Fauzi, S.Sos.', 4]]);
    expect(parsed(one)[0]?.for).toEqual({ nip: '198110012006091004', nama: 'Ahmad Fauzi, S.Sos.' });
    expect(one.help).toContain('1 paket');
    expect(one.notes.join(' ')).not.toContain('tanpa atasan');

    const staff = people.find((p) => p.nama === 'Joko Susilo')!;
    const none = exportFrom(box, staff.nip);
    expect(none).toMatchObject({
      ok: false,
      message: `NIP ${staff.nip} bukan atasan siapa pun di sheet "Pegawai", jadi tidak ada paket untuknya.`,
    });
    const bad = exportFrom(box, '3201011505900001');
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('Pilihan atasan tidak sah');
    expect(bad.message).toContain('tampaknya NIK KTP');
    expect(exportFrom(box, { nip: 1 }).ok).toBe(false);
    // Empty or null: every supervisor, as with no argument.
    expect(exportFrom(box, '').packages).toHaveLength(12);
    expect(exportFrom(box, null).packages).toHaveLength(12);
  });
});

describe("a subordinate's hukuman disiplin in the supervisor's duties (policy reward.packageSanctionReasons off)", () => {
  const sheets = [
    PEGAWAI,
    REKAP,
    register(
      ['14/03/2025', KABID, YUSUF, 'Apresiasi lisan', '', 'Laporan tepat waktu'],
      [
        '2023-05-02',
        KABID,
        RINA,
        'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan',
        '800/9/BKPSDM/2023',
        'Penyalahgunaan wewenang',
      ],
    ),
  ];

  it('says the teguran is due and that the last record is left out, without its kind or date', () => {
    const reply = exportFrom(loadSandbox({ sheets, withUi: false }));
    const pkg = parsed(reply).find((p) => p.for.nip === KABID);
    const duty = pkg?.duties?.find((d) => d.nip === RINA);
    expect(duty?.duty).toBe('teguran');
    expect(duty?.lastRecord).toBeNull();
    expect(duty?.text).toContain(t('SUP_DUTY_LAST_WITHHELD', undefined, 'id'));
    // Nowhere about the people (the policy the package carries lists the kinds of hukuman, of course).
    const people = JSON.stringify(parsed(reply).map((p) => [p.duties, p.employees, p.dutyBasis]));
    expect(people).not.toMatch(/Hukuman disiplin|2023-05-02|800\/9\/BKPSDM/);
  });

  it('and so does the OPD package the Sekda receives', () => {
    const box = loadSandbox({ sheets, withUi: false });
    const reply = plain(box.call('ambilPaketOpd', { opd: 'DPMPTSP', periode: 'Maret 2025' })) as {
      ok: boolean;
      files: { json: string }[];
    };
    expect(reply.ok).toBe(true);
    const pkg = OpdPackageSchema.parse(JSON.parse(reply.files[0]?.json ?? '{}'));
    const duties = pkg.supervisors.flatMap((s) => s.duties);
    expect(duties.find((d) => d.nip === RINA)?.text).toContain(t('SUP_DUTY_LAST_WITHHELD', undefined, 'id'));
    expect(JSON.stringify([pkg.supervisors, pkg.employees])).not.toMatch(
      /Hukuman disiplin|2023-05-02|800\/9\/BKPSDM/,
    );
  });
});

describe("the OPD package names in the supervisors' duties only whom it names (policy recap.packageEmployees kandidat)", () => {
  it('keeps each duty and its kind, without the name, NIP or predikat of a subordinate it does not name', () => {
    const reply = plain(sampleBox().call('ambilPaketOpd', { opd: SAMPLE_OPD, periode: 'Maret 2025' })) as {
      ok: boolean;
      message?: string;
      files: { json: string }[];
    };
    expect(reply.message ?? '').toBe('');
    const pkg = OpdPackageSchema.parse(JSON.parse(reply.files[0]?.json ?? '{}'));
    expect(pkg.employeesScope).toBe('kandidat');
    const named = new Set(pkg.employees.map((e) => e.nip));
    const duties = pkg.supervisors.flatMap((s) => s.duties);
    const unnamed = duties.filter((d) => d.nip === '');
    expect(unnamed.length).toBeGreaterThan(0);
    for (const d of unnamed) {
      expect(d).toMatchObject({ nama: '', predikat: null, lastRecord: null });
      expect(d.text).toContain(t('SUP_DUTY_UNNAMED', undefined, 'id'));
    }
    for (const d of duties.filter((d) => d.nip !== '')) expect(named.has(d.nip)).toBe(true);
    // No subordinate the package leaves unnamed appears anywhere in its supervisors' part.
    const supervisorsJson = JSON.stringify(pkg.supervisors);
    const unnamedPeople = people.filter(
      (p) => !named.has(p.nip) && !pkg.supervisors.some((s) => s.nip === p.nip),
    );
    for (const p of unnamedPeople) {
      expect(supervisorsJson).not.toContain(p.nip);
      expect(supervisorsJson).not.toContain(p.nama);
    }
  });
});
