#!/bin/sh
# Install LIVC-R Desktop system-wide from this unpacked tarball. Run as root; it asks nothing,
# so it is also the silent install for scripts and configuration management:
#
#   sudo ./install.sh                     install (or upgrade) into /opt/livcr-desktop
#   sudo ./install.sh --prefix /srv/app   install elsewhere
#   sudo ./install.sh --uninstall         remove the program (same --prefix as installed)
#
# It places the program in PREFIX/livcr, the command /usr/local/bin/livcr, the menu entry
# /usr/local/share/applications/be.livcr.desktop.desktop and the icons under
# /usr/local/share/icons/hicolor. Uninstalling removes exactly these. The users' data folders
# (~/.local/share/LIVC-R/) are never touched: they hold the encrypted databases and backups.
# DESTDIR=/some/root installs below another root (for packaging and for the tests).
set -eu

prefix=/opt/livcr-desktop
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

case $prefix in
  /?*) ;;
  *) echo "install.sh: --prefix must be an absolute folder other than /" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
root=${DESTDIR:-}
share=$root/usr/local/share
bin=$root/usr/local/bin
desktop_file=be.livcr.desktop.desktop
icon_name=be.livcr.desktop

refresh_caches() {
  [ -z "$root" ] || return 0  # caches are refreshed on the real system only
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -rf "$root$prefix/livcr"
  rmdir "$root$prefix" 2>/dev/null || true
  if [ -L "$bin/livcr" ]; then rm -f "$bin/livcr"; fi
  rm -f "$share/applications/$desktop_file"
  find "$share/icons/hicolor" -path "*/apps/$icon_name.*" -delete 2>/dev/null || true
  refresh_caches
  echo "LIVC-R Desktop removed from $prefix. Users' data folders (~/.local/share/LIVC-R/) are kept."
  exit 0
fi

[ -x "$here/livcr/livcr" ] || { echo "install.sh: run it from the unpacked tarball" >&2; exit 2; }
mkdir -p "$root$prefix"
# Replace an earlier version whole: files of the old bundle must not mix with the new one.
rm -rf "$root$prefix/livcr.new"
cp -a "$here/livcr" "$root$prefix/livcr.new"
rm -rf "$root$prefix/livcr"
mv "$root$prefix/livcr.new" "$root$prefix/livcr"

mkdir -p "$bin" "$share/applications"
ln -sf "$prefix/livcr/livcr" "$bin/livcr"
sed "s|@EXEC@|$prefix/livcr/livcr|g" "$here/share/applications/$desktop_file" \
  > "$share/applications/$desktop_file"
chmod 644 "$share/applications/$desktop_file"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$share/icons/$(dirname "$icon")"
  cp "$here/share/icons/$icon" "$share/icons/$icon"
done
refresh_caches
echo "LIVC-R Desktop installed in $prefix/livcr; start it from the menu or with: livcr"
