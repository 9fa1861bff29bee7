import type { EntityManager } from 'typeorm';
import type { Database } from './database';

export interface SlicedWrite<T> {
  items: readonly T[];
  /** Items per slice (PGlite only). */
  size: number;
  write(em: EntityManager, slice: readonly T[]): Promise<void>;
  /** Removes what earlier slices wrote, when a later one fails (PGlite only). */
  undo(em: EntityManager, written: readonly T[]): Promise<void>;
  /** Runs last, in the same transaction as the last slice on PostgreSQL (e.g. the audit entry). */
  finish(em: EntityManager): Promise<void>;
}

/**
 * A long write (an import of thousands of rows). On PostgreSQL it is one transaction: other sessions are
 * not blocked by it. On PGlite a transaction holds the only session, and thousands of rows take seconds
 * there; so each slice commits on its own and other requests get the session in between. If a slice
 * fails, the slices already written are removed: the file is still all or nothing, though a reader may
 * glimpse part of it for those seconds, and a crash of the process mid-way leaves the slices written
 * (an import idempotent on its keys completes them when the same file is imported again).
 */
export async function writeInSlices<T>(db: Database, w: SlicedWrite<T>): Promise<void> {
  if (db.config.kind === 'postgres') {
    await db.transaction(async (em) => {
      await w.write(em, w.items);
      await w.finish(em);
    });
    return;
  }
  let done = 0;
  try {
    while (done < w.items.length) {
      const slice = w.items.slice(done, done + w.size);
      await db.transaction((em) => w.write(em, slice));
      done += slice.length;
      await nextTurn();
    }
    await db.transaction((em) => w.finish(em));
  } catch (e) {
    if (done) await db.transaction((em) => w.undo(em, w.items.slice(0, done)));
    throw e;
  }
}

/**
 * PGlite runs in this thread and answers through promises only: slice after slice would never leave the
 * microtask queue, so the other requests would not even be read from their sockets. A turn of the event
 * loop between slices lets them in (and queue on the lock before the next slice).
 */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
