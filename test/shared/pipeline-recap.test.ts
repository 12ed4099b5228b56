import { describe, expect, it } from 'vitest';
import { type RecapSection, renderRecap, SECTIONS } from '../../scripts/start';
import { scoreOrganisation } from '../../shared/pipeline';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import { defaultPolicy } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';

describe('npm start recap of the sample OPD', () => {
  const policy = defaultPolicy();
  const result = scoreOrganisation(sampleWorkbook(), policy);

  it('shows employees, unit rules that fail and by how many, SAKIP, ranking, supervisors and located problems', async () => {
    const text = await renderRecap({ result, policy, lang: 'id' });
    expect(text).toContain('Rekap kinerja Dinas Kesehatan Kabupaten Contoh, September 2025');
    expect(text).toMatch(
      /Dedi Kurniawan, A\.Md\. +\| \d{18} \| Bidang Pencegahan dan… \| 5\d,\d% +\| Rendah/,
    );
    // The rule's wording belongs to score/; the recap must carry the rule that fails and by how many.
    expect(text).toMatch(
      /Butuh Perbaikan: paling sedikit 60%.*harus Butuh Perbaikan; saat ini 6, kurang 2 pegawai/,
    );
    expect(text).toMatch(
      /Butuh Perbaikan: paling banyak 10%.*boleh Sangat Baik; saat ini 2, kelebihan 1 pegawai/,
    );
    expect(text).toMatch(/SAKIP \d+,\d+ \(AA, Sangat Memuaskan\); tahun lalu 78,2/);
    expect(text).toContain('Peringkat 1 dari 3 (dasar: nilai SAKIP); rekomendasi: Penghargaan unit terbaik');
    expect(text).toContain('Ns. Budi Santoso, S.Kep.: umpan balik untuk 0 dari 3 bawahan');
    expect(text).toMatch(/× Sheet "Indikator", baris \d+, kolom F: Target kosong/);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('renders in English too, and takes extra sections (the add-on and extension parts)', async () => {
    const extra: RecapSection = { title: 'RECAP_ISSUES', lines: async () => ['bagian tambahan'] };
    const text = await renderRecap({ result, policy, lang: 'en' }, [...SECTIONS, extra]);
    expect(text).toContain('Performance recap of Dinas Kesehatan Kabupaten Contoh');
    expect(text).toContain('Predikat distribution meets SE MenPANRB 3/2023.');
    expect(text.trimEnd().endsWith('bagian tambahan')).toBe(true);
  });

  it('adds the legacy numbers when the region still pays on them (PermenPANRB 8/2021)', () => {
    const legacy = POLICY_PRESETS.legacy_numeric();
    const r = scoreOrganisation(sampleWorkbook(), legacy);
    const ahmad = r.employees.find((e) => e.nama.startsWith('Ahmad Fauzi'));
    // Every counted indicator above 110% scores 120 on the IKI curve; Ahmad's mean is close to it.
    expect(ahmad?.legacy?.nilaiSkp).toBeGreaterThan(110);
    expect(ahmad?.legacy?.kategori.label).toBe('Sangat Baik');
    expect(result.employees.every((e) => e.legacy === null)).toBe(true);
  });
});
