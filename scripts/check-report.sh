#!/bin/sh
# Writes the 2023 fixture report as DOCX and PDF (through the report render spec), renders the PDF's pages to PNG
# with pdftoppm, and converts the DOCX to PDF with LibreOffice (then to PNG too), so a person can LOOK at both.
# Usage: sh scripts/check-report.sh [out-dir]   (default /tmp/report-check). Needs poppler-utils; LibreOffice optional.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/report-check}
rm -rf "$out" && mkdir -p "$out/pdf" "$out/docx"
cd "$root/apps/api"
status=0
REPORT_OUT="$out" NODE_OPTIONS=--experimental-vm-modules npx jest test/core/report/report-render.spec.ts || status=$?
echo "generation times, 2023 fixture (ms): $(cat "$out/times.json")"
echo "generation times, full-size report (ms): $(cat "$out/times-full.json")"
echo "full-size PDF: $(pdfinfo "$out/rapport-complet.pdf" | grep Pages)"
pdftoppm -r 60 -png "$out/rapport-2023.pdf" "$out/pdf/page"
pdftoppm -r 60 -png -f 1 -l 3 "$out/rapport-2023-provisoire.pdf" "$out/pdf/provisoire"
if command -v soffice >/dev/null 2>&1; then
  # a private profile, so a LibreOffice the user has open is not disturbed
  soffice -env:UserInstallation="file://$out/lo-profile" --headless --convert-to pdf --outdir "$out/docx" \
    "$out/rapport-2023.docx" >"$out/docx/soffice.log" 2>&1
  pdftoppm -r 60 -png "$out/docx/rapport-2023.pdf" "$out/docx/page"
  echo "DOCX converted by LibreOffice: $(pdfinfo "$out/docx/rapport-2023.pdf" | grep Pages)"
else
  echo "LibreOffice not installed: DOCX not converted"
fi
echo "PDF: $(pdfinfo "$out/rapport-2023.pdf" | grep Pages)"
ls "$out/pdf" "$out/docx"
exit "$status"
