import { z } from 'zod';

/**
 * Named typed arrays and texts laid out in one buffer, so a reader takes each array as a view of
 * the bytes it read (no copy, no object per item) and each text as one string:
 *
 *   {table of contents as JSON, its length first as 4 bytes} {each section, aligned to 8 bytes}
 *
 * Offsets are aligned from the start of the file the sections are written into (`at`), so the
 * arrays of a file read whole into a buffer of its own are views of that buffer. Numbers are in the
 * machine's byte order: little-endian, where the index is built and where it is read alike.
 */
export type Section = Int32Array | Uint32Array | Uint8Array | Float64Array | string;

const ARRAY_KINDS = { i32: Int32Array, u32: Uint32Array, u8: Uint8Array, f64: Float64Array } as const;

/** Texts are kept code unit for code unit: one byte each when they can be, else two (UTF-8 would mend lone surrogates). */
const TocSchema = z.array(z.tuple([z.string(), z.enum(['i32', 'u32', 'u8', 'f64', 'latin1', 'utf16le']), z.number().int().nonnegative()]));
type Kind = z.infer<typeof TocSchema>[number][1];

function kindOf(section: Section): Kind {
  if (typeof section === 'string') return /^[\0-\xff]*$/.test(section) ? 'latin1' : 'utf16le';
  if (section instanceof Int32Array) return 'i32';
  if (section instanceof Uint32Array) return 'u32';
  if (section instanceof Uint8Array) return 'u8';
  return 'f64';
}

function arrayOf(kind: keyof typeof ARRAY_KINDS, buffer: ArrayBufferLike, offset: number, length: number): Section {
  switch (kind) {
    case 'i32':
      return new Int32Array(buffer, offset, length);
    case 'u32':
      return new Uint32Array(buffer, offset, length);
    case 'u8':
      return new Uint8Array(buffer, offset, length);
    case 'f64':
      return new Float64Array(buffer, offset, length);
  }
}

