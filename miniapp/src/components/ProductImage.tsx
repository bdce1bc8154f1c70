import { Image, Text, View } from './elements'
import { useState } from 'react'


/** Soft tile colours with a dark ink each (all ≥ 4.5:1), picked per product so a list stays varied but stable. */
const TILES = [
  ['#fde8e4', '#9c2a16'],
  ['#e3f1fd', '#0f4c81'],
  ['#e6f5ea', '#1d6b35'],
  ['#fff2d6', '#7a4f00'],
  ['#efe8fb', '#55308d'],
  ['#e2f4f3', '#105e5a'],
] as const

function tileFor(key: string) {
  let hash = 0
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return TILES[hash % TILES.length]
}

/** The first two characters that say what it is: brand-like prefixes are mostly two Han characters. */
const initials = (name: string) => Array.from(name.replace(/[\s\d()（）]/g, '')).slice(0, 2).join('')

export interface ProductImageProps {
  /** The picture, when the product has one. */
  src?: string | null
  name: string
  /** What picks the placeholder's colour: the category when known, otherwise the product. */
  tone?: string
  size?: 'sm' | 'md' | 'lg' | 'fill'
  lazy?: boolean
  /** The page's main picture: fetched ahead of the others (see elements.tsx). */
  priority?: boolean
  className?: string
}

/**
 * Every product picture goes through here: a missing or failing image becomes a designed tile (colour
 * and initials), never a broken-image icon. Where renditions (thumbnail, large) arrive, choose here.
 */
export function ProductImage({ src, name, tone, size = 'md', lazy = true, priority = false, className }: ProductImageProps) {
  const [failed, setFailed] = useState<string | null>(null)
  const classes = ['product-image', `product-image--${size}`, className].filter(Boolean).join(' ')
  if (!src || failed === src) {
    const [background, ink] = tileFor(tone ?? name)
    return (
      <View className={`${classes} product-image--placeholder`} style={{ background, color: ink }} aria-label={name} role='img'>
        <Text className='product-image__initials'>{initials(name)}</Text>
      </View>
    )
  }
  return <Image className={classes} src={src} alt={name} mode='aspectFill' lazy={lazy} priority={priority} onError={() => setFailed(src)} />
}
