import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OrderHistory } from '../../src/catalog/history.ts';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { stem, words } from '../../src/catalog/normalise.ts';
import { catalogOf, type Product } from '../../src/catalog/product.ts';
import { evaluate } from '../../src/evaluation/evaluate.ts';
import { generateRequests, respell, splitHeard, type GeneratedRequest, type RequestKind } from '../../src/evaluation/requests.ts';
import { seededRandom } from '../../src/evaluation/random.ts';
import { sayWord, soundGap, waysHeard } from '../../src/catalog/pronunciation.ts';
import { amountsFor } from '../../src/language/amounts.ts';

const demo = loadCatalogFile(fileURLToPath(new URL('../../src/catalog/demo-catalog.csv', import.meta.url)), { skipBadRows: false }).catalog;
const set = generateRequests(demo, { seed: 7, count: 600 });

function ofKind(kind: RequestKind): GeneratedRequest[] {
  const found = set.requests.filter((request) => request.kind === kind);
  expect(found.length, kind).toBeGreaterThan(10);
  return found;
}

function nameWords(id: string): string[] {
  return words(set.catalog.byId.get(id)?.name ?? '');
}

describe('requests generated from a catalog', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateRequests(demo, { seed: 7, count: 600 }).requests).toEqual(set.requests);
    expect(generateRequests(demo, { seed: 8, count: 600 }).requests).not.toEqual(set.requests);
  });

  it('are answered by products of the catalog they are made for, each having every word said', () => {
    for (const request of set.requests.filter((r) => ['name', 'short', 'brandless'].includes(r.kind))) {
      for (const id of request.accept) {
        const tokens = new Set(nameWords(id).map(stem));
        for (const word of words(request.text)) expect(tokens.has(stem(word)) || ['and', 'of', 'the', 'with'].includes(word), `${request.text} / ${id}`).toBe(true);
      }
    }
  });

  it('say a long word as two pieces that join back into it', () => {
    expect(splitHeard('rigatoni')).toEqual(['riga', 'toni']);
    expect(splitHeard('eggs')).toBeUndefined();
    for (const request of ofKind('split')) {
      const said = words(request.text);
      const joined = said.some((word, at) => request.accept.some((id) => nameWords(id).includes(`${word}${said[at + 1] ?? ''}`)));
      expect(joined, request.text).toBe(true);
    }
  });

  it('write the pieces of a long word as English writes their sounds, the sound kept', () => {
    const random = seededRandom(3);
    expect(['tuner', 'tuna']).toContain(respell('tuna', random));
    for (const piece of ['tuna', 'rica', 'toni', 'pasta', 'kiwi', 'cola', 'jama', 'puff']) {
      for (let attempt = 0; attempt < 20; attempt++) {
        const written = respell(piece, random);
        expect(waysHeard([written]).some((heard) => soundGap(heard, sayWord(piece)) <= 0.4), `${piece} → ${written}`).toBe(true);
      }
    }
    for (const request of ofKind('respelt')) {
      const said = words(request.text);
      const name = request.accept.flatMap(nameWords);
      expect(said.some((word) => !name.includes(word)), request.text).toBe(true);
    }
  });

  it('run two words of a name together into one', () => {
    for (const request of ofKind('merged')) {
      // The word run together is in none of the accepted names, and is two neighbours of one of them joined.
      const names = request.accept.map(nameWords);
      const merged = words(request.text).find((word) => names.every((name) => !name.includes(word)));
      expect(merged, request.text).toBeDefined();
      expect(names.some((name) => name.some((word, at) => `${word}${name[at + 1] ?? ''}` === merged)), request.text).toBe(true);
    }
  });

  it('change one word of a misspelt or sound-alike request; a slip of the keys never its first letter', () => {
    for (const request of [...ofKind('misspelt'), ...ofKind('sound-alike')]) {
      const said = words(request.text);
      const name = nameWords(request.accept[0] ?? '');
      const changed = said.filter((word, at) => word !== name[at]);
      expect(changed, request.text).toHaveLength(1);
      if (request.kind === 'misspelt') expect(changed[0]?.[0], request.text).toBe(name[said.indexOf(changed[0] ?? '')]?.[0]);
    }
  });

  it('say amounts with a number and a container, or a number alone, and expect both read', () => {
    for (const request of ofKind('amount')) {
      expect(request.quantity, request.text).toBeGreaterThanOrEqual(2);
      if (request.unit !== null) expect(request.text).toMatch(new RegExp(`\\b(${request.unit}|${amountsFor().units[request.unit]?.join('|')})\\b of`));
    }
  });

  it('write a number before a container as the recogniser does, by its homophone', () => {
    const homophones = amountsFor().numberHomophones;
    for (const request of ofKind('number-homophone')) {
      const [first] = request.text.split(' ');
      expect(homophones[first ?? ''], request.text).toBe(request.quantity);
    }
  });

  it('ask for things not sold by kinds held out of the catalog, never by a product still in it', () => {
    expect(set.heldOut.length).toBeGreaterThanOrEqual(3);
    for (const request of ofKind('not-sold')) {
      expect(request.accept).toEqual([]);
      const asked = words(request.text).map(stem);
      const named = set.catalog.products.filter((product) => {
        const tokens = words(product.name).map(stem);
        return asked.every((token) => tokens.includes(token)) && asked.includes(tokens.at(-1) ?? '');
      });
      expect(named.map((p) => p.name), request.text).toEqual([]);
    }
    expect(set.catalog.size).toBeLessThan(demo.size);
  });

  it('keep products named after a held-out kind in another aisle as near neighbours', () => {
    const products: Product[] = [
      { id: 'f1', name: 'Fresh Gooseberries', category: 'produce > fruit' },
      { id: 'f2', name: 'Local Gooseberries', category: 'produce > fruit' },
      { id: 'y1', name: 'Gooseberry Yogurt', category: 'dairy > yogurt' },
      { id: 'y2', name: 'Vanilla Yogurt', category: 'dairy > yogurt' },
      { id: 'y3', name: 'Plain Yogurt', category: 'dairy > yogurt' },
      ...['Gala Apples', 'Fuji Apples', 'Red Pears', 'Green Pears', 'Whole Milk', 'Skim Milk'].map((name, i) => ({ id: `o${i}`, name, category: 'produce > fruit' })),
    ];
    // This seed holds gooseberries out and keeps yogurt.
    const small = generateRequests(catalogOf(products), { seed: 4, count: 200 });
    expect(small.heldOut).toContain('gooseberry');
    expect(small.heldOut).not.toContain('yogurt');
    expect(small.catalog.byId.has('f1')).toBe(false);
    expect(small.catalog.byId.has('f2')).toBe(false);
    expect(small.catalog.byId.has('y1')).toBe(true);
    for (const head of small.heldOut) expect(small.catalog.products.some((p) => words(p.name).map(stem).at(-1) === head)).toBe(false);
  });

  it('ask a household for what it has bought, right when any of its products so named is found', () => {
    const history: OrderHistory = new Map([
      ['h1', [{ orderId: 'o1', orderNumber: 1, productIds: demo.products.slice(0, 40).map((p) => p.id) }]],
    ]);
    const household = generateRequests(demo, { seed: 7, count: 600, history }).requests.filter((r) => r.kind === 'household');
    expect(household.length).toBeGreaterThan(10);
    const bought = new Set(demo.products.slice(0, 40).map((p) => p.id));
    for (const request of household) {
      expect(request.user).toBe('h1');
      for (const id of request.accept) expect(bought.has(id)).toBe(true);
    }
  });
});

describe('evaluating the resolver on generated requests', () => {
  it('counts a request right only when the product and the amount are', () => {
    const result = evaluate(set);
    expect(result.requests).toBe(set.requests.length);
    const byKind = new Map(result.kinds.map((kind) => [kind.kind, kind]));
    // Names said whole are the easiest requests there are: anything less is a broken resolver.
    expect((byKind.get('name')?.right ?? 0) / (byKind.get('name')?.requests ?? 1)).toBeGreaterThan(0.95);
    const wrongAmounts = generateRequests(demo, { seed: 7, count: 600 }).requests.map((request) => ({ ...request, quantity: request.quantity === null ? null : request.quantity + 1 }));
    const amounts = evaluate({ ...set, requests: wrongAmounts.filter((r) => r.kind === 'amount') });
    expect(amounts.right).toBe(0);
  });
});
