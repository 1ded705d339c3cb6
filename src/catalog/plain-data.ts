/**
 * Lays plain data (numbers, strings, booleans, arrays, typed arrays, Maps, Sets, plain objects) out
 * in columns, so that a saved index is a handful of typed arrays and long strings rather than
 * hundreds of thousands of small objects: `v8.deserialize` then copies memory instead of
 * rebuilding an object graph key by key, and the objects are made again in tight loops.
 *
 * It knows nothing of what it packs: any field a class's built state gains is saved and restored
 * with it. Anything that is not plain data (a class instance, a function) is refused with its path,
 * rather than saved half.
 */

/** A column of an array of objects: the objects that have the key, and their values in order. */
interface Column {
  readonly key: string;
  /** 1 for each object that has the key; null when all have it. */
  readonly present: Uint8Array | null;
  readonly values: unknown;
}

type Node =
  | { readonly kind: 'array'; readonly items: readonly unknown[] }
  | { readonly kind: 'numbers'; readonly values: Int32Array | Float64Array }
  | { readonly kind: 'booleans'; readonly values: Uint8Array }
  | { readonly kind: 'strings'; readonly text: string; readonly ends: Uint32Array }
  | { readonly kind: 'dictionary'; readonly distinct: unknown; readonly refs: Int32Array }
  | { readonly kind: 'lists'; readonly flat: unknown; readonly ends: Uint32Array }
  | { readonly kind: 'shared'; readonly distinct: unknown; readonly refs: Int32Array }
  | { readonly kind: 'views'; readonly data: TypedArray; readonly ends: Uint32Array }
  | { readonly kind: 'records'; readonly length: number; readonly columns: readonly Column[] }
  | { readonly kind: 'object'; readonly keys: readonly string[]; readonly values: readonly unknown[] }
  | { readonly kind: 'map'; readonly keys: unknown; readonly values: unknown }
  | { readonly kind: 'set'; readonly items: unknown };

type TypedArray =
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

function isTypedArray(value: unknown): value is TypedArray {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isInt32(value: number): boolean {
  return (value | 0) === value && !Object.is(value, -0);
}

/** The packed form of a value: primitives and typed arrays as they are, everything else as a node. */
export function pack(value: unknown, path = 'value'): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') throw new Error(`${path} is a ${typeof value}, not plain data`);
    return value;
  }
  if (isTypedArray(value)) return value;
  if (Array.isArray(value)) return packArray(value, path);
  if (value instanceof Map) {
    return { kind: 'map', keys: packArray([...value.keys()], `${path} keys`), values: packArray([...value.values()], `${path} values`) };
  }
  if (value instanceof Set) return { kind: 'set', items: packArray([...value], path) };
  if (!isPlainObject(value)) throw new Error(`${path} is a ${value.constructor.name}, not plain data`);
  const keys = Object.keys(value);
  return { kind: 'object', keys, values: keys.map((key) => pack(value[key], `${path}.${key}`)) };
}

/** Every item of an array, holes read as undefined. */
function itemsOf(array: readonly unknown[]): unknown[] {
  const items: unknown[] = [];
  for (let i = 0; i < array.length; i++) items.push(array[i]);
  return items;
}

function packArray(array: readonly unknown[], path: string): Node {
  const items = itemsOf(array);
  if (items.length === 0) return { kind: 'array', items: [] };
  if (items.every((item) => typeof item === 'number')) {
    const numbers = items as number[];
    return { kind: 'numbers', values: numbers.every(isInt32) ? Int32Array.from(numbers) : Float64Array.from(numbers) };
  }
  if (items.every((item) => typeof item === 'boolean')) return { kind: 'booleans', values: Uint8Array.from(items, (item) => (item === true ? 1 : 0)) };
  if (items.every((item) => typeof item === 'string')) return packStrings(items as string[]);
  const first = items[0];
  if (isTypedArray(first) && items.every((item) => isTypedArray(item) && item.constructor === first.constructor)) return packViews(items as TypedArray[]);
  if (items.every((item) => typeof item === 'object' && item !== null && (Array.isArray(item) || isPlainObject(item)))) {
    const shared = packShared(items as object[], path);
    if (shared !== null) return shared;
    if (items.every((item) => Array.isArray(item))) return packLists(items as unknown[][], path);
    if (items.every((item) => !Array.isArray(item))) {
      const records = packRecords(items as Record<string, unknown>[], path);
      if (records !== null) return records;
    }
  }
  return { kind: 'array', items: items.map((item, i) => pack(item, `${path}[${i}]`)) };
}

function packStrings(strings: readonly string[]): Node {
  const ids = new Map<string, number>();
  for (const text of strings) if (!ids.has(text)) ids.set(text, ids.size);
  // Categories, brands: a few texts said many times are kept once.
  if (ids.size * 2 < strings.length) {
    return { kind: 'dictionary', distinct: packStrings([...ids.keys()]), refs: Int32Array.from(strings, (text) => ids.get(text) ?? 0) };
  }
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { kind: 'strings', text: strings.join(''), ends };
}

