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

const optionalCell = z
  .string()
  .optional()
  .transform((cell) => (cell === undefined || cell.trim() === '' ? undefined : cell.trim()));

/** A CSV row as text cells, turned into the shape ProductSchema checks. */
const CsvRowSchema = z.object({
  id: optionalCell,
  name: optionalCell,
  brand: optionalCell,
  category: optionalCell,
  size: optionalCell,
  price: optionalCell.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'price must be a number such as 2.49')
      .transform(Number)
      .optional(),
  ),
  synonyms: optionalCell.transform((cell) =>
    cell === undefined ? undefined : cell.split('|').map((s) => s.trim()).filter((s) => s !== ''),
  ),
  image: optionalCell,
});

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
  const rows = records.map(({ line, cells }): RawRow => {
    const cellsByName: Record<string, string> = {};
    names.forEach((name, i) => {
      if ((COLUMNS as readonly string[]).includes(name)) cellsByName[name] = cells[i] ?? '';
    });
    const row = CsvRowSchema.safeParse(cellsByName);
    return row.success ? { line, raw: row.data } : { line, unreadable: describe(row.error) };
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
