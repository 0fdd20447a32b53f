//! The data protection authorities a member can complain to, as data: LinkedIn's lead
//! authority in the EU/EEA (Ireland's DPC), every EU/EEA national authority, the German Länder
//! authorities (the federal BfDI does not supervise companies, BDSG §40), the region-wide
//! authorities (ICO, OPC, PCPD, FDPIC) and Québec's CAI beside the OPC. Each has its name in
//! English and, where it has an official one, in French (the authorities' own French names
//! for the DPC, the OPC and the FDPIC), its address and the source of both.

use crate::places::{Land, Place, Subdivision};
use crate::policy::Region;

/// A data protection authority.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authority {
    pub name: &'static str,
    /// The official French name, or the name itself when it has none.
    pub name_fr: &'static str,
    pub url: &'static str,
    /// The source id (see [`crate::policy::SOURCES`]) the name and address come from.
    pub source: &'static str,
}

impl Authority {
    pub fn name_in(&self, language: &str) -> &'static str {
        if language == "fr" {
            self.name_fr
        } else {
            self.name
        }
    }
}

const fn authority(name: &'static str, url: &'static str) -> Authority {
    Authority {
        name,
        name_fr: name,
        url,
        source: "authorities",
    }
}

const fn bilingual(name: &'static str, name_fr: &'static str, url: &'static str) -> Authority {
    Authority {
        name,
        name_fr,
        url,
        source: "authorities",
    }
}

/// LinkedIn's lead supervisory authority in the EU/EEA (one-stop shop).
pub const LEAD: Authority = Authority {
    name: "Data Protection Commission (DPC), Ireland",
    name_fr: "Commission de protection des données (DPC), Irlande",
    url: "https://www.dataprotection.ie",
    source: "dpc-ie",
};

pub const ICO: Authority = authority(
    "Information Commissioner's Office (ICO), United Kingdom",
    "https://ico.org.uk",
);
pub const OPC: Authority = bilingual(
    "Office of the Privacy Commissioner of Canada (OPC)",
    "Commissariat à la protection de la vie privée du Canada (CPVP)",
    "https://www.priv.gc.ca",
);
pub const CAI: Authority = bilingual(
    "Commission d'accès à l'information du Québec (CAI)",
    "Commission d'accès à l'information du Québec (CAI)",
    "https://www.cai.gouv.qc.ca",
);
pub const PCPD: Authority = authority(
    "Office of the Privacy Commissioner for Personal Data (PCPD), Hong Kong",
    "https://www.pcpd.org.hk",
);
pub const FDPIC: Authority = bilingual(
    "Federal Data Protection and Information Commissioner (FDPIC), Switzerland",
    "Préposé fédéral à la protection des données et à la transparence (PFPDT), Suisse",
    "https://www.edoeb.admin.ch",
);

