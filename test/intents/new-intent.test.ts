import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineIntent } from '../../src/intents/define.ts';
import { INTENTS, type IntentRegistry } from '../../src/intents/registry.ts';
import { buildInteractionModel } from '../../src/interaction-model/generate.ts';
import { readSamples, samplesFor, type IntentSamples } from '../../src/interaction-model/samples.ts';
import { validateInteractionModel } from '../../src/interaction-model/validate.ts';
import { IntentClassifier } from '../../src/nlu/classifier.ts';
import { createNlu } from '../../src/nlu/nlu.ts';
import { createSkill } from '../../src/skill/builder.ts';
import { Conversation } from '../../src/skill/conversation.ts';
import { customIntentHandler } from '../../src/skill/handler.ts';
import { ssml } from '../../src/skill/ssml.ts';
import { buildClassifier, defaultInputs, trainWeights } from '../../tools/nlu/build.ts';
import { demoCatalog, startTestSkill, type TestSkill } from '../support/skill.ts';

/**
 * A store adds an intent ("when do you close?"): its definition, its samples, its handler and
 * what it says. Nothing else changes, and the interaction model, the skill and the local NLU all
 * know it.
 */
const OpeningHours = defineIntent({ name: 'OpeningHoursIntent' });
const registry: IntentRegistry = [...INTENTS.slice(0, -1), OpeningHours, ...INTENTS.slice(-1)];
const openingHoursSamples: IntentSamples = {
  templates: [
    '(when|what time) (do|does) (you|the store|the shop|corner grocer) (open|close|shut) (today|tonight|on sundays|)',
    '(what are|tell me) (your|the store\'s|the shop\'s) (hours|opening hours|opening times)',
    '(are|is) (you|the store|the shop) (open|still open) (now|today|tonight|on sunday|late)',
    'how late (are you|is the store) open (today|tonight|)',
  ],
  slotTemplates: {},
};
const samples = new Map([...samplesFor(INTENTS, readSamples()), ['OpeningHoursIntent', openingHoursSamples]]);
const handler = customIntentHandler(['OpeningHoursIntent'], (turn) => turn.answer(ssml`We are open from eight in the morning to eight at night.`));

let t: TestSkill;
let nlu: ReturnType<typeof createNlu>;

beforeAll(() => {
  const model = buildInteractionModel(demoCatalog().catalog, { registry, samples }).model;
  // Trained small, so the test is quick: fewer fills, one model, fewer passes.
  const inputs = defaultInputs({ registry, samples, catalog: demoCatalog().catalog });
  const quick = {
    ...inputs,
    data: { ...inputs.data, fills: 1, slotOnlyFills: 8, outOfDomainPerTemplate: 10 },
    training: { ...inputs.training, epochs: 4, averaged: 1 },
  };
  const rule = { threshold: 0.3, outOfDomainThreshold: 0.6, minimumFit: null, fitWeight: 0 };
  const unmeasured = { heldOut: 0, classifierAlone: 0, matcherAlone: 0, combined: 0, understood: { right: 0, of: 0 } };
  const classifier = new IntentClassifier(buildClassifier(quick, trainWeights(quick), { ...rule, ...unmeasured }));
  nlu = createNlu(model, { classifier, registry });
}, 120_000);

beforeAll(async () => {
  t = await startTestSkill();
});

afterAll(async () => {
  await t.close();
});

describe('an intent added to the registry', () => {
  it('is in the interaction model, with its samples, and the model is still valid', () => {
    const model = buildInteractionModel(demoCatalog().catalog, { registry, samples }).model;
    const intent = model.interactionModel.languageModel.intents.find((candidate) => candidate.name === 'OpeningHoursIntent');
    expect(intent?.samples).toEqual(expect.arrayContaining(['when do you open today', 'are you open now', 'what are your hours']));
    expect(validateInteractionModel(model)).toEqual([]);
  });

  it('is handled by the skill when Alexa sends it, in the order the registry gives', async () => {
    const skill = createSkill(t.services, { registry, handlers: { OpeningHoursIntent: handler } });
    const shopper = new Conversation(skill, { userId: 'new-intent-alexa' }, t.clock.now);
    const answer = await shopper.intent('OpeningHoursIntent');
    expect(answer.say).toBe('We are open from eight in the morning to eight at night.');
  });

  it('is heard by the local NLU once the classifier is trained with it, and the skill answers it through the text door', async () => {
    expect(nlu.understand('what time does the store close tonight')).toMatchObject({ intent: 'OpeningHoursIntent' });
    expect(nlu.understand('how late are you open today')).toMatchObject({ intent: 'OpeningHoursIntent' });
    expect(nlu.understand('add two pounds of bananas')).toMatchObject({ intent: 'AddItemIntent', slots: { product: 'bananas' } });
    const skill = createSkill(t.services, { registry, handlers: { OpeningHoursIntent: handler } });
    const shopper = new Conversation(skill, { userId: 'new-intent-text' }, t.clock.now, (text, context) => nlu.understand(text, context));
    await shopper.launch();
    expect((await shopper.say('when do you close on sundays')).say).toBe('We are open from eight in the morning to eight at night.');
    expect((await shopper.say('add milk')).intent).toBe('AddItemIntent');
  });

  it('is refused by the skill without a handler, so no intent goes unanswered', () => {
    expect(() => createSkill(t.services, { registry })).toThrow('OpeningHoursIntent has no handler');
  });
});
