//! The evaluation context every rule writes its conclusions into: explanations with their basis,
//! notes, missing facts, deadlines (computed by the calendar), and the facts used.

use std::borrow::Cow;

use crate::calendar::{self, CalendarError, Computed, Counting, Period, When};
use crate::contract::{
    Alternative, Assessment, Case, CrisisOutcome, Deadline, DeadlineStatus, EngineInfo, ErrorCode,
    EurodacOutcome, Extension, InputError, MissingFact, MonitoringRecord, ProcedureKind,
    ProcedureOutcome, ReceptionOutcome, Regime, ScreeningOutcome, SCHEMA_VERSION,
};
use crate::explain::{Basis, Explanation, Locale, Note, NoteKind, Text};
use crate::params::Parameters;
use crate::text;

/// Version of the encoded rules (bumped when a rule changes its outcome).
pub const RULESET: &str = "nl-pact-2026.12";

/// The order of deadline ids in an assessment (RULES.md §5, then §6).
pub const DEADLINE_ORDER: &[&str] = &[
    "screening",
    "registration",
    "lodging",
    "eurodacTransmission",
    "vulnerabilityAssessment",
    "borderDecision",
    "borderProcedureEnd",
    "examination",
    "dublinRequest",
    "dublinReply",
    "dublinTransferDecision",
    "dublinTransfer",
    "appeal",
    "requestToRemain",
    "returnBorderProcedureEnd",
    "legacyRegistration",
    "legacyRestPeriod",
    "legacyGeneralProcedureDecision",
    "legacyDecision",
    "legacyBorderEntry",
    "legacyDublinViews",
    "legacySafeCountryViews",
    "legacySafeCountryDecision",
    "legacyIntendedDecisionViews",
    "legacyAppeal",
    "receptionInformation",
];

/// What a rule asks the calendar for.
#[derive(Debug, Clone)]
pub struct LimitSpec {
    /// Deadline id (one of [`DEADLINE_ORDER`]).
    pub id: &'static str,
    /// JSON Pointer of the starting event in the case (for errors and facts used).
    pub from_path: &'static str,
    /// The starting event.
    pub from: When,
    /// The period as stated in law.
    pub period: Period,
    /// The counting rule.
    pub counting: Counting,
    /// The provision that sets the limit.
    pub basis: Vec<Basis>,
    /// Rule id for the explanation.
    pub rule: &'static str,
    /// What the limit is for, in the assessment's language (e.g. "Registratie van het verzoek").
    pub label: Text,
}

/// A possible extension (computed from the same event, flagged, not applied).
#[derive(Debug, Clone)]
pub struct ExtensionSpec {
    /// The total period if extended.
    pub period: Period,
    /// Period as the law states the extension (e.g. "P6M" on top); shown in the output.
    pub stated: String,
    /// Counting rule.
    pub counting: Counting,
    /// Basis of the extension.
    pub basis: Vec<Basis>,
}

/// The limit under an unknown fact, if it were established (RULES §0): computed from the same
/// starting event as the ordinary limit it is attached to.
#[derive(Debug, Clone)]
pub struct AlternativeSpec {
    /// The starting event of the alternative limit (usually that of the ordinary one).
    pub from: When,
    /// JSON Pointer of the unknown fact.
    pub fact: &'static str,
    /// The value of that fact under which this limit applies.
    pub if_value: bool,
    /// The period under that fact.
    pub period: Period,
    /// Counting rule under that fact.
    pub counting: Counting,
    /// The provision setting the alternative limit.
    pub basis: Vec<Basis>,
}

/// A procedure kind still possible while `procedure.kind` is open (RULES §0), with the unknown
/// facts that, if established (true), would lead to it — the other unknown facts not
/// established. The last entry of [`Ctx::open_kinds`] is the ordinary case: the kind when none of
/// the unknown facts is established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenKind {
    /// The kind.
    pub kind: ProcedureKind,
    /// The unknown facts (JSON Pointers) whose establishment leads to this kind.
    pub facts: Vec<&'static str>,
}

