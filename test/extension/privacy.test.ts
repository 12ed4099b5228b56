/**
 * Privacy on the page (issue 9 point 4, CONTRACT.md#privacy), in real Chromium through the built
 * extension: with a results package imported, a page script (an init script in the page's main world,
 * running before everything, as a hostile e-kinerja page's own code would) tries every way in it has.
 * It must find the badges' documented attributes about their own row and nothing else: no shadow
 * root (closed, and its attachShadow hook sees none), no panel text, no reason box, no package in a
 * global, in storage, in a performance mark, in the document's text or HTML. The tests themselves read
 * the roots through the DevTools protocol (evaluateInShadow), which proves the text is there.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dutyBasisLine, dutyLine, type SupervisorDuty } from '../../shared/recommend/supervisor-register';
import { useExtension, waitForAttribute, waitForPanel } from './fixture';
import {
  evaluateInShadow,
  externalRequests,
  focusInShadow,
  resultsPackageFor,
  CARD_LIST_SUPERVISOR as SUPERVISOR,
  YOGA_IN_PACKAGE,
} from './harness';

/** On the package, not on the page: nothing about her may reach the page. */
const ABSENT = { nip: '199207252019032004', nama: 'Dewi Kartika Sari, S.Kom.' };
const ABSENT_REASON = 'Capaian triwulan III turun dua bulan berturut-turut';
const ABSENT_UNIT = 'Subbagian Perundang-undangan dan Bantuan Hukum';

/** The supervisor's two undone duties (issue 11), one about a person on the page, one about her. */
const DUTIES: SupervisorDuty[] = [
  {
    duty: 'teguran',
    nip: '199601182022031002',
    nama: 'Yoga Pratama',
    predikat: 'butuh_perbaikan',
    from: '2025-09-30',
    to: '2025-10-30',
    lastRecord: { tanggal: '2025-03-14', jenis: 'Teguran lisan' },
  },
  {
    duty: 'teguran',
    nip: ABSENT.nip,
    nama: ABSENT.nama,
    predikat: 'sangat_kurang',
    from: '2025-09-30',
    to: '2025-10-30',
    lastRecord: null,
  },
];
const DUTY_LINES = DUTIES.map((d) => dutyLine(d, 'id'));
const DUTY_BASIS = dutyBasisLine(
  {
    source: 'catatan_pembinaan',
    sheet: 'Catatan Pembinaan',
    asOf: '2025-10-30',
    asOfSource: 'periode',
    days: 30,
  },
  'id',
);

const PACKAGE = resultsPackageFor(
  SUPERVISOR,
  [
    YOGA_IN_PACKAGE,
    {
      nip: ABSENT.nip,
      nama: ABSENT.nama,
      unit: ABSENT_UNIT,
      capaian: 0.41,
      kategori: 'Sangat Rendah',
      ratingHasil: 'di_bawah',
      ratingPerilaku: 'di_bawah',
      predikat: 'sangat_kurang',
      flags: ['kesibukan_semu'],
      recommendation: 'teguran',
      reasons: [ABSENT_REASON],
    },
  ],
  { duties: DUTIES.map((d, i) => ({ ...d, text: DUTY_LINES[i]! })), dutyBasis: DUTY_BASIS },
);

/** Attributes a badge or the panel host may carry (CONTRACT.md): nothing else is ever written there. */
const BADGE_ATTRIBUTES = [
  'class',
  'data-nilai-kerja',
  'data-kind',
  'data-capaian',
  'data-kategori',
  'data-flags',
  'data-nip',
  'data-nilai',
  'title',
  'role',
  'tabindex',
  'aria-label',
];
const PANEL_ATTRIBUTES = ['class', 'data-nilai-kerja', 'data-page', 'data-rows', 'lang'];

/**
 * What a hostile page arms before any other script: a hook on attachShadow (to catch a root as it is
 * made), listeners recording the composed path of focus and key events (to reach into a root through
 * an event), and a record of every performance mark.
 */
function armPageSpy(): void {
  const spy = { roots: 0, paths: [] as string[][] };
  (window as unknown as { __spy: typeof spy }).__spy = spy;
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    spy.roots++;
    return original.call(this, init);
  };
  for (const type of ['focusin', 'keydown', 'click']) {
    document.addEventListener(
      type,
      (event) => {
        spy.paths.push(
          event.composedPath().map((node) => (node instanceof Element ? node.tagName : String(node))),
        );
      },
      true,
    );
  }
}

