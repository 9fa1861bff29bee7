// Users at ten times the CALL's staff (240 agents → 2,400 accounts), cloned from the demo logins so they can sign in
// with the demo password; the referentials (communes, memberships) come from the API's own seed.
export default {
  name: 'core',
  order: 0,
  tables: ['app_user'],
  async generate(c, { scale }) {
    const n = Math.max(10, Math.round(2400 * scale));
    // agents spread over the directorates as the demo's agents are; a few directors per directorate
    await c.query(
      `INSERT INTO app_user (login, display_name, password_hash, role, directorates, active, created_at)
       SELECT 'bench.' || g, 'Agent ' || g, a.password_hash,
              CASE WHEN g % 40 = 0 THEN 'DIRECTOR' ELSE 'AGENT' END, a.directorates, g % 50 <> 0,
              now() - (g % 3650) * INTERVAL '1 day'
       FROM generate_series(1, $1) g
       JOIN LATERAL (SELECT password_hash, directorates FROM app_user WHERE role = 'AGENT'
                     ORDER BY login OFFSET (g % (SELECT count(*) FROM app_user WHERE role = 'AGENT')) LIMIT 1) a ON true`,
      [n],
    );
    return { app_user: (await c.query('SELECT count(*) FROM app_user')).rows[0].count };
  },
};
