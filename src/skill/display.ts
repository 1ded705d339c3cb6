import { createHash } from 'node:crypto';
import type { Line } from '../shopper/state.ts';
import { totalOf } from '../cart/lines.ts';
import { linesOf } from '../cart/changes.ts';
import { targetFor } from '../lists/names.ts';
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

/** What the screen shows for these lines: the title, each line's amount, name and price, and the total. */
function cartData(turn: Turn, target: string, lines: readonly Line[]): { title: string; rows: { name: string; amount: string; price: string }[]; total: string } {
  const { total, unpriced } = totalOf(lines);
  const amount = (line: Line): string => plainText(turn.say.describeLine({ ...line, name: '' }).markup).replace(/\s+of$/, '');
  return {
    title: turn.say.displayTitle(target, turn.services.seller),
    rows: lines.map((line) => ({ name: line.name, amount: amount(line), price: price(line) })),
    total: `Estimated total $${total.toFixed(2)}${unpriced > 0 ? ` (${unpriced} without a price)` : ''}`,
  };
}

/** What is on screen, kept short: session attributes travel with every request and response. */
function fingerprint(datasources: object): string {
  return createHash('sha256').update(JSON.stringify(datasources)).digest('base64url').slice(0, 16);
}

function datasourcesOf(data: ReturnType<typeof cartData>): object {
  return { cart: { title: data.title, items: data.rows, total: data.total } };
}

function render(turn: Turn, target: string, data: ReturnType<typeof cartData>): void {
  const datasources = datasourcesOf(data);
  turn.input.responseBuilder.addDirective({
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: 'voicecartCart',
    document: CART_DOCUMENT,
    datasources,
  });
  turn.session.showing = { target, shown: fingerprint(datasources) };
}

/**
 * Shows the lines being read: on a screen as an APL document, elsewhere as a card in the Alexa app,
 * so a shopper can glance at what they heard.
 */
export function showLines(turn: Turn, target: string, lines: readonly Line[]): void {
  const data = cartData(turn, target, lines);
  if (turn.supportsApl()) {
    render(turn, target, data);
    return;
  }
  const text = [...data.rows.map((row) => `${row.amount === '' ? '' : `${row.amount} `}${row.name}${row.price === '' ? '' : `  ${row.price}`}`), data.total];
  turn.input.responseBuilder.withSimpleCard(data.title, text.join('\n'));
}

/**
 * A document stays on screen until another replaces it, so after "remove the bananas" a screen
 * that showed the cart would still show the bananas: when those lines changed, they are shown anew.
 */
export function refreshScreen(turn: Turn): void {
  const showing = turn.session.showing;
  if (showing === undefined || !turn.supportsApl()) return;
  const data = cartData(turn, showing.target, linesOf(turn.state, targetFor(showing.target)));
  if (fingerprint(datasourcesOf(data)) !== showing.shown) render(turn, showing.target, data);
}
