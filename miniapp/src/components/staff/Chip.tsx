import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

import { toggleButton } from '@/components/control'

/** A choice that is on or off (a role, a permission, a filter): a pill as tall as a finger. Styled in staff.css. */
export function Chip({ on, onClick, children }: { on: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <View className={`staff-chip ${on ? 'staff-chip--on' : ''}`} {...toggleButton(on)} onClick={onClick}>
      {children}
    </View>
  )
}
