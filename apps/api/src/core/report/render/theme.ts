/** The report's look, shared by the DOCX and the PDF so both read as the same publication. */
export const COLORS = {
  primary: '#00587C',
  accent: '#E5863A',
  text: '#1F2933',
  muted: '#5F6B76',
  light: '#E7F0F4',
  zebra: '#F4F8FA',
  rule: '#C9D6DE',
  provisional: '#C0392B',
};

/** Chart series colours, in order. */
export const SERIES_COLORS = ['#00587C', '#E5863A', '#4F9D69', '#8E5EA2', '#C0392B', '#7F8C8D'];

/** "01.", "02." — the seed report numbers its parts this way. */
export const partNumber = (index: number): string => `${String(index + 1).padStart(2, '0')}.`;

export const hex = (color: string): string => color.replace('#', '');
