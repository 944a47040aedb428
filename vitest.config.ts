import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the CLI tests spawn the real command; give a cold machine time
    testTimeout: 30000,
    pool: 'forks',
    setupFiles: ['test/setup/rules-alone.ts']
  }
})
