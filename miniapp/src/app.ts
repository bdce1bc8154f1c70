import { useLaunch } from '@tarojs/taro'
import { type PropsWithChildren } from 'react'

import { ensureSignedIn } from './services/auth'
import './app.css'

function App({ children }: PropsWithChildren) {
  // Silent sign-in: pages that need a user wait for it through the session; others do not care.
  useLaunch(() => void ensureSignedIn())
  return children
}

export default App
