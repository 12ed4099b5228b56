import {
  type EmployeeResult,
  type MessageCode,
  predikatLabel,
  type RecommendationKind,
  recommendationLabel,
} from '../../../../shared';
import { type LaidOutPaper, layOutPaper, type PaperRecord, type PaperRow } from '../../output/print';
import {
  blankRow,
  identityRows,
  line,
  type PaperContext,
  percent,
  reasonLines,
  say,
  signatureRows,
} from './context';

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
  if (e.hukumanDisiplin)
    facts.push(
      say('PAPERS_FACT_HUKUMAN', {
        jenis: e.hukumanDisiplin.jenis,
        tanggal: e.hukumanDisiplin.tanggal,
        nomor: e.hukumanDisiplin.nomorSurat || say('PAPERS_NO_VALUE'),
      }),
    );
  return facts.map((f) => line(f));
}

function letter(e: EmployeeResult, title: MessageCode, ctx: PaperContext): PaperRecord {
  const rules = reasonLines(e).map((reason, i) => line(`${i + 1}. ${reason}`));
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
 * proposal from the result's recommendation): the facts, the rules quoted as the core gives its reasons
 * (with their PP 94/2021, SE 3/2023 and PermenPANRB 6/2022 citations), and blanks for the official's
 * number, date, decision and signature. A draft, never a decision.
 */
export function lettersPaper(employees: readonly EmployeeResult[], ctx: PaperContext): LaidOutPaper {
  const records = employees.flatMap((e) => {
    const title = LETTER_TITLES[e.recommendation.kind];
    return title ? [letter(e, title, ctx)] : [];
  });
  if (records.length === 0) records.push({ rows: [line(say('PAPERS_LETTERS_NONE'))] });
  return layOutPaper({ orientation: 'portrait', columns: [1], records });
}
