//! (under construction)

use crate::engine::Ctx;

/// Applies this module's provisions to the case.
pub fn assess(_ctx: &mut Ctx) {}
