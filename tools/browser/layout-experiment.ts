/**
 * Layout-cost experiment (issue 9 point 3): what Chromium pays to lay out a 2,000-row auto-layout table
 * after badge hosts are inserted into its cells, per kind of host. Not a test and not the bench: a
 * measurement to re-run when the badge's host style is reconsidered (results in CONTRACT.md#layout-cost).
 *
 * Every variant builds the same page (the bench's table shape, invented data), inserts hosts like the
 * overlay's (a span with a closed shadow root adopting one shared sheet, a pill inside), then forces
 * style and layout and reads Chromium's own counters (CDP Performance.getMetrics: RecalcStyleDuration,
 * LayoutDuration) around it. Also: the same insertion left to the next frame, timed by the longtask
 * observer; rows inside vs outside the viewport; and writing the viewport's rows first, the rest in
 * batches over later frames.
 *
 * Run alone: `flock /tmp/nk-build.lock npx tsx tools/browser/layout-experiment.ts` (prints a table).
 */
import { pathToFileURL } from 'node:url';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

const ROWS = 2000;

/** The bench page's table, generated at parse time (invented names and NIPs). */
const PAGE_HTML = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<style> table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px; font-size: 12px; } </style>
</head><body><table id="t"><thead><tr><th>No</th><th>Nama / NIP</th><th>Rencana Hasil Kerja</th>
<th>Indikator Kinerja Individu</th><th>Target</th><th>Realisasi</th><th>Bukti Dukung</th><th>Umpan Balik</th></tr></thead>
<tbody id="b"></tbody></table><script>
(function () {
  var nama = ['Siti Rahmawati', 'Agus Setiawan', 'Dewi Lestari', 'Bambang Wijaya', 'Rina Kartika'];
  var satuan = ['Dokumen', 'Laporan', 'Kegiatan', 'Orang', 'Berkas'];
  var html = [];
  for (var i = 0; i < ${ROWS}; i++) {
    var nip = '1987' + String((i % 12) + 1).padStart(2, '0') + '21' + '2012' + '03' + (i % 2 ? '2' : '1') + String((i % 999) + 1).padStart(3, '0');
    var s = satuan[i % 5];
    html.push('<tr><td>' + (i + 1) + '</td><td>' + nama[i % 5] + '<br><small>' + nip + '</small></td>' +
      '<td>Tersusunnya laporan kinerja ' + (i % 40) + '</td><td>Jumlah ' + s.toLowerCase() + ' yang diselesaikan</td>' +
      '<td>' + (10 + (i % 7)) + ' ' + s + '</td><td><span>' + (6 + (i % 9)) + '</span> ' + s + '</td>' +
      '<td>' + (i % 4 === 0 ? '' : '<a href="#b' + i + '">bukti</a>') + '</td><td>' + (i % 3 === 0 ? '' : 'Sudah sesuai') + '</td></tr>');
  }
  document.getElementById('b').innerHTML = html.join('');
})();
</script></body></html>`;

type Variant = 'inflow' | 'absolute' | 'strict' | 'fragment' | 'plain' | 'text';

/**
 * Runs in the page: defines `__insert(variant, rowIndexes)` that inserts two hosts per row (Nama and
 * Realisasi cells, like the overlay) and returns the insertion time in ms.
 */
const INSTALL = `(() => {
  const base = ':host { all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 4px; position: relative; contain: layout style; }' +
    '.b { font: 600 11px/1.4 system-ui, sans-serif; border-radius: 9px; padding: 0 6px; white-space: nowrap; border: 1px solid currentColor; }' +
    '.good { color: #0a6b2d; background: #e3f6e9; }';
  const sheets = {
    inflow: base,
    fragment: base,
    absolute: base.replace('position: relative; contain: layout style;', 'position: absolute; contain: layout style;'),
    strict: base.replace('contain: layout style;', 'contain: strict; width: 96px; height: 17px; overflow: hidden;'),
  };
  const made = {};
  const sheetOf = (v) => {
    if (!made[v]) { made[v] = new CSSStyleSheet(); made[v].replaceSync(sheets[v]); }
    return made[v];
  };
  const host = (v) => {
    const h = document.createElement('span');
    h.setAttribute('data-nilai-kerja', 'badge');
    if (v === 'text') return document.createTextNode(' 92,5%');
    if (v === 'plain') { h.textContent = '92,5% Sangat Tinggi'; h.style.cssText = 'display:inline-block;margin-left:4px;font:600 11px system-ui'; return h; }
    const root = h.attachShadow({ mode: 'closed' });
    root.adoptedStyleSheets = [sheetOf(v)];
    const pill = document.createElement('span');
    pill.className = 'b good';
    pill.textContent = '92,5% Sangat Tinggi';
    root.appendChild(pill);
    return h;
  };
  window.__insert = (v, rows) => {
    const body = document.getElementById('b');
    const built = rows.map((i) => [host(v), host(v)]);
    const t0 = performance.now();
    rows.forEach((i, k) => {
      const tr = body.rows[i];
      if (v === 'fragment') {
        for (const [cell, h] of [[tr.cells[1], built[k][0]], [tr.cells[5], built[k][1]]]) {
          const f = document.createDocumentFragment(); f.append(h); cell.append(f);
        }
      } else { tr.cells[1].append(built[k][0]); tr.cells[5].append(built[k][1]); }
    });
    return performance.now() - t0;
  };
  window.__viewportFirst = (v, size) => new Promise((done) => {
    window.__long = [];
    const t0 = performance.now();
    const rows = Array.from(document.getElementById('b').rows);
    const index = new Map(rows.map((r, i) => [r, i]));
    const seen = new Set();
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) seen.add(index.get(e.target));
    });
    for (const r of rows) io.observe(r);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      io.disconnect();
      const visible = [...seen].sort((a, b) => a - b);
      const rest = rows.map((_, i) => i).filter((i) => !seen.has(i));
      window.__insert(v, visible);
      let first = 0;
      let frames = 1;
      requestAnimationFrame(() => {
        first = performance.now() - t0;
        const step = () => {
          const chunk = rest.splice(0, size);
          if (chunk.length === 0) {
            const total = performance.now() - t0;
            setTimeout(() => {
              const long = window.__long;
              done({ first, longest: Math.max(0, ...long), over50: long.filter((d) => d > 50).length, total, frames, visible: visible.length });
            }, 200);
            return;
          }
          frames++;
          window.__insert(v, chunk);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    }));
  });
  window.__long = [];
  // setContent keeps the window: one observer for all the pages of a run.
  if (!window.__observing) {
    window.__observing = true;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  }
  // Badges whose box reaches past their cell's content box (over the next cell or row), on clean layout.
  window.__overflowing = () => {
    let over = 0, all = 0;
    for (const h of document.querySelectorAll('[data-nilai-kerja]')) {
      const cell = h.parentElement; const r = h.getBoundingClientRect(); const c = cell.getBoundingClientRect();
      all++; if (r.right > c.right - 2 || r.bottom > c.bottom - 2) over++;
    }
    return { over, all };
  };
})();`;

async function metrics(cdp: CDPSession): Promise<{ style: number; layout: number }> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const get = (name: string): number => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}

async function freshPage(page: Page): Promise<void> {
  await page.setContent(PAGE_HTML);
  await page.evaluate(INSTALL);
  // Settle the first layout and paint.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, k) => from + k);

interface Forced {
  insert: number;
  forced: number;
  style: number;
  layout: number;
}

/** Inserts hosts into `rows`, then forces style+layout; Chromium's counters around the forced part. */
async function forced(page: Page, cdp: CDPSession, variant: Variant, rows: number[]): Promise<Forced> {
  await freshPage(page);
  const before = await metrics(cdp);
  const [insert, force] = await page.evaluate(
    ([v, r]) => {
      const ins = (window as unknown as { __insert: (v: string, r: number[]) => number }).__insert(v, r);
      const t0 = performance.now();
      void document.body.offsetHeight;
      return [ins, performance.now() - t0];
    },
    [variant, rows] as const,
  );
  const after = await metrics(cdp);
  return { insert, forced: force, style: after.style - before.style, layout: after.layout - before.layout };
}

/** The same insertion in a rAF callback, unforced: the frame's long task as the page observes it. */
async function inFrame(page: Page, variant: Variant, rows: number[]): Promise<number> {
  await freshPage(page);
  return page.evaluate(
    ([v, r]) =>
      new Promise<number>((done) => {
        const w = window as unknown as { __insert: (v: string, r: number[]) => number; __long: number[] };
        w.__long = [];
        requestAnimationFrame(() => {
          w.__insert(v, r);
          requestAnimationFrame(() => setTimeout(() => done(Math.max(0, ...w.__long)), 200));
        });
      }),
    [variant, rows] as const,
  );
}

/** Viewport rows first (IntersectionObserver), the rest in batches of `batch` rows, one batch per frame. */
async function viewportFirst(
  page: Page,
  variant: Variant,
  batch: number,
): Promise<{
  first: number;
  longest: number;
  over50: number;
  total: number;
  frames: number;
  visible: number;
}> {
  await freshPage(page);
  return page.evaluate(
    ([v, size]) =>
      (window as unknown as { __viewportFirst: (v: string, size: number) => Promise<never> }).__viewportFirst(
        v,
        size,
      ),
    [variant, batch] as const,
  );
}

const f = (n: number): string => n.toFixed(1).padStart(7);
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runLayoutExperiment(runs = 3): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const lines: string[] = [];
  const say = (line: string): void => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    say('variant   rows          insert  forced   style  layout  frame-longtask  (ms, median of runs)');
    const cases: [string, number[]][] = [
      ['100 top', range(0, 100)],
      ['100 bottom', range(ROWS - 100, 100)],
      ['2000 all', range(0, ROWS)],
    ];
    for (const variant of (process.env.VARIANTS === ''
      ? []
      : (process.env.VARIANTS?.split(',') ?? [
          'inflow',
          'absolute',
          'strict',
          'fragment',
          'plain',
          'text',
        ])) as Variant[]) {
      for (const [label, rows] of cases) {
        const all: Forced[] = [];
        const frames: number[] = [];
        for (let run = 0; run < runs; run++) {
          all.push(await forced(page, cdp, variant, rows));
          frames.push(await inFrame(page, variant, rows));
        }
        say(
          `${variant.padEnd(9)} ${label.padEnd(12)} ${f(med(all.map((x) => x.insert)))} ${f(med(all.map((x) => x.forced)))} ${f(med(all.map((x) => x.style)))} ${f(med(all.map((x) => x.layout)))} ${f(med(frames))}`,
        );
      }
    }
    // The empty page's own relayout (no insertion, style invalidated on one cell) for scale.
    page.on('crash', () => process.stdout.write('page crashed\n'));
    page.on('close', () => process.stdout.write('page closed\n'));
    page.on('pageerror', (e) => process.stdout.write(`page error ${e.message}\n`));
    for (const variant of (process.env.FIRST === ''
      ? []
      : (process.env.FIRST?.split(',') ?? ['inflow', 'absolute'])) as Variant[]) {
      for (const batch of [50, 200]) {
        const results = [];
        for (let run = 0; run < runs; run++) results.push(await viewportFirst(page, variant, batch));
        say(
          `viewport-first ${variant} batches of ${batch} rows: first badges ${f(med(results.map((r) => r.first)))}, all ${f(med(results.map((r) => r.total)))} in ${results[0]?.frames} frames (${results[0]?.visible} rows visible first), longest task ${f(med(results.map((r) => r.longest)))}, tasks > 50 ms ${results.map((r) => r.over50).join('/')}`,
        );
      }
    }
    // What each host style looks like, and how many badges reach out of their cell.
    for (const variant of ['inflow', 'absolute'] as Variant[]) {
      await freshPage(page);
      await page.evaluate(
        (v) =>
          (window as unknown as { __insert: (v: string, r: number[]) => number }).__insert(
            v,
            Array.from({ length: 2000 }, (_, i) => i),
          ),
        variant,
      );
      const counts = await page.evaluate(() =>
        (window as unknown as { __overflowing: () => { over: number; all: number } }).__overflowing(),
      );
      if (process.env.SHOTS)
        await page.screenshot({
          path: `${process.env.SHOTS}/layout-${variant}.png`,
          clip: { x: 0, y: 0, width: 1280, height: 300 },
        });
      say(`${variant}: ${counts.over} of ${counts.all} badges reach past their cell's box`);
    }
  } finally {
    await browser.close();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLayoutExperiment(Number(process.env.RUNS ?? 3)).then(
    () => undefined,
    (error: unknown) => {
      process.stdout.write(
        `layout experiment FAILED: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
