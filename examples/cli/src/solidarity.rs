//! `migratiepact solidarity`: a Member State's fair share of the Annual Solidarity Pool
//! (AMMR 12(2), 66, Annex I) from population and GDP figures the caller supplies. Every rule is
//! in `migratiepact_core::law::solidarity`; this module moves bytes and prints.

use std::path::PathBuf;
use std::process::ExitCode;

use migratiepact_core::law::solidarity::{self, Share};
use migratiepact_core::Locale;
use serde_json::{json, Value};

use super::{read_input, usage_error, Lang};

/// Flags of the command.
pub struct Args {
    pub file: Option<PathBuf>,
    pub state: Option<String>,
    pub relocations: Option<u64>,
    pub eur: Option<u64>,
    pub json: bool,
    pub lang: Option<Lang>,
}

pub fn run(args: Args) -> ExitCode {
    let bytes = match read_input(args.file.as_ref()) {
        Ok(b) => b,
        Err(e) => return usage_error(&format!("cannot read input: {e}")),
    };
    // Flags override the request; a bare figures file is wrapped by the core.
    let bytes = if args.state.is_some()
        || args.relocations.is_some()
        || args.eur.is_some()
        || args.lang.is_some()
    {
        let mut v: Value = match serde_json::from_slice(&bytes) {
            Ok(v) => v,
            // Let the core report the JSON error with its code.
            Err(_) => Value::Null,
        };
        if v.get("memberStates").is_some() && v.get("figures").is_none() {
            v = json!({ "schemaVersion": 1, "figures": v });
        }
        if let Value::Object(map) = &mut v {
            if let Some(s) = &args.state {
                map.insert("state".into(), json!(s));
            }
            if args.relocations.is_some() || args.eur.is_some() {
                let given = map.get("pool").cloned().unwrap_or(Value::Null);
                let pick = |flag: Option<u64>, key: &str, default: u64| {
                    flag.map(Value::from)
                        .or_else(|| given.get(key).cloned())
                        .unwrap_or(Value::from(default))
                };
                let pool = json!({
                    "relocations": pick(args.relocations, "relocations", solidarity::MINIMUM_POOL.relocations),
                    "eur": pick(args.eur, "eur", solidarity::MINIMUM_POOL.eur),
                });
                map.insert("pool".into(), pool);
            }
            if let Some(l) = args.lang {
                let l = match l {
                    Lang::Nl => "nl",
                    Lang::En => "en",
                };
                map.insert("locale".into(), json!(l));
            }
            v.to_string().into_bytes()
        } else {
            bytes
        }
    } else {
        bytes
    };
    if args.json {
        let out = migratiepact_core::api::solidarity_json(&bytes);
        outln!("{}", out.json);
        return if out.ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    let result = solidarity::decode_request(&bytes).and_then(|r| {
        let locale = r.locale;
        r.answer().map(|s| (s, locale))
    });
    match result {
        Ok((share, locale)) => {
            out!("{}", summary(&share, locale));
            ExitCode::SUCCESS
        }
        Err(report) => {
            let locale = args.lang.map(Locale::from).unwrap_or_default();
            out!("{}", super::summary::errors(&report, locale));
            ExitCode::from(1)
        }
    }
}

fn provenance(p: &solidarity::Provenance) -> String {
    let mut parts = Vec::new();
    if let Some(y) = p.reference_year {
        parts.push(y.to_string());
    }
    if let Some(u) = &p.unit {
        parts.push(u.clone());
    }
    if let Some(s) = &p.source {
        parts.push(s.title.clone());
    }
    if parts.is_empty() {
        "-".to_owned()
    } else {
        parts.join("; ")
    }
}

/// A readable summary in Dutch or English.
pub fn summary(s: &Share, locale: Locale) -> String {
    let k = &s.share;
    let nl = locale == Locale::Nl;
    let t = |n: &'static str, e: &'static str| if nl { n } else { e };
    let mut out = String::new();
    out.push_str(&format!(
        "{} {} — AMMR art. 66 {} I ({} {})\n",
        t("Eerlijk aandeel", "Fair share"),
        k.state,
        t("en bijlage", "and Annex"),
        k.member_states,
        t("lidstaten", "Member States")
    ));
    out.push_str(&format!(
        "  {:<16} {} / {} = {}%\n",
        t("bevolking", "population"),
        k.population.state,
        k.population.total,
        k.population.percent
    ));
    out.push_str(&format!(
        "  {:<16} {} / {} = {}%\n",
        t("bbp", "GDP"),
        k.gdp.state,
        k.gdp.total,
        k.gdp.percent
    ));
    out.push_str(&format!(
        "  {:<16} {}% ({}/{})\n",
        t("sleutel", "key"),
        k.key_percent,
        k.key.numerator,
        k.key.denominator
    ));
    out.push_str(&format!(
        "  {:<16} {} {}, EUR {}{}\n",
        "pool",
        k.pool.relocations,
        t("herplaatsingen", "relocations"),
        k.pool.eur,
        if s.pool_source == "caller" {
            ""
        } else {
            t(" (minimum art. 12(2))", " (minimum Art. 12(2))")
        }
    ));
    out.push_str(&format!(
        "  {:<16} {} → {} ({})\n",
        t("herplaatsingen", "relocations"),
        k.relocations.decimal,
        k.relocations.rounded,
        k.relocations.rounding
    ));
    out.push_str(&format!(
        "  {:<16} EUR {} → EUR {} ({})\n",
        t("financieel", "financial"),
        k.eur.decimal,
        k.eur.rounded,
        k.eur.rounding
    ));
    out.push_str(&format!(
        "  {:<16} {}: {}; {}: {}\n",
        t("cijfers", "figures"),
        t("bevolking", "population"),
        provenance(&s.figures.population),
        t("bbp", "GDP"),
        provenance(&s.figures.gdp)
    ));
    out.push_str(&format!("{}\n", t("Toelichting:", "Explanation:")));
    for e in &s.explanation {
        let basis: Vec<String> = e
            .basis
            .iter()
            .map(|b| format!("{} {}", b.act, b.article))
            .collect();
        out.push_str(&format!("  - {} [{}]\n", e.text, basis.join(", ")));
    }
    if !s.notes.is_empty() {
        out.push_str(&format!("{}\n", t("Opmerkingen:", "Notes:")));
        for n in &s.notes {
            let kind = serde_json::to_value(n.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            out.push_str(&format!("  - ({kind}) {}\n", n.text));
        }
    }
    out
}
