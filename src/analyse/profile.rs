//! What the export's Profile.csv and Education.csv say about its owner.

use crate::dates::PartialDate;

/// What the export's Profile.csv says about its owner. Public profile data.
#[derive(Clone, Debug, Default)]
pub struct ProfileFacts {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub headline: Option<String>,
    pub geo_location: Option<String>,
    pub birth_date: Option<String>,
    /// Education.csv rows that name a secondary school, with their end date (None: no end,
    /// i.e. current). LinkedIn excludes members it believes to be under 18, "e.g. currently
    /// in secondary school".
    pub secondary_schools: Vec<Option<PartialDate>>,
}

/// Secondary-school rows kept from Education.csv (a member has one or two).
pub(super) const MAX_SECONDARY_SCHOOLS: usize = 16;

/// Words in a school or degree name that mean secondary education (folded to lower case,
/// matched as whole words), in the languages of LinkedIn's main markets.
pub(super) const SECONDARY_SCHOOL_WORDS: &[&str] = &[
    "high school",
    "secondary school",
    "secondary education",
    "senior secondary",
    "middle school",
    "sixth form",
    "grammar school",
    "gcse",
    "a levels",
    "a level",
    "lycée",
    "lycee",
    "collège",
    "baccalauréat",
    "gymnasium",
    "realschule",
    "gesamtschule",
    "abitur",
    "liceo",
    "instituto de educación secundaria",
    "educación secundaria",
    "bachillerato",
    "ensino médio",
    "havo",
    "vwo",
];

/// Whether a school or degree name means secondary education.
pub fn is_secondary_school(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    SECONDARY_SCHOOL_WORDS
        .iter()
        .any(|word| padded.contains(&format!(" {word} ")))
}

impl ProfileFacts {
    pub fn full_name(&self) -> Option<String> {
        let name = [self.first_name.as_deref(), self.last_name.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        (!name.is_empty()).then_some(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secondary_schools_are_recognised_in_several_languages() {
        for name in [
            "Lincoln High School",
            "Lycée Victor Hugo",
            "Baccalauréat général",
            "Goethe-Gymnasium",
            "Liceo scientifico Galilei",
            "IES Bachillerato",
            "Sixth Form College",
        ] {
            assert!(is_secondary_school(name), "{name}");
        }
        for name in [
            "Université Lyon 2",
            "Imperial College London",
            "Master of Science",
            "Highschoolers Club",
        ] {
            assert!(!is_secondary_school(name), "{name}");
        }
    }
}
