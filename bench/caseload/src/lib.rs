//! A realistic caseload of the Dutch asylum chain as JSON Lines of Cases (CONTRACT.md), seeded
//! and reproducible: the same seed and size give the same bytes. Used by the `caseload` binary,
//! the CLI's tests and the benchmarks. The frequencies and their sources are in `README.md`.

use chrono::{Duration, NaiveDate};
use rand::distributions::{Distribution, WeightedIndex};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};

/// Nationalities of first asylum applications in NL with their approximate shares (per cent
/// of first applications, IND/CBS 2023–2024, rounded; "other" spread over the remaining codes).
const NATIONALITIES: &[(&str, u32)] = &[
    ("SYR", 30),
    ("ERI", 7),
    ("TUR", 8),
    ("AFG", 7),
    ("YEM", 5),
    ("SOM", 4),
    ("IRQ", 4),
    ("IRN", 3),
    ("MAR", 3), // safe country of origin (NL list)
    ("DZA", 2), // safe country of origin (NL list)
    ("COL", 2), // APR Annex II
    ("BGD", 1), // APR Annex II
    ("EGY", 1), // APR Annex II
    ("GEO", 1),
    ("NGA", 2),
    ("SDN", 3),
    ("ETH", 2),
    ("XXA", 2), // stateless
    ("PAK", 2),
    ("UKR", 1),
    ("TUN", 1),
    ("IND", 1),
    ("COD", 2),
    ("GIN", 2),
    ("LBY", 2),
    ("VEN", 2),
];

/// Stages of a pact case (lodged from 12-06-2026) in the stock on a given day, per cent.
const PACT_STAGES: &[(Stage, u32)] = &[
    (Stage::Screening, 4),
    (Stage::Registered, 8),
    (Stage::Lodged, 38),
    (Stage::Decided, 25),
    (Stage::Dublin, 18),
    (Stage::Appealed, 7),
];

/// Stages of a legacy case (lodged before 12-06-2026) still in the stock, per cent.
const LEGACY_STAGES: &[(Stage, u32)] = &[
    (Stage::Registered, 2),
    (Stage::Lodged, 55),
    (Stage::Decided, 28),
    (Stage::Dublin, 8),
    (Stage::Appealed, 7),
];

/// Share of legacy cases in the caseload, per cent (the old-procedure stock, a backlog of
/// roughly 40 000 awaiting a first decision, against some 20 000 pact cases by late 2026).
const LEGACY_SHARE: u32 = 45;
/// Share of applications made at the external border (Schiphol), per cent.
const BORDER_SHARE: u32 = 4;
/// Share of unaccompanied minors among first applications, per cent.
const UAM_SHARE: u32 = 9;
/// Share of families with minor children, per cent.
const FAMILY_SHARE: u32 = 25;
/// Share of detained applicants, per cent.
const DETAINED_SHARE: u32 = 2;
/// Share of subsequent applications, per cent.
const SUBSEQUENT_SHARE: u32 = 6;
/// Registrations within the legal limit, per cent (the rest up to three weeks late).
const REGISTERED_IN_TIME: u32 = 85;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Screening,
    Registered,
    Lodged,
    Decided,
    Dublin,
    Appealed,
}

/// The generator.
pub struct Gen {
    rng: ChaCha8Rng,
    nat: WeightedIndex<u32>,
    pact: WeightedIndex<u32>,
    legacy: WeightedIndex<u32>,
}

fn day(d: NaiveDate) -> Value {
    Value::from(d.format("%Y-%m-%d").to_string())
}

fn instant(d: NaiveDate, hour: u32) -> Value {
    // Amsterdam offset: summer time from the last Sunday of March to the last of October,
    // approximated by months 4–10 (the generator only needs plausible instants).
    let off = if (4..=10).contains(&chrono::Datelike::month(&d)) {
        "+02:00"
    } else {
        "+01:00"
    };
    Value::from(format!("{}T{hour:02}:00:00{off}", d.format("%Y-%m-%d")))
}

impl Gen {
    fn pct(&mut self, p: u32) -> bool {
        self.rng.gen_range(0..100) < p
    }

    fn days(&mut self, lo: i64, hi: i64) -> Duration {
        Duration::days(self.rng.gen_range(lo..=hi))
    }

