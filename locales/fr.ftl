# Messages en français. Chaque identifiant existe dans chaque locales/*.ftl (testé).

## Formats
number-group-separator = { "\u202F" }
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
count-items = { $count ->
    [one] { NUM($count) } élément
   *[other] { NUM($count) } éléments
}
count-records = { $count ->
    [one] { NUM($count) } ligne
   *[other] { NUM($count) } lignes
}

## Catégories
category-profile = Profil (titre, résumé)
category-positions = Expériences
category-education = Formation
category-skills = Compétences
category-certifications = Certifications
category-volunteering = Bénévolat
category-publications = Publications
category-patents = Brevets
category-recommendations_received = Recommandations reçues
category-recommendations_given = Recommandations données
category-endorsements_received = Validations reçues
category-endorsements_given = Validations données
category-profile_sections = Autres sections du profil
category-posts = Posts
category-articles = Articles
category-comments = Commentaires
category-poll_votes = Votes aux sondages
category-reposts = Republications
category-reactions = Réactions
category-media = Photos, vidéos, documents
category-groups = Groupes
category-job_answers = Réponses aux questions de présélection, CV
category-ai_conversations = Conversations avec l'IA de LinkedIn
category-messages = Messages privés
category-job_applications = Candidatures
category-services_marketplace = Services Marketplace : demandes et propositions
category-payments = Paiements
category-logins_security = Connexions, sécurité
category-network = Relations, invitations, abonnements
category-contact_info = Coordonnées
category-ads_inferences = Publicité, déductions
category-activity = Éléments sauvegardés, événements, formations
category-searches = Recherches
category-job_seeking = Préférences de recherche d'emploi (Open to Work), offres sauvegardées

## Bases
basis-stated = déclaré par LinkedIn
basis-implied = implicite (profil)
basis-reported = rapporté par la presse
basis-excluded = exclu par LinkedIn
basis-not_listed = non mentionné
basis-unclear = incertain

## Tableau
table-category = Catégorie
table-items = Éléments
table-ai = Utilisé pour l'IA
table-words = Mots
table-span = Période
table-basis = Source
table-no = non
table-total = Total
table-unconfirmed = { NUM($count) } non confirmés
table-not-used = Non utilisé pour cet entraînement
table-not-used-kinds = Non utilisé pour cet entraînement (LinkedIn peut s'en servir pour d'autres IA, par exemple la sécurité ; le formulaire d'opposition le couvre) : { $kinds }.
verdict = L'IA générative de LinkedIn peut s'entraîner sur { $items ->
    [one] { NUM($items) } de vos éléments
   *[other] { NUM($items) } de vos éléments
} ({ $words ->
    [one] { NUM($words) } mot
   *[other] { NUM($words) } mots
} de votre plume), de { $first } à { $last }, sauf si vous désactivez le paramètre.
verdict-undated = L'IA générative de LinkedIn peut s'entraîner sur { $items ->
    [one] { NUM($items) } de vos éléments
   *[other] { NUM($items) } de vos éléments
} ({ $words ->
    [one] { NUM($words) } mot
   *[other] { NUM($words) } mots
} de votre plume), sauf si vous désactivez le paramètre.
verdict-none = Cet export ne contient rien que LinkedIn dise utiliser pour entraîner son IA générative.
verdict-unconfirmed = En plus, { $count ->
    [one] { NUM($count) } élément est rapporté ou non confirmé (réactions, republications sans texte, validations en attente) : seule la presse le cite, ou il ne s'agit pas de votre propre contenu, ou il ne figure sur aucun profil.
   *[other] { NUM($count) } éléments sont rapportés ou non confirmés (réactions, republications sans texte, validations en attente) : seule la presse les cite, ou il ne s'agit pas de votre propre contenu, ou ils ne figurent sur aucun profil.
}
verdict-minor = LinkedIn déclare ne pas entraîner son IA générative sur les données des membres dont il pense qu'ils ont moins de 18 ans, même si le paramètre semble activé. Vérifiez que LinkedIn connaît votre âge (date de naissance de votre profil, établissement scolaire actuel) : cet export contient { $items ->
    [one] { NUM($items) } élément qui relèverait
   *[other] { NUM($items) } éléments qui relèveraient
} de cet entraînement dès que LinkedIn vous considérera comme majeur, sauf si vous désactivez le paramètre.
note-others-words = Non comptés comme étant de votre plume : { $count ->
    [one] { NUM($count) } mot
   *[other] { NUM($count) } mots
} des recommandations que vous avez reçues, écrites par d'autres personnes.
note-objection = Vous avez désactivé le paramètre ou formé votre opposition le { $date } : { $before ->
    [one] { NUM($before) } des éléments confirmés a été publié
   *[other] { NUM($before) } des éléments confirmés ont été publiés
} avant (LinkedIn a pu déjà les utiliser, et un modèle entraîné ne peut pas désapprendre), { NUM($after) } à partir de cette date (non utilisés tant que le paramètre reste désactivé) ; { $undated ->
    [one] { NUM($undated) } n'est pas daté
   *[other] { NUM($undated) } ne sont pas datés
}.
note-hiring-assistant = LinkedIn se sert aussi des données suivantes pour son IA d'aide au recrutement (Hiring Assistant), un usage distinct que le paramètre sur l'IA générative ne régit pas : { $categories }.
note-export-date-latest-record = La date propre de l'export est inconnue (les dates des fichiers d'un dossier extrait sont celles de la copie) : le { $date } est la date de sa donnée datée la plus récente.
date-by = { $date } au plus tard
date-month = { $month } { $year }
opt-out-line = Pour désactiver : Préférences et confidentialité > Confidentialité des données > Comment LinkedIn utilise vos données > Données pour l'amélioration de l'IA générative — { $url }
policy-stale = Attention : les faits sur la politique de LinkedIn ont été vérifiés le { $date }, il y a plus d'un an. Vérifiez la politique de confidentialité actuelle de LinkedIn.
problems-heading = Non lus (exclus des chiffres) :
unrecognised-heading = Fichiers inconnus de cet outil (listés, non comptés) :
warnings-heading = Avertissements :
# Une note sur un fichier de l'export : son chemin, puis ce que dit la note.
note-about-file = { $path } : { $text }
warning-missing-column = la colonne « { $detail } » manque : ses chiffres comptent pour zéro
warning-unexpected-column = colonne inattendue « { $detail } » : le format a peut-être changé
warning-more-unexpected-columns = { $count ->
    [one] … et { NUM($count) } autre colonne inattendue
   *[other] … et { NUM($count) } autres colonnes inattendues
}
warning-invalid-utf8 = { $count ->
    [one] { NUM($count) } ligne mal encodée (décodée au mieux)
   *[other] { NUM($count) } lignes mal encodées (décodées au mieux)
}
warning-truncated-field = { $count ->
    [one] { NUM($count) } champ trop long, coupé
   *[other] { NUM($count) } champs trop longs, coupés
}
warning-dropped-columns = { $count ->
    [one] { NUM($count) } colonne en trop ignorée
   *[other] { NUM($count) } colonnes en trop ignorées
}
warning-unparsed-dates = { $count ->
    [one] { NUM($count) } date dans un format inconnu (comptée sans date)
   *[other] { NUM($count) } dates dans un format inconnu (comptées sans date)
}
warning-joined-lines = { $count ->
    [one] { NUM($count) } ligne rattachée au message précédent
   *[other] { NUM($count) } lignes rattachées au message précédent
}
warning-identical-copy = une copie identique de ce fichier ailleurs dans l’export a été écartée
unrecognised-header-missing = sa première ligne ressemble à des données, pas à des noms de colonnes : elle n’est pas affichée
warning-missing-header = la ligne d’en-tête manque (la première ligne ne correspond à aucune colonne de ce fichier) : elle est lue comme une donnée et n’est pas affichée
merged-inputs = { $inputs } exports du même membre réunis{ $files ->
        [0] .
        [one] {" "}: le fichier présent dans les deux n'a été compté qu'une fois.
       *[other] {" "}: les { $files } fichiers présents dans les deux n'ont été comptés qu'une fois.
    }