interface PageView {
  shadowRoots: number;
  hookedRoots: number;
  reattach: string;
  serialized: string;
  text: string;
  html: string;
  attributes: { kind: string; names: string[]; values: string; rowText: string; nip: string | null }[];
  globals: string[];
  globalValues: string;
  storage: string;
  marks: string;
  elementsInRoots: number;
}

/** Everything a page script can learn, gathered in the page's main world (page.evaluate). */
function whatThePageSees(page: Page): Promise<PageView> {
  return page.evaluate(() => {
    const ours = Array.from(document.querySelectorAll('[data-nilai-kerja]'));
    // Read before trying to attach a root ourselves below (which goes through the hook too).
    const hookedRoots = (window as unknown as { __spy: { roots: number } }).__spy.roots;
    let reattach = 'none';
    try {
      ours[0]?.attachShadow({ mode: 'open' });
      reattach = 'attached';
    } catch (e) {
      reattach = (e as Error).name;
    }
    const baseline = new Set(Object.getOwnPropertyNames(document.createElement('iframe')));
    const globals = Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name));
    const globalValues = globals
      .map((name) => {
        try {
          return JSON.stringify((window as unknown as Record<string, unknown>)[name]) ?? '';
        } catch {
          return '';
        }
      })
      .join('\n');
    document.getSelection()?.selectAllChildren(document.body);
    const selected = document.getSelection()?.toString() ?? '';
    document.getSelection()?.removeAllRanges();
    return {
      shadowRoots: ours.filter((element) => element.shadowRoot !== null).length,
      hookedRoots,
      reattach,
      serialized: document.body.getHTML({ serializableShadowRoots: true }),
      text: `${document.body.innerText}\n${document.body.textContent}\n${selected}`,
      html: document.documentElement.outerHTML,
      attributes: ours.map((element) => ({
        kind: element.getAttribute('data-nilai-kerja') ?? '',
        names: element.getAttributeNames(),
        values: element
          .getAttributeNames()
          .map((name) => element.getAttribute(name))
          .join('\n'),
        rowText: element.closest('.person-card')?.textContent ?? '',
        nip: element.getAttribute('data-nip'),
      })),
      globals,
      globalValues,
      storage: `${JSON.stringify({ ...localStorage })}${JSON.stringify({ ...sessionStorage })}${document.cookie}${window.name}`,
      marks: JSON.stringify(performance.getEntriesByType('mark').map((m) => (m as PerformanceMark).detail)),
      elementsInRoots: document.querySelectorAll('section, .tip, #nk-panel-body').length,
    };
  });
}

const browser = useExtension({ build: true, server: true });
let options: Page;

beforeAll(async () => {
  options = await browser.ext.newPage();
  await options.goto(browser.ext.extensionUrl('src/options/options.html'));
  await options.evaluate((values) => chrome.storage.local.set(values), {
    userNip: SUPERVISOR.nip,
    resultsPackage: PACKAGE,
  });
});

