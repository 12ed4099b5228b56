import type { RawTable } from '../model/input';
import { SAMPLE_PEOPLE, type SamplePerson } from './people';
import type { Random } from './random';
import { sheetTable } from './table';
import { ACTIVITY_TEXTS } from './templates';

/** Working days of September 2025 (weekdays, less Maulid Nabi on the 5th), as "dd/mm/yyyy". */
export function sampleWorkingDates(): string[] {
  const dates: string[] = [];
  // 1 September 2025 was a Monday.
  for (let day = 1; day <= 30; day++) {
    const weekday = (day - 1) % 7; // 0 = Monday
    if (weekday >= 5 || day === 5) continue;
    dates.push(`${String(day).padStart(2, '0')}/09/2025`);
  }
  return dates;
}

type Cells = Record<string, string>;

/** Attendance events: TL/PSW codes, TK days, or late minutes typed as a number (classified later). */
export function sampleAttendance(nips: Map<string, string>, sheet: string, random: Random): RawTable {
  const dates = sampleWorkingDates();
  const rows: Cells[] = [];
  for (const person of SAMPLE_PEOPLE) {
    const nip = nips.get(person.key) ?? '';
    for (const event of person.attendance) {
      const tanggal = random.pick(dates);
      if (/^\d+$/.test(event)) rows.push({ nip, tanggal, kode_absen: '', menit_telat: event, jumlah: '' });
      else rows.push({ nip, tanggal, kode_absen: event, menit_telat: '', jumlah: '1' });
    }
  }
  // A code nobody defined: the recap must say which row and what codes are accepted.
  rows.push({
    nip: nips.get('prakom') ?? '',
    tanggal: '22/09/2025',
    kode_absen: 'TL5',
    menit_telat: '',
    jumlah: '1',
  });
  return sheetTable(sheet, ['nip', 'tanggal', 'kode_absen', 'menit_telat', 'jumlah'], rows);
}

/** "150 menit", "2j 30m" or "150": the ways regional apps export durations. */
function writeMinutes(minutes: number, random: Random): string {
  const roll = random.next();
  if (roll < 0.15 && minutes >= 60) {
    const m = minutes % 60;
    return m === 0 ? `${minutes / 60}j` : `${Math.floor(minutes / 60)}j ${m}m`;
  }
  if (roll < 0.2) return String(minutes);
  return `${minutes} menit`;
}

/** Splits a month's minutes over the working days, two activities a day, to the exact total. */
function activitiesFor(person: SamplePerson, nip: string, dates: readonly string[], random: Random): Cells[] {
  const rows: Cells[] = [];
  const perDay = person.minutes / dates.length;
  let left = person.minutes;
  dates.forEach((tanggal, d) => {
    const isLast = d === dates.length - 1;
    const today = isLast ? left : Math.max(60, Math.round((perDay * random.between(0.9, 1.1)) / 5) * 5);
    left -= today;
    const first = Math.round((today * random.between(0.4, 0.6)) / 5) * 5;
    for (const minutes of [first, today - first]) {
      if (minutes <= 0) continue;
      const withOutput = !random.chance(person.noOutputShare);
      const status =
        person.key === 'datasurv' || random.chance(0.94)
          ? 'Disetujui'
          : random.chance(0.7)
            ? 'Menunggu Verifikasi'
            : 'Ditolak';
      rows.push({
        nip,
        tanggal,
        aktivitas: random.pick(ACTIVITY_TEXTS),
        menit: writeMinutes(minutes, random),
        output: withOutput
          ? `${random.int(1, 3)} ${random.pick(['Dokumen', 'Laporan', 'Berkas', 'Data'])}`
          : '',
        bukti_dukung: withOutput && random.chance(0.8) ? 'Foto kegiatan' : '',
        status,
      });
    }
  });
  return rows;
}

export function sampleActivities(nips: Map<string, string>, sheet: string, random: Random): RawTable {
  const dates = sampleWorkingDates();
  const rows = SAMPLE_PEOPLE.flatMap((person) =>
    activitiesFor(person, nips.get(person.key) ?? '', dates, random),
  );
  return sheetTable(
    sheet,
    ['nip', 'tanggal', 'aktivitas', 'menit', 'output', 'bukti_dukung', 'status'],
    rows,
  );
}
