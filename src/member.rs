//! STUB (temporary): the member helper replaces this file. What the export says about its
//! owner that changes the verdict: region (flag or Profile.csv Geo Location) and age.

use crate::analyse::ProfileFacts;
use crate::report::Member;

/// Where the member lives, as far as LinkedIn's AI-training rules go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Eu,
    Eea,
    Ch,
    Uk,
    Ca,
    Hk,
    Us,
    Other,
}

/// The member's situation, from the flag or the profile.
pub fn assess(profile: &ProfileFacts, region: Option<Region>, today: jiff::civil::Date) -> Member {
    let _ = (profile, region, today);
    Member {
        region_source: "unknown".to_owned(),
        ..Member::default()
    }
}
