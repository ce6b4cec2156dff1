#!/usr/bin/env bash
# The project's test command, for a fresh Debian or Ubuntu machine as for a set-up one:
#
#   ./verify.sh [MAVEN OPTIONS]        (for example ./verify.sh -o, or ./verify.sh -q)
#
# installs the Debian packages the build and its tests need where they are missing (apt-get, with
# sudo when not run as root; README, "The two commands", says why each is needed), then runs
# `mvn -B verify` with the options given. Maven installs the npm test tools itself (npm ci in
# handouts/, from its lock file). .ci/run runs this command too.
set -euo pipefail
cd "$(dirname "$0")"

has() { command -v "$1" >/dev/null 2>&1; }

# A Debian package is installed (dpkg's own state), or, without dpkg, the check given.
installed() {
  local package="$1"
  shift
  if has dpkg-query; then
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" = installed ]
  else
    "$@"
  fi
}

japanese_font() { fc-list :lang=ja 2>/dev/null | grep -q .; }

# Each package and what needs it; a package whose program is already on the PATH (a JDK or a
# Node.js installed another way) is not installed again.
missing=()
has javac || missing+=(openjdk-17-jdk-headless)                 # Java 17: the build itself
has mvn || missing+=(maven)                                     # Maven (3.8.7 in Debian 12)
has node || missing+=(nodejs)                                   # runs npm
has npm || missing+=(npm)                                       # npm ci of the handouts' test tools
has chromium || missing+=(chromium)                             # BrowserIT's browser
has chromedriver || missing+=(chromium-driver)                  # BrowserIT drives it (Selenium)
[ -f "${OMEGAT_JAR:-/usr/share/omegat/OmegaT.jar}" ] \
  || missing+=(omegat)                                          # TranslatorKitIT: OmegaT's readers
installed fonts-noto-cjk japanese_font \
  || missing+=(fonts-noto-cjk)                                  # BrowserIT: the readers' CJK fonts
has qpdf || missing+=(qpdf)                                     # BookDesignIT: qpdf --check of the PDFs

if [ ${#missing[@]} -gt 0 ]; then
  echo "verify.sh: installing the missing Debian packages: ${missing[*]}"
  if ! has apt-get; then
    echo "error: ${missing[*]} missing and there is no apt-get; install them (README, The two commands)" >&2
    exit 1
  fi
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

exec mvn -B verify "$@"
