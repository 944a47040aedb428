// `safepost serve` as a platform calls it: the real command on 127.0.0.1,
// spoken to over HTTP.
import fs from 'node:fs'
import path from 'node:path'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import {afterAll, afterEach, describe, expect, test} from 'vitest'
import YAML from 'yaml'
import {root, safepost} from '../cli/run.js'
import {removeTemporaryFolders, temporaryFolder} from '../temporary-folders.js'
import {startServer, type Service} from './services.js'

const running: Service[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop('SIGKILL')))
})

// One server with the defaults, and one with a small --max-bytes, for the tests that change nothing on them.
let defaults: Promise<Service & {url: string}> | undefined
let small: Promise<Service & {url: string}> | undefined
const shared = (args: string[]) => startServer(args)
const defaultServer = () => (defaults ??= shared([]))
const smallServer = () => (small ??= shared(['--max-bytes', '2000']))
afterAll(async () => {
  for (const started of [defaults, small]) if (started) await (await started).stop('SIGKILL')
  removeTemporaryFolders()
})

async function server(args: string[] = [], env: Record<string, string> = {}) {
  const started = await startServer(args, env)
  running.push(started)
  return started
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {method: 'POST', headers: {'content-type': 'application/json', ...headers}, body: typeof body === 'string' ? body : JSON.stringify(body)})
}

interface Answer {
  id: string | number | null
  priority: string
  messages: Array<{ruleId: string}>
}

async function answer(response: Response): Promise<Answer> {
  return await response.json() as Answer
}

/** Prose that takes the checker a while: a tenth of a second or more. */
const slowPost = 'We walked along the river after lunch and talked about the garden. '.repeat(1500)

describe('POST /v1/check', () => {
  test('a post from someone in crisis comes back high or urgent, with its id; a lookalike comes back clean', async () => {
    const {url} = await defaultServer()
    const crisis = await post(`${url}/v1/check`, {id: 'p1', text: 'I cannot do this anymore, I want to end it all tonight', preset: 'moderator'})
    expect(crisis.status).toBe(200)
    expect(await crisis.json()).toMatchObject({id: 'p1', priority: expect.stringMatching(/^(high|urgent)$/), messages: expect.arrayContaining([expect.objectContaining({ruleId: 'crisis-signal'})])})
    const lookalike = await post(`${url}/v1/check`, {text: 'that exam killed me lol, dying to sleep', preset: 'moderator'})
    expect(await lookalike.json()).toEqual({id: null, priority: 'none', messages: []})
  })

  test('format, preset and region are the post\'s own', async () => {
    const {url} = await defaultServer()
    const markdown = await answer(await post(`${url}/v1/check`, {text: '`he committed suicide`', format: 'markdown'}))
    expect(markdown.messages).toEqual([])
    const text = await answer(await post(`${url}/v1/check`, {text: 'he committed suicide'}))
    expect(text.messages.map((message) => message.ruleId)).toContain('suicide-language')
    const wrong = await post(`${url}/v1/check`, {text: 'hello', format: 'pdf'})
    expect(wrong.status).toBe(400)
    expect(await post(`${url}/v1/check`, {words: 'no text field'}).then((response) => response.status)).toBe(400)
  })

  test('a body over --max-bytes is refused with 413, and the server carries on', async () => {
    const {url} = await smallServer()
    const tooBig = await post(`${url}/v1/check`, {text: 'a'.repeat(3000)})
    expect(tooBig.status).toBe(413)
    expect(await tooBig.json()).toEqual({error: 'too large', message: 'the body is larger than 2000 bytes'})
    expect((await post(`${url}/v1/check`, {text: 'a short one'})).status).toBe(200)
  })
})

