import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useCallback, useId, useState, type ReactNode } from 'react';

/** Thrown by a form's submit when the user declined a confirmation: FormShell then shows neither error nor success. */
export class ActionCancelled extends Error {
  constructor() {
    super('Action annulée.');
  }
}

interface Ask {
  title: string;
  body: ReactNode;
  confirmLabel: string;
}

/**
 * A confirmation asked before an action that cannot simply be undone (closing a membership, a setting that
 * rewrites published figures): `await confirm({...})` is true when the user confirms. Render `dialog`.
 */
export function useConfirm() {
  const id = useId();
  const [asked, setAsked] = useState<(Ask & { resolve: (ok: boolean) => void }) | null>(null);
  const confirm = useCallback((ask: Ask) => new Promise<boolean>((resolve) => setAsked({ ...ask, resolve })), []);
  const answer = (ok: boolean) => {
    asked?.resolve(ok);
    setAsked(null);
  };
  const dialog = (
    <Dialog open={!!asked} onClose={() => answer(false)} aria-labelledby={id} maxWidth="sm" fullWidth>
      <DialogTitle id={id}>{asked?.title}</DialogTitle>
      <DialogContent>{asked?.body}</DialogContent>
      <DialogActions>
        <Button onClick={() => answer(false)}>Annuler</Button>
        <Button variant="contained" color="warning" onClick={() => answer(true)}>
          {asked?.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return { confirm, dialog };
}
