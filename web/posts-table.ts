// The moderator's table: posts sorted by priority (most urgent first, then
// file order), filtered by rule and lowest priority, each row expandable to
// its messages and the post itself.
import {el, ruleName} from './dom.js'
import type {BatchItem, BatchReport, Priority} from './protocol.js'

const RANK: Record<Priority, number> = {none: 0, low: 1, medium: 2, high: 3, urgent: 4}
const EXCERPT_CHARS = 140

export interface Row {
  item: BatchItem
  report: BatchReport
}

export interface Filter {
  rule: string
  atLeast: Priority
}

export function sortedRows(rows: readonly Row[]): Row[] {
  return rows.map((row, order) => ({row, order}))
    .sort((a, b) => RANK[b.row.report.priority] - RANK[a.row.report.priority] || a.order - b.order)
    .map(({row}) => row)
}

export function shownRows(rows: readonly Row[], filter: Filter): Row[] {
  return sortedRows(rows).filter(({report}) =>
    RANK[report.priority] >= RANK[filter.atLeast] && (!filter.rule || report.messages.some((m) => m.ruleId === filter.rule)))
}

export function rulesIn(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap(({report}) => report.messages.map((m) => m.ruleId)))].sort()
}

export function renderRows(body: HTMLTableSectionElement, rows: readonly Row[]): void {
  body.replaceChildren(...rows.flatMap((row, index) => rowElements(row, `post-${index}`)))
}

function rowElements({item, report}: Row, key: string): HTMLTableRowElement[] {
  const text = 'text' in item ? item.text : ''
  const name = report.id === null || report.id === undefined ? `line ${item.line}` : String(report.id)
  const toggle = el('button', {type: 'button', class: 'quiet', 'aria-expanded': 'false', 'aria-controls': key},
    report.messages.length === 0 ? 'Show the post' : `Show ${report.messages.length} ${report.messages.length === 1 ? 'message' : 'messages'}`, el('span', {class: 'visually-hidden'}, ` of post ${name}`))
  const details = el('tr', {id: key, class: 'details'},
    el('td', {colspan: '4'},
      report.error ? el('p', {}, report.error) : el('p', {class: 'post-text'}, text),
      el('ul', {}, ...report.messages.map((m) => el('li', {},
        el('strong', {}, `${m.severity}: ${ruleName(m.ruleId)}`), m.actual ? ` on “${m.actual}”: ` : ': ', m.message)))))
  details.hidden = true
  toggle.addEventListener('click', () => {
    details.hidden = !details.hidden
    toggle.setAttribute('aria-expanded', String(!details.hidden))
  })
  const excerpt = report.error ?? (text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) + '…' : text)
  const summary = el('tr', {class: `priority-${report.priority}`},
    el('td', {class: 'priority'}, report.priority),
    el('td', {class: 'excerpt'}, el('strong', {}, name), ': ', excerpt),
    el('td', {}, [...new Set(report.messages.map((m) => m.ruleId))].join(', ')),
    el('td', {}, toggle))
  return [summary, details]
}
