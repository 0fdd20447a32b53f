//! The file catalog: which export file belongs to which category, whether LinkedIn's
//! content-generating AI trains on it (scope), on what evidence (basis), and which columns
//! carry dates, the member's own words and links. This table is the one place these facts
//! live; the analyser only interprets it.

use serde::Serialize;

/// Whether LinkedIn's content-generating AI is trained on a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    AiTraining,
    NotUsed,
}

/// The evidence behind a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Named in LinkedIn's privacy notice as used for training.
    Stated,
    /// A public profile section the notice covers without naming it.
    Implied,
    /// Named by press coverage, not by LinkedIn.
    Reported,
    /// Partly covered or not the member's own content: whether LinkedIn uses it is unclear
    /// (searches: only queries typed into its AI features are in scope; instant reposts
    /// carry someone else's post).
    Unclear,
    /// LinkedIn says it is not used.
    Excluded,
    /// Not mentioned for training at all.
    NotListed,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::AiTraining => "ai_training",
            Scope::NotUsed => "not_used",
        }
    }
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Stated => "stated",
            Basis::Implied => "implied",
            Basis::Reported => "reported",
            Basis::Unclear => "unclear",
            Basis::Excluded => "excluded",
            Basis::NotListed => "not_listed",
        }
    }
}

macro_rules! categories {
    ($($variant:ident = $id:literal),+ $(,)?) => {
        /// A category of the member's data, in display order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum CategoryId { $($variant),+ }

        impl CategoryId {
            pub const ALL: &'static [CategoryId] = &[$(CategoryId::$variant),+];

            /// The stable identifier used in JSON and message keys.
            pub fn as_str(self) -> &'static str {
                match self { $(CategoryId::$variant => $id),+ }
            }
        }
    };
}

categories! {
    Profile = "profile",
    Positions = "positions",
    Education = "education",
    Skills = "skills",
    Certifications = "certifications",
    Volunteering = "volunteering",
    Publications = "publications",
    Patents = "patents",
    RecommendationsReceived = "recommendations_received",
    RecommendationsGiven = "recommendations_given",
    EndorsementsReceived = "endorsements_received",
    EndorsementsGiven = "endorsements_given",
    ProfileSections = "profile_sections",
    Posts = "posts",
    Articles = "articles",
    Comments = "comments",
    PollVotes = "poll_votes",
    Reposts = "reposts",
    Reactions = "reactions",
    Media = "media",
    Groups = "groups",
    JobAnswers = "job_answers",
    AiConversations = "ai_conversations",
    Messages = "messages",
    JobApplications = "job_applications",
    ServicesMarketplace = "services_marketplace",
    Payments = "payments",
    LoginsSecurity = "logins_security",
    Network = "network",
    ContactInfo = "contact_info",
    AdsInferences = "ads_inferences",
    Searches = "searches",
    JobSeeking = "job_seeking",
    Activity = "activity",
}

/// Scope and basis of a category, and whether its text may be quoted in a report.
#[derive(Clone, Copy, Debug)]
pub struct Category {
    pub id: CategoryId,
    pub scope: Scope,
    pub basis: Basis,
    /// The member's own public writing: excerpts of it may appear in the HTML report and
    /// the review list. Everything else appears as counts only.
    pub public_text: bool,
    /// LinkedIn states or clearly implies that it trains on this category. Reactions (named
    /// by the press only) and instant reposts (someone else's post) are counted apart, as
    /// "reported or unconfirmed", never in the confirmed figure.
    pub confirmed: bool,
    /// The text of this category was written by other people (recommendations received):
    /// its words count as `others_words`, not as the member's own writing.
    pub written_by_others: bool,
    /// The category feeds LinkedIn's Hiring Assistant AI (a separate use, not
    /// content-generating training): the report says so.
    pub hiring_assistant: bool,
}

use Basis::*;
use CategoryId as C;
use Scope::*;

const fn cat(id: CategoryId, scope: Scope, basis: Basis, public_text: bool) -> Category {
    Category {
        id,
        scope,
        basis,
        public_text,
        confirmed: true,
        written_by_others: false,
        hiring_assistant: false,
    }
}

impl Category {
    const fn unconfirmed(mut self) -> Self {
        self.confirmed = false;
        self
    }
    const fn by_others(mut self) -> Self {
        self.written_by_others = true;
        self
    }
    const fn hiring(mut self) -> Self {
        self.hiring_assistant = true;
        self
    }
}

