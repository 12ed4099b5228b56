/**
 * A name as a part of a downloaded file's name: "Dinas Kesehatan" -> "dinas-kesehatan", "dr. Maya Sari
 * Puspita" -> "dr-maya-sari-puspita" (accents dropped, anything else a dash, at most `max` characters);
 * `fallback` when nothing is left. One rule for every file the add-on offers (packages, Riwayat).
 */
export function fileSlug(text: string, fallback: string, max = 50): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || fallback
  );
}
