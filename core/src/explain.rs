//! Explanations: every conclusion the engine draws records the rule that drew it, the legal basis
//! (act, article, ELI or BWB URI) and a text in Dutch and English. Notes flag an interpretation
//! the engine takes where the law is ambiguous, or an assumption about an unknown fact.
//!
//! Design (after RegelRecht's traces and receipts): a rule never produces a bare value; it
//! produces a value *and* an [`Explanation`], so a decision letter can quote the article.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Language of the texts in an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Locale {
    /// Dutch (the default).
    #[default]
    Nl,
    /// English.
    En,
}

/// A legal basis: the act, the article (with paragraph and point) and a resolvable URI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Basis {
    /// Short name of the act: "APR", "AMMR", "SR", "RBPR", "EDR", "RCD", "CFR", "PR", "D3",
    /// "Vw", "Vw-old", "Vb-old", "Atw", "Awb", or the title of a decree.
    pub act: Cow<'static, str>,
    /// Article, paragraph and point, e.g. "27(1)" or "42(1)(c)".
    pub article: Cow<'static, str>,
    /// ELI (EU acts) or BWB (Dutch acts) URI of the act.
    pub uri: Cow<'static, str>,
}

impl Basis {
    /// A basis with static strings (the usual case: citations are part of the rule).
    pub const fn new(act: &'static str, article: &'static str, uri: &'static str) -> Self {
        Basis {
            act: Cow::Borrowed(act),
            article: Cow::Borrowed(article),
            uri: Cow::Borrowed(uri),
        }
    }
}

/// ELI and BWB URIs of the acts the engine applies.
pub mod uri {
    /// Reg. (EU) 2024/1348, Asylum Procedure Regulation.
    pub const APR: &str = "http://data.europa.eu/eli/reg/2024/1348/oj";
    /// Reg. (EU) 2024/1351, Asylum and Migration Management Regulation.
    pub const AMMR: &str = "http://data.europa.eu/eli/reg/2024/1351/oj";
    /// Reg. (EU) 2024/1356, Screening Regulation.
    pub const SR: &str = "http://data.europa.eu/eli/reg/2024/1356/oj";
    /// Reg. (EU) 2024/1349, Return Border Procedure Regulation.
    pub const RBPR: &str = "http://data.europa.eu/eli/reg/2024/1349/oj";
    /// Reg. (EU) 2024/1358, Eurodac Regulation.
    pub const EDR: &str = "http://data.europa.eu/eli/reg/2024/1358/oj";
    /// Dir. (EU) 2024/1346, Reception Conditions Directive (recast).
    pub const RCD: &str = "http://data.europa.eu/eli/dir/2024/1346/oj";
    /// Reg. (EU) 2024/1359, Crisis and Force Majeure Regulation.
    pub const CFR: &str = "http://data.europa.eu/eli/reg/2024/1359/oj";
    /// Reg. (EEC, Euratom) 1182/71, periods, dates and time limits.
    pub const PR: &str = "http://data.europa.eu/eli/reg/1971/1182/oj";
    /// Reg. (EU) 604/2013, Dublin III.
    pub const D3: &str = "http://data.europa.eu/eli/reg/2013/604/oj";
    /// Dir. 2013/32/EU, Asylum Procedures Directive (recast).
    pub const APD: &str = "http://data.europa.eu/eli/dir/2013/32/oj";
    /// Reg. (EU) 603/2013, Eurodac (old).
    pub const EURODAC_OLD: &str = "http://data.europa.eu/eli/reg/2013/603/oj";
    /// Reg. (EU) 2024/1347, Qualification Regulation.
    pub const QR: &str = "http://data.europa.eu/eli/reg/2024/1347/oj";
    /// Vreemdelingenwet 2000.
    pub const VW: &str = "https://wetten.overheid.nl/BWBR0011823";
    /// Vreemdelingenwet 2000, text in force until 11-06-2026.
    pub const VW_OLD: &str = "https://wetten.overheid.nl/BWBR0011823/2026-02-28";
    /// Vreemdelingenwet 2000, text in force from 12-06-2026.
    pub const VW_NEW: &str = "https://wetten.overheid.nl/BWBR0011823/2026-06-12";
    /// Vreemdelingenbesluit 2000, text in force until 11-06-2026.
    pub const VB_OLD: &str = "https://wetten.overheid.nl/BWBR0011825/2026-01-01";
    /// Vreemdelingenbesluit 2000, text in force from 12-06-2026.
    pub const VB_NEW: &str = "https://wetten.overheid.nl/BWBR0011825/2026-06-12";
    /// Algemene termijnenwet.
    pub const ATW: &str = "https://wetten.overheid.nl/BWBR0002448";
    /// Algemene wet bestuursrecht.
    pub const AWB: &str = "https://wetten.overheid.nl/BWBR0005537";
    /// Regeling verstrekkingen asielzoekers en andere categorieën vreemdelingen 2005.
    pub const RVA: &str = "https://wetten.overheid.nl/BWBR0017959";
    /// Besluit van 30 januari 2013 (Koningsdag), Stcrt. 2013, 4075.
    pub const KONINGSDAG: &str = "https://zoek.officielebekendmakingen.nl/stcrt-2013-4075.html";
}

/// A text in the assessment's language.
///
/// Rules write every text in Dutch and English side by side with [`text!`](crate::text), which
/// evaluates (formats) only the language the assessment asks for: the other is never built. A
/// fixed text is borrowed, not copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(Cow<'static, str>);

impl Text {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, owned or borrowed as it was built.
    pub fn into_cow(self) -> Cow<'static, str> {
        self.0
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Self {
        Text(Cow::Borrowed(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Cow::Owned(s))
    }
}

impl From<Cow<'static, str>> for Text {
    fn from(s: Cow<'static, str>) -> Self {
        Text(s)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `text!(locale, dutch, english)`: the text in `locale`'s language. Only the expression for
/// that language is evaluated, so a `format!` in the other language costs nothing.
#[macro_export]
macro_rules! text {
    ($locale:expr, $nl:expr, $en:expr $(,)?) => {
        match $locale {
            $crate::explain::Locale::Nl => $crate::explain::Text::from($nl),
            $crate::explain::Locale::En => $crate::explain::Text::from($en),
        }
    };
}

/// One conclusion with the rule that drew it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Explanation {
    /// Stable rule id, e.g. "regime.lodgedOnOrAfterCutover".
    pub rule: Cow<'static, str>,
    /// The conclusion in words, in the assessment's language.
    pub text: Cow<'static, str>,
    /// Where the law says so. Never empty.
    pub basis: Vec<Basis>,
}

/// Kind of a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum NoteKind {
    /// The law is ambiguous; the engine takes the interpretation named in RULES.md.
    Interpretation,
    /// The engine assumed something about an unknown or unpublished fact (e.g. that no equated
    /// holiday has been decreed for a year without a decree).
    Assumption,
    /// Information for the caseworker that does not change a conclusion.
    Info,
}

/// A note on an interpretation or an assumption.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
pub struct Note {
    /// What kind of note.
    pub kind: NoteKind,
    /// The note in the assessment's language.
    pub text: Cow<'static, str>,
    /// The provisions the note is about.
    pub basis: Vec<Basis>,
}
