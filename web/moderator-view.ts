// The moderator tab: open a JSONL file (read here, never uploaded), check
// every post in the worker under the moderator preset, show the table and
// export the shown reports.
import type {Checker} from './checker.js'
import {byId, el, ruleName} from './dom.js'
import {readPosts, writeReports} from './jsonl.js'
import {renderRows, rulesIn, shownRows, type Row} from './posts-table.js'
import type {Priority} from './protocol.js'
import {announce} from './status.js'

/** Rows drawn at a time: a queue of 100,000 posts would otherwise be 200,000 table rows at once. */
const ROWS_AT_ONCE = 200

export class ModeratorView {
  private rows: Row[] = []
  private limit = ROWS_AT_ONCE
  private more = byId<HTMLButtonElement>('more-posts')
  private file = byId<HTMLInputElement>('posts-file')
  private status = byId('batch-status')
  private rule = byId<HTMLSelectElement>('filter-rule')
  private priority = byId<HTMLSelectElement>('filter-priority')
  private exportButton = byId<HTMLButtonElement>('export')
  private body = byId<HTMLTableElement>('posts').tBodies[0]!

  constructor(private readonly checker: Checker, private readonly region: () => string) {
    this.file.addEventListener('change', () => void this.open())
    this.rule.addEventListener('change', () => this.render(ROWS_AT_ONCE))
    this.priority.addEventListener('change', () => this.render(ROWS_AT_ONCE))
    this.more.addEventListener('click', () => this.render(this.limit + ROWS_AT_ONCE))
    this.exportButton.addEventListener('click', () => this.export())
  }

  private async open(): Promise<void> {
    const file = this.file.files?.[0]
    if (!file) return
    const items = readPosts(await file.text())
    announce(this.status, `Checking ${items.length} posts from ${file.name}…`)
    const reports = await this.checker.batch(items, this.region(), (done, total) => announce(this.status, `Checked ${done} of ${total} posts…`))
    this.rows = items.map((item, i) => ({item, report: reports[i]!}))
    const urgent = reports.filter((r) => r.priority === 'urgent').length
    announce(this.status, `Checked ${items.length} posts from ${file.name}: ${urgent} urgent.`)
    this.rule.replaceChildren(el('option', {value: ''}, 'Any rule'), ...rulesIn(this.rows).map((id) => el('option', {value: id}, ruleName(id))))
    this.render(ROWS_AT_ONCE)
  }

  private shown(): Row[] {
    return shownRows(this.rows, {rule: this.rule.value, atLeast: this.priority.value as Priority})
  }

  private render(limit: number): void {
    this.limit = limit
    const rows = this.shown()
    renderRows(this.body, rows.slice(0, limit))
    const rest = rows.length - limit
    this.more.hidden = rest <= 0
    this.more.textContent = `Show ${Math.min(rest, ROWS_AT_ONCE)} more posts (${rest} not shown)`
    this.exportButton.disabled = rows.length === 0
  }

  private export(): void {
    const url = URL.createObjectURL(new Blob([writeReports(this.shown().map((r) => r.report))], {type: 'application/jsonl'}))
    const link = el('a', {href: url, download: 'safepost-reports.jsonl'})
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
}