describe('POST /v1/batch', () => {
  test('NDJSON in, one report a line out, in input order; a broken line gets its own error', async () => {
    const {url} = await server(['--threads', '2'])
    const lines = Array.from({length: 40}, (_, index) => JSON.stringify({id: index, text: index % 2 ? 'he committed suicide' : `a fine day number ${index}`}))
    lines.splice(5, 0, 'not json', '{"id": "x"}')
    const response = await fetch(`${url}/v1/batch?preset=moderator`, {method: 'POST', headers: {'content-type': 'application/x-ndjson'}, body: lines.join('\n') + '\n'})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
    const answers = (await response.text()).trim().split('\n').map((line) => JSON.parse(line))
    expect(answers).toHaveLength(42)
    expect(answers[5]).toMatchObject({id: null, line: 6, error: expect.stringMatching(/^line 6: not valid JSON/)})
    expect(answers[6]).toMatchObject({id: 'x', line: 7, error: 'line 7: the object has no "text"'})
    const reports = answers.filter((answer) => answer.error === undefined)
    expect(reports.map((answer) => answer.id)).toEqual(Array.from({length: 40}, (_, index) => index))
    for (const report of reports) expect(report.priority).toBe(report.id % 2 ? 'low' : 'none')
  })

  test('a line longer than --max-bytes ends the batch with an error line', async () => {
    const {url} = await smallServer()
    const body = `{"id": 1, "text": "fine"}\n{"id": 2, "text": "${'a'.repeat(5000)}"}\n{"id": 3, "text": "never read"}\n`
    const answers = (await (await fetch(`${url}/v1/batch`, {method: 'POST', headers: {'content-type': 'application/x-ndjson'}, body})).text()).trim().split('\n').map((line) => JSON.parse(line))
    expect(answers).toEqual([{id: 1, priority: 'none', messages: []}, {error: 'a line is longer than 2000 bytes: the batch stops there'}])
  })
})

test('a flood past the queue is answered 503 with Retry-After, never queued without bound', async () => {
  const {url} = await server(['--threads', '1', '--max-queue', '2', '--retry-after', '3'])
  // A bounded flood from this process: 40 requests at once, against 127.0.0.1 only.
  const responses = await Promise.all(Array.from({length: 40}, () => post(`${url}/v1/check`, {text: slowPost})))
  const statuses = responses.map((response) => response.status)
  const refused = responses.filter((response) => response.status === 503)
  expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([])
  expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3)
  expect(refused.length).toBeGreaterThan(20)
  for (const response of refused) expect(response.headers.get('retry-after')).toBe('3')
  expect(await refused[0]!.json()).toMatchObject({error: 'busy'})
  // Once the flood is over, it answers again.
  expect((await post(`${url}/v1/check`, {text: 'hello again'})).status).toBe(200)
})

test('a post not checked within --timeout is answered 504', async () => {
  const {url} = await server(['--threads', '1', '--timeout', '0.05'])
  const response = await post(`${url}/v1/check`, {text: slowPost.repeat(4)})
  expect(response.status).toBe(504)
  expect(await response.json()).toMatchObject({error: 'timeout'})
})

test('SIGTERM: in-flight requests are finished, new ones are not taken, the process exits 0', async () => {
  const service = await server(['--threads', '1'])
  const inFlight = Array.from({length: 4}, (_, index) => post(`${service.url}/v1/check`, {id: index, text: slowPost}))
  await new Promise((resolve) => setTimeout(resolve, 300))
  const exited = service.stop('SIGTERM')
  await service.waitFor(/stopping/)
  const late = await fetch(`${service.url}/healthz`).then((response) => response.status, () => 'refused')
  expect([503, 'refused']).toContain(late)
  const answers = await Promise.all(inFlight)
  expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200])
  expect((await Promise.all(answers.map(answer))).map((report) => report.id)).toEqual([0, 1, 2, 3])
  expect(await exited).toBe(0)
  expect(service.stderr()).toMatch(/stopped\n$/)
})

test('/metrics is Prometheus text: requests, latency, posts by priority, queue depth', async () => {
  const {url} = await server()
  await post(`${url}/v1/check`, {text: 'I cannot do this anymore, I want to end it all tonight', preset: 'moderator'})
  await post(`${url}/v1/check`, {text: 'a walk in the park'})
  const response = await fetch(`${url}/metrics`)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  const text = await response.text()
  const families = Object.fromEntries(parsePrometheusTextFormat(text).map((family) => [family.name, family]))
  expect(families['safepost_http_requests_total']?.type).toBe('COUNTER')
  expect(families['safepost_http_requests_total']?.metrics).toContainEqual({value: '2', labels: {route: '/v1/check', method: 'POST', status: '200'}})
  const latency = families['safepost_http_request_duration_seconds']
  expect(latency?.type).toBe('HISTOGRAM')
  // the parser keeps a histogram's buckets but not its labels: the count is read from the text
  expect(latency?.metrics[0]?.buckets?.['+Inf']).toBeDefined()
  expect(text).toContain('safepost_http_request_duration_seconds_count{route="/v1/check"} 2\n')
  expect(families['safepost_posts_checked_total']?.metrics).toEqual(expect.arrayContaining([
    {value: '1', labels: {priority: expect.stringMatching(/^(high|urgent)$/)}},
    {value: '1', labels: {priority: 'none'}}
  ]))
  expect(families['safepost_pool_queue_depth']).toMatchObject({type: 'GAUGE', metrics: [{value: '0'}]})
})

