import { BadgeSlots } from '../dom/badge-slots';
import { visibleLines } from '../dom/visibility';
import { ScoreCache } from '../model/table';
import { findNip } from '../model/values';
import { KEY_CAPAIAN, KEY_NAME, KEY_NIP, KEY_PREDIKAT, KEY_STATUS, KEY_VALUE } from '../selectors';
import { emptyContribution, tally } from '../summary';
import { type PersonReading, type PersonScore, scorePerson } from '../verdict/person';
import type { Feature, Write } from './registry';

/**
 * Reads a person card: key/value lines ("Nama : ...", "NIP : ...", "Capaian : 96,5 %") or the
 * sidebar form "Nama" then the NIP on the next line (`Nama<br><small>NIP</small>`). `heading` is the
 * card's title (cardHeading): where no "Nama :" line names the person, the title does
 * (`<h5 class="card-title">Nama</h5>` over "NIP : ...", with the jabatan or more lines in between).
 */
export function readCard(lines: readonly string[], heading?: string): PersonReading | undefined {
  const reading: PersonReading = {
    name: '',
    capaianText: '',
    capaianColumn: '',
    status: '',
    minutesText: '',
    predikatText: '',
  };
  for (const line of lines) {
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const key = kv[1]!.trim();
    const value = kv[2]!.trim();
    if (KEY_NAME.test(key)) reading.name = value;
    else if (KEY_NIP.test(key)) {
      const nip = findNip(value);
      if (nip) reading.nip = nip;
    } else if (KEY_CAPAIAN.test(key)) {
      reading.capaianText = value;
      reading.capaianColumn = key;
    } else if (KEY_PREDIKAT.test(key)) reading.predikatText = value;
    else if (KEY_STATUS.test(key)) reading.status = value;
  }
  if (!reading.name && heading) reading.name = heading;
  if (!reading.nip) {
    const at = lines.findIndex((line) => findNip(line) !== undefined);
    if (at < 0) return undefined;
    reading.nip = findNip(lines[at]!);
    if (!reading.name && at > 0) reading.name = lines[at - 1]!;
  }
  return reading;
}

/** Headings that title a card about someone rather than name them ("Detail Pegawai", "Data ASN"). */
const GENERIC_HEADING = /\b(pegawai|bawahan|asn|detail|data|profil|biodata|identitas|informasi|kinerja)\b/i;

/**
 * The card's title when it can be a name: its first `.card-title` or heading element, shown (one of the
 * card's visible lines), neither a key/value line nor holding a NIP, and not a generic title.
 */
function cardHeading(card: Element, lines: readonly string[]): string | undefined {
  const title = card.querySelector('.card-title') ?? card.querySelector('h1, h2, h3, h4, h5, h6');
  const text = title?.textContent?.replace(/\s+/g, ' ').trim();
  if (!text || !lines.includes(text) || KEY_VALUE.test(text) || findNip(text) !== undefined) return undefined;
  return /\p{L}/u.test(text) && !GENERIC_HEADING.test(text) ? text : undefined;
}

const cache = new ScoreCache<PersonScore>();
const slots = new BadgeSlots<Element>();

/** A result-based indicator on each person card (Tailwind/Bootstrap card lists, sidebars). */
export const personCards: Feature = {
  id: 'person-cards',
  pages: ['kartu-pegawai'],
  init(_signal, host) {
    host.onScan((batch) => {
      const writes: Write[] = [];
      if (!batch.cards) return writes;
      const { policy, lang, results } = batch.settings;
      cache.useSettings(batch.settings);
      const contribution = emptyContribution('kartu-pegawai');
      let container: Element | undefined;
      for (const card of batch.cards) {
        const lines = visibleLines(card);
        const hash = `${lines.join('\n')}|${batch.settings.revision}`;
        let score = cache.get(hash);
        if (!score) {
          const reading = readCard(lines, cardHeading(card, lines));
          if (!reading) continue;
          score = scorePerson(reading, policy, results, lang);
          cache.set(hash, score);
        }
        container ??= card.parentElement ?? card;
        tally(contribution, 'pegawai', score.badge.flags);
        contribution.people.push(score.person);
        const write = slots.write(card, score.badge, (badge) => card.append(badge));
        if (write) {
          batch.stats.touchedRows++;
          writes.push(write);
        }
      }
      if (container) batch.summary.set(container, contribution);
      return writes;
    });
  },
};
