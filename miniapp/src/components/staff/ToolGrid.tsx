import { Text, View } from '@tarojs/components'

import { BUTTON } from '@/components/control'
import { Empty } from '@/components/StateView'

import type { StaffTool } from './tools'
import './ToolGrid.css'

/** The tools a person may use, as big cards: a name and a line saying what it is for. */
export function ToolGrid({ tools }: { tools: StaffTool[] }) {
  if (tools.length === 0) return <Empty text='您的角色没有可用的管理功能' />
  return (
    <View className='tool-grid'>
      {tools.map((tool) => (
        <View key={tool.key} className='tool-grid__item' {...BUTTON} onClick={tool.open}>
          <Text className='tool-grid__label'>{tool.label}</Text>
          <Text className='tool-grid__hint'>{tool.hint}</Text>
        </View>
      ))}
    </View>
  )
}
