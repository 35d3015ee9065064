//! The committed `wasm/js/labels.js` must be what `examples/labels_js.rs` generates from the
//! core now. Regenerate with `cargo run -p migratiepact-wasm --example labels_js > wasm/js/labels.js`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../examples/labels_js.rs"]
mod labels_js;

#[test]
fn committed_labels_are_the_cores() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/labels.js");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == labels_js::generate(),
        "wasm/js/labels.js is out of date; run \
         cargo run -p migratiepact-wasm --example labels_js > wasm/js/labels.js"
    );
}
