#!/usr/bin/env bash
# Fuzz Bitext's parse → align → invariants → render/export pipeline with libFuzzer.
#
#   Scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
#
# Builds Sources/bitext-fuzz with -D FUZZING and AddressSanitizer in its own scratch folder
# (.build-fuzz), seeds the corpus from Fixtures/, and runs for SECONDS (default 60).
# A crash leaves crash-* files in .build-fuzz/artifacts; minimize one with
#   .build-fuzz/debug/bitext-fuzz -minimize_crash=1 -runs=10000 crash-…
# and add it to Fixtures/fuzz-regressions/ (FuzzRegressionTests replays that folder).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

scratch=.build-fuzz
swift build --scratch-path "$scratch" --product bitext-fuzz \
  -Xswiftc -DFUZZING \
  -Xswiftc -sanitize=fuzzer,address \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2

corpus="$scratch/corpus"
artifacts="$scratch/artifacts"
mkdir -p "$corpus" "$artifacts"
cp Fixtures/*.md "$corpus/" 2>/dev/null || true
if [ -d Fixtures/fuzz-regressions ]; then cp Fixtures/fuzz-regressions/* "$corpus/" 2>/dev/null || true; fi

# libFuzzer and AddressSanitizer report crashes themselves; the Swift
# runtime's interactive backtracer is not wanted here (once seen to hang).
export SWIFT_BACKTRACE=enable=no

exec "$scratch/debug/bitext-fuzz" "$corpus" \
  -dict=Scripts/fuzz.dict \
  -max_total_time="$seconds" \
  -max_len=16384 \
  -rss_limit_mb=4096 \
  -timeout=10 \
  -artifact_prefix="$artifacts/" \
  -print_final_stats=1 \
  "$@"
