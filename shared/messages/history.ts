import type { MessageSection } from './types';

/** Messages owned by history over periods (shared/history). Keys are stable codes (UPPER_SNAKE). */
export const historyMessages = {
  HIST_STAGNANT_BELOW: {
    id: 'Stagnan: capaian {count} periode berturut-turut di bawah {target} ({periods}). Tinjau penempatan dan beri pembinaan.',
    en: 'Stagnant: achievement below {target} for {count} periods in a row ({periods}). Review the placement and provide coaching.',
  },
  HIST_STAGNANT_FLAT: {
    id: 'Stagnan: capaian tidak naik selama {count} periode berturut-turut dan tetap di bawah {limit} ({periods}). Tinjau penempatan dan beri pembinaan.',
    en: 'Stagnant: achievement did not rise for {count} periods in a row and stayed below {limit} ({periods}). Review the placement and provide coaching.',
  },
  HIST_ANNUAL_FROM_ANNUAL: {
    id: 'Predikat tahunan {year} dari data tahunan ({period}). Periode tercatat: {periods}.',
    en: 'Annual predikat {year} from the annual data ({period}). Periods on record: {periods}.',
  },
  HIST_ANNUAL_FROM_LAST: {
    id: 'Predikat tahunan {year} = predikat periode terakhir ({period}) karena belum ada data tahunan; periode tidak dirata-ratakan. Periode tercatat: {periods}.',
    en: "Annual predikat {year} = the last period's predikat ({period}) as there is no annual data yet; periods are not averaged. Periods on record: {periods}.",
  },
  HIST_ANNUAL_LAST_BY_POLICY: {
    id: 'Predikat tahunan {year} = predikat periode terakhir ({period}) sesuai kebijakan; periode tidak dirata-ratakan. Periode tercatat: {periods}.',
    en: "Annual predikat {year} = the last period's predikat ({period}) as the policy says; periods are not averaged. Periods on record: {periods}.",
  },
  HIST_ANNUAL_NO_ANNUAL_DATA: {
    id: 'Belum ada predikat tahunan {year}: kebijakan memakai data tahunan saja dan data tahunan belum ada (periode tercatat: {periods}). Isi data tahunan atau ubah aturan predikat tahunan di kebijakan.',
    en: 'No annual predikat {year} yet: the policy uses the annual data only and there is none (periods on record: {periods}). Add the annual data or change the annual predikat rule in the policy.',
  },
  HIST_ANNUAL_MEAN: {
    id: 'Capaian tahunan {year} {mean} adalah RATA-RATA capaian {count} periode ({periods}) sesuai kebijakan. Predikat tahunan tidak diturunkan dari rata-rata (perlu rating perilaku): atasan menetapkannya.',
    en: 'Annual achievement {year} {mean} is the AVERAGE of {count} periods ({periods}) as the policy says. No annual predikat is derived from an average (it needs the behaviour rating): the supervisor sets it.',
  },
  HIST_ANNUAL_MEAN_GAP: {
    id: 'Capaian tahunan {year} tidak dihitung: kebijakan merata-ratakan capaian periode, tetapi capaian {missing} belum ada. Lengkapi data periode tersebut.',
    en: "Annual achievement {year} not computed: the policy averages the periods, but {missing} has no achievement. Complete that period's data.",
  },
  HIST_ANNUAL_RULE_ANNUAL_ELSE_LAST: {
    id: 'Data tahunan, jika tidak ada periode terakhir',
    en: 'Annual data, else the last period',
  },
  HIST_ANNUAL_RULE_ANNUAL: { id: 'Data tahunan saja', en: 'Annual data only' },
  HIST_ANNUAL_RULE_LAST: { id: 'Periode terakhir', en: 'Last period' },
  HIST_ANNUAL_RULE_MEAN: { id: 'Rata-rata capaian periode', en: 'Average achievement of the periods' },
} satisfies MessageSection;
