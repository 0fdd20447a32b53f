//! The objection letter (`--letter PATH`), in plain text and in the report's language, ready to
//! paste into LinkedIn's Data Processing Objection Request form or to send to its Data
//! Protection Officer. Its addressee and the law it invokes follow the member's region (the
//! [`crate::policy::region_rules`]): a GDPR art. 21(1) objection to
//! LinkedIn Ireland in the EU and EEA (and Switzerland, with the FADP beside it), a UK GDPR
//! objection to LinkedIn Corporation in the UK, a withdrawal of consent under PIPEDA (and
//! Québec's private-sector act) or the PDPO in Canada and Hong Kong, and a plain request
//! citing no law elsewhere. Art. 21(1) requires "grounds relating to my particular
//! situation": the letter holds a placeholder paragraph the member fills in, and the tool
//! says so when it writes the letter. It is the only output that carries the member's
//! primary confirmed e-mail address: the member writes it to LinkedIn, and LinkedIn needs it
//! to find the account.

use std::io::{self, Write};

use crate::catalog::Scope;
use crate::disclosure::LetterIdentity;
use crate::i18n::{Arg, Messages};
use crate::member::Member;
use crate::places::Subdivision;
use crate::policy::{self, Law};
use crate::report::Report;
use crate::sanitize;

/// The addressee line: the controller's DPO and postal address, or, with no region, a
/// placeholder naming both controllers.
fn addressee(member: &Member, messages: &Messages) -> String {
    let Some(controller) = member.controller else {
        return messages.get("letter-to-unknown");
    };
    let address = messages.address(controller);
    messages.format("letter-to", &[("address", Arg::Text(&address))])
}

/// The letter's lines, without line ends: the figures from `report`, the writer and their
/// situation from `writer` (what [`crate::disclosure::disclose`] lets the letter say).
pub fn lines(report: &Report, writer: &LetterIdentity, messages: &Messages) -> Vec<String> {
    let member = &writer.member;
    // The letter is the member's own: their name is written even when the reports are
    // redacted. Text from the export is cleaned of control characters first.
    let name = writer
        .name
        .as_deref()
        .map(sanitize::for_report)
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| messages.get("letter-name-missing"));
    let email = writer
        .email
        .as_deref()
        .map(sanitize::for_report)
        .filter(|email| !email.is_empty())
        .unwrap_or_else(|| messages.get("letter-email-missing"));
    let law = member.law.unwrap_or(Law::None);
    let law_id = law.id();
    let today = messages.date(report.generated_on);

    let mut lines = vec![
        name.clone(),
        messages.format("letter-email", &[("email", Arg::Text(&email))]),
        String::new(),
        addressee(member, messages),
        messages.format(
            "letter-via",
            &[
                ("form", Arg::Text(policy::OBJECTION_FORM_URL)),
                ("dpo", Arg::Text(policy::DPO_URL)),
            ],
        ),
        String::new(),
        messages.format("letter-date", &[("date", Arg::Text(&today))]),
        String::new(),
        messages.get(&format!("letter-subject-{law_id}")),
        String::new(),
        messages.format("letter-member", &[("name", Arg::Text(&name))]),
        String::new(),
        messages.get("letter-salutation"),
        String::new(),
        messages.get(&format!("letter-objection-{law_id}")),
    ];
    if law == Law::Pipeda && member.subdivision == Some(Subdivision::Quebec) {
        lines.push(String::new());
        lines.push(messages.get("letter-quebec"));
    }
    lines.push(String::new());
    lines.push(messages.get(if law.gdpr_like() {
        "letter-situation-gdpr"
    } else {
        "letter-situation-other"
    }));

    let found: Vec<_> = report
        .categories_in(Scope::AiTraining)
        .filter(|category| category.ai_training_records > 0)
        .collect();
    if !found.is_empty() {
        lines.push(String::new());
        lines.push(match report.export_date {
            Some(date) => {
                messages.format("letter-found", &[("date", Arg::Text(&messages.date(date)))])
            }
            None => messages.get("letter-found-undated"),
        });
        for category in &found {
            let label = messages.get(&format!("category-{}", category.id.as_str()));
            lines.push(format!(
                "- {}",
                messages.format(
                    "letter-category",
                    &[
                        ("category", Arg::Text(&label)),
                        ("count", Arg::Num(category.ai_training_records)),
                    ],
                )
            ));
        }
        let total: u64 = found.iter().map(|c| c.ai_training_records).sum();
        lines.push(messages.format("letter-total", &[("count", Arg::Num(total))]));
    }

    lines.push(String::new());
    lines.push(messages.get("letter-requests"));
    if law.gdpr_like() {
        lines.extend([
            messages.get("letter-request-stop"),
            messages.get("letter-request-restrict"),
            messages.get("letter-request-confirm"),
        ]);
    } else {
        lines.extend([
            messages.get("letter-request-stop-other"),
            messages.get("letter-request-confirm-other"),
        ]);
    }
    lines.extend([
        String::new(),
        messages.get("letter-closing"),
        String::new(),
        name,
    ]);
    lines
}