written = Écrit : { $path }
replaced = Ancien fichier remplacé : { $path }
report-open = Pour lire le rapport, ouvrez ce lien dans votre navigateur :

## HTML report
html-doc-title = Ce que l'IA de LinkedIn peut apprendre de vous
html-kicker = Export de données LinkedIn · rapport sur l'entraînement de l'IA générative
html-prepared-for = Établi pour { $name }
html-redacted-banner = Copie caviardée : chiffres seulement. Les noms, les citations des textes du membre, les liens vers ses contenus et les noms de fichiers ont été retirés.
html-private-banner = Copie privée, pour vous seul·e : elle montre votre nom, votre âge, votre pays et les noms d'autres personnes. Ne la partagez pas ; relancez l'outil sans --private pour obtenir une copie à partager.
html-verdict-heading = Le verdict
html-figure-items = { $count ->
    [one] de vos éléments sur lequel l'IA de LinkedIn peut s'entraîner, selon ce que LinkedIn déclare ou laisse clairement entendre
   *[other] de vos éléments sur lesquels l'IA de LinkedIn peut s'entraîner, selon ce que LinkedIn déclare ou laisse clairement entendre
}
html-figure-items-minor = { $count ->
    [one] élément qui relèverait de l'entraînement dès que LinkedIn vous considérera comme majeur
   *[other] éléments qui relèveraient de l'entraînement dès que LinkedIn vous considérera comme majeur
}
html-figure-unconfirmed = { $count ->
    [one] autre élément rapporté ou non confirmé (réactions, republications sans texte, validations en attente)
   *[other] autres éléments rapportés ou non confirmés (réactions, republications sans texte, validations en attente)
}
html-figure-words = { $count ->
    [one] mot de votre plume parmi eux
   *[other] mots de votre plume parmi eux
}
html-figure-span = les années couvertes
html-figure-span-none = aucun élément daté
html-figure-since-region = début de l'entraînement sur ces données là où vous vivez
html-figure-since-18 = vos 18 ans, date à partir de laquelle l'entraînement de LinkedIn vous concerne
html-figure-since-unknown = depuis quand : cela dépend de votre région (indiquez-la avec --region)
html-since-unknown-region = Votre région est inconnue : ce rapport ne donne donc pas de date de début. Dans l'UE, l'EEE, en Suisse et au Royaume-Uni, LinkedIn entraîne son IA sur les données des membres depuis le { $europe-start }. Au Canada et à Hong Kong, il l'a fait en 2024, a suspendu l'entraînement, puis l'a repris le { $europe-start }. Aux États-Unis et dans la plupart des autres régions, il le fait depuis le { $elsewhere-by } au plus tard.
html-since-note = Cette date marque le début de l'entraînement, pas une limite : les contenus plus anciens servent aussi. Jusqu'où il remonte n'est pas public : l'autorité néerlandaise de protection des données a évoqué des données remontant « jusqu'à 2003 », et la DPC irlandaise a annoncé le { $scope-reduced } que LinkedIn avait réduit la période concernée, sans limite rendue publique.
html-cta = Désactiver
html-cta-path = Préférences et confidentialité > Confidentialité des données > Comment LinkedIn utilise vos données > Données pour l'amélioration de l'IA générative
html-minor = LinkedIn déclare ne pas utiliser les données des membres qu'il pense âgés de moins de 18 ans, « même si votre paramètre semble activé ». Cela suppose que LinkedIn connaisse votre âge.
html-ms-training = Au Royaume-Uni, LinkedIn partage aussi vos posts, commentaires, articles et vidéos avec Microsoft pour l'entraînement des IA de Microsoft. Le même paramètre le contrôle.
html-ms-ads = Dans votre région, LinkedIn partage aussi les données de votre profil, votre activité dans le fil et vos interactions avec les publicités avec Microsoft pour personnaliser les annonces. Un paramètre distinct le contrôle (voir « Que faire »).
html-learn-heading = Ce que l'IA de LinkedIn apprendrait de vous
html-learn-intro = Chaque carte correspond à un type de données de votre export que LinkedIn utilise, ou utiliserait selon la presse, pour entraîner son IA générative. Les citations sont vos propres textes, coupés à 280 caractères.
html-learn-intro-redacted = Chaque carte correspond à un type de données de l'export que LinkedIn utilise, ou utiliserait selon la presse, pour entraîner son IA générative.
html-card-items = { $count ->
    [one] élément
   *[other] éléments
}
html-card-items-unconfirmed = { $count ->
    [one] élément, rapporté ou non confirmé
   *[other] éléments, rapportés ou non confirmés
}
html-card-plus-unconfirmed = { $count ->
    [one] et { NUM($count) } autre, rapporté ou non confirmé (en attente : sur aucun profil)
   *[other] et { NUM($count) } autres, rapportés ou non confirmés (en attente : sur aucun profil)
}
html-card-others-words = { $count ->
    [one] { NUM($count) } mot écrit par d'autres personnes
   *[other] { NUM($count) } mots écrits par d'autres personnes
}
html-card-objection = { NUM($before) } publiés avant votre opposition (peut-être déjà utilisés), { NUM($after) } depuis
html-card-hiring-assistant = LinkedIn s'en sert aussi pour son IA d'aide au recrutement (Hiring Assistant), un usage distinct que le paramètre ne régit pas.
html-card-of = sur { NUM($total) } dans l'export
html-card-words = { $count ->
    [one] { NUM($count) } mot de votre plume
   *[other] { NUM($count) } mots de votre plume
}
html-card-undated = { $count ->
    [one] { NUM($count) } sans date
   *[other] { NUM($count) } sans date
}
html-card-no-dates = aucune date dans l'export
html-card-basis = Source
html-card-source = source { $n }
html-card-visibility = Visibilité
html-visibility-public = public
html-visibility-network = votre réseau (relations)
html-visibility-members = membres connectés à LinkedIn
html-visibility-other = autres valeurs
html-visibility-unclear = On ne sait pas si LinkedIn utilise les posts visibles par vos seules relations.
html-reported-note = Cité par la presse au sujet de ce changement, absent de la liste de LinkedIn.
html-kind-headline = Titre du profil
html-kind-summary = Résumé
html-kind-post = Post
html-kind-comment = Commentaire
html-kind-article = Article
html-timeline-heading = Vos données, année par année
html-timeline-intro = Éléments par année, selon les dates de l'export : ce qui relève de l'entraînement de l'IA, empilé sur ce qui n'en relève pas.
html-legend-ai = Entraînement de l'IA
html-legend-not-used = Non utilisé pour l'IA
html-legend-unconfirmed = Rapporté ou non confirmé
html-chart-label = Histogramme des éléments par année, de { $first } à { $last }. Le tableau ci-dessous donne les mêmes chiffres.
html-bar-title = { $year } : { NUM($ai) } pour l'entraînement de l'IA, { NUM($other) } non utilisés
html-bar-title-unconfirmed = { NUM($count) } rapportés ou non confirmés
html-timeline-undated = { $count ->
    [one] { NUM($count) } élément sans date n'apparaît pas.
   *[other] { NUM($count) } éléments sans date n'apparaissent pas.
}
html-timeline-empty = L'export ne contient aucun élément daté.
html-timeline-table = Les chiffres sous forme de tableau
html-timeline-caption = Éléments par année
html-col-year = Année
html-col-ai = Entraînement de l'IA
html-col-not-used = Non utilisés
html-col-unconfirmed = Rapportés ou non confirmés
html-col-total = Total
html-col-undated = Sans date
html-not-used-heading = Non utilisé pour entraîner l'IA
html-not-used-intro = Comptés, jamais montrés : aucun contenu de message, aucune coordonnée, aucune connexion, aucune donnée publicitaire ni aucune déduction n'apparaît dans cette page.
html-not-used-meaning = « Non utilisé » signifie : pas utilisé pour entraîner l'IA qui génère du contenu. LinkedIn peut utiliser ces données pour d'autres IA (sécurité, classification des contenus) ; pour vous y opposer, utilisez le formulaire d'opposition au traitement des données.
html-not-used-caption = Données de l'export que LinkedIn n'utilise pas pour entraîner son IA générative
html-not-used-none = L'export ne contient aucune donnée hors du champ de l'entraînement.
html-col-category = Données
html-col-records = Éléments
html-col-basis = Source
html-todo-heading = Que faire
html-good-to-know = Bon à savoir
html-step-optout = Désactivez « Données pour l'amélioration de l'IA générative »
    .desktop = Sur ordinateur : Vous > Préférences et confidentialité > Confidentialité des données > Comment LinkedIn utilise vos données > Données pour l'amélioration de l'IA générative, puis désactivez « Utiliser mes données pour entraîner des modèles d'IA de création de contenu ».
    .mobile = Dans l'application : votre photo de profil > Préférences > Confidentialité des données > Données pour l'amélioration de l'IA générative, puis désactivez l'option.
    .link = Accès direct au paramètre :
