import BetterSqlite3 from 'better-sqlite3';
import { migration0001 } from './electron/core/db/migrations/0001_initial';
import { migration0002 } from './electron/core/db/migrations/0002_contributor_search';
const stmts = migration0002.sql.split(/;\n(?=\n|[A-Z])/).map(s=>s.trim()).filter(Boolean);
// group triggers correctly: split breaks on ';\n' inside triggers; rejoin trigger bodies
const parts: string[] = []; let cur='';
for (const s of migration0002.sql.split('\n')) { cur += s + '\n'; if (/;\s*$/.test(s) && (!/CREATE TRIGGER/.test(cur) || /END;\s*$/.test(s))) { parts.push(cur.trim()); cur=''; } }
function run(label: string, skip: (p: string) => boolean) {
  const db = new BetterSqlite3(':memory:');
  db.exec(migration0001.sql); for (const p of parts) if (!skip(p)) db.exec(p);
  const ins = db.prepare(`INSERT INTO contributors (display_name, first_name, last_name, email, postal_code, city, country_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`);
  const t = performance.now();
  db.transaction(() => { for (let i = 0; i < 50000; i++) ins.run(`Helene Dupont${i%977}`, 'Helene', 'Dupont', `h.d${i}@example.fr`, '75011', 'Paris', 'FR', 'x', 'x'); })();
  console.log(label.padEnd(30), ((performance.now() - t)).toFixed(0), 'ms for 50k');
}
console.log(parts.length, 'parts');
run('all', () => false);
run('no fts', p => /contributor_search/.test(p));
run('no sort_name idx', p => /sort_name\)|sort_name\b.*WHERE/.test(p) && /CREATE INDEX/.test(p));
run('no partial idx', p => /CREATE INDEX contributors_live/.test(p));
run('no generated', p => /GENERATED|contributors_live_sort|contributors_live_country/.test(p));
run('nothing', p => true);