/// Every category, in display order. Scope and basis follow LinkedIn's published policy
/// (LinkedIn European Regional Privacy Notice, effective 3 Nov 2025): logins and security
/// challenges are "not listed" there (only login credentials are excluded, and the export
/// holds none), so they are `NotListed` rather than `Excluded`.
pub const CATEGORIES: &[Category] = &[
    cat(C::Profile, AiTraining, Stated, true),
    cat(C::Positions, AiTraining, Stated, false),
    cat(C::Education, AiTraining, Stated, false),
    cat(C::Skills, AiTraining, Stated, false),
    cat(C::Certifications, AiTraining, Stated, false),
    cat(C::Volunteering, AiTraining, Stated, false),
    cat(C::Publications, AiTraining, Stated, false),
    cat(C::Patents, AiTraining, Stated, false),
    cat(C::RecommendationsReceived, AiTraining, Stated, false).by_others(),
    cat(C::RecommendationsGiven, AiTraining, Stated, false),
    cat(C::EndorsementsReceived, AiTraining, Stated, false),
    cat(C::EndorsementsGiven, AiTraining, Stated, false),
    cat(C::ProfileSections, AiTraining, Implied, false),
    cat(C::Posts, AiTraining, Stated, true),
    cat(C::Articles, AiTraining, Stated, true),
    cat(C::Comments, AiTraining, Stated, true),
    cat(C::PollVotes, AiTraining, Stated, false),
    cat(C::Reposts, AiTraining, Unclear, false).unconfirmed(),
    cat(C::Reactions, AiTraining, Reported, false).unconfirmed(),
    cat(C::Media, AiTraining, Implied, false),
    cat(C::Groups, AiTraining, Stated, false),
    cat(C::JobAnswers, AiTraining, Stated, false).hiring(),
    cat(C::AiConversations, AiTraining, Stated, false),
    cat(C::Messages, NotUsed, Excluded, false),
    cat(C::JobApplications, NotUsed, Excluded, false),
    // Requests and proposals exchanged with clients (2025+): private, not listed for training.
    cat(C::ServicesMarketplace, NotUsed, NotListed, false),
    cat(C::Payments, NotUsed, Excluded, false),
    cat(C::LoginsSecurity, NotUsed, NotListed, false),
    cat(C::Network, NotUsed, NotListed, false),
    cat(C::ContactInfo, NotUsed, NotListed, false),
    cat(C::AdsInferences, NotUsed, NotListed, false),
    cat(C::Searches, NotUsed, Unclear, false),
    cat(C::JobSeeking, NotUsed, NotListed, false).hiring(),
    cat(C::Activity, NotUsed, NotListed, false),
];

impl CategoryId {
    pub fn info(self) -> &'static Category {
        // CATEGORIES lists every id in declaration order; the test below guards that.
        &CATEGORIES[self as usize]
    }
}

/// How a file's records are dated.
#[derive(Clone, Copy, Debug)]
pub enum DateSource {
    /// The records carry no date (skills, languages…).
    None,
    /// The first of these columns present in the header.
    Columns(&'static [&'static str]),
    /// Header not verified in real exports: the first column whose name says date or time.
    Guess,
}

/// A per-record rule beyond "every record of an ai_training file is used".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowRule {
    None,
    /// Recommendations received: only a `VISIBLE` (or empty) Status is on the profile.
    VisibleStatusOnly,
    /// Shares: keep a breakdown by the Visibility column; commentary is per-line quoted.
    Shares,
    /// AI-coach conversations: only the member's own messages count as their words.
    OwnMessagesOnly,
    /// The pre-2019 `Rich Media.csv`: two fixed rows pointing to download pages, no content.
    DownloadPointers,
    /// Endorsements: a `PENDING` Endorsement Status appears on no profile, so the record is
    /// counted as unconfirmed.
    PendingUnconfirmed,
}

