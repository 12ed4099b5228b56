/**
 * The Sekda's recap in `npm start` (scripts/start-recap.ts) through the BUILT Code.js: the sample OPDs
 * export their packages, a Sekda workbook imports them, and what the meeting reads is printed and saved.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recapOpdLines } from '../../scripts/start-recap';
import { parseNip } from '../../shared/parse/nip';
import { BAPPEDA, SAMPLE_OPDS, sampleOpdListSheet } from '../../shared/sample';
import { DISDIKBUD, DPUPR, KEC_BARAT, KEC_TIMUR } from '../../shared/sample/opds';
import { SAMPLE_OPD } from '../../shared/sample/people';
import { ensureBuilt } from '../../tools/apps-script-sandbox/sandbox';

beforeAll(ensureBuilt);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the sample OPDs of Kabupaten Contoh', () => {
  it('carry valid, distinct NIPs whose sex digit fits the name, and supervisors of their own OPD', () => {
    const people = SAMPLE_OPDS.flatMap((o) => o.fixture.people);
    for (const p of people) expect(parseNip(p.nip).ok, `${p.nama} ${p.nip}`).toBe(true);
    expect(new Set(people.map((p) => p.nip)).size).toBe(people.length);
    for (const o of SAMPLE_OPDS) {
      const nips = new Set(o.fixture.people.map((p) => p.nip));
      const units = new Set(o.fixture.units.map((u) => u.unit));
      for (const p of o.fixture.people) {
        if (p.atasan !== '') expect(nips.has(p.atasan), `${p.nama}'s supervisor`).toBe(true);
        expect(units.has(p.unit), `${p.nama}'s unit`).toBe(true);
      }
    }
  });

  it('lists every OPD that sends a package, and one that sends nothing, in Daftar OPD', () => {
    const listed = sampleOpdListSheet()
      .rows.slice(1)
      .map((r) => r[0]);
    expect(listed).toEqual([SAMPLE_OPD, ...SAMPLE_OPDS.map((o) => o.fixture.opd), BAPPEDA]);
  });
});

describe('npm start: Rekap OPD of the sample (built Code.js)', () => {
  const run = () => {
    const dir = mkdtempSync(join(tmpdir(), 'nilai-kerja-rekap-opd-'));
    dirs.push(dir);
    return { dir, lines: recapOpdLines('id', dir) };
  };

  it('exports every package, imports both months, and names the best, kecamatan and the silent OPD', () => {
    const { lines } = run();
    const text = lines.join('\n');
    expect(text).not.toMatch(/gagal|ditolak|NaN|undefined|Infinity/);
    // Four OPDs for August, five for September (the Dinas Kesehatan from its own three months).
    expect(lines.filter((l) => l.includes(', Agustus 2025: '))).toHaveLength(4);
    expect(lines.filter((l) => l.includes(', September 2025: '))).toHaveLength(5);
    expect(text).toContain('Rekap OPD periode September 2025: 5 dari 6 OPD mengirim paket');
    expect(text).toContain(`Terbaik I: ${DISDIKBUD} (76,35, BB)`);
    expect(text).toContain(`Terbaik II: ${SAMPLE_OPD} (72,60, BB)`);
    expect(text).toContain(`Terbaik III: ${KEC_TIMUR} (71,80, BB)`);
    // Kecamatan ranked among kecamatan only: Timur above Barat, no dinas between them.
    const timur = lines.findIndex((l) => l.trim().startsWith(`1. ${KEC_TIMUR}`));
    expect(timur).toBeGreaterThan(0);
    expect(lines[timur + 1]?.trim().startsWith(`2. ${KEC_BARAT}`)).toBe(true);
    // The most improved by mean capaian since August: Barat rose most, DPUPR fell and is not named.
    const improved = lines.slice(lines.indexOf('OPD paling meningkat') + 1, lines.indexOf('Rekap Kecamatan'));
    expect(improved[0]).toContain(`${KEC_BARAT}: rata-rata capaian`);
    expect(improved.join('\n')).not.toContain(DPUPR);
    expect(text).toContain(`${BAPPEDA} (Badan), paket terakhir: belum pernah`);
    expect(text).toMatch(/\d+ usulan reward dan punishment lintas OPD untuk \d+ pegawai/);
    expect(lines.filter((l) => l.includes('atasan dengan tugas terbuka'))).toHaveLength(5);
  });

  it('saves every sheet of the Sekda workbook as CSV', () => {
    const { dir } = run();
    const files = readdirSync(dir);
    for (const sheet of [
      'Daftar OPD',
      'Arsip Paket OPD',
      'Rekap OPD',
      'Rekap Kecamatan',
      'Kandidat Lintas OPD',
    ])
      expect(files).toContain(`${sheet}.csv`);
    const rekap = readFileSync(join(dir, 'Rekap OPD.csv'), 'utf8');
    expect(rekap).toContain(BAPPEDA);
    expect(existsSync(join(dir, 'Rekap Tugas Atasan.csv'))).toBe(true);
  });
});
