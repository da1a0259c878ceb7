import BetterSqlite3 from 'better-sqlite3';
function fts(label: string, opts: string) {
  const db = new BetterSqlite3(':memory:');
  db.exec(`CREATE VIRTUAL TABLE s USING fts5(name, email, place ${opts})`);
  const ins = db.prepare(`INSERT INTO s (rowid, name, email, place) VALUES (?,?,?,?)`);
  const t = performance.now();
  db.transaction(() => { for (let i = 1; i <= 50000; i++) ins.run(i, `Hélène Dupont${i%977} Hélène Dupont`, `h.d${i}@example.fr`, '75011 Évry'); })();
  console.log(label, ((performance.now() - t)).toFixed(0), 'ms for 50k');
}
fts('plain', '');
fts('plain unicode61 rd2', `, tokenize='unicode61 remove_diacritics 2'`);
fts('contentless', `, content=''`);
fts('contentless_delete', `, content='', contentless_delete=1`);
fts('cd + prefix 123', `, content='', contentless_delete=1, prefix='1 2 3'`);
fts('cd + prefix 2', `, content='', contentless_delete=1, prefix='2'`);
fts('cd + prefix 123 + rd2', `, content='', contentless_delete=1, prefix='1 2 3', tokenize='unicode61 remove_diacritics 2'`);
const fold = (await import('./electron/core/db/migrations/0002_contributor_search')).migration0002.sql.match(/sort_name TEXT GENERATED ALWAYS AS \((.*)\) VIRTUAL/)![1]!;
const db = new BetterSqlite3(':memory:');
const st = db.prepare(`SELECT ${fold.replaceAll('display_name','?')} AS f`);
let t = performance.now(); for (let i=0;i<50000;i++) st.get(`Hélène Dupont${i}`); console.log('fold x50k', (performance.now()-t).toFixed(0));
const st2 = db.prepare(`SELECT lower(?) AS f`);
t = performance.now(); for (let i=0;i<50000;i++) st2.get(`Hélène Dupont${i}`); console.log('lower x50k', (performance.now()-t).toFixed(0));
