// Stand-in for `@tarojs/taro` in vitest. The H5 build never calls the default export's methods:
// babel-plugin-transform-taroapi rewrites `Taro.request(...)` into named imports from
// @tarojs/taro-h5. Vitest has no such plugin, so attach the named APIs to the default export.
import Taro from '@tarojs/taro-h5'
import * as apis from '@tarojs/taro-h5'

export * from '@tarojs/taro-h5'
export default Object.assign(Taro, apis)
