import { hasResultData } from '../../../../shared';
import { type Action, done, failed } from '../../action';
import { type LaidOutPaper, paperSheet } from '../../output/print';
import { replaceSheets } from '../../output/replace-sheets';
import { PAPER_SHEETS } from '../../output/sheet-names';
import { type Scored, withScores } from '../../scoring/score-book';
import { ROLE_SHEET } from '../../workbook/roles';
import { awardCount, awardsPaper } from './awards';
import { paperContext, say } from './context';
import { lettersPaper, needsLetter } from './letters';
import { slipsPaper } from './slips';

/** The three papers of one OPD's period, laid out on A4 pages, before anything is written. */
export function meetingPapers(scored: Scored): {
  awards: LaidOutPaper;
  letters: LaidOutPaper;
  slips: LaidOutPaper;
} {
  const ctx = paperContext(scored);
  const employees = scored.result.employees;
  return {
    awards: awardsPaper(employees, ctx),
    letters: lettersPaper(employees, ctx),
    slips: slipsPaper(employees, ctx),
  };
}

/**
 * "Siapkan kertas rapat": from a fresh scoring, regenerates "Daftar Penghargaan", "Draf Surat" and "Slip
 * Hasil" as one change (output/replace-sheets.ts: all or nothing, input sheets never touched). Each sheet
 * is one setValues and a fixed number of format calls, whatever the number of employees. Without result
 * data it refuses and writes nothing: a slip per employee with no capaian or predikat (7,979 of them on a
 * SIASN roster) is paper for nobody, and the previous papers stay as they were.
 */
export const prepareMeetingPapers: Action = (ctx) =>
  withScores(ctx, (scored) => {
    if (!hasResultData(scored.input))
      return failed(say('PAPERS_NO_RESULTS', { sheet: ROLE_SHEET.indicators }));
    const papers = meetingPapers(scored);
    const written = replaceSheets(
      ctx.book,
      [
        paperSheet('paperAwards', PAPER_SHEETS.paperAwards, papers.awards),
        paperSheet('paperLetters', PAPER_SHEETS.paperLetters, papers.letters),
        paperSheet('paperSlips', PAPER_SHEETS.paperSlips, papers.slips),
      ],
      (name) => ctx.progress(say('ADDON_WRITING', { sheet: name })),
    );
    if (!written.ok) return failed(...written.lines);
    const employees = scored.result.employees;
    const lines = [
      say('PAPERS_DONE', {
        awards: awardCount(employees),
        awardsSheet: written.names.paperAwards,
        awardsPages: papers.awards.layout.pageStarts.length,
        letters: employees.filter(needsLetter).length,
        lettersSheet: written.names.paperLetters,
        slips: employees.length,
        slipsSheet: written.names.paperSlips,
      }),
    ];
    for (const [paper, name] of [
      [papers.letters, written.names.paperLetters],
      [papers.slips, written.names.paperSlips],
    ] as const)
      if (paper.overfull > 0) lines.push(say('PAPERS_OVERFULL', { count: paper.overfull, sheet: name }));
    return done(...lines, ...written.notes);
  });
