//! Where a Profile.csv `Geo Location` puts the member: the country (every ISO 3166-1 country
//! and territory, by its English or French name or a common local spelling), and the
//! subdivision that changes which authority hears a complaint (a German Land, Québec).
//!
//! LinkedIn writes locations as `City, Region, Country` in the member's interface language,
//! but also as metropolitan areas without a country (`Greater Seattle Area`, `San Francisco
//! Bay Area`, `Greater Paris Metropolitan Region`, `Paris et périphérie`). The rules, in order:
//! any comma-separated part naming a country, a US state, a German Land or a Canadian
//! province; then a major city (also inside a metropolitan-area name); then an English
//! metropolitan-area name whose city this table does not know is a US metro (LinkedIn's
//! naming for US locations). Nothing else is guessed: the region is then unknown.
//! The geography lives here; what a region means lives in [`crate::policy`] and
//! [`crate::authorities`].

pub mod countries;
mod names;

use names::{
    ALIASES, CANADIAN_PROVINCES, CITIES, METRO_PREFIXES, METRO_SUFFIXES, QUEBEC_CITIES,
    QUEBEC_NAMES, US_STATE_ABBREVIATIONS, US_STATES,
};
pub use names::{LANDS, LandInfo};

use serde::Serialize;

use crate::policy::Region;

/// A country or territory of ISO 3166-1 (a row of `countries.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, lower case.
    pub code: &'static str,
    pub region: Region,
    /// Short English name (the JSON value).
    pub name: &'static str,
    /// Short names by language code, English among them.
    pub names: Vec<(&'static str, &'static str)>,
    /// The ISO names, also recognised.
    pub iso_names: Vec<&'static str>,
}

impl Country {
    /// The name in the member's language, or in English when the table has no column for it.
    pub fn name_in(&self, language: &str) -> &'static str {
        self.names
            .iter()
            .find(|(code, _)| *code == language)
            .map_or(self.name, |(_, name)| *name)
    }
}

/// A German Land: complaints about a company go to the authority of the member's Land
/// (BDSG §40).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Land {
    BadenWuerttemberg,
    Bayern,
    Berlin,
    Brandenburg,
    Bremen,
    Hamburg,
    Hessen,
    MecklenburgVorpommern,
    Niedersachsen,
    NordrheinWestfalen,
    RheinlandPfalz,
    Saarland,
    Sachsen,
    SachsenAnhalt,
    SchleswigHolstein,
    Thueringen,
}

/// A subdivision that changes the authorities to name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subdivision {
    Land(Land),
    Quebec,
}

impl Subdivision {
    /// Its own name (`Bayern`, `Québec`), the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Subdivision::Land(land) => land_info(land).name,
            Subdivision::Quebec => "Québec",
        }
    }

    /// Its ISO 3166-2 code (`DE-BY`, `CA-QC`), also its JSON value.
    pub fn iso(self) -> &'static str {
        match self {
            Subdivision::Land(land) => land_info(land).iso,
            Subdivision::Quebec => "CA-QC",
        }
    }
}

impl Serialize for Subdivision {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.iso())
    }
}

pub fn land_info(land: Land) -> &'static LandInfo {
    // LANDS lists every Land in declaration order (tested).
    &LANDS[land as usize]
}

/// Where the location puts the member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub country: &'static Country,
    pub subdivision: Option<Subdivision>,
}

/// One letter without its accent (Latin letters of the names above).
fn fold_char(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ě' | 'ē' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ł' => "l",
        'ñ' | 'ň' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'š' | 'ś' | 'ș' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ț' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'þ' => "th",
        'ð' => "d",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

/// A place name folded for comparison: lower case, accents removed, dots dropped (`U.S.A.`),
/// other punctuation as spaces (`Royaume-Uni`, `d'Amérique`), white space collapsed.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in crate::sanitize::for_report(text)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c == '.' {
            continue;
        }
        if c.is_alphanumeric() {
            fold_char(c, &mut folded);
        } else {
            folded.push(' ');
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The country with ISO code `code` (lower case).
pub fn country(code: &str) -> Option<&'static Country> {
    let all = countries::all();
    all.binary_search_by(|country| country.code.cmp(code))
        .ok()
        .and_then(|index| all.get(index))
}

/// The country a folded name names: its English, French or ISO names, or an alias.
fn country_named(folded: &str) -> Option<&'static Country> {
    if let Some((code, _)) = ALIASES.iter().find(|(_, names)| names.contains(&folded)) {
        return country(code);
    }
    countries::all().iter().find(|country| {
        country
            .names
            .iter()
            .map(|(_, name)| name)
            .chain(&country.iso_names)
            .any(|name| fold(name) == folded)
    })
}

fn land_named(folded: &str) -> Option<Land> {
    LANDS
        .iter()
        .find(|info| info.names.contains(&folded))
        .map(|info| info.land)
}

