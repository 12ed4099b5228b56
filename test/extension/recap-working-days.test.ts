// @vitest-environment happy-dom
/**
 * Kesibukan semu on a people recap (a list of employees with their activity minutes and capaian) counts
 * the expected minutes from the working days of the period the page names, by the policy's calendar, as
 * Hitung nilai does (shared/score/working-days.ts periodWorkingDays): November 2025 has 20, May 2025 17
 * (Hari Buruh, Waisak and its cuti bersama, Kenaikan and its cuti bersama), never a fixed 21. The same rows
 * under another period are another verdict; a page naming no period is judged against the policy default,
 * and the badge says so.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES } from '../../extension/src/content/features';
import { defaultPolicy as overlayDefaultPolicy } from '../../extension/src/content/light/default-policy';
import { createOverlay } from '../../extension/src/content/overlay';
import { defaultPolicy } from '../../shared/policy/schema';

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

/** Andi: 5.500 minutes; Budi: 5.300; Citra: 6.000 with a high capaian. */
const ROWS = `
  <tr><td>1</td><td>Andi Pratama, S.IP.</td><td>199107242019031004</td><td>5.500</td><td>70 %</td></tr>
  <tr><td>2</td><td>Budi Santoso, S.E.</td><td>198811032014021001</td><td>5.300</td><td>70 %</td></tr>
  <tr><td>3</td><td>Citra Lestari, S.Kom.</td><td>199204152019032007</td><td>6.000</td><td>90 %</td></tr>`;

function recap(periodLine: string): string {
  return `${periodLine}
    <table id="rekap"><thead><tr><th>No</th><th>Nama</th><th>NIP</th><th>Jumlah Menit</th><th>Capaian</th></tr></thead>
    <tbody>${ROWS}</tbody></table>`;
}

const badges = (): Record<string, { flags: string[]; title: string | null }> =>
  Object.fromEntries(
    Array.from(document.querySelectorAll('[data-kind="pegawai"]')).map((b) => [
      b.getAttribute('data-nip') ?? '',
      {
        flags: (b.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
        title: b.getAttribute('title'),
      },
    ]),
  );
const busy = () =>
  Object.entries(badges())
    .filter(([, b]) => b.flags.includes('kesibukan_semu'))
    .map(([nip]) => nip)
    .sort();

const ANDI = '199107242019031004';
const BUDI = '198811032014021001';

let overlay: ReturnType<typeof createOverlay> | undefined;

async function show(html: string, policy = overlayDefaultPolicy(), lang: 'id' | 'en' = 'id') {
  document.body.innerHTML = html;
  overlay = createOverlay(document, { policy, lang, results: new Map(), revision: 1 }, FEATURES);
  overlay.start();
  await settle();
  overlay.flush();
  await settle();
  overlay.flush();
}

beforeAll(async () => {
  // The two modules as the background would inject them into this frame.
  await import('../../extension/src/content/period/module');
  await import('../../extension/src/content/period/days-module');
});

afterEach(() => {
  overlay?.stop();
  overlay = undefined;
});

describe('kesibukan semu on a people recap, against the page period’s working days', () => {
  it('November 2025 has 20 working days: 5.500 minutes of 6.000 expected is busy (of 21 x 300 it was not)', async () => {
    await show(recap('<p>Periode : November 2025</p>'));
    expect(busy()).toEqual([ANDI]);
    expect(badges()[ANDI]?.title).toContain(
      'Hari kerja November 2025: 20 hari dari kalender kerja kebijakan (0 hari libur/cuti bersama',
    );
  });

  it('the same rows under May 2025 (17 working days by the national calendar) are judged again', async () => {
    await show(recap('<p id="periode">Periode : November 2025</p>'));
    expect(busy()).toEqual([ANDI]);
    // The app moves to May in place: its period line and the list re-rendered with the same figures.
    document.getElementById('periode')!.firstChild!.nodeValue = 'Periode : Mei 2025';
    document.querySelector('#rekap tbody')!.innerHTML = ROWS;
    await settle();
    overlay!.flush();
    await settle();
    overlay!.flush();
    // 17 x 300 = 5.100: Budi's 5.300 is busy too (never the November verdict kept for the same row text).
    expect(busy()).toEqual([BUDI, ANDI].sort());
    expect(badges()[BUDI]?.title).toContain(
      'Hari kerja Mei 2025: 17 hari dari kalender kerja kebijakan (5 hari',
    );
    expect(badges()[BUDI]?.title).toContain('2025-05-12 Hari Raya Waisak 2569 BE');
  });

  it('counts with the region’s own calendar of a stored policy (a libur daerah in November)', async () => {
    const policy = defaultPolicy();
    policy.periods.calendar.daysOff.push({
      date: '2025-11-10',
      name: 'Hari Jadi Kabupaten Kolaka',
      kind: 'libur_daerah',
    });
    await show(recap('<p>Periode : November 2025</p>'), policy);
    // 19 x 300 = 5.700, busy from 5.130.
    expect(busy()).toEqual([BUDI, ANDI].sort());
    expect(badges()[ANDI]?.title).toContain('Hari kerja November 2025: 19 hari');
    expect(badges()[ANDI]?.title).toContain('Hari Jadi Kabupaten Kolaka');
  });

  it('a page naming no period is judged against the policy default, and the badge says so', async () => {
    await show(recap('<h3>Rekap Aktivitas Bawahan</h3>').replace('5.500', '5.700'));
    // 21 x 300 = 6.300, busy from 5.670.
    expect(busy()).toEqual([ANDI]);
    expect(badges()[ANDI]?.title).toContain(
      'Halaman tidak menyebut satu periode penilaian (mis. "Periode : November 2025"): kesibukan semu dinilai dengan bawaan 21 hari kerja',
    );
  });

  it('says where the working days came from in English too', async () => {
    await show(recap('<p>Periode : November 2025</p>'), overlayDefaultPolicy(), 'en');
    expect(busy()).toEqual([ANDI]);
    expect(badges()[ANDI]?.title).toContain(
      "Working days in November 2025: 20 days from the policy's work calendar",
    );
  });

  it('a printed date span of one month is that month; a year the calendar lacks says what a reader can do', async () => {
    await show(recap('<p>Periode : 01 November 2025 - 30 November 2025</p>'));
    expect(busy()).toEqual([ANDI]);
    expect(badges()[ANDI]?.title).toContain('Hari kerja November 2025: 20 hari');
    // 2024 is not in the national calendar: 21 days, said in words a page's reader can act on (no JHK column).
    overlay?.stop();
    await show(recap('<p>Periode : November 2024</p>').replace('5.500', '5.700'));
    expect(busy()).toEqual([ANDI]);
    const title = badges()[ANDI]?.title ?? '';
    expect(title).toContain('Kalender kerja kebijakan tidak memuat libur tahun 2024');
    expect(title).toContain('impor di halaman Opsi');
    expect(title).not.toContain('JHK');
  });
});
