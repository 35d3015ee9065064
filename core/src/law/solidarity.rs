//! Solidarity (AMMR Part IV): a Member State's fair share of the Annual Solidarity Pool under the
//! reference key of AMMR art. 66 and Annex I — computed exactly, from population and GDP
//! figures that the caller supplies (with their source and reference year).
//!
//! Texts read (legalize-dev/legalize-eu `eu/fe/32024R1351.md`, Regulation (EU) 2024/1351):
//!
//! - **Art. 12(2)**: "The Commission proposal referred to in paragraph 1 shall identify the total
//!   annual numbers of required relocations and financial contributions for the Annual
//!   Solidarity Pool at Union level, which shall be at least: (a) 30 000 for relocations;
//!   (b) EUR 600 million for financial contributions. The Commission proposal … shall also set
//!   out annual indicative contributions for each Member State by applying the reference key set
//!   out in Article 66 …"
//! - **Art. 12(3)**, second subparagraph: the Commission may identify higher numbers; "the ratio
//!   between the numbers set out in paragraph 2, points (a) and (b), of this Article shall be
//!   maintained."
//! - **Art. 66** ("Reference key"): "The share of solidarity contributions to be provided by
//!   each Member State referred to in Article 57(3) shall be calculated in accordance with the
//!   formula set out in Annex I and shall be based on the following criteria for each Member
//!   State, according to the latest available Eurostat data: (a) the size of the population
//!   (50 % weighting); (b) the total GDP (50 % weighting)."
//! - **Annex I** ("Formula for the reference key pursuant to Article 66"): "ShareMS = 50 %
//!   Population effectMS + 50 % GDP effectMS" and "n: the overall number of MS". The formula
//!   image defining the effects is not in the text copy; the effects are read as the Member
//!   State's population (GDP) divided by the sum over the n Member States — the only reading in
//!   which "n" has a role and the shares add up to 100 %.
//! - Recitals 90 and 91: Denmark is not bound by the Regulation; Ireland is not bound "without
//!   prejudice to Article 4" of Protocol No 21 (it may opt in). RULES §9 [rev. 12-2026]: Ireland
//!   has opted in to the AMMR and is bound by it; Denmark is not. The reference key runs over the
//!   26 bound Member States ([`BOUND_MEMBER_STATES`]); a list that leaves one out is noted, and
//!   figures for Denmark are noted as outside the key's n (see [`NOTE_MEMBER_STATES`]).
//! - The AMMR states no rounding rule: the engine's rounding is an interpretation (noted).
//!
//! No default figures ship: no population and GDP table with a verifiable Eurostat source was
//! available to this project (see `core/params/solidarity/README.md`). The caller supplies them.

use std::borrow::Cow;

use crate::contract::decode::Json;
use schemars::JsonSchema;
use serde::{Serialize, Serializer};

use crate::contract::decode::{Errors, Obj};
use crate::contract::{ErrorCode, ErrorReport};
use crate::explain::{uri, Basis, Explanation, Locale, Note, NoteKind, Text};
use crate::params::Source;
use crate::text;

/// The 27 EU Member States (ISO 3166-1 alpha-2; Greece is `GR`, which Eurostat writes `EL`).
pub const EU_MEMBER_STATES: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The 26 Member States bound by the AMMR (RULES §9 [rev. 12-2026]): the 27 without Denmark
/// (recital 90, Protocol No 22); Ireland opted in (Protocol No 21 art. 4) and is bound.
pub const BOUND_MEMBER_STATES: [&str; 26] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
    "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The pool: relocations and financial contributions in euro.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Pool {
    /// Relocations (AMMR 12(2)(a)).
    pub relocations: u64,
    /// Financial contributions in euro (AMMR 12(2)(b)).
    pub eur: u64,
}

/// The minimum Annual Solidarity Pool of AMMR 12(2): 30 000 relocations, EUR 600 million.
pub const MINIMUM_POOL: Pool = Pool {
    relocations: 30_000,
    eur: 600_000_000,
};

/// A non-negative decimal number, exact: `digits / 10^scale` (at most 6 decimals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// The digits without the decimal point.
    pub digits: u128,
    /// How many of them are decimals (0..=6).
    pub scale: u32,
}

impl Decimal {
    /// A whole number.
    pub const fn whole(v: u64) -> Decimal {
        Decimal {
            digits: v as u128,
            scale: 0,
        }
    }

    /// Parses "1034567", "1034567.8" (at most 6 decimals, no sign, no exponent).
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty()
            || frac.len() > 6
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || int.len() > 24
        {
            return None;
        }
        let digits: u128 = format!("{int}{frac}").parse().ok()?;
        Some(Decimal {
            digits,
            scale: frac.len() as u32,
        })
    }

    fn scaled_to(self, scale: u32) -> Option<u128> {
        self.digits
            .checked_mul(10u128.checked_pow(scale.checked_sub(self.scale)?)?)
    }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let digits = crate::digits::decimal(self.digits);
        let scale = self.scale as usize;
        if scale == 0 {
            return f.write_str(&digits);
        }
        // `int.frac` with the fraction zero-padded to `scale` digits.
        let padded = format!(
            "{}{digits}",
            "0".repeat((scale + 1).saturating_sub(digits.len()))
        );
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{int}.{frac}")
    }
}

