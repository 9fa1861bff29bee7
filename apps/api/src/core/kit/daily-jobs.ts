import type { CoreServices, DirectorateModule } from '../module';

/**
 * Work the law does by itself with time (e.g. a tacit decision acquired once its day is over). Each job is
 * idempotent and bounded; it runs in the API process at start-up (catch-up after a stop) and then every hour,
 * so a day's change is recorded within the hour after midnight.
 */
export interface DailyJob {
  name: string;
  /** Returns how many records it changed. */
  run(core: CoreServices): Promise<number>;
}

const HOUR = 3_600_000;

export function startDailyJobs(
  modules: readonly DirectorateModule[],
  core: CoreServices,
  options: { timer: boolean },
): { runNow(): Promise<Record<string, number>>; stop(): void } {
  const jobs = modules.flatMap((m) => m.dailyJobs ?? []);
  let running: Promise<Record<string, number>> | null = null;
  const runNow = () => {
    // one run at a time: a slow run is not overlapped by the next tick
    running ??= (async () => {
      const done: Record<string, number> = {};
      for (const job of jobs) done[job.name] = await job.run(core);
      return done;
    })().finally(() => (running = null));
    return running;
  };
  const safeRun = () =>
    runNow().catch((e: unknown) => console.error('[api] tâche quotidienne en échec, reprise à la prochaine heure', e));
  let timer: NodeJS.Timeout | null = null;
  if (options.timer && jobs.length) {
    void safeRun();
    timer = setInterval(() => void safeRun(), HOUR);
    timer.unref();
  }
  return {
    runNow,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
