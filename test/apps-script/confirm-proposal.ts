/**
 * The automatic column proposal confirmed as the mapping sidebar sends it (ambilUsulanPemetaan, then the
 * sheets for simpanPemetaan): each sheet with a role, its fields by column index. Tests that confirm a
 * mapping take it from here, so they all save what the sidebar would.
 */
import { expect } from 'vitest';
import { plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

export interface ProposedSheet {
  sheet: string;
  role: string | null;
  headerRow: number;
  headerRowCount: number;
  columns: { index: number; field: string | null }[];
}

export interface ConfirmedSheet {
  sheet: string;
  role: string;
  headerRow: number;
  headerRowCount: number;
  columns: Record<string, number>;
}

/** The sidebar's proposal (fails the test when the call does not answer one). */
export function proposalOf(box: Sandbox): { sheets: ProposedSheet[]; periods: { key: string }[] } {
  const reply = plain(box.call('ambilUsulanPemetaan')) as {
    ok: boolean;
    message?: string;
    proposal: { sheets: ProposedSheet[]; periods: { key: string }[] };
  };
  expect(reply.ok, reply.message).toBe(true);
  return reply.proposal;
}

/**
 * The proposed sheets with a role, as confirmed; `keep` leaves a field out (an admin unticking a column).
 */
export function confirmedSheets(
  box: Sandbox,
  keep: (field: string) => boolean = () => true,
): ConfirmedSheet[] {
  return proposalOf(box)
    .sheets.filter((s) => s.role)
    .map((s) => ({
      sheet: s.sheet,
      role: s.role as string,
      headerRow: s.headerRow,
      headerRowCount: s.headerRowCount,
      columns: Object.fromEntries(
        s.columns.filter((c) => c.field !== null && keep(c.field)).map((c) => [c.field, c.index]),
      ),
    }));
}
