//! Legacy regime (under construction).

use crate::engine::Ctx;

/// Applies the legacy regime.
pub fn assess(_ctx: &mut Ctx) {}
