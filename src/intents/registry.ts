import { defineIntent, type IntentDefinition } from './define.ts';

/** Slot types the skill defines; their values are generated from the catalog and the fixed lists. */
export const PRODUCT_TYPE = 'ProductName';
export const UNIT_TYPE = 'UnitName';
export const LIST_TYPE = 'ListName';
export const PACE_TYPE = 'PaceName';
export const AMOUNT_CHANGE_TYPE = 'AmountChange';
export const PRICE_ORDER_TYPE = 'PriceOrder';
export const AMOUNT_MULTIPLE_TYPE = 'AmountMultiple';

const product = { name: 'product', type: PRODUCT_TYPE } as const;
const pace = { name: 'pace', type: PACE_TYPE } as const;
const quantity = { name: 'quantity', type: 'AMAZON.NUMBER' } as const;
const unit = { name: 'unit', type: UNIT_TYPE } as const;
const list = { name: 'list', type: LIST_TYPE } as const;
/** "The third one": where an item stood in what the shopper last heard. */
const position = { name: 'position', type: 'AMAZON.ORDINAL' } as const;

/**
 * Every intent of the skill, once. Intent and slot names are contracts with Alexa, the store's
 * tools and the evaluation: never rename one.
 *
 * The order is the handlers' precedence (ask-sdk asks each in turn and the first that can handle
 * a request wins). Each handler claims only its own intents, so the order decides nothing today;
 * it is kept meaningful for a handler that ever claims more: the answers to a pending question
 * first, then the cart moves, the lists and reorders, checkout, the built-in navigation, and
 * Fallback last, since it catches what nothing else understood (and what the skill judged not
 * to be shopping).
 */
