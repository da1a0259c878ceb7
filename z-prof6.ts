import BetterSqlite3 from 'better-sqlite3';
import { migration0001 } from './electron/core/db/migrations/0001_initial';
import { migration0002 } from './electron/core/db/migrations/0002_contributor_search';
const parts: string[] = []; let cur='';
for (const s of migration0002.sql.split('\n')) { cur += s + '\n'; if (/;\s*$/.test(s) && (!/CREATE TRIGGER/.test(cur) || /END;\s*$/.test(s))) { parts.push(cur.trim()); cur=''; } }
function run(label: string, skip: (p: string) => boolean) {
const db = new BetterSqlite3(':memory:');
db.exec(migration0001.sql); for (const p of parts) if (!skip(p)) db.exec(p);
db.exec(`INSERT INTO projects (title, created_at, updated_at) VALUES ('p','x','x'); INSERT INTO campaigns (project_id,title,platform,currency,goal_cents,created_at,updated_at) VALUES (1,'c','ulule','EUR',1,'x','x')`);
const insC = db.prepare(`INSERT INTO contributors (display_name, first_name, last_name, email, postal_code, city, country_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`);
const insK = db.prepare(`INSERT INTO contributions (contributor_id, campaign_id, amount_cents, pledged_at, external_id, created_at, updated_at) VALUES (?,1,?,?,?,'x','x')`);
const N=30000;
db.transaction(() => { for (let i = 1; i <= N; i++) insC.run(`Hélène Dupont${(i*7919)%977}`, 'Hélène', 'Dupont', `h.d${i}@example.fr`, String(10000+(i*31)%80000), 'Évry', 'FR', 'x','x'); })();
const c0=process.cpuUsage(); const t0=performance.now();
db.transaction(() => { for (let i = 1; i <= N; i++) insK.run(i, 1000+i%50, `2024-01-${10+i%18}`, `e${i}`); })();
const cu=process.cpuUsage(c0); console.log(label.padEnd(25), (performance.now()-t0).toFixed(0), "ms wall", ((cu.user+cu.system)/1000).toFixed(0), "ms cpu");
}
run('all', () => false);
run('no stats trigger', p => /contributions_stats/.test(p));
run('no total/last idx', p => /contributors_live_total|contributors_live_last/.test(p));
run('no generated idx', p => /contributors_live_sort|contributors_live_country/.test(p));
run('no fts', p => /contributor_search/.test(p));
