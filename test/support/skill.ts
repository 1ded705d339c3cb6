import Database from 'better-sqlite3';
import type { Skill } from 'ask-sdk-core';
import type { ResolutionConfig } from '../../src/catalog/decision.ts';
import type { OrderHistory } from '../../src/catalog/history.ts';
import { loadCatalogFile } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/product.ts';
import { Resolver } from '../../src/catalog/resolver.ts';
import { createBackendClient, type BackendClientOptions } from '../../src/backend/client.ts';
import type { StorePolicy } from '../../src/backend/pricing.ts';
import { startBackend, type RunningBackend } from '../../src/backend/server.ts';
import { createCheckoutService } from '../../src/checkout/service.ts';
import { historyFromBackend, historyFromEither, historyFromFile } from '../../src/reorder/history-source.ts';
import { DEMO_CATALOG } from '../../src/runtime/config.ts';
import type { Nlu } from '../../src/nlu/nlu.ts';
import { loadNlu } from '../../src/runtime/nlu.ts';
import type { ShopperState } from '../../src/shopper/state.ts';
import { updateShopper, type ShopperStore } from '../../src/shopper/store.ts';
import { createSkill } from '../../src/skill/builder.ts';
import { Conversation } from '../../src/skill/conversation.ts';
import type { Caller } from '../../src/skill/envelopes.ts';
import type { Logger, SkillServices } from '../../src/skill/services.ts';
import { SqliteShopperStore } from '../../src/storage/sqlite.ts';

/** A clock the test moves by hand: 25 November 2026, 18:00 UTC to start with. */
export function frozenClock(start = Date.parse('2026-11-25T18:00:00Z')): { now: () => Date; advance: (ms: number) => void } {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

/** A logger that keeps what was logged, so tests can check what was (and wasn't) written. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (object: object, message?: string): void => {
    lines.push(`${message ?? ''} ${JSON.stringify(object)}`);
  };
  return { lines, info: record, warn: record, error: record };
}

let demo: { catalog: Catalog; resolver: Resolver } | undefined;
let nlu: Nlu | undefined;

/** The demo catalog and its resolver, built once per test file. */
export function demoCatalog(): { catalog: Catalog; resolver: Resolver } {
  demo ??= (() => {
    const { catalog } = loadCatalogFile(DEMO_CATALOG);
    return { catalog, resolver: Resolver.build(catalog) };
  })();
  return demo;
}

/** Puts a shopper's whole state in the store, as an earlier session would have left it. */
export async function storeState(store: ShopperStore, userId: string, state: ShopperState): Promise<void> {
  await updateShopper(store, userId, () => ({ state, result: undefined }));
}

export interface TestSkill {
  readonly skill: Skill;
  readonly services: SkillServices;
  readonly store: ShopperStore;
  readonly backend: RunningBackend;
  readonly backendDb: Database.Database;
  readonly clock: { now: () => Date; advance: (ms: number) => void };
  readonly logger: Logger & { lines: string[] };
  /** A shopper talking to the skill by text, through the local NLU and real envelopes. */
  shopper(caller?: Partial<Caller>): Conversation;
  /** An access token of the reference backend, as account linking would give Alexa. */
  linkAccount(customerId: string): string;
  /** A shopper whose account is linked, in an open session, who has put these things in the cart by AddItemIntent envelopes. */
  linkedShopperWith(items: readonly string[], customerId?: string): Promise<Conversation>;
  stateOf(userId?: string): Promise<ShopperState>;
  /** The shopper's cart as "quantity unit name" lines, easy to read in a failing assertion. */
  cartLines(userId?: string): Promise<string[]>;
  /** How many orders the store backend has: the only way anything is ever bought. */
  ordersPlaced(): number;
  close(): Promise<void>;
}

/**
 * The real skill on the demo catalog, shoppers in SQLite (in memory) and the reference store
 * backend over HTTP on a free port: everything a door would build, with a frozen clock.
 */
export async function startTestSkill(
  options: {
    /** Past orders known only locally (a history file), by the shopper's Alexa user id. */
    history?: OrderHistory;
    /** Past orders the store backend knows, by its customer id. */
    backendHistory?: OrderHistory;
    policy?: Partial<StorePolicy>;
    store?: ShopperStore;
    client?: Partial<BackendClientOptions>;
    /** Puts something between the skill and the backend (a fault proxy); returns the address to call. */
    inFront?: (backendUrl: string) => Promise<string>;
    /** Another catalog than the demo one, for the skill and the store backend alike. */
    catalog?: Catalog;
    /** How the resolver decides between an answer and an honest none, in place of voicecart's own. */
    resolution?: ResolutionConfig;
  } = {},
): Promise<TestSkill> {
  const clock = frozenClock();
  const logger = recordingLogger();
  const { catalog, resolver } =
    options.catalog === undefined && options.resolution === undefined
      ? demoCatalog()
      : ((catalog: Catalog) => ({ catalog, resolver: Resolver.build(catalog, { resolution: options.resolution }) }))(options.catalog ?? demoCatalog().catalog);
  const backendDb = new Database(':memory:');
  const backend = await startBackend({
    port: 0,
    db: backendDb,
    catalog,
    now: clock.now,
    policy: { seller: 'Corner Grocer', ...options.policy },
    logger,
    ...(options.backendHistory === undefined ? {} : { history: options.backendHistory }),
  });
  const baseUrl = options.inFront === undefined ? backend.url : await options.inFront(backend.url);
  const client = createBackendClient({ baseUrl, ...options.client });
  const fromBackend = historyFromBackend(client);
  const store = options.store ?? new SqliteShopperStore(':memory:');
  const services: SkillServices = {
    seller: 'Corner Grocer',
    invocationName: 'corner grocer',
    catalog,
    resolver,
    store,
    history: options.history === undefined ? fromBackend : historyFromEither(historyFromFile(options.history), fromBackend),
    checkout: createCheckoutService(client, clock.now),
    now: clock.now,
    logger,
  };
  const skill = createSkill(services);
  nlu ??= loadNlu();
  const understand = nlu.understand.bind(nlu);
  return {
    skill,
    services,
    store,
    backend,
    backendDb,
    clock,
    logger,
    shopper: (caller = {}) => new Conversation(skill, { userId: 'shopper-1', ...caller }, clock.now, understand),
    linkAccount: (customerId) => {
      backend.backend.store.ensureCustomer(customerId);
      return backend.backend.store.issueToken(customerId, clock.now());
    },
    linkedShopperWith: async (items, customerId = 'customer-1') => {
      backend.backend.store.ensureCustomer(customerId);
      const shopper = new Conversation(skill, { userId: 'shopper-1', accessToken: backend.backend.store.issueToken(customerId, clock.now()) }, clock.now, understand);
      await shopper.launch();
      for (const item of items) await shopper.intent('AddItemIntent', { product: item });
      return shopper;
    },
    stateOf: async (userId = 'shopper-1') => (await store.load(userId)).state,
    cartLines: async (userId = 'shopper-1') =>
      (await store.load(userId)).state.cart.map((line) => [line.quantity, line.unit, line.name].filter((part) => part !== null).join(' ')),
    ordersPlaced: () => {
      const row = backendDb.prepare('select count(*) as n from orders').get();
      return typeof row === 'object' && row !== null && 'n' in row && typeof row.n === 'number' ? row.n : Number.NaN;
    },
    close: async () => {
      await backend.close();
      backendDb.close();
      if (options.store === undefined) await store.close();
    },
  };
}