/// The national authority of every EU/EEA country but Ireland (whose authority is the lead
/// one, named once) and Germany (whose companies the Länder supervise), by ISO code.
pub const NATIONAL: &[(&str, Authority)] = &[
    (
        "at",
        authority("Datenschutzbehörde (DSB)", "https://www.dsb.gv.at"),
    ),
    (
        "be",
        bilingual(
            "Autorité de protection des données / Gegevensbeschermingsautoriteit",
            "Autorité de protection des données (APD)",
            "https://www.autoriteprotectiondonnees.be",
        ),
    ),
    (
        "bg",
        authority(
            "Commission for Personal Data Protection (CPDP)",
            "https://www.cpdp.bg",
        ),
    ),
    (
        "hr",
        authority(
            "Agencija za zaštitu osobnih podataka (AZOP)",
            "https://azop.hr",
        ),
    ),
    (
        "cy",
        authority(
            "Commissioner for Personal Data Protection",
            "https://www.dataprotection.gov.cy",
        ),
    ),
    (
        "cz",
        authority(
            "Úřad pro ochranu osobních údajů (ÚOOÚ)",
            "https://uoou.gov.cz",
        ),
    ),
    (
        "dk",
        authority("Datatilsynet", "https://www.datatilsynet.dk"),
    ),
    (
        "ee",
        authority("Andmekaitse Inspektsioon (AKI)", "https://www.aki.ee"),
    ),
    (
        "fi",
        authority("Tietosuojavaltuutetun toimisto", "https://tietosuoja.fi"),
    ),
    (
        "fr",
        authority(
            "Commission nationale de l'informatique et des libertés (CNIL)",
            "https://www.cnil.fr",
        ),
    ),
    (
        "gr",
        authority(
            "Hellenic Data Protection Authority (HDPA)",
            "https://www.dpa.gr",
        ),
    ),
    (
        "hu",
        authority(
            "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)",
            "https://naih.hu",
        ),
    ),
    (
        "it",
        authority(
            "Garante per la protezione dei dati personali",
            "https://www.garanteprivacy.it",
        ),
    ),
    (
        "lv",
        authority("Datu valsts inspekcija (DVI)", "https://www.dvi.gov.lv"),
    ),
    (
        "lt",
        authority(
            "Valstybinė duomenų apsaugos inspekcija (VDAI)",
            "https://vdai.lrv.lt",
        ),
    ),
    (
        "lu",
        authority(
            "Commission nationale pour la protection des données (CNPD)",
            "https://cnpd.public.lu",
        ),
    ),
    (
        "mt",
        authority(
            "Information and Data Protection Commissioner (IDPC)",
            "https://idpc.org.mt",
        ),
    ),
    (
        "nl",
        authority(
            "Autoriteit Persoonsgegevens (AP)",
            "https://www.autoriteitpersoonsgegevens.nl",
        ),
    ),
    (
        "pl",
        authority(
            "Urząd Ochrony Danych Osobowych (UODO)",
            "https://uodo.gov.pl",
        ),
    ),
    (
        "pt",
        authority(
            "Comissão Nacional de Proteção de Dados (CNPD)",
            "https://www.cnpd.pt",
        ),
    ),
    (
        "ro",
        authority(
            "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)",
            "https://www.dataprotection.ro",
        ),
    ),
    (
        "sk",
        authority(
            "Úrad na ochranu osobných údajov",
            "https://dataprotection.gov.sk",
        ),
    ),
    (
        "si",
        authority("Informacijski pooblaščenec", "https://www.ip-rs.si"),
    ),
    (
        "es",
        authority(
            "Agencia Española de Protección de Datos (AEPD)",
            "https://www.aepd.es",
        ),
    ),
    (
        "se",
        authority("Integritetsskyddsmyndigheten (IMY)", "https://www.imy.se"),
    ),
    (
        "is",
        authority("Persónuvernd", "https://www.personuvernd.is"),
    ),
    (
        "li",
        authority("Datenschutzstelle", "https://www.datenschutzstelle.li"),
    ),
    (
        "no",
        authority("Datatilsynet", "https://www.datatilsynet.no"),
    ),
];

const fn land_authority(name: &'static str, url: &'static str) -> Authority {
    Authority {
        name,
        name_fr: name,
        url,
        source: "authorities-de",
    }
}

