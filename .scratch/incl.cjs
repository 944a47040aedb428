const fs=require("fs");const d=process.argv[2];const f=fs.readdirSync(d).sort().pop();const p=JSON.parse(fs.readFileSync(d+"/"+f));
const byId=new Map(p.nodes.map(n=>[n.id,n]));const parent=new Map();for(const n of p.nodes)for(const c of n.children||[])parent.set(c,n.id);
const cnt=new Map();p.samples.forEach((s,i)=>cnt.set(s,(cnt.get(s)||0)+(p.timeDeltas[i]||0)));
const names=process.argv.slice(3);const incl=Object.fromEntries(names.map(n=>[n,0]));let total=0;
for(const [id,t] of cnt){total+=t;const seen=new Set();let cur=id;while(cur!==undefined){const fn=byId.get(cur).callFrame.functionName;if(names.includes(fn)&&!seen.has(fn)){seen.add(fn);incl[fn]+=t}cur=parent.get(cur)}}
console.log('total',(total/1000).toFixed(0));for(const n of names)console.log(n,(incl[n]/1000).toFixed(0))
