import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { BUTTON } from '@/components/control'
import { chooseAndUploadImage, type UploadedImage, type UploadPurpose } from '@/services/image-upload'

import type { Run } from './run'

export type StripImage = Pick<UploadedImage, 'id' | 'thumb'>

/**
 * Pictures in their order, the first the main one: each can move forward or go, and 添加图片 takes a
 * photo from the album or camera into the image store. `max` 1 makes it a single picture (a banner).
 */
export function ImageStrip({ images, onChange, max, scope, run, label }: {
  images: StripImage[]
  onChange: (images: StripImage[]) => void
  max: number
  scope: UploadPurpose
  run: Run
  label: string
}) {
  const [uploading, setUploading] = useState(false)
  const add = async () => {
    setUploading(true)
    const uploaded = await run(() => chooseAndUploadImage(scope))
    setUploading(false)
    if (uploaded && !images.some((image) => image.id === uploaded.id)) onChange([...images, uploaded].slice(-max))
  }
  const move = (index: number) => onChange(images.map((image, i) => (i === index - 1 ? images[index]! : i === index ? images[index - 1]! : image)))
  return (
    <View className='image-strip' aria-label={label}>
      {images.map((image, index) => (
        <View key={image.id} className='image-strip__item' data-testid='strip-image'>
          <Image className='image-strip__picture' src={image.thumb} mode='aspectFill' nativeProps={{ alt: `${label}${index + 1}` }} />
          {max > 1 && index === 0 && <Text className='image-strip__main'>主图</Text>}
          <View className='image-strip__actions'>
            {index > 0 && (
              <View className='image-strip__action' {...BUTTON} aria-label={`第${index + 1}张前移`} onClick={() => move(index)}>
                <Text>‹</Text>
              </View>
            )}
            <View className='image-strip__action' {...BUTTON} aria-label={`删除第${index + 1}张`} onClick={() => onChange(images.filter((_, i) => i !== index))}>
              <Text>×</Text>
            </View>
          </View>
        </View>
      ))}
      {(images.length < max || max === 1) && (
        <View className='image-strip__add' {...BUTTON} aria-disabled={uploading ? 'true' : 'false'} onClick={() => !uploading && void add()}>
          <Text className='image-strip__plus'>+</Text>
          <Text className='image-strip__add-label'>{uploading ? '上传中…' : images.length > 0 && max === 1 ? '更换' : '添加图片'}</Text>
        </View>
      )}
    </View>
  )
}
