#!/usr/bin/env bash
# Seeds the fuzz corpora from the synthetic sample export (fixtures/), so the fuzzers start
# from real LinkedIn shapes rather than from nothing. Run from anywhere; needs python3.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/archive corpus/csv_dialect corpus/dates
cp ../fixtures/*.zip corpus/archive/
python3 - <<'PY'
import hashlib, zipfile
with zipfile.ZipFile("../fixtures/sample-export.zip") as z:
    for info in z.infolist():
        data = z.read(info)
        name = hashlib.sha1(info.filename.encode()).hexdigest()
        # csv_dialect: two leading bytes choose the limits and the read size.
        open(f"corpus/csv_dialect/{name}", "wb").write(b"\xff\x41" + data)
        if info.filename.endswith(".csv"):
            open(f"corpus/dates/{name}", "wb").write(data)
PY
echo "seeded: $(ls corpus/archive | wc -l) archives, $(ls corpus/csv_dialect | wc -l) csv, $(ls corpus/dates | wc -l) dates"
