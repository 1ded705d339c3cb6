import { readFileSync } from 'node:fs';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import { serializeInteractionModel } from '../../src/interaction-model/format.ts';
import { DEFAULT_MODEL_PATH } from '../../src/interaction-model/load.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import { describe, expect, it } from 'vitest';
import { interactionModelBytes } from '../../src/interaction-model/format.ts';
import { buildInteractionModel, generateInteractionModel } from '../../src/interaction-model/generate.ts';
import { ALEXA_LIMITS } from '../../src/interaction-model/limits.ts';
import { loadInteractionModelFile } from '../../src/interaction-model/load.ts';
import type { InteractionModel } from '../../src/interaction-model/schema.ts';
import { validateInteractionModel } from '../../src/interaction-model/validate.ts';
import { smallStore, syntheticCatalog } from './fixtures.ts';
import { INTENTS } from '../../src/intents/registry.ts';

const CONTRACT: Record<string, string[]> = {
  AddItemIntent: ['product', 'quantity', 'unit', 'list'],
  RemoveItemIntent: ['product', 'list'],
  ChangeQuantityIntent: ['product', 'quantity', 'unit'],
  ReadCartIntent: ['list'],
  ClearCartIntent: ['list'],
  CreateListIntent: ['list'],
  UndoIntent: [],
  ReorderIntent: ['product', 'list'],
  SaveListIntent: ['list'],
  CheckoutIntent: [],
  OrderStatusIntent: [],
  CorrectionIntent: ['product'],
  ChooseOptionIntent: ['choice'],
  CartTotalIntent: [],
  SetPaceIntent: ['pace'],
  VoiceCodeIntent: ['code'],
  ListShortcutsIntent: [],
  RenameShortcutIntent: ['list', 'newName'],
  DeleteShortcutIntent: ['list'],
  'AMAZON.YesIntent': [], 'AMAZON.NoIntent': [], 'AMAZON.HelpIntent': [], 'AMAZON.CancelIntent': [],
  'AMAZON.StopIntent': [], 'AMAZON.RepeatIntent': [], 'AMAZON.StartOverIntent': [], 'AMAZON.FallbackIntent': [],
  'AMAZON.NavigateHomeIntent': [], 'AMAZON.MoreIntent': [], 'AMAZON.NextIntent': [],
};

const productValues = (model: InteractionModel): string[] =>
  (model.interactionModel.languageModel.types.find((type) => type.name === 'ProductName')?.values ?? []).flatMap((value) => [
    value.name.value,
    ...(value.name.synonyms ?? []),
  ]);

describe('the committed interaction model', () => {
  it('has nothing Alexa would reject', () => {
    expect(validateInteractionModel(loadInteractionModelFile())).toEqual([]);
  });

  it('is what `voicecart model` generates from the demo catalog, so the two never drift apart', () => {
    const generated = serializeInteractionModel(generateInteractionModel(loadCatalogFile(DEMO_CATALOG).catalog));
    expect(generated === readFileSync(DEFAULT_MODEL_PATH, 'utf8')).toBe(true);
  });
});

