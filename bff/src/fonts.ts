import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC from npm for every image the BFF draws from SVG (QR posters, demo packshots): the
 * rasteriser is given these and no system fonts, so Chinese text renders the same on any machine,
 * including one without a CJK font.
 */
export const CJK_FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];
export const CJK_FONT_FAMILY = 'Noto Sans SC';

/** resvg's font options with only those fonts. */
export const CJK_FONT_OPTIONS = { fontFiles: CJK_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CJK_FONT_FAMILY };
