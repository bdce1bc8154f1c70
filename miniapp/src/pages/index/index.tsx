import { Button, Text, View } from '@tarojs/components'

import type { NearbyStore } from '@/services'
import { formatDelivery, formatDistance, formatYuan } from '@/utils/format'

import { useNearbyStores } from './useNearbyStores'
import './index.css'

function StoreRow({ item }: { item: NearbyStore }) {
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
        <Text className='store-row__delivery'>{formatDelivery(item.deliversHere, item.deliveryEstimateMinutes)}</Text>
      </View>
      {item.deliversHere && (
        <Text className='store-row__fees'>
          {`起送¥${formatYuan(store.minOrderFen)} · 配送费¥${formatYuan(store.deliveryFeeFen)}`}
        </Text>
      )}
    </View>
  )
}

export default function Index() {
  const { state, reload } = useNearbyStores()

  return (
    <View className='home'>
      <Text className='home__title'>附近门店</Text>
      {state.status === 'loading' && <View className='home__state home__loading'>正在查找附近门店…</View>}
      {state.status === 'error' && (
        <View className='home__state home__error'>
          <Text>{state.message}</Text>
          <Button className='home__retry' size='mini' onClick={reload}>
            重试
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <>
          {state.usedFallbackLocation && (
            <View className='home__notice'>未获取定位，已为您显示人民广场附近门店</View>
          )}
          {state.stores.length === 0 ? (
            <View className='home__state home__empty'>附近暂无门店，换个位置试试</View>
          ) : (
            <View className='store-list'>
              {state.stores.map((item) => (
                <StoreRow key={item.store.id} item={item} />
              ))}
            </View>
          )}
        </>
      )}
    </View>
  )
}
