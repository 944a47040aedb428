// Whether a post gives the number or the link of a crisis line listed in
// dictionaries/crisis-lines.yml (every line of every region, and its
// `recognise` lists), written any way: "116 123", "116123", "0800/1110111".
// Cue words in dictionaries/help-resources.yml.
import {crisisLines} from '../../src/engine/crisis-lines.js'
import {ruleData} from './rule-data.js'
import {anyOf} from './word-regexp.js'

const data = ruleData('help-resources')
/** Short numbers (988, 1737, 024) count only with a word of calling or a helpline near them. */
const SHORT_NUMBER_CONTEXT = new RegExp(`\\b${anyOf(data.list('short-number-cues'))}\\b`, 'i')
/** Emergency numbers (911, 999) count only right after a word of calling. */
const EMERGENCY_CONTEXT = new RegExp(`\\b${anyOf(data.list('emergency-number-cues'))}\\s+$`, 'i')
/** How far before and after a number its cue may stand (characters). */
const CUE_CHARS = 40

interface NumberPattern {
  re: RegExp
  short: boolean
  emergency: boolean
}

let known: {numbers: NumberPattern[]; domains: string[]} | undefined

/** Every listed number as a pattern, and every listed domain; built on first use. */
function knownContacts(): {numbers: NumberPattern[]; domains: string[]} {
  if (known) return known
  const numbers = new Map<string, NumberPattern>()
  const web = new Set<string>()
  const add = (written: string, emergency: boolean) => {
    const digits = written.replace(/\D/g, '')
    if (digits.length < 3 || numbers.has(digits)) return
    // any spacing, dashes or slashes between the digits
    const body = [...digits].join('[ \\u00a0/-]?')
    numbers.set(digits, {re: new RegExp(`(?<![\\d.,])${body}(?![\\d]|[.,]\\d)`, 'g'), short: digits.length <= 4, emergency})
  }
  for (const region of Object.values(crisisLines.regions)) {
    for (const line of region.lines) {
      for (const n of line.numbers ?? []) add(n, line.emergency === true)
      for (const w of line.web ?? []) web.add(w.toLowerCase())
    }
  }
  for (const n of crisisLines.recognise?.numbers ?? []) add(n, false)
  for (const w of crisisLines.recognise?.web ?? []) web.add(w.toLowerCase())
  return (known = {numbers: [...numbers.values()], domains: [...web]})
}

export function givesCrisisContact(text: string): boolean {
  const lower = text.toLowerCase()
  const {numbers, domains} = knownContacts()
  for (const domain of domains) {
    for (let at = lower.indexOf(domain); at >= 0; at = lower.indexOf(domain, at + 1)) {
      if (at === 0 || !/[a-z0-9-]/.test(lower[at - 1]!)) return true
    }
  }
  for (const {re, short, emergency} of numbers) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - CUE_CHARS), m.index)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + CUE_CHARS)
      if (emergency) {
        if (EMERGENCY_CONTEXT.test(before)) return true
      } else if (!short || SHORT_NUMBER_CONTEXT.test(before) || SHORT_NUMBER_CONTEXT.test(after)) {
        return true
      }
    }
  }
  return false
}
