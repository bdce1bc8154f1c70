import { StaffLayout } from '@/components/staff/StaffLayout'
import { ToolGrid } from '@/components/staff/ToolGrid'
import { CHAIN_TOOLS, toolsFor } from '@/components/staff/tools'

import '@/components/staff/staff.css'

/** 总部: head office's tools over the whole chain, those the person's chain-wide role allows. */
export default function StaffHqPage() {
  return (
    <StaffLayout tab='hq'>
      {({ chainPermissions }) => (
        <ToolGrid tools={toolsFor(CHAIN_TOOLS, chainPermissions)} />
      )}
    </StaffLayout>
  )
}
