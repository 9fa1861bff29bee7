import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from './fonts';

/**
 * The chart's SVG rasterised for the DOCX (Word has no SVG for every reader): resvg is a native module shipped inside
 * its npm package, with the report's own font files, so no system font, browser or download is needed.
 */
export function svgToPng(svg: string, widthPx: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  });
  return resvg.render().asPng();
}
