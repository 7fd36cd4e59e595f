#!/bin/sh
# Add this unpacked MoatDesk to your desktop's application menu (no root needed):
#   ./install.sh            install the menu entry and icon for the current user
#   ./install.sh --remove   take them out again (the app folder itself stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
entry="$data_home/applications/moatdesk.desktop"
icon="$data_home/icons/hicolor/scalable/apps/moatdesk.svg"
metainfo="$data_home/metainfo/io.github.moatdesk.MoatDesk.metainfo.xml"
resources="$here/_internal/moatdesk/resources"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon" "$metainfo"
    echo "removed the MoatDesk menu entry"
    exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")" "$(dirname "$metainfo")"
# Exec points at this folder's launcher, quoted in case the path has spaces
# (& | and \ escaped for sed).
target=$(printf '%s' "$here/MoatDesk" | sed 's/[&|\\]/\\&/g')
sed "s|^Exec=moatdesk\$|Exec=\"$target\"|" "$resources/moatdesk.desktop" > "$entry"
cp "$resources/icons/moatdesk.svg" "$icon"
cp "$resources/io.github.moatdesk.MoatDesk.metainfo.xml" "$metainfo"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$data_home/applications" || true
echo "installed $entry"
echo "installed $icon"