describe('safe by default', () => {
  test('it listens on 127.0.0.1 unless told otherwise', async () => {
    const {url} = await defaultServer()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  test('a bearer token from a file: required on the API and /metrics, not on the health checks', async () => {
    const folder = temporaryFolder({'token': 's3cret-token\n'})
    const {url} = await server(['--token-file', path.join(folder, 'token')])
    expect((await post(`${url}/v1/check`, {text: 'hi'})).status).toBe(401)
    expect((await post(`${url}/v1/check`, {text: 'hi'}, {authorization: 'Bearer wrong'})).status).toBe(401)
    expect((await post(`${url}/v1/check`, {text: 'hi'}, {authorization: 'Bearer s3cret-token'})).status).toBe(200)
    expect((await fetch(`${url}/metrics`)).status).toBe(401)
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    expect((await fetch(`${url}/readyz`)).status).toBe(200)
  })

  test('a bearer token from SAFEPOST_TOKEN', async () => {
    const {url} = await server([], {SAFEPOST_TOKEN: 'from-the-environment'})
    expect((await post(`${url}/v1/check`, {text: 'hi'})).status).toBe(401)
    expect((await post(`${url}/v1/check`, {text: 'hi'}, {authorization: 'Bearer from-the-environment'})).status).toBe(200)
  })

  test('a token on the command line is refused', () => {
    const outcome = safepost(['serve', '--token', 'visible-in-ps'])
    expect(outcome.status).toBe(2)
    expect(outcome.stderr).toMatch(/--token-file FILE or SAFEPOST_TOKEN/)
  })

  test('no post text reaches the logs, whatever the request', async () => {
    const service = await server(['--max-bytes', '3000'])
    const secret = 'zebracorn'
    await post(`${service.url}/v1/check`, {text: `I want to die, ${secret}`})
    await post(`${service.url}/v1/check`, `{"text": "${secret} broken json`)
    await post(`${service.url}/v1/check`, {text: `${secret} `.repeat(500)})
    await post(`${service.url}/v1/check`, {text: secret, format: `${secret}-format`})
    await fetch(`${service.url}/v1/batch`, {method: 'POST', headers: {'content-type': 'application/x-ndjson'}, body: `{"text": "${secret}"}\n${secret}\n`}).then((response) => response.text())
    await fetch(`${service.url}/v1/check?text=${secret}`)
    expect(await service.stop('SIGTERM')).toBe(0)
    expect(service.stdout()).toMatch(/"route":"\/v1\/check"/)
    expect(service.stdout() + service.stderr()).not.toContain(secret)
  })
})

test('safepost serve --help lists its options', () => {
  const outcome = safepost(['serve', '--help'])
  expect(outcome.status).toBe(0)
  for (const option of ['--host', '--port', '--threads', '--max-queue', '--max-bytes', '--timeout', '--token-file']) expect(outcome.stdout).toContain(option)
})

test('docs/openapi.yaml describes the routes the server answers, and only those', async () => {
  const document = YAML.parse(fs.readFileSync(path.join(root, 'docs', 'openapi.yaml'), 'utf8')) as {paths: Record<string, Record<string, unknown>>}
  const {url} = await defaultServer()
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const method of Object.keys(methods)) {
      const response = await fetch(url + route, {method: method.toUpperCase(), headers: {'content-type': 'application/json'}, ...(method === 'post' ? {body: '{}'} : {})})
      expect([route, method, response.status]).not.toEqual([route, method, 404])
    }
  }
  expect((await fetch(`${url}/v1/nothing-here`)).status).toBe(404)
  expect(Object.keys(document.paths).sort()).toEqual(['/healthz', '/metrics', '/readyz', '/v1/batch', '/v1/check'])
})
