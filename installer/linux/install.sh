#!/bin/sh
# Put Kindred in your applications menu (no administrator rights needed).
# Copies this folder to ~/.local/opt/kindred and adds the menu entry, the icon and the
# software-centre description under ~/.local/share. Run it again to update Kindred:
# your diary is elsewhere (~/.local/share/Kindred) and is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/kindred
app_id=org.kindred.Kindred

if [ "$here" != "$target" ]; then
    mkdir -p "$HOME/.local/opt"
    rm -rf "$target.new"
    cp -a "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
mkdir -p "$data/applications" "$data/metainfo" "$data/icons" "$HOME/.local/bin"
sed "s|^Exec=kindred|Exec=\"$target/kindred\"|" "$target/share/$app_id.desktop" \
    > "$data/applications/$app_id.desktop"
cp "$target/share/$app_id.metainfo.xml" "$data/metainfo/"
cp -r "$target/share/icons/hicolor" "$data/icons/"
ln -sf "$target/kindred" "$HOME/.local/bin/kindred"
ln -sf "$target/kindred-cli" "$HOME/.local/bin/kindred-cli"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Kindred is installed. Find it in your applications menu."
