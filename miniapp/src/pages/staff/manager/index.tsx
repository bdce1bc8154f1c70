import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { Segmented, type SegmentedOption } from '@/components/Segmented'
import FailedRefunds from '@/components/staff/FailedRefunds'
import { ManagerFigures } from '@/components/staff/ManagerFigures'
import QrCodes from '@/components/staff/QrCodes'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'

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
          {section === 'today' && <ManagerFigures storeId={store.storeId} />}
          {section === 'refunds' && <FailedRefunds storeId={store.storeId} run={run} />}
          {section === 'qr' && <QrCodes storeId={store.storeId} run={run} />}
        </>
      )}
    </StaffLayout>
  )
}
