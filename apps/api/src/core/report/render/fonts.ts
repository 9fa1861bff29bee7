import { dirname, join } from 'node:path';

/**
 * Noto Sans (SIL Open Font License 1.1, shipped as TTF files by the npm package @expo-google-fonts/noto-sans): it has
 * every French glyph and the narrow no-break space (U+202F) of "2 082", which Roboto, the font pdfmake ships, lacks.
 * The same files draw the chart labels, so a fresh machine needs no system font.
 */
const packageDir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

export const NOTO_SANS = {
  normal: join(packageDir, '400Regular', 'NotoSans_400Regular.ttf'),
  bold: join(packageDir, '700Bold', 'NotoSans_700Bold.ttf'),
  italics: join(packageDir, '400Regular_Italic', 'NotoSans_400Regular_Italic.ttf'),
  bolditalics: join(packageDir, '700Bold_Italic', 'NotoSans_700Bold_Italic.ttf'),
};

export const FONT_FILES: readonly string[] = Object.values(NOTO_SANS);