function aligned(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** The sections as bytes, to be written at offset `at` of a file. */
export function encodeSections(sections: ReadonlyMap<string, Section>, at: number): Buffer {
  const bodies = [...sections].map(([name, section]) => {
    const kind = kindOf(section);
    const bytes =
      typeof section === 'string' ? Buffer.from(section, kind === 'latin1' ? 'latin1' : 'utf16le') : Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    return { name, kind, bytes };
  });
  const toc = Buffer.from(JSON.stringify(bodies.map(({ name, kind, bytes }) => [name, kind, bytes.length])), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(toc.length);
  const parts: Buffer[] = [length, toc];
  let offset = at + 4 + toc.length;
  for (const { bytes } of bodies) {
    const start = aligned(offset);
    parts.push(Buffer.alloc(start - offset), bytes);
    offset = start + bytes.length;
  }
  return Buffer.concat(parts);
}

/**
 * The sections written at `at` of `bytes`, or why they cannot be read. Arrays are views of `bytes`
 * where it is aligned for them (a file read whole is), else copies.
 */
export function decodeSections(bytes: Buffer, at: number): SectionReader | string {
  if (at + 4 > bytes.length) return 'it is cut short';
  const tocEnd = at + 4 + bytes.readUInt32LE(at);
  if (tocEnd > bytes.length) return 'it is cut short';
  let toc: z.infer<typeof TocSchema>;
  try {
    const parsed = TocSchema.safeParse(JSON.parse(bytes.toString('utf8', at + 4, tocEnd)));
    if (!parsed.success) return 'its table of contents is malformed';
    toc = parsed.data;
  } catch {
    return 'its table of contents is not JSON';
  }
  const sections = new Map<string, Section>();
  let offset = tocEnd;
  for (const [name, kind, length] of toc) {
    const start = aligned(offset);
    const end = start + length;
    if (end > bytes.length) return 'it is cut short';
    offset = end;
    if (kind === 'latin1' || kind === 'utf16le') {
      if (kind === 'utf16le' && length % 2 !== 0) return `its section ${name} is malformed`;
      sections.set(name, bytes.toString(kind, start, end));
      continue;
    }
    const size = ARRAY_KINDS[kind].BYTES_PER_ELEMENT;
    if (length % size !== 0) return `its section ${name} is malformed`;
    const from = bytes.byteOffset + start;
    // A buffer of its own starts aligned; a small file's may share Node's pool at any offset, and is copied.
    const buffer = from % size === 0 ? bytes.buffer : Uint8Array.from(bytes.subarray(start, end)).buffer;
    sections.set(name, arrayOf(kind, buffer, from % size === 0 ? from : 0, length / size));
  }
  return new SectionReader(sections);
}

/**
 * Lists of ids laid end to end in one array: list i is `data[starts[i]]` up to `data[starts[i + 1]]`.
 * Tens of thousands of small lists cost two typed arrays, read without making an object for each.
 */
export interface FlatLists {
  readonly data: Int32Array;
  readonly starts: Uint32Array;
}

export function flatLists(lists: readonly (readonly number[])[]): FlatLists {
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (starts[i + 1] = (starts[i] ?? 0) + list.length));
  const data = new Int32Array(starts[lists.length] ?? 0);
  lists.forEach((list, i) => data.set(list, starts[i]));
  return { data, starts };
}

/** No ids: one array for every empty list, so asking for one makes nothing. */
const NO_IDS = new Int32Array(0);

export function listAt(lists: FlatLists, i: number): Int32Array {
  const start = lists.starts[i] ?? 0;
  const end = lists.starts[i + 1] ?? 0;
  return end > start ? lists.data.subarray(start, end) : NO_IDS;
}

export function listCount(lists: FlatLists): number {
  return lists.starts.length - 1;
}

/** Whether starts run from 0 to `end` without going back. */
function startsFit(starts: Uint32Array, end: number): boolean {
  if (starts.length === 0 || starts[0] !== 0 || starts[starts.length - 1] !== end) return false;
  for (let i = 1; i < starts.length; i++) if ((starts[i - 1] ?? 0) > (starts[i] ?? 0)) return false;
  return true;
}


/** Texts laid end to end in one string: text i is `text.slice(starts[i], starts[i + 1])`. */
export interface Texts {
  readonly text: string;
  readonly starts: Uint32Array;
}

export function textsOf(texts: readonly string[]): Texts {
  const starts = new Uint32Array(texts.length + 1);
  texts.forEach((text, i) => (starts[i + 1] = (starts[i] ?? 0) + text.length));
  return { text: texts.join(''), starts };
}

export function textAt(texts: Texts, i: number): string {
  return texts.text.slice(texts.starts[i] ?? 0, texts.starts[i + 1] ?? 0);
}

export function textList(texts: Texts): string[] {
  return Array.from({ length: texts.starts.length - 1 }, (_, i) => textAt(texts, i));
}

/**
 * Texts kept as their bytes, each decoded only when asked for: no string of them all in memory.
 * UTF-8 when every text survives it (it mends lone surrogates), else UTF-16. They order by their bytes.
 */
export interface EncodedTexts {
  readonly bytes: Buffer;
  /** Byte offsets: text i is bytes `starts[i]` up to `starts[i + 1]`. */
  readonly starts: Uint32Array;
  readonly encoding: 'utf8' | 'utf16le';
}

const ENCODINGS = ['utf8', 'utf16le'] as const;

export function encodeTexts(texts: readonly string[]): EncodedTexts {
  const encoding = texts.every((text) => Buffer.from(text, 'utf8').toString('utf8') === text) ? 'utf8' : 'utf16le';
  const pieces = texts.map((text) => Buffer.from(text, encoding));
  const starts = new Uint32Array(texts.length + 1);
  pieces.forEach((piece, i) => (starts[i + 1] = (starts[i] ?? 0) + piece.length));
  return { bytes: Buffer.concat(pieces), starts, encoding };
}

export function encodedTextAt(texts: EncodedTexts, i: number): string {
  return texts.bytes.toString(texts.encoding, texts.starts[i] ?? 0, texts.starts[i + 1] ?? 0);
}

export function encodedTextCount(texts: EncodedTexts): number {
  return texts.starts.length - 1;
}

/**
 * How text i orders against other bytes (negative: before them), byte by byte, with no string
 * made: ids are short, and a loop here is cheaper than a call into Buffer.compare for each.
 */
export function compareEncodedText(texts: EncodedTexts, i: number, other: Uint8Array, start = 0, end = other.length): number {
  const { bytes } = texts;
  const from = texts.starts[i] ?? 0;
  const length = (texts.starts[i + 1] ?? 0) - from;
  const otherLength = end - start;
  const shorter = Math.min(length, otherLength);
  for (let k = 0; k < shorter; k++) {
    const difference = (bytes[from + k] ?? 0) - (other[start + k] ?? 0);
    if (difference !== 0) return difference;
  }
  return length - otherLength;
}

/** Sections by name, as `encodeSections` takes them, with lists and texts under two names each. */
export class SectionWriter {
  readonly sections = new Map<string, Section>();

  put(name: string, section: Section): void {
    this.sections.set(name, section);
  }

  lists(name: string, lists: FlatLists): void {
    this.put(`${name}.data`, lists.data);
    this.put(`${name}.starts`, lists.starts);
  }

  texts(name: string, texts: readonly string[]): void {
    const { text, starts } = textsOf(texts);
    this.put(`${name}.text`, text);
    this.put(`${name}.starts`, starts);
  }

  encodedTexts(name: string, texts: EncodedTexts): void {
    this.put(`${name}.bytes`, new Uint8Array(texts.bytes.buffer, texts.bytes.byteOffset, texts.bytes.length));
    this.put(`${name}.starts`, texts.starts);
    this.put(`${name}.encoding`, Uint8Array.of(ENCODINGS.indexOf(texts.encoding)));
  }
}

/** The sections read back, each asked for by name and kind: a missing one, or one of another kind, is an error saying which. */
export class SectionReader {
  constructor(private readonly sections: ReadonlyMap<string, Section>) {}

  /** The names of the sections, so a reader can tell a file holding other ones. */
  names(): string[] {
    return [...this.sections.keys()];
  }

  private get<T extends Section>(name: string, is: (section: Section) => section is T): T {
    const section = this.sections.get(name);
    if (section === undefined || !is(section)) throw new Error(`its section ${name} is missing or of another kind`);
    return section;
  }

  int32(name: string): Int32Array {
    return this.get(name, (section): section is Int32Array => section instanceof Int32Array);
  }

  uint32(name: string): Uint32Array {
    return this.get(name, (section): section is Uint32Array => section instanceof Uint32Array);
  }

  uint8(name: string): Uint8Array {
    return this.get(name, (section): section is Uint8Array => section instanceof Uint8Array);
  }

  float64(name: string): Float64Array {
    return this.get(name, (section): section is Float64Array => section instanceof Float64Array);
  }

  lists(name: string): FlatLists {
    const lists = { data: this.int32(`${name}.data`), starts: this.uint32(`${name}.starts`) };
    if (!startsFit(lists.starts, lists.data.length)) throw new Error(`its section ${name} does not fit together`);
    return lists;
  }

  encodedTexts(name: string): EncodedTexts {
    const bytes = this.uint8(`${name}.bytes`);
    const starts = this.uint32(`${name}.starts`);
    const encoding = ENCODINGS[this.uint8(`${name}.encoding`)[0] ?? -1];
    if (encoding === undefined || !startsFit(starts, bytes.length)) throw new Error(`its section ${name} does not fit together`);
    return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), starts, encoding };
  }

  texts(name: string): Texts {
    const texts = { text: this.get(`${name}.text`, (section): section is string => typeof section === 'string'), starts: this.uint32(`${name}.starts`) };
    if (!startsFit(texts.starts, texts.text.length)) throw new Error(`its section ${name} does not fit together`);
    return texts;
  }
}
