// The GitHub Action (action.yml): its run step executed as the runner would,
// with the inputs as environment variables and GITHUB_OUTPUT as a file.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {clean, stigmatising} from './cli/texts.js'
import {assertBuilt, removeTemporaryFolders, root, temporaryFolder} from './cli/run.js'

beforeAll(assertBuilt)
afterAll(removeTemporaryFolders)

interface Step {name: string, id?: string, uses?: string, if?: string, run?: string, with?: Record<string, string>}
const action = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {inputs: Record<string, {default: string}>, outputs: Record<string, unknown>, runs: {steps: Step[]}}
const runStep = action.runs.steps.find((step) => step.id === 'run')!

/** Run the action's step in a repository that installs safepost; resolves to its status, log and outputs. */
function runAction(inputs: Record<string, string>, files: Record<string, string>) {
  const project = temporaryFolder(files)
  fs.mkdirSync(path.join(project, 'node_modules', '.bin'), {recursive: true})
  fs.symlinkSync(path.join(root, 'bin', 'safepost.js'), path.join(project, 'node_modules', '.bin', 'safepost'))
  const outputFile = path.join(temporaryFolder(), 'output')
  fs.writeFileSync(outputFile, '')
  const env: Record<string, string> = {...(process.env as Record<string, string>), GITHUB_OUTPUT: outputFile, RUNNER_TEMP: temporaryFolder(), SAFEPOST_ACTION_PATH: root}
  for (const [name, input] of Object.entries(action.inputs)) env[`SAFEPOST_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default
  delete env['GITHUB_STEP_SUMMARY']
  const result = spawnSync('bash', ['-e', '-c', runStep.run!], {cwd: project, env, encoding: 'utf8', timeout: 60_000})
  const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)))
  return {status: result.status, log: result.stdout + result.stderr, outputs, project}
}

describe('the GitHub Action', () => {
  it('sets up Node itself, and uploads SARIF even when the check fails', () => {
    expect(action.runs.steps[0]).toMatchObject({uses: 'actions/setup-node@v4', with: {'node-version': '${{ inputs.node-version }}'}})
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))
    expect(upload?.if).toMatch(/always\(\)/)
    for (const name of ['errors', 'warnings', 'infos', 'problems', 'highest-priority', 'sarif-file']) expect(action.outputs).toHaveProperty([name])
  })

  it('checks paths with spaces, one a line, fails a ci run, and gives the counts as outputs', () => {
    const run = runAction({paths: 'my posts/memorial.md\nbeach.md\n', preset: 'ci'}, {'my posts/memorial.md': stigmatising, 'beach.md': clean})
    expect(run.status).toBe(1)
    expect(run.log).toContain('::warning file=my posts/memorial.md,line=1')
    expect(run.outputs).toEqual({'errors': '0', 'warnings': '1', 'infos': '0', 'problems': '1', 'highest-priority': 'low'})
  })

  it('writes SARIF for upload when asked, and says where', () => {
    const run = runAction({'paths': 'posts', 'upload-sarif': 'true'}, {'posts/memorial.md': stigmatising})
    expect(run.status).toBe(0)
    const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as {version: string, runs: {results: unknown[]}[]}
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results).toHaveLength(1)
  })

  it('stops with the usage error of a path that does not exist', () => {
    const run = runAction({paths: 'nowhere.md'}, {})
    expect(run.status).toBe(2)
    expect(run.outputs).toEqual({})
  })
})
