await import('./dense.mjs')
const top = [...globalThis.CT].sort((a, b) => b[1] - a[1])
console.log('total tries', top.reduce((n, [, v]) => n + v, 0), 'classes', top.filter(([k]) => k.startsWith('C')).reduce((n, [, v]) => n + v, 0))
console.log(top.slice(0, 30).map(([k, v]) => k + ' ' + v).join('\n'))
