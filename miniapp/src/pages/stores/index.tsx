import { View } from '@tarojs/components'

import { BUTTON } from '@/components/control'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { StoreSummary } from '@/components/StoreSummary'
import { useAsync } from '@/hooks/useAsync'
import { fetchNearbyStores, getChosenStore, goBack, openLocationPicker, resolveShopperLocation, setChosenStore } from '@/services'

import './index.css'

export default function Stores() {
  const { state, reload } = useAsync(async () => {
    const where = await resolveShopperLocation()
    return where ? fetchNearbyStores(where.location) : null
  }, [])
  const current = getChosenStore()
  if (state.status === 'loading') return <Loading text='正在查找附近门店…' />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={reload} />
  if (state.data === null) {
    return (
      <View onClick={openLocationPicker}>
        <Empty text='未获取到您的位置，点此选择位置' />
      </View>
    )
  }
  if (state.data.length === 0) return <Empty text='附近暂无门店，换个位置试试' />
  return (
    <View className='stores'>
      {state.data.map((item) => (
        <View
          key={item.store.id}
          className={item.store.id === current?.id ? 'stores__item stores__item--current' : 'stores__item'}
          {...BUTTON}
          aria-current={item.store.id === current?.id ? 'true' : undefined}
          onClick={() => {
            setChosenStore({ id: item.store.id, name: item.store.name })
            void goBack()
          }}
        >
          <StoreSummary item={item} />
        </View>
      ))}
    </View>
  )
}
