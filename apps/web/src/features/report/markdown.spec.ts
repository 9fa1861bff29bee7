import { applyFormat, inlineRuns, parseMarkdown } from './markdown';

describe('report Markdown subset', () => {
  it('should read headings, lists, paragraphs', () => {
    expect(parseMarkdown('# Titre\n## Sous-titre\nUne ligne\nqui continue\n\n- un\n- **deux**\nFin')).toEqual([
      { kind: 'heading', level: 1, text: 'Titre' },
      { kind: 'heading', level: 2, text: 'Sous-titre' },
      { kind: 'paragraph', text: 'Une ligne qui continue' },
      { kind: 'list', items: ['un', '**deux**'] },
      { kind: 'paragraph', text: 'Fin' },
    ]);
  });

  it('should split bold runs', () => {
    expect(inlineRuns('Les **745** dossiers')).toEqual([
      { text: 'Les ', bold: false },
      { text: '745', bold: true },
      { text: ' dossiers', bold: false },
    ]);
  });

  it('should format the selection from the toolbar', () => {
    expect(applyFormat('a\nbc', 2, 4, 'heading').value).toBe('a\n## bc');
    expect(applyFormat('a\nb', 0, 3, 'list').value).toBe('- a\n- b');
    expect(applyFormat('les 745 dossiers', 4, 7, 'bold')).toEqual({ value: 'les **745** dossiers', start: 6, end: 9 });
  });
});
