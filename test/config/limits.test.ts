// What a hostile configuration can no longer do (issue 18, item 10): expand
// YAML aliases into gigabytes, print megabytes of error text, read a device
// or block on a FIFO, or make a short post take a minute with many patterns
// each just under the per-pattern cap. Every input is generated here.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {clearConfigCache, ConfigError, resolveConfigFor} from '../../src/config/index.js'
import {MAX_CONFIG_BYTES, MAX_PROJECT_PATTERN_COST} from '../../src/config/limits.js'
import {checkSync} from '../../src/index.js'
import {removeTemporaryFolders, temporaryFolder as project} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)
beforeEach(() => clearConfigCache())

async function configError(folder: string, file = 'a.md'): Promise<Error> {
  const error = await resolveConfigFor(path.join(folder, file)).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ConfigError)
  return error as Error
}

/** Nested anchors, each level nine aliases of the one before: `levels` levels stand for 9^levels strings. */
function laughs(levels: number): string {
  const items = ['&l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  for (let n = 1; n < levels; n++) items.push(`&l${n} [${Array(9).fill(`*l${n - 1}`).join(', ')}]`)
  return `[${items.join(', ')}]`
}

describe('YAML aliases and the length of error text', () => {
  // 9^7 = 4.8 million strings: tens of megabytes if expanded into a message
  for (const key of ['allow', 'region']) {
    it(`refuses a "billion laughs" in ${key} with a short message, quickly`, async () => {
      const folder = project({'.safepostrc.yaml': `${key}: ${key === 'allow' ? `[${laughs(7)}]` : laughs(7)}\n`, 'a.md': 'x'})
      expect(fs.statSync(path.join(folder, '.safepostrc.yaml')).size).toBeLessThan(1024)
      const started = performance.now()
      const error = await configError(folder)
      expect(performance.now() - started).toBeLessThan(2000)
      expect(error.message).toMatch(/\.safepostrc\.yaml: invalid YAML: .*alias/i)
      expect(error.message.length).toBeLessThan(500)
    })
  }

  it('still reads a config with a few aliases', async () => {
    const folder = project({'.safepostrc.yaml': 'allow: &words [lunatic, psycho]\noverrides:\n  - {files: "*.md", allow: *words}\n', 'a.md': 'x'})
    expect((await resolveConfigFor(path.join(folder, 'a.md'))).options.allow).toEqual(['lunatic', 'psycho'])
  })

  it('quotes a long wrong value in a bounded message', async () => {
    const folder = project({'.safepostrc.json': JSON.stringify({region: 'x'.repeat(100_000)}), 'a.md': 'x'})
    const error = await configError(folder)
    expect(error.message).toMatch(/region: "x+…" is not accepted/)
    expect(error.message.length).toBeLessThan(500)
  })
})

const fifo = process.platform === 'win32' ? it.skip : it

describe('only regular files of bounded size are read', () => {
  it('refuses a device as a dictionary (dictionaries: [/dev/zero])', async () => {
    const folder = project({'.safepostrc.yaml': 'dictionaries: [/dev/zero]\n', 'a.md': 'x'})
    expect((await configError(folder)).message).toMatch(/dictionary \/dev\/zero: not a regular file/)
  })

  it('refuses a dictionary larger than the limit', async () => {
    const big = 'rule: suicide-language\n# ' + 'x'.repeat(MAX_CONFIG_BYTES) + '\nentries: []\n'
    const folder = project({'.safepostrc.yaml': 'dictionaries: [big.yml]\n', 'big.yml': big, 'a.md': 'x'})
    expect((await configError(folder)).message).toMatch(/dictionary \S*big\.yml: \d+ bytes, more than the 1048576/)
  })

  fifo('refuses a FIFO named by extends, instead of waiting on it for good', async () => {
    const folder = project({'.safepostrc.yaml': 'extends: ./base.yaml\n', 'a.md': 'x'})
    execFileSync('mkfifo', [path.join(folder, 'base.yaml')])
    expect((await configError(folder)).message).toMatch(/base\.yaml: not a regular file/)
  })

  fifo('refuses a FIFO where the search looks for a config', async () => {
    const folder = project({'posts/a.md': 'x'})
    execFileSync('mkfifo', [path.join(folder, 'posts', '.safepostrc.yaml')])
    expect((await configError(folder, 'posts/a.md')).message).toMatch(/\.safepostrc\.yaml: not a regular file/)
  })
})

describe('the cost of a project\'s patterns, in sum', () => {
  /** `count` entries, each within the per-pattern cap (about 4,800 ways from one word). */
  function costly(count: number): string {
    const entries = Array.from({length: count}, (_, n) => `  - id: costly-${n}\n    match: ["the ...6 ...6 ...6 ...6 (a|an)? zzword${n}"]\n    reason: A generated entry for a cost test.\n    source: MFs\n`)
    return `rule: suicide-language\nentries:\n${entries.join('')}`
  }

  it('refuses 300 patterns each just under the per-pattern cap', async () => {
    const folder = project({'.safepostrc.yaml': 'dictionaries: [house.yml]\n', 'house.yml': costly(300), 'a.md': 'x'})
    const error = await configError(folder)
    expect(error.message).toMatch(new RegExp(`the patterns together could match in \\d+ ways from one word \\(most allowed: ${MAX_PROJECT_PATTERN_COST}\\)`))
  })

  it('accepts a few such patterns, and checks a post with them quickly', async () => {
    const folder = project({'.safepostrc.yaml': 'dictionaries: [house.yml]\n', 'house.yml': costly(4), 'a.md': 'x'})
    const {options} = await resolveConfigFor(path.join(folder, 'a.md'))
    const post = 'the a the an the a the '.repeat(100) + 'zzword3'
    const started = performance.now()
    const report = checkSync(post, options)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(report.messages.some((m) => m.entryId === 'costly-3')).toBe(true)
  })
})
