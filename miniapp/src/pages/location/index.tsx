import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Empty, ErrorState, Loading } from '@/components/StateView'
import { useAsync } from '@/hooks/useAsync'
import { fetchPlaces, goBack, setChosenLocation, type Place } from '@/services'

import './index.css'

const KIND_TEXT = { DISTRICT: '区域', LANDMARK: '地标', STORE: '地址' } as const

/** The fallback when location is refused: pick a district, or search a landmark or address. */
export default function Location() {
  const [keyword, setKeyword] = useState('')
  const { state, reload } = useAsync(() => fetchPlaces(keyword), [keyword])
  const choose = (place: Place) => {
    setChosenLocation({ ...place.location, label: place.name })
    void goBack()
  }
  return (
    <View className='location'>
      <Input
        className='location__input'
        placeholder='搜索地标或地址，如 外滩、南京西路'
        confirmType='search'
        onConfirm={(event) => setKeyword(event.detail.value.trim())}
      />
      <Text className='location__title'>{keyword ? `“${keyword}”的搜索结果` : '选择所在区域'}</Text>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <Empty text='没有找到该地点，换个关键词试试' />
        ) : (
          state.data.map((place) => (
            <View key={`${place.kind}/${place.name}`} className='place-row' onClick={() => choose(place)}>
              <Text className='place-row__name'>{place.name}</Text>
              <Text className='place-row__meta'>{`${KIND_TEXT[place.kind]} · ${place.district}`}</Text>
            </View>
          ))
        ))}
    </View>
  )
}
