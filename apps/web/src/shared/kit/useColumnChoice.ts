import { createContext, useCallback, useContext, useState } from 'react';

/** Whose column choices are read and written: the signed-in user (set by the layout). */
export const ColumnPrefsUser = createContext<string>('anonyme');

const storageKey = (user: string, table: string) => `call.colonnes.${user}.${table}`;

function readHidden(key: string, defaults: readonly string[]): string[] {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [...defaults];
  } catch {
    return [...defaults];
  }
}

/** The columns a user hid in a table, remembered in this browser per user and per table. */
export function useColumnChoice(table: string, hiddenByDefault: readonly string[] = []) {
  const user = useContext(ColumnPrefsUser);
  const key = storageKey(user, table);
  const [state, setState] = useState(() => ({ key, hidden: readHidden(key, hiddenByDefault) }));
  // another user signed in on the same page: read that user's choice
  const hidden = state.key === key ? state.hidden : readHidden(key, hiddenByDefault);
  const toggle = useCallback(
    (column: string) => {
      const next = hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column];
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // a full or disabled storage only costs the memory of the choice
      }
      setState({ key, hidden: next });
    },
    [hidden, key],
  );
  return { hidden, toggle };
}
