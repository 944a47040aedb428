// The draft tab: the textarea, its highlights, the card, the toolbar and
// the support panel, kept in step with the checker's reports.
import type {Checker} from './checker.js'
import {byId} from './dom.js'
import {messageAt, renderHighlights} from './highlights.js'
import {DraftHistory, type DraftState} from './history.js'
import {renderMessages} from './messages-list.js'
import {Popover} from './popover.js'
import type {Report} from './protocol.js'
import type {SettingsForm} from './settings-form.js'
import {shiftMessages} from './shift.js'
import {announce, summary} from './status.js'
import {applyReplacement, type Replacement} from './suggestions.js'
import {renderSupport} from './support.js'
import {TWEET_LIMIT, tweetLength} from './tweet-length.js'

/** Wait this long after the last keystroke before checking. */
const DEBOUNCE_MS = 150
/**
 * Past this length, laying the highlights out again on every keystroke costs
 * more than a frame (about 100 ms for 20,000 words), so they are hidden while
 * the writer types and drawn again when the next check arrives.
 */
const LIVE_HIGHLIGHT_CHARS = 20000

export class DraftView {
  private draft = byId<HTMLTextAreaElement>('draft')
  private highlights = byId('highlights')
  private backdrop = this.highlights.parentElement!
  private status = byId('status')
  private undoButton = byId<HTMLButtonElement>('undo')
  private counter = byId('tweet-count')
  private editor = this.draft.closest<HTMLElement>('.editor')!
  private popover: Popover
  private history: DraftHistory
  /** The last report, and the text it is about (shifted while the writer types). */
  private report: Report = {priority: 'none', messages: []}
  private reportText = ''
  private timer: ReturnType<typeof setTimeout> | undefined
  /** The card the writer closed with the cursor still in its words: not reopened until the cursor leaves. */
  private dismissed: number | undefined
  /** What the page just did to the draft, said before the next check's summary. */
  private done = ''

  constructor(private readonly checker: Checker, private readonly settings: SettingsForm) {
    this.history = new DraftHistory(this.state())
    this.popover = new Popover(byId('popover'), {apply: (r) => this.apply(r), close: () => this.closeCard(true)})
    this.draft.addEventListener('input', () => this.typed())
    this.draft.addEventListener('scroll', () => this.syncScroll())
    for (const type of ['click', 'keyup', 'select'] as const) this.draft.addEventListener(type, () => this.caretMoved())
    this.draft.addEventListener('keydown', (event) => this.shortcut(event))
    byId('fix-all').addEventListener('click', () => void this.fixAll())
    this.undoButton.addEventListener('click', () => this.restore(this.history.undo()))
    byId('copy').addEventListener('click', () => void this.copy())
    new ResizeObserver(() => this.syncScroll()).observe(this.draft)
    // a press anywhere else puts the card away, as a click outside a menu does
    document.addEventListener('pointerdown', (event) => {
      const target = event.target as Node
      if (this.popover.shown !== undefined && target !== this.draft && !byId('popover').contains(target)) this.closeCard(false)
    })
  }

  /** Check now (after settings change, a fix, or when the checker is ready). */
  check(): void {
    clearTimeout(this.timer)
    const text = this.draft.value
    const settings = this.settings.value()
    this.updateCounter()
    markState('checking')
    void this.checker.checkDraft(text, settings).then((result) => {
      if (!result || this.draft.value !== text) return
      this.show(result.report, text)
      markState('checked', result.ms)
    })
  }

  private typed(): void {
    this.history.typed(this.state(), Date.now())
    this.undoButton.disabled = !this.history.canUndo()
    const text = this.draft.value
    if (text.length <= LIVE_HIGHLIGHT_CHARS) {
      this.show({...this.report, messages: shiftMessages(this.report.messages, this.reportText, text)}, text, false)
      this.updateCounter()
    } else {
      // the counter waits for the check too: counting 20,000 words per keystroke stalls typing
      this.highlights.hidden = true
    }
    clearTimeout(this.timer)
    markState('checking')
    this.timer = setTimeout(() => this.check(), DEBOUNCE_MS)
  }

  private show(report: Report, text: string, final = true): void {
    this.report = report
    this.reportText = text
    const {preset} = this.settings.value()
    const open = this.popover.shown
    const stillThere = open !== undefined && open < report.messages.length ? open : undefined
    renderHighlights(this.highlights, text, report.messages, preset, stillThere)
    this.highlights.hidden = false
    this.syncScroll()
    if (!final) return
    renderMessages(byId('messages'), report.messages, preset, (i) => this.openFromList(i))
    const support = renderSupport(report, preset, this.settings.regionInfo())
    announce(this.status, this.done + summary(report, preset, support))
    this.done = ''
    if (this.popover.shown !== undefined) this.caretMoved()
  }

