import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

import { Button } from './Button'
import { Sheet } from './Sheet'

export interface DialogProps {
  open: boolean
  title: string
  message?: string
  confirmText?: string
  cancelText?: string
  /** The confirming action removes or cancels something. */
  destructive?: boolean
  onConfirm: () => void
  onCancel: () => void
  /** A field the confirmation needs (how long, how many), under the message. */
  children?: ReactNode
}

/** A confirmation in the page's own look (services/feedback's confirmDialog is the native one). */
export function Dialog({ open, title, message, confirmText = '确定', cancelText = '再想想', destructive, onConfirm, onCancel, children }: DialogProps) {
  return (
    <Sheet open={open} title={title} onClose={onCancel} placement='centre'>
      {message && <Text className='dialog__message'>{message}</Text>}
      {children}
      <View className='dialog__actions'>
        <Button variant='ghost' className='dialog__action' onClick={onCancel}>
          {cancelText}
        </Button>
        <Button variant={destructive ? 'danger' : 'primary'} className='dialog__action' onClick={onConfirm}>
          {confirmText}
        </Button>
      </View>
    </Sheet>
  )
}
