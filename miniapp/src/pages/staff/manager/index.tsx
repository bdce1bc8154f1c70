import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import FailedRefunds from '@/components/staff/FailedRefunds'
import { ManagerFigures } from '@/components/staff/ManagerFigures'
import QrCodes from '@/components/staff/QrCodes'
import { StaffLayout } from '@/components/staff/StaffLayout'
import type { Run } from '@/components/staff/run'

import '@/components/staff/staff.css'

type Section = 'today' | 'qr' | 'refunds'
const SECTIONS: Array<[Section, string]> = [['today', '今日'], ['qr', '二维码'], ['refunds', '退款异常']]

/** 店长: the day's figures, the store's QR codes and the refunds that need a person. */
export default function StaffManagerPage() {
  const [section, setSection] = useState<Section>('today')
  return (
    <StaffLayout tab='manager'>
      {({ store, run }) => (
        <>
          <View className='staff__tabs' role='tablist'>
            {SECTIONS.map(([key, label]) => (
              <View key={key} role='tab' aria-selected={section === key} className={`staff__tab ${section === key ? 'staff__tab--on' : ''}`} onClick={() => setSection(key)}>
                {label}
              </View>
            ))}
          </View>
          {section === 'today' && <ManagerFigures storeId={store.storeId} />}
          {section === 'refunds' && <FailedRefunds storeId={store.storeId} run={run} />}
          {section === 'qr' && <QrCodes storeId={store.storeId} run={run} />}
        </>
      )}
    </StaffLayout>
  )
}
