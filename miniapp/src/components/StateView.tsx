import { Button, Text, View } from '@tarojs/components'

import './StateView.css'

/** The one way pages show loading, failure (always with 重试) and emptiness. */
export function Loading({ text = '加载中…' }: { text?: string }) {
  return <View className='state-view state-view--loading'>{text}</View>
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='state-view state-view--error'>
      <Text>{message}</Text>
      <Button className='state-view__retry' size='mini' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}

export function Empty({ text }: { text: string }) {
  return <View className='state-view state-view--empty'>{text}</View>
}
