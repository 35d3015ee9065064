//! Consistency of the facts: dates that contradict each other are `inconsistent` (CONTRACT.md),
//! reported all at once with the pointer of the later-in-process fact.

use chrono::Datelike;

use super::case::Case;
use super::decode::Errors;
use super::error::ErrorCode;
use super::messages::{self, Event};
use crate::calendar::When;

/// Whether `later` is before `earlier` (instants compared exactly; with a date on either side,
/// the Amsterdam dates are compared).
fn before(later: &When, earlier: &When) -> bool {
    match (later, earlier) {
        (When::Instant(a), When::Instant(b)) => a < b,
        _ => later.date() < earlier.date(),
    }
}

/// Age in whole years on `on`.
pub fn age_on(born: chrono::NaiveDate, on: chrono::NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// Checks the order of events in a case.
pub fn check(case: &Case, e: &mut Errors) {
    let app = &case.application;
    let order: [(&str, Option<When>, Event, Option<When>); 12] = [
        (
            "/application/registeredAt",
            app.registered_at,
            Event::Made,
            app.made_at,
        ),
        (
            "/application/lodgedAt",
            app.lodged_at,
            Event::Made,
            app.made_at,
        ),
        (
            "/application/lodgedAt",
            app.lodged_at,
            Event::Registered,
            app.registered_at,
        ),
        (
            "/dublin/acceptedAt",
            case.dublin.accepted_at,
            Event::RequestSent,
            case.dublin.request_sent_at,
        ),
        (
            "/dublin/transferDecisionNotifiedAt",
            case.dublin.transfer_decision_notified_at,
            Event::Accepted,
            case.dublin.accepted_at,
        ),
        (
            "/dublin/requestSentAt",
            case.dublin.request_sent_at,
            Event::Made,
            app.made_at,
        ),
        (
            "/decision/notifiedAt",
            case.decision.notified_at,
            Event::Made,
            app.made_at,
        ),
        (
            "/decision/rightToRemainEndedAt",
            case.decision.right_to_remain_ended_at,
            Event::Made,
            app.made_at,
        ),
        (
            "/screening/startedAt",
            case.screening.started_at,
            Event::Apprehended,
            case.screening.apprehended_at,
        ),
        (
            "/legacy/intendedDecisionAt",
            case.legacy.intended_decision_at,
            Event::GeneralProcedureStarted,
            case.legacy.general_procedure_started_at,
        ),
        (
            "/legacy/generalProcedureStartedAt",
            case.legacy.general_procedure_started_at,
            Event::Made,
            app.made_at,
        ),
        (
            "/legacy/intakeInterviewEndedAt",
            case.legacy.intake_interview_ended_at,
            Event::Made,
            app.made_at,
        ),
    ];
    let mut reported: Vec<&str> = Vec::new();
    for (path, later, what, earlier) in order {
        if let (Some(l), Some(r)) = (later, earlier) {
            if before(&l, &r) && !reported.contains(&path) {
                reported.push(path);
                e.say(ErrorCode::Inconsistent, path, |loc| {
                    messages::before_event(loc, l, what, r)
                });
            }
        }
    }
    if let (Some(born), Some(made)) = (case.applicant.date_of_birth, app.made_at) {
        if born > made.date() {
            e.say(ErrorCode::Inconsistent, "/applicant/dateOfBirth", |l| {
                messages::born_after_made(l, born, made)
            });
        } else if case.applicant.unaccompanied_minor == Some(true)
            && age_on(born, made.date()) >= 18
        {
            e.say(
                ErrorCode::Inconsistent,
                "/applicant/unaccompaniedMinor",
                |l| messages::adult_minor(l, born, made),
            );
        }
    }
    if let (Some(born), Some(as_of)) = (case.applicant.date_of_birth, case.as_of) {
        if born > as_of.date() {
            e.say(ErrorCode::Inconsistent, "/asOf", |l| {
                messages::as_of_before_birth(l, as_of, born)
            });
        }
    }
}