function packViews(views: readonly TypedArray[]): Node {
  const first = views[0];
  if (first === undefined) throw new Error('no views to pack');
  const ends = new Uint32Array(views.length);
  let total = 0;
  views.forEach((view, i) => {
    total += view.length;
    ends[i] = total;
  });
  const Kind = first.constructor as new (length: number) => TypedArray;
  const data = new Kind(total);
  let at = 0;
  for (const view of views) {
    (data as unknown as { set(source: ArrayLike<number | bigint>, offset: number): void }).set(view, at);
    at += view.length;
  }
  return { kind: 'views', data, ends };
}

/**
 * The same object in several places of one array (the category words every name of an aisle
 * shares) is kept once, and shared again on restoring. One object in two different fields is
 * restored as two equal objects.
 */
function packShared(items: readonly object[], path: string): Node | null {
  const ids = new Map<object, number>();
  for (const item of items) if (!ids.has(item)) ids.set(item, ids.size);
  if (ids.size === items.length) return null;
  return { kind: 'shared', distinct: packArray([...ids.keys()], path), refs: Int32Array.from(items, (item) => ids.get(item) ?? 0) };
}

function packLists(lists: readonly unknown[][], path: string): Node {
  const ends = new Uint32Array(lists.length);
  const flat: unknown[] = [];
  lists.forEach((list, i) => {
    for (let k = 0; k < list.length; k++) flat.push(list[k]);
    ends[i] = flat.length;
  });
  return { kind: 'lists', flat: packArray(flat, `${path}[]`), ends };
}

/**
 * Objects as columns, one per key. Keys keep their order in every object (so JSON of a restored
 * product reads the same); objects that order the same keys differently are packed one by one.
 */
function packRecords(objects: readonly Record<string, unknown>[], path: string): Node | null {
  const order = new Map<string, number>();
  for (const object of objects) for (const key of Object.keys(object)) if (!order.has(key)) order.set(key, order.size);
  for (const object of objects) {
    let last = -1;
    for (const key of Object.keys(object)) {
      const at = order.get(key) ?? -1;
      if (at < last) return null;
      last = at;
    }
  }
  const columns = [...order.keys()].map((key): Column => {
    const present = Uint8Array.from(objects, (object) => (Object.hasOwn(object, key) ? 1 : 0));
    const values = objects.filter((object) => Object.hasOwn(object, key)).map((object) => object[key]);
    return { key, present: values.length === objects.length ? null : present, values: packArray(values, `${path}[].${key}`) };
  });
  return { kind: 'records', length: objects.length, columns };
}

function malformed(what: string): Error {
  return new Error(`malformed packed data: ${what}`);
}

function isNode(value: unknown): value is Node & Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isTypedArray(value) && typeof (value as { kind?: unknown }).kind === 'string';
}

/**
 * The value `pack` was given, made again. Typed arrays are copied: those `v8.deserialize` gives
 * are views into the bytes it read, which would otherwise be kept whole for as long as any is used.
 */
export function unpack(packed: unknown): unknown {
  if (isTypedArray(packed)) return packed.slice();
  if (packed === null || typeof packed !== 'object') return packed;
  return unpackNode(packed);
}

function unpackArray(packed: unknown): unknown[] {
  const value = unpack(packed);
  if (!Array.isArray(value)) throw malformed('expected an array');
  return value;
}

function typed<T>(value: unknown, Kind: abstract new (...args: never[]) => T, what: string): T {
  if (!(value instanceof Kind)) throw malformed(what);
  return value;
}

