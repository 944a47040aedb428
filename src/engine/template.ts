// Message templates: `{name}` placeholders filled from dictionary texts.

/** `template` with each `{name}` (words may be spaced: `{region lines}`) replaced by `values[name]`. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([\w-]+(?: [\w-]+)*)\}/g, (whole, name: string) => values[name] ?? whole)
}
