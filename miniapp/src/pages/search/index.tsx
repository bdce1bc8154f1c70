import { Input, ScrollView, View } from '@tarojs/components'
import { useCallback, useState } from 'react'

import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { usePagedList } from '@/hooks/usePagedList'
import { getChosenStore, openProduct, searchProducts } from '@/services'

import './index.css'

function Results({ storeId, query }: { storeId: string; query: string }) {
  const fetchPage = useCallback((after: string | null) => searchProducts(storeId, query, after), [storeId, query])
  const { state, loadMore, retry } = usePagedList(fetchPage, `${storeId}/${query}`)
  if (state.status === 'loading') return <Loading text='搜索中…' />
  if (state.status === 'error' && state.items.length === 0) return <ErrorState message={state.message!} onRetry={retry} />
  if (state.items.length === 0) return <Empty text={`本店没有找到“${query}”`} />
  return (
    <ScrollView className='search__results' scrollY onScrollToLower={loadMore}>
      {state.items.map((product) => (
        <ProductCard key={product.id} product={product} onOpen={(id) => openProduct(storeId, id)} />
      ))}
      {state.status === 'more' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message!} onRetry={retry} />}
    </ScrollView>
  )
}

export default function Search() {
  const store = getChosenStore()
  const [query, setQuery] = useState('')
  if (!store) return <Empty text='请先在首页选择门店' />
  return (
    <View className='search'>
      <Input
        className='search__input'
        placeholder={`在${store.name}搜索商品名称或条码`}
        confirmType='search'
        focus
        onConfirm={(event) => setQuery(event.detail.value.trim())}
      />
      {query ? <Results storeId={store.id} query={query} /> : <Empty text='输入商品名称或条码后搜索' />}
    </View>
  )
}
