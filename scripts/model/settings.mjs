// The training settings of dictionaries/model.yml (`training:`).
import {readFileSync} from 'node:fs'
import {parse} from 'yaml'

export function trainingSettings(file) {
  return parse(readFileSync(file, 'utf8')).training
}
