import Taro from '@tarojs/taro'

/**
 * The text of a file the user picks (a delivery area's GeoJSON): WeChat's chat-file picker, or the
 * browser's file dialog on H5. null when they cancel.
 */
export async function pickTextFile(extensions: string[]): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = extensions.map((extension) => `.${extension}`).join(',')
      input.onchange = () => {
        const file = input.files?.[0]
        if (!file) return resolve(null)
        file.text().then(resolve, () => resolve(null))
      }
      input.click()
    })
  }
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
    const path = tempFiles[0]?.path
    return path ? (Taro.getFileSystemManager().readFileSync(path, 'utf8') as string) : null
  } catch {
    return null
  }
}
