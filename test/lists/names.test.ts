import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listIdentity, listKey, listLines, listMeant, listNames, mergeListsNamedAlike, sameList, targetFor, withListLines } from '../../src/lists/names.ts';
import type { Line } from '../../src/shopper/state.ts';

const line = (productId: string, quantity = 1, unit: string | null = null): Line => ({ productId, name: productId, quantity, unit });

describe('what a shopper calls a list', () => {
  it('hears one list however its owner is said: possessive, plural, with an article, with "list"', () => {
    const ways = ["dad's list", 'dads list', 'the dad list', 'Dad’s list', "my dad's list", 'dad list', 'DADS', "dads' list"];
    for (const way of ways) expect(listIdentity(way), way).toBe('dad');
    expect(sameList("the kids' snacks list", 'kid snack')).toBe(true);
    expect(sameList('parties', 'party')).toBe(true);
  });

  it('keeps lists with different names apart, and never takes a name for the cart', () => {
    expect(sameList("dad's list", "mom's list")).toBe(false);
    expect(sameList('christmas', 'christmas eve')).toBe(false);
    expect(targetFor('my shopping list')).toEqual({ kind: 'cart' });
    expect(targetFor("dad's list")).toEqual({ kind: 'list', name: "dad's" });
  });

  it('hears when a list is for, said after its name, as no part of the name', () => {
    expect(listKey('my uncle this week')).toBe('uncle');
    expect(listKey('the bake sale tonight')).toBe('bake sale');
    expect(listKey('this week')).toBe('week');
    expect(listKey('the weekend')).toBe('weekend');
  });

  it('hears the name a list is given, not the words that give it: "call it my list for sunday", "I\'m starting my holiday list"', () => {
    expect(listKey('list and call it my list for sunday')).toBe('sunday');
    expect(listKey('call it the weekly list')).toBe('weekly');
    expect(listKey("i'm starting my holiday")).toBe('holiday');
    expect(listKey('making my camping list')).toBe('camping');
    expect(listKey('starter')).toBe('starter');
  });

  it('finds the list named inside "everything from …"', () => {
    expect(listKey("everything from dad's")).toBe("dad's");
    expect(listKey('all the stuff on my picnic list')).toBe('picnic');
    expect(targetFor("everything from dad's list")).toEqual({ kind: 'list', name: "dad's" });
  });

  it('any way of saying a name, with any of those decorations around it, is the same list', () => {
    const name = fc.constantFrom('dad', 'mom', 'grandma', 'party', 'weekly', 'camping', 'birthday', 'kid', 'holiday', 'office', 'picnic', 'baby', 'costco', 'sunday', 'brunch', 'lunch', 'bakery', 'cookie', 'taco', 'church');
    const decorated = fc.tuple(name, fc.constantFrom('', 'the ', 'my '), fc.constantFrom('', "'s", 's'), fc.constantFrom('', ' list'));
    fc.assert(
      fc.property(decorated, ([word, article, ending, list]) => {
        const plain = listIdentity(word);
        const said = `${article}${word}${ending}${list}`;
        // A word that already ends in s takes no second s in speech; the rest are the same list.
        if (ending === 's' && word.endsWith('s')) return;
        expect(listIdentity(said)).toBe(plain);
      }),
    );
  });
});

describe('lists stored before names were normalised', () => {
  it('are merged into the first, with every item kept and amounts of the same item added', () => {
    const stored = {
      "dad's": [line('milk'), line('bananas', 2, 'pound')],
      party: [line('chips')],
      dads: [line('bananas', 1, 'pound'), line('eggs')],
      'the dad': [line('bread')],
    };
    const merged = mergeListsNamedAlike(stored);
    expect(Object.keys(merged)).toEqual(["dad's", 'party']);
    expect(merged["dad's"]).toEqual([line('milk'), line('bananas', 3, 'pound'), line('eggs'), line('bread')]);
    expect(listNames(stored)).toEqual(["dad's", 'party']);
    expect(listLines(stored, 'dad')).toEqual(merged["dad's"]);
  });

  it('leave nothing to merge untouched, and a change to one list stores it under its first name', () => {
    const stored = { party: [line('chips')] };
    expect(mergeListsNamedAlike(stored)).toBe(stored);
    const changed = withListLines({ "dad's": [line('milk')], dads: [line('eggs')], party: [] }, 'the dad list', [line('tea')]);
    expect(changed).toEqual({ "dad's": [line('tea')], party: [] });
    expect(withListLines({ party: [line('chips')] }, 'parties', null)).toEqual({});
    expect(withListLines({ party: [] }, "mom's", [line('tea')])).toEqual({ party: [], "mom's": [line('tea')] });
  });

  it('never lose an item, however many lists are said alike', () => {
    const names = fc.constantFrom("dad's", 'dads', 'the dad', 'dad', 'party', 'parties', "mom's", 'moms');
    const lines = fc.array(fc.record({ productId: fc.constantFrom('a', 'b', 'c'), quantity: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.dictionary(names, lines), (raw) => {
        const stored = Object.fromEntries(Object.entries(raw).map(([name, ls]) => [name, ls.map((l) => line(l.productId, l.quantity))]));
        const merged = mergeListsNamedAlike(stored);
        const count = (lists: Record<string, readonly Line[]>, id: string): number =>
          Object.values(lists).flat().filter((l) => l.productId === id).reduce((sum, l) => sum + l.quantity, 0);
        for (const id of ['a', 'b', 'c']) expect(count(merged, id)).toBe(count(stored, id));
        expect(new Set(Object.keys(merged).map(listIdentity)).size).toBe(Object.keys(merged).length);
      }),
    );
  });
});

describe('a list called by a shorter name', () => {
  const lists = { "sister's birthday": [line('cake')], 'office party': [], 'party snacks': [] };

  it('is the one stored list whose name holds every word said', () => {
    expect(listMeant(lists, targetFor('the birthday list'))).toEqual({ kind: 'list', name: "sister's birthday" });
  });

  it('stays as said when several lists hold it, none does, or it is the cart', () => {
    expect(listMeant(lists, targetFor('party'))).toEqual({ kind: 'list', name: 'party' });
    expect(listMeant(lists, targetFor('picnic'))).toEqual({ kind: 'list', name: 'picnic' });
    expect(listMeant(lists, targetFor('my shopping list'))).toEqual({ kind: 'cart' });
  });
});
