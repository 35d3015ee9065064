//! The formats of `agenda` and `impact`: table, CSV (csv), JSON Lines, an RFC 5545 calendar
//! (icalendar) and a self-contained HTML report with an SVG chart (plotters). Words come from
//! the core (the rows carry the deadline's name and the actor in the requested language).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use migratiepact_core::calendar::When;
use migratiepact_core::ops::agenda::{AgendaQuery, AgendaSummary};
use migratiepact_core::ops::impact::ImpactSummary;
use migratiepact_core::Locale;
use serde::Deserialize;

use crate::ops::{sorted_rows, AgendaFormat, ImpactFormat, Sorter as RowSorter};

/// Rows shown in the HTML report's table (the chart and the summary count every row; CSV, JSON
/// and ICS carry every row).
pub const HTML_ROWS: usize = 5_000;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Basis {
    act: String,
    article: String,
    uri: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    case_id: Option<String>,
    id: String,
    name: String,
    actor: String,
    actor_name: String,
    due: String,
    days_left: i64,
    status: String,
    basis: Basis,
}

fn t(l: Locale, nl: &'static str, en: &'static str) -> &'static str {
    match l {
        Locale::Nl => nl,
        Locale::En => en,
    }
}

fn bad(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

fn status_word(s: &str, l: Locale) -> &str {
    match (s, l) {
        ("running", Locale::Nl) => "lopend",
        ("expired", Locale::Nl) => "verlopen",
        ("met", Locale::Nl) => "voldaan",
        ("missed", Locale::Nl) => "te laat voldaan",
        (s, _) => s,
    }
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o
}

/// The agenda's summary as text.
pub fn agenda_summary_text(s: &AgendaSummary, l: Locale) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{}", t(l, "SAMENVATTING", "SUMMARY"));
    let _ = writeln!(
        o,
        "  {}: {}  ({}: {})",
        t(l, "zaken", "cases"),
        s.cases,
        t(l, "met fouten", "with errors"),
        s.errors
    );
    let _ = writeln!(
        o,
        "  {}: {}",
        t(l, "regels op de agenda", "rows on the agenda"),
        s.rows
    );
    for (title, map) in [
        (
            t(l, "open zaken per werkstroom", "open cases per workstream"),
            &s.open_by_workstream,
        ),
        (
            t(l, "open zaken per procedure", "open cases per procedure"),
            &s.open_by_kind,
        ),
        (
            t(l, "termijnen per status", "deadlines per status"),
            &s.deadlines_by_status,
        ),
        (
            t(l, "agenda per status", "agenda per status"),
            &s.rows_by_status,
        ),
        (
            t(l, "agenda per actor", "agenda per actor"),
            &s.rows_by_actor,
        ),
    ] {
        let parts: Vec<String> = map.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(o, "  {title}: {}", parts.join(", "));
    }
    let _ = writeln!(
        o,
        "  {}: {} ({} {})",
        t(
            l,
            "oude werkvoorraad nog te beslissen",
            "legacy caseload still to be decided"
        ),
        s.legacy_undecided,
        s.legacy_undecided_overdue,
        t(l, "over de beslistermijn", "past the decision limit")
    );
    o
}

fn as_of_utc(w: &When) -> chrono::DateTime<chrono::Utc> {
    match w {
        When::Instant(i) => i.with_timezone(&chrono::Utc),
        When::Date(d) => d.and_time(chrono::NaiveTime::MIN).and_utc(),
    }
}

/// Writes the agenda in `format`; returns the number of sorted runs that went to disk.
pub fn agenda(
    format: AgendaFormat,
    rows: RowSorter,
    summary: &AgendaSummary,
    query: &AgendaQuery,
    w: &mut dyn Write,
) -> io::Result<usize> {
    let l = query.locale;
    match format {
        AgendaFormat::Json => sorted_rows(rows, |j| {
            w.write_all(j)?;
            w.write_all(b"\n")
        }),
        AgendaFormat::Csv => {
            let mut c = csv::Writer::from_writer(&mut *w);
            c.write_record([
                "caseId",
                "id",
                "name",
                "actor",
                "actorName",
                "due",
                "daysLeft",
                "status",
                "basis",
                "basisUri",
            ])
            .map_err(bad)?;
            let runs = sorted_rows(rows, |j| {
                let r: Row = serde_json::from_slice(j).map_err(bad)?;
                c.write_record([
                    r.case_id.as_deref().unwrap_or(""),
                    &r.id,
                    &r.name,
                    &r.actor,
                    &r.actor_name,
                    &r.due,
                    &r.days_left.to_string(),
                    &r.status,
                    &format!("{} {}", r.basis.act, r.basis.article),
                    &r.basis.uri,
                ])
                .map_err(bad)
            })?;
            c.flush()?;
            Ok(runs)
        }
        AgendaFormat::Table => {
            writeln!(
                w,
                "{:<10} {:>5}  {:<9} {:<16} {:<24} {:<30} {}",
                t(l, "uiterlijk", "due"),
                t(l, "dagen", "days"),
                "status",
                t(l, "wie", "actor"),
                t(l, "zaak", "case"),
                t(l, "termijn", "deadline"),
                t(l, "grondslag", "basis")
            )?;
            let runs = sorted_rows(rows, |j| {
                let r: Row = serde_json::from_slice(j).map_err(bad)?;
                writeln!(
                    w,
                    "{:<10} {:>5}  {:<9} {:<16} {:<24} {:<30} {} {}",
                    r.due,
                    r.days_left,
                    status_word(&r.status, l),
                    r.actor,
                    r.case_id.as_deref().unwrap_or("-"),
                    r.name,
                    r.basis.act,
                    r.basis.article
                )
            })?;
            writeln!(w)?;
            write!(w, "{}", agenda_summary_text(summary, l))?;
            Ok(runs)
        }
        AgendaFormat::Ics => ics(rows, query, w),
        AgendaFormat::Html => html_agenda(rows, summary, query, w),
    }
}

