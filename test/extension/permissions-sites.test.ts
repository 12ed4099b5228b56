import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  grantedSites,
  isBuiltInSite,
  originPattern,
  patternMatches,
  syncSitesFromPermissions,
} from '../../extension/src/background/sites';
import { getSettings } from '../../extension/src/storage';

/** A browser where the manifest grants BKN and the user granted `origins` (optional host permissions). */
function browserWith(origins: string[]): void {
  fakeBrowser.reset();
  (globalThis as unknown as { chrome: unknown }).chrome = {
    ...fakeBrowser,
    runtime: {
      ...fakeBrowser.runtime,
      getManifest: () => ({ host_permissions: ['https://kinerja.bkn.go.id/*'] }),
    },
    permissions: { getAll: async () => ({ origins: ['https://kinerja.bkn.go.id/*', ...origins] }) },
  };
}

describe('site patterns for "Aktifkan di situs ini"', () => {
  it('turns a page address into the permission for its whole site, any port', () => {
    expect(originPattern('https://ekinerja.tulangbawangkab.go.id/skp/penilaian?id=12#hasil')).toBe(
      'https://ekinerja.tulangbawangkab.go.id/*',
    );
    expect(originPattern('http://10.20.1.5:8080/ekinerja/index.php/aktivitas')).toBe('http://10.20.1.5/*');
    expect(originPattern('HTTPS://E-Kinerja.BarruKab.go.id/')).toBe('https://e-kinerja.barrukab.go.id/*');
  });

  it('offers nothing for pages an extension cannot run on', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'file:///C:/SKP/rekap.html', '', undefined]) {
      expect(originPattern(url)).toBeNull();
    }
  });

  it('matches pages the way Chrome match patterns do', () => {
    expect(patternMatches('https://kinerja.bkn.go.id/*', 'https://kinerja.bkn.go.id/skp/periodik')).toBe(
      true,
    );
    expect(patternMatches('https://kinerja.bkn.go.id/*', 'http://kinerja.bkn.go.id/')).toBe(false);
    expect(patternMatches('https://kinerja.bkn.go.id/*', 'https://kinerja.bkn.go.id.evil.example/')).toBe(
      false,
    );
    expect(patternMatches('https://*.lampungprov.go.id/*', 'https://e-kinerja.lampungprov.go.id/a')).toBe(
      true,
    );
    expect(patternMatches('https://*.lampungprov.go.id/*', 'https://lampungprov.go.id/')).toBe(true);
    expect(patternMatches('https://*.lampungprov.go.id/*', 'https://notlampungprov.go.id/')).toBe(false);
    expect(
      patternMatches('*://ekinerja.barrukab.go.id/laporan/*', 'http://ekinerja.barrukab.go.id/laporan/x'),
    ).toBe(true);
    expect(
      patternMatches('*://ekinerja.barrukab.go.id/laporan/*', 'http://ekinerja.barrukab.go.id/skp'),
    ).toBe(false);
    expect(patternMatches('http://127.0.0.1/*', 'http://127.0.0.1:41234/shell-skp.html')).toBe(true);
  });

  it('always covers the page it was made from (property)', () => {
    const host = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?(\.[a-z0-9]{1,8}){1,3}$/);
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'https'),
        host,
        fc.option(fc.integer({ min: 1, max: 65535 })),
        fc.webPath(),
        (scheme, h, port, path) => {
          const url = `${scheme}://${h}${port ? `:${port}` : ''}${path.startsWith('/') ? path : `/${path}`}`;
          const pattern = originPattern(url);
          expect(pattern).not.toBeNull();
          expect(patternMatches(pattern!, url)).toBe(true);
        },
      ),
    );
  });
});

describe('enabled sites, mirrored from granted permissions', () => {
  it('lists only the sites the user granted, not the built-in BKN host', async () => {
    browserWith(['https://ekinerja.tulangbawangkab.go.id/*', 'http://10.20.1.5/*']);
    expect(await grantedSites()).toEqual(['http://10.20.1.5/*', 'https://ekinerja.tulangbawangkab.go.id/*']);
    expect(isBuiltInSite('https://kinerja.bkn.go.id/skp/penilaian')).toBe(true);
    expect(isBuiltInSite('https://ekinerja.tulangbawangkab.go.id/skp')).toBe(false);
  });

  it('copies them into settings.sites, and writes nothing when they did not change', async () => {
    browserWith(['https://ekinerja.barrukab.go.id/*']);
    await syncSitesFromPermissions();
    expect((await getSettings()).sites).toEqual(['https://ekinerja.barrukab.go.id/*']);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await syncSitesFromPermissions();
    expect(set).not.toHaveBeenCalled();
  });
});
