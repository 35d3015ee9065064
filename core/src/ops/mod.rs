//! Caseload operations (issue #17): the deadline agenda of a caseload and the impact of a change.
