import { Input, ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'

import { CartBar } from '@/components/CartBar'
import { Empty, ErrorState, Loading } from '@/components/StateView'
import { ProductCard } from '@/components/ProductCard'
import { usePagedList } from '@/hooks/usePagedList'
import { clearSearchHistory, getChosenStore, getSearchHistory, goHome, openProduct, rememberSearch, searchProducts } from '@/services'

import './index.css'

/** What convenience-store shoppers look for most; a start when the history is empty. */
const HOT_WORDS = ['矿泉水', '可乐', '咖啡', '牛奶', '薯片', '方便面', '便当', '冰淇淋']

function Results({ storeId, query }: { storeId: string; query: string }) {
  const fetchPage = useCallback((after: string | null) => searchProducts(storeId, query, after), [storeId, query])
  const { state, loadMore, retry } = usePagedList(fetchPage, `${storeId}/${query}`)
  if (state.status === 'loading') return <Loading skeleton='rows' />
  if (state.status === 'error' && state.items.length === 0) return <ErrorState message={state.message!} onRetry={retry} />
  if (state.items.length === 0) return <Empty text={`本店没有找到“${query}”，换个词试试`} />
  return (
    <ScrollView className='search__results' scrollY onScrollToLower={loadMore}>
      {state.items.map((product) => (
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
          <View className='search__clear' role='button' onClick={onClear}>
            清空
          </View>
        )}
      </View>
      <View className='search__chips'>
        {words.map((word) => (
          <Text key={word} className='search__chip' onClick={() => onPick(word)}>
            {word}
          </Text>
        ))}
      </View>
    </View>
  )
}

export default function Search() {
  const store = getChosenStore()
  const [draft, setDraft] = useState('')
  const [query, setQuery] = useState('')
  const [history, setHistory] = useState(getSearchHistory)
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
          placeholder={`在${store.name}搜索商品名称或条码`}
          confirmType='search'
          focus
          onInput={(event) => setDraft(event.detail.value)}
          onConfirm={(event) => search(event.detail.value)}
        />
        <View className='search__submit' role='button' onClick={() => search(draft)}>
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
          <Words title='大家都在搜' words={HOT_WORDS} onPick={search} />
        </>
      )}
      <CartBar storeId={store.id} reserveSpace={false} />
    </View>
  )
}