describe('what a page script can read of the overlay', () => {
  it('only the documented attributes of each badge, about its own row: no root, no panel, no package', async () => {
    const page = await browser.open('kartu-bawahan.html', (page) => page.addInitScript(armPageSpy));
    await waitForAttribute(page, '[data-nip="199601182022031002"]', 'data-capaian', '0.72');
    await waitForPanel(page);
    // The automation can read the panel (through the DevTools protocol): the secrets are there to steal.
    const panelText = await evaluateInShadow(
      page,
      () => document.querySelector('[data-nilai-kerja="panel"]')?.shadowRoot?.textContent ?? '',
    );
    expect(panelText).toContain('Perlu teguran atau pembinaan');
    expect(panelText).toContain('Yoga Pratama');
    // A key press and a focus inside the panel, which the page's listeners see from outside.
    await focusInShadow(page, '[data-nilai-kerja="panel"]', 'button');
    await page.keyboard.press('Shift');

    const seen = await whatThePageSees(page);
    expect(seen.shadowRoots).toBe(0);
    expect(seen.hookedRoots).toBe(0); // the content script's attachShadow is not the page's
    expect(seen.reattach).toBe('NotSupportedError'); // a page cannot put its own root on our hosts
    expect(seen.elementsInRoots).toBe(0);
    for (const secret of [
      'Perlu teguran atau pembinaan',
      'Layak apresiasi',
      ABSENT.nama,
      ABSENT.nip,
      ABSENT_REASON,
      ABSENT_UNIT,
      SUPERVISOR.nip,
      SUPERVISOR.nama,
    ]) {
      for (const channel of ['serialized', 'text', 'html', 'globalValues', 'storage', 'marks'] as const) {
        expect({ channel, secret, found: seen[channel].includes(secret) }).toEqual({
          channel,
          secret,
          found: false,
        });
      }
    }
    expect(seen.globals.filter((name) => /nilai|kerja|^nk|package|results|paket/i.test(name))).toEqual([]);
    // Badges: documented attributes only, and a NIP only when it is the NIP written on its own card.
    const badges = seen.attributes.filter((a) => a.kind === 'badge');
    expect(badges.length).toBeGreaterThanOrEqual(3);
    for (const badge of badges) {
      expect(badge.names.filter((name) => !BADGE_ATTRIBUTES.includes(name))).toEqual([]);
      if (badge.nip) expect(badge.rowText.replace(/\D/g, '')).toContain(badge.nip);
      for (const other of ['Rahmat Hidayat', 'Sri Wahyuni', 'Yoga Pratama']) {
        if (!badge.rowText.includes(other)) expect(badge.values).not.toContain(other);
      }
    }
    const panels = seen.attributes.filter((a) => a.kind === 'panel');
    expect(panels).toHaveLength(1);
    expect(panels[0]!.names.filter((name) => !PANEL_ATTRIBUTES.includes(name))).toEqual([]);
    // Events from inside a closed root reach the page retargeted to the host: the path starts there.
    const paths = await page.evaluate(
      () => (window as unknown as { __spy: { paths: string[][] } }).__spy.paths,
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.slice(0, 2)).not.toContain('BUTTON');
    expect(paths.some((path) => path[0] === 'DIV')).toBe(true);
    // The page's own behaviour is intact.
    await page.click('#btn-refresh');
    expect(await page.textContent('#msg')).toBe('Diperbarui');
    await page.close();
  });

  it('shows the supervisor their two duties from the package in the panel, and none of it to the page', async () => {
    const page = await browser.open('kartu-bawahan.html', (page) => page.addInitScript(armPageSpy));
    await page.waitForFunction(
      () => document.querySelector('[data-nilai-kerja="panel"]') !== null,
      undefined,
      {
        timeout: 40_000,
      },
    );
    const duties = await evaluateInShadow(page, () => {
      const root = document.querySelector('[data-nilai-kerja="panel"]')?.shadowRoot;
      const section = root?.querySelector('.duties');
      return {
        title: section?.querySelector('h3')?.textContent ?? '',
        basis: section?.querySelector('.basis')?.textContent ?? '',
        items: Array.from(section?.querySelectorAll('li') ?? []).map((li) => li.textContent ?? ''),
      };
    });
    expect(duties.title).toBe('Tugas Anda sebagai atasan (2 belum tercatat, dari paket hasil)');
    expect(duties.basis).toBe(DUTY_BASIS);
    expect(duties.basis).toContain('2025-10-30');
    expect(duties.items).toEqual(DUTY_LINES);
    expect(duties.items[0]).toContain('Yoga Pratama (Butuh Perbaikan)');
    expect(duties.items[0]).toContain('dicari 2025-09-30 s.d. 2025-10-30');
    expect(duties.items[0]).toContain('terakhir: Teguran lisan 2025-03-14');
    expect(duties.items[1]).toContain(ABSENT.nama);

    const seen = await whatThePageSees(page);
    expect(seen.elementsInRoots).toBe(0);
    for (const secret of [
      'Tugas Anda sebagai atasan',
      DUTY_BASIS,
      ...DUTY_LINES,
      'dicari 2025-09-30',
      'Teguran lisan',
    ]) {
      for (const channel of ['serialized', 'text', 'html', 'globalValues', 'storage', 'marks'] as const) {
        expect({ channel, secret, found: seen[channel].includes(secret) }).toEqual({
          channel,
          secret,
          found: false,
        });
      }
    }
    // Badges still carry only their own row's attributes: no duty text, date or the absent person.
    for (const badge of seen.attributes) {
      expect(badge.values).not.toContain('2025-09-30');
      expect(badge.values).not.toContain(ABSENT.nip);
    }
    await page.close();
  });

  it('sent nothing anywhere and raised no page error', () => {
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
  });
});
