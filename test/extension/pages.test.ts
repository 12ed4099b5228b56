// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../extension/src/content/model/table';
import { findPersonCards } from '../../extension/src/content/overlay';
import { isExcludedPage, pageTypeOf, pageTypesOf, siteFamily } from '../../extension/src/content/pages';

// happy-dom replaces the global URL, so the path comes from node's own parser (a string argument).
const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A saved fixture as the browser parses it, page scripts left out (happy-dom runs none). */
function load(name: string): Document {
  const html = readFileSync(join(FIXTURES_DIR, name), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

function findings(doc: Document) {
  const tableKinds = Array.from(doc.querySelectorAll('table'))
    .map((t) => readTable(t))
    .filter((m) => m !== undefined && m.kind !== 'unknown')
    .map((m) => m!.kind);
  return { tableKinds, cards: findPersonCards(doc).length };
}

describe('siteFamily', () => {
  it.each([
    ['https://kinerja.bkn.go.id/penilaian/skp/17', 'bkn'],
    ['https://ekinerja.tulangbawangkab.go.id/aktivitas', 'regional'],
    ['https://e-kinerja.kolakakab.go.id/bawahan', 'regional'],
    ['https://kinerja.barrukab.go.id/laporan', 'regional'],
    ['https://ekinerja.example.com/aktivitas', 'generic'],
    ['http://127.0.0.1:4173/skp-penilaian-bkn.html', 'generic'],
    ['not a url', 'generic'],
  ])('%s -> %s', (url, family) => {
    expect(siteFamily(url)).toBe(family);
  });
});

describe('isExcludedPage', () => {
  it('leaves login pages alone but never a fixture with tables', () => {
    document.body.innerHTML = '<form><input name="nip"><input type="password"></form>';
    expect(isExcludedPage('https://ekinerja.tulangbawangkab.go.id/login', document)).toBe(true);
    expect(isExcludedPage('https://ekinerja.tulangbawangkab.go.id/', document)).toBe(true);
    const doc = load('rekap-bulanan.html');
    expect(isExcludedPage('http://127.0.0.1/rekap-bulanan.html', doc)).toBe(false);
  });
});

describe('page types of the fixture pages (static parts)', () => {
  it.each([
    ['skp-rencana.html', 'skp-rencana'],
    ['aktivitas-harian.html', 'aktivitas'],
    ['rekap-bulanan.html', 'daftar-pegawai'],
    ['kartu-bawahan.html', 'kartu-pegawai'],
    ['hostile.html', 'skp-penilaian'],
  ])('%s is %s', (name, type) => {
    expect(pageTypeOf(findings(load(name)))).toBe(type);
  });

  it('keeps every type present, so a recap next to an SKP table is scored too', () => {
    expect([...pageTypesOf({ tableKinds: ['realisasi', 'recap'], cards: 0 })]).toEqual([
      'skp-penilaian',
      'daftar-pegawai',
    ]);
    expect([...pageTypesOf({ tableKinds: [], cards: 2 })]).toEqual(['kartu-pegawai']);
    expect([...pageTypesOf({ tableKinds: ['sakip'], cards: 0 })]).toEqual([]);
  });

  it('reads a sidebar list of subordinates written as name over NIP', () => {
    document.body.innerHTML = `<aside class="sidebar"><ul>
      <li>Andi Pratama, S.IP.<br><small>199107242019031004</small></li>
      <li>Nur Aisyah, A.Md.<br><small>19951201 202012 2 011</small></li>
      <li>Pengaturan</li></ul></aside>`;
    const cards = findPersonCards(document);
    expect(cards.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Andi Pratama, S.IP.199107242019031004',
      'Nur Aisyah, A.Md.19951201 202012 2 011',
    ]);
  });

  it('finds one card per person and skips the hidden card', () => {
    const cards = findPersonCards(load('kartu-bawahan.html'));
    expect(cards).toHaveLength(3);
    expect(cards.every((c) => c.classList.contains('person-card'))).toBe(true);
  });
});
