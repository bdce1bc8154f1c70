import { Text, View } from '@tarojs/components'

import type { ShownStore } from '@/services'
import { formatDelivery, formatDistance, formatYuan } from '@/utils/format'

import './StoreSummary.css'

/**
 * One store as the shopper weighs it: distance, open or not, delivery here and its cost, pickup. Seen
 * from no location (a scanned store, location refused), distance and delivery are left to a location.
 */
export function StoreSummary({ item }: { item: ShownStore }) {
  const { store } = item
  const seen = 'distanceM' in item ? item : null
  return (
    <View className='store-row' data-store-id={store.id}>
      <View className='store-row__head'>
        <Text className='store-row__name'>{store.name}</Text>
        {seen && <Text className='store-row__distance'>{formatDistance(seen.distanceM)}</Text>}
      </View>
      <Text className='store-row__address'>{store.address}</Text>
      <View className='store-row__meta'>
        <Text className={store.openingStatus.isOpen ? 'store-row__status' : 'store-row__status store-row__status--closed'}>
          {store.openingStatus.label}
        </Text>
        <Text className='store-row__delivery'>
          {seen ? formatDelivery(seen.deliversHere, seen.deliveryEstimateMinutes, seen.pickupAvailable, seen.store.deliveryPaused) : '可到店自提，选择位置查看能否配送'}
        </Text>
      </View>
      {seen?.deliversHere && (
        <Text className='store-row__fees'>{`起送¥${formatYuan(store.minOrderFen)} · 配送费¥${formatYuan(store.deliveryFeeFen)}`}</Text>
      )}
    </View>
  )
}
