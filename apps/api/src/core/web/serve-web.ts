import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Vite names every file under /assets/ by its content hash: a changed file is a new URL, so it never revalidates. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell and unhashed files: always asked again (a 304 when unchanged), so a deployment shows at once. */
const REVALIDATE = 'no-cache';

interface WebFile {
  /** Absolute path of the file as built. */
  file: string;
  /** Encodings whose precompressed sibling (`.br`, `.gz`, written by the web build) exists. */
  encodings: ('br' | 'gzip')[];
}

/**
 * Serves the built single-page app: every file as built, with its precompressed variant when the browser accepts
 * it (brotli, else gzip) and `Vary: Accept-Encoding`; hashed assets cached for a year as immutable; every other GET
 * answered with the shell (index.html), never cached without revalidation.
 */
export function serveWeb(dist: string) {
  const root = path.resolve(dist);
  const found = new Map<string, WebFile>();
  const lookup = (urlPath: string): WebFile | null => {
    const hit = found.get(urlPath);
    if (hit) return hit;
    const file = path.resolve(root, `.${urlPath}`);
    // only files inside the build folder; a missing one is the app's route, not an error
    if (!file.startsWith(root + path.sep) || !isFile(file)) return null;
    const entry: WebFile = {
      file,
      encodings: (['br', 'gzip'] as const).filter((e) => isFile(`${file}${SUFFIX[e]}`)),
    };
    found.set(urlPath, entry);
    return entry;
  };
  const shell = path.join(root, 'index.html');

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    // no hidden file (the check is here: send's own would look at the folders above the build too)
    const asset = urlPath.includes('\0') || urlPath.includes('/.') ? null : lookup(urlPath);
    if (!asset && urlPath.startsWith('/assets/')) {
      // a stale hashed name after a deployment: a 404, not the shell parsed as JavaScript
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const target = asset ?? lookup('/index.html') ?? { file: shell, encodings: [] };
    res.setHeader('Cache-Control', asset && urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    let file = target.file;
    if (target.encodings.length > 0) {
      res.vary('Accept-Encoding');
      const chosen = target.encodings.find((e) => accepts(req.headers['accept-encoding'], e));
      if (chosen) {
        file = `${target.file}${SUFFIX[chosen]}`;
        res.setHeader('Content-Encoding', chosen);
      }
    }
    // the type of the original file, not of its .br/.gz sibling (send keeps a Content-Type already set)
    res.type(path.extname(target.file));
    res.sendFile(file, { dotfiles: 'allow', cacheControl: false }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  };
}

const SUFFIX = { br: '.br', gzip: '.gz' } as const;

/**
 * Whether the Accept-Encoding header takes this coding with a quality above 0. The server's order decides between
 * accepted codings (brotli first, smaller): browsers send "gzip, deflate, br" with equal weights.
 */
function accepts(header: string | undefined, coding: 'br' | 'gzip'): boolean {
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    if (name !== coding && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
