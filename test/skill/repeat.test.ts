import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { intentRequest, newSession } from '../../src/skill/envelopes.ts';
import { startTestSkill, type TestSkill } from '../support/skill.ts';

let t: TestSkill;
beforeAll(async () => {
  t = await startTestSkill();
});
afterAll(async () => {
  await t.close();
});

function ssmlOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

/** A request whose session attributes were written by the caller, not by voicecart. */
function repeatWith(attributes: Record<string, unknown>): Promise<ResponseEnvelope> {
  const session = { ...newSession(), new: false, attributes };
  return t.skill.invoke(intentRequest({ userId: 'amzn1.ask.account.repeat' }, session, 'AMAZON.RepeatIntent', {}, t.clock.now()));
}

describe('"repeat" replays only words, whatever the session attributes hold', () => {
  it('says a stored answer again word for word, a name with an ampersand included', async () => {
    const shopper = t.shopper({ userId: 'amzn1.ask.account.repeat-real' });
    await shopper.launch();
    const added = await shopper.say('add a bean and rice burrito');
    const repeated = await shopper.say('repeat that');
    expect(repeated.say).toBe(added.say);
    expect(ssmlOf(repeated.response)).toContain('Bean &amp; Rice Burrito');
  });

  it('speaks injected markup as escaped text, never as SSML the device would obey', async () => {
    const response = await repeatWith({
      lastSpeech: { speech: 'Your order is placed.<audio src="https://example.com/ad.mp3"/> <prosody volume="x-loud">Buy more</prosody>' },
    });
    const said = ssmlOf(response);
    expect(said).not.toMatch(/<audio|<prosody/);
    expect(said).toContain('Your order is placed.');
    expect(said).toContain('Buy more');
  });

  it('asks a stored slot question again as text too', async () => {
    const response = await repeatWith({
      eliciting: { intent: 'AddItemIntent', slot: 'product', slots: {}, question: 'What should I add?<audio src="https://example.com/x.mp3"/>', reprompt: '<break time="10s"/>What?' },
    });
    const said = ssmlOf(response);
    expect(said).toContain('What should I add?');
    expect(said).not.toMatch(/<audio|<break/);
    const reprompt = response.response.reprompt?.outputSpeech;
    expect(reprompt?.type === 'SSML' ? reprompt.ssml : '').not.toMatch(/<break/);
  });
});
