import { Text } from '@tarojs/components'

import ProductContent from '@/components/staff/ProductContent'
import { StaffLayout } from '@/components/staff/StaffLayout'

import '@/components/staff/staff.css'

/** 商品 (总部): the chain's product content, for those who hold CATALOG chain-wide. */
export default function StaffCatalogPage() {
  return (
    <StaffLayout tab='hq'>
      {({ chainPermissions, run }) =>
        chainPermissions.includes('CATALOG') ? <ProductContent run={run} /> : <Text className='staff-layout__notice'>商品资料由总部运营维护</Text>
      }
    </StaffLayout>
  )
}
