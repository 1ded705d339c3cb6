import { speakable } from './speech/voice.ts';

/** Markup that is already safe to put inside `<speak>`. */
export class Ssml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type Speakable = string | number | Ssml;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for SSML: a product called "Ben & Jerry's" must not break the response. */
function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Text goes in cleaned for a voice (src/skill/speech/voice.ts): every reply is built here, so every name is. */
function markupOf(value: Speakable): string {
  return value instanceof Ssml ? value.markup : escapeSsml(typeof value === 'string' ? speakable(value) : String(value));
}

/** A template whose interpolated text is escaped and whose interpolated Ssml is kept. */
export function ssml(strings: TemplateStringsArray, ...values: Speakable[]): Ssml {
  return new Ssml(strings.reduce((out, part, i) => out + part + (i < values.length ? markupOf(values[i] as Speakable) : ''), ''));
}

export function joinSsml(parts: readonly Speakable[], separator = ' '): Ssml {
  return new Ssml(parts.map(markupOf).join(markupOf(separator)));
}

/** The words a listener hears, for transcripts and text doors: tags removed, entities decoded. */
export function plainText(markup: string): string {
  return markup
    .replace(/<break[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Speech kept in session attributes, said again ("repeat", a question asked anew). Those attributes
 * come back with the request, so they are the caller's text: only their words are spoken, escaped
 * again, and any markup in them is dropped rather than obeyed.
 */
export function storedSpeech(markup: string): Ssml {
  return ssml`${plainText(markup)}`;
}