/// The evaluation context.
pub struct Ctx<'a> {
    /// The case.
    pub case: &'a Case,
    /// The parameter set.
    pub params: &'a Parameters,
    /// Language of the texts.
    pub locale: Locale,
    /// Regime conclusions.
    pub regime: Regime,
    /// Screening conclusions.
    pub screening: ScreeningOutcome,
    /// Procedure conclusions.
    pub procedure: ProcedureOutcome,
    /// Reception conclusions.
    pub reception: ReceptionOutcome,
    /// Eurodac conclusions.
    pub eurodac: EurodacOutcome,
    /// Crisis conclusions.
    pub crisis: CrisisOutcome,
    /// While `procedure.kind` is open: the kinds still possible, the ordinary case last.
    pub open_kinds: Vec<OpenKind>,
    deadlines: Vec<Deadline>,
    missing: Vec<MissingFact>,
    explanation: Vec<Explanation>,
    notes: Vec<Note>,
    facts_used: Vec<&'static str>,
    errors: Vec<InputError>,
    monitoring: bool,
}

impl<'a> Ctx<'a> {
    /// A fresh context.
    pub fn new(case: &'a Case, params: &'a Parameters, locale: Locale) -> Self {
        Ctx {
            case,
            params,
            locale,
            regime: Regime {
                procedure: None,
                responsibility: None,
                workstream: None,
            },
            screening: ScreeningOutcome::default(),
            procedure: ProcedureOutcome::default(),
            reception: ReceptionOutcome::default(),
            eurodac: EurodacOutcome::default(),
            crisis: CrisisOutcome::default(),
            open_kinds: Vec::new(),
            // Empty until used: a context for one rule (the procedure choice alone) allocates
            // only what that rule records; see `room` for the first push.
            deadlines: Vec::new(),
            missing: Vec::new(),
            explanation: Vec::new(),
            notes: Vec::new(),
            facts_used: Vec::new(),
            errors: Vec::new(),
            monitoring: false,
        }
    }

    /// Records a conclusion with its rule and basis. `basis` must not be empty.
    pub fn explain(&mut self, rule: &'static str, text: Text, basis: Vec<Basis>) {
        debug_assert!(!basis.is_empty(), "rule {rule} without a basis");
        room(&mut self.explanation, 32);
        self.explanation.push(Explanation {
            rule: Cow::Borrowed(rule),
            text: text.into_cow(),
            basis,
        });
    }

    /// Records a note (an identical note is kept once).
    pub fn note(&mut self, kind: NoteKind, text: Text, basis: Vec<Basis>) {
        let n = Note {
            kind,
            text: text.into_cow(),
            basis,
        };
        if !self.notes.contains(&n) {
            self.notes.push(n);
        }
    }

    /// Records that an unknown fact at `path` could change the conclusion `affects`.
    pub fn missing(&mut self, path: &'static str, affects: &'static str) {
        match self.missing.iter_mut().find(|m| m.path == path) {
            Some(m) => {
                if !m.affects.contains(&affects) {
                    m.affects.push(affects);
                }
            }
            None => {
                room(&mut self.missing, 8);
                self.missing.push(MissingFact {
                    path,
                    affects: vec![affects],
                });
            }
        }
    }

    /// Records that the fact at `path` was used (for the monitoring record).
    pub fn used(&mut self, path: &'static str) {
        if !self.facts_used.contains(&path) {
            room(&mut self.facts_used, 32);
            self.facts_used.push(path);
        }
    }

    /// Asks for a monitoring record in the output (SR 10, APR 43(4)).
    pub fn require_monitoring(&mut self) {
        self.monitoring = true;
    }

    /// Records an input error found while evaluating (e.g. a period ending beyond the calendar).
    pub fn error(&mut self, code: ErrorCode, path: &str, message: String) {
        self.errors.push(InputError::new(code, path, message));
    }

    /// Whether `id` was already computed.
    pub fn has_deadline(&self, id: &str) -> bool {
        self.deadlines.iter().any(|d| d.id == id)
    }

    /// A computed deadline by id.
    pub fn deadline_by_id(&self, id: &str) -> Option<&Deadline> {
        self.deadlines.iter().find(|d| d.id == id)
    }

