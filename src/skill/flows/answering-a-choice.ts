import type { Response } from 'ask-sdk-model';
import { linesOf } from '../../cart/changes.ts';
import { stem, tokens, words } from '../../catalog/normalise.ts';
import { optionsDescribed } from '../../cart/choosing.ts';
import { nameNoun } from '../../catalog/packs.ts';
import { phraseKey } from '../../catalog/personal.ts';
import type { Product } from '../../catalog/product.ts';
import { splitAmount } from '../../catalog/quantity.ts';
import { targetFor } from '../../lists/names.ts';
import { itemQuestionsOf, type LastAdd, type Pending } from '../session.ts';
import { MOST_NAMED } from '../speech/voice.ts';
import type { Turn } from '../turn.ts';
import { addChosen, amountSaidAlone, askItemQuestion } from './adding.ts';
import { describesAKindOf, kindOfWhatWasAdded, kindWords, optionNumberDescribed, productOfKindDescribed, thingNamedBy } from './choosing.ts';
import { replaceLastAdd } from './correcting.ts';
import { replacementsForJustAdded, swapLine } from './swapping.ts';

type Choosing = Extract<Pending, { kind: 'choose' }>;

/**
 * The option chosen, counted from one: it goes in, and the shopper is taken to mean it by the
 * words asked about from now on. No option of that number (or none heard) is said to be out of range.
 */
export async function takeOption(turn: Turn, pending: Choosing, choice: number | undefined): Promise<Response> {
  const say = turn.say;
  const option = choice === undefined ? undefined : pending.options[choice - 1];
  if (option === undefined) return turn.answer(say.choiceOutOfRange(pending.options.length), { reprompt: say.chooseReprompt(pending.options.length) });
  delete turn.session.pending;
  const product = turn.services.catalog.byId.get(option.productId) ?? { id: option.productId, name: option.name };
  const learned = phraseKey(pending.phrase);
  await turn.update((state) => ({ state: { ...state, preferences: { ...state.preferences, [learned]: product.id } }, result: undefined }));
  return addChosen(turn, targetFor(pending.target), product, pending, pending.next);
}

/**
 * A choice answered in words ("the wheat one", "the french vanilla"): the one option they describe;
 * else the store's product of the kind asked about that they describe and no option is ("the old
 * fashioned kind" among instant oatmeals); else, when they fit some options but not all ("the ground
 * one" of three coffees, two ground), the question again among those. Undefined when they describe none.
 */
export async function chooseDescribed(turn: Turn, pending: Choosing, described: string): Promise<Response | undefined> {
  const number = optionNumberDescribed(pending, described, turn.services.catalog);
  if (number !== undefined) return takeOption(turn, pending, number);
  const offered = pending.options.map((option) => option.name);
  const product = productOfKindDescribed(described, pending.phrase, offered, turn.services.resolver);
  // Of the kind asked about means kept where the options are: "ranch" while choosing a salad is a dressing, no salad.
  const { byId } = turn.services.catalog;
  const shelves = new Set(pending.options.map((option) => byId.get(option.productId)?.category));
  if (product !== undefined && shelves.has(product.category)) {
    delete turn.session.pending;
    return addChosen(turn, targetFor(pending.target), product, pending, pending.next);
  }
  const [choosing, ...rest] = itemQuestionsOf(pending);
  if (choosing?.kind !== 'choose') return undefined;
  const fitting = optionsDescribed(described, offered.map((name) => ({ name })));
  if (fitting.length > 1 && fitting.length < pending.options.length) {
    const options = choosing.options.filter((_, at) => fitting.includes(at));
    return askItemQuestion(turn, { ...choosing, options }, rest, [], false);
  }
  // "The espresso" of three coffees none of which is, with two espresso coffees sold: the question again, among those.
  const { resolver } = turn.services;
  const ofTheKind =
    fitting.length > 0 ? [] : resolver.namingAll(`${described} ${pending.phrase}`).filter((named) => shelves.has(named.category) && describesAKindOf(described, pending.phrase, named, resolver));
  if (ofTheKind.length > 1) {
    const options = ofTheKind.slice(0, MOST_NAMED).map((named) => ({ productId: named.id, name: named.name }));
    return askItemQuestion(turn, { ...choosing, options }, rest, [], false);
  }
  return undefined;
}

/**
 * Words that only say which kind, said as a request of their own: while "which creamer?"
 * waits, "the french vanilla" answers it, and the question is no longer held to be asked again;
 * with nothing asked, "boneless" just after chicken breasts went in makes them that kind. Undefined
 * when the words name a thing ("bread"), or describe neither.
 */
