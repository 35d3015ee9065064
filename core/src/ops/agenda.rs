//! The deadline agenda of a caseload: every deadline that falls due within a window, or that
//! has run out without its completing act being recorded, with who must act and the provision.
//!
//! The agenda of one case is the deadlines of its assessment at the agenda's `asOf`, filtered:
//! - a deadline whose completing act is recorded (`met`, `missed`) is done: not on the agenda
//!   (it counts in the summary);
//! - a running deadline is on it when its `due` is within the window (`asOf` + `within`);
//! - an expired one is on it (overdue) when the catalogue names the act that completes it
//!   ([`crate::catalog::DeadlineInfo::completed_by`]): then the caseload would record that act,
//!   and its absence means the act is still to be done. Where the contract records no
//!   completing act (e.g. the Eurodac transmission), an expired limit cannot be told from one
//!   done in time, so it is listed only while it runs;
//! - a minimum period (the legacy rest period) is listed when it ends within the window, never
//!   as overdue: nothing is due at its end.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::calendar::{Period, Unit, When};
use crate::catalog::{self, Actor};
use crate::contract::decode::{parse_date, parse_instant};
use crate::contract::{
    Assessment, Authority, DeadlineStatus, ErrorReport, ProcedureKind, ProcedureRegime,
};
use crate::explain::{Basis, Locale};
use crate::{Options, Parameters};

/// What the agenda asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaQuery {
    /// "Now": every case is evaluated at this moment (it replaces the case's own `asOf`).
    pub as_of: When,
    /// The window: deadlines due on or before `asOf` + this many days.
    pub within_days: i64,
    /// Only the deadlines this actor must act on.
    pub authority: Option<Actor>,
    /// Language of the names.
    pub locale: Locale,
}

/// The agenda's query as JSON (WASM, Python): `{"asOf": …, "within": "P14D", "authority":
/// "ind", "lang": "en"}`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgendaRequest {
    /// RFC 3339 instant or YYYY-MM-DD date.
    pub as_of: String,
    /// ISO 8601 period in days or weeks (default P14D).
    #[serde(default)]
    pub within: Option<String>,
    /// "kmar" | "ind" | "coa" | "applicant" | "otherMemberState".
    #[serde(default)]
    pub authority: Option<String>,
    /// "nl" (default) | "en".
    #[serde(default)]
    pub lang: Option<Locale>,
}

impl AgendaQuery {
    /// Reads the query's texts, reporting every problem.
    pub fn parse(
        as_of: &str,
        within: Option<&str>,
        authority: Option<&str>,
        locale: Locale,
    ) -> Result<AgendaQuery, ErrorReport> {
        let mut errors = Vec::new();
        let when = if as_of.len() == 10 {
            parse_date(as_of).map(When::Date)
        } else {
            parse_instant(as_of).map(When::Instant)
        };
        if when.is_none() {
            errors.push(super::query_error(
                "/asOf",
                format!("{as_of:?} is not a date YYYY-MM-DD or an RFC 3339 instant with offset"),
            ));
        }
        let within = within.unwrap_or("P14D");
        let days = match Period::parse_iso(within) {
            Ok(p) if p.unit == Unit::Days => Some(i64::from(p.amount)),
            Ok(p) if p.unit == Unit::Weeks => Some(7 * i64::from(p.amount)),
            _ => {
                errors.push(super::query_error(
                    "/within",
                    format!("{within:?} is not a period in days or weeks (P14D, P2W)"),
                ));
                None
            }
        };
        let actor = match authority {
            None => None,
            Some(a) => match Actor::VALUES.iter().find(|(n, _)| *n == a) {
                Some((_, actor)) => Some(*actor),
                None => {
                    errors.push(super::query_error(
                        "/authority",
                        format!("{a:?} is not kmar, ind, coa, applicant or otherMemberState"),
                    ));
                    None
                }
            },
        };
        match (when, days) {
            (Some(as_of), Some(within_days)) if errors.is_empty() => Ok(AgendaQuery {
                as_of,
                within_days,
                authority: actor,
                locale,
            }),
            _ => Err(ErrorReport::new(
                errors.into_iter().flat_map(|r| r.errors).collect(),
            )),
        }
    }
}

/// One row of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AgendaRow {
    /// The case's reference.
    pub case_id: Option<String>,
    /// Deadline id.
    pub id: &'static str,
    /// The deadline in words.
    pub name: &'static str,
    /// Who must act (contract name).
    pub actor: &'static str,
    /// Who must act, in words.
    pub actor_name: &'static str,
    /// Last Amsterdam day on which the act is in time.
    pub due: String,
    /// The instant the period runs out.
    pub expires_at: String,
    /// Days from the agenda's `asOf` (its Amsterdam date) to `due`; negative when overdue.
    pub days_left: i64,
    /// "running" or "expired".
    pub status: DeadlineStatus,
    /// The provision setting the limit.
    pub basis: Basis,
}

