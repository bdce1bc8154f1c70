import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import { Segmented, type SegmentedOption } from '@/components/Segmented'
import FailedRefunds from '@/components/staff/FailedRefunds'
import QrCodes from '@/components/staff/QrCodes'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { fetchTodayFigures } from '@/services/staff'
import { formatYuanFixed } from '@/utils/format'

import '@/components/staff/staff.css'

type Section = 'today' | 'qr' | 'refunds'
const SECTIONS: Array<SegmentedOption<Section>> = [
  { value: 'today', label: '今日' },
  { value: 'qr', label: '二维码' },
  { value: 'refunds', label: '退款异常' },
]

/** 店长: the day's figures, the store's QR codes and the refunds that need a person. */
export default function StaffManagerPage() {
  const [section, setSection] = useState<Section>('today')
  return (
    <StaffLayout tab='manager'>
      {({ store, run }) => (
        <>
          <Segmented options={SECTIONS} value={section} onChange={setSection} ariaLabel='店长功能' className='staff__sections' />
          {section === 'today' && <Today storeId={store.storeId} run={run} />}
          {section === 'refunds' && <FailedRefunds storeId={store.storeId} run={run} />}
          {section === 'qr' && <QrCodes storeId={store.storeId} run={run} />}
        </>
      )}
    </StaffLayout>
  )
}

function Today({ storeId, run }: { storeId: string; run: Run }) {
  const [figures, setFigures] = useState<Awaited<ReturnType<typeof fetchTodayFigures>> | null>(null)
  useEffect(() => {
    void run(() => fetchTodayFigures(storeId)).then(setFigures)
  }, [storeId, run])
  if (!figures) return null
  return (
    <View className='staff__detail'>
      <Text className='staff__order-title'>{`${figures.date} 今日数据`}</Text>
      <Text className='staff__line'>{`线上订单 ${figures.orders} 单，销售额 ${formatYuanFixed(figures.salesFen)}`}</Text>
      <Text className='staff__line'>{`门店会员消费 ${figures.tillReceipts} 笔，${formatYuanFixed(figures.tillSalesFen)}`}</Text>
      <Text className='staff__line'>{`平均拣货 ${figures.averagePickingMinutes ?? '—'} 分钟，超时订单 ${figures.lateOrders} 单`}</Text>
    </View>
  )
}
