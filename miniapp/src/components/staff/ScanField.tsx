import { Input, View } from '@tarojs/components'
import { useState } from 'react'

import { Button } from '@/components/Button'
import { CAN_SCAN, scanCode } from '@/services/staff'

import './counter.css'

export interface ScanFieldProps {
  placeholder: string
  /** The button that submits what was typed, e.g. 识别 or 查找. */
  submitText: string
  /** The camera button (WeChat only), e.g. 扫会员码. */
  scanText: string
  scanTypes: Array<'qrCode' | 'barCode'>
  /** Digits only (a numeric keyboard), or any text (names, pinyin). */
  digits?: boolean
  /** Resolves true when the value was taken, which empties the field for the next one. */
  onSubmit: (value: string) => Promise<boolean>
}

/**
 * Where a code enters a staff page: the camera on WeChat (QR and/or 1-D barcodes); on H5 the field
 * itself, which a USB scanner types into and ends with Enter; and typing by hand on both.
 */
export function ScanField({ placeholder, submitText, scanText, scanTypes, digits, onSubmit }: ScanFieldProps) {
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (text: string) => {
    const trimmed = text.trim()
    if (!trimmed || busy) return
    setBusy(true)
    try {
      if (await onSubmit(trimmed)) setValue('')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='scan-field'>
      <View className='scan-field__row'>
        <Input
          className='scan-field__input'
          type={digits ? 'number' : 'text'}
          confirmType='search'
          focus={!CAN_SCAN}
          placeholder={placeholder}
          value={value}
          onInput={(e) => setValue(e.detail.value)}
          onConfirm={(e) => void submit(e.detail.value)}
        />
        <Button className='scan-field__submit' disabled={!value.trim()} loading={busy} onClick={() => void submit(value)}>
          {submitText}
        </Button>
      </View>
      {CAN_SCAN && (
        <Button block size='lg' variant='secondary' onClick={async () => { const scanned = await scanCode(scanTypes); if (scanned) await submit(scanned) }}>
          {scanText}
        </Button>
      )}
    </View>
  )
}
