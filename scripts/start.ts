/**
 * `npm start`: scores the bundled sample OPD with the national default policy and prints a recap in
 * Indonesian (English with `--en`). The recap is a list of sections so the add-on and the extension can
 * add theirs (see SECTIONS): each section gets the scored result and returns its lines.
 */
import { pathToFileURL } from 'node:url';
import {
  defaultPolicy,
  flagLabel,
  formatIssue,
  formatNumberForLang,
  type Lang,
  type OrganisationResult,
  type Policy,
  predikatLabel,
  predikatOrganisasiLabel,
  ratingLabel,
  recommendationLabel,
  scoreOrganisation,
  t,
  unitRecommendationLabel,
} from '../shared';
import { SAMPLE_OPD, SAMPLE_PERIOD, sampleWorkbook } from '../shared/sample';
import { runAddonOnSample } from './start-addon';
import { runExtensionDemo, STORE_DIR } from './start-extension';
import { GUIDE_IMAGE_DIR, makeGuideImages } from './start-guide';
import { historyLines } from './start-history';
import { paperLines } from './start-papers';
import { rbLkeLines } from './start-rb';
import { rbActionLines } from './start-rb-actions';
import { recapOpdLines } from './start-recap';
import { runRecognition } from './start-recognition';

export interface RecapContext {
  result: OrganisationResult;
  policy: Policy;
  lang: Lang;
}

/**
 * One part of the recap: a title (catalog code) and the lines under it. Lines may come asynchronously
 * (the extension part drives a browser).
 */
export interface RecapSection {
  /** Heading (catalog code); a section without one prints its own first line as its heading. */
  title?: Parameters<typeof t>[0];
  lines(context: RecapContext): string[] | Promise<string[]>;
}

const pct = (fraction: number | null, lang: Lang): string =>
  fraction === null ? t('RECAP_NONE', undefined, lang) : `${formatNumberForLang(fraction * 100, lang, 1)}%`;

/** Pads or cuts to a column width, so the table stays readable in an 80+ column terminal. */
const padCell = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

function table(header: string[], rows: string[][], widths: number[]): string[] {
  const line = (cells: string[]) =>
    cells
      .map((c, i) => padCell(c, widths[i] ?? 10))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)];
}

export const employeesSection: RecapSection = {
  title: 'RECAP_EMPLOYEES',
  lines({ result, lang }) {
    const none = t('RECAP_NONE', undefined, lang);
    const header = [
      'RECAP_COL_NAMA',
      'RECAP_COL_NIP',
      'RECAP_COL_UNIT',
      'RECAP_COL_CAPAIAN',
      'RECAP_COL_KATEGORI',
      'RECAP_COL_HASIL',
      'RECAP_COL_PERILAKU',
      'RECAP_COL_PREDIKAT',
      'RECAP_COL_FLAGS',
      'RECAP_COL_REKOMENDASI',
    ].map((code) => t(code as Parameters<typeof t>[0], undefined, lang));
    const widths = [30, 18, 22, 8, 13, 19, 19, 17, 30, 30];
    const out: string[] = [];
    const rows = result.employees.map((e) => [
      e.nama,
      e.nip,
      e.unit,
      pct(e.capaian, lang),
      e.kategori?.label ?? none,
      e.ratingHasil ? ratingLabel(e.ratingHasil, lang) : none,
      e.ratingPerilaku ? ratingLabel(e.ratingPerilaku, lang) : none,
      e.predikat ? predikatLabel(e.predikat, lang) : none,
      e.flags.map((f) => flagLabel(f, lang)).join(', ') || none,
      recommendationLabel(e.recommendation.kind, lang),
    ]);
    const [head, rule, ...body] = table(header, rows, widths);
    out.push(head ?? '', rule ?? '');
    body.forEach((line, i) => {
      out.push(line);
      const e = result.employees[i];
      const reason = e?.recommendation.reasons[0] ?? e?.flagReasons[0];
      if (reason) out.push(`    ${t('RECAP_REASON', { reason: formatIssue(reason, lang) }, lang)}`);
    });
    return out;
  },
};

export const unitsSection: RecapSection = {
  title: 'RECAP_UNITS',
  lines({ result, lang }) {
    const out: string[] = [];
    const basis = t(
      result.rankingBasis === 'sakip'
        ? 'RECAP_BASIS_SAKIP'
        : result.rankingBasis === 'capaian'
          ? 'RECAP_BASIS_CAPAIAN'
          : 'RECAP_BASIS_NONE',
      undefined,
      lang,
    );
    for (const u of result.units) {
      out.push(
        t(
          'RECAP_UNIT_LINE',
          {
            unit: u.unit,
            predikat: u.predikat
              ? predikatOrganisasiLabel(u.predikat, lang)
              : t('RECAP_NONE', undefined, lang),
            employees: u.employees,
            capaian: pct(u.averageCapaian, lang),
          },
          lang,
        ),
      );
      if (!u.distribution) out.push(`  ${t('RECAP_DISTRIBUTION_NONE', undefined, lang)}`);
      else if (u.distribution.ok) out.push(`  ${t('RECAP_DISTRIBUTION_OK', undefined, lang)}`);
      else
        for (const rule of u.distribution.rules)
          if (!rule.satisfied && rule.issue) out.push(`  ${formatIssue(rule.issue, lang)}`);
      out.push(
        `  ${
          u.sakip
            ? t(
                'RECAP_SAKIP',
                {
                  score: u.sakip.score,
                  grade: u.sakip.grade,
                  label: u.sakip.gradeLabel,
                  previous: u.sakip.previous ?? t('RECAP_NONE', undefined, lang),
                },
                lang,
              )
            : t('RECAP_SAKIP_NONE', undefined, lang)
        }`,
      );
      out.push(
        `  ${t(
          'RECAP_RANK',
          {
            rank: u.rank ?? t('RECAP_NONE', undefined, lang),
            total: result.units.length,
            basis,
            kind: unitRecommendationLabel(u.recommendation.kind, lang),
          },
          lang,
        )}`,
      );
      for (const reason of u.recommendation.reasons) out.push(`    ${formatIssue(reason, lang)}`);
    }
    return out;
  },
};

