import { ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'

import { CartBar } from '@/components/CartBar'
import { LINK, toggleButton } from '@/components/control'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { TAB_BAR_INSIDE_PAGE, withTabBar } from '@/components/TabBar'
import { useAsync } from '@/hooks/useAsync'
import { usePagedList } from '@/hooks/usePagedList'
import {
  fetchCategories,
  fetchProducts,
  getChosenStore,
  goHome,
  openProduct,
  openSearch,
  ROUTES,
  takePendingCategory,
  usePageShow,
  type Category as CategoryNode,
} from '@/services'

import './index.css'

function ProductList({ storeId, categoryId }: { storeId: string; categoryId: string }) {
  const fetchPage = useCallback((after: string | null) => fetchProducts(storeId, { categoryId, after }), [storeId, categoryId])
  const { state, loadMore, retry } = usePagedList(fetchPage, `${storeId}/${categoryId}`)
  if (state.status === 'loading') return <Loading skeleton='rows' />
  if (state.status === 'error' && state.items.length === 0) return <ErrorState message={state.message!} onRetry={retry} />
  if (state.items.length === 0) return <Empty text='该分类暂无商品' actionText='搜索其他商品' onAction={openSearch} />
  return (
    <ScrollView className='category__products' scrollY lowerThreshold={200} onScrollToLower={loadMore}>
      {state.items.map((product) => (
        <ProductCard key={product.id} product={product} storeId={storeId} onOpen={(id) => openProduct(storeId, id)} />
      ))}
      {state.status === 'more' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message!} onRetry={retry} />}
      {state.status === 'idle' && !state.hasNextPage && <View className='category__end'>没有更多了</View>}
      <View className='category__bottom-room' />
    </ScrollView>
  )
}

function Browser({ storeId, categories, initial }: { storeId: string; categories: CategoryNode[]; initial: string | null }) {
  const [selected, setSelected] = useState(initial ?? categories[0]?.id ?? null)
  const [child, setChild] = useState<string | null>(null)
  if (!selected) return <Empty text='本店暂无商品分类' actionText='回首页' onAction={goHome} />
  const children = categories.find((category) => category.id === selected)?.children ?? []
  return (
    <View className={TAB_BAR_INSIDE_PAGE ? 'category category--tab-bar-inside' : 'category'}>
      <ScrollView className='category__sidebar' scrollY>
        {categories.map((category) => (
          <View
            key={category.id}
            className={category.id === selected ? 'category__tab category__tab--active' : 'category__tab'}
            {...toggleButton(category.id === selected)}
            data-category-id={category.id}
            onClick={() => {
              setSelected(category.id)
              setChild(null)
            }}
          >
            <Text className='category__tab-name'>{category.name}</Text>
            <Text className='category__count'>{category.availableCount}</Text>
          </View>
        ))}
      </ScrollView>
      <View className='category__main'>
        {children.length > 0 && (
          <ScrollView className='category__children' scrollX>
            {[{ id: null, name: '全部' }, ...children].map((sub) => (
              <Text
                key={sub.id ?? 'all'}
                className={sub.id === child ? 'category__child category__child--active' : 'category__child'}
                {...toggleButton(sub.id === child)}
                onClick={() => setChild(sub.id)}
              >
                {sub.name}
              </Text>
            ))}
          </ScrollView>
        )}
        <ProductList key={child ?? selected} storeId={storeId} categoryId={child ?? selected} />
      </View>
    </View>
  )
}

function Category() {
  const [store, setStore] = useState(getChosenStore)
  const [pending, setPending] = useState<string | null>(null)
  usePageShow(() => {
    setStore(getChosenStore())
    const next = takePendingCategory()
    if (next) setPending(next)
  })
  const storeId = store?.id ?? null
  const categories = useAsync(async () => (storeId ? fetchCategories(storeId) : []), [storeId])

  if (!storeId) return <Empty text='请先在首页选择门店' actionText='去首页' onAction={goHome} />
  return (
    <View className='category-page'>
      <View className='category__head'>
        <Text className='category__store'>{store!.name}</Text>
        <View className='category__search' {...LINK} onClick={openSearch}>
          <Text>搜索本店商品</Text>
        </View>
      </View>
      {categories.state.status === 'loading' && <Loading skeleton='rows' />}
      {categories.state.status === 'error' && <ErrorState message={categories.state.message} onRetry={categories.reload} />}
      {categories.state.status === 'ready' && (
        <Browser key={`${storeId}/${pending}`} storeId={storeId} categories={categories.state.data} initial={pending} />
      )}
      <CartBar storeId={storeId} aboveTabBar reserveSpace={false} />
    </View>
  )
}

export default withTabBar(ROUTES.category, Category)
