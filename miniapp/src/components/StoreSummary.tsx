import { Text, View } from '@tarojs/components'

import type { NearbyStore } from '@/services'
import { formatDelivery, formatDistance, formatYuan } from '@/utils/format'

import './StoreSummary.css'

/** One store as the shopper weighs it: distance, open or not, delivery here and its cost, pickup. */
export function StoreSummary({ item }: { item: NearbyStore }) {
  const { store } = item
  return (
    <View className='store-row' data-store-id={store.id}>
      <View className='store-row__head'>
        <Text className='store-row__name'>{store.name}</Text>
        <Text className='store-row__distance'>{formatDistance(item.distanceM)}</Text>
      </View>
      <Text className='store-row__address'>{store.address}</Text>
      <View className='store-row__meta'>
        <Text className={store.openingStatus.isOpen ? 'store-row__status' : 'store-row__status store-row__status--closed'}>
          {store.openingStatus.label}
        </Text>
        <Text className='store-row__delivery'>{formatDelivery(item.deliversHere, item.deliveryEstimateMinutes, item.pickupAvailable)}</Text>
      </View>
      {item.deliversHere && (
        <Text className='store-row__fees'>{`起送¥${formatYuan(store.minOrderFen)} · 配送费¥${formatYuan(store.deliveryFeeFen)}`}</Text>
      )}
    </View>
  )
}