/// Population and GDP of one Member State.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberStateFigures {
    /// ISO 3166-1 alpha-2 code of an EU Member State.
    pub state: String,
    /// Population (persons; Eurostat: on 1 January of the reference year).
    pub population: u64,
    /// Total GDP, in the unit the figures state (e.g. EUR million); only ratios matter.
    pub gdp: Decimal,
}

/// An exact non-negative fraction, reduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[schemars(description = "An exact fraction: numerator and denominator as decimal strings.")]
pub struct Fraction {
    /// Numerator.
    #[schemars(with = "String")]
    pub numerator: u128,
    /// Denominator (never 0).
    #[schemars(with = "String")]
    pub denominator: u128,
}

impl Serialize for Fraction {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Fraction", 2)?;
        st.serialize_field("numerator", &crate::digits::decimal(self.numerator))?;
        st.serialize_field("denominator", &crate::digits::decimal(self.denominator))?;
        st.end()
    }
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Fraction {
    /// `n / d`, reduced; `None` when `d` is 0.
    pub fn new(n: u128, d: u128) -> Option<Fraction> {
        if d == 0 {
            return None;
        }
        let g = gcd(n, d).max(1);
        Some(Fraction {
            numerator: n / g,
            denominator: d / g,
        })
    }

    /// `self × k`, exact; `None` on overflow.
    pub fn times(self, k: u128) -> Option<Fraction> {
        let g = gcd(k, self.denominator).max(1);
        Fraction::new(self.numerator.checked_mul(k / g)?, self.denominator / g)
    }

    /// The value with `places` decimals, rounded half up (exact long division).
    pub fn decimal(self, places: usize) -> String {
        let (n, d) = (self.numerator, self.denominator);
        let int = n / d;
        let mut rem = n % d;
        let mut digits = Vec::with_capacity(places + 1);
        for _ in 0..=places {
            // rem < d, and d fits comfortably below u128::MAX / 10 for the inputs accepted.
            rem = rem.saturating_mul(10);
            digits.push((rem / d) as u8);
            rem %= d;
        }
        let round_up = digits.pop().is_some_and(|next| next >= 5);
        let mut int = int;
        if round_up {
            let mut carry = true;
            for dgt in digits.iter_mut().rev() {
                if *dgt == 9 {
                    *dgt = 0;
                } else {
                    *dgt += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                int += 1;
            }
        }
        if places == 0 {
            return crate::digits::decimal(int);
        }
        let frac: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        format!("{}.{frac}", crate::digits::decimal(int))
    }
}

/// One criterion of the key: the Member State's figure, the total over the n Member States, and
/// the share.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Effect {
    /// The Member State's figure (as given).
    pub state: String,
    /// The sum over the n Member States listed.
    pub total: String,
    /// state / total, exact.
    pub share: Fraction,
    /// The share in percent, 6 decimals, rounded half up (for reading; `share` is exact).
    pub percent: String,
}

/// A fair share in one unit.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Amount {
    /// pool × key, exact.
    pub exact: Fraction,
    /// The exact value with 6 decimals, rounded half up.
    pub decimal: String,
    /// The value rounded by `rounding`.
    pub rounded: String,
    /// The rounding rule applied (the AMMR states none; see the interpretation note).
    pub rounding: String,
}

/// The result of the reference key for one Member State.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct KeyShare {
    /// The Member State.
    pub state: String,
    /// n: how many Member States the key is computed over.
    pub member_states: usize,
    /// The pool shared.
    pub pool: Pool,
    /// Population effect (AMMR 66(a), Annex I).
    pub population: Effect,
    /// GDP effect (AMMR 66(b), Annex I).
    pub gdp: Effect,
    /// The key: 50 % population effect + 50 % GDP effect, exact.
    pub key: Fraction,
    /// The key in percent, 6 decimals, rounded half up.
    pub key_percent: String,
    /// The fair share expressed as relocations.
    pub relocations: Amount,
    /// The fair share expressed as a financial contribution in euro.
    pub eur: Amount,
}

/// Rounding rule of relocations.
pub const RELOCATION_ROUNDING: &str = "nearest whole relocation, halves rounded up";
/// Rounding rule of euro amounts.
pub const EUR_ROUNDING: &str = "nearest cent, halves rounded up";

fn overflow(path: &str) -> ErrorReport {
    ErrorReport::new(vec![crate::contract::InputError::new(
        ErrorCode::OutOfRange,
        path,
        "figures too large to compute exactly (population ≤ 10^10, GDP ≤ 10^15 in its unit with ≤ 6 decimals, pool ≤ 10^11)",
    )])
}

