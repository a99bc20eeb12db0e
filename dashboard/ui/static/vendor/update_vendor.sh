#!/usr/bin/env bash
# Re-create the vendored front-end files that folium needs, so the map renders with no internet.
#
# Usage (from anywhere):  bash dashboard/ui/static/vendor/update_vendor.sh
# Needs: npm (the ordinary client, default registry), sha256sum, awk.
#
# Versions are pinned to exactly the ones folium 0.20 links from its CDNs (folium.Map.default_js /
# default_css, folium.plugins.MarkerCluster), so the offline map behaves like the online one.
# When folium is upgraded, compare its URLs with the pins below and bump them together.
# Only the dist files folium references are copied (no source maps, no unused builds), plus each
# package's licence file. VENDOR.md documents the result; SHA256SUMS is regenerated here.
set -euo pipefail

LEAFLET=1.9.3
MARKERCLUSTER=1.1.0
JQUERY=3.7.1
BOOTSTRAP=5.2.2
FONTAWESOME=6.2.0
AWESOME_MARKERS=2.0.2
# Bootstrap 3 only supplies the Glyphicons font: folium.Icon's default prefix is "glyphicon".
BOOTSTRAP3=3.4.1

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Two prefixes: bootstrap 3 and bootstrap 5 cannot share one node_modules.
npm install --prefix "$TMP/a" --no-audit --no-fund --ignore-scripts --no-save \
  "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" "jquery@$JQUERY" \
  "bootstrap@$BOOTSTRAP" "@fortawesome/fontawesome-free@$FONTAWESOME" \
  "drmonty-leaflet-awesome-markers@$AWESOME_MARKERS" >/dev/null
npm install --prefix "$TMP/b" --no-audit --no-fund --ignore-scripts --no-save \
  "bootstrap@$BOOTSTRAP3" >/dev/null
NM="$TMP/a/node_modules"
NM3="$TMP/b/node_modules"

# Start from an empty tree so files dropped upstream do not linger.
for d in leaflet leaflet.markercluster jquery bootstrap fontawesome awesome-markers glyphicons folium; do
  rm -rf "${HERE:?}/$d"
done

copy() {  # copy SRC DEST (DEST relative to this folder)
  mkdir -p "$(dirname "$HERE/$2")"
  cp "$1" "$HERE/$2"
}

# Leaflet: script, stylesheet, and the images its stylesheet and default marker icon use.
copy "$NM/leaflet/dist/leaflet.js" leaflet/leaflet.js
copy "$NM/leaflet/dist/leaflet.css" leaflet/leaflet.css
for f in layers.png layers-2x.png marker-icon.png marker-icon-2x.png marker-shadow.png; do
  copy "$NM/leaflet/dist/images/$f" "leaflet/images/$f"
done
copy "$NM/leaflet/LICENSE" leaflet/LICENSE

# Leaflet.markercluster
copy "$NM/leaflet.markercluster/dist/leaflet.markercluster.js" \
  leaflet.markercluster/leaflet.markercluster.js
copy "$NM/leaflet.markercluster/dist/MarkerCluster.css" leaflet.markercluster/MarkerCluster.css
copy "$NM/leaflet.markercluster/dist/MarkerCluster.Default.css" \
  leaflet.markercluster/MarkerCluster.Default.css
copy "$NM/leaflet.markercluster/MIT-LICENCE.txt" leaflet.markercluster/LICENSE

# jQuery (folium's popups and some plugins use it)
copy "$NM/jquery/dist/jquery.min.js" jquery/jquery.min.js
copy "$NM/jquery/LICENSE.txt" jquery/LICENSE

# Bootstrap 5 (the bundle includes Popper, whose MIT header stays in the file)
copy "$NM/bootstrap/dist/js/bootstrap.bundle.min.js" bootstrap/js/bootstrap.bundle.min.js
copy "$NM/bootstrap/dist/css/bootstrap.min.css" bootstrap/css/bootstrap.min.css
copy "$NM/bootstrap/LICENSE" bootstrap/LICENSE

# Font Awesome Free: the stylesheet and the woff2 fonts only. all.min.css also lists .ttf
# fallbacks; every browser that runs Leaflet 1.9 reads woff2, so the ttf files (650 kB) are left out.
copy "$NM/@fortawesome/fontawesome-free/css/all.min.css" fontawesome/css/all.min.css
for f in fa-brands-400 fa-regular-400 fa-solid-900 fa-v4compatibility; do
  copy "$NM/@fortawesome/fontawesome-free/webfonts/$f.woff2" "fontawesome/webfonts/$f.woff2"
