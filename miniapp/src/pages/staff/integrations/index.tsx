import { Text } from '@tarojs/components'

import IntegrationClients from '@/components/staff/IntegrationClients'
import { StaffLayout } from '@/components/staff/StaffLayout'

import '@/components/staff/staff.css'

/** 收银与ERP接入 (总部): the tills and the ERP calling the integration API, for those who hold INTEGRATIONS chain-wide. */
export default function StaffIntegrationsPage() {
  return (
    <StaffLayout tab='hq'>
      {({ chainPermissions, run }) =>
        chainPermissions.includes('INTEGRATIONS') ? <IntegrationClients run={run} /> : <Text className='staff-layout__notice'>收银与ERP接入由总部管理员管理</Text>
      }
    </StaffLayout>
  )
}