html-step-object = Opposez-vous aux autres utilisations de vos données
    .body = L'interrupteur ne concerne que l'IA qui génère du contenu. LinkedIn entraîne aussi des IA de classification des contenus, de modération et de sécurité sur votre profil, votre activité et vos messages. Le formulaire de demande d'opposition au traitement des données (article 21 du RGPD) permet de vous y opposer aussi.
    .link = Formulaire d'opposition :
html-step-limits = Sachez ce que la désactivation ne défait pas
    .past = L'entraînement déjà réalisé n'est pas annulé (LinkedIn) ; un modèle entraîné ne peut pas désapprendre (CNPD, Luxembourg).
    .later = Une opposition formulée après le { $europe-start } ne couvre que les contenus publiés ensuite (Garante, Italie).
html-step-delete = Supprimez ce que vous ne voulez plus voir utilisé
    .body = Supprimez vos posts, commentaires et autres contenus un par un sur LinkedIn, demandez l'effacement de vos données avec le formulaire de suppression, ou fermez votre compte.
    .form = Formulaire de suppression des données :
    .close = Fermer votre compte :
html-step-ms-ads = Désactivez le partage avec Microsoft à des fins publicitaires
    .body = Préférences et confidentialité > Données publicitaires > Partage de données avec les sociétés affiliées et les partenaires, puis désactivez l'option.