fn ics(rows: RowSorter, query: &AgendaQuery, w: &mut dyn Write) -> io::Result<usize> {
    use icalendar::{Calendar, Component, Event, EventLike};
    let l = query.locale;
    let stamp = as_of_utc(&query.as_of);
    // The calendar's frame, written once; the events stream between its two halves.
    let frame = Calendar::new()
        .name(t(
            l,
            "migratiepact termijnagenda",
            "migratiepact deadline agenda",
        ))
        .done()
        .to_string();
    let (head, tail) = frame
        .rsplit_once("END:VCALENDAR")
        .unwrap_or((frame.as_str(), ""));
    w.write_all(head.as_bytes())?;
    let runs = sorted_rows(rows, |j| {
        let r: Row = serde_json::from_slice(j).map_err(bad)?;
        let Ok(day) = chrono::NaiveDate::parse_from_str(&r.due, "%Y-%m-%d") else {
            return Ok(());
        };
        let case = r.case_id.as_deref().unwrap_or("-");
        let description = format!(
            "{}: {} {} ({})\n{}: {}\n{}: {}",
            t(l, "Grondslag", "Basis"),
            r.basis.act,
            r.basis.article,
            r.basis.uri,
            t(l, "Wie", "Who"),
            r.actor_name,
            "Status",
            status_word(&r.status, l)
        );
        let event = Event::new()
            .uid(&format!("{case}/{}@migratiepact", r.id))
            .timestamp(stamp)
            .summary(&format!("{} — {case}", r.name))
            .description(&description)
            .starts(day)
            .ends(day.succ_opt().unwrap_or(day))
            .done();
        let mut text = String::new();
        event.fmt_write(&mut text).map_err(bad)?;
        w.write_all(text.as_bytes())
    })?;
    w.write_all(b"END:VCALENDAR")?;
    w.write_all(if tail.is_empty() {
        b"\r\n"
    } else {
        tail.as_bytes()
    })?;
    Ok(runs)
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .5em;\
text-align:left}th{background:#eef}td.n{text-align:right}.expired{color:#b00}\
section{margin-bottom:2em}.maps{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}.maps table{margin:0}svg{max-width:100%;height:auto}";

fn html_head(w: &mut dyn Write, title: &str, lang: &str) -> io::Result<()> {
    write!(
        w,
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>{STYLE}</style></head><body><h1>{}</h1>",
        esc(title),
        esc(title)
    )
}

fn html_map(w: &mut dyn Write, title: &str, map: &BTreeMap<String, u64>) -> io::Result<()> {
    write!(w, "<table><tr><th colspan=\"2\">{}</th></tr>", esc(title))?;
    for (k, v) in map {
        write!(w, "<tr><td>{}</td><td class=\"n\">{v}</td></tr>", esc(k))?;
    }
    write!(w, "</table>")
}

/// A bar chart (SVG) of `bars` (label, count) with plotters.
fn bar_chart(title: &str, bars: &[(String, u64)]) -> io::Result<String> {
    use plotters::prelude::*;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (960, 360)).into_drawing_area();
        root.fill(&WHITE).map_err(bad)?;
        let n = bars.len().max(1) as u32;
        let max = bars.iter().map(|b| b.1).max().unwrap_or(1).max(1);
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(60)
            .y_label_area_size(60)
            .build_cartesian_2d((0u32..n).into_segmented(), 0u64..max + max / 10 + 1)
            .map_err(bad)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(bars.len().min(10))
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => bars
                    .get(*i as usize)
                    .map(|b| b.0.clone())
                    .unwrap_or_default(),
                SegmentValue::Last => String::new(),
            })
            .draw()
            .map_err(bad)?;
        chart
            .draw_series(
                Histogram::vertical(&chart)
                    .style(RGBColor(60, 90, 170).filled())
                    .margin(2)
                    .data(bars.iter().enumerate().map(|(i, b)| (i as u32, b.1))),
            )
            .map_err(bad)?;
        root.present().map_err(bad)?;
    }
    Ok(svg)
}