/// The authority supervising companies in each Land, in [`Land`] order (tested).
pub const LANDS: &[(Land, Authority)] = &[
    (
        Land::BadenWuerttemberg,
        land_authority(
            "Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg (LfDI BW)",
            "https://www.baden-wuerttemberg.datenschutz.de",
        ),
    ),
    (
        Land::Bayern,
        land_authority(
            "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
            "https://www.lda.bayern.de",
        ),
    ),
    (
        Land::Berlin,
        land_authority(
            "Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI)",
            "https://www.datenschutz-berlin.de",
        ),
    ),
    (
        Land::Brandenburg,
        land_authority(
            "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg (LDA)",
            "https://www.lda.brandenburg.de",
        ),
    ),
    (
        Land::Bremen,
        land_authority(
            "Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen (LfDI)",
            "https://www.datenschutz.bremen.de",
        ),
    ),
    (
        Land::Hamburg,
        land_authority(
            "Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit (HmbBfDI)",
            "https://datenschutz-hamburg.de",
        ),
    ),
    (
        Land::Hessen,
        land_authority(
            "Hessischer Beauftragter für Datenschutz und Informationsfreiheit (HBDI)",
            "https://datenschutz.hessen.de",
        ),
    ),
    (
        Land::MecklenburgVorpommern,
        land_authority(
            "Landesbeauftragter für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
            "https://www.datenschutz-mv.de",
        ),
    ),
    (
        Land::Niedersachsen,
        land_authority(
            "Landesbeauftragte für den Datenschutz Niedersachsen (LfD)",
            "https://www.lfd.niedersachsen.de",
        ),
    ),
    (
        Land::NordrheinWestfalen,
        land_authority(
            "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW)",
            "https://www.ldi.nrw.de",
        ),
    ),
    (
        Land::RheinlandPfalz,
        land_authority(
            "Landesbeauftragter für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
            "https://www.datenschutz.rlp.de",
        ),
    ),
    (
        Land::Saarland,
        land_authority(
            "Unabhängiges Datenschutzzentrum Saarland",
            "https://www.datenschutz.saarland.de",
        ),
    ),
    (
        Land::Sachsen,
        land_authority(
            "Sächsische Datenschutz- und Transparenzbeauftragte",
            "https://www.datenschutz.sachsen.de",
        ),
    ),
    (
        Land::SachsenAnhalt,
        land_authority(
            "Landesbeauftragter für den Datenschutz Sachsen-Anhalt",
            "https://datenschutz.sachsen-anhalt.de",
        ),
    ),
    (
        Land::SchleswigHolstein,
        land_authority(
            "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)",
            "https://www.datenschutzzentrum.de",
        ),
    ),
    (
        Land::Thueringen,
        land_authority(
            "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit (TLfDI)",
            "https://www.tlfdi.de",
        ),
    ),
];

/// One authority named for the member, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Named {
    pub authority: &'static Authority,
    /// Ireland's DPC, LinkedIn's lead authority in the EU/EEA.
    pub lead: bool,
    /// The country whose authority this is (national and Länder authorities).
    pub country: Option<&'static str>,
    /// The Land or province whose authority this is.
    pub subdivision: Option<Subdivision>,
}

/// The country whose national authority covers a territory ISO lists apart (the French
/// overseas departments and Saint-Martin are France, Åland is Finland).
fn authority_country(code: &str) -> &str {
    match code {
        "gp" | "mq" | "gf" | "re" | "yt" | "mf" => "fr",
        "ax" => "fi",
        other => other,
    }
}

