import { Text } from './elements'
import type { ReactNode } from 'react'


export type TagTone = 'brand' | 'member' | 'warn' | 'success' | 'muted'

export function Tag({ tone = 'brand', children, className }: { tone?: TagTone; children: ReactNode; className?: string }) {
  return <Text className={['tag', `tag--${tone}`, className].filter(Boolean).join(' ')}>{children}</Text>
}
