// Draws the messages as marks on a copy of the draft laid out under the
// transparent textarea, so each highlight sits on the words it is about.
import type {ReportMessage} from './protocol.js'

/** How a message is drawn: crisis-signal for a writer is support, not a problem. */
export function kindOf(message: ReportMessage, preset: string): 'support' | ReportMessage['severity'] {
  return message.ruleId === 'crisis-signal' && preset === 'writer' ? 'support' : message.severity
}

/** The messages that get a mark: those with words to mark, the first of any that overlap. */
export function markedMessages(messages: readonly ReportMessage[]): number[] {
  const order = messages.map((_, index) => index).filter((i) => messages[i]!.endOffset > messages[i]!.offset)
  order.sort((a, b) => messages[a]!.offset - messages[b]!.offset || a - b)
  const marked: number[] = []
  let end = 0
  for (const i of order) {
    if (messages[i]!.offset < end) continue
    marked.push(i)
    end = messages[i]!.endOffset
  }
  return marked
}

export function renderHighlights(container: HTMLElement, text: string, messages: readonly ReportMessage[], preset: string, active: number | undefined): void {
  const parts: Node[] = []
  let at = 0
  for (const i of markedMessages(messages)) {
    const m = messages[i]!
    parts.push(document.createTextNode(text.slice(at, m.offset)))
    const mark = document.createElement('mark')
    mark.className = kindOf(m, preset) + (i === active ? ' active' : '')
    mark.dataset['index'] = String(i)
    mark.textContent = text.slice(m.offset, m.endOffset)
    parts.push(mark)
    at = m.endOffset
  }
  // a trailing newline needs a character after it to take up its line
  parts.push(document.createTextNode(text.slice(at) + '\u200b'))
  container.replaceChildren(...parts)
}

/** The message whose marked words contain the caret, if any. */
export function messageAt(messages: readonly ReportMessage[], caret: number): number | undefined {
  return markedMessages(messages).find((i) => caret >= messages[i]!.offset && caret <= messages[i]!.endOffset)
}
