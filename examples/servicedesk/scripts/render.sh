#!/bin/sh
# render.sh renders the report's HTML page the way people will see it, with
# headless Chromium: a desktop screenshot (1400 px wide), a phone screenshot
# (390 px wide) and an A4 PDF, whose pages pdftoppm turns into PNG images.
# Look at the pictures before changing the page's layout, and after.
#
#   examples/servicedesk/scripts/render.sh [report.html] [outdir]
#
# Without a report.html it writes the demo report first (run from the
# repository root). SCREENS=n sets how many screen-sized pictures are taken
# down the page (default 4), SECTIONS="open kpis" adds pictures at those
# sections, HEIGHT the length of the full-page pictures (default 5000). Needs Debian's chromium and poppler-utils:
#   apt-get update && apt-get install -y chromium poppler-utils
set -eu
html=${1:-}
out=${2:-render}
mkdir -p "$out"
if [ -z "$html" ]; then
	html=$out/report.html
	go run ./examples/servicedesk -html "$html" >/dev/null
fi
for tool in chromium pdftoppm; do
	command -v $tool >/dev/null || { echo "render.sh: $tool missing (apt-get install -y chromium poppler-utils)" >&2; exit 1; }
done
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
height=${HEIGHT:-5000}
chrome() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-dev-shm-usage "$@" 2>/dev/null; }
# One full-length picture per width, and screen-sized pictures down the
# page (an iframe moved up by one screen each), which stay legible.
shots() { # width height name count
	chrome --window-size=$1,$height --screenshot="$out/$3.png" "$url"
	i=0
	while [ $i -lt $4 ]; do
		frame=$out/.frame.html
		printf '<!DOCTYPE html><html><body style="margin:0;overflow:hidden"><iframe src="%s" style="border:0;width:%dpx;height:%dpx;margin-top:-%dpx"></iframe></body></html>' \
			"$url" "$1" $(($2 * ($i + 1))) $(($2 * $i)) >"$frame"
		chrome --window-size=$1,$2 --screenshot="$out/$3-$(printf %02d $((i + 1))).png" "file://$(cd "$out" && pwd)/.frame.html"
		i=$((i + 1))
	done
	rm -f "$out/.frame.html"
}
# A screen at a section: the iframe opens the page at the section's anchor.
at() { # width height name id
	printf '<!DOCTYPE html><html><body style="margin:0;overflow:hidden"><iframe src="%s#%s" style="border:0;width:%dpx;height:%dpx"></iframe></body></html>' \
		"$url" "$4" "$1" "$2" >"$out/.frame.html"
	chrome --window-size=$1,$2 --screenshot="$out/$3-$4.png" "file://$(cd "$out" && pwd)/.frame.html"
	rm -f "$out/.frame.html"
}
rm -f "$out"/desktop-*.png "$out"/phone-*.png
shots 1400 900 desktop ${SCREENS:-4}
shots 390 844 phone ${SCREENS:-4}
# SECTIONS="open kpis": screens at those sections (ids of the page's sections).
for id in ${SECTIONS:-}; do
	at 1400 900 desktop "$id"
	at 390 844 phone "$id"
done
chrome --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$url"
rm -f "$out"/page-*.png
pdftoppm -png -r 50 "$out/report.pdf" "$out/page"
echo "render.sh: $out/desktop.png $out/phone.png (and screens desktop-NN.png, phone-NN.png) $out/report.pdf ($(ls "$out"/page-*.png | wc -l) pages as $out/page-*.png)"