    /// Computes a time limit, adds it (with its explanation and any calendar notes) and returns
    /// the calendar's result. A period that runs beyond the calendar is an `outOfRange` error at
    /// the starting event's path.
    pub fn limit(&mut self, spec: LimitSpec) -> Option<Computed> {
        self.limit_with_extension(spec, None)
    }

    /// As [`Ctx::limit`], with a possible extension flagged in the output.
    pub fn limit_with_extension(
        &mut self,
        spec: LimitSpec,
        ext: Option<ExtensionSpec>,
    ) -> Option<Computed> {
        self.used(spec.from_path);
        let computed =
            match calendar::compute(spec.from, spec.period, spec.counting, &self.params.calendar) {
                Ok(c) => c,
                Err(err) => {
                    self.calendar_error(spec.from_path, &err);
                    return None;
                }
            };
        let extension = match ext {
            Some(x) => {
                match calendar::compute(spec.from, x.period, x.counting, &self.params.calendar) {
                    Ok(c) => {
                        self.take_notes(&c);
                        let mut basis = x.basis;
                        basis.extend(c.basis.iter().cloned());
                        Some(Extension {
                            period: x.stated,
                            due: calendar::iso_date(c.due),
                            expires_at: calendar::format_instant(&c.expires_at),
                            basis,
                        })
                    }
                    Err(err) => {
                        self.calendar_error(spec.from_path, &err);
                        None
                    }
                }
            }
            None => None,
        };
        self.take_notes(&computed);
        let status = self.case.as_of.map(|as_of| status_at(&as_of, &computed));
        let mut basis = spec.basis.clone();
        basis.extend(computed.basis.iter().cloned());
        let due = calendar::iso_date(computed.due);
        let from = calendar::iso_date(computed.from);
        let period = spec.period.iso();
        let ext_nl = if computed.extended { " (verlengd)" } else { "" };
        let ext_en = if computed.extended { " (extended)" } else { "" };
        let label = &spec.label;
        self.explain(
            spec.rule,
            text!(
                self.locale,
                format!("{label}: termijn {period} vanaf {from}, uiterlijk {due}{ext_nl}."),
                format!("{label}: period {period} from {from}, ends {due}{ext_en}.")
            ),
            basis.clone(),
        );
        room(&mut self.deadlines, 16);
        self.deadlines.push(Deadline {
            id: spec.id,
            from,
            period,
            unit: calendar::periods::unit_name(spec.period.unit),
            counting: spec.counting.name(),
            due,
            expires_at: calendar::format_instant(&computed.expires_at),
            extended: computed.extended,
            status,
            extension,
            alternatives: Vec::new(),
            completed_at: None,
            basis,
        });
        Some(computed)
    }

    /// Attaches to the deadline `id` (already computed by [`Ctx::limit`]) the limit it would have
    /// if the unknown fact `alt.fact` were established, and records that fact as missing with
    /// `deadlines.<id>` in its `affects` (RULES §0). `affects` is that `deadlines.<id>` text,
    /// given by the caller as a static string. Does nothing when `id` is not computed.
    pub fn alternative(&mut self, id: &str, affects: &'static str, alt: AlternativeSpec) {
        let Some(pos) = self.deadlines.iter().position(|d| d.id == id) else {
            return;
        };
        let computed =
            match calendar::compute(alt.from, alt.period, alt.counting, &self.params.calendar) {
                Ok(c) => c,
                Err(err) => {
                    self.calendar_error(alt.fact, &err);
                    return;
                }
            };
        self.take_notes(&computed);
        let mut basis = alt.basis;
        basis.extend(computed.basis.iter().cloned());
        self.missing(alt.fact, affects);
        self.deadlines[pos].alternatives.push(Alternative {
            fact: alt.fact,
            if_value: alt.if_value,
            period: alt.period.iso(),
            due: calendar::iso_date(computed.due),
            expires_at: calendar::format_instant(&computed.expires_at),
            basis,
        });
    }