describe('generating the interaction model from a catalog', () => {
  const model = generateInteractionModel(smallStore());
  const { intents, types, invocationName } = model.interactionModel.languageModel;

  it('declares every intent and slot other tools rely on, with the agreed slot types', () => {
    for (const [name, slots] of Object.entries(CONTRACT)) {
      const intent = intents.find((candidate) => candidate.name === name);
      expect(intent, name).toBeDefined();
      const declared = new Map((intent?.slots ?? []).map((slot) => [slot.name, slot.type]));
      for (const slot of slots) expect(declared.has(slot), `${name}.${slot}`).toBe(true);
    }
    const typeOf = (intent: string, slot: string) => intents.find((i) => i.name === intent)?.slots?.find((s) => s.name === slot)?.type;
    expect(typeOf('AddItemIntent', 'product')).toBe('ProductName');
    expect(typeOf('AddItemIntent', 'quantity')).toBe('AMAZON.NUMBER');
    expect(typeOf('AddItemIntent', 'unit')).toBe('UnitName');
    expect(typeOf('AddItemIntent', 'list')).toBe('ListName');
    expect(typeOf('VoiceCodeIntent', 'code')).toBe('AMAZON.FOUR_DIGIT_NUMBER');
    expect(typeOf('ChooseOptionIntent', 'choice')).toBe('AMAZON.NUMBER');
  });

  it('is valid, with samples in Alexa form and no search-query slots', () => {
    expect(validateInteractionModel(model)).toEqual([]);
    expect(invocationName).toBe('corner grocer');
    const samples = intents.flatMap((intent) => intent.samples);
    expect(samples.length).toBeGreaterThan(2000);
    for (const sample of samples) expect(sample).toMatch(/^[a-z' .{}A-Z]+$/);
    expect(intents.flatMap((intent) => intent.slots ?? []).some((slot) => slot.type === 'AMAZON.SearchQuery')).toBe(false);
  });

  it('offers each product by its name, without its brand or size, by its synonyms and by its head noun', () => {
    const values = productValues(model);
    expect(values).toEqual(expect.arrayContaining([
      'whole milk one gallon', 'whole milk', 'dairy barn two percent reduced fat milk', 'two percent reduced fat milk',
      'paper towels', 'paper towel', 'honey crisp apples', 'apples', 'ground coffee', 'coffee',
    ]));
    expect(new Set(values).size).toBe(values.length);
  });

  it('lists units with their plurals and the shopper lists the skill knows', () => {
    const unit = types.find((type) => type.name === 'UnitName');
    expect(unit?.values.find((value) => value.name.value === 'loaf')?.name.synonyms).toContain('loaves');
    const lists = types.find((type) => type.name === 'ListName')?.values.map((value) => value.name.value);
    expect(lists).toEqual(expect.arrayContaining(['grocery', 'shopping', 'weekly', 'party', 'christmas', 'usual', 'last order']));
  });

  it('has a dialog model for every slot the skill asks for on its own, with the question it asks and samples for the bare answer', () => {
    const { dialog, prompts } = model.interactionModel;
    expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
    const elicited = (dialog?.intents ?? []).flatMap((intent) =>
      intent.slots.filter((slot) => slot.prompts.elicitation !== undefined).map((slot) => `${intent.name}.${slot.name}`),
    );
    expect(elicited.sort()).toEqual([
      'AddItemIntent.product', 'AddItemIntent.quantity', 'ChangeQuantityIntent.product', 'ChangeQuantityIntent.quantity', 'CreateListIntent.list', 'ProductInfoIntent.product', 'RemoveItemIntent.product',
      'SwapItemIntent.product', 'SwapItemIntent.replacement',
    ]);
    // The skill decides when to ask: nothing is required, so Alexa never asks on its own.
    expect((dialog?.intents ?? []).flatMap((intent) => intent.slots).every((slot) => !slot.elicitationRequired)).toBe(true);
    const prompt = (id: string | undefined) => prompts?.find((candidate) => candidate.id === id)?.variations[0]?.value;
    const removeProduct = dialog?.intents.find((intent) => intent.name === 'RemoveItemIntent')?.slots.find((slot) => slot.name === 'product');
    expect(prompt(removeProduct?.prompts.elicitation)).toBe('What would you like to take off?');
    const samples = intents.find((intent) => intent.name === 'RemoveItemIntent')?.slots?.find((slot) => slot.name === 'product')?.samples;
    expect(samples).toEqual(expect.arrayContaining(['{product}', 'the {product}', 'i said {product}', 'take off {product}']));
    expect(intents.find((intent) => intent.name === 'CreateListIntent')?.slots?.[0]?.samples).toEqual(expect.arrayContaining(['{list}', 'call it {list}']));
  });

  it('declares the intents of the registry, in its order, with the slots each definition gives', () => {
    expect(intents.map((intent) => intent.name)).toEqual(INTENTS.map((definition) => definition.name));
    for (const definition of INTENTS) {
      const intent = intents.find((candidate) => candidate.name === definition.name);
      expect((intent?.slots ?? []).map(({ name, type }) => ({ name, type })), definition.name).toEqual(definition.slots.map(({ name, type }) => ({ name, type })));
      expect((intent?.samples.length ?? 0) > 0, definition.name).toBe(definition.hasSamples);
    }
  });

  it('uses the invocation name it is given', () => {
    expect(generateInteractionModel(smallStore(), { invocationName: 'green basket' }).interactionModel.languageModel.invocationName).toBe('green basket');
  });
});

describe('a catalog bigger than Alexa allows', () => {
  const catalog = syntheticCatalog(20_000);
  const { model, productValues: report } = buildInteractionModel(catalog);

  it('is cut down to fit, keeping generic forms first, and says what it cut', () => {
    expect(validateInteractionModel(model)).toEqual([]);
    expect(report.productsCut + report.synonymsCut).toBeGreaterThan(0);
    const values = productValues(model);
    expect(values.length).toBeLessThanOrEqual(ALEXA_LIMITS.slotValuesAndSynonyms);
    expect(values.slice(0, 3)).toEqual(expect.arrayContaining(['edition']));
    expect(interactionModelBytes(model)).toBeLessThanOrEqual(ALEXA_LIMITS.modelBytes);
  });

  it('cuts the same way every time', () => {
    expect(productValues(buildInteractionModel(catalog).model)).toEqual(productValues(model));
  });
});
