#!/usr/bin/env bash
# Build cost of the DSL: a crate of 200 generated endpoints against the same 200 structs with plain
# serde derives; clean debug build time of each crate alone (dependencies built beforehand), median
# of 5. Default features, as a user's crate gets them (no `registry`).
# Usage: bash tests/benches/dsl_build_cost.sh            (FEATURES=registry to build the DSL crate
# with every endpoint registered for the CLI; BASELINE_DERIVES="serde::Serialize, serde::Deserialize"
# for the baseline of earlier sessions, when the DSL derived both)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/target/dsl-build-cost"
export CARGO_TARGET_DIR="$work/target"
mkdir -p "$work"

make_crate() { # name, dependency line, header, item generator
  local dir="$work/$1"
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false
[dependencies]
$2
[workspace]
TOML
  { echo "$3"; for i in $(seq 1 200); do $4 "$i"; done; } > "$dir/src/lib.rs"
}

dsl_item() {
  cat <<RS
#[wx_endpoint(name = "e$1", path = "/test/e$1", perm_sets = [18], errors(-1 => SystemBusy: "busy", 40001 => InvalidCredential: "stale"))]
pub struct E$1 {
    #[wx(chars = 1..=64)]
    pub name: String,
    pub count: u32,
    pub flag: Option<bool>,
}
RS
}

# The same struct as a careful hand-written client declares it: serialized only (the DSL derives
# nothing else), an unset option left out of the body (as the DSL does), not sent as null.
serde_item() {
  cat <<RS
#[derive(${BASELINE_DERIVES:-serde::Serialize})]
pub struct E$1 {
    pub name: String,
    pub count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<bool>,
}
RS
}

features="${FEATURES:-}"
make_crate dsl_200 "wx-endpoints = { path = \"$root/endpoints\", features = [${features:+\"$features\"}] }" "use wx_endpoints::wx_endpoint;" dsl_item
make_crate serde_200 "serde = { version = \"1\", features = [\"derive\"] }
wx-endpoints = { path = \"$root/endpoints\" }" "" serde_item

time_clean() { # crate
  (cd "$work/$1" && cargo build -q 2>/dev/null) # dependencies
  local times=()
  for _ in 1 2 3 4 5; do
    (cd "$work/$1" && cargo clean -q -p "$1")
    local start end
    start=$(date +%s.%N)
    (cd "$work/$1" && cargo build -q)
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

dsl=$(time_clean dsl_200)
plain=$(time_clean serde_200)
echo "200 endpoints: DSL ${dsl} s, plain serde ${plain} s, ratio $(echo "scale=2; $dsl / $plain" | bc)"
