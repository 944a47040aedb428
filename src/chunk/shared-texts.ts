import type {ReportMessage} from '../types.js'

/**
 * A huge file can give hundreds of thousands of messages, most of them
 * repeating the same wording, guidance and link: hold one copy of each text.
 */
export class SharedTexts {
  private readonly texts = new Map<string, string>()
  private readonly lists = new Map<string, string[]>()

  keep(message: ReportMessage): ReportMessage {
    message.message = this.text(message.message)
    message.url = this.text(message.url)
    message.actual = this.text(message.actual)
    if (message.note !== undefined) message.note = this.text(message.note)
    const key = message.expected.join('\u0000')
    let list = this.lists.get(key)
    if (!list) this.lists.set(key, (list = message.expected))
    message.expected = list
    return message
  }

  private text(value: string): string {
    let kept = this.texts.get(value)
    if (kept === undefined) this.texts.set(value, (kept = value))
    return kept
  }
}
