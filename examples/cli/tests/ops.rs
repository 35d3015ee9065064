//! `agenda` and `impact` (issue #17) against the single evaluations, on generated caseloads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

fn bin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_migratiepact"))
        .args(args)
        .output()
        .unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ops-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn write_caseload(name: &str, seed: u64, n: u64) -> (PathBuf, Vec<String>) {
    let cases = migratiepact_caseload::generate(seed, n);
    let path = tmp(name);
    std::fs::write(&path, cases.join("\n") + "\n").unwrap();
    (path, cases)
}

/// The deadlines whose completing act the case records (RULES §5–6 and the catalogue, stated
/// here again by hand): only these are overdue when expired.
const RECORDABLE: &[&str] = &[
    "screening",
    "registration",
    "lodging",
    "borderDecision",
    "borderProcedureEnd",
    "examination",
    "dublinRequest",
    "dublinReply",
    "dublinTransferDecision",
    "legacyRegistration",
    "legacyGeneralProcedureDecision",
    "legacyDecision",
    "legacyBorderEntry",
    "legacySafeCountryDecision",
];

/// The agenda computed by hand from single evaluations: (due, caseId, order, id, status).
fn by_hand(
    cases: &[String],
    as_of: &str,
    within: i64,
) -> Vec<(String, String, usize, String, String)> {
    let today = NaiveDate::parse_from_str(&as_of[..10], "%Y-%m-%d").unwrap();
    let order = migratiepact_core::catalog::DEADLINES;
    let mut rows = Vec::new();
    for c in cases {
        let mut v: Value = serde_json::from_str(c).unwrap();
        v["asOf"] = Value::from(as_of);
        let out = migratiepact_core::evaluate_json(v.to_string().as_bytes());
        let a: Value = serde_json::from_str(&out.json).unwrap();
        let Some(ds) = a["deadlines"].as_array() else {
            continue;
        };
        for d in ds {
            let id = d["id"].as_str().unwrap();
            let status = d["status"].as_str().unwrap();
            let due = NaiveDate::parse_from_str(d["due"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            let keep = match status {
                "running" => (due - today).num_days() <= within,
                "expired" => RECORDABLE.contains(&id),
                _ => false,
            };
            if keep {
                rows.push((
                    d["due"].as_str().unwrap().to_owned(),
                    serde_json::to_string(&a["caseId"]).unwrap(),
                    order.iter().position(|x| x.id == id).unwrap(),
                    id.to_owned(),
                    status.to_owned(),
                ));
            }
        }
    }
    rows.sort();
    rows
}

fn agenda_rows(out: &Output) -> Vec<(String, String, usize, String, String)> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let order = migratiepact_core::catalog::DEADLINES;
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| {
            let r: Value = serde_json::from_str(l).unwrap();
            for k in [
                "caseId", "id", "due", "status", "actor", "name", "basis", "daysLeft",
            ] {
                assert!(r.get(k).is_some(), "row lacks {k}: {l}");
            }
            let id = r["id"].as_str().unwrap();
            (
                r["due"].as_str().unwrap().to_owned(),
                serde_json::to_string(&r["caseId"]).unwrap(),
                order.iter().position(|x| x.id == id).unwrap(),
                id.to_owned(),
                r["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// The agenda of a caseload equals the deadlines of the single evaluations filtered by hand,
    /// in the same order — with a sort buffer small enough that the external merge is used.
    #[test]
    fn agenda_equals_the_single_evaluations_filtered_by_hand(
        seed in 0u64..1000,
        n in 1u64..80,
        day in 0i64..200,
        within in 1i64..45, // a window of at least one day: `--within P0D` is refused (not a period)
        buffer in prop_oneof![Just(1usize << 26), 200usize..4000],
    ) {
        let (path, cases) = write_caseload(&format!("agenda-{seed}-{n}.jsonl"), seed, n);
        let as_of = (NaiveDate::from_ymd_opt(2026, 6, 1).unwrap() + chrono::Duration::days(day))
            .format("%Y-%m-%dT12:00:00+02:00").to_string();
        let within_arg = format!("P{within}D");
        let buffer_arg = buffer.to_string();
        let out = bin(&[
            "agenda", path.to_str().unwrap(), "--as-of", &as_of, "--within", &within_arg,
            "--format", "json", "--sort-buffer", &buffer_arg,
        ]);
        let got = agenda_rows(&out);
        let want = by_hand(&cases, &as_of, within);
        prop_assert_eq!(got, want);
    }
}

#[test]
fn agenda_filters_by_authority() {
    let (path, _) = write_caseload("authority.jsonl", 5, 300);
    let all = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01",
        "--format",
        "json",
    ]);
    let all = agenda_rows(&all);
    let coa = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01",
        "--format",
        "json",
        "--authority",
        "coa",
    ]);
    let text = String::from_utf8(coa.stdout).unwrap();
    assert!(!text.is_empty());
    for l in text.lines() {
        let r: Value = serde_json::from_str(l).unwrap();
        assert_eq!(r["actor"], "coa", "{l}");
    }
    assert!(text.lines().count() < all.len());
}

