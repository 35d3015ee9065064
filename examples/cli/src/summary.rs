//! A readable summary of an assessment for people (Dutch or English). Presentation only: every
//! conclusion and text comes from the core.

use std::fmt::Write;

use migratiepact_core::api::PeriodResult;
use migratiepact_core::contract::DeadlineStatus;
use migratiepact_core::{Assessment, ErrorReport, Locale};

/// The case's own locale, when the input says one (the summary follows it).
pub fn case_locale(bytes: &[u8]) -> Locale {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| v.get("locale").and_then(|l| l.as_str()).map(str::to_owned))
        .map_or(
            Locale::Nl,
            |l| if l == "en" { Locale::En } else { Locale::Nl },
        )
}

fn t(locale: Locale, nl: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Nl => nl,
        Locale::En => en,
    }
}

fn show<T: serde::Serialize>(v: &T, locale: Locale) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::Null) => t(locale, "onbepaald", "undetermined").to_owned(),
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Bool(true)) => t(locale, "ja", "yes").to_owned(),
        Ok(serde_json::Value::Bool(false)) => t(locale, "nee", "no").to_owned(),
        Ok(other) => other.to_string(),
        Err(_) => String::from("?"),
    }
}

/// The assessment as text.
pub fn assessment(a: &Assessment, l: Locale) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "migratiepact {} ({}) — {}",
        a.engine.version,
        a.engine.ruleset,
        a.case_id
            .as_deref()
            .unwrap_or(t(l, "zaak zonder kenmerk", "case without reference"))
    );
    let _ = writeln!(s, "\n{}", t(l, "REGIME", "REGIME"));
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "procedure", "procedure"),
        show(&a.regime.procedure, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "verantwoordelijkheid", "responsibility"),
        show(&a.regime.responsibility, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "werkstroom", "workstream"),
        show(&a.regime.workstream, l)
    );
    let _ = writeln!(s, "\n{}", t(l, "SCREENING", "SCREENING"));
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "vereist", "required"),
        show(&a.screening.required, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "autoriteit", "authority"),
        show(&a.screening.authority, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "locatie", "location"),
        show(&a.screening.location, l)
    );
    for c in &a.screening.components {
        let _ = writeln!(s, "  - {:<22}{}", c.id, show(&c.status, l));
    }
    let _ = writeln!(s, "\n{}", t(l, "PROCEDURE", "PROCEDURE"));
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "soort", "kind"),
        show(&a.procedure.kind, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "verplicht", "mandatory"),
        show(&a.procedure.mandatory, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "gronden", "grounds"),
        a.procedure.grounds.join(", ")
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "locatie", "location"),
        show(&a.procedure.location, l)
    );
    if !a.deadlines.is_empty() {
        let _ = writeln!(s, "\n{}", t(l, "TERMIJNEN", "TIME LIMITS"));
        for d in &a.deadlines {
            let basis = d
                .basis
                .first()
                .map(|b| format!("{} {}", b.act, b.article))
                .unwrap_or_default();
            let status = match (d.status, &d.completed_at) {
                (Some(DeadlineStatus::Met), Some(on)) => {
                    format!(" [{} {on}]", t(l, "voldaan op", "met on"))
                }
                (Some(DeadlineStatus::Missed), Some(on)) => {
                    format!(" [{} {on}]", t(l, "te laat voldaan op", "done late on"))
                }
                (Some(st), _) => format!(" [{}]", show(&st, l)),
                (None, _) => String::new(),
            };
            let ext = if d.extended {
                t(l, " (verlengd)", " (extended)")
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "  {:<32}{} + {:<6} → {}{}{}  ({basis})",
                d.id, d.from, d.period, d.due, ext, status
            );
        }
    }
    let _ = writeln!(
        s,
        "\n{}",
        t(l, "OPVANG EN EURODAC", "RECEPTION AND EURODAC")
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "recht op opvang", "entitled to reception"),
        show(&a.reception.entitled, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "alleen minimumniveau", "minimum standard only"),
        show(&a.reception.minimum_standard_only, l)
    );
    let _ = writeln!(
        s,
        "  {:<24}{}",
        t(l, "biometrie vereist", "biometrics required"),
        show(&a.eurodac.biometrics_required, l)
    );
    if !a.crisis.derogations_applied.is_empty() {
        let _ = writeln!(s, "\n{}", t(l, "CRISIS", "CRISIS"));
        let _ = writeln!(s, "  {}", a.crisis.derogations_applied.join(", "));
    }
    if !a.missing_facts.is_empty() {
        let _ = writeln!(
            s,
            "\n{}",
            t(
                l,
                "ONTBREKENDE FEITEN (vraag deze eerst)",
                "MISSING FACTS (ask these next)"
            )
        );
        for m in &a.missing_facts {
            let _ = writeln!(s, "  {:<40}→ {}", m.path, m.affects.join(", "));
        }
    }
    let _ = writeln!(s, "\n{}", t(l, "MOTIVERING", "REASONS"));
    for e in &a.explanation {
        let basis: Vec<String> = e
            .basis
            .iter()
            .map(|b| format!("{} {}", b.act, b.article))
            .collect();
        let _ = writeln!(s, "  • {} [{}]", e.text, basis.join("; "));
    }
    if !a.notes.is_empty() {
        let _ = writeln!(s, "\n{}", t(l, "OPMERKINGEN", "NOTES"));
        for n in &a.notes {
            let _ = writeln!(s, "  ({}) {}", show(&n.kind, l), n.text);
        }
    }
    s
}

/// An error report as text.
pub fn errors(r: &ErrorReport, l: Locale) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} ({})",
        t(l, "De invoer bevat fouten", "The input has errors"),
        r.errors.len()
    );
    for e in &r.errors {
        let path = if e.path.is_empty() {
            "/"
        } else {
            e.path.as_str()
        };
        let _ = writeln!(s, "  {:<40}{:<20}{}", path, show(&e.code, l), e.message);
    }
    s
}

/// One period as text.
pub fn period(r: &PeriodResult, l: Locale) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} {} ({})", r.from, r.period, r.counting);
    let _ = writeln!(s, "  {:<16}{}", t(l, "uiterlijk", "due"), r.due);
    let _ = writeln!(
        s,
        "  {:<16}{}",
        t(l, "verloopt", "expires at"),
        r.expires_at
    );
    let _ = writeln!(
        s,
        "  {:<16}{}",
        t(l, "verlengd", "extended"),
        show(&r.extended, l)
    );
    let basis: Vec<String> = r
        .basis
        .iter()
        .map(|b| format!("{} {}", b.act, b.article))
        .collect();
    let _ = writeln!(
        s,
        "  {:<16}{}",
        t(l, "grondslag", "basis"),
        basis.join("; ")
    );
    for n in &r.notes {
        let _ = writeln!(s, "  ({}) {}", show(&n.kind, l), n.text);
    }
    s
}
