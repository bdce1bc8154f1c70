import { Text, View } from '@/components/elements'
import { useEffect } from 'react'

import { Button } from '@/components/Button'
import { CampaignBanners } from '@/components/CampaignBanners'
import { CartBar } from '@/components/CartBar'
import { CategoryIcon } from '@/components/CategoryIcon'
import { BUTTON, LINK } from '@/components/control'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { StoreSummary } from '@/components/StoreSummary'
import { withTabBar } from '@/components/TabBar'
import { useAsync } from '@/hooks/useAsync'
import { useProgressive } from '@/hooks/useProgressive'
import {
  answeredHomeBanners,
  answeredHomeCategories,
  answeredHomeFeatured,
  fetchHomeCategories,
  fetchHomeBanners,
  fetchHomeFeatured,
  openCategory,
  openLocationPicker,
  openProduct,
  openSearch,
  openStoreSwitcher,
  rememberStoreTerms,
  ROUTES,
  type ProductSummary,
  type ShownStore,
} from '@/services'

import { useCurrentStore } from './useCurrentStore'
import './index.css'

const CARDS_PER_ROW = 2
/** The first row of the grid is on screen at once: those pictures load without waiting for the lazy loader. */
const EAGER_IMAGES = CARDS_PER_ROW
/** Cards rendered with the first screen (two rows); the rest follow a row at a time. */
const FIRST_CARDS = 2 * CARDS_PER_ROW

function Featured({ storeId, products }: { storeId: string; products: ProductSummary[] }) {
  const shown = useProgressive(products.length, FIRST_CARDS, CARDS_PER_ROW)
  return (
    <View className='featured'>
      {products.slice(0, shown).map((product, index) => (
        <ProductCard
          key={product.id}
          product={product}
          storeId={storeId}
          layout='grid'
          eagerImage={index < EAGER_IMAGES}
          onOpen={(id) => openProduct(storeId, id)}
        />
      ))}
    </View>
  )
}

function Catalog({ storeId }: { storeId: string }) {
  // Answers already in are drawn with the store, in the same pass (a scanned store's, on H5).
  const categories = useAsync(() => fetchHomeCategories(storeId), [storeId], () => answeredHomeCategories(storeId))
  const featured = useAsync(() => fetchHomeFeatured(storeId), [storeId], () => answeredHomeFeatured(storeId))
  const banners = useAsync(() => fetchHomeBanners(storeId), [storeId], () => answeredHomeBanners(storeId))
  // Nothing of the catalogue shows before the category grid and the banners: whatever came first
  // would be pushed down by them.
  if (categories.state.status === 'loading' || banners.state.status === 'loading') return <Loading skeleton='grid' />
  return (
    <>
      <View className='home__panel'>
        {categories.state.status === 'error' && <ErrorState message={categories.state.message} onRetry={categories.reload} />}
        {categories.state.status === 'ready' && (
          <View className='category-grid'>
            {categories.state.data.map((category) => (
              <View key={category.id} className='category-grid__item' {...LINK} data-category-id={category.id} onClick={() => openCategory(category.id)}>
                <CategoryIcon name={category.name} />
                <Text className='category-grid__name'>{category.name}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
      {banners.state.status === 'ready' && <CampaignBanners storeId={storeId} banners={banners.state.data} />}
      <View className='home__section'>
        <Text className='home__section-title'>精选推荐</Text>
        <Text className='home__section-note'>本店现货 · 即买即送</Text>
      </View>
      {featured.state.status === 'loading' && <Loading skeleton='grid' />}
      {featured.state.status === 'error' && <ErrorState message={featured.state.message} onRetry={featured.reload} />}
      {featured.state.status === 'ready' &&
        (featured.state.data.nodes.length === 0 ? (
          <Empty text='暂无推荐商品' actionText='搜索商品' onAction={openSearch} />
        ) : (
          <Featured storeId={storeId} products={featured.state.data.nodes} />
        ))}
    </>
  )
}

function CurrentStore({ current }: { current: ShownStore }) {
  const { store } = current
  // The cart bar on every page says 还差¥X起送 against these terms.
  useEffect(() => {
    rememberStoreTerms({ storeId: store.id, minOrderFen: store.minOrderFen, deliveryFeeFen: store.deliveryFeeFen })
  }, [store.id, store.minOrderFen, store.deliveryFeeFen])
  return (
    <View className='current-store'>
      <StoreSummary item={current} />
      <View className='current-store__switch' {...BUTTON} onClick={openStoreSwitcher}>
        <Text>切换门店</Text>
      </View>
    </View>
  )
}

function SearchBox() {
  return (
    <View className='search-box' {...LINK} onClick={openSearch}>
      <View className='search-box__icon' />
      <Text className='search-box__placeholder'>搜索本店商品</Text>
      <Text className='search-box__button'>搜索</Text>
    </View>
  )
}

function Index() {
  const { state, reload } = useCurrentStore()
  const storeId = state.status === 'ready' ? (state.current?.store.id ?? null) : null

  return (
    <View className='home'>
      <View className='home__header'>
        {/* The row keeps its height while the store loads, so the search box does not move down. */}
        {state.status === 'ready' ? (
          <View className='home__location' {...BUTTON} onClick={openLocationPicker}>
            <Text className='home__location-label'>
              {state.locationLabel ? `配送至：${state.locationLabel}` : state.located ? '当前定位' : state.locating ? '正在获取您的位置…' : '未获取到您的位置'}
            </Text>
            <Text className='home__location-change'>{state.located ? '修改位置' : '选择位置'}</Text>
          </View>
        ) : (
          <View className='home__location' />
        )}
        <SearchBox />
      </View>
      <View className='home__body'>
        {state.status === 'loading' && <Loading text='正在查找附近门店…' />}
        {state.status === 'error' && <ErrorState message={state.message} onRetry={reload} />}
        {state.status === 'needs-location' && (
          <View className='home__notice home__needs-location'>
            <Text>未获取到您的位置，请选择所在区域或搜索地址</Text>
            <Button size='sm' className='home__choose-location' onClick={openLocationPicker}>
              选择位置
            </Button>
          </View>
        )}
        {state.status === 'ready' &&
          (state.current ? (
            <>
              <CurrentStore current={state.current} />
              <Catalog storeId={state.current.store.id} />
            </>
          ) : (
            <Empty text='附近暂无门店，换个位置试试' actionText='修改位置' onAction={openLocationPicker} />
          ))}
      </View>
      <CartBar storeId={storeId} aboveTabBar />
    </View>
  )
}

export default withTabBar(ROUTES.home, Index)