export async function describedAsARequest(turn: Turn, said: string): Promise<Response | undefined> {
  const { resolver } = turn.services;
  // Several things said with "and" ("apples bananas and grapes") are a request, whatever each word may describe.
  if (words(said).includes('and')) return undefined;
  // A bare singular thing the catalog counts ("lime" just after sparkling water) may say which kind, as it does before a noun.
  const describes = resolver.onlyDescribes(said);
  const [only, ...more] = words(said);
  const kindWord = only !== undefined && more.length === 0 && resolver.isACountedThing(only);
  if (!kindWord && !describes) return undefined;
  // A product the words name by its own noun ("honey", "bananas") is a thing asked for; while a
  // question waits, only in the plural, since "banana" or "french vanilla" in the singular may say which kind.
  const thing = thingNamedBy(said, resolver) !== undefined;
  const last = words(said).at(-1) ?? '';
  const choosing = turn.lapsed;
  if (thing && !kindWord && (choosing?.kind !== 'choose' || stem(last) !== last)) return undefined;
  if (choosing?.kind === 'choose') {
    const held = turn.heldQuestions;
    turn.heldQuestions = [];
    const answered = await chooseDescribed(turn, choosing, said);
    if (answered !== undefined) return answered;
    // "Skim" just after milk went in, while "which cookies?" still waits, is no cookie: a kind of the milk.
    turn.heldQuestions = held;
  }
  // "A pound of bananas" just after bananas went in says the thing again: more of it, asked for anew.
  const lastAdd = turn.session.lastAdd;
  const added = new Set(tokens(lastAdd?.phrase ?? ''));
  if (lastAdd === undefined || tokens(said).some((token) => added.has(token))) return undefined;
  const kind = await kindOfLastAdd(turn, lastAdd, said);
  // A word that is a thing of its own as the store has it ("fish", of a cod the store also calls white fish) is asked for as that thing.
  const resolution = resolver.resolve(said);
  const found = resolution.product;
  // "Snacks for the kids" just after bananas, none sold by those words: the nearest product is named for one of them, a thing asked for, no kind of the bananas.
  const nearest = resolution.alternatives[0];
  if (found === null && nearest !== undefined && words(said).map(stem).includes(nameNoun(nearest.name).at(-1) ?? '')) return kind;
  // An amount or a pack said alone ("a head" just after garlic, "the big pack") is no kind: it is read as an amount, or looked for.
  const amount = splitAmount(words(said));
  const saysAnAmount = amountSaidAlone(turn, said) !== null || amount.quantity !== null || amount.unit !== null;
  if (kind !== undefined || kindWord || saysAnAmount || (found !== null && resolver.isAKindOf(found.id, said))) return kind;
  // "Mild" just after a medium salsa went in, no mild salsa sold: said so, the salsa kept, rather than searched for alone.
  const [productId, other] = lastAdd.productIds;
  const line = other === undefined ? linesOf(turn.state, targetFor(lastAdd.target)).find((candidate) => candidate.productId === productId) : undefined;
  return line === undefined ? undefined : turn.answer(turn.say.kindNotFound(said, line.name, turn.services.seller, lastAdd.target), { invite: true });
}

/**
 * "Cheddar" just after a cheese went in, "the decaf" after coffee: one word that, alone, finds a
 * product on the shelf of what was just added is a kind of it, when the store has that kind there
 * (a cheddar cheese): the add becomes it, said with undo. Words finding a thing on another shelf
 * ("honey" after tea) or no kind of it ("oranges" after apples) are undefined: added on their own.
 */
export async function namedKindOfLastAdd(turn: Turn, said: string): Promise<Response | undefined> {
  const lastAdd = turn.session.lastAdd;
  const [productId, other] = lastAdd?.productIds ?? [];
  if (lastAdd === undefined || productId === undefined || other !== undefined || words(said).length !== 1) return undefined;
  const { catalog, resolver } = turn.services;
  const added = catalog.byId.get(productId);
  // The thing just added, said again ("eggs" after a dozen eggs), is more of it, asked for anew.
  if (added === undefined || tokens(said).some((token) => tokens(`${added.name} ${lastAdd.phrase}`).includes(token))) return undefined;
  const alone = resolver.resolve(said).product;
  if (alone === null || alone.id === productId || alone.category !== added.category) return undefined;
  // "Pretzels" just after chips: a thing counted, said in the plural as its own name's noun, is another thing on the shelf, no kind of the chips.
  const [word = ''] = words(said);
  if (stem(word) !== word && nameNoun(alone.name).at(-1) === stem(word)) return undefined;
  return kindOfLastAdd(turn, lastAdd, said);
}

