import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import { BUTTON } from './control'

export interface SheetProps {
  open: boolean
  title?: string
  onClose: () => void
  children: ReactNode
  /** centre: a dialog box instead of a bottom sheet. */
  placement?: 'bottom' | 'centre'
}

/** A panel over a dimmed page; tapping the dim or 关闭 closes it. Rendered only while open. */
export function Sheet({ open, title, onClose, children, placement = 'bottom' }: SheetProps) {
  if (!open) return null
  return (
    <View className={`sheet sheet--${placement}`} catchMove>
      <View className='sheet__mask' onClick={onClose} />
      <View className='sheet__panel' role='dialog' aria-modal='true' aria-label={title}>
        {title && (
          <View className='sheet__head'>
            <Text className='sheet__title'>{title}</Text>
            {placement === 'bottom' && (
              <View className='sheet__close' {...BUTTON} aria-label='关闭' onClick={onClose}>
                <Text>×</Text>
              </View>
            )}
          </View>
        )}
        {children}
      </View>
    </View>
  )
}
