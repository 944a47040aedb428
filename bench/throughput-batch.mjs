// The rows of bench/throughput.mjs about batches and memory:
//  - `--batch - --format jsonl` with one worker and with two, through the real
//    command, on the tweet-sized posts (repeated to make a queue long enough
//    that the start is a small part of it), posts/s for the whole run, start
//    included. alex has no batch mode: its figure is its in-process rate on the
//    same posts (alex.text on each, one core), taken in the same run;
//  - peak resident memory of one process that checks the 5 MB Markdown corpus
//    file by file (safepost's checkSync, alex.markdown), the process's own
//    peak as the kernel counts it (getrusage maxrss).
import {spawnSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The posts as a JSON Lines queue of at least `atLeast` lines. */
function queueOf(posts, atLeast) {
  const lines = []
  for (let n = 0; lines.length < atLeast; n++) lines.push(JSON.stringify({id: `p${n}`, text: posts[n % posts.length]}))
  return lines.join('\n') + '\n'
}

function batchSeconds(root, queue, jobs) {
  const start = performance.now()
  const result = spawnSync('node', ['bin/safepost.js', '--batch', '-', '--format', 'jsonl', '--jobs', String(jobs)], {input: queue, cwd: root, maxBuffer: 1 << 30, env: {...process.env, NO_COLOR: '1'}})
  const seconds = (performance.now() - start) / 1000
  if (result.status === null || result.status > 1) throw new Error(`safepost --batch failed: ${result.stderr}`)
  return seconds
}

const memoryScripts = {
  safepost: (root) => `
    const {checkSync} = await import(${JSON.stringify(root + 'dist/src/index.js')})
    const {nodeModulesCorpus} = await import(${JSON.stringify(root + 'bench/corpora.mjs')})
    const {corpus} = nodeModulesCorpus(5e6)
    for (const f of corpus) checkSync(f.text, {format: 'markdown'})
    console.log(process.resourceUsage().maxRSS)`,
  alex: (root) => `
    const alex = await import('alex')
    const {nodeModulesCorpus} = await import(${JSON.stringify(root + 'bench/corpora.mjs')})
    const {corpus} = nodeModulesCorpus(5e6)
    for (const f of corpus) alex.markdown(f.text)
    console.log(process.resourceUsage().maxRSS)`
}

/** Peak RSS in MB of one process checking the 5 MB corpus. */
function peakMemory(root, which) {
  const result = spawnSync('node', ['--input-type=module', '-e', memoryScripts[which](root)], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`${which} memory run failed: ${result.stderr}`)
  return Number(result.stdout.trim()) / 1024
}

/**
 * Prints the batch and memory rows with `row` (throughput.mjs's printer).
 * `alexPostsPerSecond` is alex's in-process rate on `posts`, measured by the caller in the same run.
 */
export function batchAndMemoryRows({root, posts, alexPostsPerSecond, row, runs = 5, queueLength = 20_000}) {
  const queue = queueOf(posts, queueLength)
  const seconds = {1: [], 2: []}
  for (let r = 0; r < runs; r++) for (const jobs of [1, 2]) seconds[jobs].push(batchSeconds(root, queue, jobs))
  const memory = {safepost: [], alex: []}
  for (let r = 0; r < 3; r++) for (const which of ['safepost', 'alex']) memory[which].push(peakMemory(root, which))
  for (const jobs of [1, 2]) {
    const rate = queueLength / median(seconds[jobs])
    row(`batch CLI, ${jobs} worker${jobs > 1 ? 's' : ''} (${queueLength} posts)`, rate, alexPostsPerSecond, 'posts/s', rate / alexPostsPerSecond)
  }
  const ours = median(memory.safepost)
  const theirs = median(memory.alex)
  row('peak memory, 5 MB corpus', ours, theirs, 'MB', theirs / ours)
  console.log(`batch: the whole command on stdin, start included, median of ${runs}; alex has no batch mode, its figure is alex.text per post in this process (one core). memory: peak RSS of one process, median of 3 (safepost ${memory.safepost.map((m) => m.toFixed(0)).join(', ')} MB; alex ${memory.alex.map((m) => m.toFixed(0)).join(', ')} MB)`)
}
