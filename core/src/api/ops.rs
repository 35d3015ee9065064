//! Caseload operations for in-memory surfaces: the deadline agenda of a list of cases and the
//! impact of a change of parameters ([`crate::ops`]; the CLI streams the same rows).

pub use crate::ops::agenda::agenda_json;
pub use crate::ops::impact::impact_json;
