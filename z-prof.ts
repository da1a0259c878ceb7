import BetterSqlite3 from 'better-sqlite3';
import { migration0001 } from './electron/core/db/migrations/0001_initial';
import { migration0002 } from './electron/core/db/migrations/0002_contributor_search';
function run(label: string, sql2: string) {
  const db = new BetterSqlite3(':memory:');
  db.exec(migration0001.sql); if (sql2) db.exec(sql2);
  const ins = db.prepare(`INSERT INTO contributors (display_name, first_name, last_name, email, postal_code, city, country_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`);
  const t = performance.now();
  db.transaction(() => { for (let i = 0; i < 50000; i++) ins.run(`Hélène Dupont${i%977}`, 'Hélène', 'Dupont', `h.d${i}@example.fr`, '75011', 'Évry', 'FR', 'x', 'x'); })();
  console.log(label, ((performance.now() - t)).toFixed(0), 'ms for 50k');
}
run('0001 only', '');
run('0002 full', migration0002.sql);
const noFts = migration0002.sql.replace(/CREATE VIRTUAL TABLE[\s\S]*?\);\n/, '').replace(/INSERT INTO contributor_search[\s\S]*?;\n/, '').replace(/CREATE TRIGGER contributors_search[\s\S]*?END;\n/g, '');
run('0002 no fts', noFts);
const fts12 = migration0002.sql.replace("prefix = '1 2 3'", "prefix = '2'");
run('0002 prefix 2', fts12);
const fts0 = migration0002.sql.replace(",\n  prefix = '1 2 3'", "");
run('0002 no prefix', fts0);
