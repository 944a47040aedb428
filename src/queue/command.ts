// `safepost worker`: one consumer of a Redis Streams group. Run as many as
// you like, on any number of machines, with the same --stream and --group.
// SIGTERM (or Ctrl-C): finish the posts in hand, write and acknowledge them, exit.
import {hostname} from 'node:os'
import {UsageError} from '../cli/usage-error.js'
import {createCheckPool} from '../pool/check-pool.js'
import {parseCommand, poolOptions, poolSettings, presetOption, wholeNumber} from '../pool/command-options.js'
import {openRedisStreams} from './redis-streams.js'
import {runWorker} from './worker-loop.js'

const usage = `Usage: $0 worker [options]

Check the posts of a Redis stream as one consumer of a group: {id, text, format?, region?} entries in,
one report per post out (high and urgent ones to the urgent stream too), acknowledged once written.
The Redis URL may come from SAFEPOST_REDIS_URL instead of --redis (keep passwords off the command line).`

const options = {
  redis: {type: 'string', requiresArg: true, describe: 'Redis URL (default: SAFEPOST_REDIS_URL, else redis://127.0.0.1:6379)'},
  stream: {type: 'string', requiresArg: true, default: 'posts', describe: 'Stream to read posts from'},
  group: {type: 'string', requiresArg: true, default: 'safepost', describe: 'Consumer group shared by every worker'},
  consumer: {type: 'string', requiresArg: true, describe: 'This worker\'s name in the group (default: host name and process id)'},
  out: {type: 'string', requiresArg: true, default: 'reports', describe: 'Stream every report goes to'},
  urgent: {type: 'string', requiresArg: true, default: 'reports:urgent', describe: 'Stream high and urgent reports also go to'},
  dead: {type: 'string', requiresArg: true, describe: 'Dead-letter stream (default: <stream>:dead)'},
  'claim-idle': {type: 'number', requiresArg: true, default: 60, describe: 'Seconds a post may sit with a silent worker before another takes it over'},
  'max-attempts': {type: 'number', requiresArg: true, default: 5, describe: 'Attempts before a post goes to the dead-letter stream'},
  batch: {type: 'number', requiresArg: true, default: 32, describe: 'Posts taken from the stream at a time'},
  preset: presetOption('moderator'),
  ...poolOptions
} as const

export async function workerCommand(argv: string[]): Promise<number> {
  const parsed = await parseCommand(argv, usage, options)
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text + '\n')
    return 0
  }
  const {args} = parsed
  const claimIdle = args['claim-idle']
  if (typeof claimIdle !== 'number' || !(claimIdle > 0)) throw new UsageError(`--claim-idle needs a number of seconds above 0, not "${String(claimIdle)}"`)
  const stream = args['stream'] as string
  const settings = {
    ...poolSettings(args),
    maxAttempts: wholeNumber(args, 'max-attempts', 1),
    batch: wholeNumber(args, 'batch', 1)
  }
  const redis = {
    url: (args['redis'] as string | undefined) ?? process.env['SAFEPOST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    stream,
    group: args['group'] as string,
    consumer: (args['consumer'] as string | undefined) ?? `${hostname()}-${process.pid}`,
    out: args['out'] as string,
    urgent: args['urgent'] as string,
    dead: (args['dead'] as string | undefined) ?? `${stream}:dead`,
    claimIdleMs: Math.round(claimIdle * 1000)
  }
  const log = (line: string) => process.stderr.write(`safepost worker ${redis.consumer}: ${line}\n`)

  let stopping = false
  let open = false
  const stop = () => {
    // Still waiting for Redis: nothing is in hand, so nothing to finish.
    if (!open) process.exit(0)
    if (!stopping) log('stopping: finishing the posts in hand')
    stopping = true
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  // The loop hands the pool one post per thread at a time (worker-loop.ts).
  const pool = createCheckPool({threads: settings.threads, maxQueue: settings.threads})
  await pool.warm()
  const queue = await openRedisStreams(redis, log)
  open = true
  log(`reading ${redis.stream} as group ${redis.group} with ${settings.threads} threads; reports to ${redis.out}, high and urgent also to ${redis.urgent}, dead letters to ${redis.dead}`)
  try {
    await runWorker(queue, pool, settings, () => stopping, log)
  } finally {
    await queue.close()
    await pool.close()
    process.off('SIGTERM', stop)
    process.off('SIGINT', stop)
  }
  log('stopped')
  return 0
}