/// AMMR 66 and Annex I: the share of `state` in the pool, over the Member States in `figures`
/// (the n of Annex I). Share = 50 % × population / Σ population + 50 % × GDP / Σ GDP, exact;
/// each fair share = pool × share, exact, plus a rounded figure with its rule.
///
/// Errors (contract codes, JSON Pointers as in the JSON request): `invalidCountry` for a code
/// that is not an EU Member State, `inconsistent` for a State listed twice or `state` not
/// listed, `missingField` for an empty list, `outOfRange` for zero totals or numbers too large.
pub fn fair_share(
    pool: Pool,
    figures: &[MemberStateFigures],
    state: &str,
) -> Result<KeyShare, ErrorReport> {
    let mut e = Errors::default();
    check_figures(figures, state, &mut e);
    if !e.is_empty() {
        return Err(ErrorReport::new(e.0));
    }
    let list = "/figures/memberStates";
    let scale = figures.iter().map(|f| f.gdp.scale).max().unwrap_or(0);
    let mut total_pop: u128 = 0;
    let mut total_gdp: u128 = 0;
    let mut mine: Option<(u128, u128, &MemberStateFigures)> = None;
    for f in figures {
        let g = f.gdp.scaled_to(scale).ok_or_else(|| overflow(list))?;
        total_pop = total_pop
            .checked_add(u128::from(f.population))
            .ok_or_else(|| overflow(list))?;
        total_gdp = total_gdp.checked_add(g).ok_or_else(|| overflow(list))?;
        if f.state == state {
            mine = Some((u128::from(f.population), g, f));
        }
    }
    let Some((p, g, ms)) = mine else {
        return Err(overflow("/state"));
    };
    if total_pop == 0 || total_gdp == 0 {
        return Err(ErrorReport::new(vec![crate::contract::InputError::new(
            ErrorCode::OutOfRange,
            list,
            "the total population and the total GDP of the Member States must be positive",
        )]));
    }
    let pop_share = Fraction::new(p, total_pop).ok_or_else(|| overflow(list))?;
    let gdp_share = Fraction::new(g, total_gdp).ok_or_else(|| overflow(list))?;
    // key = (p·G + g·P) / (2·P·G)
    let num = p
        .checked_mul(total_gdp)
        .and_then(|a| g.checked_mul(total_pop).and_then(|b| a.checked_add(b)));
    let den = total_pop
        .checked_mul(total_gdp)
        .and_then(|d| d.checked_mul(2));
    let key = match (num, den) {
        (Some(n), Some(d)) => Fraction::new(n, d),
        _ => None,
    }
    .ok_or_else(|| overflow(list))?;
    let relocations = key
        .times(u128::from(pool.relocations))
        .ok_or_else(|| overflow("/pool/relocations"))?;
    let eur = key
        .times(u128::from(pool.eur))
        .ok_or_else(|| overflow("/pool/eur"))?;
    let percent = |f: Fraction| f.times(100).map(|x| x.decimal(6)).unwrap_or_default();
    let total_gdp_decimal = Decimal {
        digits: total_gdp,
        scale,
    };
    Ok(KeyShare {
        state: state.to_owned(),
        member_states: figures.len(),
        pool,
        population: Effect {
            state: ms.population.to_string(),
            total: crate::digits::decimal(total_pop),
            share: pop_share,
            percent: percent(pop_share),
        },
        gdp: Effect {
            state: ms.gdp.to_string(),
            total: total_gdp_decimal.to_string(),
            share: gdp_share,
            percent: percent(gdp_share),
        },
        key,
        key_percent: percent(key),
        relocations: Amount {
            exact: relocations,
            decimal: relocations.decimal(6),
            rounded: relocations.decimal(0),
            rounding: RELOCATION_ROUNDING.to_owned(),
        },
        eur: Amount {
            exact: eur,
            decimal: eur.decimal(6),
            rounded: eur.decimal(2),
            rounding: EUR_ROUNDING.to_owned(),
        },
    })
}