/// The agenda of one case.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseAgenda {
    /// Its rows, in the order of the assessment's deadlines.
    pub rows: Vec<AgendaRow>,
    /// The workstream.
    pub workstream: Option<ProcedureRegime>,
    /// The procedure kind.
    pub kind: Option<ProcedureKind>,
    /// Not decided at `asOf` (no decision notified on or before it).
    pub open: bool,
    /// Deadlines by status (every deadline of the case, on the agenda or not).
    pub statuses: [u64; 4],
}

fn status_index(s: DeadlineStatus) -> usize {
    match s {
        DeadlineStatus::Running => 0,
        DeadlineStatus::Expired => 1,
        DeadlineStatus::Met => 2,
        DeadlineStatus::Missed => 3,
    }
}

const STATUS_NAMES: [&str; 4] = ["running", "expired", "met", "missed"];

/// The actor of deadline `id` in assessment `a`: screening and the Eurodac transmission fall to
/// the screening authority of the case (KMar at the external border, IND within the territory).
pub fn actor_of(id: &str, a: &Assessment) -> Option<Actor> {
    let info = catalog::deadline(id)?;
    Some(match (id, a.screening.authority) {
        ("screening" | "eurodacTransmission", Some(Authority::Kmar)) => Actor::Kmar,
        _ => info.actor,
    })
}

/// The agenda rows of an assessment made at `query.as_of`.
pub fn rows(a: &Assessment, query: &AgendaQuery) -> Vec<AgendaRow> {
    let today = query.as_of.date();
    let mut out = Vec::new();
    for d in &a.deadlines {
        let (Some(info), Some(status), Some(actor)) =
            (catalog::deadline(d.id), d.status, actor_of(d.id, a))
        else {
            continue;
        };
        if query.authority.is_some_and(|want| want != actor) {
            continue;
        }
        let Some(due) = parse_date(&d.due) else {
            continue;
        };
        let days_left = (due - today).num_days();
        let listed = match status {
            DeadlineStatus::Met | DeadlineStatus::Missed => false,
            DeadlineStatus::Running => days_left <= query.within_days,
            DeadlineStatus::Expired => info.completed_by.is_some() && !info.minimum,
        };
        if !listed {
            continue;
        }
        out.push(AgendaRow {
            case_id: a.case_id.clone(),
            id: d.id,
            name: info.name(query.locale),
            actor: actor.name(),
            actor_name: actor.label(query.locale),
            due: d.due.clone(),
            expires_at: d.expires_at.clone(),
            days_left,
            status,
            basis: d
                .basis
                .first()
                .cloned()
                .unwrap_or_else(|| Basis::new("", "", "")),
        });
    }
    out
}

/// The agenda of one case (JSON bytes): evaluated at `query.as_of`.
pub fn agenda_case(
    bytes: &[u8],
    params: &Parameters,
    query: &AgendaQuery,
) -> Result<CaseAgenda, ErrorReport> {
    let mut case = crate::decode_case(bytes)?;
    case.as_of = Some(query.as_of);
    let options = Options {
        locale: Some(query.locale),
    };
    let a = crate::evaluate_with(&case, params, options)?;
    let decided = case
        .decision
        .notified_at
        .is_some_and(|d| d.date() <= query.as_of.date());
    let mut statuses = [0; 4];
    for d in &a.deadlines {
        if let Some(s) = d.status {
            statuses[status_index(s)] += 1;
        }
    }
    Ok(CaseAgenda {
        rows: rows(&a, query),
        workstream: a.regime.workstream,
        kind: a.procedure.kind,
        open: !decided,
        statuses,
    })
}

/// The order of the agenda: by due date, then case id, then the order of the contract.
pub fn row_order(a: &AgendaRow, b: &AgendaRow) -> std::cmp::Ordering {
    let pos = |id: &str| catalog::DEADLINES.iter().position(|d| d.id == id);
    (&a.due, &a.case_id, pos(a.id)).cmp(&(&b.due, &b.case_id, pos(b.id)))
}