/// One kind of export file.
#[derive(Clone, Copy, Debug)]
pub struct FileSpec {
    /// Lower-case file-name stems (no extension, no `_N` part or numeric suffix).
    pub stems: &'static [&'static str],
    pub category: CategoryId,
    pub dates: DateSource,
    /// Columns holding the member's own writing; their words are counted.
    pub text_columns: &'static [&'static str],
    /// Columns whose text may be quoted as an excerpt (public text categories only).
    pub excerpt_columns: &'static [&'static str],
    /// Column holding a link to the member's item, for the review list.
    pub link_column: Option<&'static str>,
    /// Every column name seen in real exports of any year (alternatives included). Empty when
    /// the header is not verified: then only missing text/date columns are reported.
    pub known_columns: &'static [&'static str],
    pub rule: RowRule,
}

const fn file(stems: &'static [&'static str], category: CategoryId) -> FileSpec {
    FileSpec {
        stems,
        category,
        dates: DateSource::Guess,
        text_columns: &[],
        excerpt_columns: &[],
        link_column: None,
        known_columns: &[],
        rule: RowRule::None,
    }
}

impl FileSpec {
    const fn dated(mut self, columns: &'static [&'static str]) -> Self {
        self.dates = DateSource::Columns(columns);
        self
    }
    const fn undated(mut self) -> Self {
        self.dates = DateSource::None;
        self
    }
    const fn text(mut self, columns: &'static [&'static str]) -> Self {
        self.text_columns = columns;
        self
    }
    const fn excerpts(mut self, columns: &'static [&'static str]) -> Self {
        self.excerpt_columns = columns;
        self
    }
    const fn link(mut self, column: &'static str) -> Self {
        self.link_column = Some(column);
        self
    }
    const fn known(mut self, columns: &'static [&'static str]) -> Self {
        self.known_columns = columns;
        self
    }
    const fn rule(mut self, rule: RowRule) -> Self {
        self.rule = rule;
        self
    }
}

const MESSAGE_COLUMNS: &[&str] = &[
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
    "IS MESSAGE DRAFT",
    "IS CONVERSATION DRAFT",
    "ATTACHMENTS",
];
const RECOMMENDATION_COLUMNS: &[&str] = &[
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "Text",
    "Creation Date",
    "Status",
];

