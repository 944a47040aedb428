const fs=require("fs");const d=process.argv[2];const f=fs.readdirSync(d).sort().pop();const p=JSON.parse(fs.readFileSync(d+"/"+f));
const self=new Map();const dt=p.timeDeltas;
const cnt=new Map();p.samples.forEach((s,i)=>cnt.set(s,(cnt.get(s)||0)+(dt[i]||0)));
let total=0;for(const n of p.nodes){const k=n.callFrame.functionName+" "+n.callFrame.url.split("/").slice(-2).join("/")+":"+n.callFrame.lineNumber;const v=cnt.get(n.id)||0;total+=v;self.set(k,(self.get(k)||0)+v)}
console.log("total ms",(total/1000).toFixed(0));
[...self].sort((a,b)=>b[1]-a[1]).slice(0,+process.argv[3]||25).forEach(([k,v])=>console.log((v/1000).toFixed(0).padStart(6),(100*v/total).toFixed(1).padStart(5)+"%",k))
