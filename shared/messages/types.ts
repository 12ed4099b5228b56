/**
 * One message in the catalog. Indonesian first, English second.
 * Placeholders are written {name} and filled from the params.
 */
export interface Message {
  id: string;
  en: string;
}

export type MessageSection = Record<string, Message>;
