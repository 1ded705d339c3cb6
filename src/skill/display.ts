import type { Line } from '../shopper/state.ts';
import { totalOf } from '../cart/lines.ts';
import { plainText } from './ssml.ts';
import type { Turn } from './turn.ts';

/** An APL document for Echo Show and other screens: the items, their amounts and prices, and the total. */
const CART_DOCUMENT = {
  type: 'APL',
  version: '2023.3',
  import: [{ name: 'alexa-layouts', version: '1.7.0' }],
  mainTemplate: {
    parameters: ['payload'],
    items: [
      {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        paddingLeft: '@marginHorizontal',
        paddingRight: '@marginHorizontal',
        paddingTop: '@spacingMedium',
        items: [
          { type: 'Text', text: '${payload.cart.title}', style: 'textStyleDisplay4' },
          {
            type: 'Sequence',
            grow: 1,
            shrink: 1,
            data: '${payload.cart.items}',
            items: [
              {
                type: 'Container',
                direction: 'row',
                paddingTop: '@spacingXSmall',
                items: [
                  { type: 'Text', text: '${data.amount}', width: '28vw', style: 'textStyleBody' },
                  { type: 'Text', text: '${data.name}', grow: 1, shrink: 1, style: 'textStyleBody' },
                  { type: 'Text', text: '${data.price}', width: '16vw', textAlign: 'right', style: 'textStyleBody' },
                ],
              },
            ],
          },
          { type: 'Text', text: '${payload.cart.total}', style: 'textStyleHint', paddingBottom: '@spacingMedium' },
        ],
      },
    ],
  },
} as const;

function price(line: Line): string {
  return line.price === undefined ? '' : `$${(line.price * line.quantity).toFixed(2)}`;
}

/**
 * Shows the lines being read: on a screen as an APL document, elsewhere as a card in the Alexa app,
 * so a shopper can glance at what they heard.
 */
export function showLines(turn: Turn, title: string, lines: readonly Line[]): void {
  const { total, unpriced } = totalOf(lines);
  const totalText = `Estimated total $${total.toFixed(2)}${unpriced > 0 ? ` (${unpriced} without a price)` : ''}`;
  const amount = (line: Line): string => plainText(turn.say.describeLine({ ...line, name: '' }).markup).replace(/\s+of$/, '');
  if (turn.supportsApl()) {
    turn.input.responseBuilder.addDirective({
      type: 'Alexa.Presentation.APL.RenderDocument',
      token: 'voicecartCart',
      document: CART_DOCUMENT,
      datasources: {
        cart: {
          title,
          items: lines.map((line) => ({ name: line.name, amount: amount(line), price: price(line) })),
          total: totalText,
        },
      },
    });
    return;
  }
  const text = [...lines.map((line) => `${amount(line) === '' ? '' : `${amount(line)} `}${line.name}${line.price === undefined ? '' : `  ${price(line)}`}`), totalText];
  turn.input.responseBuilder.withSimpleCard(title, text.join('\n'));
}
