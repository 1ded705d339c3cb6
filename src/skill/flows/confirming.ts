import type { Response } from 'ask-sdk-model';
import { addLines, applyChange, linesOf } from '../../cart/changes.ts';
import { targetFor } from '../../lists/names.ts';
import { deleteShortcut } from '../../reorder/shortcuts.ts';
import type { Pending } from '../session.ts';
import { plainText, type Ssml } from '../ssml.ts';
import type { Turn } from '../turn.ts';
import { addAnswered, continueItems } from './adding.ts';
import { removeLine } from './removing.ts';
import { undoLatestChange } from './undoing.ts';
import { placeConfirmedOrder, readCheckout } from './checking-out.ts';
import { listMade } from '../../lists/in-progress.ts';
import { cancelConfirmed } from './orders.ts';

/** The shopper said "yes" to the question voicecart asked last. */
export async function confirmPending(turn: Turn, pending: Pending): Promise<Response> {
  const say = turn.say;
  const now = turn.now;
  delete turn.session.pending;
  switch (pending.kind) {
    case 'clear': {
      const target = targetFor(pending.target);
      const deleting = target.kind === 'list';
      const description = plainText((deleting ? say.change.deleted(pending.target) : say.change.cleared(pending.target)).markup);
      await turn.update((state) => ({ state: listMade(applyChange(state, target, deleting ? null : [], description, now), pending.target), result: undefined }));
      if (deleting && turn.session.fillingList === target.name) delete turn.session.fillingList;
      return turn.answer(deleting ? say.listDeleted(pending.target) : say.cleared(pending.target));
    }
    case 'confirmQuantity':
    case 'confirmPack':
      return addAnswered(turn, targetFor(pending.target), pending.line, pending.phrase, pending.next);
    case 'removeLast': {
      const target = targetFor(pending.target);
      const line = linesOf(turn.state, target).find((l) => l.productId === pending.productId);
      if (line === undefined) return turn.answer(say.notOnTarget(pending.name, pending.target));
      return removeLine(turn, target, line);
    }
    case 'moveList': {
      const list = targetFor(pending.list);
      const lines = linesOf(turn.state, list);
      const description = plainText(say.change.moved(pending.list).markup);
      await turn.update((state) => ({ state: listMade(addLines(state, { kind: 'cart' }, linesOf(state, list), description, now), pending.list), result: undefined }));
      // The list is in the cart: what is added next goes in the cart too.
      if (list.kind === 'list' && turn.session.fillingList === list.name) delete turn.session.fillingList;
      return turn.answer(say.moved(pending.list, lines.length));
    }
    case 'deleteShortcut':
      await turn.update((state) => ({ state: deleteShortcut(state, pending.name), result: undefined }));
      return turn.answer(say.shortcutDeleted(pending.name));
    case 'reorder': {
      // A basket is what the shopper buys, not more of it: a product already in the cart stays as it
      // is (the shopper's own amount), said so, rather than doubled and found at checkout.
      const inCart = new Set(linesOf(turn.state, { kind: 'cart' }).map((line) => line.productId));
      const missing = pending.lines.filter((line) => !inCart.has(line.productId));
      const alreadyThere = pending.lines.length - missing.length;
      const description = plainText(say.change.reordered(pending.label).markup);
      if (missing.length > 0) await turn.update((state) => ({ state: addLines(state, { kind: 'cart' }, missing, description, now), result: undefined }));
      const seq = turn.state.undo.at(-1)?.seq;
      if (seq !== undefined && missing.length > 0) turn.session.lastBasket = { seq, label: pending.label, lines: missing };
      // "Take off the first one" next counts from the items of the basket last read, now in the cart.
      const heard = pending.lines.slice(Math.max(0, pending.offset - turn.chunkSize), pending.offset).map((line) => line.productId);
      turn.session.reading = { target: 'cart', offset: pending.offset, heard };
      return turn.answer(say.reorderAdded(pending.label, pending.lines.length, alreadyThere));
    }
    case 'confirmUndo': {
      // Another device may have changed something since: only the change named is taken back.
      if (turn.state.undo.at(-1)?.seq !== pending.seq) return turn.answer(say.undoMovedOn());
      const undone = await undoLatestChange(turn);
      return turn.answer(undone === null ? say.nothingToUndo() : say.undone(undone.change));
    }
    case 'checkout':
      // Nothing is bought that was not read back: a "yes" before the last items were heard hears them first.
      if (pending.offset < pending.quote.quote.items.length) {
        turn.session.pending = pending;
        return readCheckout(turn, say.restBeforeOrdering());
      }
      return placeConfirmedOrder(turn, pending.quote, undefined);
    case 'cancelOrder':
      return cancelConfirmed(turn, pending.orderId);
    case 'choose':
    case 'chooseToRemove':
    case 'voiceCode':
      // These wait for a number, not a yes: ask again rather than guess.
      turn.session.pending = pending;
      return turn.answer(pending.kind === 'voiceCode' ? say.askVoiceCode() : say.chooseReprompt(pending.options.length));
  }
}

/** The shopper said "no" (or cancel) to the question voicecart asked last: nothing changes. */
export function declinePending(turn: Turn, pending: Pending): Response {
  delete turn.session.pending;
  const say = turn.say;
  switch (pending.kind) {
    case 'confirmQuantity':
      if (pending.next !== undefined) return continueItems(turn, pending.next, { full: say.notAdded(pending.phrase), brief: say.notAdded(pending.phrase), named: 0 });
      // An offer ("should I add Gala Apples?") turned down is just that; an amount turned down may be said again.
      return turn.answer(pending.offer === true ? say.notAdded(pending.phrase) : say.quantityNotAdded());
    case 'confirmPack':
    case 'choose': {
      // The request's other items are still asked about: saying no to one is not no to all.
      // An offer ("would you like one of these?") turned down adds nothing, and is said so.
      const offered = pending.kind === 'choose' && pending.offer === true;
      const said = pending.next === undefined && pending.kind === 'choose' && !offered ? say.keptAsIs() : say.notAdded(pending.phrase);
      return continueItems(turn, pending.next, { full: said, brief: said, named: 0 });
    }
    case 'checkout':
    case 'voiceCode':
      return turn.answer(say.orderNotPlaced());
    case 'reorder':
      return turn.answer(say.reorderDeclined());
    case 'cancelOrder':
      return turn.answer(say.orderKept());
    default:
      return turn.answer(say.keptAsIs());
  }
}

/** The question still waiting for an answer, asked again in a few words. */
export function questionAgain(turn: Turn, pending: Pending): Ssml {
  const say = turn.say;
  switch (pending.kind) {
    case 'clear':
      return say.confirmClearReprompt(pending.target);
    case 'choose':
    case 'chooseToRemove':
      return say.chooseReprompt(pending.options.length);
    case 'confirmQuantity':
      return say.confirmQuantityReprompt();
    case 'confirmPack':
      return say.confirmPackReprompt(pending.line);
    case 'removeLast':
      return say.confirmRemoveLastReprompt(pending.name);
    case 'moveList':
      return say.reorderConfirmReprompt(linesOf(turn.state, targetFor(pending.list)).length);
    case 'reorder':
      return say.reorderConfirmReprompt(pending.lines.length);
    case 'deleteShortcut':
      return say.confirmDeleteShortcutReprompt(pending.name);
    case 'confirmUndo':
      return say.confirmUndoReprompt(pending.change);
    case 'checkout':
      return say.checkoutReprompt(pending.quote.quote.total);
    case 'voiceCode':
      return say.askVoiceCodeReprompt();
    case 'cancelOrder':
      return say.confirmCancelOrderReprompt();
  }
}