fn check_figures(figures: &[MemberStateFigures], state: &str, e: &mut Errors) {
    let list = "/figures/memberStates";
    if !EU_MEMBER_STATES.contains(&state) {
        e.push(
            ErrorCode::InvalidCountry,
            "/state",
            format!("{state:?} is not the ISO 3166-1 alpha-2 code of an EU Member State"),
        );
    }
    if figures.is_empty() {
        e.push(
            ErrorCode::MissingField,
            list,
            "population and GDP figures of the Member States are required",
        );
        return;
    }
    for (i, f) in figures.iter().enumerate() {
        if !EU_MEMBER_STATES.contains(&f.state.as_str()) {
            let hint = if f.state == "EL" {
                " (Greece is GR in ISO 3166-1; Eurostat writes EL)"
            } else {
                ""
            };
            e.push(
                ErrorCode::InvalidCountry,
                format!("{list}/{i}/state"),
                format!(
                    "{:?} is not the ISO 3166-1 alpha-2 code of an EU Member State{hint}",
                    f.state
                ),
            );
        } else if let Some(j) = figures[..i].iter().position(|o| o.state == f.state) {
            e.push(
                ErrorCode::Inconsistent,
                format!("{list}/{i}/state"),
                format!("{} is listed twice (also at {list}/{j})", f.state),
            );
        }
        if f.population > 10_000_000_000 {
            e.push(
                ErrorCode::OutOfRange,
                format!("{list}/{i}/population"),
                "more than 10^10 persons",
            );
        }
        if f.gdp.digits > 1_000_000_000_000_000_000_000 || f.gdp.scale > 6 {
            e.push(
                ErrorCode::OutOfRange,
                format!("{list}/{i}/gdp"),
                "too large or more than 6 decimals",
            );
        }
    }
    if EU_MEMBER_STATES.contains(&state) && !figures.iter().any(|f| f.state == state) {
        e.push(
            ErrorCode::Inconsistent,
            "/state",
            format!("{state} is not among the Member States whose figures are given"),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The request and answer of the JSON surface.

/// Where a set of figures comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Provenance {
    /// The reference year of the data (Eurostat population: 1 January of that year).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_year: Option<i32>,
    /// The unit (e.g. "persons", "EUR million, current prices").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The source (e.g. Eurostat dataset code and extraction date).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// One Member State's figures as the JSON request gives them.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MemberStateEntry {
    /// ISO 3166-1 alpha-2 code of an EU Member State ("GR" for Greece).
    pub state: String,
    /// Population (persons, an integer).
    pub population: u64,
    /// Total GDP in the unit of `figures.gdp.unit` (a number, at most 6 decimals).
    pub gdp: f64,
}

/// The figures of the Member States.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FiguresRequest {
    /// Provenance of the population figures.
    #[serde(default)]
    pub population: Provenance,
    /// Provenance of the GDP figures.
    #[serde(default)]
    pub gdp: Provenance,
    /// Population and GDP of each Member State in the key (the n of AMMR Annex I).
    pub member_states: Vec<MemberStateEntry>,
}

/// The JSON request of [`solidarity_json`].
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SolidarityRequest {
    /// Contract version; must be 1.
    pub schema_version: u32,
    /// The Member State whose share is asked (default "NL").
    #[serde(default)]
    pub state: Option<String>,
    /// The pool (default: the minimum of AMMR 12(2), 30 000 relocations and EUR 600 million).
    #[serde(default)]
    pub pool: Option<Pool>,
    /// "nl" (default) or "en".
    #[serde(default)]
    pub locale: Option<Locale>,
    /// The figures.
    pub figures: FiguresRequest,
}

/// The answer of [`solidarity_json`]: the key, the fair share, the figures' provenance, and
/// the explanation with its basis.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Share {
    /// Contract version (1).
    pub schema_version: u32,
    /// The computation.
    #[serde(flatten)]
    pub share: KeyShare,
    /// Where the pool comes from: "caller" or "ammr12_2Minimum".
    pub pool_source: String,
    /// Provenance of the figures used (as given).
    pub figures: FiguresProvenance,
    /// Every conclusion with its rule and basis.
    pub explanation: Vec<Explanation>,
    /// Interpretations and assumptions.
    pub notes: Vec<Note>,
}

/// Provenance of both criteria.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FiguresProvenance {
    /// Population figures.
    pub population: Provenance,
    /// GDP figures.
    pub gdp: Provenance,
}

/// Note on which Member States form the n of Annex I.
pub const NOTE_MEMBER_STATES: (&str, &str) = (
    "De verdeelsleutel is berekend over de opgegeven lidstaten (bijlage I: \"n: the overall number of MS\"). De AMMR bindt 26 lidstaten: Denemarken is niet gebonden (overweging 90), Ierland heeft gebruikgemaakt van de opt-in (overweging 91, Protocol nr. 21 art. 4) en is gebonden.",
    "The key is computed over the Member States listed (Annex I: \"n: the overall number of MS\"). The AMMR binds 26 Member States: Denmark is not bound (recital 90), Ireland has opted in (recital 91, Protocol No 21 art. 4) and is bound.",
);

fn explain(rule: &'static str, text: Text, basis: Vec<Basis>) -> Explanation {
    Explanation {
        rule: Cow::Borrowed(rule),
        text: text.into_cow(),
        basis,
    }
}

fn note(kind: NoteKind, text: Text, basis: Vec<Basis>) -> Note {
    Note {
        kind,
        text: text.into_cow(),
        basis,
    }
}

