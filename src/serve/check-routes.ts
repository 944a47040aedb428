// POST /v1/check (one post, JSON) and POST /v1/batch (NDJSON in, NDJSON out,
// in input order, streamed: a batch of any length holds a bounded number of posts).
import {Readable} from 'node:stream'
import type {FastifyInstance} from 'fastify'
import {readBatch} from '../cli/batch.js'
import {checkInOrder} from '../cli/batch-run.js'
import type {PostChecker} from '../cli/workers.js'
import {PoolFullError, type CheckPool} from '../pool/check-pool.js'
import type {CheckOptions, InputFormat, PresetName} from '../types.js'
import type {ServeSettings} from './app.js'
import {limitLines} from './line-limit.js'
import type {ServeMetrics} from './metrics.js'

const formats: InputFormat[] = ['text', 'markdown', 'mdx', 'html']
const presets: PresetName[] = ['writer', 'moderator', 'ci']

/** How to read the posts: in the body of /v1/check, in the query of /v1/batch. */
const settingsSchema = {
  format: {type: 'string', enum: formats},
  preset: {type: 'string', enum: presets},
  region: {type: 'string', minLength: 1, maxLength: 16}
} as const

interface PostSettings {
  format?: InputFormat
  preset?: PresetName
  region?: string
}

interface CheckBody extends PostSettings {
  text: string
  id?: string | number
}

export function addCheckRoutes(app: FastifyInstance, pool: CheckPool, settings: ServeSettings, metrics: ServeMetrics): void {
  const optionsFor = (asked: PostSettings): CheckOptions => ({
    ...settings.defaults,
    ...(asked.preset ? {preset: asked.preset} : {}),
    ...(asked.region ? {region: asked.region.toUpperCase()} : {}),
    format: asked.format ?? 'text'
  })

  app.post<{Body: CheckBody}>('/v1/check', {
    schema: {body: {type: 'object', required: ['text'], properties: {text: {type: 'string'}, id: {anyOf: [{type: 'string'}, {type: 'number'}]}, ...settingsSchema}}}
  }, async (request) => {
    const {text, id} = request.body
    const report = await pool.check(text, optionsFor(request.body), settings.timeoutMs)
    metrics.post(report.priority)
    return {id: id ?? null, priority: report.priority, messages: report.messages}
  })

  // The body stays a stream: lines are read as they arrive (line-limit.ts bounds each one).
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl'], (_request, payload, done) => done(null, payload))
  app.post<{Querystring: PostSettings, Body: Readable}>('/v1/batch', {
    schema: {querystring: {type: 'object', properties: settingsSchema}}
  }, async (request, reply) => {
    if (pool.full) throw new PoolFullError()
    const options = optionsFor(request.query)
    // A batch waits for room in the queue rather than failing half way through.
    const checker: PostChecker = {check: (text) => pool.checkWhenRoom(text, options, settings.timeoutMs), close: async () => {}}
    const input = limitLines(request.body, settings.maxBytes)
    async function* answers(): AsyncGenerator<string> {
      for await (const result of checkInOrder(readBatch(input), checker, {window: 4 * pool.threads})) {
        const {item} = result
        if ('report' in result) {
          metrics.post(result.report.priority)
          yield JSON.stringify({id: item.id, priority: result.report.priority, messages: result.report.messages}) + '\n'
        } else {
          const error = 'failure' in result ? `line ${item.line}: could not be checked (${(result.failure as Error).message})` : (item as {error: string}).error
          yield JSON.stringify({id: item.id, line: item.line, priority: 'none', messages: [], error}) + '\n'
        }
      }
      if (input.tooLong) yield JSON.stringify({error: `a line is longer than ${settings.maxBytes} bytes: the batch stops there`}) + '\n'
    }
    reply.type('application/x-ndjson')
    return reply.send(Readable.from(answers()))
  })
}