/**
 * "The crunchy one", "boneless" just after peanut butter or chicken breasts went in, nothing being
 * asked: what was added becomes that kind, when the store sells one, before any thing the words
 * name on their own ("the lemon kind" after sparkling water is no lemons); said of what was added
 * already ("the grape one" after grape jelly), that is said and nothing changes. Undefined when the
 * words make no kind of it.
 */
export async function kindOfLastAdd(turn: Turn, lastAdd: LastAdd, described: string): Promise<Response | undefined> {
  const added = lastAdd.productIds.length === 1 ? linesOf(turn.state, targetFor(lastAdd.target)).find((line) => line.productId === lastAdd.productIds[0]) : undefined;
  if (added !== undefined && optionsDescribed(described, [added]).length === 1) return turn.answer(turn.say.describedIsAdded(added), { invite: true });
  if (lastAdd.productIds.length > 1) return describeOneOfSeveral(turn, lastAdd, described);
  const kind = kindOfTheOneAdded(turn, lastAdd, described);
  return kind === undefined ? undefined : replaceLastAdd(turn, kind.name, await turn.shopperContext(), described, true);
}

/**
 * The product of the kind described of the one thing just added. A kind of it is kept where it is:
 * "garlic" after kale is no kale-and-garlic snack; of several of the kind sold ("mild" salsas in
 * two aisles), the one on its shelf.
 */
function kindOfTheOneAdded(turn: Turn, lastAdd: LastAdd, described: string): Product | undefined {
  const { resolver, catalog } = turn.services;
  const shelf = catalog.byId.get(lastAdd.productIds[0] ?? '')?.category;
  const found = kindOfWhatWasAdded(described, lastAdd.phrase, resolver);
  if (found?.category === shelf) return found;
  const onShelf = resolver.namingAll(`${described} ${lastAdd.phrase}`).filter((product) => product.category === shelf);
  return onShelf.length === 1 ? onShelf[0] : undefined;
}

/**
 * "The chocolate ones too" just after Cheerios went in: the product of the kind said of the one thing
 * just added, to add beside it; undefined when the words make no other kind of it.
 */
export function otherKindOfLastAdd(turn: Turn, described: string): Product | undefined {
  const lastAdd = turn.session.lastAdd;
  const [productId, other] = lastAdd?.productIds ?? [];
  if (lastAdd === undefined || productId === undefined || other !== undefined) return undefined;
  const kind = kindOfTheOneAdded(turn, lastAdd, kindWords(described));
  if (kind === undefined || kind.id === productId) return undefined;
  // "Also sausage" just after bacon: the words name the kind's own noun, another thing, never a kind of the bacon.
  const added = turn.services.catalog.byId.get(productId);
  const noun = nameNoun(kind.name).at(-1);
  const namesItsNoun = words(described).map(stem).includes(noun ?? '') && noun !== (added === undefined ? undefined : nameNoun(added.name).at(-1));
  return namesItsNoun ? undefined : kind;
}

/**
 * "The green ones" just after bananas, apples and grapes went in: the one line the description
 * makes another product of its kind is swapped for it; when it fits several ("green" apples and
 * grapes), the shopper is asked which, as the swap it is; undefined when it fits none.
 */
async function describeOneOfSeveral(turn: Turn, lastAdd: LastAdd, described: string): Promise<Response | undefined> {
  const target = targetFor(lastAdd.target);
  const context = await turn.shopperContext();
  // A kind is of the line whose replacement is called by every word of it: "the pulp free" of milk
  // and orange juice just added is the juice, never a fat free milk; "the green ones" may be Granny Smiths, called green apples.
  const said = tokens(kindWords(described));
  const calledBy = (productId: string): Set<string> => {
    const product = turn.services.catalog.byId.get(productId);
    return new Set(product === undefined ? [] : [product.name, ...(product.synonyms ?? [])].flatMap(tokens));
  };
  const fitting = replacementsForJustAdded(turn, lastAdd, described, context).filter(
    ({ replacement }) => replacement.kind === 'found' && said.every((token) => calledBy(replacement.line.productId).has(token)),
  );
  const [only] = fitting;
  if (only === undefined) return undefined;
  if (fitting.length === 1) return swapLine(turn, target, only.line, described, context, only.replacement);
  const which = turn.say.whichToDescribe(described, fitting.map(({ line }) => line.name)).markup;
  return turn.elicitAgain({ intent: 'SwapItemIntent', slot: 'product', slots: { replacement: described }, question: which, reprompt: which });
}