/// The fair share with its explanation: [`fair_share`] plus the pool default (AMMR 12(2)),
/// provenance and notes.
pub fn solidarity(
    pool: Option<Pool>,
    figures: &[MemberStateFigures],
    provenance: FiguresProvenance,
    state: &str,
    locale: Locale,
) -> Result<Share, ErrorReport> {
    let pool_given = pool.is_some();
    let k = fair_share(pool.unwrap_or(MINIMUM_POOL), figures, state)?;
    let ammr = |article: &'static str| Basis::new("AMMR", article, uri::AMMR);
    let mut explanation = Vec::new();
    let mut notes = Vec::new();
    let (r, eur) = (k.pool.relocations, k.pool.eur);
    if pool_given {
        explanation.push(explain(
            "solidarity.pool",
            text!(
                locale,
                format!("Jaarlijkse solidariteitspool zoals opgegeven: {r} herplaatsingen en EUR {eur}; de Raad stelt de pool vast bij uitvoeringshandeling (art. 57), ten minste de aantallen van art. 12(2)."),
                format!("Annual Solidarity Pool as given: {r} relocations and EUR {eur}; the Council sets the pool by implementing act (Art. 57), at least the numbers of Art. 12(2)."),
            ),
            vec![ammr("12(2)"), ammr("57")],
        ));
        if r < MINIMUM_POOL.relocations || eur < MINIMUM_POOL.eur {
            notes.push(note(
                NoteKind::Info,
                text!(
                locale,
                    "De opgegeven pool ligt onder het minimum van art. 12(2) (30 000 herplaatsingen, EUR 600 miljoen).",
                    "The pool given is below the minimum of Art. 12(2) (30 000 relocations, EUR 600 million).",
                ),
                vec![ammr("12(2)")],
            ));
        }
    } else {
        explanation.push(explain(
            "solidarity.pool",
            text!(
                locale,
                "Geen pool opgegeven: het minimum van art. 12(2) is gebruikt, 30 000 herplaatsingen en EUR 600 miljoen (\"ten minste\").",
                "No pool given: the minimum of Art. 12(2) is used, 30 000 relocations and EUR 600 million (\"at least\").",
            ),
            vec![ammr("12(2)")],
        ));
    }
    let n = k.member_states;
    explanation.push(explain(
        "solidarity.referenceKey",
        text!(
                locale,
            format!(
                "Verdeelsleutel {state}: 50% × bevolking {}/{} ({}%) + 50% × bbp {}/{} ({}%) = {}% (n = {n} lidstaten).",
                k.population.state, k.population.total, k.population.percent, k.gdp.state, k.gdp.total, k.gdp.percent, k.key_percent
            ),
            format!(
                "Reference key {state}: 50% × population {}/{} ({}%) + 50% × GDP {}/{} ({}%) = {}% (n = {n} Member States).",
                k.population.state, k.population.total, k.population.percent, k.gdp.state, k.gdp.total, k.gdp.percent, k.key_percent
            ),
        ),
        vec![ammr("66"), ammr("Annex I")],
    ));
    explanation.push(explain(
        "solidarity.fairShare.relocations",
        text!(
            locale,
            format!(
                "Eerlijk aandeel in herplaatsingen: {r} × sleutel = {} (afgerond {}).",
                k.relocations.decimal, k.relocations.rounded
            ),
            format!(
                "Fair share as relocations: {r} × key = {} (rounded {}).",
                k.relocations.decimal, k.relocations.rounded
            ),
        ),
        vec![ammr("12(2)(a)"), ammr("66")],
    ));
    explanation.push(explain(
        "solidarity.fairShare.financial",
        text!(
                locale,
            format!("Eerlijk aandeel als financiële bijdrage: EUR {eur} × sleutel = EUR {} (afgerond EUR {}).", k.eur.decimal, k.eur.rounded),
            format!("Fair share as financial contribution: EUR {eur} × key = EUR {} (rounded EUR {}).", k.eur.decimal, k.eur.rounded),
        ),
        vec![ammr("12(2)(b)"), ammr("66")],
    ));
    notes.push(note(
        NoteKind::Interpretation,
        text!(locale, NOTE_MEMBER_STATES.0, NOTE_MEMBER_STATES.1),
        vec![ammr("Annex I"), ammr("recitals 90-91")],
    ));
    let listed: Vec<&str> = figures.iter().map(|f| f.state.as_str()).collect();
    if listed.contains(&"DK") {
        notes.push(note(
            NoteKind::Assumption,
            text!(
                locale,
                "Er zijn cijfers voor Denemarken opgegeven; Denemarken is niet aan de AMMR gebonden (overweging 90) en hoort niet bij de n van bijlage I. De sleutel is berekend over de opgegeven lidstaten.",
                "Figures for Denmark are given; Denmark is not bound by the AMMR (recital 90) and is not among the n of Annex I. The key is computed over the Member States listed.",
            ),
            vec![ammr("recitals 90-91")],
        ));
    }
    let absent: Vec<&str> = BOUND_MEMBER_STATES
        .iter()
        .copied()
        .filter(|s| !listed.contains(s))
        .collect();
    if !absent.is_empty() {
        let list = absent.join(", ");
        notes.push(note(
            NoteKind::Assumption,
            text!(
                locale,
                format!("Geen cijfers voor {list}: het aandeel is relatief aan de {n} opgegeven lidstaten, niet aan alle lidstaten."),
                format!("No figures for {list}: the share is relative to the {n} Member States listed, not to all Member States."),
            ),
            vec![ammr("Annex I")],
        ));
    }
    notes.push(note(
        NoteKind::Interpretation,
        text!(
                locale,
            "De AMMR kent geen afrondingsregel: de exacte breuk wordt gegeven, en afgerond op hele herplaatsingen en op centen (helften naar boven).",
            "The AMMR states no rounding rule: the exact fraction is given, and rounded to whole relocations and to cents (halves up).",
        ),
        vec![ammr("66")],
    ));
    notes.push(note(
        NoteKind::Info,
        text!(
                locale,
            "Het eerlijk aandeel is één verplichting, hier in beide eenheden uitgedrukt; een lidstaat kiest herplaatsingen, financiële bijdragen of alternatieve maatregelen (art. 56(2)); de verhouding tussen de totalen blijft gelijk (art. 12(3)).",
            "The fair share is one obligation, expressed here in both units; a Member State chooses relocations, financial contributions or alternative measures (Art. 56(2)); the ratio between the totals is maintained (Art. 12(3)).",
        ),
        vec![ammr("56(2)"), ammr("12(3)")],
    ));
    for (what_nl, what_en, p) in [
        ("bevolking", "population", &provenance.population),
        ("bbp", "GDP", &provenance.gdp),
    ] {
        if p.source.is_none() || p.reference_year.is_none() {
            notes.push(note(
                NoteKind::Assumption,
                text!(
                locale,
                    format!("De cijfers voor {what_nl} hebben geen bron of referentiejaar; art. 66 vraagt de meest recente Eurostat-gegevens."),
                    format!("The {what_en} figures carry no source or reference year; Art. 66 asks for the latest available Eurostat data."),
                ),
                vec![ammr("66")],
            ));
        }
    }
    Ok(Share {
        schema_version: crate::contract::SCHEMA_VERSION,
        share: k,
        pool_source: if pool_given {
            "caller"
        } else {
            "ammr12_2Minimum"
        }
        .to_owned(),
        figures: provenance,
        explanation,
        notes,
    })
}

