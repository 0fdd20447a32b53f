//! The table of countries and territories, `countries.tsv` (see its header for the columns
//! and the regions), read once at first use. The table is data a maintainer edits: a new
//! country name, a region change or a new language's names are an edit there, not here.

use std::sync::OnceLock;

use super::Country;
use crate::policy::Region;

const TABLE: &str = include_str!("countries.tsv");

/// Every row of the table, in its order (sorted by code). A row that does not parse is left
/// out; the tests make sure none is.
pub fn all() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| parse(TABLE))
}

fn parse(table: &'static str) -> Vec<Country> {
    let mut lines = table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty());
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let columns: Vec<&'static str> = header.split('\t').collect();
    lines.filter_map(|line| row(&columns, line)).collect()
}

fn row(columns: &[&'static str], line: &'static str) -> Option<Country> {
    let cells: Vec<&'static str> = line.split('\t').collect();
    if cells.len() != columns.len() {
        return None;
    }
    let mut country = Country {
        code: "",
        region: Region::Other,
        name: "",
        names: Vec::new(),
        iso_names: Vec::new(),
    };
    for (column, cell) in columns.iter().zip(cells) {
        match *column {
            "code" => country.code = cell,
            "region" => country.region = Region::parse(cell)?,
            column if column.starts_with("iso-") => country.iso_names.push(cell),
            language => country.names.push((language, cell)),
        }
    }
    country.name = country
        .names
        .iter()
        .find(|(language, _)| *language == "en")
        .map(|(_, name)| *name)?;
    (!country.code.is_empty()).then_some(country)
}

#[cfg(test)]
pub const ISO_CODES: &str = "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses() {
        let rows = TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .count();
        // The header and one row per country.
        assert_eq!(all().len() + 1, rows);
        assert!(
            all()
                .iter()
                .all(|c| c.names.len() == 2 && c.iso_names.len() == 2)
        );
    }
}
