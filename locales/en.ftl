# English messages. Every id here must exist in every other locales/*.ftl (tested).

## Formats
number-group-separator = ,
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
count-items = { $count ->
    [one] { NUM($count) } item
   *[other] { NUM($count) } items
}
count-records = { $count ->
    [one] { NUM($count) } record
   *[other] { NUM($count) } records
}

## Categories
category-profile = Profile (headline, summary)
category-positions = Positions
category-education = Education
category-skills = Skills
category-certifications = Certifications
category-volunteering = Volunteering
category-publications = Publications
category-patents = Patents
category-recommendations_received = Recommendations received
category-recommendations_given = Recommendations given
category-endorsements_received = Endorsements received
category-endorsements_given = Endorsements given
category-profile_sections = Other profile sections
category-posts = Posts
category-articles = Articles
category-comments = Comments
category-poll_votes = Poll votes
category-reposts = Reposts
category-reactions = Reactions
category-media = Photos, videos, documents
category-groups = Groups
category-job_answers = Screening answers, résumé
category-ai_conversations = Conversations with LinkedIn's AI
category-messages = Private messages
category-job_applications = Job applications
category-services_marketplace = Services Marketplace requests and proposals
category-payments = Payments
category-logins_security = Logins, security
category-network = Connections, invitations, follows
category-contact_info = Contact details
category-ads_inferences = Ads data, inferences
category-activity = Saved items, events, learning
category-searches = Searches
category-job_seeking = Job-seeker preferences (Open to Work), saved jobs

## Bases
basis-stated = stated by LinkedIn
basis-implied = implied (profile)
basis-reported = reported by press
basis-excluded = excluded by LinkedIn
basis-not_listed = not listed
basis-unclear = unclear

