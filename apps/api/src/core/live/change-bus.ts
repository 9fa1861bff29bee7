import type { DirectorateKey } from '@call/domain';
import type { PubSub } from 'type-graphql';

/** What one committed transaction touched. `tables` empty means "unknown: refresh everything" (after a feed outage). */
export interface Change {
  directorates: DirectorateKey[];
  tables: string[];
  at: string;
}

/** A subscriber's view of a change: the directorates it follows and may read, one event each. */
export type ChangeView<T> = (change: Change) => T[];

export const CHANGES_TOPIC = 'changes';
// a subscriber that does not read its events keeps only the latest ones: each event only says "refresh"
const MAX_PENDING = 100;

/**
 * The in-process bus: fed by the database's LISTEN (see change-feed.ts), so every API instance, and the embedded
 * database, hears the same committed changes; fanned out to each GraphQL subscription through its own view.
 * It is type-graphql's pubSub: `topicId` carries the subscriber's view.
 */
export class ChangeBus implements PubSub {
  private readonly subscribers = new Set<(change: Change) => void>();

  publish(_topic: string, ...args: unknown[]): void {
    const change = args[0] as Change;
    for (const deliver of this.subscribers) deliver(change);
  }

  get size(): number {
    return this.subscribers.size;
  }

  subscribe<T>(_topic: string, view?: unknown): AsyncIterableIterator<T> & { return(): Promise<IteratorResult<T>> } {
    const project = (view as ChangeView<T> | undefined) ?? ((c: Change) => [c as T]);
    const pending: T[] = [];
    let wake: ((r: IteratorResult<T>) => void) | null = null;
    let done = false;
    const deliver = (change: Change) => {
      for (const event of project(change)) {
        if (wake) {
          const w = wake;
          wake = null;
          w({ value: event, done: false });
        } else {
          pending.push(event);
          if (pending.length > MAX_PENDING) pending.shift();
        }
      }
    };
    this.subscribers.add(deliver);
    const finish = async (): Promise<IteratorResult<T>> => {
      done = true;
      this.subscribers.delete(deliver);
      pending.length = 0;
      if (wake) wake({ value: undefined, done: true });
      wake = null;
      return { value: undefined, done: true };
    };
    return {
      next: () =>
        pending.length
          ? Promise.resolve({ value: pending.shift()!, done: false })
          : done
            ? Promise.resolve({ value: undefined, done: true })
            : new Promise<IteratorResult<T>>((resolve) => (wake = resolve)),
      return: finish,
      throw: async (e: unknown) => {
        await finish();
        throw e;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
