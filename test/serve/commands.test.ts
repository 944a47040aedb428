// `safepost serve` and `safepost worker` on the command line: their help,
// and arguments they cannot run with (status 2, a message saying which).
import {expect, test} from 'vitest'
import {safepost} from '../cli/run.js'

test('the main help points to both services', () => {
  const outcome = safepost(['--help'])
  expect(outcome.stdout).toContain('serve --help')
  expect(outcome.stdout).toContain('worker --help')
})

test('safepost worker --help lists its options', () => {
  const outcome = safepost(['worker', '--help'])
  expect(outcome.status).toBe(0)
  for (const option of ['--redis', '--stream', '--group', '--consumer', '--out', '--urgent', '--dead', '--claim-idle', '--max-attempts', '--threads', '--timeout']) {
    expect(outcome.stdout).toContain(option)
  }
})

test.each([
  [['worker', '--claim-idle', '0'], /--claim-idle needs a number of seconds above 0/],
  [['worker', '--max-attempts', '0'], /--max-attempts needs a whole number of 1 or more/],
  [['worker', '--threads', '1.5'], /--threads needs a whole number of 1 or more/],
  [['serve', '--timeout', '-1'], /--timeout needs a number of seconds above 0/],
  [['serve', '--port', 'http'], /--port needs a whole number of 0 or more/],
  [['serve', '--token=abc'], /use --token-file FILE or SAFEPOST_TOKEN/],
  [['serve', '--token-file', '/nonexistent/token'], /--token-file \/nonexistent\/token: ENOENT/],
  [['serve', 'posts.md'], /Unknown argument: posts.md/]
])('safepost %j is refused', (args, message) => {
  const outcome = safepost(args)
  expect(outcome.status).toBe(2)
  expect(outcome.stderr).toMatch(message)
})
