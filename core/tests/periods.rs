//! ISO 8601 periods as the standalone `deadline` entry point reads them (the calendar's
//! `Period::parse_iso`): at most four digits, ASCII digits only, no sign, never zero. Written
//! after cargo-mutants found the guards unpinned (docs/testing.md); scripts/mutants.sh runs it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use migratiepact_core::calendar::Period;

#[test]
fn a_period_has_one_to_four_digits_and_no_sign() {
    for ok in [
        "P1D", "P5D", "P9999D", "P1234W", "P12W", "P6M", "P1Y", "PT72H",
    ] {
        assert!(Period::parse_iso(ok).is_ok(), "{ok} refused");
    }
    for bad in [
        "P+5D", "P12345D", "P10000D", "PD", "P0D", "P-1D", "P5", "P5X", "P٥D", "P 5D", "",
    ] {
        assert!(Period::parse_iso(bad).is_err(), "{bad} accepted");
    }
}

#[test]
fn the_deadline_entry_point_refuses_a_bad_period_at_its_pointer() {
    let out = migratiepact_core::api::deadline_json("2026-06-15", "P+5D", "eu", Default::default());
    assert!(!out.ok);
    let v: serde_json::Value = serde_json::from_str(&out.json).unwrap();
    assert_eq!(v["errors"][0]["path"], "/period");
    assert_eq!(v["errors"][0]["code"], "invalidValue");
}
