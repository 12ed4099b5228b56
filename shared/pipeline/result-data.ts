import type { WorkbookInput } from '../model/input';
import { text } from './cells';

/**
 * Whether a workbook holds result data, from which a rating hasil can come (PermenPANRB 6/2022): an
 * indicator or per-employee results row, or the supervisor's rating hasil written on the behaviour sheet
 * (some regions record only that; it gives a predikat without any indicator). The pipeline says "no
 * rating hasil" per employee only when the workbook has some; the add-on's data check, meeting papers
 * and exports ask the same rule, so what one calls "no result data" is what the others act on.
 */
export function hasResultData(input: Pick<WorkbookInput, 'indicators' | 'results' | 'behaviour'>): boolean {
  if (input.indicators.rows.length > 0 || (input.results?.rows.length ?? 0) > 0) return true;
  const behaviour = input.behaviour;
  if (behaviour === undefined || behaviour.columns.rating_hasil === undefined) return false;
  const rows = behaviour.rows;
  for (let r = 0; r < rows.length; r++)
    if (text((rows[r] as (typeof rows)[number]).values.rating_hasil) !== '') return true;
  return false;
}
