import type Taro from '@tarojs/taro'

/** app.config.ts as Taro reads it: Taro provides `defineAppConfig` as a global only while it builds. */
export async function loadAppConfig(): Promise<Taro.AppConfig> {
  const scope = globalThis as { defineAppConfig?: (config: Taro.AppConfig) => Taro.AppConfig }
  scope.defineAppConfig ??= (config) => config
  return (await import('../src/app.config.ts')).default
}
