//! The objection letter (`--letter PATH`): a GDPR article 21 objection to the AI training of
//! the member's data, in plain text and in the report's language, ready to paste into
//! LinkedIn's Data Processing Objection Request form or to send to its Data Protection
//! Officer. It is the only output that carries the member's primary confirmed e-mail
//! address: the member writes it to LinkedIn, and LinkedIn needs it to find the account.

use std::io::{self, Write};

use crate::analyse::Analysis;
use crate::catalog::Scope;
use crate::i18n::{Arg, Messages};
use crate::policy;
use crate::report::Report;
use crate::sanitize;

/// The company and place the reference gives for LinkedIn's Data Protection Officer.
const DPO_COMPANY: &str = "LinkedIn Ireland Unlimited Company";
const DPO_CITY: &str = "Dublin 2";
/// The country of the Data Protection Officer, as a `country-<code>` message.
const DPO_COUNTRY: &str = "ie";

/// The letter's lines, without line ends.
pub fn lines(report: &Report, analysis: &Analysis, messages: &Messages) -> Vec<String> {
    // The letter is the member's own: their name is written even when the reports are
    // redacted. Text from the export is cleaned of control characters first.
    let name = analysis
        .profile
        .full_name()
        .map(|name| sanitize::for_report(&name))
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| messages.get("letter-name-missing"));
    let email = analysis
        .primary_email
        .as_deref()
        .map(sanitize::for_report)
        .filter(|email| !email.is_empty())
        .unwrap_or_else(|| messages.get("letter-email-missing"));
    let law = if report.member.region.as_deref() == Some("uk") {
        "uk"
    } else {
        "gdpr"
    };
    let today = report
        .generated_on
        .parse::<jiff::civil::Date>()
        .map(|date| messages.date(date))
        .unwrap_or_else(|_| report.generated_on.clone());

    let mut lines = vec![
        name.clone(),
        messages.format("letter-email", &[("email", Arg::Text(&email))]),
        String::new(),
        messages.format(
            "letter-to",
            &[
                ("company", Arg::Text(DPO_COMPANY)),
                ("city", Arg::Text(DPO_CITY)),
                (
                    "country",
                    Arg::Text(&messages.get(&format!("country-{DPO_COUNTRY}"))),
                ),
            ],
        ),
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
        messages.format("letter-subject", &[("law", Arg::Text(law))]),
        String::new(),
        messages.format("letter-member", &[("name", Arg::Text(&name))]),
        String::new(),
        messages.get("letter-salutation"),
        String::new(),
        messages.format("letter-objection", &[("law", Arg::Text(law))]),
    ];

    let found: Vec<_> = report
        .categories_in(Scope::AiTraining)
        .filter(|category| category.ai_training_records > 0)
        .collect();
    if !found.is_empty() {
        lines.push(String::new());
        let export_date = report
            .export_date
            .as_deref()
            .and_then(|date| date.parse::<jiff::civil::Date>().ok());
        lines.push(match export_date {
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

    lines.extend([
        String::new(),
        messages.get("letter-requests"),
        messages.get("letter-request-stop"),
        messages.get("letter-request-restrict"),
        messages.get("letter-request-confirm"),
        String::new(),
        messages.get("letter-closing"),
        String::new(),
        name,
    ]);
    lines
}

/// Writes the letter as UTF-8 plain text, one line per line.
pub fn render(
    report: &Report,
    analysis: &Analysis,
    messages: &Messages,
    out: &mut dyn Write,
) -> io::Result<()> {
    for line in lines(report, analysis, messages) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::ProfileFacts;
    use crate::catalog::{Basis, CategoryId};
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
            words: 0,
            first_date: None,
            last_date: None,
            per_year: Default::default(),
            ai_training_per_year: Default::default(),
            undated: 0,
            visibility: None,
            excerpts: Vec::new(),
        }
    }

    fn sample(region: Option<&str>, email: Option<&str>) -> (Report, Analysis) {
        let analysis = Analysis {
            profile: ProfileFacts {
                first_name: Some("Camille".to_owned()),
                last_name: Some("Durand\u{202E}-Lefèvre".to_owned()),
                ..ProfileFacts::default()
            },
            primary_email: email.map(str::to_owned),
            ..Analysis::default()
        };
        let context = ReportContext {
            today: jiff::civil::date(2026, 12, 1),
            language: "en".to_owned(),
            redact: true,
        };
        let mut report = build(&analysis, &context);
        report.export_date = Some("2026-11-20".to_owned());
        report.categories = vec![
            category(CategoryId::Profile, 1),
            category(CategoryId::Posts, 42),
            category(CategoryId::Comments, 12345),
            category(CategoryId::Groups, 0),
        ];
        report.member.region = region.map(str::to_owned);
        (report, analysis)
    }

    #[test]
    fn english_letter_is_complete() {
        let (report, analysis) = sample(Some("eu"), Some("camille@example.com"));
        let text = lines(&report, &analysis, &Messages::new("en")).join("\n");
        let expected = "Camille Durand-Lefèvre
E-mail address of my LinkedIn account: camille@example.com

To: LinkedIn's Data Protection Officer, LinkedIn Ireland Unlimited Company, Dublin 2, Ireland
Sent through the Data Processing Objection Request form (https://www.linkedin.com/help/linkedin/ask/TS-DPRO) or to the Data Protection Officer (https://www.linkedin.com/help/linkedin/ask/TSO-DPO).

Date: 1 December 2026

Subject: Objection to the processing of my personal data (Article 21 GDPR)

Member: Camille Durand-Lefèvre

Dear Data Protection Officer,

I object, under Article 21(1) of the General Data Protection Regulation (GDPR), to the processing of my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model. LinkedIn bases the training of its generative AI on its legitimate interests (Article 6(1)(f)).

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
        assert_eq!(text, expected);
    }

    #[test]
    fn french_letter_reads_like_a_french_legal_letter() {
        let (report, analysis) = sample(Some("eu"), Some("camille@example.com"));
        let text = lines(&report, &analysis, &Messages::new("fr")).join("\n");
        for expected in [
            "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Ireland Unlimited Company, Dublin 2, Irlande",
            "Le 1er décembre 2026",
            "Objet\u{202F}: Opposition au traitement de mes données personnelles (article 21 du RGPD)",
            "Madame, Monsieur,",
            "Sur le fondement de l'article 21, paragraphe 1, du règlement général sur la protection des données (RGPD), je m'oppose",
            "L'export de mes données du 20 novembre 2026 contient notamment",
            "- Commentaires\u{202F}: 12\u{202F}345",
            "Soit 12\u{202F}388 éléments au total.",
            "2. d'en limiter le traitement pendant l'examen de mon opposition (article 18, paragraphe 1, point d)\u{202F};",
            "dans un délai d'un mois à compter de la réception de la présente demande (article 12, paragraphe 3)",
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nCamille Durand-Lefèvre",
            "Adresse électronique de mon compte LinkedIn\u{202F}: camille@example.com",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    #[test]
    fn uk_letter_cites_the_uk_gdpr_and_missing_facts_are_placeholders() {
        let (mut report, mut analysis) = sample(Some("uk"), None);
        analysis.profile = ProfileFacts::default();
        report.export_date = None;
        let text = lines(&report, &analysis, &Messages::new("en")).join("\n");
        assert!(text.contains("(Article 21 UK GDPR)"), "{text}");
        assert!(
            text.contains("Article 21(1) of the UK General Data Protection Regulation (UK GDPR)")
        );
        assert!(text.starts_with("[your name]\nE-mail address of my LinkedIn account: [the e-mail address of your LinkedIn account]\n"));
        assert!(text.contains("My data export holds the following data"));
    }
}
