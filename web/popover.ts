// The card a highlight opens: what the message says, why (the guidance in
// plain words), one button per rewrite, and the sources behind it.
import {button, el, ruleName} from './dom.js'
import {kindOf} from './highlights.js'
import {kindLabel} from './messages-list.js'
import type {ReportMessage} from './protocol.js'
import {replacementsFor, splitNote, type Replacement} from './suggestions.js'

export interface PopoverActions {
  apply(replacement: Replacement): void
  close(): void
}

export class Popover {
  /** The index of the message shown, while open. */
  shown: number | undefined

  constructor(private readonly box: HTMLElement, private readonly actions: PopoverActions) {
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        actions.close()
      }
    })
  }

  show(index: number, message: ReportMessage, preset: string, anchor: DOMRect | undefined, within: HTMLElement): void {
    this.shown = index
    // a writer who may be in crisis gets the support text, not the screening guidance behind it
    const {reason, sources} = kindOf(message, preset) === 'support' ? {reason: '', sources: []} : splitNote(message.note)
    const choices = replacementsFor(message).map((r) =>
      el('li', {}, button(`Replace with “${r.text}”`, () => this.actions.apply(r)))
    )
    this.box.replaceChildren(
      el('h2', {id: 'popover-title'}, `“${message.actual || 'This post'}”`),
      el('p', {class: 'kind'}, `${kindLabel(message, preset)} · ${ruleName(message.ruleId)}`),
      el('p', {class: 'message'}, message.message),
      ...(reason ? [el('p', {class: 'why'}, el('strong', {}, 'Why: '), reason)] : []),
      ...(choices.length > 0 ? [el('ul', {class: 'choices', 'aria-label': 'Rewrites'}, ...choices)] : []),
      el('p', {}, el('a', {href: message.url, target: '_blank', rel: 'noopener noreferrer'}, `About the ${message.ruleId} rule`)),
      ...(sources.length > 0 ? [el('details', {}, el('summary', {}, `Sources (${sources.length})`),
        el('ul', {class: 'sources'}, ...sources.map((s) => el('li', {}, el('a', {href: s.url, target: '_blank', rel: 'noopener noreferrer'}, s.name)))))] : []),
      Object.assign(button('Close', () => this.actions.close()), {className: 'quiet close', ariaLabel: 'Close this card'})
    )
    this.box.hidden = false
    this.place(anchor, within)
  }

  hide(): void {
    this.shown = undefined
    this.box.hidden = true
  }

  /** Focus the card's first control (when a keyboard user opened it from the list). */
  focus(): void {
    this.box.querySelector<HTMLElement>('button, a')?.focus()
  }

  private place(anchor: DOMRect | undefined, within: HTMLElement): void {
    const frame = within.getBoundingClientRect()
    const top = anchor ? anchor.bottom - frame.top + 6 : 0
    const left = anchor ? Math.max(0, Math.min(anchor.left - frame.left, frame.width - this.box.offsetWidth)) : 0
    this.box.style.top = `${top}px`
    this.box.style.left = `${left}px`
  }
}
