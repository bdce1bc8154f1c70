import { Button, Text, View } from '@tarojs/components'

import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { StoreSummary } from '@/components/StoreSummary'
import { useAsync } from '@/hooks/useAsync'
import {
  fetchCategories,
  fetchProducts,
  openCategory,
  openLocationPicker,
  openProduct,
  openSearch,
  openStoreSwitcher,
  type ShownStore,
} from '@/services'

import { useCurrentStore } from './useCurrentStore'
import './index.css'

function Catalog({ storeId }: { storeId: string }) {
  const categories = useAsync(() => fetchCategories(storeId), [storeId])
  const featured = useAsync(() => fetchProducts(storeId, { featured: true, first: 10 }), [storeId])
  return (
    <>
      <Text className='home__section'>商品分类</Text>
      {categories.state.status === 'loading' && <Loading />}
      {categories.state.status === 'error' && <ErrorState message={categories.state.message} onRetry={categories.reload} />}
      {categories.state.status === 'ready' && (
        <View className='category-grid'>
          {categories.state.data.map((category) => (
            <View key={category.id} className='category-grid__item' data-category-id={category.id} onClick={() => openCategory(category.id)}>
              <Text>{category.name}</Text>
            </View>
          ))}
        </View>
      )}
      <Text className='home__section'>精选推荐</Text>
      {featured.state.status === 'loading' && <Loading />}
      {featured.state.status === 'error' && <ErrorState message={featured.state.message} onRetry={featured.reload} />}
      {featured.state.status === 'ready' &&
        (featured.state.data.nodes.length === 0 ? (
          <Empty text='暂无推荐商品' />
        ) : (
          <View className='featured'>
            {featured.state.data.nodes.map((product) => (
              <ProductCard key={product.id} product={product} onOpen={(id) => openProduct(storeId, id)} />
            ))}
          </View>
        ))}
    </>
  )
}

function CurrentStore({ current }: { current: ShownStore }) {
  return (
    <View className='current-store'>
      <StoreSummary item={current} />
      <Button className='current-store__switch' size='mini' onClick={openStoreSwitcher}>
        切换门店
      </Button>
    </View>
  )
}

export default function Index() {
  const { state, reload } = useCurrentStore()

  return (
    <View className='home'>
      {state.status === 'loading' && <Loading text='正在查找附近门店…' />}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'needs-location' && (
        <View className='home__notice home__needs-location'>
          <Text>未获取到您的位置，请选择所在区域或搜索地址</Text>
          <Button className='home__choose-location' size='mini' onClick={openLocationPicker}>
            选择位置
          </Button>
        </View>
      )}
      {state.status === 'ready' && (
        <>
          <View className='home__location' onClick={openLocationPicker}>
            <Text>{state.locationLabel ? `配送至：${state.locationLabel}` : state.located ? '当前定位' : '未获取到您的位置'}</Text>
            <Text className='home__location-change'>{state.located ? '修改位置' : '选择位置'}</Text>
          </View>
          {state.current ? (
            <>
              <CurrentStore current={state.current} />
              <View className='home__search' onClick={openSearch}>
                搜索本店商品
              </View>
              <Catalog storeId={state.current.store.id} />
            </>
          ) : (
            <Empty text='附近暂无门店，换个位置试试' />
          )}
        </>
      )}
    </View>
  )
}