    /// Case number `n` (0-based), before [`snapshot`].
    pub fn case(&mut self, n: u64) -> Value {
        let legacy = self.pct(LEGACY_SHARE);
        let stage = if legacy {
            LEGACY_STAGES[self.legacy.sample(&mut self.rng)].0
        } else {
            PACT_STAGES[self.pact.sample(&mut self.rng)].0
        };
        let (start, span) = if legacy {
            (NaiveDate::from_ymd_opt(2025, 1, 2), 520)
        } else {
            (NaiveDate::from_ymd_opt(2026, 6, 12), 170)
        };
        let start = start.unwrap_or_default();
        let nationality = NATIONALITIES[self.nat.sample(&mut self.rng)].0;
        let border = self.pct(BORDER_SHARE);
        let uam = self.pct(UAM_SHARE);
        let family = !uam && self.pct(FAMILY_SHARE);
        let detained = self.pct(DETAINED_SHARE);
        let age = if uam {
            self.rng.gen_range(12..18)
        } else {
            self.rng.gen_range(18..60)
        };
        let made = start + self.days(0, span);
        let birth = made - Duration::days(365 * age + self.rng.gen_range(0..365));
        let registered = made
            + if self.pct(REGISTERED_IN_TIME) {
                self.days(0, 4)
            } else {
                self.days(6, 21)
            };
        // Lodged within 21 days mostly; legacy cases: lodged at the registration, as then.
        let lodged = if legacy {
            registered
        } else {
            registered
                + if self.pct(90) {
                    self.days(1, 20)
                } else {
                    self.days(22, 40)
                }
        };

        let mut application = Map::new();
        application.insert("madeAt".into(), day(made));
        application.insert(
            "situation".into(),
            Value::from(if border {
                "borderCrossingPoint"
            } else {
                "territory"
            }),
        );
        if border {
            application.insert("borderLocation".into(), Value::from("schiphol"));
        }
        application.insert("detained".into(), Value::from(detained));
        application.insert("subsequent".into(), Value::from(self.pct(SUBSEQUENT_SHARE)));
        application.insert("madeToOtherAuthority".into(), Value::from(false));

        let mut screening = Map::new();
        if !legacy {
            screening.insert("apprehendedAt".into(), instant(made, 10));
            screening.insert("previouslyScreened".into(), Value::from(false));
            screening.insert("enteredLawfully".into(), Value::from(self.pct(10)));
            screening.insert("stayedAtBorderOver72h".into(), Value::from(false));
            if stage != Stage::Screening {
                let done = made + self.days(1, 6);
                screening.insert("formCompletedAt".into(), instant(done, 15));
                screening.insert("biometricsTakenAt".into(), instant(made, 12));
            }
        }
        if stage != Stage::Screening {
            application.insert("registeredAt".into(), day(registered));
        }
        let lodged_known = !matches!(stage, Stage::Screening | Stage::Registered);
        if lodged_known {
            application.insert("lodgedAt".into(), day(lodged));
        }

        let mut dublin = Map::new();
        dublin.insert(
            "otherMemberStateResponsible".into(),
            Value::from(stage == Stage::Dublin),
        );
        if stage == Stage::Dublin {
            let take_back = self.pct(60);
            dublin.insert(
                "requestType".into(),
                Value::from(if take_back { "takeBack" } else { "takeCharge" }),
            );
            let ms = ["DE", "BE", "FR", "IT", "AT", "ES"][self.rng.gen_range(0..6)];
            dublin.insert("memberState".into(), Value::from(ms));
            let hit = registered + self.days(0, 2);
            dublin.insert("eurodacHitAt".into(), day(hit));
            if self.pct(80) {
                let sent = hit + self.days(3, 20);
                dublin.insert("requestSentAt".into(), day(sent));
                if self.pct(70) {
                    let accepted = sent + self.days(5, 40);
                    dublin.insert("acceptedAt".into(), day(accepted));
                    if self.pct(70) {
                        dublin.insert(
                            "transferDecisionNotifiedAt".into(),
                            day(accepted + self.days(3, 20)),
                        );
                    }
                }
            }
            dublin.insert("imprisoned".into(), Value::from(false));
            dublin.insert("absconded".into(), Value::from(self.pct(15)));
        }

        let mut decision = Map::new();
        if matches!(stage, Stage::Decided | Stage::Appealed) {
            let months = if legacy {
                self.days(90, 420)
            } else {
                self.days(20, 160)
            };
            let notified = lodged + months;
            let kinds: &[&str] = if stage == Stage::Appealed {
                &["unfounded", "manifestlyUnfounded", "inadmissible"]
            } else {
                &[
                    "refugeeStatus",
                    "subsidiaryProtection",
                    "unfounded",
                    "manifestlyUnfounded",
                ]
            };
            decision.insert(
                "kind".into(),
                Value::from(kinds[self.rng.gen_range(0..kinds.len())]),
            );
            decision.insert("notifiedAt".into(), day(notified));
            if legacy {
                decision.insert("inGeneralProcedure".into(), Value::from(self.pct(30)));
            }
        }

        let mut legacy_facts = Map::new();
        if legacy && lodged_known {
            let intake = registered + self.days(1, 5);
            legacy_facts.insert("intakeInterviewEndedAt".into(), day(intake));
            legacy_facts.insert("nuisance".into(), Value::from(false));
            legacy_facts.insert("suspectedFalseIdentity".into(), Value::from(false));
            legacy_facts.insert("protectionElsewhere".into(), Value::from(false));
            legacy_facts.insert("euNational".into(), Value::from(false));
            if self.pct(60) {
                legacy_facts.insert(
                    "generalProcedureStartedAt".into(),
                    day(intake + self.days(7, 200)),
                );
            }
            if border {
                legacy_facts.insert("borderNotifiedAt".into(), day(made));
            }
        }

        let mut case = json!({
            "schemaVersion": 1,
            "caseId": format!("NL-{:08}", n + 1),
            "applicant": {
                "dateOfBirth": day(birth),
                "nationality": nationality,
                "unaccompaniedMinor": uam,
                "familyWithMinors": family,
                "borderSupportUnavailable": false,
                "medicalReasonsAgainstBorder": false,
                "detentionGuaranteesUnmet": false
            },
            "application": application,
            "grounds": {
                "irrelevantIssuesOnly": false,
                "inconsistentStatements": self.pct(5),
                "misledAuthorities": self.pct(3),
                "delayRemovalOnly": false,
                "dangerToSecurityOrPublicOrder": self.pct(1),
                "subsequentNotInadmissible": false,
                "irregularEntryNoPromptApplication": false,
                "lawfulEntryNoPromptApplication": false,
                "inadmissible": false
            },
            "dublin": dublin,
        });
        if let Some(o) = case.as_object_mut() {
            if !screening.is_empty() {
                o.insert("screening".into(), Value::Object(screening));
            }
            if !decision.is_empty() {
                o.insert("decision".into(), Value::Object(decision));
            }
            if !legacy_facts.is_empty() {
                o.insert("legacy".into(), Value::Object(legacy_facts));
            }
        }
        case
    }
}

