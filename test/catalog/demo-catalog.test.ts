import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const CSV_PATH = new URL('../../src/catalog/demo-catalog.csv', import.meta.url);
const HEADER = ['id', 'name', 'brand', 'category', 'size', 'price', 'synonyms'] as const;
const DEPARTMENTS = [
  'produce',
  'dairy eggs',
  'bakery',
  'meat seafood',
  'deli',
  'frozen',
  'pantry',
  'breakfast cereal',
  'snacks',
  'beverages',
  'coffee tea',
  'baby',
  'household paper',
  'cleaning',
  'personal care',
  'pet',
] as const;

/**
 * Reads RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes.
 * Kept inside the test so the demo file is checked independently of the project's own loader.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new Error(`stray quote inside an unquoted field at offset ${i}`);
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) throw new Error('file ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const RowSchema = z.object({
  id: z.string().regex(/^p\d{4}$/),
  name: z.string().trim().min(1),
  brand: z.string(),
  category: z.string().regex(/^[a-z ]+ > [a-z ]+$/, 'category is "department > aisle" in lowercase'),
  size: z.string().trim().min(1),
  price: z
    .string()
    .regex(/^\d+\.\d{2}$/, 'price has two decimals')
    .transform(Number)
    .pipe(z.number().positive()),
  synonyms: z
    .string()
    .transform((cell) => (cell === '' ? [] : cell.split('|')))
    .pipe(z.array(z.string().trim().min(1))),
});
type Row = z.infer<typeof RowSchema>;

function loadDemoCatalog(): { header: string[]; rows: Row[] } {
  const [header = [], ...records] = readCsv(readFileSync(CSV_PATH, 'utf8'));
  const rows = records.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== HEADER.length) throw new Error(`line ${line} has ${cells.length} fields`);
    const parsed = RowSchema.safeParse(Object.fromEntries(HEADER.map((column, i) => [column, cells[i]])));
    if (!parsed.success) throw new Error(`line ${line}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  return { header, rows };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeated.push(value);
    seen.add(value);
  }
  return repeated;
}

describe('the RFC 4180 reader used by this test', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(readCsv('a,"b, c","say ""hi""","two\r\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'z'],
    ]);
  });

  it('refuses a file that ends inside a quoted field', () => {
    expect(() => readCsv('a,"unterminated\n')).toThrow(/quoted field/);
  });
});

describe('the Corner Grocer demo catalog', () => {
  const { header, rows } = loadDemoCatalog();
  const byName = new Map(rows.map((row) => [row.name, row]));
  const departmentOf = (row: Row): string => row.category.split(' > ')[0] ?? '';

  it('starts with the agreed header', () => {
    expect(header).toEqual([...HEADER]);
  });

  it('stocks a realistic store of 300 to 400 products', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.length).toBeLessThanOrEqual(400);
  });

  it('gives every product its own id and its own name, so a spoken name points to one product', () => {
    expect(duplicates(rows.map((row) => row.id))).toEqual([]);
    expect(duplicates(rows.map((row) => row.name.toLowerCase()))).toEqual([]);
  });

  it('covers every department of the store and no other', () => {
    const present = new Set(rows.map(departmentOf));
    expect([...present].sort()).toEqual([...DEPARTMENTS].sort());
  });

  it('has a printed size and a positive price on every product', () => {
    for (const row of rows) {
      expect(row.size, row.name).not.toBe('');
      expect(row.price, row.name).toBeGreaterThan(0);
    }
  });

  it('never lists a product name again among its own synonyms', () => {
    const echoes = rows.filter((row) => row.synonyms.some((s) => s.toLowerCase() === row.name.toLowerCase()));
    expect(echoes.map((row) => row.name)).toEqual([]);
  });

  it('sells loose produce by weight, priced per pound', () => {
    for (const name of ['Bananas', 'Gala Apples']) {
      const product = byName.get(name);
      expect(product?.size, name).toBe('per lb');
      expect(product?.brand, name).toBe('');
    }
  });

  it('offers the near neighbours that make "add milk" or "add eggs" a real choice', () => {
    const milks = rows.filter((row) => row.category.endsWith('milk') && /milk/i.test(row.name));
    expect(milks.map((row) => row.name)).toEqual(
      expect.arrayContaining(['Whole Milk', '2% Reduced Fat Milk', 'Fat Free Skim Milk', 'Unsweetened Almond Milk', 'Original Oatmilk']),
    );
    expect(rows.filter((row) => row.name.includes('Cheerios')).length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((row) => row.name.includes('Paper Towels')).length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((row) => row.name.includes('Facial Tissues')).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((row) => row.category === 'coffee tea > coffee').length).toBeGreaterThanOrEqual(6);
    expect(byName.get('Large White Eggs')?.size).toBe('12 ct');
    expect(byName.get('Large White Eggs 18 Pack')?.size).toBe('18 ct');
    expect(byName.has('Banana Bread')).toBe(true);
  });

  it('keeps ampersands, apostrophes and quoted commas intact through the CSV', () => {
    expect(rows.filter((row) => row.brand === "Ben & Jerry's").length).toBeGreaterThanOrEqual(2);
    expect(byName.get("Peanut M&M's")?.brand).toBe("M&M's");
    expect(byName.get('Coca-Cola')?.size).toBe('12 ct, 12 fl oz');
    expect(byName.has('Pear, Spinach & Pea Baby Food Pouch')).toBe(true);
  });

  it('includes names that sound like other words, for speech recognition to trip on', () => {
    for (const name of ['Fresh Thyme', 'All-Purpose Flour', 'Live Blue Mussels', 'Bartlett Pears', 'Cheerios']) {
      expect(byName.has(name), name).toBe(true);
    }
  });
});
