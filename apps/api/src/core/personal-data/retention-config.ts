import { DEFAULT_RETENTION, retentionProblem, RETENTION_KINDS, type RetentionYears } from '@call/domain';

/** RETENTION_<KIND>_YEARS (RETENTION_ADS_YEARS, RETENTION_FOURRIERE_YEARS, RETENTION_AUDIT_YEARS) over the defaults. */
export function retentionFromEnv(env = process.env): RetentionYears {
  const r = { ...DEFAULT_RETENTION };
  for (const kind of Object.keys(RETENTION_KINDS) as (keyof RetentionYears)[]) {
    const raw = env[`RETENTION_${kind.toUpperCase()}_YEARS`];
    if (raw) r[kind] = Number(raw);
  }
  const problem = retentionProblem(r);
  if (problem) throw new Error(problem);
  return r;
}
