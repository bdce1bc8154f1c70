import { Image, Text, View } from '@tarojs/components'

import { BUTTON } from '@/components/control'
import { code128CWidths, QUIET_MODULES } from '@/utils/barcode'
import { groupDigits } from '@/utils/member'
import { qrDataUrl } from '@/utils/qr'

import { useMemberCode } from './useMemberCode'

/** Bars and spaces as flex items sized in modules, so the barcode scales with the card in both builds. */
function Barcode({ digits }: { digits: string }) {
  const widths = [QUIET_MODULES, ...code128CWidths(digits), QUIET_MODULES]
  return (
    <View className='barcode member-code__barcode' ariaLabel='会员条形码'>
      {widths.map((modules, i) => (
        // Even positions are spaces: the quiet zone first, then bar, space, … , bar, quiet zone.
        <View key={i} className={i % 2 === 1 ? 'barcode__bar' : 'barcode__space'} style={{ flexGrow: modules, flexBasis: 0 }} />
      ))}
    </View>
  )
}

/** The rotating code as a till reads it: barcode, QR, and the short form to type. */
export function MemberCodePanel() {
  const code = useMemberCode(true)
  if (code.status === 'loading') {
    return (
      <View className='member-code member-code--loading' ariaLabel='正在生成会员码'>
        <View className='skeleton member-code__barcode-skeleton' />
        <View className='skeleton member-code__qr-skeleton' />
      </View>
    )
  }
  if (code.status === 'error') {
    return (
      <View className='member-code member-code--error'>
        <Text>{code.message}</Text>
        <Text className='member-code__retry' {...BUTTON} onClick={code.retry}>
          重新获取会员码
        </Text>
      </View>
    )
  }
  return (
    <View className='member-code'>
      <Barcode digits={code.code.digits} />
      <View className='member-code__short-row'>
        <Text className='member-code__short-label'>手输码</Text>
        <Text className='member-code__short'>{groupDigits(code.code.shortCode)}</Text>
      </View>
      <Image className='member-code__qr' src={qrDataUrl(code.code.qrPayload)} mode='aspectFit' nativeProps={{ alt: '会员二维码' }} />
      <Text className='member-code__countdown'>{`${code.secondsLeft}秒后自动刷新 · 仅限本人到店出示`}</Text>
    </View>
  )
}
