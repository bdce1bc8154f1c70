import Campaigns from '@/components/staff/Campaigns'
import { StaffLayout } from '@/components/staff/StaffLayout'

import '@/components/staff/staff.css'

/** 活动: campaign pages of the store being worked and, for head office, of the whole chain. */
export default function StaffCampaignsPage() {
  return <StaffLayout tab='campaigns'>{({ store, run }) => <Campaigns storeId={store.storeId} scopes={['store']} run={run} />}</StaffLayout>
}
