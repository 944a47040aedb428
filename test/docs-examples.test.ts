// Each rule page's "Incorrect" and "Correct" examples, checked against the
// rule they document (as ESLint's check-rule-examples does): every line of an
// Incorrect block gets a message from the page's rule, no line of a Correct
// block does.
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {messagesOf} from './helpers.js'

/** The lines of each ```text block that follows a paragraph starting with `label`. */
function examples(page: string, label: 'Incorrect' | 'Correct'): string[] {
  const blocks = [...page.matchAll(new RegExp(`^${label}\\b[^\\n]*\\n+\`\`\`text\\n([\\s\\S]*?)\`\`\``, 'gm'))]
  return blocks.flatMap((block) => block[1]!.split('\n').filter((line) => line.trim() !== ''))
}

for (const id of Object.keys(rules)) {
  const file = new URL(`../docs/rules/${id}.md`, import.meta.url)
  // a rule with no page yet: test/docs-generated.test.ts asks for one (npm run docs)
  if (!existsSync(file)) continue
  const page = readFileSync(file, 'utf8')
  const incorrect = examples(page, 'Incorrect')
  const correct = examples(page, 'Correct')
  if (incorrect.length + correct.length === 0) continue
  describe(`docs/rules/${id}.md examples`, () => {
    it.each(incorrect)('Incorrect: %s', (line) => {
      expect(messagesOf(id, line, {preset: 'moderator'})).not.toEqual([])
    })
    it.each(correct)('Correct: %s', (line) => {
      expect(messagesOf(id, line, {preset: 'moderator'})).toEqual([])
    })
  })
}
