import { Text, View } from '@tarojs/components'

export interface SegmentedOption<T extends string> {
  value: T
  label: string
}

export interface SegmentedProps<T extends string> {
  options: Array<SegmentedOption<T>>
  /** The chosen option; a value that is none of them (a custom range, say) leaves all unchosen. */
  value: T | null
  onChange: (value: T) => void
  ariaLabel?: string
  /** sm: a row of quick choices inside a card rather than a page's section switch. */
  size?: 'md' | 'sm'
  className?: string
}

/**
 * One choice among a few, side by side on a tinted track (sections of a page, a code's kind, a date
 * range). Every option gets an equal share of the width and its label never wraps.
 */
export function Segmented<T extends string>({ options, value, onChange, ariaLabel, size = 'md', className }: SegmentedProps<T>) {
  return (
    <View className={['segmented', `segmented--${size}`, className].filter(Boolean).join(' ')} role='tablist' aria-label={ariaLabel}>
      {options.map((option) => {
        const on = option.value === value
        return (
          // ARIA states as the strings 'true'/'false': React writes a boolean on a custom element
          // (H5's taro-view-core) as an empty attribute, which reads as neither.
          <View
            key={option.value}
            role='tab'
            aria-selected={on ? 'true' : 'false'}
            className={`segmented__item ${on ? 'segmented__item--on' : ''}`}
            onClick={() => !on && onChange(option.value)}
          >
            <Text className='segmented__label'>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