/// Every known export file. Headers are as LinkedIn's exports (2023–2026) have them.
pub const FILES: &[FileSpec] = &[
    file(&["profile"], C::Profile)
        .undated()
        .text(&["Headline", "Summary"])
        .excerpts(&["Headline", "Summary"])
        .known(&[
            "First Name",
            "Last Name",
            "Maiden Name",
            "Address",
            "Birth Date",
            "Headline",
            "Summary",
            "Industry",
            "Zip Code",
            "Geo Location",
            "Twitter Handles",
            "Websites",
            "Instant Messengers",
        ]),
    file(&["profile summary"], C::Profile)
        .undated()
        .text(&["Profile Summary"])
        .excerpts(&["Profile Summary"])
        .known(&["Profile Summary"]),
    file(&["positions"], C::Positions)
        .dated(&["Started On"])
        .text(&["Description"])
        .known(&[
            "Company Name",
            "Title",
            "Description",
            "Location",
            "Started On",
            "Finished On",
        ]),
    file(&["education"], C::Education)
        .dated(&["Start Date"])
        .known(&[
            "School Name",
            "Start Date",
            "End Date",
            "Notes",
            "Degree Name",
            "Activities",
        ]),
    file(&["skills"], C::Skills).undated().known(&["Name"]),
    file(&["certifications"], C::Certifications)
        .dated(&["Started On"])
        .known(&[
            "Name",
            "Url",
            "Authority",
            "Started On",
            "Finished On",
            "License Number",
        ]),
    file(&["volunteering"], C::Volunteering)
        .dated(&["Started On"])
        .known(&[
            "Company Name",
            "Role",
            "Cause",
            "Started On",
            "Finished On",
            "Description",
        ]),
    file(&["publications"], C::Publications)
        .dated(&["Published On"])
        .known(&["Name", "Published On", "Description", "Publisher", "Url"]),
    file(&["patents"], C::Patents).dated(&["Issued On", "Filed On", "Date"]),
    file(&["recommendations_received"], C::RecommendationsReceived)
        .dated(&["Creation Date"])
        .text(&["Text"])
        .known(RECOMMENDATION_COLUMNS)
        .rule(RowRule::VisibleStatusOnly),
    file(&["recommendations_given"], C::RecommendationsGiven)
        .dated(&["Creation Date"])
        .text(&["Text"])
        .known(RECOMMENDATION_COLUMNS),
    file(
        &["endorsement_received_info", "endorsement received info"],
        C::EndorsementsReceived,
    )
    .dated(&["Endorsement Date"])
    .known(&[
        "Endorsement Date",
        "Skill Name",
        "Endorser First Name",
        "Endorser Last Name",
        "Endorser Public Url",
        "Endorsement Status",
    ])
    .rule(RowRule::PendingUnconfirmed),
    file(
        &["endorsement_given_info", "endorsement given info"],
        C::EndorsementsGiven,
    )
    .dated(&["Endorsement Date"])
    .known(&[
        "Endorsement Date",
        "Skill Name",
        "Endorsee First Name",
        "Endorsee Last Name",
        "Endorsee Public Url",
        "Endorsement Status",
    ])
    .rule(RowRule::PendingUnconfirmed),
    file(&["languages"], C::ProfileSections)
        .undated()
        .known(&["Name", "Proficiency"]),
    file(&["projects"], C::ProfileSections)
        .dated(&["Started On"])
        .text(&["Description"])
        .known(&["Title", "Description", "Url", "Started On", "Finished On"]),
    file(&["honors"], C::ProfileSections)
        .dated(&["Issued On"])
        .known(&["Title", "Description", "Issued On"]),
    file(&["courses"], C::ProfileSections)
        .undated()
        .known(&["Name", "Number"]),
    file(&["organizations"], C::ProfileSections)
        .dated(&["Started On"])
        .known(&[
            "Name",
            "Description",
            "Position",
            "Started On",
            "Finished On",
        ]),
    file(&["test scores"], C::ProfileSections)
        .dated(&["Test Date"])
        .known(&["Test Date", "Description", "Name", "Score"]),
    file(&["causes you care about"], C::ProfileSections)
        .undated()
        .known(&["Supported Cause"]),
    file(&["member hashtags"], C::ProfileSections)
        .undated()
        .known(&["Member Posts About Hashtags"]),
    file(&["shares"], C::Posts)
        .dated(&["Date"])
        .text(&["ShareCommentary"])
        .excerpts(&["ShareCommentary"])
        .link("ShareLink")
        .known(&[
            "Date",
            "ShareLink",
            "ShareCommentary",
            "SharedUrl",
            "MediaUrl",
            "Visibility",
        ])
        .rule(RowRule::Shares),
    file(&["comments"], C::Comments)
        .dated(&["Date"])
        .text(&["Message"])
        .excerpts(&["Message"])
        .link("Link")
        .known(&["Date", "Link", "Message"]),
    file(&["votes"], C::PollVotes)
        .dated(&["Date"])
        .link("Link")
        .known(&["Date", "Link", "OptionText"]),
    file(&["instantreposts"], C::Reposts)
        .dated(&["Date"])
        .link("Link")
        .known(&["Date", "Link"]),
    file(&["reactions"], C::Reactions)
        .dated(&["Date"])
        .link("Link")
        .known(&["Date", "Type", "Link"]),
    file(&["rich_media"], C::Media)
        .dated(&["Date/Time"])
        .link("Media Link")
        .known(&["Date/Time", "Media Description", "Media Link"]),
    file(&["rich media"], C::Media)
        .undated()
        .known(&["Type", "Link"])
        .rule(RowRule::DownloadPointers),
    file(&["groups"], C::Groups),
    file(
        &[
            "job applicant saved screening question responses",
            "job applicant saved answers",
        ],
        C::JobAnswers,
    )
    .undated()
    .text(&["Answer"])
    .known(&["Question", "Answer"]),
    file(&["private_identity_asset"], C::JobAnswers)
        .undated()
        .text(&["Private Identity Asset Raw Text"])
        .known(&[
            "Private Identity Asset Name",
            "Private Identity Asset Raw Text",
        ]),
    file(
        &[
            "coach_messages",
            "learning_coach_messages",
            "learningcoachmessages",
            "learning_role_play_messages",
            "guide_messages",
        ],
        C::AiConversations,
    )
    .dated(&["DATE"])
    .text(&["CONTENT"])
    .known(MESSAGE_COLUMNS)
    .rule(RowRule::OwnMessagesOnly),
    file(&["messages"], C::Messages)
        .dated(&["DATE"])
        .known(MESSAGE_COLUMNS),
    file(&["job applications"], C::JobApplications).dated(&["Application Date"]),
    // `Services Marketplace/Opprtunities.csv` is LinkedIn's own spelling.
    file(&["engagements"], C::ServicesMarketplace)
        .dated(&["Creation Time"])
        .known(&[
            "Creation Time",
            "Marketplace Type",
            "Body",
            "Currency Code",
            "Currency Amount",
            "Billing Time Unit",
            "Free Consultation included",
        ]),
    file(&["opportunities", "opprtunities"], C::ServicesMarketplace)
        .dated(&["Creation Time"])
        .known(&[
            "Creation Time",
            "Marketplace Type",
            "Service Category",
            "Location",
            "Questions and Answers",
            "Preferred Providers",
            "Status",
        ]),
    file(&["receipts", "receipts_v2"], C::Payments),
    file(&["logins"], C::LoginsSecurity)
        .dated(&["Login Date"])
        .known(&["Login Date", "IP Address", "User Agent", "Login Type"]),
    file(&["security challenges"], C::LoginsSecurity),
    // 2022: UTF-16LE, tab-separated; its columns are unverified.
    file(&["account status history"], C::LoginsSecurity),
    file(&["connections"], C::Network)
        .dated(&["Connected On"])
        .known(&[
            "First Name",
            "Last Name",
            "URL",
            "Email Address",
            "Company",
            "Position",
            "Connected On",
        ]),
    file(&["invitations"], C::Network).dated(&["Sent At"]),
    file(
        &[
            "importedcontacts",
            "imported contacts",
            "contacts",
            "calendar",
        ],
        C::Network,
    ),
    file(&["company follows"], C::Network)
        .dated(&["Followed On"])
        .known(&["Organization", "Followed On"]),
    file(&["member_follows"], C::Network)
        .dated(&["Date"])
        .known(&["Date", "Status", "FullName"]),
    file(&["hashtag_follows"], C::Network)
        .dated(&["CreatedTime"])
        .known(&["HashTag", "CreatedTime", "LastModifiedTime", "State"]),
    file(&["email addresses"], C::ContactInfo),
    file(&["phonenumbers", "phone numbers"], C::ContactInfo)
        .undated()
        .known(&["Extension", "Number", "Type"]),
    file(
        &["whatsapp phone numbers", "registration", "verifications"],
        C::ContactInfo,
    ),
    file(&["ad_targeting", "ad targeting"], C::AdsInferences).undated(),
    file(&["inferences_about_you"], C::AdsInferences)
        .undated()
        .known(&["Category", "Type of inference", "Description", "Inference"]),
    file(&["ads clicked"], C::AdsInferences)
        .dated(&["Ad clicked Date"])
        .known(&["Ad clicked Date", "Ad Title/Id"]),
    file(&["lan ads engagement"], C::AdsInferences),
    file(&["searchqueries", "search queries"], C::Searches)
        .dated(&["Time"])
        .known(&["Time", "Search Query"]),
    file(&["saved_items"], C::Activity)
        .dated(&["CreatedTime"])
        .known(&["savedItem", "CreatedTime"]),
    file(&["events"], C::Activity)
        .dated(&["Event Time"])
        .known(&["Event Name", "Event Time", "Status", "External Url"]),
    file(
        &["saved jobs", "savedjobalerts", "job seeker preferences"],
        C::JobSeeking,
    ),
    file(&["learning", "online job postings"], C::Activity),
];