function unpackNode(node: object): unknown {
  if (!isNode(node)) throw malformed('a node without a kind');
  switch (node.kind) {
    case 'array': {
      if (!Array.isArray(node.items)) throw malformed('array items');
      return node.items.map(unpack);
    }
    case 'numbers': {
      const values = node.values;
      if (!(values instanceof Int32Array) && !(values instanceof Float64Array)) throw malformed('numbers');
      const out: number[] = [];
      for (let i = 0; i < values.length; i++) out.push(values[i] ?? 0);
      return out;
    }
    case 'booleans': {
      const values = typed(node.values, Uint8Array, 'booleans');
      const out: boolean[] = [];
      for (let i = 0; i < values.length; i++) out.push(values[i] === 1);
      return out;
    }
    case 'strings': {
      const ends = typed(node.ends, Uint32Array, 'string ends');
      if (typeof node.text !== 'string' || (ends.length > 0 && ends[ends.length - 1] !== node.text.length)) throw malformed('strings');
      const out: string[] = [];
      let start = 0;
      for (let i = 0; i < ends.length; i++) {
        const end = ends[i] ?? start;
        out.push(node.text.slice(start, end));
        start = end;
      }
      return out;
    }
    case 'dictionary':
    case 'shared': {
      const distinct = unpackArray(node.distinct);
      const refs = typed(node.refs, Int32Array, 'references');
      const out: unknown[] = [];
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i] ?? -1;
        if (ref < 0 || ref >= distinct.length) throw malformed('a reference out of range');
        out.push(distinct[ref]);
      }
      return out;
    }
    case 'lists': {
      const flat = unpackArray(node.flat);
      const ends = typed(node.ends, Uint32Array, 'list ends');
      if (ends.length > 0 && ends[ends.length - 1] !== flat.length) throw malformed('lists');
      const out: unknown[][] = [];
      let start = 0;
      for (let i = 0; i < ends.length; i++) {
        const end = ends[i] ?? start;
        out.push(flat.slice(start, end));
        start = end;
      }
      return out;
    }
    case 'views': {
      const data = isTypedArray(node.data) ? node.data.slice() : node.data;
      const ends = typed(node.ends, Uint32Array, 'view ends');
      if (!isTypedArray(data) || (ends.length > 0 && ends[ends.length - 1] !== data.length)) throw malformed('views');
      const out: TypedArray[] = [];
      let start = 0;
      for (let i = 0; i < ends.length; i++) {
        const end = ends[i] ?? start;
        out.push(data.subarray(start, end));
        start = end;
      }
      return out;
    }
    case 'records':
      return unpackRecords(node);
    case 'object': {
      const { keys, values } = node;
      if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length) throw malformed('object');
      const out: Record<string, unknown> = {};
      keys.forEach((key: unknown, i) => {
        if (typeof key !== 'string') throw malformed('object key');
        setOwn(out, key, unpack(values[i]));
      });
      return out;
    }
    case 'map': {
      const keys = unpackArray(node.keys);
      const values = unpackArray(node.values);
      if (keys.length !== values.length) throw malformed('map');
      const out = new Map<unknown, unknown>();
      for (let i = 0; i < keys.length; i++) out.set(keys[i], values[i]);
      return out;
    }
    case 'set':
      return new Set(unpackArray(node.items));
    default:
      throw malformed(`unknown kind ${String((node as { kind: unknown }).kind)}`);
  }
}

/** Reads one column's values in order, straight from its packed arrays, without an array of them in between. */
type ColumnReader = (k: number) => unknown;

function columnReader(packed: unknown): { read: ColumnReader; length: number } {
  if (isNode(packed)) {
    const node = packed;
    if (node.kind === 'numbers' && (node.values instanceof Int32Array || node.values instanceof Float64Array)) {
      const values = node.values;
      return { read: (k) => values[k], length: values.length };
    }
    if (node.kind === 'booleans' && node.values instanceof Uint8Array) {
      const values = node.values;
      return { read: (k) => values[k] === 1, length: values.length };
    }
    if (node.kind === 'lists' && isNode(node.flat) && node.flat.kind === 'numbers' && node.ends instanceof Uint32Array) {
      const flat = node.flat.values;
      const ends = node.ends;
      if (!(flat instanceof Int32Array || flat instanceof Float64Array) || (ends.length > 0 && ends[ends.length - 1] !== flat.length)) throw malformed('lists');
      return {
        read: (k) => {
          const list: number[] = [];
          for (let at = k === 0 ? 0 : (ends[k - 1] ?? 0), end = ends[k] ?? 0; at < end; at++) list.push(flat[at] ?? 0);
          return list;
        },
        length: ends.length,
      };
    }
  }
  const values = unpackArray(packed);
  return { read: (k) => values[k], length: values.length };
}

function unpackRecords(node: { readonly length: unknown; readonly columns: unknown }): Record<string, unknown>[] {
  const length = node.length;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || !Array.isArray(node.columns)) throw malformed('records');
  const columns = node.columns.map((column: unknown) => {
    if (typeof column !== 'object' || column === null) throw malformed('record column');
    const { key, present, values } = column as Record<string, unknown>;
    if (typeof key !== 'string' || (present !== null && !(present instanceof Uint8Array))) throw malformed('record column');
    const reader = columnReader(values);
    const count = present === null ? length : present.reduce((sum, bit) => sum + bit, 0);
    if (reader.length !== count || (present !== null && present.length !== length)) throw malformed(`record column ${key}`);
    return { key, present, read: reader.read, next: 0 };
  });
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < length; i++) {
    const object: Record<string, unknown> = {};
    for (const column of columns) {
      if (column.present !== null && column.present[i] !== 1) continue;
      setOwn(object, column.key, column.read(column.next++));
    }
    out.push(object);
  }
  return out;
}

/** An own property, whatever its name: assigning "__proto__" would set the prototype instead. */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
