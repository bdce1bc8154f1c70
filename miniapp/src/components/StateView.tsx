import { Text, View } from './elements'

import { Button } from './Button'
import { Skeleton } from './Skeleton'

/**
 * The one way pages show loading (a skeleton, or a line of text for short waits), failure (always
 * with 重试) and emptiness (with the next step when there is one).
 */
export function Loading({ text = '加载中…', skeleton }: { text?: string; skeleton?: 'rows' | 'grid' }) {
  if (skeleton) return <Skeleton layout={skeleton} />
  return (
    <View className='state-view state-view--loading' aria-busy='true'>
      {text}
    </View>
  )
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='state-view state-view--error' role='alert'>
      <View className='state-view__icon state-view__icon--error'>!</View>
      <Text className='state-view__text'>{message}</Text>
      <Button variant='secondary' size='sm' className='state-view__retry' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}

export function Empty({ text, actionText, onAction }: { text: string; actionText?: string; onAction?: () => void }) {
  return (
    <View className='state-view state-view--empty'>
      <View className='state-view__icon' />
      <Text className='state-view__text'>{text}</Text>
      {actionText && onAction && (
        <Button size='sm' className='state-view__action' onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  )
}