/// The summary of an agenda: what a team lead reads first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AgendaSummary {
    /// Cases read.
    pub cases: u64,
    /// Cases answered with an ErrorReport (not on the agenda).
    pub errors: u64,
    /// Open cases (not decided at `asOf`) per workstream ("legacy", "pact", "undetermined").
    pub open_by_workstream: BTreeMap<String, u64>,
    /// Open cases per procedure kind ("undetermined" when open).
    pub open_by_kind: BTreeMap<String, u64>,
    /// Deadlines of every case per status.
    pub deadlines_by_status: BTreeMap<String, u64>,
    /// Rows on the agenda per status.
    pub rows_by_status: BTreeMap<String, u64>,
    /// Rows on the agenda per actor.
    pub rows_by_actor: BTreeMap<String, u64>,
    /// Rows on the agenda.
    pub rows: u64,
    /// Legacy cases (lodged before 12-06-2026) still to be decided.
    pub legacy_undecided: u64,
    /// Of those, cases whose legacy decision limit (`legacyDecision`) is overdue at `asOf`.
    pub legacy_undecided_overdue: u64,
}

fn name_of<T: Serialize>(v: Option<T>) -> String {
    match v.map(|x| serde_json::to_value(x)) {
        Some(Ok(serde_json::Value::String(s))) => s,
        _ => String::from("undetermined"),
    }
}

impl AgendaSummary {
    /// Counts one case.
    pub fn add(&mut self, c: &CaseAgenda) {
        self.cases += 1;
        for (i, n) in c.statuses.iter().enumerate() {
            if *n > 0 {
                *self
                    .deadlines_by_status
                    .entry(STATUS_NAMES[i].to_owned())
                    .or_default() += n;
            }
        }
        for r in &c.rows {
            self.rows += 1;
            *self
                .rows_by_status
                .entry(STATUS_NAMES[status_index(r.status)].to_owned())
                .or_default() += 1;
            *self.rows_by_actor.entry(r.actor.to_owned()).or_default() += 1;
        }
        if c.open {
            *self
                .open_by_workstream
                .entry(name_of(c.workstream))
                .or_default() += 1;
            *self.open_by_kind.entry(name_of(c.kind)).or_default() += 1;
            if c.workstream == Some(ProcedureRegime::Legacy) {
                self.legacy_undecided += 1;
                if c.rows
                    .iter()
                    .any(|r| r.id == "legacyDecision" && r.status == DeadlineStatus::Expired)
                {
                    self.legacy_undecided_overdue += 1;
                }
            }
        }
    }

    /// Counts a case answered with an ErrorReport.
    pub fn add_error(&mut self) {
        self.cases += 1;
        self.errors += 1;
    }

    /// Adds another summary (of another part of the caseload).
    pub fn merge(&mut self, o: &AgendaSummary) {
        self.cases += o.cases;
        self.errors += o.errors;
        self.rows += o.rows;
        self.legacy_undecided += o.legacy_undecided;
        self.legacy_undecided_overdue += o.legacy_undecided_overdue;
        for (mine, theirs) in [
            (&mut self.open_by_workstream, &o.open_by_workstream),
            (&mut self.open_by_kind, &o.open_by_kind),
            (&mut self.deadlines_by_status, &o.deadlines_by_status),
            (&mut self.rows_by_status, &o.rows_by_status),
            (&mut self.rows_by_actor, &o.rows_by_actor),
        ] {
            super::add_counts(mine, theirs);
        }
    }
}

/// The agenda of a whole caseload held in memory.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Agenda {
    /// The rows, sorted by due date.
    pub rows: Vec<AgendaRow>,
    /// The summary.
    pub summary: AgendaSummary,
}

/// The agenda of `cases` (JSON Lines) for a query (an [`AgendaRequest`] as JSON): an
/// [`Agenda`], or an ErrorReport for a bad query. A case that is not valid is counted in
/// `summary.errors`. For the WASM and Python surfaces; the CLI streams.
pub fn agenda_json(cases: &[u8], request: &[u8], params: &Parameters) -> crate::JsonOutput {
    let result = serde_json::from_slice::<AgendaRequest>(request)
        .map_err(|e| super::query_error("", format!("not an agenda request: {e}")))
        .and_then(|r| {
            AgendaQuery::parse(
                &r.as_of,
                r.within.as_deref(),
                r.authority.as_deref(),
                r.lang.unwrap_or_default(),
            )
        })
        .map(|q| {
            let mut summary = AgendaSummary::default();
            let mut rows = Vec::new();
            for (_, line) in super::lines(cases) {
                match agenda_case(line, params, &q) {
                    Ok(c) => {
                        summary.add(&c);
                        rows.extend(c.rows);
                    }
                    Err(_) => summary.add_error(),
                }
            }
            rows.sort_by(row_order);
            Agenda { rows, summary }
        });
    let (ok, json) = match &result {
        Ok(a) => (true, serde_json::to_string(a)),
        Err(r) => (false, serde_json::to_string(r)),
    };
    crate::JsonOutput {
        ok,
        json: json.unwrap_or_else(|_| String::from(r#"{"schemaVersion":1,"errors":[]}"#)),
    }
}
