// The messages as a list under the draft: one button per message, labelled
// with its kind, words and text, so a screen reader or keyboard user reaches
// every highlight without pointing at it. A writer's crisis-signal messages
// are left out: the support panel speaks for them once, not once per phrase.
import {button, el, ruleName} from './dom.js'
import {kindOf} from './highlights.js'
import type {ReportMessage} from './protocol.js'

const kindWords = {support: 'Support', error: 'Needs attention', warning: 'Suggestion', info: 'Note'} as const

export function kindLabel(message: ReportMessage, preset: string): string {
  return kindWords[kindOf(message, preset)]
}

/** A list longer than this helps nobody and costs a long layout: the rest wait behind a button. */
export const LISTED_AT_ONCE = 100

export function renderMessages(list: HTMLElement, messages: readonly ReportMessage[], preset: string, select: (index: number) => void, all = false): void {
  const listed = messages.map((m, index) => ({m, index})).filter(({m}) => kindOf(m, preset) !== 'support')
  const shown = all ? listed : listed.slice(0, LISTED_AT_ONCE)
  const rest = listed.length - shown.length
  list.closest('section')!.hidden = listed.length === 0
  list.replaceChildren(
    ...shown.map(({m, index}) => {
      const words = m.actual ? `“${m.actual}”` : 'The whole post'
      const b = el('button', {type: 'button', 'data-index': String(index)},
        el('span', {class: 'tag'}, `${kindLabel(m, preset)}: `), `${words} (${ruleName(m.ruleId)}). `, m.message)
      b.addEventListener('click', () => select(index))
      return el('li', {}, b)
    }),
    ...(rest > 0 ? [el('li', {class: 'more'}, button(`Show the other ${rest} suggestions`, () => renderMessages(list, messages, preset, select, true)))] : [])
  )
}
