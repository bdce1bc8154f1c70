import ProductContent from '@/components/staff/ProductContent'
import { StaffLayout } from '@/components/staff/StaffLayout'

import '@/components/staff/staff.css'

/** 商品 (head office): the chain's product content. */
export default function StaffCatalogPage() {
  return <StaffLayout tab='catalog'>{({ run }) => <ProductContent run={run} />}</StaffLayout>
}
