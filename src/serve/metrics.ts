// /metrics: what Prometheus scrapes. A registry of our own (not prom-client's
// global one), so two servers in one process never share counts.
import {collectDefaultMetrics, Counter, Gauge, Histogram, Registry} from 'prom-client'
import type {CheckPool} from '../pool/check-pool.js'
import type {Priority} from '../types.js'

export interface ServeMetrics {
  registry: Registry
  request(route: string, method: string, status: number, seconds: number): void
  post(priority: Priority): void
}

export function createMetrics(pool: CheckPool): ServeMetrics {
  const registry = new Registry()
  collectDefaultMetrics({register: registry, prefix: 'safepost_'})
  const requests = new Counter({name: 'safepost_http_requests_total', help: 'HTTP requests answered, by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry]})
  const latency = new Histogram({
    name: 'safepost_http_request_duration_seconds',
    help: 'Time from request to answer, by route',
    labelNames: ['route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry]
  })
  const posts = new Counter({name: 'safepost_posts_checked_total', help: 'Posts checked, by review priority', labelNames: ['priority'], registers: [registry]})
  new Gauge({name: 'safepost_pool_queue_depth', help: 'Posts waiting for a free thread', registers: [registry], collect() {
    this.set(pool.queued)
  }})
  new Gauge({name: 'safepost_pool_threads', help: 'Threads checking posts', registers: [registry], collect() {
    this.set(pool.threads)
  }})
  return {
    registry,
    request(route, method, status, seconds) {
      requests.inc({route, method, status: String(status)})
      latency.observe({route}, seconds)
    },
    post(priority) {
      posts.inc({priority})
    }
  }
}
