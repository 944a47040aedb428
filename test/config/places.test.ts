// Before loading cosmiconfig, a few stat calls tell whether any config could
// apply to a folder. "No" must be certain (a config found by cosmiconfig is
// never missed); "maybe" is fine whenever something could be a config.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest'
import {mayHaveConfig} from '../../src/config/places.js'
import {removeTemporaryFolders, temporaryFolder as tree} from '../temporary-folders.js'

afterAll(removeTemporaryFolders)

// the user's config folder and the working directory are the test's own
const saved = {xdg: process.env.XDG_CONFIG_HOME, cwd: process.cwd()}
beforeEach(() => {
  process.env.XDG_CONFIG_HOME = tree({})
  process.chdir(tree({}))
})
afterEach(() => {
  if (saved.xdg === undefined) delete process.env.XDG_CONFIG_HOME
  else process.env.XDG_CONFIG_HOME = saved.xdg
  process.chdir(saved.cwd)
})

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')('whether a config may apply', () => {
  it('is no for a tree with no config, and a package.json that does not name safepost', () => {
    const folder = tree({'package.json': '{"name": "blog"}', 'posts/2024/a.md': 'x'})
    expect(mayHaveConfig(path.join(folder, 'posts', '2024'))).toBe(false)
  })

  it('is yes for any config file in the folder or a folder above it', () => {
    for (const name of ['.safepostrc', '.safepostrc.json', '.safepostrc.yml', 'safepost.config.mjs']) {
      const folder = tree({[name]: '', 'posts/2024/a.md': 'x'})
      expect(mayHaveConfig(path.join(folder, 'posts', '2024')), name).toBe(true)
    }
  })

  it('is yes for a package.json with a safepost key, and for one that cannot be parsed', () => {
    expect(mayHaveConfig(tree({'package.json': '{"safepost": {"preset": "ci"}}'}))).toBe(true)
    expect(mayHaveConfig(tree({'package.json': '{"name": '}))).toBe(true)
  })

  it("is yes when the user's config folder exists, or cosmiconfig's own meta config is in the working directory", () => {
    const plain = tree({})
    fs.mkdirSync(path.join(process.env.XDG_CONFIG_HOME!, 'safepost'))
    expect(mayHaveConfig(plain)).toBe(true)
    fs.rmdirSync(path.join(process.env.XDG_CONFIG_HOME!, 'safepost'))
    expect(mayHaveConfig(plain)).toBe(false)
    process.chdir(tree({'.config/config.json': '{}'}))
    expect(mayHaveConfig(plain)).toBe(true)
    process.chdir(tree({'package.json': '{"cosmiconfig": {"searchPlaces": ["x.json"]}}'}))
    expect(mayHaveConfig(plain)).toBe(true)
  })
})
