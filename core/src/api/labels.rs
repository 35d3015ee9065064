//! Words for every id of the contract, in the caller's language (the web form's `labels`).

use crate::explain::Locale;

/// The words for every id of the contract a form shows, in `locale`: one JSON object of groups
/// of id → words ([`crate::labels::labels_json`]).
pub fn labels_json(locale: Locale) -> String {
    crate::labels::labels_json(locale)
}