  private caretMoved(): void {
    const {selectionStart, selectionEnd} = this.draft
    const index = selectionStart === selectionEnd || selectionEnd - selectionStart < 200 ? messageAt(this.report.messages, selectionStart) : undefined
    if (index === undefined) {
      this.dismissed = undefined
      if (this.popover.shown !== undefined) this.closeCard(false)
      return
    }
    if (index !== this.popover.shown && index !== this.dismissed) this.openCard(index)
  }

  private openCard(index: number): void {
    this.dismissed = undefined
    const {preset} = this.settings.value()
    renderHighlights(this.highlights, this.reportText, this.report.messages, preset, index)
    const mark = this.highlights.querySelector<HTMLElement>(`mark[data-index="${index}"]`)
    this.popover.show(index, this.report.messages[index]!, preset, mark?.getBoundingClientRect() ?? this.draft.getBoundingClientRect(), this.editor)
  }

  private openFromList(index: number): void {
    const m = this.report.messages[index]!
    this.draft.setSelectionRange(m.offset, m.endOffset)
    this.draft.focus()
    this.scrollTo(index)
    this.openCard(index)
    this.popover.focus()
  }

  private closeCard(refocus: boolean): void {
    if (refocus) this.dismissed = this.popover.shown
    this.popover.hide()
    renderHighlights(this.highlights, this.reportText, this.report.messages, this.settings.value().preset, undefined)
    if (refocus) this.draft.focus()
  }

  private apply(replacement: Replacement): void {
    const text = applyReplacement(this.draft.value, replacement)
    this.done = `Replaced with “${replacement.text}”. `
    this.setDraft({text, caret: replacement.start + replacement.text.length})
    this.history.edited(this.state())
    this.undoButton.disabled = false
  }

  private async fixAll(): Promise<void> {
    const result = await this.checker.fix(this.draft.value, this.settings.value())
    if (result.text === this.draft.value) {
      announce(this.status, 'There are no safe fixes to apply.')
      return
    }
    this.done = `Applied ${result.applied} safe ${result.applied === 1 ? 'fix' : 'fixes'}. `
    this.setDraft({text: result.text, caret: this.draft.selectionStart})
    this.history.edited(this.state())
    this.undoButton.disabled = false
  }

  private restore(state: DraftState | undefined): void {
    if (!state) return
    this.setDraft(state)
    this.undoButton.disabled = !this.history.canUndo()
  }

  private setDraft(state: DraftState): void {
    this.closeCard(false)
    this.draft.value = state.text
    this.draft.setSelectionRange(state.caret, state.caret)
    this.draft.focus()
    this.show({...this.report, messages: []}, state.text, false)
    this.check()
  }

  private shortcut(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.popover.shown !== undefined) {
      event.preventDefault()
      this.closeCard(true)
      return
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) this.restore(this.history.undo())
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.restore(this.history.redo())
    else return
    event.preventDefault()
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.draft.value)
    } catch {
      this.draft.select()
      document.execCommand('copy')
    }
    announce(this.status, 'Draft copied.')
  }

  private updateCounter(): void {
    const tweet = this.settings.value().format === 'tweet'
    this.counter.hidden = !tweet
    if (!tweet) return
    const length = tweetLength(this.draft.value)
    this.counter.textContent = length > TWEET_LIMIT ? `${length} / ${TWEET_LIMIT}: ${length - TWEET_LIMIT} over` : `${length} / ${TWEET_LIMIT}`
    this.counter.classList.toggle('over', length > TWEET_LIMIT)
  }

  private syncScroll(): void {
    this.backdrop.scrollTop = this.draft.scrollTop
  }

  /** Bring a message's marked words into the middle of the textarea (the card is placed from where they are). */
  private scrollTo(index: number): void {
    const mark = this.highlights.querySelector<HTMLElement>(`mark[data-index="${index}"]`)
    if (!mark) return
    this.draft.scrollTop = Math.max(0, mark.offsetTop - this.draft.clientHeight / 2)
    this.syncScroll()
  }

  private state(): DraftState {
    return {text: this.draft.value, caret: this.draft.selectionStart}
  }
}

/**
 * Whether the report shown is about the draft as it is now, and how long the
 * worker took: marks on <body> that the browser tests and bench/web.mjs wait for.
 */
function markState(state: 'checking' | 'checked', ms?: number): void {
  document.body.dataset['state'] = state
  if (ms !== undefined) document.body.dataset['checkMs'] = ms.toFixed(2)
}
