/**
 * "Draf Surat" through the BUILT Code.js: the rules a proposal rests on are the recommendation's reasons
 * only. A data flag (no supervisor feedback, missing bukti dukung) is no ground for reprimanding or
 * punishing the employee: it is listed apart, under its own heading, unnumbered.
 */
import { describe, expect, it } from 'vitest';
import { ensureBuilt, plain } from '../../tools/apps-script-sandbox/sandbox';
import { sampleBox, sheetNamed } from './output-state';

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

const RULES = 'Ketentuan yang menjadi dasar usulan:';
const NOTES = 'Catatan data (untuk diperiksa atau dilengkapi; bukan ketentuan yang menjadi dasar usulan):';
/** Texts of the flags' reasons (flags.ts): what the data lacks, not what the employee did. */
const FLAG_TEXTS = [/Atasan perlu memberi umpan balik/, /tanpa bukti dukung/];

/** Each letter's lines (column A, empty rows left out), from one "DRAF - BUKAN KEPUTUSAN" to the next. */
function letters(): string[][] {
  const box = sampleBox();
  box.call('siapkanKertasRapat');
  const column = (plain(sheetNamed(box, 'Draf Surat').snapshot()) as unknown[][])
    .map((r) => String(r[0] ?? ''))
    .filter((l) => l !== '');
  const out: string[][] = [];
  for (const l of column)
    if (l.startsWith('DRAF - BUKAN KEPUTUSAN')) out.push([l]);
    else out.at(-1)?.push(l);
  return out;
}

/** The lines from `heading` (excluded) to the next line `until` matches. */
const section = (letter: readonly string[], heading: string, until: RegExp): string => {
  const start = letter.indexOf(heading);
  if (start < 0) return '';
  const rest = letter.slice(start + 1);
  const end = rest.findIndex((l) => until.test(l));
  return rest.slice(0, end < 0 ? rest.length : end).join(' ');
};

describe('Draf Surat: grounds and data notes apart', () => {
  const all = letters();

  it('numbers only the reasons of the recommendation as its grounds', () => {
    expect(all.length).toBe(12);
    for (const letter of all) {
      const rules = section(letter, RULES, /^Usulan tindak lanjut:/);
      expect(rules).toMatch(/^1\. /);
      for (const flag of FLAG_TEXTS) expect(rules).not.toMatch(flag);
    }
  });

  it('lists the data flags under their own heading, after the proposal, unnumbered', () => {
    const withNotes = all.filter((letter) => letter.includes(NOTES));
    expect(withNotes.length).toBeGreaterThan(0);
    for (const letter of withNotes) {
      expect(letter.indexOf(NOTES)).toBeGreaterThan(
        letter.findIndex((l) => l.startsWith('Usulan tindak lanjut:')),
      );
      const notes = section(letter, NOTES, /^Keputusan pejabat/);
      expect(notes).toMatch(/^• /);
      expect(notes).not.toMatch(/(^|\s)\d+\. /);
    }
    const notes = withNotes.map((letter) => section(letter, NOTES, /^Keputusan pejabat/)).join(' ');
    for (const flag of FLAG_TEXTS) expect(notes).toMatch(flag);
  });
});
