import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})

// jsdom has no media playback: staff pages' new-order chime would log "Not implemented" on every
// page render. Play resolves as a muted browser's would; the alert's own tests check what is played.
// (Tests that run in plain Node, such as app.config's, have no DOM at all.)
if (typeof HTMLMediaElement !== 'undefined') {
  HTMLMediaElement.prototype.play = () => Promise.resolve()
  HTMLMediaElement.prototype.pause = () => {}
}