#[test]
fn the_calendar_parses_with_an_independent_parser() {
    let (path, _) = write_caseload("ics.jsonl", 9, 200);
    let json = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01",
        "--format",
        "json",
    ]);
    let rows = agenda_rows(&json);
    let ics = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01",
        "--format",
        "ics",
    ]);
    assert_eq!(ics.status.code(), Some(0));
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(&ics.stdout[..]));
    let cal = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none());
    assert_eq!(cal.events.len(), rows.len());
    let mut uids = BTreeSet::new();
    for (e, row) in cal.events.iter().zip(&rows) {
        let prop = |name: &str| {
            e.properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_else(|| panic!("event lacks {name}"))
        };
        assert_eq!(prop("DTSTART"), row.0.replace('-', ""));
        assert!(prop("DESCRIPTION").contains("Grondslag"));
        assert!(uids.insert(prop("UID")), "UIDs are unique");
    }
}

fn impact_lines(out: &Output) -> Vec<Value> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn default_params() -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../core/params/default.json");
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn impact_with_identical_parameter_sets_reports_nothing() {
    let (path, _) = write_caseload("same.jsonl", 3, 400);
    let params = tmp("same-params.json");
    std::fs::write(&params, default_params().to_string()).unwrap();
    let out = bin(&[
        "impact",
        path.to_str().unwrap(),
        "--params",
        params.to_str().unwrap(),
    ]);
    assert!(impact_lines(&out).is_empty());
    // And a release against its own stored answers.
    let stored = tmp("same-stored.jsonl");
    let b = bin(&[
        "batch",
        path.to_str().unwrap(),
        "-o",
        stored.to_str().unwrap(),
    ]);
    assert_eq!(b.status.code(), Some(0));
    let out = bin(&[
        "impact",
        path.to_str().unwrap(),
        "--against",
        stored.to_str().unwrap(),
    ]);
    assert!(impact_lines(&out).is_empty());
}