    /// While `procedure.kind` is open (RULES §0): the ordinary kind (none of the unknown facts
    /// established) and, for every other kind still possible, the boolean facts that would lead
    /// to it (each fact listed once, with the first kind it leads to in the order of RULES §4).
    /// Facts that are not yes/no facts (the situation, the nationality) are left out: they are
    /// in `missingFacts` already, with `procedure.kind`.
    pub fn open_kind_facts(&self) -> Option<(ProcedureKind, Vec<(ProcedureKind, &'static str)>)> {
        let ordinary = self.open_kinds.last()?.kind;
        let mut out: Vec<(ProcedureKind, &'static str)> = Vec::new();
        for k in &self.open_kinds {
            if k.kind == ordinary {
                continue;
            }
            for f in &k.facts {
                let boolean = !matches!(
                    *f,
                    "/application/situation"
                        | "/applicant/nationality"
                        | "/applicant/unaccompaniedMinor"
                );
                if boolean && !out.iter().any(|(_, g)| g == f) {
                    out.push((k.kind, f));
                }
            }
        }
        Some((ordinary, out))
    }

    fn take_notes(&mut self, c: &Computed) {
        for n in &c.notes {
            let note = n.render(self.locale);
            if !self.notes.contains(&note) {
                self.notes.push(note);
            }
        }
    }

    fn calendar_error(&mut self, path: &str, err: &CalendarError) {
        let code = match err {
            CalendarError::OutOfRange(_) => ErrorCode::OutOfRange,
            _ => ErrorCode::InvalidValue,
        };
        if !self.errors.iter().any(|e| e.path == path && e.code == code) {
            self.error(code, path, err.to_string());
        }
    }

    /// Finishes the assessment, or returns the errors found while evaluating.
    pub fn finish(mut self) -> Result<Assessment, Vec<InputError>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        let rank = |id: &str| {
            DEADLINE_ORDER
                .iter()
                .position(|x| *x == id)
                .unwrap_or(DEADLINE_ORDER.len())
        };
        // Deadline ids and missing paths are distinct, so the order is fully determined.
        crate::sort::sort_by(&mut self.deadlines, |a, b| rank(a.id) < rank(b.id));
        crate::sort::sort_by(&mut self.missing, |a, b| a.path < b.path);
        let monitoring = self.monitoring.then(|| {
            let mut rules: Vec<String> = self
                .explanation
                .iter()
                .map(|e| e.rule.to_string())
                .collect();
            rules.dedup();
            MonitoringRecord {
                facts_used: self.facts_used.clone(),
                rules_applied: rules,
                basis: vec![
                    Basis::new("SR", "10", crate::explain::uri::SR),
                    Basis::new("APR", "43(4)", crate::explain::uri::APR),
                ],
            }
        });
        Ok(Assessment {
            schema_version: SCHEMA_VERSION,
            case_id: self.case.case_id.clone(),
            engine: EngineInfo {
                version: crate::VERSION.to_owned(),
                ruleset: RULESET.to_owned(),
                parameters: self.params.hash.clone(),
            },
            regime: self.regime,
            screening: self.screening,
            procedure: self.procedure,
            deadlines: self.deadlines,
            reception: self.reception,
            eurodac: self.eurodac,
            crisis: self.crisis,
            missing_facts: self.missing,
            explanation: self.explanation,
            notes: self.notes,
            monitoring,
            receipt: None,
        })
    }
}

/// Gives an empty vector room for `n` entries at its first push, so that it does not grow
/// step by step through a typical assessment (4, 8, 16, 32 …).
fn room<T>(v: &mut Vec<T>, n: usize) {
    if v.capacity() == 0 {
        v.reserve_exact(n);
    }
}

/// Status of a computed period at `as_of`: an instant is compared with `expiresAt`; a date
/// (that whole Amsterdam day) is still in time on the due day.
pub fn status_at(as_of: &When, c: &Computed) -> DeadlineStatus {
    let expired = match as_of {
        When::Instant(i) => calendar::to_amsterdam(i) >= c.expires_at,
        When::Date(d) => *d > c.due,
    };
    if expired {
        DeadlineStatus::Expired
    } else {
        DeadlineStatus::Running
    }
}
