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
    [one] { NUM($count) } enregistrement
   *[other] { NUM($count) } enregistrements
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
category-job_answers = Réponses de candidature, CV
category-ai_conversations = Conversations avec l'IA de LinkedIn
category-messages = Messages privés
category-job_applications = Candidatures
category-payments = Paiements
category-logins_security = Connexions, sécurité
category-network = Relations, invitations, abonnements
category-contact_info = Coordonnées
category-ads_inferences = Publicité, déductions
category-activity = Recherches, enregistrements, formations

## Bases
basis-stated = déclaré par LinkedIn
basis-implied = implicite (profil)
basis-reported = rapporté par la presse
basis-excluded = exclu par LinkedIn
basis-not_listed = non mentionné

## Tableau
table-category = Catégorie
table-items = Éléments
table-ai = Utilisé pour l'IA
table-words = Mots
table-span = Période
table-basis = Fondement
table-no = non
table-total = Total
verdict = L'IA générative de LinkedIn peut s'entraîner sur { $items ->
    [one] { NUM($items) } de vos éléments
   *[other] { NUM($items) } de vos éléments
} ({ $words ->
    [one] { NUM($words) } mot
   *[other] { NUM($words) } mots
} de votre plume), de { $first } à { $last }, sauf si vous le désactivez.
verdict-undated = L'IA générative de LinkedIn peut s'entraîner sur { $items ->
    [one] { NUM($items) } de vos éléments
   *[other] { NUM($items) } de vos éléments
} ({ $words ->
    [one] { NUM($words) } mot
   *[other] { NUM($words) } mots
} de votre plume), sauf si vous le désactivez.
verdict-none = Cet export ne contient rien que LinkedIn dise utiliser pour entraîner son IA générative.
opt-out-line = Pour désactiver : Préférences et confidentialité > Confidentialité des données > Données pour l'amélioration de l'IA générative — { $url }
not-used-meaning = « non » signifie : pas utilisé pour entraîner l'IA qui génère du contenu. LinkedIn peut utiliser ces données pour d'autres IA (sécurité, classification) ; pour vous y opposer, utilisez le formulaire d'opposition au traitement des données.
policy-stale = Attention : les faits sur la politique de LinkedIn datent du { $date }, il y a plus d'un an. Vérifiez la politique de confidentialité actuelle de LinkedIn.
problems-heading = Non lus (exclus des chiffres) :
unrecognised-heading = Fichiers inconnus de cet outil (listés, non comptés) :
warnings-heading = Avertissements :
warning-missing-column = la colonne « { $detail } » manque : ses chiffres comptent pour zéro
warning-unexpected-column = colonne inattendue « { $detail } » : le format a peut-être changé
warning-invalid-utf8 = { $count ->
    [one] { NUM($count) } enregistrement mal encodé (décodé au mieux)
   *[other] { NUM($count) } enregistrements mal encodés (décodés au mieux)
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
warning-duplicate = le même fichier figurait dans plusieurs entrées ; cette copie a été utilisée ({ $detail })
written = Écrit : { $path }

## HTML report
html-doc-title = Ce que l'IA de LinkedIn peut apprendre de vous
html-kicker = Export de données LinkedIn · rapport sur l'entraînement de l'IA générative
html-prepared-for = Établi pour { $name }
html-redacted-banner = Copie caviardée : chiffres seulement. Les noms, les citations des textes du membre, les liens vers ses contenus et les noms de fichiers ont été retirés.
html-verdict-heading = Le verdict
html-figure-items = { $count ->
    [one] de vos éléments sur lequel l'IA de LinkedIn peut s'entraîner
   *[other] de vos éléments sur lesquels l'IA de LinkedIn peut s'entraîner
}
html-figure-words = { $count ->
    [one] mot de votre plume parmi eux
   *[other] mots de votre plume parmi eux
}
html-figure-span = les années couvertes
html-figure-span-none = aucun élément daté
html-figure-since = début de l'entraînement sur ces données
html-figure-since-region = début de l'entraînement sur ces données là où vous vivez
html-figure-since-18 = vos 18 ans, date à partir de laquelle l'entraînement de LinkedIn vous concerne
html-since-unknown-region = Date valable pour l'UE, l'EEE, la Suisse, le Royaume-Uni, le Canada et Hong Kong. Aux États-Unis et dans la plupart des autres régions : depuis { $elsewhere }. L'export ne permet pas de savoir laquelle vous concerne.
html-since-note = Cette date marque le début de l'entraînement, pas une limite : les contenus plus anciens servent aussi (l'autorité néerlandaise de protection des données a prévenu que les données remontant « jusqu'à 2003 » seraient utilisées).
html-cta = Désactiver
html-cta-path = Préférences et confidentialité > Confidentialité des données > Données pour l'amélioration de l'IA générative
html-minor = LinkedIn déclare ne pas utiliser les données des membres qu'il pense âgés de moins de 18 ans, « même si votre paramètre semble activé ». Cela suppose que LinkedIn connaisse votre âge.
html-ms-training = Au Royaume-Uni, LinkedIn partage aussi vos posts, commentaires, articles et vidéos avec Microsoft pour l'entraînement des IA de Microsoft. Le même paramètre le contrôle.
html-ms-ads = Dans votre région, LinkedIn partage aussi les données de votre profil, votre activité dans le fil et vos interactions avec les publicités avec Microsoft pour personnaliser les annonces. Un paramètre distinct le contrôle (voir « Que faire »).
html-learn-heading = Ce que l'IA de LinkedIn apprendrait de vous
html-learn-intro = Chaque carte correspond à un type de données de votre export que LinkedIn utilise, ou utiliserait selon la presse, pour entraîner son IA générative. Les citations sont vos propres textes, coupés à 280 caractères.
html-learn-intro-redacted = Chaque carte correspond à un type de données de l'export que LinkedIn utilise, ou utiliserait selon la presse, pour entraîner son IA générative.
html-card-items = { $count ->
    [one] élément
   *[other] éléments
}
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
html-card-basis = Fondement
html-card-source = source { $n }
html-card-visibility = Visibilité
html-visibility-public = public
html-visibility-other = autres valeurs
html-visibility-unclear = On ne sait pas si LinkedIn utilise les posts visibles par vos seules relations.
html-reported-note = Cité par la presse au sujet de ce changement, absent de la liste de LinkedIn.
html-kind-headline = Titre du profil
html-kind-summary = Résumé
html-kind-post = Post
html-kind-comment = Commentaire
html-kind-article = Article
html-timeline-heading = Vos données, année par année
html-timeline-intro = Enregistrements par année, selon les dates de l'export : ce qui relève de l'entraînement de l'IA, empilé sur ce qui n'en relève pas.
html-legend-ai = Entraînement de l'IA
html-legend-not-used = Non utilisé pour l'IA
html-chart-label = Histogramme des enregistrements par année, de { $first } à { $last }. Le tableau ci-dessous donne les mêmes chiffres.
html-bar-title = { $year } : { NUM($ai) } pour l'entraînement de l'IA, { NUM($other) } non utilisés
html-timeline-undated = { $count ->
    [one] { NUM($count) } enregistrement sans date n'apparaît pas.
   *[other] { NUM($count) } enregistrements sans date n'apparaissent pas.
}
html-timeline-empty = L'export ne contient aucun enregistrement daté.
html-timeline-table = Les chiffres sous forme de tableau
html-timeline-caption = Enregistrements par année
html-col-year = Année
html-col-ai = Entraînement de l'IA
html-col-not-used = Non utilisés
html-col-total = Total
html-not-used-heading = Non utilisé pour entraîner l'IA
html-not-used-intro = Comptés, jamais montrés : aucun contenu de message, aucune coordonnée, aucune connexion, aucune donnée publicitaire ni aucune déduction n'apparaît dans cette page.
html-not-used-meaning = « Non utilisé » signifie : pas utilisé pour entraîner l'IA qui génère du contenu. LinkedIn peut utiliser ces données pour d'autres IA (sécurité, classification des contenus) ; pour vous y opposer, utilisez le formulaire d'opposition au traitement des données.
html-not-used-caption = Données de l'export que LinkedIn n'utilise pas pour entraîner son IA générative
html-not-used-none = L'export ne contient aucune donnée hors du champ de l'entraînement.
html-col-category = Données
html-col-records = Enregistrements
html-col-basis = Fondement
html-todo-heading = Que faire
html-step-optout = Désactivez « Données pour l'amélioration de l'IA générative »
    .desktop = Sur ordinateur : Vous > Préférences et confidentialité > Confidentialité des données > Comment LinkedIn utilise vos données > Données pour l'amélioration de l'IA générative, puis désactivez « Utiliser mes données pour entraîner des modèles d'IA de création de contenu ».
    .mobile = Dans l'application : votre photo de profil > Préférences > Confidentialité des données > Données pour l'amélioration de l'IA générative, puis désactivez l'option.
    .link = Accès direct au paramètre :
html-step-object = Opposez-vous aux autres utilisations de vos données
    .body = L'interrupteur ne concerne que l'IA qui génère du contenu. LinkedIn entraîne aussi des IA de classification des contenus, de modération et de sécurité sur votre profil, votre activité et vos messages. Le formulaire de demande d'opposition au traitement des données (article 21 du RGPD) permet de vous y opposer aussi.
    .link = Formulaire d'opposition :
html-step-limits = Sachez ce que la désactivation ne défait pas
    .past = L'entraînement déjà réalisé n'est pas annulé (LinkedIn) ; un modèle entraîné ne peut pas désapprendre (CNPD, Luxembourg).
    .later = Une opposition formulée après le 3 novembre 2025 ne couvre que les contenus publiés ensuite (Garante, Italie).
html-step-delete = Supprimez ce que vous ne voulez plus voir utilisé
    .body = Supprimez vos posts, commentaires et autres contenus un par un sur LinkedIn, demandez l'effacement de vos données avec le formulaire de suppression, ou fermez votre compte.
    .form = Formulaire de suppression des données :
    .close = Fermer votre compte :
html-step-ms-ads = Désactivez le partage avec Microsoft à des fins publicitaires
    .body = Préférences et confidentialité > Données publicitaires > Partage de données avec les sociétés affiliées et les partenaires, puis désactivez l'option. LinkedIn ne donne pas d'adresse directe pour ce paramètre.
html-regulators = Si LinkedIn ne donne pas suite à votre demande, vous pouvez saisir une autorité de protection des données :
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
html-footer-made = Réalisé avec { $tool } { $version }, hors ligne, à partir de l'export de données LinkedIn du membre. Cette page ne charge rien depuis Internet.
html-footer-inputs = Fichier analysé
html-footer-inputs-hidden = noms de fichiers retirés
html-footer-export-date = Date de l'export
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
country-at = Autriche
country-be = Belgique
country-bg = Bulgarie
country-hr = Croatie
country-cy = Chypre
country-cz = Tchéquie
country-dk = Danemark
country-ee = Estonie
country-fi = Finlande
country-fr = France
country-de = Allemagne
country-gr = Grèce
country-hu = Hongrie
country-ie = Irlande
country-it = Italie
country-lv = Lettonie
country-lt = Lituanie
country-lu = Luxembourg
country-mt = Malte
country-nl = Pays-Bas
country-pl = Pologne
country-pt = Portugal
country-ro = Roumanie
country-sk = Slovaquie
country-si = Slovénie
country-es = Espagne
country-se = Suède
country-is = Islande
country-li = Liechtenstein
country-no = Norvège
country-ch = Suisse
country-gb = Royaume-Uni
country-ca = Canada
country-hk = Hong Kong
country-us = États-Unis
member-region-profile = Votre région : { $region } (d'après la localisation de votre profil : { $country }).
member-region-flag = Votre région : { $region } (indiquée avec --region).
member-region-unknown = Votre région est inconnue : la localisation de votre profil ne nomme aucun pays connu de cet outil. La date depuis laquelle LinkedIn entraîne son IA sur vos données, le partage avec Microsoft et les autorités à saisir en dépendent : indiquez-la avec --region (eu, eea, ch, uk, ca, hk, us ou other).
member-training-since-day = LinkedIn utilise vos données pour entraîner son IA générative depuis le { $date }, sauf si vous avez désactivé le paramètre.
member-training-since-2024 = LinkedIn utilise vos données pour entraîner son IA générative depuis août ou septembre 2024, sauf si vous avez désactivé le paramètre.
member-minor = Vous avez { $age } ans. LinkedIn déclare ne pas utiliser, pour entraîner son IA générative, les données des membres dont il pense qu'ils ont moins de 18 ans, même si le paramètre semble activé ; cela suppose que LinkedIn connaisse votre âge. À partir de vos 18 ans, le { $date }, les éléments listés ici seraient utilisés, sauf si vous désactivez le paramètre (LinkedIn ne dit pas si ce que vous avez publié avant cette date en est exclu).
member-minor-undated = Vous avez { $age } ans. LinkedIn déclare ne pas utiliser, pour entraîner son IA générative, les données des membres dont il pense qu'ils ont moins de 18 ans, même si le paramètre semble activé ; cela suppose que LinkedIn connaisse votre âge. À partir de vos 18 ans, les éléments listés ici seraient utilisés, sauf si vous désactivez le paramètre (LinkedIn ne dit pas si ce que vous avez publié avant cette date en est exclu).
member-adult-since = Âge : { $age } ans. Vous avez eu 18 ans le { $date }, après le début de l'entraînement dans votre région ; jusque-là, LinkedIn déclare ne pas avoir utilisé vos données, s'il connaissait votre âge.
member-age-at-start = Âge : { $age } ans ({ $start } ans au début de l'entraînement dans votre région).
member-age = Âge : { $age } ans.
member-age-no-year = Votre âge est inconnu : la date de naissance de votre export n'a pas d'année. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.
member-age-unreadable = Votre âge est inconnu : la date de naissance de votre export est illisible. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.
member-age-none = Votre âge est inconnu : votre export ne donne pas de date de naissance. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.
next-steps-heading = Que faire maintenant :
next-steps-if-region = Si cela s'applique dans votre région : { $text }
policy-as-of = Faits sur la politique de LinkedIn vérifiés au { $date } (sources dans les rapports HTML et JSON).
regulator = { $name } { $url }
regulator-lead = { $name }, autorité chef de file, { $url }
step-opt-out = Désactiver « Données pour l'amélioration de l'IA générative »
    .body = Sur ordinateur : Vous > Préférences et confidentialité > Confidentialité des données > Comment LinkedIn utilise vos données > Données pour l'amélioration de l'IA générative, puis désactivez l'option. Dans l'application mobile : votre photo de profil > Préférences > Confidentialité des données > Données pour l'amélioration de l'IA générative, puis désactivez l'option.
    .short = Désactivez « Données pour l'amélioration de l'IA générative » : { $url }
step-uk-microsoft-training = Royaume-Uni : partage avec Microsoft pour l'IA de Microsoft
    .body = Au Royaume-Uni, LinkedIn partage aussi avec Microsoft les posts, commentaires, articles, articles collaboratifs et vidéos que vous créez, pour l'entraînement des IA de Microsoft. Le même paramètre, « Données pour l'amélioration de l'IA générative », le contrôle.
    .short = Royaume-Uni : le même paramètre arrête aussi le partage de vos posts, commentaires, articles et vidéos avec Microsoft pour l'entraînement de ses propres IA.
step-objection-form = Vous opposer avec le formulaire « Data Processing Objection Request »
    .body = Ce formulaire (article 21 du RGPD) couvre ce que le paramètre ne couvre pas : LinkedIn utilise aussi vos données pour entraîner des IA de classification des contenus, de modération et de sécurité. Avec --letter CHEMIN, cet outil rédige une lettre d'opposition prête à y être collée.
    .short = Opposez-vous à tout usage de vos données par l'IA, pas seulement à cet entraînement (article 21 du RGPD) : { $url } (--letter CHEMIN en rédige le texte).
step-dpo = Écrire au délégué à la protection des données de LinkedIn
    .body = Vous pouvez aussi adresser la lettre d'opposition au délégué à la protection des données de LinkedIn (LinkedIn Ireland Unlimited Company, Dublin 2) par ce formulaire de contact.
    .short = Ou adressez l'opposition au délégué à la protection des données de LinkedIn : { $url }
step-microsoft-ads = Désactiver le partage de vos données avec Microsoft pour la publicité
    .body = Depuis le 3 novembre 2025, hors UE, EEE, Royaume-Uni et Suisse, LinkedIn partage avec Microsoft les données de votre profil, votre activité dans le fil et vos interactions avec les publicités, pour personnaliser les annonces. C'est un paramètre distinct, dans les préférences de données publicitaires (« Settings > Advertising data > data sharing with affiliates and partners » dans l'interface anglaise) ; son adresse exacte n'est pas claire.
    .short = Désactivez aussi le partage avec Microsoft pour la publicité : « Settings > Advertising data > data sharing with affiliates and partners » dans l'interface anglaise (adresse exacte incertaine).
step-delete-items = Supprimer les éléments que vous ne voulez pas voir utilisés
    .body = Supprimez un à un sur LinkedIn les posts, commentaires et autres éléments. Avec --items CHEMIN, cet outil écrit la liste de tous les éléments concernés (catégorie, date, lien, extrait) pour que vous puissiez les passer en revue.
    .short = Supprimez ce que vous ne voulez pas voir utilisé (--items CHEMIN liste chaque élément), demandez l'effacement : { $form }, ou fermez le compte : { $close }
step-deletion-form = Demander l'effacement avec le formulaire « Data Deletion »
    .body = Le formulaire « Data Deletion » demande à LinkedIn d'effacer les données que vous ne pouvez pas supprimer vous-même.
    .short = Demandez l'effacement : { $url }
step-close-account = Fermer le compte
    .body = Fermer votre compte met fin à toute utilisation ultérieure de vos données ; cela n'annule pas l'entraînement déjà effectué.
    .short = Fermez le compte : { $url }
step-past-training = Ce que la désactivation n'annule pas
    .body = Désactiver le paramètre ou vous opposer « n'affecte pas l'entraînement déjà effectué » (LinkedIn) : un modèle entraîné ne peut pas désapprendre (CNPD, Luxembourg). L'autorité néerlandaise a averti que LinkedIn utiliserait des données remontant à 2003.
    .short = Désactiver n'annule pas l'entraînement déjà effectué : un modèle entraîné ne peut pas désapprendre.
step-late-objection = Une opposition ne couvre désormais que ce que vous publierez
    .body = Selon l'autorité italienne (Garante), une opposition formée après le 3 novembre 2025 ne couvre que les contenus publiés ensuite.
    .short = Une opposition formée après le { $date } ne couvre que ce que vous publiez ensuite (autorité italienne, Garante).
step-complain = Saisir une autorité de protection des données
    .body = Si LinkedIn ne répond pas dans le délai d'un mois, ou si sa réponse ne vous satisfait pas, vous pouvez saisir une autorité de protection des données. Dans l'UE et l'EEE, la Data Protection Commission irlandaise est l'autorité chef de file pour LinkedIn, et vous pouvez aussi saisir l'autorité de votre pays.
    .short = Réclamation : { $authorities }
    .short-unknown = Saisissez votre autorité de protection des données (laquelle dépend de votre région).
letter-to = À l'attention du délégué à la protection des données de LinkedIn, { $company }, { $city }, { $country }
letter-via = Envoyée par le formulaire « Data Processing Objection Request » ({ $form }) ou au délégué à la protection des données ({ $dpo }).
letter-date = Le { $date }
letter-subject = Objet : Opposition au traitement de mes données personnelles (article 21 du { $law ->
    [uk] RGPD britannique (UK GDPR)
   *[other] RGPD
})
letter-member = Titulaire du compte : { $name }
letter-email = Adresse électronique de mon compte LinkedIn : { $email }
letter-salutation = Madame, Monsieur,
letter-objection = Sur le fondement de l'article 21, paragraphe 1, du { $law ->
    [uk] règlement général sur la protection des données britannique (UK GDPR)
   *[other] règlement général sur la protection des données (RGPD)
}, je m'oppose au traitement de mes données personnelles aux fins d'entraînement des modèles d'intelligence artificielle générative de LinkedIn et de tout autre modèle d'intelligence artificielle ou d'apprentissage automatique. LinkedIn fonde l'entraînement de son IA générative sur son intérêt légitime (article 6, paragraphe 1, point f).
letter-found = L'export de mes données du { $date } contient notamment les données suivantes, concernées par ce traitement :
letter-found-undated = L'export de mes données contient notamment les données suivantes, concernées par ce traitement :
letter-category = { $category } : { NUM($count) }
letter-total = Soit { $count ->
    [one] { NUM($count) } élément
   *[other] { NUM($count) } éléments
} au total.
letter-requests = En conséquence, je vous demande :
letter-request-stop = 1. de cesser ce traitement de mes données personnelles, à moins que vous ne démontriez l'existence de motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés (article 21, paragraphe 1) ;
letter-request-restrict = 2. d'en limiter le traitement pendant l'examen de mon opposition (article 18, paragraphe 1, point d) ;
letter-request-confirm = 3. de me confirmer par écrit, dans un délai d'un mois à compter de la réception de la présente demande (article 12, paragraphe 3), les mesures prises à la suite de celle-ci.
letter-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
letter-name-missing = [vos prénom et nom]
letter-email-missing = [l'adresse électronique de votre compte LinkedIn]
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

## Erreurs
error-not-found = « { $path } » n'existe pas : indiquez le chemin du fichier .zip de votre export LinkedIn ou du dossier où vous l'avez extrait
error-empty = « { $path } » est vide : téléchargez à nouveau votre export LinkedIn
error-incomplete = « { $path } » est un téléchargement incomplet : téléchargez à nouveau l'archive sur LinkedIn (Préférences et confidentialité > Confidentialité des données > Obtenir une copie de vos données)
error-not-an-archive = « { $path } » est { $detail }, pas un export de données LinkedIn : indiquez le fichier .zip entier que vous avez téléchargé, ou le dossier où vous l'avez extrait
error-corrupt = « { $path } » est une archive zip endommagée ({ $detail }) : téléchargez-la à nouveau sur LinkedIn
error-unsupported = « { $path } » est un zip que cet outil ne sait pas lire ({ $detail }) : extrayez-le avec l'outil d'archives de votre système et indiquez le dossier extrait
error-too-many-entries = « { $path } » contient plus de { NUM($limit) } fichiers, bien plus qu'un export LinkedIn : vérifiez le chemin, ou augmentez --max-entries s'il est authentique
error-unreadable = « { $path } » ne peut pas être lu ({ $detail }) : vérifiez qu'il existe et que vous avez le droit de le lire
error-nothing-recognised = « { $path } » ne contient aucun fichier d'export LinkedIn : indiquez le zip téléchargé sur LinkedIn (Préférences et confidentialité > Confidentialité des données > Obtenir une copie de vos données), ou le dossier où il a été extrait
error-output-is-input = « { $path } » est l'un de vos fichiers d'entrée : choisissez un autre chemin de sortie pour ne pas écraser votre export
error-output-write = impossible d'écrire « { $path } » ({ $detail }) : choisissez un dossier ou un chemin accessible en écriture
error-terminal = impossible d'écrire dans le terminal ({ $detail })
detected-pdf = un PDF
detected-text = un fichier texte ou CSV
detected-html = une page web (HTML)
detected-gzip = un fichier gzip
detected-7z = une archive 7-Zip
detected-rar = une archive RAR
detected-tar = une archive tar
detected-device = pas un fichier ordinaire (un tube ou un périphérique)
detected-unknown = pas une archive reconnue

## Sources (titres affichés dans les rapports ; le JSON garde les titres anglais de policy.rs)
source-title-privacy-notice-eu = Politique de confidentialité régionale européenne de LinkedIn, ligne « To train our content-generating Generative AI systems » (copies datées conservées par Open Terms Archive)
source-title-help-opt-out = Aide LinkedIn a6278444 : choisir si LinkedIn utilise vos données pour entraîner ses modèles d'IA générative
source-title-press-reactions = Articles de presse sur le changement citant les « réactions déposées sur les posts d'autrui »
source-title-ap-nl = Autoriteit Persoonsgegevens (autorité néerlandaise de protection des données) : LinkedIn peut utiliser des données remontant à 2003
source-title-garante-it = Garante per la protezione dei dati personali (autorité italienne) : une opposition formée après le 3 novembre 2025 ne couvre que les contenus publiés ensuite
source-title-policy-reference = Faits compilés par cet outil : la DPC irlandaise comme autorité chef de file, la CNIL pour la France, les adresses de désactivation et d'opposition
source-title-authorities = Les sites des autorités de protection des données (membres du Comité européen de la protection des données, ICO, OPC, PCPD, PFPDT)
source-title-cnpd-lu = CNPD (autorité luxembourgeoise) : un modèle entraîné ne peut pas désapprendre
