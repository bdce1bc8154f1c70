import { Text, View } from './elements'
import { useState } from 'react'

import { changeCartQuantity, toast, toDisplayMessage, useCart } from '@/services'

import { BUTTON } from './control'
import { Stepper } from './Stepper'

export interface QuickAddProps {
  storeId: string
  productId: string
  name: string
  /** What the store has; the server also applies the per-order limit and says so. */
  max: number
}

/** A round + that becomes a stepper once the product is in the cart (the cart bar shows it); every change goes to the cart service. */
export function QuickAdd({ storeId, productId, name, max }: QuickAddProps) {
  const cart = useCart(storeId)
  const [busy, setBusy] = useState(false)
  const quantity = cart?.items.find((line) => line.productId === productId)?.quantity ?? 0

  async function change(next: number) {
    setBusy(true)
    try {
      await changeCartQuantity(storeId, productId, next)
    } catch (error) {
      toast(toDisplayMessage(error))
    } finally {
      setBusy(false)
    }
  }

  if (quantity > 0) return <Stepper value={quantity} max={Math.max(max, quantity)} busy={busy} label={name} onChange={(next) => void change(next)} />
  return (
    <View
      className={busy ? 'quick-add quick-add--busy' : 'quick-add'}
      {...BUTTON}
      aria-label={`${name}加入购物车`}
      onClick={(event) => {
        event.stopPropagation()
        if (!busy) void change(1)
      }}
    >
      <Text className='quick-add__glyph'>+</Text>
    </View>
  )
}