fn decode_source(o: &mut Obj<'_>, e: &mut Errors) -> Option<Source> {
    let mut s = o.object("source", e)?;
    let title = s.string("title", 1000, e);
    let url = s.string("url", 2000, e);
    if title.is_none() && !s.has("title") {
        e.push(
            ErrorCode::MissingField,
            s.path("title"),
            "a source needs a title",
        );
    }
    s.finish(e);
    Some(Source {
        title: title.unwrap_or_default(),
        url,
    })
}

fn decode_provenance(mut o: Obj<'_>, e: &mut Errors) -> Provenance {
    let reference_year = o
        .integer("referenceYear", 1950..=2199, e)
        .and_then(|y| i32::try_from(y).ok());
    let unit = o.string("unit", 200, e);
    let source = decode_source(&mut o, e);
    o.finish(e);
    Provenance {
        reference_year,
        unit,
        source,
    }
}

fn decode_gdp(o: &mut Obj<'_>, e: &mut Errors) -> Option<Decimal> {
    let path = o.path("gdp");
    match o.raw("gdp") {
        None => {
            e.push(ErrorCode::MissingField, path, "gdp is required");
            None
        }
        Some(Json::Number(n)) => {
            let parsed = if let Some(u) = n.as_u64() {
                Some(Decimal::whole(u))
            } else if let Some(f) = n.as_f64().filter(|f| f.is_finite() && *f >= 0.0) {
                // Rust prints the shortest decimal that reads back as the same f64, without
                // an exponent: the number as the caller wrote it.
                Decimal::parse(&crate::params::decimal_text(f))
            } else {
                None
            };
            if parsed.is_none() {
                e.push(
                    ErrorCode::OutOfRange,
                    path,
                    "expected a non-negative number with at most 6 decimals",
                );
            }
            parsed
        }
        Some(_) => {
            e.push(ErrorCode::WrongType, path, "expected a number");
            None
        }
    }
}

/// A decoded request of [`solidarity_json`].
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The pool, when given.
    pub pool: Option<Pool>,
    /// The Member States' figures.
    pub figures: Vec<MemberStateFigures>,
    /// Their provenance.
    pub provenance: FiguresProvenance,
    /// The Member State asked about.
    pub state: String,
    /// Language of the texts.
    pub locale: Locale,
}

impl Request {
    /// Computes the answer ([`solidarity`]).
    pub fn answer(self) -> Result<Share, ErrorReport> {
        solidarity(
            self.pool,
            &self.figures,
            self.provenance,
            &self.state,
            self.locale,
        )
    }
}

