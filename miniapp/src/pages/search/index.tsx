import { Input, ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'

import { CartBar } from '@/components/CartBar'
import { BUTTON } from '@/components/control'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { usePagedList } from '@/hooks/usePagedList'
import {
  clearSearchHistory,
  fetchHotWords,
  getChosenStore,
  getSearchHistory,
  goHome,
  openProduct,
  rememberSearch,
  searchProducts,
  type ProductSummary,
} from '@/services'

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
  if (state.status === 'loading') return <Loading skeleton='rows' />
  if (state.status === 'error' && state.items.length === 0) return <ErrorState message={state.message!} onRetry={retry} />
  const nothingFound = state.items.length === 0
  return (
    <ScrollView className='search__results' scrollY onScrollToLower={loadMore}>
      {nothingFound && <Empty text={`本店没有找到“${query}”，换个词试试`} />}
      {nothingFound && suggestions.length > 0 && <Text className='search__words-title search__suggest-title'>本店热卖，看看这些</Text>}
      {(nothingFound ? suggestions : state.items).map((product) => (
        <ProductCard key={product.id} product={product} storeId={storeId} onOpen={(id) => openProduct(storeId, id)} />
      ))}
      {state.status === 'more' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message!} onRetry={retry} />}
      <View className='search__bottom-room' />
    </ScrollView>
  )
}

function Words({ title, words, onPick, onClear }: { title: string; words: string[]; onPick: (word: string) => void; onClear?: () => void }) {
  return (
    <View className='search__words'>
      <View className='search__words-head'>
        <Text className='search__words-title'>{title}</Text>
        {onClear && (
          <View className='search__clear' {...BUTTON} onClick={onClear}>
            清空
          </View>
        )}
      </View>
      <View className='search__chips'>
        {words.map((word) => (
          <Text key={word} className='search__chip' {...BUTTON} onClick={() => onPick(word)}>
            {word}
          </Text>
        ))}
      </View>
    </View>
  )
}

/** The store's own hot words; while they load, or if they fail, the section is simply absent. */
function useHotWords(storeId: string | null) {
  const [words, setWords] = useState<string[]>([])
  useEffect(() => {
    if (storeId) fetchHotWords(storeId).then(setWords, () => setWords([]))
  }, [storeId])
  return words
}

export default function Search() {
  const store = getChosenStore()
  const [draft, setDraft] = useState('')
  const [query, setQuery] = useState('')
  const [history, setHistory] = useState(getSearchHistory)
  const hotWords = useHotWords(store?.id ?? null)
  if (!store) return <Empty text='请先在首页选择门店' actionText='去首页' onAction={goHome} />

  function search(text: string) {
    const word = text.trim()
    setDraft(word)
    setQuery(word)
    if (word) setHistory(rememberSearch(word))
  }

  return (
    <View className='search'>
      <View className='search__bar'>
        <Input
          className='search__input'
          value={draft}
          placeholder={`在${store.name}搜索商品名称、拼音或条码`}
          confirmType='search'
          focus
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={(event) => search(event.detail.value)}
        />
        <View className='search__submit' {...BUTTON} onClick={() => search(draft)}>
          搜索
        </View>
      </View>
      {query ? (
        <Results storeId={store.id} query={query} />
      ) : (
        <>
          {history.length > 0 && (
            <Words
              title='搜索历史'
              words={history}
              onPick={search}
              onClear={() => {
                clearSearchHistory()
                setHistory([])
              }}
            />
          )}
          {hotWords.length > 0 && <Words title='大家都在搜' words={hotWords} onPick={search} />}
        </>
      )}
      <CartBar storeId={store.id} reserveSpace={false} />
    </View>
  )
}