export const supervisorsSection: RecapSection = {
  title: 'RECAP_SUPERVISORS',
  lines({ result, lang }) {
    const flagged = result.supervisors.filter((s) => s.flags.length > 0);
    if (flagged.length === 0) return [t('RECAP_ALL_SUPERVISORS_OK', undefined, lang)];
    return flagged.flatMap((s) => [
      `${t('RECAP_SUPERVISOR_LINE', { nama: s.nama, withFeedback: s.withFeedback, subordinates: s.subordinates }, lang)} [${s.flags.map((f) => flagLabel(f, lang)).join(', ')}]`,
      ...s.reasons.map((r) => `    ${formatIssue(r, lang)}`),
    ]);
  },
};

export const issuesSection: RecapSection = {
  title: 'RECAP_ISSUES',
  lines({ result, lang }) {
    if (result.issues.length === 0) return [t('RECAP_NO_ISSUES', undefined, lang)];
    return result.issues.map((i) => `${i.severity === 'warning' ? '!' : '×'} ${formatIssue(i, lang)}`);
  },
};

/**
 * The recap, in order. Extension point: the add-on and extension parts append their own sections here
 * (e.g. "what the add-on would write to the sheet", "what the overlay would show on a saved page").
 */
export const SECTIONS: RecapSection[] = [employeesSection, unitsSection, supervisorsSection, issuesSection];

/** Where `npm start` saves the extension demo's screenshots. */
export const SCREENSHOT_DIR = 'out/screenshots';

/** The add-on part: the built Code.js on the sample in the Apps Script sandbox, sheets saved as CSV under out/. */
export const addonSection: RecapSection = {
  lines: () => runAddonOnSample('out'),
};

/** The recognition report: the built add-on's Periksa data on the sample and on each real workbook present. */
export const recognitionSection: RecapSection = {
  lines: () => runRecognition(),
};

/** Periods and history: the built add-on on three months of the sample (trends, stagnation, most improved). */
export const historySection: RecapSection = {
  lines: () => historyLines(),
};

/** The meeting papers: the built add-on's "Siapkan kertas rapat" on the sample, A4 pages drawn in out/kertas. */
export const papersSection: RecapSection = {
  lines: () => paperLines(),
};

/** The Sekda's recap: the built add-on exports the sample OPDs' packages and imports them (CSV in out/rekap-opd). */
export const recapOpdSection: RecapSection = {
  lines: ({ lang }) => recapOpdLines(lang),
};

/** Reformasi Birokrasi: the built add-on's Evaluasi RB on the sample LKE and Pantau rencana aksi on the sample tracker. */
export const rbSection: RecapSection = {
  lines: () => [...rbLkeLines(), '', ...rbActionLines()],
};

/** The extension part: the overlay on sample pages in headless Chromium (never throws; see start-extension). */
export const extensionSection: RecapSection = {
  lines: ({ lang }) => runExtensionDemo(SCREENSHOT_DIR, { lang, storeDir: STORE_DIR }),
};

/** The user guides' pictures (docs/panduan/gambar, git-ignored), from what the two parts above wrote. */
export const guideSection: RecapSection = {
  lines: ({ lang }) => makeGuideImages('out', GUIDE_IMAGE_DIR, { lang }),
};

/** What `npm start` prints: the core recap, then the surfaces' parts, then the guides' pictures. */
export const START_SECTIONS: RecapSection[] = [
  ...SECTIONS,
  addonSection,
  recognitionSection,
  historySection,
  papersSection,
  recapOpdSection,
  rbSection,
  extensionSection,
  guideSection,
];

export async function renderRecap(
  context: RecapContext,
  sections: readonly RecapSection[] = SECTIONS,
): Promise<string> {
  const { result, policy, lang } = context;
  const out = [
    t('RECAP_TITLE', { opd: SAMPLE_OPD, period: SAMPLE_PERIOD, policy: policy.name }, lang),
    t(
      'RECAP_SUMMARY',
      {
        employees: result.counts.employeesScored,
        rows: result.counts.employeeRows,
        indicators: result.counts.indicatorsScored,
        indicatorRows: result.counts.indicatorRows,
        errors: result.counts.errors,
        warnings: result.counts.warnings,
      },
      lang,
    ),
  ];
  for (const section of sections) {
    const lines = await section.lines(context);
    if (section.title === undefined) out.push('', ...lines);
    else {
      const title = t(section.title, undefined, lang);
      out.push('', title, '='.repeat(title.length), ...lines);
    }
  }
  return out.join('\n');
}

export async function main(
  argv: readonly string[] = process.argv.slice(2),
  sections: readonly RecapSection[] = START_SECTIONS,
): Promise<void> {
  const lang: Lang = argv.includes('--en') ? 'en' : 'id';
  const policy = defaultPolicy();
  const result = scoreOrganisation(sampleWorkbook(), policy, { lang });
  process.stdout.write(`${await renderRecap({ result, policy, lang }, sections)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