/// Decodes a request (all problems at once). A bare figures object (with `memberStates` at the
/// top) is accepted as `{"schemaVersion": 1, "figures": …}`.
pub fn decode_request(bytes: &[u8]) -> Result<Request, ErrorReport> {
    let mut value =
        crate::contract::decode::parse_tree(bytes).map_err(|e| ErrorReport::new(vec![e]))?;
    if value.get("memberStates").is_some() && value.get("figures").is_none() {
        value = Json::Object(vec![
            (Cow::Borrowed("schemaVersion"), Json::Number(1u64.into())),
            (Cow::Borrowed("figures"), value),
        ]);
    }
    let mut e = Errors::default();
    let mut o =
        Obj::new(&value, "", &mut e).ok_or_else(|| ErrorReport::new(std::mem::take(&mut e.0)))?;
    match o.raw("schemaVersion") {
        Some(Json::Number(n)) if n.as_u64() == Some(1) => {}
        Some(other) => e.push(
            ErrorCode::UnsupportedSchemaVersion,
            "/schemaVersion",
            format!("schemaVersion {other} is not supported; this engine reads version 1"),
        ),
        None => e.push(
            ErrorCode::UnsupportedSchemaVersion,
            "/schemaVersion",
            "schemaVersion is required (1)",
        ),
    }
    let state = o
        .string("state", 8, &mut e)
        .unwrap_or_else(|| "NL".to_owned());
    let locale = o
        .enumerated("locale", &[("nl", Locale::Nl), ("en", Locale::En)], &mut e)
        .unwrap_or_default();
    let pool = o.object("pool", &mut e).map(|mut p| {
        let r = p.integer("relocations", 0..=10_000_000, &mut e);
        let eur = p.integer("eur", 0..=100_000_000_000, &mut e);
        for (key, v) in [("relocations", r), ("eur", eur)] {
            if v.is_none() && !p.has(key) {
                e.push(
                    ErrorCode::MissingField,
                    p.path(key),
                    format!("{key} is required in a pool"),
                );
            }
        }
        p.finish(&mut e);
        Pool {
            relocations: r.unwrap_or(0),
            eur: eur.unwrap_or(0),
        }
    });
    let mut figures = Vec::new();
    let mut provenance = FiguresProvenance {
        population: Provenance::default(),
        gdp: Provenance::default(),
    };
    match o.object("figures", &mut e) {
        None => e.push(
            ErrorCode::MissingField,
            "/figures",
            "figures are required (population and GDP per Member State)",
        ),
        Some(mut f) => {
            if let Some(p) = f.object("population", &mut e) {
                provenance.population = decode_provenance(p, &mut e);
            }
            if let Some(p) = f.object("gdp", &mut e) {
                provenance.gdp = decode_provenance(p, &mut e);
            }
            let path = f.path("memberStates");
            match f.raw("memberStates") {
                Some(Json::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        let Some(mut m) = Obj::new(item, &format!("{path}/{i}"), &mut e) else {
                            continue;
                        };
                        let st = m.string("state", 8, &mut e);
                        if st.is_none() && !m.has("state") {
                            e.push(
                                ErrorCode::MissingField,
                                m.path("state"),
                                "state is required",
                            );
                        }
                        let pop = m.integer("population", 0..=10_000_000_000, &mut e);
                        if pop.is_none() && !m.has("population") {
                            e.push(
                                ErrorCode::MissingField,
                                m.path("population"),
                                "population is required",
                            );
                        }
                        let gdp = decode_gdp(&mut m, &mut e);
                        m.finish(&mut e);
                        if let (Some(state), Some(population), Some(gdp)) = (st, pop, gdp) {
                            figures.push(MemberStateFigures {
                                state,
                                population,
                                gdp,
                            });
                        }
                    }
                }
                Some(_) => e.push(ErrorCode::WrongType, path, "expected an array"),
                None => e.push(ErrorCode::MissingField, path, "memberStates is required"),
            }
            f.finish(&mut e);
        }
    }
    o.finish(&mut e);
    if !e.is_empty() {
        return Err(ErrorReport::new(e.0));
    }
    Ok(Request {
        pool,
        figures,
        provenance,
        state,
        locale,
    })
}

#[cfg(test)]
mod decimal_display_tests {
    use super::*;

