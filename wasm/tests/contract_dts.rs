//! The committed `wasm/js/contract.d.ts` must be what `examples/contract_dts.rs` generates from
//! the Rust types now. Regenerate with
//! `cargo run -p migratiepact-wasm --example contract_dts > wasm/js/contract.d.ts`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../examples/contract_dts.rs"]
mod contract_dts;

#[test]
fn committed_contract_types_are_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/contract.d.ts");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == contract_dts::generate(),
        "wasm/js/contract.d.ts is out of date; run \
         cargo run -p migratiepact-wasm --example contract_dts > wasm/js/contract.d.ts"
    );
}

#[test]
fn every_deadline_id_and_counting_rule_is_a_literal() {
    let text = contract_dts::generate();
    for id in migratiepact_core::engine::DEADLINE_ORDER {
        assert!(text.contains(&format!("\"{id}\"")), "{id} missing");
    }
    assert!(text.contains("export type CountingRule = \"pr1182\""));
    assert!(text.contains("  id: DeadlineId;"));
    assert!(text.contains("\"/applicant/dateOfBirth\""));
}
