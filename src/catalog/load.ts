import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { readCsv } from './csv.ts';
import { catalogOf, ProductSchema, type Catalog, type Product } from './product.ts';

export interface LoadOptions {
  /** Skip rows that fail validation (they are listed in `skipped`) instead of failing on the first. */
  skipBadRows?: boolean;
  /** Named in error messages, e.g. the file path. */
  source?: string;
}

export interface LoadedCatalog {
  catalog: Catalog;
  skipped: { line: number; reason: string }[];
}

const COLUMNS = ['id', 'name', 'brand', 'category', 'size', 'price', 'synonyms', 'image'] as const;

/**
 * Turns a CSV row's text cells into the fields ProductSchema checks: blank cells are absent,
 * price becomes a number, synonyms are split on "|". Returns the reason when a cell cannot be read.
 */
function fieldsOf(cells: ReadonlyMap<string, string>): Record<string, unknown> | string {
  const fields: Record<string, unknown> = {};
  for (const [column, cell] of cells) {
    const value = cell.trim();
    if (value === '') continue;
    if (column === 'price') {
      if (!/^\d+(\.\d+)?$/.test(value)) return 'price: must be a number such as 2.49';
      fields.price = Number(value);
    } else if (column === 'synonyms') {
      fields.synonyms = value.split('|').map((synonym) => synonym.trim()).filter((synonym) => synonym !== '');
    } else {
      fields[column] = value;
    }
  }
  return fields;
}

const JsonCatalogSchema = z.union([z.array(z.unknown()), z.object({ products: z.array(z.unknown()) })]);

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'is invalid';
  const field = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}: is required`;
  return `${field === '' ? 'row' : field}: ${issue.message}`;
}

/** A row read from the file: either fields for ProductSchema, or why its cells could not be read. */
type RawRow = { line: number; raw: unknown } | { line: number; unreadable: string };

function collect(rows: readonly RawRow[], options: LoadOptions, where: (line: number) => string): LoadedCatalog {
  const products: Product[] = [];
  const skipped: { line: number; reason: string }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    let reason: string;
    if ('unreadable' in row) {
      reason = row.unreadable;
    } else {
      const parsed = ProductSchema.safeParse(row.raw);
      if (parsed.success && !seen.has(parsed.data.id)) {
        seen.add(parsed.data.id);
        products.push(parsed.data);
        continue;
      }
      reason = parsed.success ? `id: duplicate product id ${parsed.data.id}` : describe(parsed.error);
    }
    if (options.skipBadRows !== true) throw new Error(`${where(row.line)}: ${reason}`);
    skipped.push({ line: row.line, reason });
  }
  return { catalog: catalogOf(products), skipped };
}

function parseCsvCatalog(text: string, options: LoadOptions, source: string): LoadedCatalog {
  const [header, ...records] = readCsv(text.replace(/^\uFEFF/, ''), source);
  if (header === undefined) throw new Error(`${source}: the file is empty`);
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  for (const required of ['id', 'name']) {
    if (!names.includes(required)) throw new Error(`${source} line ${header.line}: the header has no ${required} column`);
  }
  const columns = names.map((name) => ((COLUMNS as readonly string[]).includes(name) ? name : null));
  const rows = records.map(({ line, cells }): RawRow => {
    const cellsByName = new Map<string, string>();
    columns.forEach((column, i) => {
      if (column !== null) cellsByName.set(column, cells[i] ?? '');
    });
    const fields = fieldsOf(cellsByName);
    return typeof fields === 'string' ? { line, unreadable: fields } : { line, raw: fields };
  });
  return collect(rows, options, (line) => `${source} line ${line}`);
}

function parseJsonCatalog(text: string, options: LoadOptions, source: string): LoadedCatalog {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const shape = JsonCatalogSchema.safeParse(json);
  if (!shape.success) throw new Error(`${source}: expected an array of products or {"products": [...]}`);
  const items = Array.isArray(shape.data) ? shape.data : shape.data.products;
  return collect(
    items.map((raw, index) => ({ line: index + 1, raw })),
    options,
    (item) => `${source} item ${item}`,
  );
}

/** Reads a catalog from CSV (header row with at least `id,name`) or JSON, validating every product. */
export function parseCatalog(text: string, format: 'csv' | 'json', options: LoadOptions = {}): LoadedCatalog {
  const source = options.source ?? `catalog ${format}`;
  return format === 'csv' ? parseCsvCatalog(text, options, source) : parseJsonCatalog(text, options, source);
}

/** Loads a catalog file, the format chosen by its extension (.csv or .json). */
export function loadCatalogFile(path: string, options: Omit<LoadOptions, 'source'> = {}): LoadedCatalog {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    throw new Error(`${path}: a catalog must be a .csv or .json file`);
  }
  return parseCatalog(readFileSync(path, 'utf8'), extension === '.csv' ? 'csv' : 'json', { ...options, source: path });
}
