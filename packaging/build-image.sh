#!/bin/sh
# Builds the LayerPress application image: a jlink runtime holding only the JDK modules the HMI needs,
# and the shaded jar (JavaFX, Milo, H2 … inside) on its class path, started by bin/LayerPress.
# Why the shaded jar on the class path rather than JavaFX as modules: docs/decisions/0015-installer.md.
#
#   packaging/build-image.sh                     image of target/layerpress.jar in target/installer/LayerPress
#   packaging/build-image.sh --deb               the same, then a .deb of it (needs fakeroot and dpkg-deb)
#   packaging/build-image.sh --input DIR --main-jar NAME --dest DIR
#                                                image of every jar in DIR (NAME holds the main class)
#
# Needs JDK 17's jlink and jpackage (JAVA_HOME, or the ones on PATH). Exit 0 built, 1 failed, 2 usage.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar="$root/target/layerpress.jar"
input=""
main_jar="layerpress.jar"
dest="$root/target/installer"
deb=no
# The version jpackage writes into the image and the .deb: digits only, taken from the pom's.
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' "$root/pom.xml" | head -n 1)

usage() {
    sed -n '5,9s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jar=$2; shift 2 ;;
        --input) input=$2; shift 2 ;;
        --main-jar) main_jar=$2; shift 2 ;;
        --dest) dest=$2; shift 2 ;;
        --deb) deb=yes; shift ;;
        --app-version) version=$2; shift 2 ;;
        -h|--help) usage ;;
        *) echo "build-image.sh: unknown option $1" >&2; usage ;;
    esac
done

tool() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1" || true; fi
}
jlink=$(tool jlink)
jpackage=$(tool jpackage)
if [ -z "$jlink" ] || [ -z "$jpackage" ]; then
    echo "build-image.sh: jlink and jpackage of a JDK 17 are needed (set JAVA_HOME or put them on PATH)" >&2
    exit 1
fi

# The modules `jdeps --print-module-deps` finds in the shaded jar, plus the elliptic-curve provider a
# secured OPC UA endpoint may negotiate with and the zip file system; nothing else of the JDK.
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.zipfs

work="$dest/work"
rm -rf "$work" "$dest/LayerPress"
mkdir -p "$work"

if [ -z "$input" ]; then
    if [ ! -f "$jar" ]; then
        echo "build-image.sh: $jar is missing; build it first: mvn -q -DskipTests package" >&2
        exit 1
    fi
    input="$work/input"
    mkdir -p "$input"
    cp "$jar" "$input/$main_jar"
fi

echo "build-image.sh: runtime ($modules)"
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$work/runtime"

echo "build-image.sh: application image in $dest/LayerPress"
"$jpackage" --type app-image --name LayerPress --app-version "$version" \
    --vendor "LayerPress" --description "Kiosk touchscreen HMI for a laboratory pellet press" \
    --input "$input" --main-jar "$main_jar" --main-class org.layerpress.Launcher \
    --runtime-image "$work/runtime" --java-options "-Dfile.encoding=UTF-8" \
    --dest "$dest"

if [ "$deb" = yes ]; then
    if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
        echo "build-image.sh: a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg); the image is built" >&2
        exit 1
    fi
    echo "build-image.sh: .deb in $dest"
    "$jpackage" --type deb --app-image "$dest/LayerPress" --name LayerPress --app-version "$version" \
        --vendor "LayerPress" --description "Kiosk touchscreen HMI for a laboratory pellet press" \
        --linux-package-name layerpress --install-dir /opt --dest "$dest"
fi
rm -rf "$work"
echo "build-image.sh: done: $dest/LayerPress/bin/LayerPress"
