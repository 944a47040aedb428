import {describe, expect, it} from 'vitest'
import {colourLevel} from '../../src/cli/colour.js'

// The spawned command never has a terminal, so the terminal cases are checked here.
const terminal = {isTTY: true}
const pipe = {isTTY: false}

describe('colourLevel', () => {
  it('colours a terminal and not a pipe', () => {
    expect(colourLevel({TERM: 'xterm'}, terminal)).toBe(1)
    expect(colourLevel({TERM: 'xterm-256color'}, terminal)).toBe(2)
    expect(colourLevel({TERM: 'xterm', COLORTERM: 'truecolor'}, terminal)).toBe(3)
    expect(colourLevel({TERM: 'xterm'}, pipe)).toBe(0)
    expect(colourLevel({TERM: 'dumb'}, terminal)).toBe(0)
  })

  it('turns colour off for any non-empty NO_COLOR, and ignores an empty one', () => {
    expect(colourLevel({TERM: 'xterm', NO_COLOR: '1'}, terminal)).toBe(0)
    expect(colourLevel({TERM: 'xterm', NO_COLOR: 'yes please'}, terminal)).toBe(0)
    expect(colourLevel({TERM: 'xterm', NO_COLOR: ''}, terminal)).toBe(1)
  })

  it('follows FORCE_COLOR over NO_COLOR and over the stream', () => {
    expect(colourLevel({FORCE_COLOR: '', NO_COLOR: '1'}, pipe)).toBe(1)
    expect(colourLevel({FORCE_COLOR: 'true'}, pipe)).toBe(1)
    expect(colourLevel({FORCE_COLOR: '2'}, pipe)).toBe(2)
    expect(colourLevel({FORCE_COLOR: '3', NO_COLOR: '1'}, pipe)).toBe(3)
    expect(colourLevel({FORCE_COLOR: '0', TERM: 'xterm'}, terminal)).toBe(0)
    expect(colourLevel({FORCE_COLOR: 'false', TERM: 'xterm'}, terminal)).toBe(0)
  })

  it('ignores a FORCE_COLOR that is not a level', () => {
    expect(colourLevel({FORCE_COLOR: 'banana', TERM: 'xterm'}, terminal)).toBe(1)
    expect(colourLevel({FORCE_COLOR: 'banana', NO_COLOR: '1', TERM: 'xterm'}, terminal)).toBe(0)
  })
})
