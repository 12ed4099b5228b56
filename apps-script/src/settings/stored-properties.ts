/**
 * The document properties the add-on keeps besides the policy (settings/policy-store.ts) and the column
 * mapping (workbook/saved-mapping.ts). Every key the add-on writes starts with ADDON_PROPERTY_PREFIX:
 * "Hapus data Nilai Kerja" (features/cleanup) removes exactly those and never another script's keys.
 */
export const ADDON_PROPERTY_PREFIX = 'nilaiKerja.';

/** The OPD name the admin typed last for an OPD package, offered again next time. */
export const OPD_NAME_PROPERTY = 'nilaiKerja.opdName';

/** The last "Pantau rencana aksi" check's snapshot (versioned JSON, RbActionSnapshotSchema). */
export const RB_ACTIONS_SNAPSHOT_PROPERTY = 'nilaiKerja.rbActions.snapshot';
