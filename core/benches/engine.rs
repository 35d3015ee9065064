//! Criterion benchmarks of the core: one calendar period, decoding, the procedure choice alone,
//! a full typed evaluation, serialisation, and `evaluate_json` (input bytes to output bytes).
//!
//!   cargo bench -p migratiepact-core --bench engine
//!
//! The API has no switch to leave out the explanation texts (every conclusion carries one by
//! contract), so there is no "without explanations" variant; `render` shows what writing the
//! output (texts included) costs on top of the typed evaluation.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmark set-up on fixed inputs"
)]

mod common;
use common as cases;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use migratiepact_core::calendar::{self, Counting, Period, When};
use migratiepact_core::contract::ProcedureRegime;
use migratiepact_core::engine::Ctx;
use migratiepact_core::{decode_case, evaluate, evaluate_json, law, render, Locale, Parameters};

fn calendar_period(c: &mut Criterion) {
    let cal = &Parameters::embedded().calendar;
    let mut g = c.benchmark_group("calendar");
    g.throughput(Throughput::Elements(1));
    // Registration, APR 27(1): 5 days from Friday 2026-12-18, across Christmas (PR 3(4)).
    let from = When::Date(NaiveDate::from_ymd_opt(2026, 12, 18).unwrap());
    g.bench_function("pr1182/P5D", |b| {
        b.iter(|| calendar::compute(black_box(from), Period::days(5), Counting::Pr1182, cal))
    });
    // An appeal limit under the Atw: 1 week, ending on a holiday.
    let from = When::Date(NaiveDate::from_ymd_opt(2027, 4, 20).unwrap());
    g.bench_function("atw/P1W", |b| {
        b.iter(|| {
            calendar::compute(
                black_box(from),
                Period::weeks(1),
                Counting::Atw { liberty: false },
                cal,
            )
        })
    });
    g.bench_function("pr1182/P6M", |b| {
        b.iter(|| calendar::compute(black_box(from), Period::months(6), Counting::Pr1182, cal))
    });
    g.finish();
}

fn decode(c: &mut Criterion) {
    let mut g = c.benchmark_group("decode_case");
    g.throughput(Throughput::Elements(1));
    for (name, json) in cases::ALL {
        g.bench_function(name, |b| b.iter(|| decode_case(black_box(json.as_bytes()))));
    }
    g.finish();
}

fn procedure_choice(c: &mut Criterion) {
    let params = Parameters::embedded();
    let mut g = c.benchmark_group("procedure_choice");
    g.throughput(Throughput::Elements(1));
    for (name, json) in cases::ALL {
        let case = decode_case(json.as_bytes()).unwrap();
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut ctx = Ctx::new(black_box(&case), params, Locale::Nl);
                ctx.regime.procedure = Some(ProcedureRegime::Pact);
                law::procedure::assess(&mut ctx);
                ctx.procedure.kind
            })
        });
    }
    g.finish();
}

fn evaluate_typed(c: &mut Criterion) {
    let params = Parameters::embedded();
    let mut g = c.benchmark_group("evaluate");
    g.throughput(Throughput::Elements(1));
    for (name, json) in cases::ALL {
        let case = decode_case(json.as_bytes()).unwrap();
        g.bench_function(name, |b| b.iter(|| evaluate(black_box(&case), params)));
    }
    g.finish();
}

fn render_output(c: &mut Criterion) {
    let params = Parameters::embedded();
    let mut g = c.benchmark_group("render");
    g.throughput(Throughput::Elements(1));
    for (name, json) in cases::ALL {
        let case = decode_case(json.as_bytes()).unwrap();
        g.bench_function(name, |b| {
            b.iter_batched_ref(
                || evaluate(&case, params),
                |result| render(black_box(result)),
                BatchSize::SmallInput,
            )
        });
    }
    g.finish();
}

fn evaluate_json_bytes(c: &mut Criterion) {
    let mut g = c.benchmark_group("evaluate_json");
    for (name, json) in cases::ALL {
        g.throughput(Throughput::Bytes(json.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| evaluate_json(black_box(json.as_bytes())))
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    calendar_period,
    decode,
    procedure_choice,
    evaluate_typed,
    render_output,
    evaluate_json_bytes
);
criterion_main!(benches);