/// A country added to the safe list of origin changes the procedure of exactly the cases of
/// that nationality whose procedure the single evaluations say changes, and of no other.
#[test]
fn adding_a_safe_country_reports_exactly_the_cases_of_that_nationality_whose_procedure_changes() {
    let (path, cases) = write_caseload("safe.jsonl", 11, 1500);
    let mut params = default_params();
    let mut entry = params["safeCountries"][0].clone();
    entry["country"] = Value::from("IRQ");
    params["safeCountries"].as_array_mut().unwrap().push(entry);
    let new_path = tmp("safe-params.json");
    std::fs::write(&new_path, params.to_string()).unwrap();
    let new = migratiepact_core::Parameters::from_json(params.to_string().as_bytes()).unwrap();
    let base = migratiepact_core::Parameters::embedded();

    let mut want = BTreeSet::new();
    let mut nationality = BTreeMap::new();
    for c in &cases {
        let v: Value = serde_json::from_str(c).unwrap();
        let id = v["caseId"].as_str().unwrap().to_owned();
        nationality.insert(
            id.clone(),
            v["applicant"]["nationality"].as_str().unwrap().to_owned(),
        );
        let opts = migratiepact_core::Options::default();
        let a: Value = serde_json::from_str(
            &migratiepact_core::evaluate_json_with(c.as_bytes(), base, opts).json,
        )
        .unwrap();
        let b: Value = serde_json::from_str(
            &migratiepact_core::evaluate_json_with(c.as_bytes(), &new, opts).json,
        )
        .unwrap();
        let proc = |x: &Value| {
            (
                x["procedure"]["kind"].clone(),
                x["procedure"]["mandatory"].clone(),
                x["procedure"]["location"].clone(),
            )
        };
        if proc(&a) != proc(&b) {
            want.insert(id);
        }
    }
    assert!(
        !want.is_empty(),
        "the caseload must have cases whose procedure changes"
    );

    let out = bin(&[
        "impact",
        path.to_str().unwrap(),
        "--params",
        new_path.to_str().unwrap(),
    ]);
    let lines = impact_lines(&out);
    let mut got = BTreeSet::new();
    for l in &lines {
        let id = l["caseId"].as_str().unwrap().to_owned();
        assert_eq!(nationality[&id], "IRQ", "only Iraqi cases change: {l}");
        let changes = l["changes"].as_array().unwrap();
        assert!(!changes.is_empty());
        if changes.iter().any(|c| {
            matches!(
                c["path"].as_str(),
                Some("/procedure/kind" | "/procedure/mandatory" | "/procedure/location")
            )
        }) {
            got.insert(id);
        }
    }
    assert_eq!(got, want);
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(
        summary.contains(&format!("{} change procedure", want.len())),
        "{summary}"
    );
}

#[test]
fn reports_are_written_in_every_format() {
    let (path, _) = write_caseload("formats.jsonl", 2, 150);
    for f in ["table", "csv", "json", "ics", "html"] {
        let out = bin(&[
            "agenda",
            path.to_str().unwrap(),
            "--as-of",
            "2026-12-01",
            "--format",
            f,
            "--lang",
            "en",
        ]);
        assert_eq!(out.status.code(), Some(0), "{f}");
        assert!(!out.stdout.is_empty(), "{f}");
    }
    let html = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01",
        "--format",
        "html",
    ]);
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>")
            && html.contains("<svg")
            && html.trim_end().ends_with("</html>")
    );
    let csv = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01",
        "--format",
        "csv",
    ]);
    let mut r = csv::Reader::from_reader(&csv.stdout[..]);
    assert_eq!(r.headers().unwrap().get(0), Some("caseId"));
    assert!(r.records().all(|x| x.is_ok()));
    assert_eq!(
        bin(&["agenda", path.to_str().unwrap(), "--as-of", "tomorrow"])
            .status
            .code(),
        Some(2)
    );
}

/// The in-memory entry point of the WASM and Python surfaces gives the CLI's rows.
#[test]
fn agenda_json_rows_are_the_cli_rows() {
    let (path, cases) = write_caseload("agenda-json.jsonl", 21, 400);
    let cli = bin(&[
        "agenda",
        path.to_str().unwrap(),
        "--as-of",
        "2026-12-01T09:00:00+01:00",
        "--within",
        "P21D",
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert_eq!(cli.status.code(), Some(0));
    let request = r#"{"asOf":"2026-12-01T09:00:00+01:00","within":"P21D","lang":"en"}"#;
    let out = migratiepact_core::ops::agenda::agenda_json(
        cases.join("\n").as_bytes(),
        request.as_bytes(),
        migratiepact_core::Parameters::embedded(),
    );
    assert!(out.ok, "{}", out.json);
    let v: Value = serde_json::from_str(&out.json).unwrap();
    let rows = v["rows"].as_array().unwrap().clone();
    let lines: Vec<Value> = String::from_utf8(cli.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty());
    assert_eq!(rows, lines);
    assert_eq!(v["summary"]["cases"], 400);
}
