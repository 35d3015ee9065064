//! `docs/rules.md` is generated from the rule registry (`core/src/registry.rs`); this test fails
//! when the committed file differs from what the registry generates. Regenerate with
//! `UPDATE_RULES=1 cargo test -p migratiepact-core --test rules`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

#[test]
fn rules_md_matches_the_registry() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/rules.md");
    let generated = migratiepact_core::registry::markdown();
    if std::env::var_os("UPDATE_RULES").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} differs from the registry; run UPDATE_RULES=1 cargo test -p migratiepact-core --test rules",
        path.display()
    );
}