export const INTENTS = [
  defineIntent({ name: 'AMAZON.YesIntent', answersAQuestion: true }),
  defineIntent({ name: 'AMAZON.NoIntent', answersAQuestion: true }),
  // A choice is said by its number ("two"), its place ("the second one", an ordinal to Alexa) or
  // a description ("the wheat one", "the cheaper one") held in `product`.
  defineIntent({ name: 'ChooseOptionIntent', slots: [{ name: 'choice', type: 'AMAZON.NUMBER' }, position, product], answersAQuestion: true }),
  defineIntent({ name: 'VoiceCodeIntent', slots: [{ name: 'code', type: 'AMAZON.FOUR_DIGIT_NUMBER' }], answersAQuestion: true }),
  defineIntent({
    name: 'AddItemIntent',
    slots: [product, quantity, unit, list],
    effect: 'adds',
    elicits: { product: (say) => say.askProduct('add'), quantity: (say) => say.quantityZero() },
  }),
  // "No, I said three" corrects the amount of what was just added: a number alone is no product.
  defineIntent({ name: 'CorrectionIntent', slots: [product, { name: 'rejected', type: PRODUCT_TYPE }, quantity, unit], effect: 'changes' }),
  defineIntent({
    name: 'SwapItemIntent',
    slots: [product, { name: 'replacement', type: PRODUCT_TYPE }, list],
    effect: 'adds',
    elicits: { product: (say) => say.askSwapOut(), replacement: (say) => say.askSwapIn() },
  }),
  defineIntent({
    name: 'RemoveItemIntent',
    slots: [product, list, position],
    effect: 'removes',
    elicits: { product: (say) => say.askProduct('remove') },
  }),
  defineIntent({
    name: 'ChangeQuantityIntent',
    slots: [product, quantity, unit, list, position, { name: 'change', type: AMOUNT_CHANGE_TYPE }, { name: 'times', type: AMOUNT_MULTIPLE_TYPE }],
    effect: 'changes',
    elicits: { product: (say) => say.askProduct('change'), quantity: (say) => say.askQuantity() },
  }),
  defineIntent({ name: 'ReadCartIntent', slots: [list, product, position, pace], effect: 'answers' }),
  defineIntent({ name: 'LastAddedIntent', slots: [list], effect: 'answers' }),
  defineIntent({ name: 'ProductInfoIntent', slots: [product, { name: 'price', type: PRICE_ORDER_TYPE }], effect: 'answers', elicits: { product: (say) => say.askProductInfo() } }),
  defineIntent({ name: 'AMAZON.MoreIntent', answersAQuestion: true }),
  defineIntent({ name: 'AMAZON.NextIntent', answersAQuestion: true }),
  defineIntent({ name: 'AMAZON.PreviousIntent', answersAQuestion: true }),
  defineIntent({ name: 'CartTotalIntent', effect: 'answers' }),
  defineIntent({ name: 'ClearCartIntent', slots: [list] }),
  defineIntent({ name: 'CreateListIntent', slots: [list], elicits: { list: (say) => say.askListName() } }),
  defineIntent({ name: 'UndoIntent' }),
  // "Actually, keep it", "no, leave the eggs in": takes back a change only when it took something away.
  defineIntent({ name: 'KeepItemIntent', slots: [product] }),
  defineIntent({ name: 'ReorderIntent', slots: [product, list] }),
  defineIntent({ name: 'SaveListIntent', slots: [list] }),
  defineIntent({ name: 'ListShortcutsIntent', effect: 'answers' }),
  defineIntent({ name: 'RenameShortcutIntent', slots: [list, { name: 'newName', type: LIST_TYPE }] }),
  defineIntent({ name: 'DeleteShortcutIntent', slots: [list] }),
  // It answers the order's read-back too: "place the order" then is the yes.
  defineIntent({ name: 'CheckoutIntent', answersAQuestion: true }),
  defineIntent({ name: 'OrderStatusIntent', effect: 'answers' }),
  defineIntent({ name: 'LastOrderIntent', effect: 'answers' }),
  defineIntent({ name: 'CancelOrderIntent' }),
  defineIntent({ name: 'ReturnItemIntent', slots: [product] }),
  defineIntent({ name: 'SetPaceIntent', slots: [pace] }),
  defineIntent({ name: 'AMAZON.HelpIntent', answersAQuestion: true, keepsSlotQuestion: true }),
  defineIntent({ name: 'AMAZON.RepeatIntent', answersAQuestion: true, keepsSlotQuestion: true }),
  defineIntent({ name: 'HoldOnIntent', answersAQuestion: true, keepsSlotQuestion: true }),
  defineIntent({ name: 'ThanksIntent', answersAQuestion: true, keepsSlotQuestion: true }),
  defineIntent({ name: 'GreetingIntent', answersAQuestion: true, keepsSlotQuestion: true }),
  defineIntent({ name: 'AMAZON.StartOverIntent' }),
  defineIntent({ name: 'AMAZON.StopIntent' }),
  defineIntent({ name: 'AMAZON.CancelIntent', answersAQuestion: true }),
  defineIntent({ name: 'AMAZON.NavigateHomeIntent', hasSamples: false }),
  // Alexa allows FallbackIntent no samples: it is trained on what the other intents are not.
  defineIntent({ name: 'AMAZON.FallbackIntent', answersAQuestion: true, keepsSlotQuestion: true, hasSamples: false }),
] as const satisfies readonly IntentDefinition[];

export type IntentName = (typeof INTENTS)[number]['name'];

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent' satisfies IntentName;
/** "No": declines what was asked, or turns down what was just heard. */
export const NO_INTENT = 'AMAZON.NoIntent' satisfies IntentName;
/** The four-digit code the store asks for before an order is placed. */
export const VOICE_CODE_INTENT = 'VoiceCodeIntent' satisfies IntentName;
/** "No, I said pears": the intent that takes back what was heard, which the NLU hears only with words that take something back. */
export const CORRECTION_INTENT = 'CorrectionIntent' satisfies IntentName;

/** The skill's intents as a registry, so a store (or a test) can add its own before building the skill. */
export type IntentRegistry = readonly IntentDefinition[];

export function definitionOf(registry: IntentRegistry, name: string): IntentDefinition | undefined {
  return registry.find((definition) => definition.name === name);
}

/** Names of the intents that put things on, take them off or change them: never what a question is heard as. */
export function intentsThatChangeTheCart(registry: IntentRegistry): ReadonlySet<string> {
  return new Set(registry.filter((definition) => definition.effect !== undefined && definition.effect !== 'answers').map((definition) => definition.name));
}

/** Names of the intents with an effect, such as those that put things on a list. */
export function intentsWithEffect(registry: IntentRegistry, effect: IntentDefinition['effect']): ReadonlySet<string> {
  return new Set(registry.filter((definition) => definition.effect === effect).map((definition) => definition.name));
}
