/**
 * Person cards that name the person in their title (`<h5 class="card-title">`) instead of a "Nama :"
 * line, with the jabatan between the name and "NIP: ...": the panel lists them by name. A generic
 * header ("Detail Pegawai", "Data ASN") is never taken for a name.
 */
import { describe, expect, it } from 'vitest';
import { readCard } from '../../extension/src/content/features/person-cards';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';

const browser = useExtension({ build: true, server: true });

describe('a person card titled with the name', () => {
  it('reads the title as the name when no "Nama :" line names the person; a "Nama :" line wins', () => {
    const lines = ['Dewi Kartika Sari, S.Kom.', 'Pranata Komputer Ahli Pertama', 'NIP: 199108172019032012'];
    expect(readCard(lines, 'Dewi Kartika Sari, S.Kom.')).toMatchObject({
      name: 'Dewi Kartika Sari, S.Kom.',
      nip: '199108172019032012',
    });
    expect(readCard(['Nama : Sri Lestari', 'NIP : 199108172019032012'], 'Kartu')).toMatchObject({
      name: 'Sri Lestari',
    });
  });

  it('lists the cards by their titles on the page, in Chromium', async () => {
    const page = await browser.open('kartu-judul-nama.html');
    await waitForBadges(page, 3, { kind: 'pegawai' });
    const badges = await readBadges(page, { kind: 'pegawai' });
    expect(badges.map((b) => b.nip)).toEqual([
      '199108172019032012',
      '198303222009011004',
      '199612052022032009',
    ]);
    const panel = await readPanel(page);
    expect(panel.page).toBe('kartu-pegawai');
    expect(panel.text).toContain('Dewi Kartika Sari, S.Kom. (199108172019032012)');
    expect(panel.text).toContain('Bambang Suryadi, S.Sos. (198303222009011004)');
    // No title names the third person: listed by NIP, never by "Data ASN" or the jabatan.
    expect(panel.text).toContain('199612052022032009');
    expect(panel.text).not.toContain('Data ASN (');
    expect(panel.text).not.toContain('Detail Pegawai (');
    expect(panel.text).not.toContain('Pengadministrasi Perkantoran (');
    await page.close();
  });
});
