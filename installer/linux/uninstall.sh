#!/bin/sh
# Take Kindred off this computer. Your diary, its backups and settings stay in
# ~/.local/share/Kindred unless you add --remove-my-diary (then they are deleted too,
# after you type "delete" to confirm). To keep a copy first, see the README.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=org.kindred.Kindred
rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
for link in "$HOME/.local/bin/kindred" "$HOME/.local/bin/kindred-cli"; do
    [ -L "$link" ] && rm -f "$link"
done
rm -rf "$HOME/.local/opt/kindred"
if [ "${1:-}" = "--remove-my-diary" ]; then
    printf 'This deletes your diary and all its backups for good. Type "delete" to go on: '
    read -r answer
    if [ "$answer" = "delete" ]; then
        rm -rf "$data/Kindred"
        echo "Kindred and your diary have been removed."
        exit 0
    fi
    echo "Your diary was kept."
fi
echo "Kindred has been removed. Your diary is still in $data/Kindred."
