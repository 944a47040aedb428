// Small DOM helpers: find an element the page must have, and build one.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`the page has no #${id}`)
  return element as T
}

type Child = Node | string | undefined | false

/** `el('a', {href: '...'}, 'text')`: attributes set as attributes, children appended in order. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  for (const child of children) if (child) element.append(child)
  return element
}

/** "suicide-language" -> "Suicide language". */
export function ruleName(ruleId: string): string {
  const words = ruleId.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', {type: 'button'}, label)
  b.addEventListener('click', onClick)
  return b
}
