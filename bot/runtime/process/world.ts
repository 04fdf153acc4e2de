import type { Geography } from '../../../shared/model/geography';
import { prepareCatalog, type BotCatalog } from '../../conversation';
import type { RequestQueuePort } from '../ports';

/** What the engine reads about the world: the catalog (indexed once per published rev) and the geography. */
export interface World {
  catalog: BotCatalog;
  geography: Geography;
}

export function createWorldLoader(queue: RequestQueuePort): () => Promise<World> {
  let prepared: BotCatalog | undefined;
  return async () => {
    const catalog = await queue.catalog();
    // A published rev never changes, so its index is built once.
    if (prepared?.rev !== catalog.rev) prepared = prepareCatalog(catalog);
    return { catalog: prepared, geography: queue.geography() };
  };
}
