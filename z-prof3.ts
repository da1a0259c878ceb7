import BetterSqlite3 from 'better-sqlite3';
import { migration0001 } from './electron/core/db/migrations/0001_initial';
import { migration0002 } from './electron/core/db/migrations/0002_contributor_search';
function run(label: string, sql2: string, name: (i: number) => string) {
  const db = new BetterSqlite3(':memory:');
  db.exec(migration0001.sql); if (sql2) db.exec(sql2);
  const ins = db.prepare(`INSERT INTO contributors (display_name, first_name, last_name, email, postal_code, city, country_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`);
  const t = performance.now();
  db.transaction(() => { for (let i = 0; i < 50000; i++) ins.run(name(i), 'Hélène', 'Dupont', `h.d${i}@example.fr`, '75011', i%2? 'Évry':'Paris', 'FR', 'x', 'x'); })();
  console.log(label, ((performance.now() - t)).toFixed(0), 'ms for 50k');
  return db;
}
for (let k=0;k<2;k++){
run('0001 only', '', i=>`Helene Dupont${i%977}`);
run('0002 ascii', migration0002.sql, i=>`Helene Dupont${i%977}`);
const db = run('0002 accents', migration0002.sql, i=>`Hélène Dupont${i%977}`);
if (k==0) console.log(db.prepare('select sort_name, sort_city from contributors limit 2').all());
}
