import { View } from './elements'


/** Grey shapes where content will be, so the page does not jump when it arrives. */
export function Skeleton({ layout = 'rows', count = 4 }: { layout?: 'rows' | 'grid'; count?: number }) {
  return (
    <View className={`skeleton skeleton--${layout}`} aria-busy='true' aria-label='加载中'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='skeleton__item'>
          <View className='skeleton__block skeleton__media' />
          <View className='skeleton__text'>
            <View className='skeleton__block skeleton__line' />
            <View className='skeleton__block skeleton__line skeleton__line--short' />
          </View>
        </View>
      ))}
    </View>
  )
}
