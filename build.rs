//! Compiles `content/*.json` into `$OUT_DIR/catalog.rs`, which `src/domain/content.rs`
//! includes. The compiler itself is in `build/` (see `build/mod.rs`).

use std::path::Path;

#[path = "build/mod.rs"]
mod compiler;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-env-changed=CARGO_FEATURE_BENCH_SCALE");
    split_views();
    let bench_scale = std::env::var_os("CARGO_FEATURE_BENCH_SCALE").is_some();
    let catalog = compiler::compile(&root.join("content"), bench_scale);
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let path = Path::new(&out_dir).join("catalog.rs");
    std::fs::write(&path, catalog.to_rust())
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// Sets cfg `wasm_split` in a release build for the browser: the views after the checks become
/// wasm modules of their own (`src/app/split.rs`), which `scripts/split.mjs` cuts out after
/// Trunk's build. Debug builds (and the browser unit tests, which run them without that step)
/// keep every view in one module.
fn split_views() {
    println!("cargo::rustc-check-cfg=cfg(wasm_split)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    if wasm && release {
        println!("cargo::rustc-cfg=wasm_split");
    }
}