/// The authorities to name: in the EU/EEA, the DPC as lead, then the national authority (in
/// Germany the member's Land authority, or every Land's when the Land is unknown); elsewhere
/// the region's authority, and Québec's CAI beside the OPC. None for the US and other regions.
pub fn for_member(region: Region, place: Option<Place>) -> Vec<Named> {
    let plain = |authority: &'static Authority| Named {
        authority,
        lead: false,
        country: None,
        subdivision: None,
    };
    // The place only counts where it agrees with the region (a member who says they live in
    // the UK is not sent to the CNIL; the EU and the EEA share the GDPR's authorities).
    let place = place.filter(|place| {
        place.country.region == region || (place.country.region.gdpr() && region.gdpr())
    });
    let mut named = Vec::new();
    match region {
        Region::Eu | Region::Eea => {
            named.push(Named {
                lead: true,
                ..plain(&LEAD)
            });
            let Some(place) = place else {
                return named;
            };
            let code = authority_country(place.country.code);
            if code == "de" {
                let country = Some("de");
                match place.subdivision {
                    Some(Subdivision::Land(land)) => {
                        named.extend(LANDS.iter().filter(|(l, _)| *l == land).map(
                            |(_, authority)| Named {
                                country,
                                subdivision: place.subdivision,
                                ..plain(authority)
                            },
                        ));
                    }
                    _ => named.extend(LANDS.iter().map(|(land, authority)| Named {
                        country,
                        subdivision: Some(Subdivision::Land(*land)),
                        ..plain(authority)
                    })),
                }
            } else if let Some((code, authority)) = NATIONAL.iter().find(|(c, _)| *c == code) {
                named.push(Named {
                    country: Some(code),
                    ..plain(authority)
                });
            }
        }
        Region::Ch => named.push(plain(&FDPIC)),
        Region::Uk => named.push(plain(&ICO)),
        Region::Ca => {
            named.push(plain(&OPC));
            if place.and_then(|place| place.subdivision) == Some(Subdivision::Quebec) {
                named.push(Named {
                    subdivision: Some(Subdivision::Quebec),
                    ..plain(&CAI)
                });
            }
        }
        Region::Hk => named.push(plain(&PCPD)),
        Region::Us | Region::Other => {}
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::{self, locate};

    fn urls(region: Region, geo: Option<&str>) -> Vec<&'static str> {
        for_member(region, geo.and_then(locate))
            .iter()
            .map(|named| named.authority.url)
            .collect()
    }

    #[test]
    fn lands_are_listed_in_declaration_order() {
        assert_eq!(LANDS.len(), places::LANDS.len());
        for (index, (land, _)) in LANDS.iter().enumerate() {
            assert_eq!(*land as usize, index);
        }
    }

    #[test]
    fn every_eu_and_eea_country_has_its_authority() {
        for country in places::countries::all()
            .iter()
            .filter(|c| matches!(c.region, Region::Eu | Region::Eea))
        {
            let named = for_member(
                country.region,
                Some(Place {
                    country,
                    subdivision: None,
                }),
            );
            let expected = match authority_country(country.code) {
                "ie" => 1,
                "de" => 1 + 16,
                _ => 2,
            };
            assert_eq!(named.len(), expected, "{}", country.name);
        }
        let all = NATIONAL
            .iter()
            .map(|(_, a)| a)
            .chain(LANDS.iter().map(|(_, a)| a));
        for authority in all {
            assert!(authority.url.starts_with("https://"), "{}", authority.url);
            assert!(crate::policy::source(authority.source).is_some());
        }
    }

    #[test]
    fn germany_names_the_land_authority_never_the_bfdi() {
        assert_eq!(
            urls(Region::Eu, Some("Munich, Bavaria, Germany")),
            ["https://www.dataprotection.ie", "https://www.lda.bayern.de"]
        );
        let all = urls(Region::Eu, Some("Germany"));
        assert_eq!(all.len(), 17);
        assert!(!all.iter().any(|url| url.contains("bfdi")));
    }

    #[test]
    fn quebec_adds_the_cai_beside_the_opc() {
        assert_eq!(
            urls(Region::Ca, Some("Montréal, Québec, Canada")),
            ["https://www.priv.gc.ca", "https://www.cai.gouv.qc.ca"]
        );
        assert_eq!(
            urls(Region::Ca, Some("Toronto, Ontario, Canada")),
            ["https://www.priv.gc.ca"]
        );
        assert_eq!(
            OPC.name_in("fr"),
            "Commissariat à la protection de la vie privée du Canada (CPVP)"
        );
        assert_eq!(
            LEAD.name_in("fr"),
            "Commission de protection des données (DPC), Irlande"
        );
        assert_eq!(
            FDPIC.name_in("fr"),
            "Préposé fédéral à la protection des données et à la transparence (PFPDT), Suisse"
        );
    }

    #[test]
    fn a_flagged_region_ignores_a_place_elsewhere() {
        assert_eq!(
            urls(Region::Uk, Some("Lyon, France")),
            ["https://ico.org.uk"]
        );
        assert_eq!(
            urls(Region::Eu, Some("Lyon, France")),
            ["https://www.dataprotection.ie", "https://www.cnil.fr"]
        );
        assert!(urls(Region::Us, Some("Austin, Texas")).is_empty());
    }
}