html-regulators = Si LinkedIn ne donne pas suite à votre demande, vous pouvez saisir une autorité de protection des données :
html-regulator-lead = autorité chef de file de LinkedIn dans l'UE
html-notes-heading = À propos de ces chiffres
html-notes-problems = { $count ->
    [one] { NUM($count) } fichier illisible, exclu des chiffres
   *[other] { NUM($count) } fichiers illisibles, exclus des chiffres
}
html-notes-unknown = { $count ->
    [one] { NUM($count) } fichier inconnu de cet outil (listé, non compté)
   *[other] { NUM($count) } fichiers inconnus de cet outil (listés, non comptés)
}
html-notes-warnings = { $count ->
    [one] { NUM($count) } avertissement sur les fichiers
   *[other] { NUM($count) } avertissements sur les fichiers
}
html-sources-heading = Sources
html-sources-intro = Les faits sur la politique de LinkedIn cités dans ce rapport ont été vérifiés pour la dernière fois le { $date }.
html-source-date = du { $date }
html-source-undated = page mise à jour en continu, sans version datée dans la référence du projet
html-footer-made = Réalisé avec { $tool } { $version }, hors ligne, à partir de l'export de données LinkedIn du membre. Cette page ne charge rien depuis Internet.
html-footer-inputs = Fichier analysé
html-footer-inputs-hidden = noms de fichiers retirés
html-footer-export-date = Date de l'export
html-footer-export-date-latest-record = { $date } (la donnée datée la plus récente : la date propre de l'export est inconnue)
html-footer-generated = Généré le
html-unknown = inconnue
html-month-year = { $month } { $year }

## Member and next steps
region-eu = Union européenne
region-eea = Espace économique européen (hors UE)
region-ch = Suisse
region-uk = Royaume-Uni
region-ca = Canada
region-hk = Hong Kong
region-us = États-Unis
region-other = une autre région
member-region-profile = Votre région : { $region } (d'après la localisation de votre profil : { $country }).
member-region-flag = Votre région : { $region } (indiquée avec --region).
member-region-unknown = Votre région est inconnue : la localisation de votre profil ne nomme aucun lieu que cet outil sache situer. Elle détermine depuis quand LinkedIn entraîne son IA sur vos données, qui en est responsable, quel droit vous pouvez invoquer et quelle autorité saisir : dans l'UE, l'EEE, en Suisse et au Royaume-Uni, depuis le { $europe-start }, avec un droit d'opposition (RGPD) ; au Canada et à Hong Kong, de nouveau depuis le { $europe-start }, après un début en 2024 et une suspension ; aux États-Unis et ailleurs, depuis le { $elsewhere-by } au plus tard, sans droit d'opposition à invoquer. Indiquez-la avec --region (eu, eea, ch, uk, ca, hk, us ou other).
member-training-since = LinkedIn utilise vos données pour entraîner son IA générative depuis le { $date }, sauf si vous avez désactivé le paramètre.
member-training-resumed = LinkedIn utilise vos données pour entraîner son IA générative depuis le { $date }, date de la reprise après une suspension, sauf si vous avez désactivé le paramètre.
member-history-heading = L'entraînement dans votre région :
history-started = { $date } : début de l'entraînement
history-suspended = { $date } : l'autorité britannique (ICO) a indiqué que LinkedIn avait suspendu l'entraînement au Royaume-Uni ; on ne sait pas si des données britanniques ont servi auparavant
history-paused = { $date } : entraînement suspendu après l'intervention de l'autorité
history-resumed = { $date } : reprise de l'entraînement
history-scope-reduced = { $date } : la DPC irlandaise annonce que LinkedIn a réduit les données et la période utilisées ; la nouvelle limite n'est pas publique
member-secondary-school = Votre formation indique un établissement d'enseignement secondaire que vous fréquentez encore : LinkedIn déclare ne pas utiliser les données des membres dont il pense qu'ils ont moins de 18 ans (par exemple, s'ils sont actuellement dans le secondaire).
member-minor = Vous avez { $age } ans. LinkedIn déclare ne pas utiliser, pour entraîner son IA générative, les données des membres dont il pense qu'ils ont moins de 18 ans, même si le paramètre semble activé ; cela suppose que LinkedIn connaisse votre âge. À partir de vos 18 ans, le { $date }, les éléments listés ici seraient utilisés, sauf si vous désactivez alors le paramètre (LinkedIn ne dit pas si ce que vous avez publié avant cette date en est exclu).
member-minor-undated = Vous avez { $age } ans. LinkedIn déclare ne pas utiliser, pour entraîner son IA générative, les données des membres dont il pense qu'ils ont moins de 18 ans, même si le paramètre semble activé ; cela suppose que LinkedIn connaisse votre âge. À partir de vos 18 ans, les éléments listés ici seraient utilisés, sauf si vous désactivez alors le paramètre (LinkedIn ne dit pas si ce que vous avez publié avant cette date en est exclu).
member-adult-since = Âge : { $age } ans. Vous avez eu 18 ans le { $date }, après le début de l'entraînement dans votre région ; jusque-là, LinkedIn déclare ne pas avoir utilisé vos données, s'il connaissait votre âge.
member-age-at-start = Âge : { $age } ans ({ $start } ans au début de l'entraînement dans votre région).
member-age = Âge : { $age } ans.
member-age-no-year = Votre âge est inconnu : la date de naissance de votre export n'a pas d'année. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.
member-age-unreadable = Votre âge est inconnu : la date de naissance de votre export est illisible. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.
member-age-none = Votre âge est inconnu : votre export ne donne pas de date de naissance. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.
next-steps-heading = Que faire maintenant :
next-steps-if-region = Si cela s'applique dans votre région : { $text }
policy-as-of = Faits sur la politique de LinkedIn vérifiés le { $date } (sources dans les rapports HTML et JSON).
member-region-profile-hidden = Votre région : { $region } (d'après la localisation de votre profil).
regulator = { $name } { $url }
regulator-lead = { $name }, autorité chef de file, { $url }
step-opt-out = Désactiver « Données pour l'amélioration de l'IA générative »
    .body = Sur ordinateur : Vous > Préférences et confidentialité > Confidentialité des données > Comment LinkedIn utilise vos données > Données pour l'amélioration de l'IA générative, puis désactivez l'option. Dans l'application mobile : votre photo de profil > Préférences > Confidentialité des données > Données pour l'amélioration de l'IA générative, puis désactivez l'option.
    .short = Désactivez « Données pour l'amélioration de l'IA générative » : { $url }
step-uk-microsoft-training = Royaume-Uni : partage avec Microsoft pour l'IA de Microsoft
    .body = Au Royaume-Uni, LinkedIn partage aussi avec Microsoft les posts, commentaires, articles, articles collaboratifs et vidéos que vous créez, pour l'entraînement des IA de Microsoft. Le même paramètre, « Données pour l'amélioration de l'IA générative », le contrôle.
    .short = Royaume-Uni : le même paramètre arrête aussi le partage de vos posts, commentaires, articles et vidéos avec Microsoft pour l'entraînement de ses propres IA.
# Le droit sur lequel repose l'opposition, après « article 21 » : celui du membre, ou les
# deux quand sa région est inconnue.
law-article-gdpr = du RGPD
law-article-uk-gdpr = du UK GDPR
law-article-unknown = du RGPD, ou du UK GDPR
step-objection-form = Vous opposer avec le formulaire « Data Processing Objection Request »
    .body = Ce formulaire (article 21 { $law }) couvre ce que le paramètre ne couvre pas : LinkedIn utilise aussi vos données pour entraîner des IA de classification des contenus, de modération et de sécurité. Avec --letter CHEMIN, cet outil rédige une lettre d'opposition prête à y être collée ; complétez d'abord son paragraphe sur votre situation particulière.
    .short = Opposez-vous à tout usage de vos données par l'IA, pas seulement à cet entraînement (article 21 { $law }) : { $url } (--letter CHEMIN en rédige le texte).
step-request-form = Demander à LinkedIn d'arrêter, avec le formulaire « Data Processing Objection Request »
    .body = Le droit d'opposition du RGPD ne s'applique pas là où vous vivez ; vous pouvez néanmoins demander à LinkedIn, par ce formulaire, de cesser d'utiliser vos données pour entraîner ses IA (au Canada et à Hong Kong, en retirant votre consentement). Avec --letter CHEMIN, cet outil rédige la demande.
    .short = Demandez à LinkedIn de cesser d'utiliser vos données pour l'IA : { $url } (--letter CHEMIN rédige la demande).
step-dpo = Écrire au délégué à la protection des données de LinkedIn
    .body = Vous pouvez aussi adresser la lettre d'opposition au délégué à la protection des données de LinkedIn ({ $ireland-address }) par ce formulaire de contact.
    .short = Ou adressez l'opposition au délégué à la protection des données de LinkedIn : { $url }
step-dpo-corporation = Écrire au délégué à la protection des données de LinkedIn
    .body = Vous pouvez aussi adresser la lettre au délégué à la protection des données de LinkedIn ({ $corporation-address }, responsable du traitement de vos données) par ce formulaire de contact.
    .short = Ou adressez la lettre au délégué à la protection des données de LinkedIn : { $url }
step-microsoft-ads = Désactiver le partage de vos données avec Microsoft pour la publicité
    .body = Depuis le { $europe-start }, hors UE, EEE, Royaume-Uni et Suisse, LinkedIn partage avec Microsoft les données de votre profil, votre activité dans le fil et vos interactions avec les publicités, pour personnaliser les annonces. C'est un paramètre distinct (aux États-Unis, un signal Global Privacy Control vaut aussi refus).
    .short = Désactivez aussi le partage avec Microsoft à des fins publicitaires : { $url }
step-delete-items = Supprimer les éléments que vous ne voulez pas voir utilisés
    .body = Supprimez un à un sur LinkedIn les posts, commentaires et autres éléments. Avec --items CHEMIN, cet outil écrit la liste de tous les éléments concernés (catégorie, date, lien, extrait) pour que vous puissiez les passer en revue.
    .short = Supprimez ce que vous ne voulez pas voir utilisé (--items CHEMIN liste chaque élément), demandez l'effacement : { $form }, ou fermez le compte : { $close }
step-deletion-form = Demander l'effacement avec le formulaire « Data Deletion »
    .body = Le formulaire « Data Deletion » demande à LinkedIn d'effacer les données que vous ne pouvez pas supprimer vous-même.
    .short = Demandez l'effacement : { $url }
step-close-account = Fermer le compte
    .body = Fermer votre compte met fin à toute utilisation ultérieure de vos données ; cela n'annule pas l'entraînement déjà effectué.
    .short = Fermez le compte : { $url }
step-past-training = Ce que la désactivation n'annule pas
    .body = Désactiver le paramètre ou vous opposer « n'affecte pas l'entraînement déjà effectué » (LinkedIn) : un modèle entraîné ne peut pas désapprendre (CNPD, Luxembourg). Jusqu'où remontent les données utilisées n'est pas public : l'autorité néerlandaise a évoqué des données remontant à 2003, et la DPC irlandaise a annoncé le { $scope-reduced } que LinkedIn avait réduit la période concernée, sans limite rendue publique.
    .short = Désactiver n'annule pas l'entraînement déjà effectué : un modèle entraîné ne peut pas désapprendre.
step-late-objection = Une opposition ne couvre désormais que ce que vous publierez
    .body = Selon l'autorité italienne (Garante), une opposition formée après le { $europe-start } ne couvre que les contenus publiés ensuite.
    .short = Une opposition formée après le { $date } ne couvre que ce que vous publiez ensuite (autorité italienne, Garante).
step-complain = Saisir une autorité de protection des données
    .body = Si LinkedIn ne répond pas, ou si sa réponse ne vous satisfait pas, vous pouvez saisir une autorité de protection des données. Dans l'UE et l'EEE, la Commission de protection des données (DPC) irlandaise est l'autorité chef de file pour LinkedIn, et vous pouvez aussi saisir l'autorité de votre pays (en Allemagne, celle de votre Land).
    .short = Réclamation : { $authorities }
    .short-unknown = Saisissez votre autorité de protection des données (laquelle dépend de votre région).
letter-to = À l'attention du délégué à la protection des données de LinkedIn, { $address }
letter-to-unknown = À l'attention du délégué à la protection des données de LinkedIn, [{ $ireland-address }, dans l'UE, l'EEE et en Suisse ; { $corporation-address }, ailleurs : relancez l'outil avec --region]
letter-via = Envoyée par le formulaire « Data Processing Objection Request » ({ $form }) ou au délégué à la protection des données ({ $dpo }).
letter-date = Le { $date }
letter-subject-gdpr = Objet : Opposition au traitement de mes données à caractère personnel (article 21 du RGPD)
letter-subject-gdpr-ch = Objet : Opposition au traitement de mes données à caractère personnel (article 21 du RGPD ; LPD suisse)
letter-subject-uk-gdpr = Objet : Opposition au traitement de mes données à caractère personnel (article 21 du UK GDPR)
letter-subject-pipeda = Objet : Retrait de mon consentement à l'utilisation de mes renseignements personnels pour entraîner l'IA (LPRPDE)
letter-subject-pdpo = Objet : Retrait de mon consentement à l'utilisation de mes données à caractère personnel pour entraîner l'IA (PDPO)
letter-subject-none = Objet : Demande de cesser d'utiliser mes données à caractère personnel pour entraîner l'IA
letter-member = Titulaire du compte : { $name }
letter-email = Adresse électronique de mon compte LinkedIn : { $email }
letter-salutation = Madame, Monsieur,
letter-objection-gdpr = Sur le fondement de l'article 21, paragraphe 1, du règlement général sur la protection des données (RGPD), je m'oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données à caractère personnel aux fins d'entraînement des modèles d'intelligence artificielle générative de LinkedIn et de tout autre modèle d'intelligence artificielle ou d'apprentissage automatique. LinkedIn fonde l'entraînement de son IA générative sur son intérêt légitime (article 6, paragraphe 1, point f).
letter-objection-gdpr-ch = Sur le fondement de l'article 21, paragraphe 1, du règlement général sur la protection des données (RGPD), applicable au traitement de mes données par LinkedIn Ireland en tant que membre résidant en Suisse (article 3), je m'oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données à caractère personnel aux fins d'entraînement des modèles d'intelligence artificielle générative de LinkedIn et de tout autre modèle d'intelligence artificielle ou d'apprentissage automatique. LinkedIn fonde cet entraînement sur son intérêt légitime (article 6, paragraphe 1, point f). Je m'y oppose également en vertu de l'article 30, alinéa 2, lettre b, de la loi fédérale suisse sur la protection des données (LPD).
letter-objection-uk-gdpr = Sur le fondement de l'article 21, paragraphe 1, du règlement général sur la protection des données du Royaume-Uni (UK GDPR), je m'oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données à caractère personnel aux fins d'entraînement des modèles d'intelligence artificielle générative de LinkedIn et de tout autre modèle d'intelligence artificielle ou d'apprentissage automatique. LinkedIn fonde l'entraînement de son IA générative sur son intérêt légitime (article 6, paragraphe 1, point f).
letter-objection-pipeda = En vertu du principe 4.3.8 de l'annexe 1 de la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE), je retire mon consentement à l'utilisation de mes renseignements personnels pour entraîner les modèles d'intelligence artificielle générative de LinkedIn et tout autre modèle d'intelligence artificielle ou d'apprentissage automatique.
letter-objection-pdpo = Je retire tout consentement à l'utilisation de mes données à caractère personnel pour entraîner les modèles d'intelligence artificielle générative de LinkedIn et tout autre modèle d'intelligence artificielle ou d'apprentissage automatique. En vertu du principe 3 de protection des données de la Personal Data (Privacy) Ordinance (Cap. 486), des données à caractère personnel ne peuvent être utilisées à une nouvelle fin sans mon consentement exprès, que je ne donne pas.
letter-objection-none = Je vous demande de cesser d'utiliser mes données à caractère personnel pour entraîner les modèles d'intelligence artificielle générative de LinkedIn et tout autre modèle d'intelligence artificielle ou d'apprentissage automatique.
letter-quebec = Résidant au Québec, je retire également ce consentement en vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, telle que modifiée par la Loi 25.
letter-situation-gdpr = Les raisons tenant à ma situation particulière sont les suivantes : [Décrivez ici, en quelques phrases de votre main, pourquoi ce traitement vous touche particulièrement, par exemple votre profession, la confidentialité due à vos clients ou à votre employeur, ou la réutilisation de vos écrits sans mention de votre nom. Remplacez ce paragraphe avant l'envoi.]
letter-situation-other = Mes raisons : [Décrivez ici, en quelques phrases de votre main, pourquoi vous ne voulez pas que vos données soient utilisées ainsi. Remplacez ce paragraphe avant l'envoi.]
letter-found = L'export de mes données du { $date } contient notamment les données suivantes, concernées par ce traitement :
letter-found-undated = L'export de mes données contient notamment les données suivantes, concernées par ce traitement :
letter-category = { $category } : { NUM($count) }
letter-total = Soit { $count ->
    [one] { NUM($count) } élément
   *[other] { NUM($count) } éléments
} au total.
letter-requests = En conséquence, je vous demande :
letter-request-stop = 1. de cesser ce traitement de mes données à caractère personnel, à moins que vous ne démontriez l'existence de motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés (article 21, paragraphe 1) ;
letter-request-restrict = 2. d'en limiter le traitement pendant l'examen de mon opposition (article 18, paragraphe 1, point d) ;
letter-request-confirm = 3. de me confirmer par écrit, dans un délai d'un mois à compter de la réception de la présente demande (article 12, paragraphe 3), les mesures prises à la suite de celle-ci.
letter-request-stop-other = 1. de cesser d'utiliser mes données à caractère personnel pour entraîner ces modèles et de les exclure de tout entraînement futur ;
letter-request-confirm-other = 2. de me confirmer par écrit les mesures prises à la suite de la présente demande.
letter-fill-situation = Avant d'envoyer la lettre, remplacez le paragraphe entre [crochets] par quelques phrases sur votre propre situation : une opposition fondée sur le RGPD doit invoquer des raisons tenant à votre situation particulière.
letter-fill-reasons = Avant d'envoyer la lettre, remplacez le paragraphe entre [crochets] par quelques phrases de votre main.
letter-region-unknown = Votre région est inconnue : la lettre est une simple demande, sans responsable du traitement désigné. Relancez l'outil avec --region pour obtenir la lettre fondée sur le droit de votre région.
letter-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
letter-name-missing = [vos prénom et nom]
letter-email-missing = [l'adresse électronique de votre compte LinkedIn]
# Le séparateur de champs de la liste à revoir (--items) : celui qu'attendent les tableurs dans cette langue.
items-separator = ;
items-category = Catégorie
items-date = Date
items-link = Lien
items-excerpt = Extrait
items-flags = Peut révéler

## Ce que les propres écrits du membre peuvent révéler (terminal et HTML : des nombres, jamais les éléments)
sensitive-heading = Ce que vos écrits peuvent révéler
sensitive-intro = { $count ->
    [one] Un élément de vos propres écrits soumis à l'entraînement de l'IA peut révéler des données personnelles ou sensibles :
   *[other] { NUM($count) } éléments de vos propres écrits soumis à l'entraînement de l'IA peuvent révéler des données personnelles ou sensibles :
}
sensitive-flag-line = { $label } : { NUM($count) }
sensitive-flag-email = une adresse électronique
sensitive-flag-phone = un numéro de téléphone
sensitive-flag-iban = un numéro de compte bancaire (IBAN)
sensitive-flag-health = la santé
sensitive-flag-religion = la religion ou les convictions
sensitive-flag-politics = les opinions politiques
sensitive-flag-union = l'appartenance syndicale
sensitive-flag-sexuality = l'orientation sexuelle
sensitive-flag-ethnicity = l'origine raciale ou ethnique
sensitive-todo = Relisez chaque élément signalé : supprimez-le, modifiez-le pour en retirer le détail, ou restreignez qui peut le voir. La liste de relecture (--items FICHIER) les signale dans sa colonne « Peut révéler ».
sensitive-special = La santé, la religion ou les convictions, les opinions politiques, l'appartenance syndicale, l'orientation sexuelle et l'origine raciale ou ethnique sont des catégories particulières de données personnelles (article 9 du RGPD), que LinkedIn dit ne filtrer de l'entraînement qu'en partie.
sensitive-limits = Cette vérification est automatique et prudente : elle lit le français et l'anglais, peut manquer des éléments et peut se tromper. Ce qu'elle trouve reste sur votre ordinateur.
sensitive-items = Les éléments signalés (sur cette page privée seulement) :
sensitive-item = { $item } ({ $flags }) : { $excerpt }
sensitive-item-no-excerpt = { $item } ({ $flags })
items-count = Éléments
name-mark = [nom]

## Erreurs
error-not-found = « { $path } » n'existe pas : indiquez le chemin du fichier .zip de votre export LinkedIn ou du dossier où vous l'avez extrait
error-empty = « { $path } » est vide : téléchargez à nouveau votre export LinkedIn
error-incomplete = « { $path } » est un téléchargement incomplet : téléchargez à nouveau l'archive sur LinkedIn (Préférences et confidentialité > Confidentialité des données > Obtenir une copie de vos données)
error-not-an-archive = « { $path } » est { $detail }, pas un export de données LinkedIn : indiquez le fichier .zip entier que vous avez téléchargé, ou le dossier où vous l'avez extrait
error-corrupt = « { $path } » est une archive zip endommagée ({ $detail }) : téléchargez-la à nouveau sur LinkedIn
error-unsupported = « { $path } » est un zip que cet outil ne sait pas lire ({ $detail }) : extrayez-le avec l'outil d'archives de votre système et indiquez le dossier extrait
error-too-many-entries = « { $path } » contient plus de { NUM($limit) } fichiers, bien plus qu'un export LinkedIn : vérifiez le chemin, ou augmentez --max-entries s'il est authentique
error-unreadable = « { $path } » ne peut pas être lu ({ $detail }) : vérifiez qu'il existe et que vous avez le droit de le lire
error-nothing-recognised = « { $path } » ne contient aucun fichier d'export LinkedIn : indiquez le zip téléchargé sur LinkedIn (Préférences et confidentialité > Confidentialité des données > Obtenir une copie de vos données), ou le dossier où il a été extrait
error-own-report = « { $path } » est un rapport écrit par linkedin-exposure, pas un export : indiquez l’export de données LinkedIn dont il est tiré (le fichier .zip téléchargé, ou le dossier où vous l’avez extrait)
error-undecodable = « { $path } » : chaque fichier utilise une méthode de compression ou un chiffrement que cet outil ne sait pas lire (les archives de LinkedIn n’en utilisent aucun) : téléchargez à nouveau l’archive sur LinkedIn et indiquez-la telle quelle, sans la recompresser ni la protéger par un mot de passe
error-nested-zip = « { $path } » contient un autre zip, « { $inner } », et aucun fichier LinkedIn : extrayez-en « { $inner } » et lancez cet outil sur ce zip
error-nothing-readable = « { $path } » : { $count ->
    [one] son seul fichier n’a pas pu être lu
   *[other] aucun de ses { NUM($count) } fichiers n’a pu être lu
} ({ $detail }) : vérifiez que vous avez le droit de les lire, ou extrayez à nouveau l’archive
error-folder-of-zips = « { $path } » n’est pas un export mais contient { $count ->
    [one] un fichier zip
   *[other] { NUM($count) } fichiers zip
} ({ $zips }) : lancez cet outil sur le plus récent, « { $newest } »
error-output-is-input = « { $path } » est l’un de vos fichiers d’entrée : donnez à { $flag } un autre chemin pour ne pas écraser votre export
error-output-inside-input = « { $path } » se trouve dans votre export « { $input } » : donnez à { $flag } un chemin hors de ce dossier, pour que votre export reste tel que LinkedIn l’a fourni
error-output-is-folder = « { $path } » est un dossier : donnez à { $flag } le chemin d’un fichier, par exemple rapport.html
error-output-not-regular = « { $path } » n’est pas un fichier ordinaire (un tube, une socket ou un périphérique) : donnez à { $flag } le chemin d’un fichier
error-output-same-path = { $first } et { $second } désignent tous deux « { $path } » : donnez à chaque sortie son propre chemin
error-output-write = impossible d’écrire « { $path } » ({ $detail }) : donnez à { $flag } un chemin dans un dossier où vous pouvez écrire
error-two-members = « { $first_path } » ({ $first }) et « { $second_path } » ({ $second }) sont les exports de deux membres différents : lancez l'outil sur l'export d'un seul membre à la fois (ses archives Basic et Complete peuvent être données ensemble)
error-terminal = impossible d'écrire dans le terminal ({ $detail })
error-objected-on = --objected-on { $date } : indiquez le jour où vous avez désactivé le paramètre ou formé votre opposition, entre 2003 et aujourd'hui (AAAA-MM-JJ)
detected-pdf = un PDF
detected-text = un fichier texte ou CSV
detected-html = une page web (HTML)
detected-gzip = un fichier gzip
detected-7z = une archive 7-Zip
detected-rar = une archive RAR
detected-tar = une archive tar
detected-device = pas un fichier ordinaire (un tube ou un périphérique)
detected-unknown = pas une archive reconnue
# Pourquoi un fichier de l’export n’est pas lu (la liste des fichiers laissés hors des chiffres).
entry-name-too-long = un nom de { NUM($bytes) } octets, pas un fichier LinkedIn ; non lu
entry-no-name = le fichier n’a pas de nom utilisable
entry-symbolic-link = lien symbolique non suivi
entry-encrypted = chiffré (protégé par un mot de passe) ; les exports LinkedIn ne le sont pas
entry-method = compressé selon une méthode non prise en charge ({ $method }) ; seules les méthodes « stored » et « deflate » sont lues
entry-nested-zip = un zip dans l’archive : extrayez-le et indiquez ce zip intérieur
entry-overlap = ses données chevauchent celles d’un autre fichier, un procédé de bombe zip ; non lu
entry-duplicate-names = l’archive contient plusieurs fichiers sous des noms identiques octet pour octet ; un seul de chacun est lu
entry-duplicate-path = un autre fichier a le même chemin ; seul le premier est lu
entry-folder-unreadable = le dossier ne peut pas être lu : { $detail }
entry-folder-incomplete = le dossier ne peut pas être lu en entier : { $detail }
entry-unreadable = illisible : { $detail }
entry-folder-too-deep = dossier imbriqué trop profondément ; non lu
entry-not-regular = pas un fichier ordinaire
entry-damaged = les données sont endommagées ({ $detail }) : téléchargez à nouveau l’archive
entry-unsupported = illisible : { $detail }
entry-no-such-entry = aucun fichier numéro { $index } dans cette entrée
entry-read-error = erreur de lecture : { $detail }
damage-checksum = somme de contrôle invalide
damage-compressed-data = données compressées invalides
damage-cut-short = les données s’arrêtent trop tôt
damage-directory = table des matières invalide
unsupported-feature = il utilise une fonctionnalité du format zip que cet outil ne lit pas
unsupported-directory = sa table des matières occupe { NUM($size) } { $unit ->
    [mb] Mo
   *[kb] ko
}, plus qu’il n’en faut pour { NUM($limit) } fichiers ; augmentez --max-entries s’il est authentique
unsupported-method = méthode de compression { $method }
unsupported-encrypted = chiffré
limit-ratio = arrêté : il se décompresse à plus de { NUM($limit) } fois sa taille compressée, comme une bombe zip (augmentez { $flag } si le fichier est authentique)
limit-entries = arrêté : plus de { NUM($limit) } fichiers (augmentez { $flag } s’ils sont authentiques)
limit-total-bytes = arrêté : l’ensemble des entrées dépasse { NUM($limit) } octets (augmentez { $flag } si elles sont authentiques)
limit-entry-bytes = arrêté : le fichier dépasse { NUM($limit) } octets (augmentez { $flag } s’il est authentique)
limit-records = arrêté : le fichier compte plus de { NUM($limit) } enregistrements (augmentez { $flag } s’il est authentique)
limit-article-bytes = non lu : les pages d’articles lues avant lui dépassent { NUM($limit) } octets (augmentez { $flag } si elles sont authentiques)
limit-cpu-seconds = arrêté : l’analyse a utilisé { NUM($limit) } s de temps processeur, plus qu’aucun véritable export n’en demande (augmentez { $flag } si l’export est authentique)

## Sources (titres affichés dans les rapports ; le JSON garde les titres anglais de policy.rs)
source-title-privacy-notice-eu = LinkedIn, politique de confidentialité régionale européenne : ligne « To train our content-generating Generative AI systems » (depuis la version en vigueur le { $europe-start }), sections sur le responsable du traitement et les contacts (version en vigueur le 21 août 2026 ; copies datées conservées par Open Terms Archive)
source-title-privacy-policy-global = LinkedIn, politique de confidentialité (monde) : le paramètre ajouté, activé par défaut, dans la version en vigueur le { $elsewhere-by } ; LinkedIn Corporation responsable du traitement hors des pays désignés
source-title-help-opt-out = Aide LinkedIn a6278444 : la désactivation « n'affecte pas l'entraînement déjà effectué »
source-title-press-reactions = Articles de la presse française sur le changement citant les « réactions déposées sur les posts d'autrui » (le titre n'est pas identifié dans la référence du projet : incertain)
source-title-ap-nl = Autoriteit Persoonsgegevens (autorité néerlandaise de protection des données) : LinkedIn pourrait utiliser des données « remontant à 2003 »
source-title-dpc-ie = Commission de protection des données (DPC, Irlande) : LinkedIn a réduit la portée du traitement, « tant pour les données à caractère personnel utilisées que pour la période » (nouvelle limite non publique) ; le traitement n'est « ni approuvé, ni jugé conforme »
source-title-pcpd-hk = Privacy Commissioner for Personal Data (Hong Kong), communiqué : LinkedIn a suspendu le { $hong-kong-paused } l'utilisation des données des membres de Hong Kong pour entraîner son IA
source-title-opc-ca = Commissariat à la protection de la vie privée du Canada (CPVP), communiqué : LinkedIn a suspendu l'utilisation des données des membres canadiens pour entraîner son IA
source-title-ico-uk = Information Commissioner's Office (Royaume-Uni), déclaration : LinkedIn a suspendu l'entraînement de son IA sur les données des membres britanniques
source-title-garante-it = Garante per la protezione dei dati personali (autorité italienne), communiqué : une opposition formée après le { $europe-start } ne couvre que les contenus publiés ensuite
source-title-authorities = Comité européen de la protection des données : ses membres, les autorités nationales de protection des données de l'UE et de l'EEE
source-title-authorities-de = Datenschutzkonferenz (Allemagne) : les autorités de contrôle de la protection des données des Länder
source-title-bdsg-40 = Bundesdatenschutzgesetz (loi fédérale allemande sur la protection des données), article 40 : les autorités des Länder contrôlent les entreprises
source-title-gdpr = EUR-Lex : règlement (UE) 2016/679 (RGPD), articles 12, paragraphe 3, 18, paragraphe 1, point d, et 21, paragraphe 1
source-title-uk-gdpr = legislation.gov.uk : le UK GDPR, article 21, paragraphe 1
source-title-fadp = Fedlex : loi fédérale suisse sur la protection des données (LPD), article 30, alinéa 2, lettre b
source-title-pipeda = Site Web de la législation (Canada) : LPRPDE, annexe 1, principe 4.3.8 (retrait du consentement)
source-title-quebec-private-sector = LégisQuébec : Loi sur la protection des renseignements personnels dans le secteur privé (P-39.1), telle que modifiée par la Loi 25
source-title-pdpo = Hong Kong e-Legislation : Personal Data (Privacy) Ordinance (Cap. 486), principe 3 de protection des données
source-title-cnpd-lu = Commission nationale pour la protection des données (Luxembourg) : un modèle entraîné ne peut pas désapprendre
