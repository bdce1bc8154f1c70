import Campaigns from '@/components/staff/Campaigns'
import { StaffLayout } from '@/components/staff/StaffLayout'
import { usePageParams } from '@/services/navigation'

import '@/components/staff/staff.css'

/** 活动: the campaign pages of the store being worked (from 店长) or, ?scope=chain, the chain's (from 总部). */
export default function StaffCampaignsPage() {
  const chain = usePageParams().scope === 'chain'
  return (
    <StaffLayout tab={chain ? 'hq' : 'manager'}>
      {({ store, run }) => <Campaigns scopeStore={chain ? null : store.storeId} shelfStore={store.storeId} run={run} />}
    </StaffLayout>
  )
}
