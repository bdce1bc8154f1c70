import { useDidShow, useLaunch } from '@tarojs/taro'
import { type PropsWithChildren } from 'react'

import { pressWithKeyboard } from './components/control'
import { ensureSignedIn } from './services/auth'
import { entryScene, openEntryScene } from './services/scene'
import './app.css'

if (process.env.TARO_ENV === 'h5') pressWithKeyboard(document)

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    // Silent sign-in: pages that need a user wait for it through the session; others do not care.
    void ensureSignedIn()
    void openEntryScene(entryScene(options))
  })
  // A code scanned while the app is in the background arrives with the next show.
  useDidShow((options?: { query?: Record<string, string | undefined> }) => void openEntryScene(entryScene(options)))
  return children
}

export default App
