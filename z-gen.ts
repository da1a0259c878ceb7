import fs from 'node:fs';
import { generateWorkspace } from './bench/lib/generateWorkspace';
const g = await generateWorkspace(250_000);
console.log('generated', g.seconds.toFixed(1), 's', g.contributions, 'contributions', (fs.statSync(g.file).size/1e6).toFixed(0),'MB');
await g.ws.close();
fs.copyFileSync(g.file, '/tmp/bench250k.copro');
