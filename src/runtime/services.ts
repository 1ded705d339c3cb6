import { loadHistoryFile } from '../catalog/history.ts';
import { loadResolutionConfig } from '../catalog/decision.ts';
import { Resolver } from '../catalog/resolver.ts';
import { loadSoundAlikesDir } from '../catalog/sound-alikes.ts';
import { createBackendClient, type BackendClient } from '../backend/client.ts';
import type { RunningBackend } from '../backend/server.ts';
import { createCheckoutService } from '../checkout/service.ts';
import { historyFromBackend, historyFromEither, historyFromFile } from '../reorder/history-source.ts';
import type { ShopperStore } from '../shopper/store.ts';
import type { Logger, SkillServices } from '../skill/services.ts';
import { DerivedFileCache } from './cache.ts';
import { openCatalog } from './catalog.ts';
import type { Config } from './config.ts';
import { openShopperStore, openSqliteStore } from './stores.ts';

export interface Runtime {
  readonly services: SkillServices;
  /**
   * The store backend the skill talks to: the configured one, or the reference backend started
   * here; undefined while a reference backend started when first needed has not been needed.
   */
  readonly backendUrl: string | undefined;
  readonly embeddedBackend: boolean;
  /** sha256 of the catalog file, and where things derived from it are kept: the local NLU's model is kept there too. */
  readonly catalogSha256: string;
  readonly cache: DerivedFileCache | undefined;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  catalogPath?: string | undefined;
  /** A prebuilt index of the catalog, instead of the configured VOICECART_INDEX. */
  indexPath?: string | undefined;
  /** false: keep nothing derived from the catalog between starts (Lambda's disk is read-only). */
  cache?: boolean;
  historyPath?: string | undefined;
  /** A directory of sound-alike lists, instead of the configured VOICECART_ASR_DIR. */
  soundAlikesDir?: string | undefined;
  /** A SQLite file for shoppers' state, instead of the configured store. */
  sqlitePath?: string | undefined;
  store?: ShopperStore;
  /** Port for the embedded reference backend (0: any free port). */
  backendPort?: number;
  /**
   * Start the embedded reference backend at the first call to it rather than now: a door whose
   * shopper may never check out (chat) answers sooner, and one that does waits for it then.
   */
  backendWhenNeeded?: boolean;
  /** Lambda has no embedded backend: the store's own must be configured. */
  embedBackend?: boolean;
  logger?: Logger;
  now?: () => Date;
}

/**
 * How long a shopper's past orders, fetched for one turn, serve the next ones: every turn that
 * resolves a product weighs them, and fetching them each time was a round trip to the store
 * backend per turn. An order placed or cancelled through the skill is heard of at once, one placed
 * in the store's own app within this long.
 */
const ORDERS_FRESH_FOR_MS = 120_000;

/**
 * Builds everything the skill needs from the configuration. Every door (server, chat, Lambda)
 * goes through here, so they differ only in how requests arrive.
 */
export async function assembleServices(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  // Imported only when needed: the Lambda brings a logger of its own and its bundle then never loads pino.
  const logger = options.logger ?? (await import('./logger.ts')).createLogger(config.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  const catalogPath = options.catalogPath ?? config.VOICECART_CATALOG;
  const cache = options.cache === false || config.VOICECART_CACHE_DIR === 'off' ? undefined : new DerivedFileCache(config.VOICECART_CACHE_DIR);
  const { catalog, index, catalogSha256 } = openCatalog(catalogPath, {
    indexPath: options.indexPath ?? config.VOICECART_INDEX,
    cache,
    notice: (line) => logger.warn({ catalog: catalogPath }, line),
  });
  const soundAlikesDir = options.soundAlikesDir ?? config.VOICECART_ASR_DIR;
  const resolver = Resolver.fromIndex(catalog, index, {
    soundAlikes: soundAlikesDir === undefined ? undefined : loadSoundAlikesDir(soundAlikesDir),
    resolution: config.VOICECART_RESOLUTION === undefined ? undefined : loadResolutionConfig(config.VOICECART_RESOLUTION),
  });
  // Every file is read before anything is opened or started: a bad path then stops with its error, and nothing is left running.
  const historyPath = options.historyPath ?? config.VOICECART_HISTORY;
  const fileHistory = historyPath === undefined ? undefined : loadHistoryFile(historyPath);
  if (config.VOICECART_BACKEND_URL === undefined && options.embedBackend === false) {
    throw new Error('VOICECART_BACKEND_URL is required: set it to the store backend');
  }
  const store = options.store ?? (options.sqlitePath === undefined ? await openShopperStore(config) : await openSqliteStore(options.sqlitePath));

  let backendUrl: string | undefined = config.VOICECART_BACKEND_URL;
  let closeBackend = async (): Promise<void> => {};
  let client: BackendClient;
  if (backendUrl !== undefined) {
    client = createBackendClient({ baseUrl: backendUrl, ordersFreshForMs: ORDERS_FRESH_FOR_MS });
  } else {
    const backendDb = config.VOICECART_BACKEND_DB;
    // Imported here so a Lambda bundle, which never embeds the backend, never loads its SQLite.
    const start = async (): Promise<RunningBackend> =>
      (await import('../backend/server.ts')).startBackend({
        catalog,
        dbPath: backendDb,
        port: options.backendPort ?? config.VOICECART_BACKEND_PORT,
        policy: { seller: config.VOICECART_SELLER },
        logger,
      });
    if (options.backendWhenNeeded === true) {
      let started: Promise<RunningBackend> | undefined;
      const running = (): Promise<RunningBackend> =>
        (started ??= start().then(
          (backend) => {
            backendUrl = backend.url;
            return backend;
          },
          (error: unknown) => {
            logger.error({ err: String(error), db: backendDb }, 'the reference backend did not start');
            throw error;
          },
        ));
      client = createBackendClient({ baseUrl: async () => (await running()).url, ordersFreshForMs: ORDERS_FRESH_FOR_MS });
      closeBackend = async () => {
        if (started !== undefined) await (await started.catch(() => undefined))?.close();
      };
    } else {
      let backend: RunningBackend;
      try {
        backend = await start();
      } catch (error) {
        if (options.store === undefined) await store.close();
        throw error;
      }
      backendUrl = backend.url;
      closeBackend = () => backend.close();
      client = createBackendClient({ baseUrl: backend.url, ordersFreshForMs: ORDERS_FRESH_FOR_MS });
    }
  }
  const fromBackend = historyFromBackend(client);
  const history = fileHistory === undefined ? fromBackend : historyFromEither(historyFromFile(fileHistory), fromBackend);

  const services: SkillServices = {
    seller: config.VOICECART_SELLER,
    invocationName: config.VOICECART_INVOCATION,
    catalog,
    resolver,
    store,
    history,
    checkout: createCheckoutService(client, now),
    now,
    logger,
  };
  return {
    services,
    get backendUrl() {
      return backendUrl;
    },
    embeddedBackend: config.VOICECART_BACKEND_URL === undefined,
    catalogSha256,
    cache,
    async close() {
      await closeBackend();
      if (options.store === undefined) await store.close();
    },
  };
}
