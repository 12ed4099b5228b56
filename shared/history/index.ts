/**
 * History over periods: each period's verdicts kept per employee, never averaged into one (DOMAIN.md,
 * Periods), and what the sequence says: the change since the previous period and stagnation (the same
 * shortfall, or no improvement, for N periods: policy.history). Pure data in, data out: the add-on keeps
 * the rows in its "Riwayat" sheet, the Sekda's recap will read them from packages.
 */
export * from './annual';
export * from './period-keys';
export * from './rows';
export * from './transfer';
export * from './trends';
export * from './units';
