import { Text, View } from './elements'

import { formatYuan } from '@/utils/format'


export interface PriceProps {
  fen: number
  /** Shown beside the price, marked 会员, when the product has one. */
  memberFen?: number | null
  unit?: string
  size?: 'sm' | 'md' | 'lg'
  className?: string
}

/** ¥ and decimals small, yuan large, as price tags read; the member price in gold beside it. */
export function Price({ fen, memberFen, unit, size = 'md', className }: PriceProps) {
  const [yuan, decimals] = formatYuan(fen).split('.')
  return (
    <View className={['price', `price--${size}`, className].filter(Boolean).join(' ')}>
      <Text className='price__now' aria-label={`¥${formatYuan(fen)}`}>
        <Text className='price__symbol'>¥</Text>
        <Text className='price__yuan'>{yuan}</Text>
        {decimals && <Text className='price__decimals'>{`.${decimals}`}</Text>}
      </Text>
      {unit && <Text className='price__unit'>{`/${unit}`}</Text>}
      {memberFen != null && (
        <View className='price__member'>
          <Text className='price__member-tag'>会员</Text>
          <Text className='price__member-value'>{`¥${formatYuan(memberFen)}`}</Text>
        </View>
      )}
    </View>
  )
}
