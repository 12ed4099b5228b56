/**
 * Real-Chromium harness for the built extension: the fixture server, Chromium and the test build come
 * from tools/browser/ (npm start and the bench use them too); the helpers below only serve tests.
 */
import {
  type PackagedEmployee,
  type PackagedFor,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ResultsPackage,
} from '../../shared/pipeline/schema';
import { defaultPolicy } from '../../shared/policy/schema';
import type { LaunchedExtension } from '../../tools/browser/chromium';
import type { RecordedRequest } from '../../tools/browser/fixture-server';

export * from '../../tools/browser/chromium';
export * from '../../tools/browser/fixture-server';
export * from '../../tools/browser/shadow';
export * from '../../tools/browser/test-extension';

/** Requests that left the machine: anything not to this computer, not to the extension, not data:/blob:. */
export function externalRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (r) => !/^(chrome-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(r.url),
  );
}

/** The id of the tab showing `url` (the extension must have host access to that URL to see it). */
export async function tabIdFor(ext: LaunchedExtension, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`No tab visible to the extension at ${url}`);
  return id;
}

/** Reads chrome.storage.local as the extension sees it. */
export const readStorage = (ext: LaunchedExtension): Promise<Record<string, unknown>> =>
  ext.worker.evaluate(() => chrome.storage.local.get(null));

/** Writes raw values into chrome.storage.local, bypassing validation (to simulate damaged data). */
export const writeRawStorage = (ext: LaunchedExtension, items: Record<string, unknown>): Promise<void> =>
  ext.worker.evaluate((i) => chrome.storage.local.set(i), items);

/** Sends a popup-style message to a tab's content script from the service worker; returns its reply. */
export const askTab = (ext: LaunchedExtension, tabId: number, message: unknown): Promise<unknown> =>
  ext.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);

/** The supervisor the sample packages are for (the user of the extension in the tests). */
export const SAMPLE_SUPERVISOR = { nip: '197805142005012004', nama: 'Hj. Rosmiati, S.Sos., M.Si.' };
/** Another supervisor of the same OPD, whose package the user must not be able to import. */
export const OTHER_SUPERVISOR = { nip: '198202102008011005', nama: 'Muhammad Arief, S.T.' };

/** The supervisor of the card list in fixtures/kartu-bawahan.html, who imports the package below. */
export const CARD_LIST_SUPERVISOR: PackagedFor = { nip: '198503212010011001', nama: 'Hendra Wijaya, S.H.' };

/** Yoga Pratama, whose card shows no capaian: the package gives him one (0.72) and a flag. */
export const YOGA_IN_PACKAGE: PackagedEmployee = {
  nip: '199601182022031002',
  nama: 'Yoga Pratama',
  unit: 'Bagian Hukum',
  capaian: 0.72,
  kategori: 'Sedang',
  ratingHasil: 'di_bawah',
  ratingPerilaku: 'sesuai',
  predikat: 'butuh_perbaikan',
  flags: ['kesibukan_semu'],
  recommendation: 'pembinaan',
  reasons: [],
};

/** A results package of the current format for `owner`, typed, with `more` (duties) added. */
export const resultsPackageFor = (
  owner: PackagedFor,
  employees: PackagedEmployee[],
  more: Pick<ResultsPackage, 'duties' | 'dutyBasis'> = {},
): ResultsPackage => ({
  format: RESULTS_FORMAT,
  version: RESULTS_VERSION,
  generatedAt: '2025-11-03T08:00:00.000Z',
  lang: 'id',
  for: owner,
  policy: defaultPolicy(),
  employees,
  ...more,
});

/** A results package as the Sheets add-on exports it (shared/pipeline), for the given employees. */
export function sampleResultsPackage(
  employees: { nip: string; nama: string; capaian: number | null; predikat?: string; reasons?: string[] }[],
  policyName = 'Perbup Barru 2025',
  owner: { nip: string; nama: string } = SAMPLE_SUPERVISOR,
): Record<string, unknown> {
  return {
    format: 'nilai-kerja/results',
    version: 2,
    generatedAt: '2026-11-20T08:00:00+07:00',
    lang: 'id',
    for: owner,
    policy: { version: 1, name: policyName },
    employees: employees.map((e) => ({
      nip: e.nip,
      nama: e.nama,
      unit: 'Badan Pengelolaan Keuangan dan Aset Daerah',
      capaian: e.capaian,
      kategori: null,
      ratingHasil: 'sesuai',
      ratingPerilaku: 'sesuai',
      predikat: e.predikat ?? 'baik',
      flags: [],
      recommendation: 'tidak_ada',
      reasons: e.reasons ?? [],
    })),
  };
}

/** A package of the old whole-OPD format (version 1, no `for`), which the extension refuses. */
export function wholeOpdPackage(
  employees: Parameters<typeof sampleResultsPackage>[0],
): Record<string, unknown> {
  const { for: _owner, ...rest } = sampleResultsPackage(employees);
  return { ...rest, version: 1 };
}
