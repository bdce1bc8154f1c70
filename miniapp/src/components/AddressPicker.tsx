import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'

import {
  fetchPlaces,
  getCurrentLocation,
  isMainlandMobile,
  saveAddress,
  toDisplayMessage,
  type Coordinates,
  type Place,
  type SavedAddress,
} from '@/services'

import { BUTTON, toggleButton } from './control'
import './AddressPicker.css'

type Pin = Coordinates & { label: string }

/**
 * Where the pin comes from: the device's WGS-84 position, or a landmark / address from the BFF's
 * place search (the fallback when location is refused, and the only way to pick a place other
 * than where the shopper stands).
 */
function LocationPick({ pin, onPin }: { pin: Pin | null; onPin: (pin: Pin) => void }) {
  const [places, setPlaces] = useState<Place[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  async function useHere() {
    setMessage(null)
    try {
      onPin({ ...(await getCurrentLocation()), label: '当前位置' })
    } catch {
      setMessage('无法获取当前位置，请搜索地标或小区')
    }
  }

  async function search(keyword: string) {
    if (!keyword) return
    setMessage(null)
    try {
      const found = await fetchPlaces(keyword)
      setPlaces(found)
      if (found.length === 0) setMessage('没有找到该地点，换个关键词试试')
    } catch (error) {
      setMessage(toDisplayMessage(error))
    }
  }

  return (
    <View className='location-pick'>
      <Text className='location-pick__pin'>{pin ? `定位：${pin.label}` : '请选择收货位置'}</Text>
      <View className='location-pick__actions'>
        <Button {...BUTTON} size='mini' className='location-pick__here' onClick={() => void useHere()}>
          使用当前位置
        </Button>
        <Input
          className='location-pick__search'
          placeholder='搜索小区、写字楼、地标'
          confirmType='search'
          onConfirm={(event) => void search(event.detail.value.trim())}
        />
      </View>
      {message && <Text className='location-pick__message'>{message}</Text>}
      {places?.map((place) => (
        <View
          key={`${place.kind}/${place.name}`}
          className='place-option'
          {...BUTTON}
          onClick={() => {
            onPin({ ...place.location, label: place.name })
            setPlaces(null)
          }}
        >
          <Text>{place.name}</Text>
          <Text className='place-option__district'>{place.district}</Text>
        </View>
      ))}
    </View>
  )
}

function AddressForm({ onSaved, onCancel }: { onSaved: (address: SavedAddress) => void; onCancel: () => void }) {
  const [contactName, setContactName] = useState('')
  const [phone, setPhone] = useState('')
  const [detail, setDetail] = useState('')
  const [pin, setPin] = useState<Pin | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const [saving, setSaving] = useState(false)

  async function submit() {
    if (!contactName.trim()) return setProblem('请填写联系人')
    if (!isMainlandMobile(phone.trim())) return setProblem('请填写11位手机号')
    if (!pin) return setProblem('请选择收货位置')
    if (!detail.trim()) return setProblem('请填写门牌号等详细地址')
    setProblem(null)
    setSaving(true)
    try {
      onSaved(await saveAddress({ contactName: contactName.trim(), phone: phone.trim(), detail: `${pin.label} ${detail.trim()}`, lat: pin.lat, lng: pin.lng }))
    } catch (error) {
      setProblem(toDisplayMessage(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='address-form'>
      <Input className='address-form__input address-form__name' placeholder='联系人' value={contactName} onInput={(e) => setContactName(e.detail.value)} />
      <Input className='address-form__input address-form__phone' type='number' maxlength={11} placeholder='手机号' value={phone} onInput={(e) => setPhone(e.detail.value)} />
      <LocationPick pin={pin} onPin={setPin} />
      <Input className='address-form__input address-form__detail' placeholder='楼号、门牌号' value={detail} onInput={(e) => setDetail(e.detail.value)} />
      {problem && <Text className='address-form__problem'>{problem}</Text>}
      <View className='address-form__buttons'>
        <Button {...BUTTON} size='mini' onClick={onCancel}>
          取消
        </Button>
        <Button {...BUTTON} size='mini' className='address-form__save' loading={saving} disabled={saving} onClick={() => void submit()}>
          保存地址
        </Button>
      </View>
    </View>
  )
}

/** The address book: saved addresses to choose from, and a form to add one. */
export function AddressPicker({
  addresses,
  selected,
  onSelect,
  onAdded,
}: {
  addresses: SavedAddress[]
  selected: SavedAddress | null
  onSelect: (address: SavedAddress) => void
  onAdded: (address: SavedAddress) => void
}) {
  const [adding, setAdding] = useState(addresses.length === 0)
  return (
    <View className='address-picker'>
      {addresses.map((address) => (
        <View
          key={address.id}
          className={address.id === selected?.id ? 'address-option address-option--selected' : 'address-option'}
          {...toggleButton(address.id === selected?.id)}
          onClick={() => onSelect(address)}
        >
          <Text className='address-option__detail'>{address.detail}</Text>
          <Text className='address-option__contact'>{`${address.contactName} ${address.phone}`}</Text>
        </View>
      ))}
      {adding ? (
        <AddressForm
          onSaved={(address) => {
            setAdding(false)
            onAdded(address)
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Text className='address-picker__add' {...BUTTON} onClick={() => setAdding(true)}>
          ＋ 新增收货地址
        </Text>
      )}
    </View>
  )
}
