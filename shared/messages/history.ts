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
} satisfies MessageSection;