/// The day of the stock: the caseload is a snapshot of the cases open or decided up to it, so
/// no recorded fact lies after it.
const STOCK_DAY: &str = "2026-12-01";

/// Removes every recorded moment after [`STOCK_DAY`] (a decision or a Dublin reply that would
/// come later has not happened yet in the snapshot).
pub fn snapshot(v: &mut Value) {
    if let Value::Object(o) = v {
        o.retain(|_, x| match x {
            Value::String(s) if s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') => {
                s.get(..10).is_some_and(|d| d <= STOCK_DAY) || s.starts_with("19")
            }
            _ => true,
        });
        for x in o.values_mut() {
            snapshot(x);
        }
    }
}

fn weights<T>(table: &[(T, u32)]) -> Option<WeightedIndex<u32>> {
    WeightedIndex::new(table.iter().map(|(_, w)| *w)).ok()
}

impl Gen {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Option<Gen> {
        Some(Gen {
            rng: ChaCha8Rng::seed_from_u64(seed),
            nat: weights(NATIONALITIES)?,
            pact: weights(PACT_STAGES)?,
            legacy: weights(LEGACY_STAGES)?,
        })
    }

    /// The next case of the caseload, numbered `n`, as of the stock day.
    pub fn next_case(&mut self, n: u64) -> Value {
        let mut case = self.case(n);
        snapshot(&mut case);
        case
    }
}

/// `cases` cases of the caseload of `seed`, one JSON text per case.
pub fn generate(seed: u64, cases: u64) -> Vec<String> {
    let Some(mut g) = Gen::new(seed) else {
        return Vec::new();
    };
    (0..cases).map(|n| g.next_case(n).to_string()).collect()
}
