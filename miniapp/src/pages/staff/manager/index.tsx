import { useState } from 'react'

import type { Permission } from '@corner/shared-types/client'

import { Segmented, type SegmentedOption } from '@/components/Segmented'
import FailedRefunds from '@/components/staff/FailedRefunds'
import { ManagerFigures } from '@/components/staff/ManagerFigures'
import QrCodes from '@/components/staff/QrCodes'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { ToolGrid } from '@/components/staff/ToolGrid'
import { MANAGER_SECTION_NEEDS, STORE_TOOLS, toolsFor } from '@/components/staff/tools'

import '@/components/staff/staff.css'

type Section = 'today' | 'qr' | 'refunds' | 'tools'
/** Each section shows to those whose role at the store allows it; 管理 when any store tool does. */
const SECTIONS: Array<SegmentedOption<Section> & { needs: readonly Permission[] }> = [
  { value: 'today', label: '今日', needs: MANAGER_SECTION_NEEDS.today },
  { value: 'qr', label: '二维码', needs: MANAGER_SECTION_NEEDS.qr },
  { value: 'refunds', label: '退款异常', needs: MANAGER_SECTION_NEEDS.refunds },
  { value: 'tools', label: '管理', needs: STORE_TOOLS.flatMap((tool) => tool.needs) },
]

/** 店长: the day's figures, the store's QR codes, the refunds that need a person, and the store's tools. */
export default function StaffManagerPage() {
  const [chosen, setChosen] = useState<Section | null>(null)
  return (
    <StaffLayout tab='manager'>
      {({ store, run }) => {
        const sections = SECTIONS.filter((s) => s.needs.some((permission) => store.permissions.includes(permission)))
        const section = sections.find((s) => s.value === chosen)?.value ?? sections[0]?.value
        return (
          <>
            <Segmented options={sections} value={section} onChange={setChosen} ariaLabel='店长功能' className='staff__sections' />
            {section === 'today' && <ManagerFigures storeId={store.storeId} />}
            {section === 'refunds' && <FailedRefunds storeId={store.storeId} run={run} />}
            {section === 'qr' && <QrCodes storeId={store.storeId} run={run} />}
            {section === 'tools' && <ToolGrid tools={toolsFor(STORE_TOOLS, store.permissions)} />}
          </>
        )
      }}
    </StaffLayout>
  )
}
