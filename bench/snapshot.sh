# Shared by the bench and eval scripts (sourced; POSIX sh): the full-ESCO snapshot they run on.
#
# A snapshot stores the text mapper's index for the credmatch build that wrote it; another build
# ignores it and builds the index at every start (about a second), which would be timed with the
# run. So a snapshot is made again when it is missing or its index is not this build's
# (docs/mapping.md, "Stored index").

# esco_snapshot_current CREDMATCH SNAPSHOT: true when SNAPSHOT exists and CREDMATCH loads its index.
esco_snapshot_current() {
  [ -f "$2" ] && "$1" --taxonomy "$2" taxonomy info | grep -q "loaded instead of built"
}

# esco_snapshot_import CREDMATCH SHARED SNAPSHOT: imports ESCO v1.1.1 with the v1.0 French and
# Spanish labels from SHARED (../shared/data) into SNAPSHOT; the import's summary goes to stderr.
esco_snapshot_import() {
  mkdir -p "$(dirname "$3")"
  "$1" -q taxonomy import "$2/esco/v1.1.1" --labels "$2/esco/v1.0-fr-es" -o "$3" >&2
}

# ensure_esco_snapshot CREDMATCH SHARED SNAPSHOT: imports unless the snapshot is current. Stops
# with a message naming what is missing: the binary (and how to build it) or the ESCO data.
ensure_esco_snapshot() {
  if [ ! -x "$1" ]; then
    echo "$1: no credmatch binary there; build it first (cmake --preset bench && cmake --build --preset bench --target credmatch) or set CREDMATCH" >&2
    exit 1
  fi
  if [ ! -d "$2/esco/v1.1.1" ]; then
    echo "$2/esco/v1.1.1: no ESCO data there (set CREDMATCH_SHARED_DATA_DIR)" >&2
    exit 1
  fi
  esco_snapshot_current "$1" "$3" || esco_snapshot_import "$1" "$2" "$3"
}
