// The HTTP API of `safepost serve` (docs/openapi.yaml): fastify, with every
// post checked on the pool by the library's `check`. No post text is ever
// logged: requests are logged by route pattern, errors by type and code.
import Fastify, {LogController, type FastifyError, type FastifyInstance} from 'fastify'
import {CheckTimeoutError, PoolFullError, type CheckPool} from '../pool/check-pool.js'
import type {PoolSettings} from '../pool/command-options.js'
import {addCheckRoutes} from './check-routes.js'
import {createMetrics} from './metrics.js'
import {authorised} from './token.js'

export interface ServeSettings extends PoolSettings {
  /** Requests must carry `Authorization: Bearer <token>` (the health routes excepted). */
  token: string | undefined
  /** Seconds a client is asked to wait (Retry-After) when the queue is full. */
  retryAfter: number
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number
}

export interface Server {
  app: FastifyInstance
  /** Ready once the threads are warm. */
  setReady(ready: boolean): void
  /** Shutting down: not ready, and connections close after their answers. */
  drain(): void
}

const openRoutes = new Set(['/healthz', '/readyz'])

/** An error as logged: its kind, never its message or stack, which can quote a post. */
function errorWithoutText(error: FastifyError): {type: string, message: string, stack: string, statusCode?: number} {
  return {type: error.name, message: error.code ?? error.name, stack: '', ...(error.statusCode ? {statusCode: error.statusCode} : {})}
}

export function buildServer(pool: CheckPool, settings: ServeSettings, logLevel: string): Server {
  const app = Fastify({
    bodyLimit: settings.maxBytes,
    // a whole request, a streamed batch included, must arrive within this (slow senders hold no socket for ever)
    requestTimeout: settings.requestTimeoutMs,
    // fastify's own request lines carry the URL; ours (onResponse) carry the route pattern
    logController: new LogController({disableRequestLogging: true}),
    // an id of "0042" stays a string and 42 a number: no coercion between them
    ajv: {customOptions: {coerceTypes: false}},
    logger: {level: logLevel, serializers: {err: errorWithoutText}}
  })
  const metrics = createMetrics(pool)
  let ready = false
  let draining = false

  app.addHook('onRequest', async (request, reply) => {
    if (settings.token === undefined || openRoutes.has(request.routeOptions.url ?? '')) return
    if (!authorised(request.headers.authorization, settings.token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({error: 'unauthorised', message: 'a bearer token is required'})
    }
  })
  // While shutting down, each answer closes its connection, so an idle keep-alive one cannot hold the exit.
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close')
  })
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    metrics.request(route, request.method, reply.statusCode, reply.elapsedTime / 1000)
    request.log.info({method: request.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime)}, 'answered')
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof PoolFullError) {
      return reply.code(503).header('retry-after', String(settings.retryAfter)).send({error: 'busy', message: 'every thread is busy and the queue is full: retry later'})
    }
    if (error instanceof CheckTimeoutError) return reply.code(504).send({error: 'timeout', message: `the post was not checked within ${settings.timeoutMs} ms`})
    if (error.validation) return reply.code(400).send({error: 'invalid', message: error.message})
    const status = error.statusCode ?? 500
    if (status === 413) return reply.code(413).send({error: 'too large', message: `the body is larger than ${settings.maxBytes} bytes`})
    // fastify's own messages are fixed; any other parser's could quote the body.
    if (status >= 400 && status < 500) return reply.code(status).send({error: 'bad request', message: error.code?.startsWith('FST_') ? error.message : 'the request could not be read'})
    request.log.error({err: error}, 'request failed')
    return reply.code(500).send({error: 'internal', message: 'the post could not be checked'})
  })

  app.get('/healthz', async () => ({status: 'ok'}))
  app.get('/readyz', async (_request, reply) => ready ? {status: 'ready'} : reply.code(503).send({status: 'not ready'}))
  app.get('/metrics', async (_request, reply) => {
    reply.type(metrics.registry.contentType)
    return metrics.registry.metrics()
  })
  addCheckRoutes(app, pool, settings, metrics)

  return {
    app,
    setReady(value) {
      ready = value
    },
    drain() {
      ready = false
      draining = true
    }
  }
}
