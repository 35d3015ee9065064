//! Met and missed limits (issue #17, item 1): a deadline whose completing act is recorded in the
//! case is `met` when the act was done in time and `missed` when it was done late, with the
//! Amsterdam date of the act in `completedAt`. The act that completes each deadline is data in
//! the catalogue ([`crate::catalog::DeadlineInfo::completed_by`]); this is one pass over the
//! finished Assessment, so no rule module needs to know about it.
//!
//! In time means: a completing act recorded as a date is in time on or before `due` (that whole
//! Amsterdam day); one recorded as an instant is in time before `expiresAt` (for a period in
//! hours the instant the period runs out, for a period in days 00:00 of the day after `due`).
//! Without a recorded act the status stays as the rules set it (`running` / `expired`, only with
//! `asOf`).

use std::borrow::Cow;

use crate::calendar::{self, When};
use crate::catalog;
use crate::contract::assessment::{Deadline, DeadlineStatus};
use crate::contract::decode::parse_instant;
use crate::contract::{Assessment, Case};
use crate::explain::{Explanation, Locale, Note, NoteKind};

/// Whether the act at `at` completes `d` in time; `None` when `d`'s own dates do not parse
/// (they are written by the engine, so this does not happen).
pub fn in_time(at: &When, d: &Deadline) -> Option<bool> {
    match at {
        When::Date(date) => {
            let due = crate::contract::decode::parse_date(&d.due)?;
            Some(*date <= due)
        }
        When::Instant(i) => {
            let expires = parse_instant(&d.expires_at)?;
            Some(*i < expires)
        }
    }
}

/// Sets `met` / `missed` and `completedAt` on every deadline of `a` whose completing act is
/// recorded in `case`; explains each with the provision setting the limit (rule ids
/// `deadline.met` and `deadline.missed`) and reports the interpretations taken.
pub fn complete(mut a: Assessment, case: &Case, locale: Locale) -> Assessment {
    let mut readings: Vec<&'static str> = Vec::new();
    let mut explained: Vec<Explanation> = Vec::new();
    let mut facts: Vec<&'static str> = Vec::new();
    for d in a.deadlines.iter_mut() {
        let Some(completion) = catalog::deadline(d.id).and_then(|i| i.completed_by.as_ref()) else {
            continue;
        };
        let Some(at) = completion.fact.get(case) else {
            continue;
        };
        let Some(met) = in_time(at, d) else {
            continue;
        };
        let on = calendar::iso_date(at.date());
        let name = catalog::deadline_name(d.id, locale);
        let pointer = completion.fact.pointer();
        let rule = if met {
            "deadline.met"
        } else {
            "deadline.missed"
        };
        let (done, due) = match (met, locale) {
            (true, Locale::Nl) => ("voldaan op", "uiterlijk"),
            (false, Locale::Nl) => ("te laat voldaan op", "uiterlijk"),
            (true, Locale::En) => ("met on", "due"),
            (false, Locale::En) => ("done late on", "due"),
        };
        let text = format!("{name}: {done} {on} ({pointer}), {due} {}.", d.due);
        explained.push(Explanation {
            rule: Cow::Borrowed(rule),
            text: Cow::Owned(text),
            basis: d.basis.iter().take(1).cloned().collect(),
        });
        if let Some((nl, en)) = completion.interpretation {
            let reading = match locale {
                Locale::Nl => nl,
                Locale::En => en,
            };
            if !readings.contains(&reading) {
                readings.push(reading);
            }
        }
        d.status = Some(if met {
            DeadlineStatus::Met
        } else {
            DeadlineStatus::Missed
        });
        d.completed_at = Some(on);
        facts.push(pointer);
    }
    if let Some(m) = a.monitoring.as_mut() {
        for f in facts {
            if !m.facts_used.contains(&f) {
                m.facts_used.push(f);
            }
        }
        for e in &explained {
            if !m.rules_applied.iter().any(|r| r == e.rule.as_ref()) {
                m.rules_applied.push(e.rule.to_string());
            }
        }
    }
    a.explanation.extend(explained);
    a.notes.extend(readings.into_iter().map(|text| Note {
        kind: NoteKind::Interpretation,
        text: Cow::Borrowed(text),
        basis: Vec::new(),
    }));
    a
}