fn german_city(folded: &str) -> Option<Land> {
    LANDS
        .iter()
        .find(|info| info.cities.contains(&folded))
        .map(|info| info.land)
}

/// A city of the tables above: its country and subdivision.
fn city(folded: &str) -> Option<Place> {
    if let Some(land) = german_city(folded) {
        return country("de").map(|country| Place {
            country,
            subdivision: Some(Subdivision::Land(land)),
        });
    }
    if QUEBEC_CITIES.contains(&folded) || QUEBEC_NAMES.contains(&folded) {
        return country("ca").map(|country| Place {
            country,
            subdivision: Some(Subdivision::Quebec),
        });
    }
    let (code, _) = CITIES.iter().find(|(_, cities)| cities.contains(&folded))?;
    country(code).map(|country| Place {
        country,
        subdivision: None,
    })
}

/// The city inside a metropolitan-area name, and whether the name had such a marker.
fn metro_core(folded: &str) -> (&str, bool) {
    let mut core = folded;
    let mut marked = false;
    for prefix in METRO_PREFIXES {
        if let Some(rest) = core.strip_prefix(prefix) {
            core = rest;
            marked = true;
        }
    }
    for suffix in METRO_SUFFIXES {
        if let Some(rest) = core.strip_suffix(suffix) {
            core = rest;
            marked = true;
            break;
        }
    }
    (core, marked)
}

/// Whether a folded metropolitan-area name is in LinkedIn's US style (`Greater Boston`,
/// `San Francisco Bay Area`, `New York City Metropolitan Area`, `Dallas-Fort Worth Metroplex`).
fn us_metro_style(folded: &str) -> bool {
    folded.ends_with(" bay area")
        || folded.ends_with(" metroplex")
        || folded.ends_with(" metropolitan area")
        || folded.ends_with(" metro area")
        || folded.starts_with("greater ")
}