## Table
table-category = Category
table-items = Items
table-ai = Used for AI training
table-words = Words
table-span = From–To
table-basis = Basis
table-no = no
table-total = Total
table-unconfirmed = { NUM($count) } unconfirmed
table-not-used = Not used for this training
table-not-used-kinds = Not used for this training (LinkedIn may still use it for other AI, such as security; the objection form covers that): { $kinds }.
verdict = LinkedIn's generative AI can train on { $items ->
    [one] { NUM($items) } item
   *[other] { NUM($items) } items
} of yours ({ $words ->
    [one] { NUM($words) } word
   *[other] { NUM($words) } words
} of your own writing), from { $first } to { $last }, unless you switch it off.
verdict-undated = LinkedIn's generative AI can train on { $items ->
    [one] { NUM($items) } item
   *[other] { NUM($items) } items
} of yours ({ $words ->
    [one] { NUM($words) } word
   *[other] { NUM($words) } words
} of your own writing), unless you switch it off.
verdict-none = This export holds nothing that LinkedIn says it uses to train its generative AI.
verdict-unconfirmed = Beside { $count ->
    [one] these, { NUM($count) } item is reported or unconfirmed (reactions, instant reposts, pending endorsements): the press names it, or it is not your own content or on no profile.
   *[other] these, { NUM($count) } items are reported or unconfirmed (reactions, instant reposts, pending endorsements): the press names them, or they are not your own content or on no profile.
}
verdict-minor = LinkedIn states that it does not train its generative AI on the data of members it believes to be under 18, even if the setting appears on. Check that LinkedIn knows your age (the birth date on your profile, your current school): this export holds { $items ->
    [one] { NUM($items) } item
   *[other] { NUM($items) } items
} that would fall under that training once LinkedIn treats you as an adult, unless you switch the setting off.
note-others-words = Not counted as your writing: { $count ->
    [one] { NUM($count) } word
   *[other] { NUM($count) } words
} of recommendations you received, written by other people.
note-objection = You switched the setting off or objected on { $date }: { $before ->
    [one] { NUM($before) } of the confirmed items was
   *[other] { NUM($before) } of the confirmed items were
} published before (LinkedIn may already have used them, and a trained model cannot unlearn), { NUM($after) } on or after it (not used while the setting stays off); { NUM($undated) } { $undated ->
    [one] has
   *[other] have
} no date.
note-hiring-assistant = LinkedIn also uses these for its Hiring Assistant AI, a separate use that the generative-AI setting does not govern: { $categories }.
note-export-date-latest-record = The export's own date is unknown (an extracted folder's file dates are those of the copy): { $date } is the date of its latest dated record.
date-by = { $date } at the latest
date-month = { $month } { $year }
opt-out-line = Switch it off: Settings & Privacy > Data privacy > How LinkedIn uses your data > Data for Generative AI Improvement — { $url }
policy-stale = Warning: the policy facts in this tool were checked on { $date }, more than a year ago. Check LinkedIn's current privacy notice.
problems-heading = Not read (left out of the figures):
unrecognised-heading = Files this tool does not know (listed, not counted):
warnings-heading = Warnings:
# A note about one file of the export: its path, then what the note says.
note-about-file = { $path }: { $text }
warning-missing-column = column "{ $detail }" is missing: its figures count as zero
warning-unexpected-column = unexpected column "{ $detail }": the format may have changed
warning-more-unexpected-columns = { $count ->
    [one] … and { NUM($count) } more unexpected column
   *[other] … and { NUM($count) } more unexpected columns
}
warning-invalid-utf8 = { $count ->
    [one] { NUM($count) } record with invalid text encoding (decoded as best possible)
   *[other] { NUM($count) } records with invalid text encoding (decoded as best possible)
}
warning-truncated-field = { $count ->
    [one] { NUM($count) } field too long, cut
   *[other] { NUM($count) } fields too long, cut
}
warning-dropped-columns = { $count ->
    [one] { NUM($count) } surplus column ignored
   *[other] { NUM($count) } surplus columns ignored
}
warning-unparsed-dates = { $count ->
    [one] { NUM($count) } date in an unknown format (counted as undated)
   *[other] { NUM($count) } dates in an unknown format (counted as undated)
}
warning-joined-lines = { $count ->
    [one] { NUM($count) } line joined to the message before it
   *[other] { NUM($count) } lines joined to the message before them
}
warning-identical-copy = an identical copy of this file elsewhere in the export was left out
unrecognised-header-missing = its first line looks like data, not column names: not shown
warning-missing-header = the header line is missing (the first line matches none of this file's columns): the line is read as data and not shown
merged-inputs = Merged { $inputs } exports of the same member{ $files ->
        [0] .
        [one] : the file they both hold was counted once.
       *[other] : the { $files } files they both hold were counted once.
    }
written = Written: { $path }
replaced = Replaced the earlier { $path }
report-open = To read the report, open this link in your web browser:

## HTML report
html-doc-title = What LinkedIn's AI can learn from you
html-kicker = LinkedIn data export · generative-AI training report
html-prepared-for = Prepared for { $name }
html-redacted-banner = Redacted copy: figures only. Names, quotes of the member's writing, links to their items and file names have been left out.
html-private-banner = Private copy, for your eyes only: it shows your name, your age, your country and other people's names. Do not share it; run the tool without --private for a copy you can share.
html-verdict-heading = The verdict
html-figure-items = { $count ->
    [one] item of yours that LinkedIn's AI can train on, as LinkedIn states or clearly implies
   *[other] items of yours that LinkedIn's AI can train on, as LinkedIn states or clearly implies
}
html-figure-items-minor = { $count ->
    [one] item that would fall under the training once LinkedIn treats you as an adult
   *[other] items that would fall under the training once LinkedIn treats you as an adult
}
html-figure-unconfirmed = { $count ->
    [one] more item reported or unconfirmed (reactions, instant reposts, pending endorsements)
   *[other] more items reported or unconfirmed (reactions, instant reposts, pending endorsements)
}
html-figure-words = { $count ->
    [one] word of your own writing among them
   *[other] words of your own writing among them
}
html-figure-span = the years they span
html-figure-span-none = no dated items
html-figure-since-region = when LinkedIn started training on them where you live
html-figure-since-18 = your 18th birthday, from when LinkedIn's training applies to you
html-figure-since-unknown = since when: it depends on your region (give it with --region)
html-since-unknown-region = Your region is unknown, so this report gives no start date. In the EU, the EEA, Switzerland and the UK, LinkedIn has trained on members' data since { $europe-start }. In Canada and Hong Kong it trained on it in 2024, paused, and resumed on { $europe-start }. In the US and most other regions it has done so since { $elsewhere-by } at the latest.
html-since-note = That date is when training started, not a cut-off: older content is used too. How far back is not public: the Dutch data-protection authority warned of data “going back to 2003”, and on { $scope-reduced } Ireland's DPC announced that LinkedIn had reduced the time period, without a public cut-off.
html-cta = Switch it off
html-cta-path = Settings & Privacy > Data privacy > How LinkedIn uses your data > Data for Generative AI Improvement
html-minor = LinkedIn states that it does not use the data of members it believes to be under 18, “even if your setting appears turned on”. This depends on LinkedIn knowing your age.
html-ms-training = In the UK, LinkedIn also shares your posts, comments, articles and videos with Microsoft for Microsoft's own AI training. The same setting controls it.
html-ms-ads = In your region, LinkedIn also shares profile data, feed activity and ad engagement with Microsoft to personalise ads. A separate setting controls it (see “What to do”).
html-learn-heading = What LinkedIn's AI would learn from you
html-learn-intro = Each card is a kind of data in your export that LinkedIn uses, or is reported to use, to train its content-generating AI. The quotes are your own text, cut at 280 characters.
html-learn-intro-redacted = Each card is a kind of data in the export that LinkedIn uses, or is reported to use, to train its content-generating AI.
html-card-items = { $count ->
    [one] item
   *[other] items
}
html-card-items-unconfirmed = { $count ->
    [one] item, reported or unconfirmed
   *[other] items, reported or unconfirmed
}
html-card-plus-unconfirmed = { $count ->
    [one] and { NUM($count) } more reported or unconfirmed (pending: on no profile)
   *[other] and { NUM($count) } more reported or unconfirmed (pending: on no profile)
}
html-card-others-words = { $count ->
    [one] { NUM($count) } word written by other people
   *[other] { NUM($count) } words written by other people
}
html-card-objection = { NUM($before) } published before your objection (may already be used), { NUM($after) } from it
html-card-hiring-assistant = LinkedIn also uses this for its Hiring Assistant AI, a separate use the setting does not govern.
html-card-of = of { NUM($total) } in the export
html-card-words = { $count ->
    [one] { NUM($count) } word of your own
   *[other] { NUM($count) } words of your own
}
html-card-undated = { $count ->
    [one] { NUM($count) } undated
   *[other] { NUM($count) } undated
}
html-card-no-dates = no dates in the export
html-card-basis = Basis
html-card-source = source { $n }
html-card-visibility = Visibility
html-visibility-public = public
html-visibility-network = your network (connections)
html-visibility-members = signed-in LinkedIn members
html-visibility-other = other values
html-visibility-unclear = Whether LinkedIn uses posts shown to connections only is unclear.
html-reported-note = Named by press coverage of the change, not in LinkedIn's own list.
html-kind-headline = Headline
html-kind-summary = Summary
html-kind-post = Post
html-kind-comment = Comment
html-kind-article = Article
html-timeline-heading = Your data, year by year
html-timeline-intro = Records per year, by the dates in the export: what falls under AI training, stacked on what does not.
html-legend-ai = Under AI training
html-legend-not-used = Not used for AI training
html-legend-unconfirmed = Reported or unconfirmed
html-chart-label = Bar chart of records per year from { $first } to { $last }. The table below gives the same figures.
html-bar-title = { $year }: { NUM($ai) } under AI training, { NUM($other) } not used
html-bar-title-unconfirmed = { NUM($count) } reported or unconfirmed
html-timeline-undated = { $count ->
    [one] { NUM($count) } record has no date and is not shown.
   *[other] { NUM($count) } records have no date and are not shown.
}
html-timeline-empty = The export has no dated records.
html-timeline-table = The figures as a table
html-timeline-caption = Records per year
html-col-year = Year
html-col-ai = Under AI training
html-col-not-used = Not used
html-col-unconfirmed = Reported or unconfirmed
html-col-total = Total
html-col-undated = Undated
html-not-used-heading = Not used for AI training
html-not-used-intro = Counted, never shown: no content of messages, contact details, logins, ads or inference data appears in this page.
html-not-used-meaning = “Not used” means not used to train content-generating AI. LinkedIn may still use such data for other AI (security, content classification); the Data Processing Objection form is the way to object to that.
html-not-used-caption = Data in the export that LinkedIn does not use to train its generative AI
html-not-used-none = The export holds no data outside AI training.
html-col-category = Data
html-col-records = Records
html-col-basis = Basis
html-todo-heading = What to do
html-good-to-know = Good to know
html-step-optout = Switch off “Data for Generative AI Improvement”
    .desktop = On a computer: Me > Settings & Privacy > Data privacy > How LinkedIn uses your data > Data for Generative AI Improvement, then switch off “Use my data for training content creation AI models”.
    .mobile = In the app: your profile photo > Settings > Data privacy > Data for Generative AI Improvement, then switch it off.
    .link = Open the setting directly:
html-step-object = Object to the other uses of your data
    .body = The switch only covers content-generating AI. LinkedIn also trains AI for content classification, trust and safety and security on your profile, activity and messages. The Data Processing Objection Request form (GDPR article 21) is the way to object to that too.
    .link = Objection form:
html-step-limits = Know what opting out does not undo
    .past = Training that has already taken place is not undone (LinkedIn); a trained model cannot unlearn (CNPD, Luxembourg).
    .later = An objection made after { $europe-start } only covers content published afterwards (Garante, Italy).
html-step-delete = Delete what you no longer want used
    .body = Delete posts, comments and other items one by one on LinkedIn, ask LinkedIn to erase data with the Data Deletion form, or close your account.
    .form = Data Deletion form:
    .close = Close your account:
html-step-ms-ads = Switch off sharing with Microsoft for advertising
    .body = Settings & Privacy > Advertising data > Data sharing with affiliates and partners, then switch it off.
html-regulators = If LinkedIn does not act on your request, you can complain to a data-protection authority:
html-regulator-lead = LinkedIn's lead authority in the EU
html-notes-heading = About these figures
html-notes-problems = { $count ->
    [one] { NUM($count) } file could not be read and is left out of the figures
   *[other] { NUM($count) } files could not be read and are left out of the figures
}
html-notes-unknown = { $count ->
    [one] { NUM($count) } file this tool does not know (listed, not counted)
   *[other] { NUM($count) } files this tool does not know (listed, not counted)
}
html-notes-warnings = { $count ->
    [one] { NUM($count) } warning about the files
   *[other] { NUM($count) } warnings about the files
}
html-sources-heading = Sources
html-sources-intro = The policy facts in this report were last checked on { $date }.
html-source-date = dated { $date }
html-source-undated = a living page, no dated version in the policy reference
html-footer-made = Made with { $tool } { $version }, offline, from the member's own LinkedIn data export. This page loads nothing from the internet.
html-footer-inputs = Input
html-footer-inputs-hidden = file names left out
html-footer-export-date = Export date
html-footer-export-date-latest-record = { $date } (the latest dated record: the export's own date is unknown)
html-footer-generated = Generated on
html-unknown = unknown
html-month-year = { $month } { $year }

## Member and next steps
region-eu = European Union
region-eea = European Economic Area (outside the EU)
region-ch = Switzerland
region-uk = United Kingdom
region-ca = Canada
region-hk = Hong Kong
region-us = United States
region-other = another region
member-region-profile = Your region: { $region } (from your profile's location: { $country }).
member-region-flag = Your region: { $region } (given with --region).
member-region-unknown = Your region is unknown: your profile's location names no place this tool can place. It decides since when LinkedIn trains on your data, who controls it, which law you can invoke and whom to complain to: in the EU, EEA, Switzerland and UK since { $europe-start }, with a GDPR objection; in Canada and Hong Kong since { $europe-start } again, after a 2024 start and a pause; in the US and elsewhere since { $elsewhere-by } at the latest, with no objection right to cite. Give it with --region (eu, eea, ch, uk, ca, hk, us or other).
member-training-since = LinkedIn has used your data to train its generative AI since { $date }, unless you switched the setting off.
member-training-resumed = LinkedIn has used your data to train its generative AI since { $date }, when it resumed after a pause, unless you switched the setting off.
member-history-heading = The training in your region:
history-started = { $date }: training started
history-suspended = { $date }: the UK regulator (ICO) said LinkedIn had suspended UK training; whether any UK data was used before is unclear
history-paused = { $date }: training paused after the regulator stepped in
history-resumed = { $date }: training resumed
history-scope-reduced = { $date }: Ireland's DPC announced that LinkedIn reduced the data and the time period used; the new cut-off is not public
member-secondary-school = Your education shows a secondary school you are still attending: LinkedIn states that it does not use the data of members it believes to be under 18 (for example, currently in secondary school).
member-region-profile-hidden = Your region: { $region } (from your profile's location).
member-minor = You are { $age }. LinkedIn states that it does not use the data of members it believes to be under 18 to train its generative AI, even if the setting appears on; this depends on LinkedIn knowing your age. From your 18th birthday, { $date }, the items listed here would be used unless you switch the setting off (LinkedIn does not say whether what you posted before then is excluded).
member-minor-undated = You are { $age }. LinkedIn states that it does not use the data of members it believes to be under 18 to train its generative AI, even if the setting appears on; this depends on LinkedIn knowing your age. From your 18th birthday, the items listed here would be used unless you switch the setting off (LinkedIn does not say whether what you posted before then is excluded).
member-adult-since = Age: { $age }. You turned 18 on { $date }, after training started in your region; until then LinkedIn states that it did not use your data, if it knew your age.
member-age-at-start = Age: { $age } ({ $start } when training started in your region).
member-age = Age: { $age }.
member-age-no-year = Your age is unknown: the birth date in your export has no year. If you are under 18, LinkedIn states that it does not use your data for this training.
member-age-unreadable = Your age is unknown: the birth date in your export could not be read. If you are under 18, LinkedIn states that it does not use your data for this training.
member-age-none = Your age is unknown: your export gives no birth date. If you are under 18, LinkedIn states that it does not use your data for this training.
next-steps-heading = Next steps:
next-steps-if-region = If it applies in your region: { $text }
policy-as-of = Policy facts as of { $date } (sources in the HTML and JSON reports).
regulator = { $name } { $url }
regulator-lead = { $name }, lead authority, { $url }
step-opt-out = Switch off "Data for Generative AI Improvement"
    .body = On a computer: Me > Settings & Privacy > Data privacy > How LinkedIn uses your data > Data for Generative AI Improvement, then switch off "Use my data for training content creation AI models". In the mobile app: your profile photo > Settings > Data privacy > Data for Generative AI Improvement, then switch it off.
    .short = Switch off "Data for Generative AI Improvement": { $url }
step-uk-microsoft-training = UK: sharing with Microsoft for Microsoft's own AI
    .body = In the UK, LinkedIn also shares the posts, comments, articles, collaborative articles and videos you create with Microsoft, for Microsoft's own AI training. The same setting, "Data for Generative AI Improvement", controls it.
    .short = UK: the same setting also stops the sharing of your posts, comments, articles and videos with Microsoft for Microsoft's own AI training.
# The law an objection rests on, after "article 21": the member's own, or both when the
# region is unknown.
law-article-gdpr = of the GDPR
law-article-uk-gdpr = of the UK GDPR
law-article-unknown = of the GDPR, or of the UK GDPR
step-objection-form = Object with the Data Processing Objection Request form
    .body = This form (article 21 { $law }) covers what the setting does not: LinkedIn also uses your data to train AI for content classification, trust and safety, and security. With --letter PATH this tool writes an objection ready to paste into the form; fill in its paragraph on your particular situation first.
    .short = Object to every AI use of your data, not only this training (article 21 { $law }): { $url } (--letter PATH writes the text).
step-request-form = Ask LinkedIn to stop, with the Data Processing Objection Request form
    .body = The GDPR's right to object does not apply where you live; you can still ask LinkedIn, through this form, to stop using your data to train AI (in Canada and Hong Kong, by withdrawing your consent). With --letter PATH this tool writes the request.
    .short = Ask LinkedIn to stop using your data for AI: { $url } (--letter PATH writes the request).
step-dpo = Write to LinkedIn's Data Protection Officer
    .body = You can also send the objection letter to LinkedIn's Data Protection Officer ({ $ireland-address }) through this contact form.
    .short = Or send the objection to LinkedIn's Data Protection Officer: { $url }
step-dpo-corporation = Write to LinkedIn's Data Protection Officer
    .body = You can also send the letter to LinkedIn's Data Protection Officer ({ $corporation-address }, the controller of your data) through this contact form.
    .short = Or send the letter to LinkedIn's Data Protection Officer: { $url }
step-microsoft-ads = Switch off the sharing of your data with Microsoft for advertising
    .body = Since { $europe-start }, outside the EU, the EEA, the UK and Switzerland, LinkedIn shares your profile data, feed activity and ad engagement with Microsoft to personalise ads. It is a separate setting (in the US, a Global Privacy Control signal also opts you out).
    .short = Also switch off the sharing with Microsoft for ads: { $url }
step-delete-items = Delete the items you do not want used
    .body = Delete posts, comments and other items one by one on LinkedIn. With --items PATH this tool writes the list of every item concerned (category, date, link, excerpt) so that you can review them.
    .short = Delete what you do not want used (--items PATH lists every item), ask for erasure: { $form }, or close the account: { $close }
step-deletion-form = Ask for erasure with the Data Deletion form
    .body = The Data Deletion form asks LinkedIn to erase data you cannot delete yourself.
    .short = Ask for erasure: { $url }
step-close-account = Close the account
    .body = Closing your account ends any further use of your data; it does not undo training already done.
    .short = Close the account: { $url }
step-past-training = What switching off does not undo
    .body = Switching off or objecting "does not affect training that has already taken place" (LinkedIn): a trained model cannot unlearn (Luxembourg's CNPD). How far back the data used goes is not public: the Dutch authority warned of data going back to 2003, and Ireland's DPC announced on { $scope-reduced } that LinkedIn had reduced the time period, without a public cut-off.
    .short = Switching off does not undo training already done: a trained model cannot unlearn.
step-late-objection = An objection now only covers what you publish next
    .body = According to the Italian authority (Garante), an objection made after { $europe-start } only covers content published afterwards.
    .short = An objection made after { $date } only covers what you publish afterwards (Italian authority, Garante).
step-complain = Complain to a data protection authority
    .body = If LinkedIn does not answer, or you disagree with its answer, you can complain to a data protection authority. In the EU and the EEA, Ireland's Data Protection Commission is LinkedIn's lead authority, and you may also complain to your own national authority (in Germany, that of your Land).
    .short = Complain to: { $authorities }
    .short-unknown = Complain to your data protection authority (which one depends on your region).
letter-to = To: LinkedIn's Data Protection Officer, { $address }
letter-to-unknown = To: LinkedIn's Data Protection Officer, [{ $ireland-address }, in the EU, the EEA and Switzerland; { $corporation-address }, elsewhere: run the tool again with --region]
letter-via = Sent through the Data Processing Objection Request form ({ $form }) or to the Data Protection Officer ({ $dpo }).
letter-date = Date: { $date }
letter-subject-gdpr = Subject: Objection to the processing of my personal data (Article 21 GDPR)
letter-subject-gdpr-ch = Subject: Objection to the processing of my personal data (Article 21 GDPR; Swiss FADP)
letter-subject-uk-gdpr = Subject: Objection to the processing of my personal data (Article 21 UK GDPR)
letter-subject-pipeda = Subject: Withdrawal of my consent to the use of my personal information to train AI (PIPEDA)
letter-subject-pdpo = Subject: Withdrawal of my consent to the use of my personal data to train AI (PDPO)
letter-subject-none = Subject: Request to stop using my personal data to train AI
letter-member = Member: { $name }
letter-email = E-mail address of my LinkedIn account: { $email }
letter-salutation = Dear Data Protection Officer,
letter-objection-gdpr = I object, under Article 21(1) of the General Data Protection Regulation (GDPR), on grounds relating to my particular situation, to the processing of my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model. LinkedIn bases the training of its generative AI on its legitimate interests (Article 6(1)(f)).
letter-objection-gdpr-ch = I object, under Article 21(1) of the General Data Protection Regulation (GDPR), which applies to LinkedIn Ireland's processing of my data as a member in Switzerland (Article 3), on grounds relating to my particular situation, to the processing of my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model. LinkedIn bases this training on its legitimate interests (Article 6(1)(f)). I also object to it under Article 30(2)(b) of the Swiss Federal Act on Data Protection (FADP).
letter-objection-uk-gdpr = I object, under Article 21(1) of the UK General Data Protection Regulation (UK GDPR), on grounds relating to my particular situation, to the processing of my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model. LinkedIn bases the training of its generative AI on its legitimate interests (Article 6(1)(f)).
letter-objection-pipeda = I withdraw my consent, under principle 4.3.8 of Schedule 1 to the Personal Information Protection and Electronic Documents Act (PIPEDA), to the use of my personal information to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model.
letter-objection-pdpo = I withdraw any consent to the use of my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model. Under Data Protection Principle 3 of the Personal Data (Privacy) Ordinance (Cap. 486), personal data may not be used for a new purpose without my prescribed consent, which I do not give.
letter-objection-none = I ask you to stop using my personal data to train LinkedIn's generative artificial intelligence models and any other artificial intelligence or machine learning model.
letter-quebec = As a resident of Québec, I also withdraw this consent under the Act respecting the protection of personal information in the private sector, as amended by Law 25.
letter-situation-gdpr = The grounds relating to my particular situation are the following: [Describe here, in a few sentences of your own, why this processing affects you in particular, for example your profession, the confidentiality owed to your clients or employer, or your writing being reused without your name. Replace this paragraph before sending.]
letter-situation-other = My reasons: [Describe here, in a few sentences of your own, why you do not want your data used this way. Replace this paragraph before sending.]
letter-found = My data export of { $date } holds the following data within the scope of this processing:
letter-found-undated = My data export holds the following data within the scope of this processing:
letter-category = { $category }: { NUM($count) }
letter-total = In all: { $count ->
    [one] { NUM($count) } item
   *[other] { NUM($count) } items
}.
letter-requests = I therefore ask you:
letter-request-stop = 1. to stop this processing of my personal data, unless you demonstrate compelling legitimate grounds which override my interests, rights and freedoms (Article 21(1));
letter-request-restrict = 2. to restrict the processing of my personal data while my objection is being examined (Article 18(1)(d));
letter-request-confirm = 3. to confirm to me in writing, within one month of receipt of this request (Article 12(3)), the action taken on it.
letter-request-stop-other = 1. to stop using my personal data to train these models, and to exclude it from any future training;
letter-request-confirm-other = 2. to confirm to me in writing the action taken on this request.
letter-fill-situation = Before sending the letter, replace the paragraph in [square brackets] with a few sentences on your own situation: an objection under the GDPR must give grounds relating to your particular situation.
letter-fill-reasons = Before sending the letter, replace the paragraph in [square brackets] with a few sentences of your own.
letter-region-unknown = Your region is unknown: the letter is a plain request to an unnamed controller. Run the tool again with --region to get the letter for your region's law.
letter-closing = Yours faithfully,
letter-name-missing = [your name]
letter-email-missing = [the e-mail address of your LinkedIn account]
# The field separator of the review list (--items): what spreadsheets expect in this language.
items-separator = ,
items-category = Category
items-date = Date
items-link = Link
items-excerpt = Excerpt
items-flags = May reveal

## What the member's own writing may reveal (terminal and HTML: counts only, never the items)
sensitive-heading = What your writing may reveal
sensitive-intro = { $count ->
    [one] One item of your own writing under AI training may reveal personal or sensitive data:
   *[other] { NUM($count) } items of your own writing under AI training may reveal personal or sensitive data:
}
sensitive-flag-line = { $label }: { NUM($count) }
sensitive-flag-email = an e-mail address
sensitive-flag-phone = a phone number
sensitive-flag-iban = a bank account number (IBAN)
sensitive-flag-health = health
sensitive-flag-religion = religion or belief
sensitive-flag-politics = political opinions
sensitive-flag-union = trade-union membership
sensitive-flag-sexuality = sexual orientation
sensitive-flag-ethnicity = racial or ethnic origin
sensitive-todo = Review each flagged item: delete it, edit it to take the detail out, or restrict who can see it. The review list (--items FILE) names them in its "May reveal" column.
sensitive-special = Health, religion or belief, political opinions, trade-union membership, sexual orientation and racial or ethnic origin are special categories of personal data (GDPR art. 9), which LinkedIn says it filters from training only in part.
sensitive-limits = This check is automatic and cautious: it reads English and French, it can miss items and it can be wrong. What it finds stays on your computer.
sensitive-items = The flagged items (on this private page only):
sensitive-item = { $item } ({ $flags }): { $excerpt }
sensitive-item-no-excerpt = { $item } ({ $flags })
items-count = Items
name-mark = [name]

## Errors
error-not-found = "{ $path }" does not exist: give the path of the LinkedIn export .zip or of the folder it was extracted to
error-empty = "{ $path }" is empty: download your LinkedIn data export again
error-incomplete = "{ $path }" is an incomplete download: download the archive again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data)
error-not-an-archive = "{ $path }" is { $detail }, not a LinkedIn data export: point to the whole .zip you downloaded or to the folder you extracted it to
error-corrupt = "{ $path }" is a damaged zip archive ({ $detail }): download it again from LinkedIn
error-unsupported = "{ $path }" is a zip this tool cannot read ({ $detail }): extract it with your system's archive tool and point to the extracted folder
error-too-many-entries = "{ $path }" has more than { NUM($limit) } entries, far more than a LinkedIn export: check the path, or raise --max-entries if it is genuine
error-unreadable = "{ $path }" cannot be read ({ $detail }): check that it exists and that you may read it
error-nothing-recognised = "{ $path }" holds no LinkedIn export file: point to the zip you downloaded from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data), or to the folder it was extracted to
error-own-report = "{ $path }" is a report written by linkedin-exposure, not an export: give the LinkedIn data export it was made from (the .zip you downloaded, or the folder you extracted it to)
error-undecodable = "{ $path }": every entry uses a compression method or an encryption this tool cannot read (LinkedIn's own archives use neither): download the archive again from LinkedIn and give it as downloaded, without re-compressing it or protecting it with a password
error-nested-zip = "{ $path }" holds another zip, "{ $inner }", and no LinkedIn file of its own: extract "{ $inner }" from it and run this tool on that zip
error-nothing-readable = "{ $path }": { $count ->
    [one] its only file could not be read
   *[other] none of its { NUM($count) } files could be read
} ({ $detail }): check that you may read them, or extract the archive again
error-folder-of-zips = "{ $path }" is not an export but holds { $count ->
    [one] a zip file
   *[other] { NUM($count) } zip files
} ({ $zips }): run this tool on the newest, "{ $newest }"
error-output-is-input = "{ $path }" is one of your inputs: give { $flag } another path so that your export is not overwritten
error-output-inside-input = "{ $path }" is inside your export "{ $input }": give { $flag } a path outside it, so that your export stays as LinkedIn made it
error-output-is-folder = "{ $path }" is a folder: give { $flag } the path of a file in it, such as report.html
error-output-not-regular = "{ $path }" is not a regular file (a pipe, a socket or a device): give { $flag } the path of a file
error-output-same-path = { $first } and { $second } both name "{ $path }": give each output its own path
error-output-write = cannot write "{ $path }" ({ $detail }): give { $flag } a path in a folder you can write to
error-two-members = "{ $first_path }" ({ $first }) and "{ $second_path }" ({ $second }) are the exports of two different members: run the tool on one member's export at a time (their Basic and Complete archives may go together)
error-terminal = cannot write to the terminal ({ $detail })
error-objected-on = --objected-on { $date }: give the day you switched the setting off or objected, between 2003 and today (YYYY-MM-DD)
detected-pdf = a PDF
detected-text = a text or CSV file
detected-html = a web page (HTML)
detected-gzip = a gzip file
detected-7z = a 7-Zip archive
detected-rar = a RAR archive
detected-tar = a tar archive
detected-device = not a regular file (a pipe or a device)
detected-unknown = not a recognised archive
# Why one file of the export is not read (the list of files left out of the figures).
entry-name-too-long = a name of { $bytes } bytes, not a LinkedIn file; not read
entry-no-name = the entry has no usable name
entry-symbolic-link = symbolic link not followed
entry-encrypted = encrypted (password-protected); LinkedIn exports are not
entry-method = compressed with an unsupported method ({ $method }); only stored and deflate are read
entry-nested-zip = a zip inside the archive: extract it and point to that inner zip
entry-overlap = its data overlaps another entry's, a zip-bomb trick; not read
entry-duplicate-names = the archive lists several entries under byte-identical names; only one of each is read
entry-duplicate-path = another entry has the same path; the first one is used
entry-folder-unreadable = folder cannot be read: { $detail }
entry-folder-incomplete = folder cannot be read completely: { $detail }
entry-unreadable = cannot be read: { $detail }
entry-folder-too-deep = folder nested too deeply; not read
entry-not-regular = not a regular file
entry-damaged = the data is damaged ({ $detail }); download the archive again
entry-unsupported = cannot be read: { $detail }
entry-no-such-entry = no entry number { $index } in this input
entry-read-error = read error: { $detail }
damage-checksum = Invalid checksum
damage-compressed-data = invalid compressed data
damage-cut-short = the data ends too early
damage-directory = invalid table of contents
unsupported-feature = it uses a zip feature this tool does not read
unsupported-directory = its table of contents takes { $size } { $unit ->
    [mb] MB
   *[kb] KB
}, more than { $limit } entries would; raise --max-entries if it is genuine
unsupported-method = compression method { $method }
unsupported-encrypted = encrypted
limit-ratio = stopped: it inflates more than { $limit }× its compressed size, like a zip bomb (raise { $flag } if the file is genuine)
limit-entries = stopped: more than { $limit } entries (raise { $flag } if genuine)
limit-total-bytes = stopped: all inputs together exceed { $limit } bytes (raise { $flag } if genuine)
limit-entry-bytes = stopped: the entry exceeds { $limit } bytes (raise { $flag } if genuine)
limit-records = stopped: the file has more than { $limit } records (raise { $flag } if genuine)
limit-article-bytes = not read: the article pages before it exceed { $limit } bytes (raise { $flag } if genuine)
limit-cpu-seconds = stopped: the analysis used { $limit } s of CPU time, more than any real export needs (raise { $flag } if genuine)

## Sources (titles shown in reports; the JSON keeps the English titles of policy.rs)
source-title-privacy-notice-eu = LinkedIn, European Regional Privacy Notice: row “To train our content-generating Generative AI systems” (from the version effective { $europe-start }), the data controller and contact sections (version effective 21 August 2026; dated copies kept by Open Terms Archive)
source-title-privacy-policy-global = LinkedIn, Privacy Policy (global): the setting added, on by default, in the version effective { $elsewhere-by }; LinkedIn Corporation the controller outside the Designated Countries
source-title-help-opt-out = LinkedIn Help a6278444: opting out “does not affect training that has already taken place”
source-title-press-reactions = French press coverage of the change naming “réactions déposées sur les posts d'autrui” (the outlet is not identified in this project's policy reference: unclear)
source-title-ap-nl = Autoriteit Persoonsgegevens (Dutch data-protection authority): warning that LinkedIn may use data “going back to 2003”
source-title-dpc-ie = Data Protection Commission (Ireland): LinkedIn reduced the scope, “both in terms of the personal data to be used and the time period” (new cut-off not public); the processing is “not approved, nor found compliant”
source-title-pcpd-hk = Office of the Privacy Commissioner for Personal Data, Hong Kong, press release: LinkedIn paused the use of Hong Kong members' data for AI training on { $hong-kong-paused }
source-title-opc-ca = Office of the Privacy Commissioner of Canada, news release: LinkedIn paused the use of Canadian members' data for AI training
source-title-ico-uk = Information Commissioner's Office (UK), statement: LinkedIn suspended the training of its AI on UK members' data
source-title-garante-it = Garante per la protezione dei dati personali (Italian authority), press release: an objection made after { $europe-start } only covers content published afterwards
source-title-authorities = European Data Protection Board: its members, the EU and EEA national data-protection authorities
source-title-authorities-de = Datenschutzkonferenz (Germany): the data-protection supervisory authorities of the Länder
source-title-bdsg-40 = Bundesdatenschutzgesetz (German Federal Data Protection Act), section 40: the Länder authorities supervise companies
source-title-gdpr = EUR-Lex: Regulation (EU) 2016/679 (GDPR), articles 12(3), 18(1)(d) and 21(1)
source-title-uk-gdpr = legislation.gov.uk: the UK GDPR, article 21(1)
source-title-fadp = Fedlex: Swiss Federal Act on Data Protection (FADP), article 30(2)(b)
source-title-pipeda = Justice Laws Website (Canada): PIPEDA, Schedule 1, principle 4.3.8 (withdrawal of consent)
source-title-quebec-private-sector = LégisQuébec: Act respecting the protection of personal information in the private sector (P-39.1), as amended by Law 25
source-title-pdpo = Hong Kong e-Legislation: Personal Data (Privacy) Ordinance (Cap. 486), Data Protection Principle 3
source-title-cnpd-lu = Commission nationale pour la protection des données (Luxembourg): a trained model cannot unlearn
