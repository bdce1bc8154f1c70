import { Image as TaroImage, Text as TaroText, View as TaroView } from '@tarojs/components'
import type { AriaAttributes, ComponentType, CSSProperties, ReactNode } from 'react'

/**
 * View, Text and Image for what a shopper sees first (首页, product cards, the cart bar). On H5 Taro
 * draws each as a web component (Stencil): every element is upgraded, gets its stylesheet, renders a
 * slot and listens for touches, and on 首页's few hundred elements that was most of a slow phone's
 * long tasks (Lighthouse TBT). Here H5 gets plain div, span and img (what Taro's `useHtmlComponents`
 * would draw, without its Button and Image differences elsewhere); weapp keeps Taro's own.
 * Only standard props: a class, a style object, a role, aria and data attributes, a tap.
 */
export interface ElementProps extends AriaAttributes {
  className?: string
  style?: CSSProperties
  role?: string
  tabIndex?: number
  children?: ReactNode
  onClick?: (event: { stopPropagation: () => void }) => void
}

export interface ImageProps {
  className?: string
  src: string
  /** The text alternative; empty for a picture that only decorates. */
  alt: string
  /** Taro's modes used here: cover the box (cropping), or fit inside it; default stretches to it. */
  mode?: 'aspectFill' | 'aspectFit'
  /** Loaded only near the screen. */
  lazy?: boolean
  /** The page's main picture (Largest Contentful Paint): fetched before other images. */
  priority?: boolean
  onError?: () => void
}

const FIT = { aspectFill: 'cover', aspectFit: 'contain' } as const

const h5 = process.env.TARO_ENV === 'h5'

// Taro's own take every prop here (their style also takes a string, hence the casts).
export const View: ComponentType<ElementProps> = h5 ? (props) => <div {...props} /> : (TaroView as ComponentType<ElementProps>)
export const Text: ComponentType<ElementProps> = h5 ? (props) => <span {...props} /> : (TaroText as ComponentType<ElementProps>)

function HtmlImage({ className, src, alt, mode, lazy = false, priority = false, onError }: ImageProps) {
  return (
    <img
      className={className}
      src={src}
      alt={alt}
      style={mode ? { objectFit: FIT[mode] } : undefined}
      loading={lazy ? 'lazy' : 'eager'}
      decoding='async'
      // React 18 knows no fetchPriority prop; the lowercase attribute reaches the DOM as it is.
      {...(priority ? { fetchpriority: 'high' } : {})}
      onError={onError}
    />
  )
}

function MiniImage({ className, src, alt, mode, lazy = false, onError }: ImageProps) {
  return <TaroImage className={className} src={src} mode={mode} lazyLoad={lazy} nativeProps={{ alt }} onError={onError} />
}

export const Image: ComponentType<ImageProps> = h5 ? HtmlImage : MiniImage