/// What the member must do before sending the letter, said when it is written.
pub fn reminders(report: &Report, messages: &Messages) -> Vec<String> {
    let gdpr_like = report.member.law.is_some_and(Law::gdpr_like);
    let mut reminders = vec![messages.get(if gdpr_like {
        "letter-fill-situation"
    } else {
        "letter-fill-reasons"
    })];
    if report.member.region.is_none() {
        reminders.push(messages.get("letter-region-unknown"));
    }
    reminders
}

/// Writes the letter as UTF-8 plain text, one line per line.
pub fn render(
    report: &Report,
    writer: &LetterIdentity,
    messages: &Messages,
    out: &mut dyn Write,
) -> io::Result<()> {
    for line in lines(report, writer, messages) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::{Analysis, ProfileFacts};
    use crate::catalog::{Basis, CategoryId};
    use crate::member::Region;
    use crate::report::CategoryReport;
    use crate::report::build::{ReportContext, build};

    fn category(id: CategoryId, ai: u64) -> CategoryReport {
        CategoryReport {
            id,
            scope: Scope::AiTraining,
            basis: Basis::Stated,
            source: "privacy-notice-eu",
            records: ai,
            ai_training_records: ai,
            unconfirmed_records: 0,
            words: 0,
            others_words: 0,
            before_objection: None,
            after_objection: None,
            hiring_assistant: false,
            first_date: None,
            last_date: None,
            per_year: Default::default(),
            ai_training_per_year: Default::default(),
            unconfirmed_per_year: Default::default(),
            undated: 0,
            visibility: None,
            excerpts: Vec::new(),
        }
    }

    /// A report for a member at `geo` (or in `region`), with three categories found.
    fn sample(
        region: Option<Region>,
        geo: Option<&str>,
        email: Option<&str>,
    ) -> (Report, LetterIdentity) {
        let analysis = Analysis {
            profile: ProfileFacts {
                first_name: Some("Camille".to_owned()),
                last_name: Some("Durand\u{202E}-Lefèvre".to_owned()),
                geo_location: geo.map(str::to_owned),
                ..ProfileFacts::default()
            },
            primary_email: email.map(str::to_owned),
            ..Analysis::default()
        };
        let today = jiff::civil::date(2026, 12, 1);
        let context = ReportContext {
            today,
            language: "en".to_owned(),
            objected_on: None,
            region,
        };
        let mut report = build(&analysis, &context);
        report.export_date = Some(jiff::civil::date(2026, 11, 20));
        report.categories = vec![
            category(CategoryId::Profile, 1),
            category(CategoryId::Posts, 42),
            category(CategoryId::Comments, 12345),
            category(CategoryId::Groups, 0),
        ];
        let writer = LetterIdentity {
            name: analysis.profile.full_name(),
            email: analysis.primary_email.clone(),
            member: report.member.clone(),
        };
        (report, writer)
    }

    fn text(region: Option<Region>, geo: Option<&str>, language: &str) -> String {
        let (report, writer) = sample(region, geo, Some("camille@example.com"));
        lines(&report, &writer, &Messages::new(language)).join("\n")
    }

    #[test]
    fn english_eu_letter_is_complete() {
        let expected = "Camille Durand-Lefèvre
E-mail address of my LinkedIn account: camille@example.com

To: LinkedIn's Data Protection Officer, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland
Sent through the Data Processing Objection Request form (https://www.linkedin.com/help/linkedin/ask/TS-DPRO) or to the Data Protection Officer (https://www.linkedin.com/help/linkedin/ask/TSO-DPO).

Date: 1 December 2026

Subject: Objection to the processing of my personal data (Article 21 GDPR)

Member: Camille Durand-Lefèvre

Dear Data Protection Officer,

I object, under Article 21(1) of the General Data Protection Regulation (GDPR), on grounds relating to my particular situation, to the processing of my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model. LinkedIn bases the training of its generative AI on its legitimate interests (Article 6(1)(f)).

The grounds relating to my particular situation are the following: [Describe here, in a few sentences of your own, why this processing affects you in particular, for example your profession, the confidentiality owed to your clients or employer, or your writing being reused without your name. Replace this paragraph before sending.]

My data export of 20 November 2026 holds the following data within the scope of this processing:
- Profile (headline, summary): 1
- Posts: 42
- Comments: 12,345
In all: 12,388 items.

I therefore ask you:
1. to stop this processing of my personal data, unless you demonstrate compelling legitimate grounds which override my interests, rights and freedoms (Article 21(1));
2. to restrict the processing of my personal data while my objection is being examined (Article 18(1)(d));
3. to confirm to me in writing, within one month of receipt of this request (Article 12(3)), the action taken on it.

Yours faithfully,

Camille Durand-Lefèvre";
        assert_eq!(text(None, Some("Lyon, France"), "en"), expected);
    }

    /// (addressee line, subject line, a sentence of the law's paragraph) per region and
    /// language; and whether the art. 12(3) deadline is there.
    #[test]
    fn each_region_gets_its_controller_address_and_law_in_english_and_french() {
        type Case<'a> = (&'a str, &'a str, [&'a str; 3], bool);
        let cases: &[Case] = &[
            (
                "Copenhagen, Denmark",
                "en",
                [
                    "To: LinkedIn's Data Protection Officer, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland",
                    "Subject: Objection to the processing of my personal data (Article 21 GDPR)",
                    "under Article 21(1) of the General Data Protection Regulation (GDPR), on grounds relating to my particular situation",
                ],
                true,
            ),
            (
                "Copenhague, Danemark",
                "fr",
                [
                    "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Irlande",
                    "Objet\u{202F}: Opposition au traitement de mes données à caractère personnel (article 21 du RGPD)",
                    "Sur le fondement de l'article 21, paragraphe 1, du règlement général sur la protection des données (RGPD), je m'oppose, pour des raisons tenant à ma situation particulière",
                ],
                true,
            ),
            (
                "Zürich, Schweiz",
                "en",
                [
                    "To: LinkedIn's Data Protection Officer, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland",
                    "Subject: Objection to the processing of my personal data (Article 21 GDPR; Swiss FADP)",
                    "Article 30(2)(b) of the Swiss Federal Act on Data Protection (FADP)",
                ],
                true,
            ),
            (
                "Genève, Suisse",
                "fr",
                [
                    "LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Irlande",
                    "Objet\u{202F}: Opposition au traitement de mes données à caractère personnel (article 21 du RGPD\u{202F}; LPD suisse)",
                    "article 30, alinéa 2, lettre b, de la loi fédérale suisse sur la protection des données (LPD)",
                ],
                true,
            ),
            (
                "London, England, United Kingdom",
                "en",
                [
                    "To: LinkedIn's Data Protection Officer, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
                    "Subject: Objection to the processing of my personal data (Article 21 UK GDPR)",
                    "under Article 21(1) of the UK General Data Protection Regulation (UK GDPR)",
                ],
                true,
            ),
            (
                "Londres, Angleterre, Royaume-Uni",
                "fr",
                [
                    "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
                    "Objet\u{202F}: Opposition au traitement de mes données à caractère personnel (article 21 du UK GDPR)",
                    "du règlement général sur la protection des données du Royaume-Uni (UK GDPR)",
                ],
                true,
            ),
            (
                "Toronto, Ontario, Canada",
                "en",
                [
                    "LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
                    "Subject: Withdrawal of my consent to the use of my personal information to train AI (PIPEDA)",
                    "I withdraw my consent, under principle 4.3.8 of Schedule 1 to the Personal Information Protection and Electronic Documents Act (PIPEDA)",
                ],
                false,
            ),
            (
                "Montréal, Québec, Canada",
                "fr",
                [
                    "LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
                    "Objet\u{202F}: Retrait de mon consentement à l'utilisation de mes renseignements personnels pour entraîner l'IA (LPRPDE)",
                    "Résidant au Québec, je retire également ce consentement en vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, telle que modifiée par la Loi 25.",
                ],
                false,
            ),
            (
                "Hong Kong SAR",
                "en",
                [
                    "LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
                    "Subject: Withdrawal of my consent to the use of my personal data to train AI (PDPO)",
                    "Data Protection Principle 3 of the Personal Data (Privacy) Ordinance (Cap. 486)",
                ],
                false,
            ),
            (
                "Hong Kong",
                "fr",
                [
                    "LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
                    "Objet\u{202F}: Retrait de mon consentement à l'utilisation de mes données à caractère personnel pour entraîner l'IA (PDPO)",
                    "principe 3 de protection des données de la Personal Data (Privacy) Ordinance (Cap. 486)",
                ],
                false,
            ),
            (
                "Greater Seattle Area",
                "en",
                [
                    "LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
                    "Subject: Request to stop using my personal data to train AI",
                    "I ask you to stop using my personal data to train LinkedIn's generative artificial intelligence models",
                ],
                false,
            ),
            (
                "Cairo, Egypt",
                "fr",
                [
                    "LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
                    "Objet\u{202F}: Demande de cesser d'utiliser mes données à caractère personnel pour entraîner l'IA",
                    "Je vous demande de cesser d'utiliser mes données à caractère personnel",
                ],
                false,
            ),
        ];
        for (geo, language, expected, deadline) in cases {
            let letter = text(None, Some(geo), language);
            for line in expected {
                assert!(
                    letter.contains(line),
                    "{geo:?} {language}: missing {line:?} in\n{letter}"
                );
            }
            let has_deadline =
                letter.contains("Article 12(3)") || letter.contains("article 12, paragraphe 3");
            assert_eq!(has_deadline, *deadline, "{geo:?} {language}");
            // Only a GDPR-like letter cites GDPR articles; no letter doubles its parentheses.
            if !deadline {
                assert!(
                    !letter.contains("GDPR") && !letter.contains("RGPD"),
                    "{geo:?}\n{letter}"
                );
            }
            let subject = letter
                .lines()
                .find(|line| line.starts_with("Subject") || line.starts_with("Objet"))
                .unwrap_or_default();
            assert!(!subject.contains("))"), "{geo:?}: {subject}");
            assert!(letter.contains('['), "{geo:?}: the situation placeholder");
        }
    }

    #[test]
    fn a_letter_without_region_names_both_controllers_and_the_tool_says_to_fill_it() {
        let (report, writer) = sample(None, Some("Somewhere nice"), None);
        let en = Messages::new("en");
        let letter = lines(&report, &writer, &en).join("\n");
        assert!(letter.contains("[LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland, in the EU, the EEA and Switzerland; LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States, elsewhere: run the tool again with --region]"), "{letter}");
        assert!(letter.contains("Subject: Request to stop using my personal data to train AI"));
        assert!(letter.starts_with("Camille Durand-Lefèvre\nE-mail address of my LinkedIn account: [the e-mail address of your LinkedIn account]\n"));
        assert_eq!(
            reminders(&report, &en),
            [
                "Before sending the letter, replace the paragraph in [square brackets] with a few sentences of your own.",
                "Your region is unknown: the letter is a plain request to an unnamed controller. Run the tool again with --region to get the letter for your region's law.",
            ]
        );
    }

    #[test]
    fn the_french_letter_reads_like_a_french_legal_letter() {
        let letter = text(Some(Region::Eu), Some("Lyon, France"), "fr");
        for expected in [
            "Le 1er décembre 2026",
            "Madame, Monsieur,",
            "L'export de mes données du 20 novembre 2026 contient notamment",
            "- Commentaires\u{202F}: 12\u{202F}345",
            "Soit 12\u{202F}388 éléments au total.",
            "1. de cesser ce traitement de mes données à caractère personnel,",
            "2. d'en limiter le traitement pendant l'examen de mon opposition (article 18, paragraphe 1, point d)\u{202F};",
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nCamille Durand-Lefèvre",
            "Adresse électronique de mon compte LinkedIn\u{202F}: camille@example.com",
        ] {
            assert!(
                letter.contains(expected),
                "missing {expected:?} in\n{letter}"
            );
        }
        assert!(!letter.contains("données personnelles"), "{letter}");
    }
}