done
copy "$NM/@fortawesome/fontawesome-free/LICENSE.txt" fontawesome/LICENSE

# Leaflet.awesome-markers: script, stylesheet and the four sprites its stylesheet uses.
copy "$NM/drmonty-leaflet-awesome-markers/js/leaflet.awesome-markers.js" \
  awesome-markers/leaflet.awesome-markers.js
copy "$NM/drmonty-leaflet-awesome-markers/css/leaflet.awesome-markers.css" \
  awesome-markers/leaflet.awesome-markers.css
for f in markers-soft.png markers-soft@2x.png markers-shadow.png markers-shadow@2x.png; do
  copy "$NM/drmonty-leaflet-awesome-markers/css/images/$f" "awesome-markers/images/$f"
done
# The package ships no licence file; its package.json declares MIT and its source header reads
# "(c) 2012-2013, Lennard Voogdt". The MIT notice below carries that copyright line.
cat >"$HERE/awesome-markers/LICENSE" <<'EOF'
Leaflet.awesome-markers (npm package drmonty-leaflet-awesome-markers 2.0.2)
Licence as declared by the package (package.json "licenses": MIT) and the source header
"(c) 2012-2013, Lennard Voogdt". The package ships no licence file; this is the MIT text.

The MIT License (MIT)

Copyright (c) 2012-2013 Lennard Voogdt

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
EOF

# Glyphicons: folium links Bootstrap 3's separate glyphicons stylesheet, which no npm package
# ships on its own. Cut the Glyphicons block (its @font-face up to the last .glyphicon-* rule,
# which ends where the "* {" box-sizing rule begins) out of Bootstrap 3's stylesheet, keep its
# licence header, and point the font at the woff2 file only.
mkdir -p "$HERE/glyphicons/fonts"
{
  printf '/*!\n * Glyphicons Halflings rules cut from Bootstrap v%s dist/css/bootstrap.css\n' "$BOOTSTRAP3"
  printf ' * by dashboard/ui/static/vendor/update_vendor.sh. Copyright 2011-2019 Twitter, Inc.\n'
  printf ' * Licensed under MIT (see LICENSE in this folder).\n */\n'
  awk '
    # The block starts at the @font-face whose next line names the Glyphicons font.
    !on && /^@font-face \{/ { buf = $0; getline; if ($0 ~ /Glyphicons Halflings/) { on = 1; print buf } }
    on && /^\* \{/ { exit }
    on && /^  src: url\("\.\.\/fonts\/glyphicons-halflings-regular\.eot"\);$/ { next }
    on && /^  src: / {
      print "  src: url(\"fonts/glyphicons-halflings-regular.woff2\") format(\"woff2\");"; next
    }
    on { print }
  ' "$NM3/bootstrap/dist/css/bootstrap.css"
} >"$HERE/glyphicons/bootstrap-3-glyphicons.css"
grep -q '^\.glyphicon-menu-up:before' "$HERE/glyphicons/bootstrap-3-glyphicons.css" \
  || { echo "glyphicons extraction failed" >&2; exit 1; }
copy "$NM3/bootstrap/dist/fonts/glyphicons-halflings-regular.woff2" \
  glyphicons/fonts/glyphicons-halflings-regular.woff2
copy "$NM3/bootstrap/LICENSE" glyphicons/LICENSE

# folium.Icon(angle=N) adds the class fa-rotate-N; folium links a stylesheet of 360 such rules
# from its repository. It is generated here instead (the rules are mechanical).
mkdir -p "$HERE/folium"
{
  echo "/* fa-rotate-N classes used by folium.Icon(angle=N); generated by update_vendor.sh. */"
  for n in $(seq 0 359); do
    echo ".fa-rotate-$n{-webkit-transform:rotate(${n}deg);transform:rotate(${n}deg);}"
  done
} >"$HERE/folium/leaflet.awesome.rotate.css"

# Checksums of everything vendored, so a reviewer can see that nothing was edited by hand.
(cd "$HERE" && find . -type f ! -name SHA256SUMS ! -name VENDOR.md ! -name update_vendor.sh \
  | LC_ALL=C sort | sed 's|^\./||' | xargs sha256sum >SHA256SUMS)

du -sh "$HERE"