fn html_agenda(
    rows: RowSorter,
    summary: &AgendaSummary,
    query: &AgendaQuery,
    w: &mut dyn Write,
) -> io::Result<usize> {
    let l = query.locale;
    // First pass over the sorted rows: the table (bounded) and the counts per day.
    let mut per_day: BTreeMap<String, u64> = BTreeMap::new();
    let mut table = String::new();
    let mut shown = 0usize;
    let runs = sorted_rows(rows, |j| {
        let r: Row = serde_json::from_slice(j).map_err(bad)?;
        *per_day.entry(r.due.clone()).or_default() += 1;
        if shown < HTML_ROWS {
            shown += 1;
            let _ = write!(
                table,
                "<tr class=\"{}\"><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td>\
                 <td>{}</td><td>{}</td><td><a href=\"{}\">{} {}</a></td></tr>",
                esc(&r.status),
                esc(&r.due),
                r.days_left,
                esc(status_word(&r.status, l)),
                esc(&r.actor_name),
                esc(r.case_id.as_deref().unwrap_or("-")),
                esc(&r.name),
                esc(&r.basis.uri),
                esc(&r.basis.act),
                esc(&r.basis.article)
            );
        }
        Ok(())
    })?;
    // Per day over a window of up to 62 days, per ISO week beyond.
    let bars: Vec<(String, u64)> = if per_day.len() <= 62 {
        per_day.into_iter().collect()
    } else {
        let mut weeks: BTreeMap<String, u64> = BTreeMap::new();
        for (d, n) in per_day {
            let key = chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map(|d| {
                    let iso = chrono::Datelike::iso_week(&d);
                    format!("{}-W{:02}", iso.year(), iso.week())
                })
                .unwrap_or(d);
            *weeks.entry(key).or_default() += n;
        }
        weeks.into_iter().collect()
    };
    let title = t(l, "Termijnagenda", "Deadline agenda");
    html_head(w, title, if l == Locale::Nl { "nl" } else { "en" })?;
    write!(
        w,
        "<p>{} {} · {} {} {}</p>",
        t(l, "Peildatum", "As of"),
        esc(&query.as_of.to_string()),
        t(l, "venster", "window"),
        query.within_days,
        t(l, "dagen", "days")
    )?;
    write!(w, "<section><h2>{}</h2>", t(l, "Samenvatting", "Summary"))?;
    write!(
        w,
        "<p>{}: {} · {}: {} · {}: {} · {}: {} ({} {})</p>",
        t(l, "zaken", "cases"),
        summary.cases,
        t(l, "met fouten", "with errors"),
        summary.errors,
        t(l, "regels", "rows"),
        summary.rows,
        t(
            l,
            "oude werkvoorraad nog te beslissen",
            "legacy caseload still to be decided"
        ),
        summary.legacy_undecided,
        summary.legacy_undecided_overdue,
        t(l, "over de beslistermijn", "past the decision limit")
    )?;
    write!(w, "<div class=\"maps\">")?;
    html_map(
        w,
        t(l, "Open zaken per werkstroom", "Open cases per workstream"),
        &summary.open_by_workstream,
    )?;
    html_map(
        w,
        t(l, "Open zaken per procedure", "Open cases per procedure"),
        &summary.open_by_kind,
    )?;
    html_map(
        w,
        t(l, "Termijnen per status", "Deadlines per status"),
        &summary.deadlines_by_status,
    )?;
    html_map(
        w,
        t(l, "Agenda per actor", "Agenda per actor"),
        &summary.rows_by_actor,
    )?;
    write!(w, "</div>")?;
    write!(
        w,
        "</section><section><h2>{}</h2>",
        t(l, "Termijnen per dag of week", "Deadlines per day or week")
    )?;
    let chart = bar_chart(
        t(l, "Termijnen op de agenda", "Deadlines on the agenda"),
        &bars,
    )?;
    w.write_all(chart.as_bytes())?;
    write!(
        w,
        "</section><section><h2>{}</h2>",
        t(l, "Agenda", "Agenda")
    )?;
    if (summary.rows as usize) > shown {
        write!(
            w,
            "<p>{} {shown} {} {} ({}).</p>",
            t(l, "De eerste", "The first"),
            t(l, "van", "of"),
            summary.rows,
            t(l, "alle regels: --format csv", "every row: --format csv")
        )?;
    }
    write!(
        w,
        "<table><tr><th>{}</th><th>{}</th><th>status</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{table}</table>",
        t(l, "uiterlijk", "due"),
        t(l, "dagen", "days"),
        t(l, "wie", "actor"),
        t(l, "zaak", "case"),
        t(l, "termijn", "deadline"),
        t(l, "grondslag", "basis")
    )?;
    writeln!(w, "</section></body></html>")?;
    Ok(runs)
}

