# Messages en français. Chaque identifiant existe dans chaque locales/*.ftl (testé).

## Formats
number-group-separator = { "\u202F" }
date-long = { $day } { $month } { $year }
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
