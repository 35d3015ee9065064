//! # migratiepact (Python)
//!
//! The extension module `migratiepact._native` of the Python package `migratiepact`: a thin
//! shell, like `wasm/` and `ffi/`, over the one set of JSON entry points of `migratiepact-core`.
//! Every function takes JSON text and gives back what the core gives (`(ok, json)`: `ok` is
//! `false` for an ErrorReport), so the output is byte for byte the CLI's `evaluate --json`. The
//! Python layer (`migratiepact/__init__.py`) turns dicts into JSON text and back and raises
//! `MigratiepactError` for an ErrorReport; no rule, label or legal text lives in either.
//!
//! Adding a JSON function of the core to Python is one line in [`JSON_FUNCTIONS`] and one in
//! `migratiepact/__init__.py` (plus its stub in `__init__.pyi`). The caseload operations
//! (`agenda`, `impact`) take a whole caseload, so they are functions of their own.

use migratiepact_core::api::{self, Law};
use migratiepact_core::{
    evaluate_json_with, render, ErrorCode, ErrorReport, InputError, JsonOutput, Locale, Options,
    Parameters,
};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use rayon::prelude::*;

/// A JSON entry point of the core: document text and a parameter set in, an answer out.
type JsonFn = fn(&[u8], &Parameters) -> JsonOutput;

/// Every JSON-in / JSON-out function of the core that Python offers, by name. The Python layer
/// binds each as `<name>_json(str) -> str`, `<name>(dict) -> dict` and
/// `<name>_many(iterable) -> list` (and as methods of `Engine`).
const JSON_FUNCTIONS: &[(&str, JsonFn)] = &[
    ("evaluate", |doc, params| {
        evaluate_json_with(doc, params, Options::default())
    }),
    ("solidarity", |doc, _| api::solidarity_json(doc)),
];

/// One function of [`JSON_FUNCTIONS`], callable from Python.
#[pyclass(frozen, module = "migratiepact._native")]
struct JsonFunction {
    name: &'static str,
    f: JsonFn,
}

#[pymethods]
impl JsonFunction {
    /// `(ok, json)` for one document (the bytes of its JSON text), with the engine's parameter set (the embedded one when
    /// `engine` is None).
    #[pyo3(signature = (doc, engine=None))]
    fn __call__(
        &self,
        py: Python<'_>,
        doc: PyBackedBytes,
        engine: Option<&Engine>,
    ) -> (bool, String) {
        let params = params_of(engine);
        let f = self.f;
        let out = py.detach(|| f(&doc, params));
        (out.ok, out.json)
    }

    /// `(ok, json)` for each document, in order, computed on every core (rayon) with the GIL
    /// released: other Python threads run meanwhile.
    #[pyo3(signature = (docs, engine=None))]
    fn many(
        &self,
        py: Python<'_>,
        docs: Vec<PyBackedBytes>,
        engine: Option<&Engine>,
    ) -> Vec<(bool, String)> {
        let params = params_of(engine);
        let f = self.f;
        py.detach(|| {
            docs.par_iter()
                .map(|doc| {
                    let out = f(doc, params);
                    (out.ok, out.json)
                })
                .collect()
        })
    }

    /// The function's name in the core's table.
    #[getter]
    fn name(&self) -> &'static str {
        self.name
    }
}

/// A parameter set loaded once (safe countries, recognition rates, equated holidays, crisis
/// activations), in the format of `core/params/default.json`.
#[pyclass(frozen, module = "migratiepact._native")]
struct Engine {
    params: Parameters,
}

#[pymethods]
impl Engine {
    /// `(engine, "")`, or `(None, ErrorReport JSON)` when the set is refused (every problem,
    /// with JSON Pointers into the parameter file).
    #[staticmethod]
    fn load(text: PyBackedBytes) -> (Option<Engine>, String) {
        match Parameters::load(&text) {
            Ok(params) => (Some(Engine { params }), String::new()),
            Err(report) => (None, render(&Err(report.to_report())).json),
        }
    }

    /// The hash of the parameter set (`sha256:…`), as in `engine.parameters` of an Assessment.
    #[getter]
    fn parameters(&self) -> String {
        self.params.hash.clone()
    }
}