/// Where a Geo Location puts the member, if anywhere.
pub fn locate(geo_location: &str) -> Option<Place> {
    let parts: Vec<String> = geo_location
        .split(',')
        .map(fold)
        .filter(|part| !part.is_empty())
        .collect();
    let last = parts.len().checked_sub(1)?;
    let several = parts.len() > 1;
    // A subdivision named by any part: a Land, a German city, Québec.
    let subdivision_in = |code: &str| -> Option<Subdivision> {
        parts.iter().find_map(|part| match code {
            "de" => land_named(part)
                .or_else(|| german_city(part))
                .map(Subdivision::Land),
            "ca" => (QUEBEC_NAMES.contains(&part.as_str())
                || QUEBEC_CITIES.contains(&part.as_str()))
            .then_some(Subdivision::Quebec),
            _ => None,
        })
    };
    let place = |country: &'static Country| Place {
        country,
        subdivision: subdivision_in(country.code),
    };
    for (index, part) in parts.iter().enumerate().rev() {
        if let Some(country) = country_named(part) {
            return Some(place(country));
        }
        let us_abbreviation =
            several && index == last && US_STATE_ABBREVIATIONS.contains(&part.as_str());
        if US_STATES.contains(&part.as_str()) || us_abbreviation {
            return country("us").map(place);
        }
        if land_named(part).is_some() {
            return country("de").map(place);
        }
        if CANADIAN_PROVINCES.contains(&part.as_str()) || QUEBEC_NAMES.contains(&part.as_str()) {
            return country("ca").map(place);
        }
    }
    for part in parts.iter().rev() {
        let (core, _) = metro_core(part);
        if let Some(found) = city(part).or_else(|| city(core)) {
            return Some(found);
        }
    }
    parts
        .iter()
        .any(|part| us_metro_style(part))
        .then(|| country("us").map(place))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(geo: &str) -> Option<&'static str> {
        locate(geo).map(|place| place.country.code)
    }

    #[test]
    fn the_table_is_the_full_iso_list_sorted_and_unique() {
        let codes: Vec<&str> = countries::all().iter().map(|c| c.code).collect();
        let iso: Vec<&str> = countries::ISO_CODES.split(' ').collect();
        assert_eq!(iso.len(), 249);
        assert_eq!(codes, iso);
        for country in countries::all() {
            assert_eq!(self::country(country.code), Some(country));
        }
    }

    #[test]
    fn every_country_is_recognised_by_its_english_and_french_names() {
        for country in countries::all() {
            for name in [country.name, country.name_in("fr")] {
                // A name with a comma is split like a location: its ISO short form is used.
                if name.contains(',') {
                    continue;
                }
                assert_eq!(code(name), Some(country.code), "{name}");
                assert_eq!(
                    code(&format!("Somewhere, {name}")),
                    Some(country.code),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn regions_follow_the_policy_reference() {
        let count = |region: Region| {
            countries::all()
                .iter()
                .filter(|c| c.region == region)
                .count()
        };
        // 27 member states and the 7 parts of them ISO lists apart.
        assert_eq!(count(Region::Eu), 34);
        assert_eq!(count(Region::Eea), 3);
        for (code, region) in [
            ("ch", Region::Ch),
            ("gb", Region::Uk),
            ("ca", Region::Ca),
            ("hk", Region::Hk),
            ("us", Region::Us),
            ("eg", Region::Other),
            ("in", Region::Other),
            ("gg", Region::Other),
            ("gl", Region::Other),
            ("re", Region::Eu),
        ] {
            assert_eq!(country(code).map(|c| c.region), Some(region), "{code}");
        }
    }

    #[test]
    fn locations_name_their_country_in_many_spellings() {
        for (geo, expected) in [
            ("Lyon, Auvergne-Rhône-Alpes, France", "fr"),
            ("Berlin, Allemagne", "de"),
            ("Köln, Nordrhein-Westfalen, Deutschland", "de"),
            ("Madrid, Comunidad de Madrid, España", "es"),
            ("Milano, Lombardia, Italia", "it"),
            ("Utrecht, Nederland", "nl"),
            ("Zürich, Schweiz", "ch"),
            ("Lausanne, Vaud, Suisse", "ch"),
            ("Lugano, Ticino, Svizzera", "ch"),
            ("İstanbul, Türkiye", "tr"),
            ("Cairo, Egypt", "eg"),
            ("Le Caire, Égypte", "eg"),
            ("Bengaluru, Karnataka, India", "in"),
            ("Londres, Angleterre, Royaume-Uni", "gb"),
            ("Boston, MA, U.S.A.", "us"),
            ("New York, New York, États-Unis", "us"),
            ("Hong Kong SAR", "hk"),
            ("Saint-Denis, La Réunion", "re"),
            ("Seoul, South Korea", "kr"),
            ("Moscow, Russia", "ru"),
            ("Prague, Tchéquie", "cz"),
            ("Lyon, France, Mars", "fr"),
            ("Georgia", "ge"),
        ] {
            assert_eq!(code(geo), Some(expected), "{geo}");
        }
    }

    #[test]
    fn us_metro_areas_and_states_are_the_us() {
        for geo in [
            "San Francisco Bay Area",
            "Greater Seattle Area",
            "New York City Metropolitan Area",
            "Dallas-Fort Worth Metroplex",
            "Greater Boston",
            "Austin, Texas",
            "Portland, OR",
            "Atlanta Metropolitan Area",
        ] {
            assert_eq!(code(geo), Some("us"), "{geo}");
        }
    }

    #[test]
    fn metro_areas_of_known_cities_are_their_country() {
        for (geo, expected) in [
            ("Greater Paris Metropolitan Region", "fr"),
            ("Paris et périphérie", "fr"),
            ("Greater Lyon Area", "fr"),
            ("Greater Madrid Metropolitan Area", "es"),
            ("Greater Toronto Area", "ca"),
            ("Greater Munich Metropolitan Area", "de"),
            ("Mumbai Metropolitan Region", "in"),
            ("Greater Cairo", "eg"),
        ] {
            assert_eq!(code(geo), Some(expected), "{geo}");
        }
    }

    #[test]
    fn nothing_placeable_is_unknown() {
        for geo in ["", " , ", "Remote", "Earth", "Somewhere nice", "Mars"] {
            assert_eq!(code(geo), None, "{geo}");
        }
    }

    #[test]
    fn german_lands_come_from_the_land_or_a_major_city() {
        let land = |geo: &str| match locate(geo).and_then(|place| place.subdivision) {
            Some(Subdivision::Land(land)) => Some(land_info(land).iso),
            _ => None,
        };
        assert_eq!(land("Munich, Bavaria, Germany"), Some("DE-BY"));
        assert_eq!(land("Nürnberg, Bayern, Deutschland"), Some("DE-BY"));
        assert_eq!(land("Hamburg, Germany"), Some("DE-HH"));
        assert_eq!(land("Frankfurt am Main, Hesse, Allemagne"), Some("DE-HE"));
        assert_eq!(land("Greater Munich Metropolitan Area"), Some("DE-BY"));
        assert_eq!(land("Bavaria"), Some("DE-BY"));
        assert_eq!(land("Germany"), None);
        assert_eq!(land("Kleinstadt, Germany"), None);
        for (index, info) in LANDS.iter().enumerate() {
            assert_eq!(info.land as usize, index, "{}", info.name);
        }
    }

    #[test]
    fn quebec_is_found_by_name_or_city() {
        let quebec = |geo: &str| locate(geo).and_then(|place| place.subdivision);
        assert_eq!(
            quebec("Montréal, Québec, Canada"),
            Some(Subdivision::Quebec)
        );
        assert_eq!(quebec("Montreal, Quebec"), Some(Subdivision::Quebec));
        assert_eq!(
            quebec("Greater Montreal Metropolitan Area"),
            Some(Subdivision::Quebec)
        );
        assert_eq!(quebec("Toronto, Ontario, Canada"), None);
        assert_eq!(code("Toronto, Ontario"), Some("ca"));
    }
}
