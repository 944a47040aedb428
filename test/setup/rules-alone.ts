// The rule tests (test/rules/, and every other suite but test/model/) pin
// down what the dictionaries say, so they run with the trained scorer
// switched off: a rule's lookalike must stay silent whatever the scorer
// learned. test/model/ switches the shipped scorer back on and holds the
// scorer's own hits and lookalikes; the spawned command line always runs
// with it.
import {useModel} from '../../src/model/active.js'

useModel(null)
