import {
  type EmployeeResult,
  type MessageCode,
  predikatLabel,
  type RecommendationKind,
  recommendationLabel,
} from '../../../../shared';
import { type LaidOutPaper, layOutPaper, type PaperRecord, type PaperRow } from '../../output/print';
import { blankRow, identityRows, line, type PaperContext, percent, say, signatureRows } from './context';

/** The follow-ups that call for a letter, each with its draft's title (PermenPANRB 6/2022, PP 94/2021). */
export const LETTER_TITLES: Readonly<Partial<Record<RecommendationKind, MessageCode>>> = {
  pembinaan: 'PAPERS_LETTER_TITLE_PEMBINAAN',
  teguran: 'PAPERS_LETTER_TITLE_TEGURAN',
  sanksi: 'PAPERS_LETTER_TITLE_SANKSI',
};

export const needsLetter = (e: EmployeeResult): boolean => LETTER_TITLES[e.recommendation.kind] !== undefined;

/** The facts the result holds: capaian, predikat, days absent without notice, a hukuman in force. */
function factRows(e: EmployeeResult): PaperRow[] {
  const facts = [
    say('PAPERS_FACT_CAPAIAN', {
      capaian: percent(e.capaian),
      kategori: e.kategori?.label ?? say('PAPERS_NO_VALUE'),
    }),
  ];
  if (e.predikat) facts.push(say('PAPERS_FACT_PREDIKAT', { predikat: predikatLabel(e.predikat, 'id') }));
  if (e.discipline.tkDays > 0) facts.push(say('PAPERS_FACT_TK', { days: e.discipline.tkDays }));
  const hukuman = e.hukumanDisiplin;
  // One with an end may have ended within the period scored: its dates, never "sedang menjalani".
  // One from a list that names no dates (a TPP file's): the period it is listed for, never invented dates.
  if (hukuman?.periode !== undefined)
    facts.push(say('PAPERS_FACT_HUKUMAN_LISTED', { jenis: hukuman.jenis, periode: hukuman.periode }));
  else if (hukuman)
    facts.push(
      say(hukuman.sampai === null ? 'PAPERS_FACT_HUKUMAN' : 'PAPERS_FACT_HUKUMAN_UNTIL', {
        jenis: hukuman.jenis,
        tanggal: hukuman.tanggal,
        nomor: hukuman.nomorSurat || say('PAPERS_NO_VALUE'),
        ...(hukuman.sampai === null ? {} : { sampai: hukuman.sampai }),
      }),
    );
  return facts.map((f) => line(f));
}

function letter(e: EmployeeResult, title: MessageCode, ctx: PaperContext): PaperRecord {
  // Only the recommendation's reasons are grounds for it; a flag (no feedback, no evidence) says what the
  // data lacks, often the supervisor's or the admin's to fix, and is listed apart, never numbered as one.
  const rules = e.recommendation.reasons.map((r, i) => line(`${i + 1}. ${say(r.code, r.params)}`));
  const dataNotes = e.flagReasons.map((r) => line(`• ${say(r.code, r.params)}`));
  return {
    newPage: true,
    rows: [
      line(say('PAPERS_LETTER_DRAFT'), 'strong'),
      line(say(title), 'title'),
      line(say('PAPERS_LETTER_NUMBER')),
      blankRow(),
      line(say('PAPERS_LETTER_ABOUT'), 'strong'),
      ...identityRows(e, ctx),
      blankRow(),
      line(say('PAPERS_LETTER_FACTS'), 'strong'),
      ...factRows(e),
      blankRow(),
      line(say('PAPERS_LETTER_RULES'), 'strong'),
      ...rules,
      line(say('PAPERS_LETTER_PROPOSAL', { kind: recommendationLabel(e.recommendation.kind, 'id') })),
      blankRow(),
      ...(dataNotes.length > 0
        ? [line(say('PAPERS_LETTER_DATA_NOTES'), 'strong'), ...dataNotes, blankRow()]
        : []),
      line(say('PAPERS_LETTER_DECISION'), 'strong'),
      line(say('PAPERS_LETTER_CHOICES')),
      line(say('PAPERS_LETTER_NOTES')),
      blankRow(),
      ...signatureRows(),
      blankRow(),
      line(say('PAPERS_LETTER_FOOTER')),
    ],
  };
}

/**
 * "Draf Surat": one A4 page per employee the facts call for (pembinaan, teguran, hukuman disiplin
 * proposal from the result's recommendation): the facts, the rules quoted as the core gives the
 * recommendation's reasons (with their PP 94/2021, SE 3/2023 and PermenPANRB 6/2022 citations), the data
 * flags apart as notes on the data (never grounds), and blanks for the official's number, date, decision
 * and signature. A draft, never a decision.
 */
export function lettersPaper(employees: readonly EmployeeResult[], ctx: PaperContext): LaidOutPaper {
  const records = employees.flatMap((e) => {
    const title = LETTER_TITLES[e.recommendation.kind];
    return title ? [letter(e, title, ctx)] : [];
  });
  if (records.length === 0) records.push({ rows: [line(say('PAPERS_LETTERS_NONE'))] });
  return layOutPaper({ orientation: 'portrait', columns: [1], records });
}
