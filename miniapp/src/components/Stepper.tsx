import { Text, View } from './elements'

import { BUTTON } from './control'

export interface StepperProps {
  value: number
  min?: number
  max: number
  busy?: boolean
  /** Spoken labels for the − and + buttons, e.g. the product's name. */
  label?: string
  onChange: (value: number) => void
}

/** One of the stepper's two buttons: inert (announced as disabled) when it may not step. */
function StepButton({ kind, enabled, label, glyph, onStep }: { kind: 'less' | 'more'; enabled: boolean; label: string; glyph: string; onStep: () => void }) {
  const className = `stepper__button stepper__button--${kind}${enabled ? '' : ' stepper__button--off'}`
  return (
    <View
      className={className}
      {...BUTTON}
      aria-label={label}
      aria-disabled={enabled ? undefined : 'true'}
      onClick={(event) => {
        event.stopPropagation()
        if (enabled) onStep()
      }}
    >
      <Text className='stepper__glyph'>{glyph}</Text>
    </View>
  )
}

/** − value +, kept within [min, max]; while busy (a change is on its way) both buttons wait. */
export function Stepper({ value, min = 0, max, busy, label = '', onChange }: StepperProps) {
  return (
    <View className={busy ? 'stepper stepper--busy' : 'stepper'}>
      <StepButton kind='less' enabled={!busy && value > min} label={`${label}减少一件`} glyph='−' onStep={() => onChange(value - 1)} />
      <Text className='stepper__value' aria-live='polite'>
        {value}
      </Text>
      <StepButton kind='more' enabled={!busy && value < max} label={`${label}增加一件`} glyph='+' onStep={() => onChange(value + 1)} />
    </View>
  )
}
