// Every link a reader is sent to (the sources behind `--why` and the rule
// docs) goes to the publisher's own site or a DOI, not to a mirror or a
// document dump; and nothing a user reads points at files only this
// repository's authors have.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {compiled} from '../src/generated/dictionaries.js'

/** Publishers of guidance and research, and doi.org. A new source's host is added here on purpose, after checking who runs it. */
const publishers = new Set([
  'iris.who.int', 'www.who.int', 'paho.org', 'reportingonsuicide.org', 'afsp.org', 'suicidepreventionmessaging.org', 'sprc.org',
  'jedfoundation.org', 'www.copydesk.org', 'www.orygen.org.au', 'www.samaritans.org', 'samaritans.org', 'mindframe.org.au',
  'suicideprevention.ca', 'www.beateatingdisorders.org.uk', 'www.nationaleatingdisorders.org', 'nedic.ca', 'butterfly.org.au',
  'www.headline.ie', 'equip.health', 'poynter.org', 'www.time-to-change.org.uk', 'www.shift.org.uk', 'www.mind.org.uk',
  'harmless.org.uk', 'languageplease.org', 'www.nice.org.uk', 'cssrs.columbia.edu', 'www.nimh.nih.gov', 'legislation.gov.uk',
  'recovered.org', 'www.reuters.com', 'exploringselfharm.com', 'doi.org', 'namiwla.org', 'ronniesawesomelist.com',
  'theredleafpractice.com', 'withinhealth.com', 'natashatracy.com', 'aws.healthyplace.com', 'www.emerald.com',
  'www2.education.vic.gov.au', 'hub.supportaftersuicide.org.uk', 'www.seandcessexmind.org.uk', 'www.stylist.co.uk',
  'wildcatpost.org', 'en.wikipedia.org'
])

/** Mirrors and document dumps a note once linked to: never again. */
const mirrors = ['marketers1.com', 'squiz.cloud', 'docest.com', 'fdocuments', 'slidelegend.com', 'scribd.com', 'wikimili.com', 'pansguide.com', 'ouci.dntb.gov.ua']

describe('source links', () => {
  const sources = Object.entries(compiled.sources)

  it.each(sources)('%s links to its publisher', (_id, source) => {
    const host = new URL(source.url).host
    expect(mirrors.some((mirror) => host.includes(mirror)), host).toBe(false)
    expect(publishers.has(host), `${host} is not a known publisher: link the publisher's page or a DOI, then add the host here`).toBe(true)
  })
})

describe('what users read', () => {
  const root = path.join(import.meta.dirname, '..')
  const docs = ['README.md', ...fs.readdirSync(path.join(root, 'docs', 'rules')).map((name) => path.join('docs', 'rules', name)), path.join('docs', 'dictionaries.md')]
  const notes = Object.values(compiled.rules).flatMap((rule) => rule.entries.map((entry) => ({id: entry.id, text: `${entry.reason} ${entry.message ?? ''}`})))

  it.each(docs)('%s refers to nothing outside the package', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    expect(text).not.toMatch(/\.\.\/shared\/|eval conventions|research\/guidelines\.md/)
  })

  it('no reason shown by --why refers to files outside the package', () => {
    expect(notes.filter((note) => /\.\.\/shared|eval conventions|research notes/.test(note.text)).map((note) => note.id)).toEqual([])
  })
})
