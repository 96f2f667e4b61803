#!/usr/bin/env bash
# Builds the app image and a native installer with jpackage (JDK 17+), JRE and bundled fonts inside.
#   Linux:   installer/build-installer.sh            -> target/installer/lokkho_<version>_amd64.deb
#   Windows: bash installer/build-installer.sh msi   -> target/installer/Lokkho-<version>.msi (needs WiX 3 on PATH)
# The .deb depends on libgtk-3-0: JavaFX needs GTK 3 for a real window on Linux.
# Two launchers: Lokkho (the window) and lokkho-cli (commands; JVM options for short runs in lokkho-cli.properties).
# The CLI's class-data archive must be made at the installed path (JDK 17 ties it to the jar's path):
#   image: done here;  deb: `sudo /opt/lokkho/bin/lokkho-cli bench --make-cds-archive` once after installing;
#   msi (per-user): `lokkho-cli bench --make-cds-archive` once. Without it lokkho-cli works, only starts slower.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-deb}"
version=$(mvn -q -B -DforceStdout help:evaluate -Dexpression=project.version 2>/dev/null || echo 0.1.0)
mvn -q -DskipTests package
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/lokkho.jar target/jpackage-input/
common=(--name Lokkho --app-version "${version%%-*}" --vendor "Lokkho" --input target/jpackage-input
        --main-jar lokkho.jar --main-class org.lokkho.Launcher --dest target/installer
        --description "Offline editor for APA, NIS and Citizen's Charter forms"
        --java-options "-Dfile.encoding=UTF-8" --java-options "-Xmx1g"
        --add-launcher lokkho-cli=installer/lokkho-cli.properties
        # keep bin/java in the runtime: `bench --make-cds-archive` runs the training export with it
        --jlink-options "--strip-debug --no-man-pages --no-header-files")
case "$type" in
  deb)
    jpackage "${common[@]}" --type deb --linux-package-name lokkho --linux-deb-maintainer "lokkho@localhost" \
      --linux-menu-group Office --linux-shortcut --linux-package-deps "libgtk-3-0" ;;
  msi)
    # The upgrade UUID must never change: Windows uses it to replace an older install in place.
    jpackage "${common[@]}" --type msi --win-upgrade-uuid 6f1c7c52-3f0e-4c55-9a43-2b8f5d1e9a10 \
      --win-menu --win-menu-group Lokkho --win-shortcut --win-dir-chooser --win-per-user-install ;;
  image)
    jpackage "${common[@]}" --type app-image
    # The image is used where it lies (or moved as a whole, then re-run this line there).
    target/installer/Lokkho/bin/lokkho-cli bench --make-cds-archive ;;
  *) echo "usage: $0 [deb|msi|image]" >&2; exit 2 ;;
esac
ls -l target/installer
