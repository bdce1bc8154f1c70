import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Button } from '@/components/Button'
import { Segmented, type SegmentedOption } from '@/components/Segmented'
import FailedRefunds from '@/components/staff/FailedRefunds'
import { ManagerFigures } from '@/components/staff/ManagerFigures'
import QrCodes from '@/components/staff/QrCodes'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'
import { openStaffTool } from '@/services/navigation'

import '@/components/staff/staff.css'

type Section = 'today' | 'qr' | 'refunds'
const SECTIONS: Array<SegmentedOption<Section>> = [
  { value: 'today', label: '今日' },
  { value: 'qr', label: '二维码' },
  { value: 'refunds', label: '退款异常' },
]

/** 店长: the store's tools (门店设置, 货架), the day's figures, its QR codes and the refunds that need a person. */
export default function StaffManagerPage() {
  const [section, setSection] = useState<Section>('today')
  return (
    <StaffLayout tab='manager'>
      {({ store, run }) => (
        <>
          <View className='staff__tools'>
            <Button variant='secondary' size='lg' block onClick={() => void openStaffTool('storeSettings')}>
              门店设置
            </Button>
            <Button variant='secondary' size='lg' block onClick={() => void openStaffTool('shelf')}>
              货架
            </Button>
          </View>
          <Segmented options={SECTIONS} value={section} onChange={setSection} ariaLabel='店长功能' className='staff__sections' />
          {section === 'today' && <ManagerFigures storeId={store.storeId} />}
          {section === 'refunds' && <FailedRefunds storeId={store.storeId} run={run} />}
          {section === 'qr' && <QrCodes storeId={store.storeId} run={run} />}
        </>
      )}
    </StaffLayout>
  )
}
