import type { Express, Request, Response } from 'express';
import type { AuthUser } from '../context';
import { ReportYear } from './entities/report-year.entity';
import type { Database } from '../database/database';
import type { ReportDocumentBuilder } from './report-document.builder';
import { renderReportDocx, renderReportPdf } from './render';

const FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderReportDocx,
  },
  pdf: { type: 'application/pdf', render: renderReportPdf },
} as const;

const refuse = (res: Response, status: number, message: string) =>
  res.status(status).type('text/plain; charset=utf-8').send(message);

/**
 * GET /rapport/<year>.docx and /rapport/<year>.pdf: the year's report, for the DGS and the directors (the session
 * cookie is the one of GraphQL). `?inline=1` shows the PDF in the page (preview) rather than downloading it.
 */
export function mountReportRoutes(
  app: Express,
  deps: { db: Database; builder: ReportDocumentBuilder; userOf: (req: Request) => Promise<AuthUser | null> },
): void {
  app.get(/^\/rapport\/(\d{4})\.(docx|pdf)$/, async (req: Request, res: Response) => {
    const params = req.params as unknown as Record<string, string>;
    const year = Number(params[0]);
    const format = FORMATS[params[1] as keyof typeof FORMATS];
    try {
      const user = await deps.userOf(req);
      if (!user) return void refuse(res, 401, 'Vous devez être connecté.');
      if (user.mustChangePassword)
        return void refuse(res, 403, 'Votre mot de passe est temporaire : changez-le avant de continuer.');
      if (user.role !== 'DGS' && user.role !== 'DIRECTOR')
        return void refuse(res, 403, 'Le rapport d’activités est réservé à la DGS et aux directeurs.');
      const exists = await deps.db.read((em) => em.exists(ReportYear, { where: { year } }));
      if (!exists) return void refuse(res, 404, `Le rapport ${year} n’a pas encore été ouvert.`);
      const body = await format.render(await deps.builder.build(year));
      const disposition = req.query.inline === '1' && params[1] === 'pdf' ? 'inline' : 'attachment';
      // the browser's PDF viewer is a plugin: the page-wide CSP (object-src 'none') would blank the preview
      if (disposition === 'inline') res.removeHeader('Content-Security-Policy');
      res
        .status(200)
        .type(format.type)
        .set('Content-Disposition', `${disposition}; filename="rapport-activites-${year}.${params[1]}"`)
        .set('Cache-Control', 'no-store')
        .send(body);
    } catch (e) {
      console.error('[api] rapport', e);
      refuse(res, 500, 'La génération du rapport a échoué. Réessayez ; si elle persiste, prévenez le support.');
    }
  });
}
