import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNipInText, parseNip } from '../../shared/parse';
import { issueText, value } from './result';

describe('parseNip', () => {
  it('reads the parts of a NIP written with or without spaces', () => {
    const expected = {
      nip: '199003152015031002',
      birthDate: '1990-03-15',
      appointment: '2015-03',
      sex: 'L',
      sequence: '002',
    };
    expect(value(parseNip('199003152015031002'))).toEqual(expected);
    expect(value(parseNip('19900315 201503 1 002'))).toEqual(expected);
    expect(value(parseNip('NIP. 19900315 201503 1 002'))).toEqual(expected);
    expect(value(parseNip("'199003152015031002"))).toEqual(expected);
    expect(value(parseNip('19850722.201001.2.003'))).toMatchObject({ sex: 'P', birthDate: '1985-07-22' });
  });

  it('tells the admin to format the NIP column as text when Sheets kept it as a number', () => {
    // What Sheets hands over for an 18-digit NIP typed into a number cell: digits already lost.
    const storedAsNumber = Number('199003152015031002');
    for (const input of [storedAsNumber, '1.99003E+17', '1,99003E+17', '199003152015031000']) {
      const text = issueText(parseNip(input));
      expect(text).toContain('Format > Angka > Teks biasa');
      expect(text).toContain('ketik ulang');
    }
    expect(issueText(parseNip(storedAsNumber), 'en')).toContain('Plain text');
  });

  it('names the part of the NIP that is wrong', () => {
    expect(issueText(parseNip('19900230 201503 1 002'))).toContain('(19900230) bukan tanggal lahir');
    expect(issueText(parseNip('19900315 201500 1 002'))).toContain('(201500)');
    expect(issueText(parseNip('19900315 201503 3 002'))).toContain('harus 1 (laki-laki) atau 2 (perempuan)');
    expect(issueText(parseNip('19900315 200003 1 002'))).toContain('usia saat pengangkatan 9 tahun');
    expect(issueText(parseNip('19500101 201501 1 002'))).toContain('65 tahun');
  });

  it('reads a NI PPPK: after the year come two digits counting work agreements, not a month', () => {
    expect(value(parseNip('19900315 2022 21 1 004'))).toMatchObject({
      nip: '199003152022211004',
      appointment: '2022',
    });
    // The birth date, the sex digit and the age at appointment are still checked.
    expect(issueText(parseNip('19900230 2022 21 1 004'))).toContain('bukan tanggal lahir');
    expect(issueText(parseNip('19900315 2022 21 3 004'))).toContain('harus 1 (laki-laki) atau 2 (perempuan)');
  });

  it('accepts 29 February only in leap years', () => {
    expect(value(parseNip('19920229 201503 2 004')).birthDate).toBe('1992-02-29');
    expect(issueText(parseNip('19930229 201503 2 004'))).toContain('bukan tanggal lahir');
  });

  it('recognises a KTP NIK, an old 9-digit NIP and wrong lengths', () => {
    expect(issueText(parseNip('3201234567890001'))).toContain('NIK KTP');
    expect(issueText(parseNip('010234567'))).toContain('NIP lama');
    expect(issueText(parseNip('19900315 201503 1 02'))).toContain('17 angka');
    expect(issueText(parseNip('Budi Santoso'))).toContain('huruf');
    expect(issueText(parseNip(''))).toContain('NIP kosong');
  });
});

describe('findNipInText', () => {
  it('finds a NIP inside a name cell or a card line', () => {
    expect(findNipInText('Budi Santoso NIP: 19900315 201503 1 002')).toBe('199003152015031002');
    expect(findNipInText('Siti Aminah, S.E.\nNIP. 198507222010012003')).toBe('198507222010012003');
    expect(findNipInText('Dra. Rina Wulandari, M.Si 19780412 200501 2 011 Pembina IV/a')).toBe(
      '197804122005012011',
    );
  });

  it('prefers a valid NIP over another 18-digit number in the same text', () => {
    expect(findNipInText('Rek. 123456789012345678 a.n. Budi, NIP 19900315 201503 1 002')).toBe(
      '199003152015031002',
    );
  });

  it('finds nothing in text without 18 digits', () => {
    expect(findNipInText('Budi Santoso, telp 0812 3456 7890')).toBeUndefined();
    expect(findNipInText('')).toBeUndefined();
    expect(findNipInText('12345678901234567890123')).toBeUndefined();
  });
});

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const validNip = fc
  .record({
    year: fc.integer({ min: 1955, max: 2005 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    ageYears: fc.integer({ min: 18, max: 59 }),
    appointmentMonth: fc.integer({ min: 1, max: 12 }),
    sex: fc.constantFrom(1, 2),
    sequence: fc.integer({ min: 1, max: 999 }),
    spaced: fc.boolean(),
  })
  .map((r) => {
    const day = 1 + Math.floor(r.dayFraction * daysIn(r.year, r.month));
    const birth = `${r.year}${pad(r.month, 2)}${pad(day, 2)}`;
    const appointment = `${r.year + r.ageYears}${pad(r.appointmentMonth, 2)}`;
    const sequence = pad(r.sequence, 3);
    const text = r.spaced
      ? `${birth} ${appointment} ${r.sex} ${sequence}`
      : `${birth}${appointment}${r.sex}${sequence}`;
    return { ...r, day, text, digits: `${birth}${appointment}${r.sex}${sequence}` };
  });

describe('parseNip properties', () => {
  it('accepts every generated valid NIP and round-trips its fields', () => {
    fc.assert(
      fc.property(validNip, (g) => {
        const info = value(parseNip(g.text));
        expect(info.nip).toBe(g.digits);
        expect(info.birthDate).toBe(`${g.year}-${pad(g.month, 2)}-${pad(g.day, 2)}`);
        expect(info.appointment).toBe(`${g.year + g.ageYears}-${pad(g.appointmentMonth, 2)}`);
        expect(info.sex).toBe(g.sex === 1 ? 'L' : 'P');
        expect(info.sequence).toBe(pad(g.sequence, 3));
        expect(findNipInText(`Pegawai Yang Dinilai NIP : ${g.text} Jabatan: Analis`)).toBe(g.digits);
      }),
      { numRuns: 1000 },
    );
  });
});
