//! A Member State's fair share of the Annual Solidarity Pool (AMMR art. 12(2), 66, Annex I):
//! the rule is `law::solidarity`; this is its JSON entry point.

use super::JsonOutput;
use crate::law::solidarity::{decode_request, Request};

/// Bytes in, JSON out: a `SolidarityRequest` (docs/solidarity.md) in; a `Share` (`ok: true`)
/// or an ErrorReport (`ok: false`) out.
pub fn solidarity_json(bytes: &[u8]) -> JsonOutput {
    super::to_output(&decode_request(bytes).and_then(Request::answer))
}
