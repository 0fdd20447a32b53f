#!/usr/bin/env bash
# Regenerates phone-metadata.xml: the territories of REGIONS, copied unchanged from the
# libphonenumber metadata that the phonenumber crate ships (Apache License 2.0). Run after
# updating the crate, or to add a region (and add it to REGIONS in contact.rs' tests).
set -euo pipefail
cd "$(dirname "$0")"
REGIONS="FR GB BE CH DE NL IT ES IE AU US CA LU AT PT MC MA TN DZ SN"
SOURCE=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/phonenumber-0.3.10*/assets/PhoneNumberMetadata.xml | head -1)
python3 - "$SOURCE" $REGIONS <<'PY'
import re, sys
source, regions = sys.argv[1], sys.argv[2:]
text = open(source, encoding="utf-8").read()
parts = []
for region in regions:
    match = re.search(r'<territory id="%s".*?</territory>' % region, text, re.S)
    if not match:
        sys.exit(f"no territory {region} in {source}")
    parts.append("    " + match.group(0))
old = open("phone-metadata.xml", encoding="utf-8").read()
head = old[: old.index("<phoneNumberMetadata>")]
head = re.sub(r"these \d+ a small", f"these {len(regions)} a small", head)
body = "<phoneNumberMetadata>\n  <territories>\n" + "\n".join(parts) + "\n  </territories>\n</phoneNumberMetadata>\n"
open("phone-metadata.xml", "w", encoding="utf-8").write(head + body)
PY
