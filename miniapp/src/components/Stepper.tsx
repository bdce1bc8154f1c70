import { Text, View } from '@tarojs/components'


export interface StepperProps {
  value: number
  min?: number
  max: number
  busy?: boolean
  /** Spoken labels for the − and + buttons, e.g. the product's name. */
  label?: string
  onChange: (value: number) => void
}

/** − value +, kept within [min, max]; while busy (a change is on its way) both buttons wait. */
export function Stepper({ value, min = 0, max, busy, label = '', onChange }: StepperProps) {
  const canLess = !busy && value > min
  const canMore = !busy && value < max
  return (
    <View className={busy ? 'stepper stepper--busy' : 'stepper'}>
      <View
        className={canLess ? 'stepper__button stepper__button--less' : 'stepper__button stepper__button--less stepper__button--off'}
        role='button'
        aria-label={`${label}减少一件`}
        aria-disabled={canLess ? undefined : 'true'}
        onClick={(event) => {
          event.stopPropagation()
          if (canLess) onChange(value - 1)
        }}
      >
        <Text className='stepper__glyph'>−</Text>
      </View>
      <Text className='stepper__value' aria-live='polite'>
        {value}
      </Text>
      <View
        className={canMore ? 'stepper__button stepper__button--more' : 'stepper__button stepper__button--more stepper__button--off'}
        role='button'
        aria-label={`${label}增加一件`}
        aria-disabled={canMore ? undefined : 'true'}
        onClick={(event) => {
          event.stopPropagation()
          if (canMore) onChange(value + 1)
        }}
      >
        <Text className='stepper__glyph'>+</Text>
      </View>
    </View>
  )
}
