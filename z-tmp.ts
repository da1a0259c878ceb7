import { projectCreateInputSchema } from './shared/contract';
for (const inp of [{title:''},{title:'a'.repeat(201)},{title:'x',crowdCapBp:20000},{title:'x',crowdCapBp:-1},{title:'x',currency:'EU'},{title:'x',crowdCapBp:5.5}, {title:'x', format:'zzz'}]) {
  const r = projectCreateInputSchema.safeParse(inp);
  console.log(JSON.stringify(r.error?.issues.map(i=>[i.path,i.message])));
}
