import { Input, ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { usePagedList } from '@/hooks/usePagedList'
import { fetchHotWords, getChosenStore, openProduct, searchProducts, type ProductSummary } from '@/services'

import './index.css'

function Results({ storeId, query }: { storeId: string; query: string }) {
  // The first page carries what the store has instead when nothing matched.
  const [suggestions, setSuggestions] = useState<ProductSummary[]>([])
  const fetchPage = useCallback(
    async (after: string | null) => {
      const page = await searchProducts(storeId, query, after)
      if (after === null) setSuggestions(page.suggestions)
      return page
    },
    [storeId, query],
  )
  const { state, loadMore, retry } = usePagedList(fetchPage, `${storeId}/${query}`)
  if (state.status === 'loading') return <Loading text='搜索中…' />
  if (state.status === 'error' && state.items.length === 0) return <ErrorState message={state.message!} onRetry={retry} />
  const items = state.items.length > 0 ? state.items : suggestions
  return (
    <ScrollView className='search__results' scrollY onScrollToLower={loadMore}>
      {state.items.length === 0 && <Empty text={`本店没有找到“${query}”`} />}
      {state.items.length === 0 && suggestions.length > 0 && <View className='search__heading'>本店热卖，看看这些</View>}
      {items.map((product) => (
        <ProductCard key={product.id} product={product} onOpen={(id) => openProduct(storeId, id)} />
      ))}
      {state.status === 'more' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message!} onRetry={retry} />}
    </ScrollView>
  )
}

/** The store's hot words as chips; a failed load just shows none (search still works). */
function HotWords({ storeId, onPick }: { storeId: string; onPick: (word: string) => void }) {
  const [words, setWords] = useState<string[]>([])
  useEffect(() => {
    fetchHotWords(storeId).then(setWords, () => setWords([]))
  }, [storeId])
  if (words.length === 0) return <Empty text='输入商品名称、拼音或条码后搜索' />
  return (
    <View className='search__hot'>
      <View className='search__heading'>热门搜索</View>
      {words.map((word) => (
        <Text key={word} className='search__chip' onClick={() => onPick(word)}>
          {word}
        </Text>
      ))}
    </View>
  )
}

export default function Search() {
  const store = getChosenStore()
  const [input, setInput] = useState('')
  const [query, setQuery] = useState('')
  if (!store) return <Empty text='请先在首页选择门店' />
  const pick = (word: string) => {
    setInput(word)
    setQuery(word)
  }
  return (
    <View className='search'>
      <Input
        className='search__input'
        placeholder={`在${store.name}搜索商品名称、拼音或条码`}
        confirmType='search'
        focus
        value={input}
        onInput={(event) => setInput(event.detail.value)}
        onConfirm={(event) => setQuery(event.detail.value.trim())}
      />
      {query ? <Results storeId={store.id} query={query} /> : <HotWords storeId={store.id} onPick={pick} />}
    </View>
  )
}