/// The catalog stem of a file name: lower-case, without extension, without a numbered
/// part (`_1`…`_N`) or numeric suffix (`Shares_1158443584`).
pub fn stem(file_name: &str) -> String {
    let base = file_name.rsplit('/').next().unwrap_or(file_name);
    let without_ext = match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    };
    let trimmed = without_ext.trim();
    let core = match trimmed.rfind('_') {
        Some(us)
            if us > 0
                && trimmed.len() > us + 1
                && trimmed[us + 1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            &trimmed[..us]
        }
        _ => trimmed,
    };
    core.to_lowercase()
}

/// The spec of a CSV entry, by file name.
pub fn lookup(file_name: &str) -> Option<&'static FileSpec> {
    let stem = stem(file_name);
    FILES
        .iter()
        .find(|spec| spec.stems.contains(&stem.as_str()))
}

/// Whether a file name is a CSV file (the only kind besides article HTML that holds records).
pub fn is_csv(file_name: &str) -> bool {
    file_name
        .rsplit('.')
        .next()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"))
        && file_name.contains('.')
}

/// Whether a file name may be an article (recognised by content, wherever it sits).
pub fn is_html(file_name: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_are_listed_in_declaration_order() {
        assert_eq!(CATEGORIES.len(), CategoryId::ALL.len());
        for (index, category) in CATEGORIES.iter().enumerate() {
            assert_eq!(category.id as usize, index, "{:?}", category.id);
        }
    }

    #[test]
    fn stems_ignore_case_parts_and_numeric_suffixes() {
        assert_eq!(stem("Shares.csv"), "shares");
        assert_eq!(stem("Shares_1158443584.csv"), "shares");
        assert_eq!(
            stem("Job Applicant Saved Screening Question Responses_3.csv"),
            "job applicant saved screening question responses"
        );
        assert_eq!(stem("Jobs/Job Applications_1.csv"), "job applications");
        assert_eq!(stem("Receipts_v2.csv"), "receipts_v2");
        assert_eq!(stem("PROFILE.CSV"), "profile");
        assert_eq!(stem("_1.csv"), "_1");
    }

    #[test]
    fn lookup_finds_categories_by_stem() {
        let category = |name: &str| lookup(name).map(|spec| spec.category);
        assert_eq!(category("Shares_1158443584.csv"), Some(C::Posts));
        assert_eq!(category("Comments_77.csv"), Some(C::Comments));
        assert_eq!(category("Rich Media.csv"), Some(C::Media));
        assert_eq!(category("Rich_Media.csv"), Some(C::Media));
        assert_eq!(category("Messages.csv"), Some(C::Messages));
        assert_eq!(
            category("LearningCoachMessages.csv"),
            Some(C::AiConversations)
        );
        assert_eq!(category("Phone Numbers.csv"), Some(C::ContactInfo));
        assert_eq!(
            category("Verifications/Verifications.csv"),
            Some(C::ContactInfo)
        );
        assert_eq!(
            category("Jobs/Job Applicant Saved Answers.csv"),
            Some(C::JobAnswers)
        );
        assert_eq!(category("Logins.csv"), Some(C::LoginsSecurity));
        // New in 2025–2026 exports.
        for name in [
            "Services Marketplace/Engagements.csv",
            "Services Marketplace/Opportunities.csv",
            "Services Marketplace/Opprtunities.csv",
        ] {
            assert_eq!(category(name), Some(C::ServicesMarketplace), "{name}");
        }
        for name in [
            "guide_messages.csv",
            "learning_role_play_messages.csv",
            "LearningCoachMessages.csv",
            "coach_messages.csv",
            "learning_coach_messages.csv",
        ] {
            assert_eq!(category(name), Some(C::AiConversations), "{name}");
        }
        assert_eq!(C::ServicesMarketplace.info().scope, NotUsed);
        assert_eq!(C::ServicesMarketplace.info().basis, NotListed);
        assert_eq!(category("Creator_Mode_Settings.csv"), None);
    }

    #[test]
    fn every_stem_is_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for spec in FILES {
            for stem in spec.stems {
                assert_eq!(*stem, stem.to_lowercase());
                assert!(seen.insert(*stem), "duplicate stem {stem}");
            }
        }
    }

    #[test]
    fn scopes_follow_the_policy() {
        assert_eq!(C::Reactions.info().basis, Reported);
        assert_eq!(C::Messages.info().scope, NotUsed);
        assert_eq!(C::Messages.info().basis, Excluded);
        assert_eq!(C::LoginsSecurity.info().basis, NotListed);
        assert_eq!(C::ProfileSections.info().basis, Implied);
        assert_eq!(C::Searches.info().basis, Unclear);
        let unconfirmed: Vec<_> = CATEGORIES
            .iter()
            .filter(|c| !c.confirmed)
            .map(|c| c.id)
            .collect();
        assert_eq!(unconfirmed, [C::Reposts, C::Reactions]);
        assert!(C::RecommendationsReceived.info().written_by_others);
        assert_eq!(
            lookup("Job Seeker Preferences.csv").map(|s| s.category),
            Some(C::JobSeeking)
        );
        assert!(
            CATEGORIES
                .iter()
                .filter(|c| c.public_text)
                .all(|c| c.scope == AiTraining)
        );
    }
}
