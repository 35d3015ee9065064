//! The law, one module per instrument or topic, one function per provision.
//!
//! Flow: [`transition`] decides the regime; the pact regime then runs crisis (CFR), screening
//! (SR), procedure choice (APR), the access limits (APR 27–28), Eurodac (EDR), reception (RCD),
//! the examination limits (APR 35, Vw-new 3(6), APR 51), responsibility (AMMR / Dublin III),
//! appeal (Vw-new 69) and the return border procedure (RBPR); the legacy regime runs
//! [`legacy`] (Vw-old, Vb-old) with Dublin III.

pub mod access;
pub mod appeal;
pub mod application;
pub mod crisis;
pub mod eurodac;
pub mod examination;
pub mod legacy;
pub mod procedure;
pub mod reception;
pub mod responsibility;
pub mod return_border;
pub mod screening;
pub mod solidarity;
pub mod transition;

use crate::contract::ProcedureRegime;
use crate::engine::Ctx;

/// Runs every rule that applies to the case.
pub fn assess(ctx: &mut Ctx) {
    transition::assess(ctx);
    match ctx.regime.procedure {
        Some(ProcedureRegime::Pact) => assess_pact(ctx),
        Some(ProcedureRegime::Legacy) => legacy::assess(ctx),
        None => {}
    }
}

/// The pact regime (APR, Vw-new), in the order the chain works.
fn assess_pact(ctx: &mut Ctx) {
    crisis::assess(ctx);
    screening::assess(ctx);
    procedure::assess(ctx);
    access::assess(ctx);
    eurodac::assess(ctx);
    reception::assess(ctx);
    examination::assess(ctx);
    responsibility::assess(ctx);
    appeal::assess(ctx);
    return_border::assess(ctx);
}