    #[test]
    fn decimal_display_pads() {
        for (digits, scale, text) in [
            (5, 0, "5"),
            (5, 3, "0.005"),
            (12345, 2, "123.45"),
            (0, 2, "0.00"),
            (100, 2, "1.00"),
        ] {
            assert_eq!(Decimal { digits, scale }.to_string(), text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(state: &str, population: u64, gdp: &str) -> MemberStateFigures {
        MemberStateFigures {
            state: state.into(),
            population,
            gdp: Decimal::parse(gdp).unwrap(),
        }
    }

    /// Hand computation: P = 100, G = 1000. NL: 50/100 and 100/1000 → key = 0.25 + 0.05 = 0.30;
    /// 30 000 × 0.30 = 9 000 relocations; EUR 600 000 000 × 0.30 = EUR 180 000 000.
    #[test]
    fn three_state_toy_by_hand() {
        let figures = [
            ms("NL", 50, "100"),
            ms("BE", 30, "300"),
            ms("LU", 20, "600"),
        ];
        let k = fair_share(MINIMUM_POOL, &figures, "NL").unwrap();
        assert_eq!(k.key, Fraction::new(3, 10).unwrap());
        assert_eq!(k.key_percent, "30.000000");
        assert_eq!(k.relocations.rounded, "9000");
        assert_eq!(k.eur.rounded, "180000000.00");
        // BE: 0.15 + 0.15 = 0.30; LU: 0.10 + 0.30 = 0.40; the shares add up to 1.
        let be = fair_share(MINIMUM_POOL, &figures, "BE").unwrap();
        let lu = fair_share(MINIMUM_POOL, &figures, "LU").unwrap();
        assert_eq!(be.key, Fraction::new(3, 10).unwrap());
        assert_eq!(lu.key, Fraction::new(2, 5).unwrap());
    }

    /// A key with a remainder: NL 1/3 of population, 1/7 of GDP → key = 1/6 + 1/14 = 10/42 = 5/21.
    /// 30 000 × 5/21 = 7142.857142… → 7143; EUR 600 000 000 × 5/21 = 142 857 142.857142… → .86.
    #[test]
    fn repeating_fraction_is_exact_and_rounding_is_stated() {
        let figures = [ms("NL", 1, "1"), ms("DE", 2, "6")];
        let k = fair_share(MINIMUM_POOL, &figures, "NL").unwrap();
        assert_eq!(k.key, Fraction::new(5, 21).unwrap());
        assert_eq!(k.relocations.exact, Fraction::new(50_000, 7).unwrap());
        assert_eq!(k.relocations.decimal, "7142.857143");
        assert_eq!(k.relocations.rounded, "7143");
        assert_eq!(k.eur.decimal, "142857142.857143");
        assert_eq!(k.eur.rounded, "142857142.86");
        assert_eq!(k.relocations.rounding, RELOCATION_ROUNDING);
    }

    #[test]
    fn decimals_of_different_scale_are_aligned() {
        // GDP 0.5 and 1.25 → 50/175 = 2/7; population equal → 1/2. key = 1/4 + 1/7 = 11/28.
        let figures = [ms("NL", 10, "0.5"), ms("FR", 10, "1.25")];
        let k = fair_share(
            Pool {
                relocations: 28,
                eur: 28,
            },
            &figures,
            "NL",
        )
        .unwrap();
        assert_eq!(k.key, Fraction::new(11, 28).unwrap());
        assert_eq!(k.relocations.rounded, "11");
        assert_eq!(k.gdp.total, "1.75");
    }

    #[test]
    fn half_rounds_up() {
        assert_eq!(Fraction::new(5, 2).unwrap().decimal(0), "3");
        assert_eq!(Fraction::new(1, 8).unwrap().decimal(2), "0.13");
        assert_eq!(Fraction::new(999, 1000).unwrap().decimal(2), "1.00");
        assert_eq!(Fraction::new(1, 3).unwrap().decimal(3), "0.333");
    }

    #[test]
    fn refuses_bad_lists_with_every_problem() {
        let figures = [
            ms("NL", 1, "1"),
            ms("NL", 2, "2"),
            ms("EL", 3, "3"),
            ms("NO", 1, "1"),
        ];
        let err = fair_share(MINIMUM_POOL, &figures, "NL").unwrap_err();
        let paths: Vec<(&str, ErrorCode)> = err
            .errors
            .iter()
            .map(|e| (e.path.as_str(), e.code))
            .collect();
        assert_eq!(
            paths,
            [
                ("/figures/memberStates/1/state", ErrorCode::Inconsistent),
                ("/figures/memberStates/2/state", ErrorCode::InvalidCountry),
                ("/figures/memberStates/3/state", ErrorCode::InvalidCountry),
            ]
        );
        let err = fair_share(MINIMUM_POOL, &[ms("BE", 1, "1")], "NL").unwrap_err();
        assert_eq!(err.errors[0].path, "/state");
        assert_eq!(err.errors[0].code, ErrorCode::Inconsistent);
        let err = fair_share(MINIMUM_POOL, &[ms("NL", 0, "1")], "NL").unwrap_err();
        assert_eq!(err.errors[0].code, ErrorCode::OutOfRange);
    }

    #[test]
    fn decimal_parse() {
        assert_eq!(
            Decimal::parse("1034567.8"),
            Some(Decimal {
                digits: 10_345_678,
                scale: 1
            })
        );
        assert_eq!(Decimal::parse("12"), Some(Decimal::whole(12)));
        assert_eq!(Decimal::parse("1.1234567"), None);
        assert_eq!(Decimal::parse("-1"), None);
        assert_eq!(Decimal::parse("1e5"), None);
        assert_eq!(Decimal::parse(".5"), None);
    }
}
