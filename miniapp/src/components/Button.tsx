import { Button as TaroButton } from '@tarojs/components'
import type { ReactNode } from 'react'

import { BUTTON } from './control'


export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'

export interface ButtonProps {
  children: ReactNode
  variant?: ButtonVariant
  size?: 'md' | 'lg' | 'sm'
  block?: boolean
  disabled?: boolean
  loading?: boolean
  className?: string
  ariaLabel?: string
  onClick?: () => void
}

/**
 * The one button. `disabled` is only ever rendered when true: Taro's H5 stylesheet styles any
 * `[disabled]` button, so `disabled="false"` would make an enabled button look faded.
 */
export function Button({ children, variant = 'primary', size = 'md', block, disabled, loading, className, ariaLabel, onClick }: ButtonProps) {
  const inactive = Boolean(disabled || loading)
  const classes = ['btn', `btn--${variant}`, `btn--${size}`, block && 'btn--block', inactive && 'btn--inactive', className].filter(Boolean).join(' ')
  return (
    <TaroButton
      {...BUTTON}
      className={classes}
      {...(inactive ? { disabled: true, 'aria-disabled': 'true' } : {})}
      {...(loading ? { loading: true } : {})}
      {...(ariaLabel ? { ariaLabel } : {})}
      onClick={() => !inactive && onClick?.()}
    >
      {children}
    </TaroButton>
  )
}
