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
category-payments = Payments
category-logins_security = Logins, security
category-network = Connections, invitations, follows
category-contact_info = Contact details
category-ads_inferences = Ads data, inferences
category-activity = Searches, saved items, learning

## Bases
basis-stated = stated by LinkedIn
basis-implied = implied (profile)
basis-reported = reported by press
basis-excluded = excluded by LinkedIn
basis-not_listed = not listed

## Table
table-category = Category
table-items = Items
table-ai = Used for AI training
table-words = Words
table-span = From–To
table-basis = Basis
table-no = no
table-total = Total
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
opt-out-line = Switch it off: Settings & Privacy > Data privacy > Data for Generative AI Improvement — { $url }
not-used-meaning = "no" means: not used to train content-generating AI. LinkedIn may still use such data for other AI (e.g. security, classification); object with the Data Processing Objection form.
policy-stale = Warning: the policy facts in this tool date from { $date }, more than a year ago. Check LinkedIn's current privacy notice.
problems-heading = Not read (left out of the figures):
unrecognised-heading = Files this tool does not know (listed, not counted):
warnings-heading = Warnings:
warning-missing-column = column "{ $detail }" is missing: its figures count as zero
warning-unexpected-column = unexpected column "{ $detail }": the format may have changed
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
warning-duplicate = the same file came in several inputs; this copy was used ({ $detail })
written = Written: { $path }
