// The pre-commit hook as pre-commit itself runs it (language: node): it
// clones safepost at a commit, `npm install`s the clone (running `prepare`),
// packs it, installs the tarball into an environment of its own, and runs
// the hook's entry from the user's repository with the staged files named.
// Needs pre-commit on the PATH (.ci/run installs Debian's).
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {clean, stigmatising} from '../cli/texts.js'
import {removeTemporaryFolders, temporaryFolder} from '../cli/run.js'
import {git, onPath, repository, run, safepostRepository} from './installs.js'

// the hook's environment (node_modules and all) takes a while to remove
afterAll(removeTemporaryFolders, 120_000)

describe.skipIf(!onPath('pre-commit'))('the pre-commit hook', () => {
  it('installs from a clone and stops a commit with a warning, skipping .safepostignore drafts', () => {
    const safepost = safepostRepository()
    const project = repository({
      '.pre-commit-config.yaml': `repos:\n  - repo: ${safepost.folder}\n    rev: ${safepost.commit}\n    hooks: [{id: safepost}]\n`,
      '.safepostignore': 'drafts/\n',
      'posts/memorial.md': `# For my uncle\n\n${stigmatising}`,
      'posts/beach.md': clean,
      'drafts/wip.md': stigmatising
    })
    const env = {PRE_COMMIT_HOME: temporaryFolder(), PRE_COMMIT_COLOR: 'never'}

    const failing = run('pre-commit', ['run', '--all-files'], project, env)
    expect(failing.output).not.toMatch(/Cannot find package|ERR_MODULE_NOT_FOUND|An unexpected error/)
    expect(failing.status).toBe(1)
    expect(failing.output).toMatch(/posts\/memorial\.md[\s\S]*committed\s+suicide[\s\S]*suicide-language/)
    expect(failing.output).toContain('more than --max-warnings 0')
    expect(failing.output).not.toContain('beach.md')
    expect(failing.output).toContain('safepost: skipped drafts/wip.md: ignored by .safepostignore')
    expect(failing.output).not.toMatch(/^drafts\/wip\.md/m)

    // The draft alone, named as pre-commit names staged files: skipped, so the commit goes through.
    expect(run('pre-commit', ['run', '--files', 'drafts/wip.md'], project, env).status).toBe(0)

    // Once fixed, the same hook lets the commit through.
    fs.writeFileSync(path.join(project, 'posts/memorial.md'), `# For my uncle\n\n${stigmatising.replace('committed suicide', 'died by suicide')}`)
    git(project, 'add', '-A')
    const passing = run('pre-commit', ['run', '--all-files'], project, env)
    expect(passing.output).toMatch(/safepost\.*Passed/)
    expect(passing.status).toBe(0)
  }, 900_000)
})
