import { Button, ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'

import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { useAsync } from '@/hooks/useAsync'
import { usePagedList } from '@/hooks/usePagedList'
import {
  fetchCategories,
  fetchProducts,
  getChosenStore,
  goHome,
  openProduct,
  takePendingCategory,
  usePageShow,
  type Category as CategoryNode,
} from '@/services'

import './index.css'

function ProductList({ storeId, categoryId }: { storeId: string; categoryId: string }) {
  const fetchPage = useCallback((after: string | null) => fetchProducts(storeId, { categoryId, after }), [storeId, categoryId])
  const { state, loadMore, retry } = usePagedList(fetchPage, `${storeId}/${categoryId}`)
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error' && state.items.length === 0) return <ErrorState message={state.message!} onRetry={retry} />
  if (state.items.length === 0) return <Empty text='该分类暂无商品' />
  return (
    <ScrollView className='category__products' scrollY lowerThreshold={200} onScrollToLower={loadMore}>
      {state.items.map((product) => (
        <ProductCard key={product.id} product={product} onOpen={(id) => openProduct(storeId, id)} />
      ))}
      {state.status === 'more' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message!} onRetry={retry} />}
      {state.status === 'idle' && !state.hasNextPage && <View className='category__end'>没有更多了</View>}
    </ScrollView>
  )
}

function Browser({ storeId, categories, initial }: { storeId: string; categories: CategoryNode[]; initial: string | null }) {
  const [selected, setSelected] = useState(initial ?? categories[0]?.id ?? null)
  if (!selected) return <Empty text='本店暂无商品分类' />
  return (
    <View className='category'>
      <ScrollView className='category__sidebar' scrollY>
        {categories.map((category) => (
          <View
            key={category.id}
            className={category.id === selected ? 'category__tab category__tab--active' : 'category__tab'}
            data-category-id={category.id}
            onClick={() => setSelected(category.id)}
          >
            <Text>{category.name}</Text>
            <Text className='category__count'>{category.availableCount}</Text>
          </View>
        ))}
      </ScrollView>
      <ProductList key={selected} storeId={storeId} categoryId={selected} />
    </View>
  )
}

export default function Category() {
  const [store, setStore] = useState(getChosenStore)
  const [pending, setPending] = useState<string | null>(null)
  usePageShow(() => {
    setStore(getChosenStore())
    const next = takePendingCategory()
    if (next) setPending(next)
  })
  const storeId = store?.id ?? null
  const categories = useAsync(async () => (storeId ? fetchCategories(storeId) : []), [storeId])

  if (!storeId) {
    return (
      <View className='category__no-store'>
        <Empty text='请先在首页选择门店' />
        <Button size='mini' onClick={goHome}>
          去首页
        </Button>
      </View>
    )
  }
  if (categories.state.status === 'loading') return <Loading />
  if (categories.state.status === 'error') return <ErrorState message={categories.state.message} onRetry={categories.reload} />
  return (
    <View>
      <Text className='category__store'>{store!.name}</Text>
      <Browser key={`${storeId}/${pending}`} storeId={storeId} categories={categories.state.data} initial={pending} />
    </View>
  )
}
