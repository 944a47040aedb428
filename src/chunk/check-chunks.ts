// Checks a post of any size a chunk at a time (chunks cut at paragraph
// boundaries by paragraph-cutter.ts), so time grows with the length of the
// post and memory with the size of a chunk. Every rule but the whole-post ones
// reads one sentence and its neighbours, so it reports chunk by chunk; the
// whole-post rules decide once, on the post added up over the chunks
// (src/post/whole-post.ts), so the answer is the same however the post is cut.
import {location} from 'vfile-location'
import {presets} from '../../rules/presets.js'
import type {Analysis} from '../engine/analyse.js'
import {nextBlock, obeyDirectives, readDirectives, unusedDirectiveMessage, type Directive} from '../directives.js'
import type {PendingPostRule} from '../../rules/post/post-rule.js'
import {postReportMessage} from '../../rules/post/report-post.js'
import {postOf, PostChunks} from '../../rules/post/whole-post.js'
import {priorityOf} from '../priority.js'
import {higherLevel, withModelLevel} from '../model/raise.js'
import {processorFor} from '../processor.js'
import type {CheckOptions, InputFormat, Priority, Report, ReportMessage} from '../types.js'
import {budgetedBlocks} from './markup-budget.js'
import {countLineBreaks} from './paragraph-cutter.js'
import {plainTextMessage} from './plain-text-message.js'
import {readBlock} from './read-block.js'
import {SharedTexts} from './shared-texts.js'

export class ChunkedCheck {
  private readonly messages: ReportMessage[] = []
  private readonly directives: Directive[] = []
  /** `ignore` comments with no content after them in their chunk: they reach into the next one. */
  private ignoring: Directive[] = []
  private readonly post = new PostChunks()
  private readonly shared = new SharedTexts()
  private postRules: PendingPostRule[] | undefined
  /** The highest level the trained scorer gave any chunk. */
  private modelLevel: Priority | undefined
  private readonly honour: boolean
  private index = 0
  /** Where the next chunk starts in the whole text. */
  private offset = 0
  private lines = 0

  constructor(private readonly options: CheckOptions) {
    this.honour = options.directives ?? presets[options.preset ?? 'writer']?.honourDirectives ?? true
  }

  /** Check the next chunk: it starts where the last one ended, at the start of a line. */
  add(text: string): void {
    const format = this.options.format ?? 'text'
    if (format !== 'markdown' && format !== 'mdx') return this.read(text, format)
    for (const block of budgetedBlocks(text, format === 'mdx')) this.read(block.text, block.plain ? 'text' : format)
  }

  private read(text: string, readAs: InputFormat): void {
    const place = this.post.place(this.index)
    const format = this.options.format ?? 'text'
    const {file, messages} = readBlock(text, readAs, (file, readAs) => {
      file.data.safepostChunk = place
      const processor = processorFor({...this.options, format: readAs})
      processor.runSync(processor.parse(file), file)
    })
    if (readAs !== format) messages.push(plainTextMessage(text, format, 'budget'))
    for (const message of messages) this.messages.push(this.shared.keep(this.shift(message)))
    this.modelLevel = higherLevel(this.modelLevel, file.data.safepostModel?.priority)
    const analysis = (file.data as {safepostAnalysis?: Analysis}).safepostAnalysis
    if (file.data.safepostPostRules && analysis) {
      this.postRules ??= file.data.safepostPostRules
      const lines = this.lines
      let points: ReturnType<typeof location> | undefined
      this.post.add(postOf(analysis, place), this.offset, (offset) => {
        // an offset at the very end of a chunk (an empty post read as a reader sees it) has no point of its own
        const point = (points ??= location(file)).toPoint(offset) ?? {line: 1, column: 1}
        return {line: point.line + lines, column: point.column}
      })
    }
    if (this.honour) this.readDirectives(text, format)
    this.index++
    this.offset += text.length
    this.lines += countLineBreaks(text)
  }

  /** The report on the whole post. */
  finish(): Report {
    let messages = this.messages
    const whole = this.post.post()
    if (whole?.post.firstWord && whole.place) {
      for (const rule of this.postRules ?? []) {
        const message = rule.decide(whole.post)
        if (message) messages.push(postReportMessage(whole.post.firstWord, whole.place, rule.options, message))
      }
    }
    if (this.honour) {
      const result = obeyDirectives(this.directives, messages)
      messages = [...result.messages, ...result.unknownRules]
      if (this.options.reportUnusedDirectives) messages.push(...result.unused.map(unusedDirectiveMessage))
    }
    messages.sort(byPlace)
    return withModelLevel(priorityOf(messages), messages, this.modelLevel)
  }

  /** A chunk starts at the start of a line, so only offsets and lines move; columns stay. */
  private shift(message: ReportMessage): ReportMessage {
    if (this.offset === 0) return message
    message.offset += this.offset
    message.endOffset += this.offset
    message.line += this.lines
    message.endLine += this.lines
    if (message.fix) message.fix = {...message.fix, range: [message.fix.range[0] + this.offset, message.fix.range[1] + this.offset]}
    return message
  }

  private readDirectives(text: string, format: InputFormat): void {
    if (this.ignoring.length && text.trim() !== '') {
      const end = this.offset + nextBlock(text, 0)[1]
      for (const d of this.ignoring) d.reach = [d.reach[0], end]
      this.ignoring = []
    }
    for (const read of readDirectives(text, format)) {
      const d = this.shiftDirective(read)
      this.directives.push(d)
      if (d.kind === 'ignore' && text.slice(read.end).trim() === '') this.ignoring.push(d)
    }
  }

  private shiftDirective(d: Directive): Directive {
    const o = this.offset
    return {...d, start: d.start + o, end: d.end + o, line: d.line + this.lines, endLine: d.endLine + this.lines, reach: [d.reach[0] + o, d.reach[1] + o]}
  }
}

const byPlace = (a: ReportMessage, b: ReportMessage) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)