/// Writes the impact (its changed cases as JSON Lines in `lines`) in `format`.
pub fn impact(
    format: ImpactFormat,
    mut lines: impl BufRead,
    summary: &ImpactSummary,
    w: &mut dyn Write,
) -> io::Result<()> {
    match format {
        ImpactFormat::Json => {
            io::copy(&mut lines, w)?;
            Ok(())
        }
        ImpactFormat::Csv => {
            let mut c = csv::Writer::from_writer(&mut *w);
            c.write_record(["caseId", "path", "deadline", "old", "new"])
                .map_err(bad)?;
            let mut line = Vec::new();
            while lines.read_until(b'\n', &mut line)? > 0 {
                let v: serde_json::Value = serde_json::from_slice(&line).map_err(bad)?;
                line.clear();
                let case = v.get("caseId").and_then(|x| x.as_str()).unwrap_or("");
                for ch in v
                    .get("changes")
                    .and_then(|x| x.as_array())
                    .into_iter()
                    .flatten()
                {
                    let s = |k: &str| match ch.get(k) {
                        Some(serde_json::Value::String(s)) => s.clone(),
                        Some(serde_json::Value::Null) | None => String::new(),
                        Some(x) => x.to_string(),
                    };
                    c.write_record([case, &s("path"), &s("deadline"), &s("old"), &s("new")])
                        .map_err(bad)?;
                }
            }
            c.flush()
        }
        ImpactFormat::Html => html_impact(lines, summary, w),
    }
}

fn html_impact(mut lines: impl BufRead, s: &ImpactSummary, w: &mut dyn Write) -> io::Result<()> {
    html_head(w, "Impact", "en")?;
    write!(
        w,
        "<section><h2>Summary</h2><p>cases: {} · changed: {} · procedure changed: {} · now miss a limit: {}</p>",
        s.cases, s.changed, s.procedure_changed, s.now_missing_a_limit
    )?;
    write!(w, "<div class=\"maps\">")?;
    write!(w, "<div class=\"maps\">")?;
    html_map(w, "Procedure kind: old → new", &s.procedure_kinds)?;
    html_map(w, "Deadlines added", &s.deadlines_added)?;
    html_map(w, "Deadlines removed", &s.deadlines_removed)?;
    html_map(w, "Changes per path", &s.changes_by_path)?;
    write!(
        w,
        "<table><tr><th>deadline</th><th>days moved</th><th>cases</th></tr>"
    )?;
    let mut moved: BTreeMap<i64, u64> = BTreeMap::new();
    for (id, m) in &s.deadlines_moved {
        for (d, n) in m {
            write!(
                w,
                "<tr><td>{}</td><td class=\"n\">{d:+}</td><td class=\"n\">{n}</td></tr>",
                esc(id)
            )?;
            *moved.entry(*d).or_default() += n;
        }
    }
    write!(w, "</table></div></section><section><h2>Charts</h2>")?;
    let by_path: Vec<(String, u64)> = s
        .changes_by_path
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    w.write_all(bar_chart("Changes per path", &by_path)?.as_bytes())?;
    let by_days: Vec<(String, u64)> = moved.iter().map(|(d, n)| (format!("{d:+}"), *n)).collect();
    if !by_days.is_empty() {
        w.write_all(bar_chart("Deadlines moved, by days", &by_days)?.as_bytes())?;
    }
    write!(w, "</section><section><h2>Changed cases</h2><table><tr><th>case</th><th>path</th><th>old</th><th>new</th></tr>")?;
    let mut line = Vec::new();
    let mut shown = 0;
    while shown < HTML_ROWS && lines.read_until(b'\n', &mut line)? > 0 {
        let v: serde_json::Value = serde_json::from_slice(&line).map_err(bad)?;
        line.clear();
        shown += 1;
        let case = v.get("caseId").and_then(|x| x.as_str()).unwrap_or("-");
        for ch in v
            .get("changes")
            .and_then(|x| x.as_array())
            .into_iter()
            .flatten()
        {
            let g = |k: &str| ch.get(k).map(|x| x.to_string()).unwrap_or_default();
            write!(
                w,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(case),
                esc(ch.get("path").and_then(|x| x.as_str()).unwrap_or("")),
                esc(&g("old")),
                esc(&g("new"))
            )?;
        }
    }
    writeln!(w, "</table></section></body></html>")
}
