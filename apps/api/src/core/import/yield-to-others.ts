/**
 * Long work in the API process (reading and checking a file of thousands of rows) runs in slices of a few
 * milliseconds: between two slices the event loop serves the other users' requests. Call the returned
 * function often; it only yields once its time slice is spent.
 */
export function timeSlicer(sliceMs = 8): () => Promise<void> | void {
  let since = Date.now();
  return () => {
    if (Date.now() - since < sliceMs) return;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        since = Date.now();
        resolve();
      }),
    );
  };
}