/// `(ok, json)`: one period from `from_` (a `YYYY-MM-DD` date or an RFC 3339 instant) under
/// `law` ("eu": Reg. 1182/71; "nl": Awb 6:8 and the Algemene termijnenwet), the answer of the
/// CLI's `deadline --json`.
#[pyfunction]
#[pyo3(signature = (from_, period, law, locale, engine=None))]
fn deadline(
    from_: &str,
    period: &str,
    law: &str,
    locale: &str,
    engine: Option<&Engine>,
) -> (bool, String) {
    let locale = match locale {
        "nl" => Locale::Nl,
        "en" => Locale::En,
        other => return refusal("/locale", format!("{other:?} is not \"nl\" or \"en\"")),
    };
    let Some(engine) = engine else {
        let out = api::deadline_json(from_, period, law, locale);
        return (out.ok, out.json);
    };
    let Some(law) = Law::parse(law) else {
        return refusal("/law", format!("{law:?} is not \"eu\" or \"nl\""));
    };
    match api::deadline_with(from_, period, law, locale, &engine.params) {
        Ok(result) => match serde_json::to_string(&result) {
            Ok(json) => (true, json),
            Err(e) => refusal("", e.to_string()),
        },
        Err(report) => (false, render(&Err(report)).json),
    }
}

/// `(ok, json)`: the deadline agenda of `cases` (JSON Lines) for `request` (`{"asOf", "within",
/// "authority", "lang"}`): exactly `migratiepact_core::api::agenda_json`, with the GIL released.
#[pyfunction]
#[pyo3(signature = (cases, request, engine=None))]
fn agenda(
    py: Python<'_>,
    cases: PyBackedBytes,
    request: PyBackedBytes,
    engine: Option<&Engine>,
) -> (bool, String) {
    let params = params_of(engine);
    let out = py.detach(|| api::agenda_json(&cases, &request, params));
    (out.ok, out.json)
}

/// `(ok, json)`: the impact on `cases` (JSON Lines) of replacing parameter set `base` (empty:
/// the embedded set) by `params`: exactly `migratiepact_core::api::impact_json`, with the GIL
/// released.
#[pyfunction]
fn impact(
    py: Python<'_>,
    cases: PyBackedBytes,
    base: PyBackedBytes,
    params: PyBackedBytes,
) -> (bool, String) {
    let out = py.detach(|| api::impact_json(&cases, &base, &params));
    (out.ok, out.json)
}

/// The engine's words for every id of the contract (`{group: {id: words}}` as JSON), in Dutch
/// (`"nl"`) or English (`"en"`): exactly `migratiepact_core::labels_json`.
#[pyfunction]
fn labels(locale: &str) -> (bool, String) {
    match locale {
        "nl" => (true, migratiepact_core::labels_json(Locale::Nl)),
        "en" => (true, migratiepact_core::labels_json(Locale::En)),
        other => refusal("/locale", format!("{other:?} is not \"nl\" or \"en\"")),
    }
}

/// The engine's parameter set, or the embedded one.
fn params_of(engine: Option<&Engine>) -> &Parameters {
    match engine {
        Some(e) => &e.params,
        None => Parameters::embedded(),
    }
}

fn refusal(path: &str, message: String) -> (bool, String) {
    let report = ErrorReport::new(vec![InputError::new(
        ErrorCode::InvalidValue,
        path,
        message,
    )]);
    (false, render(&Err(report)).json)
}

/// The engine version (the crate version of `migratiepact-core`).
#[pyfunction]
fn version() -> &'static str {
    migratiepact_core::VERSION
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let functions = pyo3::types::PyDict::new(m.py());
    for &(name, f) in JSON_FUNCTIONS {
        functions.set_item(name, JsonFunction { name, f })?;
    }
    m.add("JSON_FUNCTIONS", functions)?;
    m.add_class::<Engine>()?;
    m.add_class::<JsonFunction>()?;
    m.add_function(wrap_pyfunction!(deadline, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(agenda, m)?)?;
    m.add_function(wrap_pyfunction!(impact, m)?)?;
    m.add_function(wrap_pyfunction!(labels, m)?)?;
    Ok(())
}
