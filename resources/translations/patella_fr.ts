<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CatalogReader</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>la version %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 n’est pas un identifiant&#xa0;: utilisez des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identifiant %1 en double</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2</source>
        <translation>%1 est inférieur au minimum de %2</translation>
    </message>
    <message>
        <source>must be an object with low and high</source>
        <translation>doit être un objet avec low et high</translation>
    </message>
    <message>
        <source>low (%1) is above high (%2)</source>
        <translation>low (%1) est supérieur à high (%2)</translation>
    </message>
    <message>
        <source>unknown illustration %1</source>
        <translation>illustration inconnue %1</translation>
    </message>
    <message>
        <source>unknown dose type %1: use &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>type de dose inconnu %1&#xa0;: utilisez «&#xa0;hold&#xa0;» ou «&#xa0;reps&#xa0;»</translation>
    </message>
    <message>
        <source>must list two or more parts, or be left out</source>
        <translation>doit lister au moins deux parties, ou être omis</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>type inconnu %1</translation>
    </message>
    <message>
        <source>unknown muscle group %1</source>
        <translation>groupe musculaire inconnu %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>unknown best time %1</source>
        <translation>moment conseillé inconnu %1</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>exercice inconnu %1</translation>
    </message>
    <message>
        <source>an exercise cannot be its own variant</source>
        <translation>un exercice ne peut pas être sa propre variante</translation>
    </message>
    <message>
        <source>%1 is above the exercise&apos;s high of %2</source>
        <translation>%1 dépasse le maximum de l’exercice, %2</translation>
    </message>
    <message>
        <source>does not apply to %1</source>
        <translation>ne s’applique pas à %1</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
</context>
<context>
    <name>CheckInSummaryPage</name>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the fields are separated by &quot;%1&quot;, not by &quot;%2&quot;</source>
        <translation>les champs sont séparés par «&#xa0;%1&#xa0;», pas par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>le fichier est vide&#xa0;: il n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>this line has %1 fields, the header line has %2</source>
        <translation>cette ligne a %1 champs, la ligne d’en-tête en a %2</translation>
    </message>
    <message>
        <source>a quote inside a field that is not in quotes (a field holding a quote must be quoted, with the quote written twice)</source>
        <translation>un guillemet dans un champ qui n’est pas entre guillemets (un champ contenant un guillemet doit être entre guillemets, ce guillemet écrit deux fois)</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>le champ entre guillemets qui commence ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a delimiter or a line break must follow it)</source>
        <translation>du texte après le guillemet fermant d’un champ (un séparateur ou un saut de ligne doit suivre)</translation>
    </message>
    <message>
        <source>a carriage return that is not followed by a line feed</source>
        <translation>un retour chariot qui n’est pas suivi d’un saut de ligne</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>le fichier est en texte UTF-16&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>a NUL character: this is not a text file</source>
        <translation>un caractère NUL&#xa0;: ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>byte 0x%1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>l’octet 0x%1 n’est pas du texte UTF-8&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>is a file, not a folder</source>
        <translation>est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>ne peut pas être créé</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be made private (0600)</source>
        <translation>ne peut pas être rendu privé (0600)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit valoir 1 ou plus</translation>
    </message>
    <message>
        <source>is not a column of this file (its columns are %1)</source>
        <translation>n’est pas une colonne de ce fichier (ses colonnes sont %1)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>figure deux fois dans l’en-tête</translation>
    </message>
    <message>
        <source>this column is missing from the header</source>
        <translation>cette colonne manque dans l’en-tête</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>n’est pas un dossier</translation>
    </message>
    <message>
        <source>holds no Patella CSV file (%1)</source>
        <translation>ne contient aucun fichier CSV Patella (%1)</translation>
    </message>
    <message>
        <source>no session has the id %1 in %2</source>
        <translation>aucune séance n’a l’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>no shoe has the id %1 in %2</source>
        <translation>aucune paire n’a l’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>no activity has the id %1 in %2</source>
        <translation>aucune activité n’a l’identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>lies before %1, the day its activity was added</source>
        <translation>est antérieure au %1, jour où son activité a été ajoutée</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>Pain entries, one per rating</source>
        <translation>Entrées de douleur, une par note</translation>
    </message>
    <message>
        <source>time, situation and side</source>
        <translation>heure, situation et côté</translation>
    </message>
    <message>
        <source>when the pain was rated (ISO 8601 with offset)</source>
        <translation>quand la douleur a été notée (ISO 8601 avec décalage horaire)</translation>
    </message>
    <message>
        <source>the day the runner lived it; when empty, the date of the time</source>
        <translation>le jour vécu&#xa0;; vide&#xa0;: la date de l’heure</translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst imaginable)</source>
        <translation>douleur, de 0 (aucune) à 10 (la pire imaginable)</translation>
    </message>
    <message>
        <source>when it hurt: during-run, after-run, stairs, long-sitting, squatting, at-rest, after-session</source>
        <translation>quand cela faisait mal&#xa0;: during-run, after-run, stairs, long-sitting, squatting, at-rest, after-session</translation>
    </message>
    <message>
        <source>which knee: left, right or both (the default)</source>
        <translation>quel genou&#xa0;: left, right ou both (par défaut)</translation>
    </message>
    <message>
        <source>the id in sessions.csv of the guided session it was reported after, if any</source>
        <translation>l’identifiant dans sessions.csv de la séance guidée après laquelle elle a été notée, s’il y en a une</translation>
    </message>
    <message>
        <source>the runner&apos;s note</source>
        <translation>la note du coureur</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>external_id when it has one, else the start time</source>
        <translation>external_id s’il existe, sinon l’heure de départ</translation>
    </message>
    <message>
        <source>when the run started (ISO 8601 with offset)</source>
        <translation>quand la sortie a commencé (ISO 8601 avec décalage horaire)</translation>
    </message>
    <message>
        <source>the day the runner lived it; when empty, the date of the start</source>
        <translation>le jour vécu&#xa0;; vide&#xa0;: la date du départ</translation>
    </message>
    <message>
        <source>distance in metres</source>
        <translation>distance en mètres</translation>
    </message>
    <message>
        <source>duration in seconds</source>
        <translation>durée en secondes</translation>
    </message>
    <message>
        <source>perceived effort 1-10, 0 when not given</source>
        <translation>effort perçu de 1 à 10, 0 s’il n’est pas indiqué</translation>
    </message>
    <message>
        <source>the id in shoes.csv of the shoes worn, if known</source>
        <translation>l’identifiant dans shoes.csv des chaussures portées, s’il est connu</translation>
    </message>
    <message>
        <source>knee pain during the run, 0-10</source>
        <translation>douleur au genou pendant la sortie, 0-10</translation>
    </message>
    <message>
        <source>knee pain after the run, 0-10</source>
        <translation>douleur au genou après la sortie, 0-10</translation>
    </message>
    <message>
        <source>manual (the default) or import (from an activity file)</source>
        <translation>manual (par défaut) ou import (depuis un fichier d’activité)</translation>
    </message>
    <message>
        <source>the imported activity&apos;s id, so it is never counted twice</source>
        <translation>l’identifiant de l’activité importée, pour qu’elle ne soit jamais comptée deux fois</translation>
    </message>
    <message>
        <source>Weekly totals, for weeks logged as one figure instead of single runs</source>
        <translation>Totaux hebdomadaires, pour les semaines notées en un seul chiffre plutôt qu’en sorties</translation>
    </message>
    <message>
        <source>week_start</source>
        <translation>week_start</translation>
    </message>
    <message>
        <source>the Monday of the ISO week</source>
        <translation>le lundi de la semaine ISO</translation>
    </message>
    <message>
        <source>the week&apos;s distance in metres</source>
        <translation>la distance de la semaine en mètres</translation>
    </message>
    <message>
        <source>how many runs made it up</source>
        <translation>le nombre de sorties qui la composent</translation>
    </message>
    <message>
        <source>Flexibility checks, one per test and side</source>
        <translation>Tests de souplesse, un par test et par côté</translation>
    </message>
    <message>
        <source>time, test and side</source>
        <translation>heure, test et côté</translation>
    </message>
    <message>
        <source>when it was measured (ISO 8601 with offset)</source>
        <translation>quand la mesure a été prise (ISO 8601 avec décalage horaire)</translation>
    </message>
    <message>
        <source>knee-to-wall, sit-and-reach, heel-to-buttock, half-kneeling-hip-flexor or straight-leg-raise</source>
        <translation>knee-to-wall, sit-and-reach, heel-to-buttock, half-kneeling-hip-flexor ou straight-leg-raise</translation>
    </message>
    <message>
        <source>left, right or both</source>
        <translation>left, right ou both</translation>
    </message>
    <message>
        <source>the measurement, in the unit of the next column</source>
        <translation>la mesure, dans l’unité de la colonne suivante</translation>
    </message>
    <message>
        <source>cm, deg (degrees) or tightness (0-10)</source>
        <translation>cm, deg (degrés) ou tightness (0-10)</translation>
    </message>
    <message>
        <source>Guided sessions (their exercises are in session_items.csv)</source>
        <translation>Séances guidées (leurs exercices sont dans session_items.csv)</translation>
    </message>
    <message>
        <source>start and routine_id</source>
        <translation>start et routine_id</translation>
    </message>
    <message>
        <source>the session&apos;s id in this folder</source>
        <translation>l’identifiant de la séance dans ce dossier</translation>
    </message>
    <message>
        <source>the routine played, by its catalog id</source>
        <translation>la routine jouée, par son identifiant de catalogue</translation>
    </message>
    <message>
        <source>when it started (ISO 8601 with offset)</source>
        <translation>quand elle a commencé (ISO 8601 avec décalage horaire)</translation>
    </message>
    <message>
        <source>when it ended (ISO 8601 with offset)</source>
        <translation>quand elle s’est terminée (ISO 8601 avec décalage horaire)</translation>
    </message>
    <message>
        <source>completed or interrupted</source>
        <translation>completed ou interrupted</translation>
    </message>
    <message>
        <source>The exercises of each guided session, one row per set and side</source>
        <translation>Les exercices de chaque séance guidée, une ligne par série et par côté</translation>
    </message>
    <message>
        <source>part of their session</source>
        <translation>partie de leur séance</translation>
    </message>
    <message>
        <source>the id in sessions.csv of the session</source>
        <translation>l’identifiant de la séance dans sessions.csv</translation>
    </message>
    <message>
        <source>its place in the session, from 1</source>
        <translation>sa place dans la séance, à partir de 1</translation>
    </message>
    <message>
        <source>the exercise, by its catalog id</source>
        <translation>l’exercice, par son identifiant de catalogue</translation>
    </message>
    <message>
        <source>left, right or both (the default)</source>
        <translation>left, right ou both (par défaut)</translation>
    </message>
    <message>
        <source>the set, from 1</source>
        <translation>la série, à partir de 1</translation>
    </message>
    <message>
        <source>for two-part exercises, which part (0 the first, 1 the second)</source>
        <translation>pour les exercices en deux parties, laquelle (0 la première, 1 la seconde)</translation>
    </message>
    <message>
        <source>hold or work time planned, in seconds</source>
        <translation>temps de maintien ou de travail prévu, en secondes</translation>
    </message>
    <message>
        <source>hold or work time done, in seconds</source>
        <translation>temps de maintien ou de travail effectué, en secondes</translation>
    </message>
    <message>
        <source>repetitions planned</source>
        <translation>répétitions prévues</translation>
    </message>
    <message>
        <source>repetitions done</source>
        <translation>répétitions faites</translation>
    </message>
    <message>
        <source>true when the runner skipped it</source>
        <translation>true si le coureur l’a sauté</translation>
    </message>
    <message>
        <source>pain reported after it, 0-10</source>
        <translation>douleur notée après, 0-10</translation>
    </message>
    <message>
        <source>Running shoes</source>
        <translation>Chaussures de course</translation>
    </message>
    <message>
        <source>name and first_use</source>
        <translation>name et first_use</translation>
    </message>
    <message>
        <source>the shoe&apos;s id in this folder (runs.csv points at it)</source>
        <translation>l’identifiant de la paire dans ce dossier (runs.csv y renvoie)</translation>
    </message>
    <message>
        <source>the runner&apos;s name for it</source>
        <translation>le nom que le coureur lui donne</translation>
    </message>
    <message>
        <source>the date it was first worn</source>
        <translation>la date de la première utilisation</translation>
    </message>
    <message>
        <source>the date it was retired, if it was</source>
        <translation>la date de retrait, le cas échéant</translation>
    </message>
    <message>
        <source>the distance it is good for, in metres (default 700000)</source>
        <translation>la distance qu’elle peut faire, en mètres (700000 par défaut)</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Bilans hebdomadaires</translation>
    </message>
    <message>
        <source>the week&apos;s worst pain, 0-10</source>
        <translation>la douleur maximale de la semaine, 0-10</translation>
    </message>
    <message>
        <source>the week&apos;s usual pain, 0-10</source>
        <translation>la douleur habituelle de la semaine, 0-10</translation>
    </message>
    <message>
        <source>true when the knee was worse on a morning after activity</source>
        <translation>true si le genou allait moins bien un matin après l’activité</translation>
    </message>
    <message>
        <source>the runner&apos;s notes</source>
        <translation>les notes du coureur</translation>
    </message>
    <message>
        <source>Morning checks: was the knee worse the morning after?</source>
        <translation>Questions du matin&#xa0;: le genou allait-il moins bien le lendemain matin&#xa0;?</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>the morning&apos;s date</source>
        <translation>la date du matin</translation>
    </message>
    <message>
        <source>true when the knee was worse</source>
        <translation>true si le genou allait moins bien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (a whole number above 0)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant (un nombre entier supérieur à 0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write it with a point, like 5012.5)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre (écrivez-le avec un point, comme 5012.5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-16</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date comme 2026-03-16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its UTC offset, like 2026-03-16T07:30:00+01:00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure avec son décalage UTC, comme 2026-03-16T07:30:00+01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>Two rows are the same record when they have the same %1.</source>
        <translation>Deux lignes sont la même entrée quand elles ont les mêmes %1.</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>Patella journal export
======================

One CSV file per kind of record, UTF-8, RFC 4180 (comma-separated, fields with commas, quotes or line breaks in double quotes, a quote inside written twice), with a header line naming the columns. Times are ISO 8601 with their UTC offset (2026-03-16T07:30:00+01:00), dates are ISO 8601 (2026-03-16), distances are metres, durations seconds, pain 0-10. An empty field means &quot;not given&quot;.

Patella can read this folder back (File &gt; Import &gt; Patella CSV, or patella --import-csv DIR). Columns are found by their names, in any order; optional columns may be left out. A file with a mistake is refused as a whole, with its line and column named, and nothing is written. Records the journal already holds (see &quot;the same record&quot; under each file) are skipped, so importing a folder twice adds nothing the second time. The ids in shoes.csv and sessions.csv only link the files together; the journal gives imported records ids of its own.

</source>
        <translation>Export du journal Patella
=========================

Un fichier CSV par type d’entrée, en UTF-8, RFC 4180 (séparé par des virgules&#xa0;; les champs contenant des virgules, des guillemets ou des sauts de ligne sont entre guillemets doubles, un guillemet à l’intérieur est écrit deux fois), avec une ligne d’en-tête qui nomme les colonnes. Les heures sont en ISO 8601 avec leur décalage UTC (2026-03-16T07:30:00+01:00), les dates en ISO 8601 (2026-03-16), les distances en mètres, les durées en secondes, la douleur de 0 à 10. Un champ vide signifie «&#xa0;non indiqué&#xa0;».

Patella peut relire ce dossier (Fichier &gt; Importer &gt; CSV Patella, ou patella --import-csv DIR). Les colonnes sont reconnues par leur nom, dans n’importe quel ordre&#xa0;; les colonnes facultatives peuvent manquer. Un fichier contenant une erreur est refusé en entier, avec sa ligne et sa colonne, et rien n’est écrit. Les entrées que le journal contient déjà (voir «&#xa0;la même entrée&#xa0;» pour chaque fichier) sont ignorées&#xa0;: importer deux fois le même dossier n’ajoute rien la seconde fois. Les identifiants de shoes.csv et sessions.csv ne servent qu’à relier les fichiers&#xa0;; le journal donne aux entrées importées ses propres identifiants.

</translation>
    </message>
    <message>
        <source>my-programme.json
-----------------
Your own exercises and routines, and those of the programmes you imported, with their doses and pictures, in Patella&apos;s programme format (docs/programme-format.md). Written only when there are any. File &gt; Import &gt; Programme… (or patella --import-programme FILE) reads it back; the CSV import leaves it alone.
</source>
        <translation>my-programme.json
-----------------
Vos propres exercices et routines, et ceux des programmes importés, avec leurs doses et leurs images, au format de programme de Patella (docs/programme-format.md). Écrit seulement s’il y en a. Fichier &gt; Importer &gt; Programme… (ou patella --import-programme FICHIER) le relit ; l’import CSV ne le touche pas.
</translation>
    </message>
    <message>
        <source>Function score (Patient-Specific Functional Scale): the runner&apos;s own activities that the knee makes hard</source>
        <translation>Score fonctionnel (échelle fonctionnelle spécifique au patient) : les activités que le genou rend difficiles, choisies par le coureur</translation>
    </message>
    <message>
        <source>name and added</source>
        <translation>nom et date d’ajout (added)</translation>
    </message>
    <message>
        <source>the activity&apos;s id in this folder (function_scores.csv points at it)</source>
        <translation>l’identifiant de l’activité dans ce dossier (function_scores.csv y renvoie)</translation>
    </message>
    <message>
        <source>the activity in the runner&apos;s words</source>
        <translation>l’activité, dans les mots du coureur</translation>
    </message>
    <message>
        <source>the date of the first round it was scored in</source>
        <translation>la date de la première série où elle a été notée</translation>
    </message>
    <message>
        <source>the date from which it was no longer asked, if it was retired (its scores are kept)</source>
        <translation>la date à partir de laquelle elle n’a plus été demandée, si elle a été retirée (ses scores sont conservés)</translation>
    </message>
    <message>
        <source>Function scores, one per activity and round</source>
        <translation>Scores fonctionnels, un par activité et par série</translation>
    </message>
    <message>
        <source>activity and date</source>
        <translation>activité et date</translation>
    </message>
    <message>
        <source>the id in function_activities.csv of the activity</source>
        <translation>l’identifiant de l’activité dans function_activities.csv</translation>
    </message>
    <message>
        <source>the date of the round</source>
        <translation>la date de la série</translation>
    </message>
    <message>
        <source>0 (cannot do it) to 10 (as well as before the problem)</source>
        <translation>0 (impossible) à 10 (aussi bien qu’avant le problème)</translation>
    </message>
    <message>
        <source>for an imported run, the watch&apos;s moving time in seconds</source>
        <translation>pour une sortie importée, le temps en mouvement de la montre, en secondes</translation>
    </message>
    <message>
        <source>for an imported run, start to finish in seconds, pauses included</source>
        <translation>pour une sortie importée, du départ à l’arrivée en secondes, pauses comprises</translation>
    </message>
    <message>
        <source>average cadence in steps per minute, if the file had it</source>
        <translation>cadence moyenne en pas par minute, si le fichier l’indiquait</translation>
    </message>
    <message>
        <source>average heart rate in beats per minute, if the file had it</source>
        <translation>fréquence cardiaque moyenne en battements par minute, si le fichier l’indiquait</translation>
    </message>
    <message>
        <source>running (the default), trail_running, treadmill_running, or the sport of an activity imported as a run</source>
        <translation>running (par défaut), trail_running, treadmill_running, ou le sport d’une activité importée comme sortie de course</translation>
    </message>
    <message>
        <source>the watch or app that wrote the imported file</source>
        <translation>la montre ou l’application qui a écrit le fichier importé</translation>
    </message>
    <message>
        <source>device (the device&apos;s own total), points (summed from the track) or empty (typed by hand)</source>
        <translation>device (le total de l’appareil), points (additionné le long de la trace) ou vide (saisi à la main)</translation>
    </message>
</context>
<context>
    <name>DemoJournal</name>
    <message>
        <source>Ran a lot more this week; the knee complained.</source>
        <translation>Beaucoup plus couru cette semaine&#xa0;; le genou a protesté.</translation>
    </message>
    <message>
        <source>Backed off the running, kept up the stretches.</source>
        <translation>Moins couru, étirements maintenus.</translation>
    </message>
    <message>
        <source>A good week.</source>
        <translation>Une bonne semaine.</translation>
    </message>
    <message>
        <source>Everyday trainers</source>
        <translation>Chaussures d’entraînement quotidiennes</translation>
    </message>
    <message>
        <source>Cushioned trainers</source>
        <translation>Chaussures amorties</translation>
    </message>
    <message>
        <source>Running 5 km</source>
        <translation>Courir 5 km</translation>
    </message>
    <message>
        <source>Going down stairs</source>
        <translation>Descendre les escaliers</translation>
    </message>
    <message>
        <source>Sitting through a film</source>
        <translation>Rester assis pendant un film</translation>
    </message>
    <message>
        <source>Squatting to garden</source>
        <translation>S’accroupir pour jardiner</translation>
    </message>
</context>
<context>
    <name>FlexTests</name>
    <message>
        <source>How far your ankle bends (calf and ankle mobility).</source>
        <translation>Jusqu’où votre cheville se plie (mobilité du mollet et de la cheville).</translation>
    </message>
    <message>
        <source>Shoes off. Stand facing a wall with the foot you are testing pointing straight at it, the other foot a step behind for balance.</source>
        <translation>Sans chaussures. Placez-vous face à un mur, le pied testé pointé droit vers lui, l’autre pied un pas en arrière pour l’équilibre.</translation>
    </message>
    <message>
        <source>Keeping that heel pressed into the floor, bend the front knee forward until it touches the wall.</source>
        <translation>En gardant ce talon bien au sol, pliez le genou avant jusqu’à ce qu’il touche le mur.</translation>
    </message>
    <message>
        <source>If the knee reaches easily, move the foot a little further back and try again; if it cannot reach, move it closer.</source>
        <translation>Si le genou touche facilement, reculez un peu le pied et recommencez&#xa0;; s’il n’y arrive pas, rapprochez-le.</translation>
    </message>
    <message>
        <source>Find the furthest spot where the knee still touches the wall with the heel down, and measure from the tip of the big toe to the wall in centimetres.</source>
        <translation>Trouvez la position la plus éloignée où le genou touche encore le mur, talon au sol, et mesurez en centimètres la distance entre le bout du gros orteil et le mur.</translation>
    </message>
    <message>
        <source>Do the same with the other foot.</source>
        <translation>Faites de même avec l’autre pied.</translation>
    </message>
    <message>
        <source>A larger distance means the ankle bends further.</source>
        <translation>Une distance plus grande signifie que la cheville se plie davantage.</translation>
    </message>
    <message>
        <source>The back of the thigh and the lower back, one leg at a time.</source>
        <translation>L’arrière de la cuisse et le bas du dos, une jambe après l’autre.</translation>
    </message>
    <message>
        <source>Sit on the floor with the leg you are testing straight and its sole flat against a box or a bottom step. Bend the other knee and set that foot flat beside the straight knee.</source>
        <translation>Asseyez-vous au sol, la jambe testée tendue, la plante du pied à plat contre une boîte ou la première marche. Pliez l’autre genou et posez ce pied à plat à côté du genou tendu.</translation>
    </message>
    <message>
        <source>Put one hand over the other, arms straight, and breathe out as you slide your fingertips slowly forward along the box. No bouncing.</source>
        <translation>Posez une main sur l’autre, bras tendus, et expirez en faisant glisser lentement le bout des doigts vers l’avant le long de la boîte. Sans à-coups.</translation>
    </message>
    <message>
        <source>Hold the furthest point for a couple of seconds. Measure where your fingertips are compared with the sole: past it counts as plus, short of it as minus, in centimetres.</source>
        <translation>Tenez le point le plus loin quelques secondes. Mesurez où se trouvent vos doigts par rapport à la plante du pied&#xa0;: au-delà compte en plus, en deçà en moins, en centimètres.</translation>
    </message>
    <message>
        <source>Swap legs and repeat.</source>
        <translation>Changez de jambe et recommencez.</translation>
    </message>
    <message>
        <source>A larger number means a longer reach.</source>
        <translation>Un nombre plus grand signifie une plus grande allonge.</translation>
    </message>
    <message>
        <source>The length of the muscles at the front of the thigh.</source>
        <translation>La longueur des muscles de l’avant de la cuisse.</translation>
    </message>
    <message>
        <source>Lie face down on a firm surface with your legs straight and your hips flat.</source>
        <translation>Allongez-vous sur le ventre sur une surface ferme, jambes tendues et hanches à plat.</translation>
    </message>
    <message>
        <source>Bend the knee of the leg you are testing and take hold of the ankle (a towel around it helps if you cannot reach). Draw the heel towards the buttock.</source>
        <translation>Pliez le genou de la jambe testée et attrapez la cheville (une serviette autour aide si vous n’y arrivez pas). Amenez le talon vers la fesse.</translation>
    </message>
    <message>
        <source>Keep the hip on the floor and the lower back still; stop where you feel a firm stretch at the front of the thigh.</source>
        <translation>Gardez la hanche au sol et le bas du dos immobile&#xa0;; arrêtez-vous quand vous sentez un étirement franc à l’avant de la cuisse.</translation>
    </message>
    <message>
        <source>A helper measures the gap between heel and buttock in centimetres (0 if they touch).</source>
        <translation>Une autre personne mesure l’écart entre le talon et la fesse en centimètres (0 s’ils se touchent).</translation>
    </message>
    <message>
        <source>A smaller gap means the front of the thigh is less tight.</source>
        <translation>Un écart plus petit signifie que l’avant de la cuisse est moins raide.</translation>
    </message>
    <message>
        <source>The muscles at the front of the hip.</source>
        <translation>Les muscles de l’avant de la hanche.</translation>
    </message>
    <message>
        <source>Kneel on a cushion with the knee of the side you are testing down and the other foot flat in front, both knees bent at about a right angle.</source>
        <translation>Agenouillez-vous sur un coussin, le genou du côté testé au sol et l’autre pied à plat devant, les deux genoux pliés à peu près à angle droit.</translation>
    </message>
    <message>
        <source>Tuck your tailbone under so the lower back is flat, and squeeze the buttock of the kneeling side.</source>
        <translation>Rentrez le coccyx pour aplatir le bas du dos, et serrez la fesse du côté agenouillé.</translation>
    </message>
    <message>
        <source>Glide the hips forward a few centimetres without letting the back arch.</source>
        <translation>Avancez les hanches de quelques centimètres sans laisser le dos se cambrer.</translation>
    </message>
    <message>
        <source>Rate the pull at the front of that hip: 0 = none at all, 10 = so tight you cannot move forward.</source>
        <translation>Notez la tension à l’avant de cette hanche&#xa0;: 0 = aucune, 10 = si raide que vous ne pouvez pas avancer.</translation>
    </message>
    <message>
        <source>Swap sides and repeat.</source>
        <translation>Changez de côté et recommencez.</translation>
    </message>
    <message>
        <source>A lower score means the hip feels looser.</source>
        <translation>Une note plus basse signifie que la hanche est plus souple.</translation>
    </message>
    <message>
        <source>The muscles at the back of the thigh.</source>
        <translation>Les muscles de l’arrière de la cuisse.</translation>
    </message>
    <message>
        <source>Lie on your back with both legs straight. A helper makes this test easier and steadier.</source>
        <translation>Allongez-vous sur le dos, les deux jambes tendues. Une autre personne rend ce test plus facile et plus régulier.</translation>
    </message>
    <message>
        <source>Keep the other leg flat on the floor and the knee of the tested leg straight, toes relaxed.</source>
        <translation>Gardez l’autre jambe à plat au sol et le genou de la jambe testée tendu, orteils détendus.</translation>
    </message>
    <message>
        <source>Raise the tested leg slowly (or let the helper raise it) until you feel a firm stretch behind the thigh or your pelvis starts to roll.</source>
        <translation>Levez lentement la jambe testée (ou laissez la personne qui vous aide la lever) jusqu’à sentir un étirement franc derrière la cuisse ou jusqu’à ce que le bassin commence à basculer.</translation>
    </message>
    <message>
        <source>Note the angle between leg and floor (straight up is 90°); a phone&apos;s level app laid on the shin works. If you cannot measure it, rate the tightness from 0 to 10 instead.</source>
        <translation>Notez l’angle entre la jambe et le sol (à la verticale, 90°)&#xa0;; une application de niveau posée sur le tibia fait l’affaire. Si vous ne pouvez pas le mesurer, notez plutôt la tension de 0 à 10.</translation>
    </message>
    <message>
        <source>A larger angle, or a lower tightness score, means more length.</source>
        <translation>Un angle plus grand, ou une note de tension plus basse, signifie plus de longueur.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Sessions this week: %1 of %2.</source>
        <translation>Séances cette semaine&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>No streak yet: one session today starts it.</source>
        <translation>Pas encore de série&#xa0;: une séance aujourd’hui la lance.</translation>
    </message>
    <message>
        <source>Days in a row with a session: %1.</source>
        <translation>Jours d’affilée avec une séance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your exercise routine</source>
        <translation>Votre routine d’exercices</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1: left and right both %2.</source>
        <translation>%1&#xa0;: gauche et droite tous deux à %2.</translation>
    </message>
    <message>
        <source>%1: left %2, right %3, a difference of %4.</source>
        <translation>%1&#xa0;: gauche %2, droite %3, soit un écart de %4.</translation>
    </message>
    <message>
        <source>%1: left %2, right %3, a difference of %4 (%5).</source>
        <translation>%1&#xa0;: gauche %2, droite %3, soit un écart de %4 (%5).</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <source>%1, %2: %3, the first check.</source>
        <translation>%1, %2&#xa0;: %3, le premier test.</translation>
    </message>
    <message>
        <source>%1, %2: %3 on %4, %5 now (%6).</source>
        <translation>%1, %2&#xa0;: %3 le %4, %5 maintenant (%6).</translation>
    </message>
    <message>
        <source>Left and right side</source>
        <translation>Côtés gauche et droit</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1%2%</source>
        <comment>signed percent: sign, digits</comment>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The acute:chronic ratio divides the distance of the last 7 days by the average week of the last 28 days. The bands usually quoted are below 0.8 (low), 0.8-1.3 (steady), 1.3-1.5 (rising) and above 1.5 (high) (Gabbett, BJSM 2016). The ratio is disputed (Lolli et al., BJSM 2019; Impellizzeri et al., Sports Medicine 2020): read it as information, not as a verdict.</source>
        <translation>Le rapport aigu/chronique divise la distance des 7 derniers jours par la semaine moyenne des 28 derniers jours. Les seuils habituellement cités sont&#xa0;: moins de 0,8 (faible), 0,8 à 1,3 (stable), 1,3 à 1,5 (en hausse) et plus de 1,5 (élevé) (Gabbett, BJSM 2016). Ce rapport est contesté (Lolli et al., BJSM 2019&#xa0;; Impellizzeri et al., Sports Medicine 2020)&#xa0;: lisez-le comme une information, pas comme un verdict.</translation>
    </message>
    <message>
        <source>Self-tests are for following your own trend, not for passing or failing. The knee-to-wall test is reliable between testers (Powden et al., 2015; 1 cm is about 3.6 degrees); the half-kneeling hip flexor test is poor as a pass/fail test, and sit-and-reach only roughly estimates hamstring length. A short quadriceps was one of the risk factors for patellofemoral pain in Witvrouw et al. (AJSM 2000).</source>
        <translation>Les autotests servent à suivre votre propre évolution, pas à réussir ou échouer. Le test genou-mur est fiable d’un examinateur à l’autre (Powden et al., 2015&#xa0;; 1 cm correspond à environ 3,6 degrés)&#xa0;; le test des fléchisseurs de hanche en semi-agenouillé est peu fiable comme test réussi/échoué, et la flexion avant assis n’estime qu’approximativement la longueur des ischio-jambiers. Un quadriceps raide était l’un des facteurs de risque du syndrome fémoro-patellaire chez Witvrouw et al. (AJSM 2000).</translation>
    </message>
    <message>
        <source>The usual advice is to replace running shoes after 480-800 km (300-500 miles), but the evidence for it is thin. Patella counts towards the limit you set; near it, look at the midsole for deep creases, flattening or uneven wear and decide for yourself.</source>
        <translation>On conseille souvent de changer de chaussures de course après 480 à 800 km (300 à 500 miles), mais les preuves sont minces. Patella compte jusqu’à la limite que vous fixez&#xa0;; à l’approche, regardez si la semelle intermédiaire présente des plis profonds, un tassement ou une usure inégale, et décidez vous-même.</translation>
    </message>
    <message>
        <source>No distance in the last 28 days, so there is no ratio.</source>
        <translation>Aucune distance ces 28 derniers jours, donc pas de rapport.</translation>
    </message>
    <message>
        <source>below 0.8, low</source>
        <translation>moins de 0,8, faible</translation>
    </message>
    <message>
        <source>0.8-1.3, steady</source>
        <translation>0,8 à 1,3, stable</translation>
    </message>
    <message>
        <source>1.3-1.5, rising</source>
        <translation>1,3 à 1,5, en hausse</translation>
    </message>
    <message>
        <source>above 1.5, high</source>
        <translation>plus de 1,5, élevé</translation>
    </message>
    <message>
        <source>Last 7 days %1 against an average week of %2 over the last 28 days: ratio %3 (%4).</source>
        <translation>7 derniers jours&#xa0;: %1, pour une semaine moyenne de %2 sur les 28 derniers jours&#xa0;: rapport %3 (%4).</translation>
    </message>
    <message>
        <source>Less than four weeks are logged, so the average week reads low and the ratio high.</source>
        <translation>Moins de quatre semaines sont enregistrées&#xa0;: la semaine moyenne paraît basse et le rapport élevé.</translation>
    </message>
    <message>
        <source>Acute:chronic load (for information)</source>
        <translation>Charge aiguë/chronique (pour information)</translation>
    </message>
    <message>
        <source>This ratio is disputed in research: take it as information, not a verdict.</source>
        <translation>Ce rapport est contesté par la recherche&#xa0;: prenez-le comme une information, pas comme un verdict.</translation>
    </message>
    <message>
        <source>A run well beyond your recent longest</source>
        <translation>Une sortie bien au-delà de votre plus longue récente</translation>
    </message>
    <message>
        <source>This week so far %1: no distance the week before to compare with.</source>
        <translation>Cette semaine jusqu’ici&#xa0;: %1&#xa0;; aucune distance la semaine précédente pour comparer.</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3, with no distance the week before to compare with.</source>
        <translation>Semaine %1 de %2&#xa0;: %3, sans distance la semaine précédente pour comparer.</translation>
    </message>
    <message>
        <source>Last week %1, this week so far %2: %3.</source>
        <translation>Semaine dernière&#xa0;: %1, cette semaine jusqu’ici&#xa0;: %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The week before %1, last week %2: %3.</source>
        <translation>Semaine d’avant&#xa0;: %1, semaine dernière&#xa0;: %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3; week %4 of %5: %6 (%7).</source>
        <translation>Semaine %1 de %2&#xa0;: %3&#xa0;; semaine %4 de %5&#xa0;: %6 (%7).</translation>
    </message>
    <message>
        <source>Nielsen et al. (JOSPT 2014) linked rises of more than 30% over two weeks to more running injuries.</source>
        <translation>Nielsen et al. (JOSPT 2014) ont associé des hausses de plus de 30 % sur deux semaines à davantage de blessures en course.</translation>
    </message>
    <message>
        <source>%1: %2 three weeks ago, %3 now (%4): a real improvement, more than the 1.16 points that matter.</source>
        <translation>%1&#xa0;: %2 il y a trois semaines, %3 maintenant (%4)&#xa0;: une amélioration réelle, plus que les 1,16 point qui comptent.</translation>
    </message>
    <message>
        <source>%1: %2 three weeks ago, %3 now (%4): not yet the drop of more than 1.16 points that counts as real.</source>
        <translation>%1&#xa0;: %2 il y a trois semaines, %3 maintenant (%4)&#xa0;: pas encore la baisse de plus de 1,16 point qui compte comme réelle.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semaine du %1</translation>
    </message>
    <message>
        <source>%1 on %2: pain %3, %4 points above the 7-day mean of %5.</source>
        <translation>%1 le %2&#xa0;: douleur %3, %4 points au-dessus de la moyenne sur 7 jours de %5.</translation>
    </message>
    <message>
        <source>Pain %1 in the exercise session on %2: above 5 means stopping that exercise.</source>
        <translation>Douleur %1 pendant la séance du %2&#xa0;: au-delà de 5, on arrête cet exercice.</translation>
    </message>
    <message>
        <source>Pain %1 during your run on %2: above 5 is more than exercise should cost.</source>
        <translation>Douleur %1 pendant votre sortie du %2&#xa0;: au-delà de 5, c’est plus que ce qu’un entraînement devrait coûter.</translation>
    </message>
    <message>
        <source>Your check-in for %1 says the knee was worse the next morning.</source>
        <translation>Selon votre bilan du %1, le genou allait moins bien le lendemain matin.</translation>
    </message>
    <message>
        <source>Pain flared up</source>
        <translation>Poussée de douleur</translation>
    </message>
    <message>
        <source>Pain of 4 or more on %1 of the 7 days from %2 to %3.</source>
        <translation>Douleur de 4 ou plus sur %1 des 7 jours du %2 au %3.</translation>
    </message>
    <message>
        <source>Your check-in for %1 gives a usual pain of %2.</source>
        <translation>Votre bilan du %1 indique une douleur habituelle de %2.</translation>
    </message>
    <message>
        <source>Weeks in a row at your target of %1 sessions a week: %2.</source>
        <translation>Semaines d’affilée à votre objectif de %1 séances par semaine&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A physiotherapist should look at your knee</source>
        <translation>Un kinésithérapeute devrait examiner votre genou</translation>
    </message>
    <message>
        <source>Unnamed shoes</source>
        <translation>Chaussures sans nom</translation>
    </message>
    <message>
        <source>%1: %2, no limit set.</source>
        <translation>%1&#xa0;: %2, aucune limite fixée.</translation>
    </message>
    <message>
        <source>%1: %2 of your %3 limit (%4).</source>
        <translation>%1&#xa0;: %2 sur votre limite de %3 (%4).</translation>
    </message>
    <message>
        <source>Have a look at the midsole: deep creases, a flattened feel or uneven wear say more than the distance.</source>
        <translation>Regardez la semelle intermédiaire&#xa0;: des plis profonds, une sensation de tassement ou une usure inégale en disent plus que la distance.</translation>
    </message>
    <message>
        <source>Shoes near their limit</source>
        <translation>Chaussures proches de leur limite</translation>
    </message>
    <message>
        <source>Stride comfort usually picks up after 2-3 weeks of stretching on target; the first such week starts the count.</source>
        <translation>La foulée devient en général plus confortable après 2 à 3 semaines d’étirements dans l’objectif ; la première de ces semaines lance le décompte.</translation>
    </message>
    <message>
        <source>One week on target so far. Stride comfort usually picks up after 2-3 weeks like it.</source>
        <translation>Une semaine dans l’objectif jusqu’ici. La foulée devient en général plus confortable après 2 à 3 semaines comme celle-ci.</translation>
    </message>
    <message>
        <source>Two weeks on target: the 2-3 weeks after which stride comfort usually picks up are here or one week away.</source>
        <translation>Deux semaines dans l’objectif : les 2 à 3 semaines après lesquelles la foulée devient en général plus confortable sont là, ou à une semaine.</translation>
    </message>
    <message>
        <source>Weeks on target in a row: %1, beyond the usual 2-3 weeks before stride comfort picks up.</source>
        <translation>Semaines dans l’objectif d’affilée : %1, au-delà des 2 à 3 semaines habituelles avant que la foulée ne devienne plus confortable.</translation>
    </message>
    <message>
        <source>The guide&apos;s 10% guideline: add no more than a tenth to your weekly distance from one week to the next. It is common advice and easy to plan with, but the evidence behind it is weak (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022), so Patella shows it as a guideline, not as a line you must not cross. Nielsen et al. found more distance-related injuries when weekly distance grew by more than 30% over two weeks (hazard ratio 1.59). A single run much longer than your recent longest has the stronger evidence; Patella watches for that as well and marks it on the distance chart.</source>
        <translation>La règle des 10&#xa0;% du guide&#xa0;: n’ajoutez pas plus d’un dixième à votre distance hebdomadaire d’une semaine à l’autre. C’est un conseil courant et facile à planifier, mais les preuves sont faibles (Buist et al.&#xa0;; Nielsen et al., JOSPT 2014&#xa0;; Fredette et al., 2022)&#xa0;: Patella la présente donc comme un repère, pas comme une limite à ne jamais franchir. Nielsen et al. ont observé davantage de blessures liées à la distance quand la distance hebdomadaire augmentait de plus de 30&#xa0;% sur deux semaines (hazard ratio 1,59). Une sortie bien plus longue que votre plus longue récente est mieux étayée&#xa0;; Patella la surveille aussi et la marque sur le graphique des distances.</translation>
    </message>
    <message>
        <source>Physiotherapists judge pain during exercise with the pain-monitoring model (Thomeé 1997; Silbernagel 2007): %1 Sharp, stabbing or catching pain is a stop whatever its score. Patella also marks a day whose pain is 2 or more points above the mean of the 7 days before it, in the same situation. The threshold sits above 1.16 points, the smallest change that people with patellofemoral pain notice (Piva et al. 2009), so such a day is a real rise and not the ordinary wobble of a 0-10 score. If flare-ups keep coming, a physiotherapist can adapt your plan.</source>
        <translation>Les kinésithérapeutes évaluent la douleur à l’effort avec le modèle de surveillance de la douleur (Thomeé 1997&#xa0;; Silbernagel 2007)&#xa0;: %1 Une douleur vive, lancinante ou qui accroche impose l’arrêt, quel que soit son score. Patella signale aussi un jour dont la douleur dépasse de 2 points ou plus la moyenne des 7 jours précédents, dans la même situation. Le seuil est au-dessus de 1,16 point, le plus petit changement que perçoivent les personnes atteintes d’un syndrome fémoro-patellaire (Piva et al. 2009)&#xa0;: un tel jour est donc une vraie hausse et non la variation ordinaire d’un score de 0 à 10. Si les poussées se répètent, un kinésithérapeute peut adapter votre programme.</translation>
    </message>
    <message>
        <source>Patella suggests a physiotherapist&apos;s view when pain of 4 or more out of 10 shows up on most days for two weeks running, or when six weeks of steady exercise have brought no real improvement in a situation that still hurts (the clinical advice is to refer after 6-8 weeks without progress). A real improvement is a drop of more than 1.16 points on the 0-10 scale, the smallest change that matters to people with patellofemoral pain (Piva et al., Journal of Rehabilitation Medicine 2009). Recovery does take time (a median of 71 days among injured novice runners, Nielsen et al., PLoS One 2014), and Patella does not diagnose.</source>
        <translation>Patella suggère l’avis d’un kinésithérapeute quand une douleur de 4 sur 10 ou plus apparaît la plupart des jours pendant deux semaines, ou quand six semaines d’exercices réguliers n’ont apporté aucune vraie amélioration dans une situation encore douloureuse (l’usage clinique est d’orienter après 6 à 8 semaines sans progrès). Une vraie amélioration est une baisse de plus de 1,16 point sur l’échelle de 0 à 10, le plus petit changement qui compte pour les personnes atteintes d’un syndrome fémoro-patellaire (Piva et al., Journal of Rehabilitation Medicine 2009). La récupération prend du temps (71 jours en médiane chez des coureurs débutants blessés, Nielsen et al., PLoS One 2014), et Patella ne pose pas de diagnostic.</translation>
    </message>
    <message>
        <source>Regular stretching usually shows in stride comfort within 2-3 weeks. A few minutes on most days does more than one long session a week.</source>
        <translation>Des étirements réguliers rendent en général la foulée plus confortable en 2 à 3 semaines. Quelques minutes la plupart des jours valent mieux qu’une longue séance par semaine.</translation>
    </message>
    <message>
        <source>10-30% longer</source>
        <translation>de 10 à 30&#xa0;% plus longues</translation>
    </message>
    <message>
        <source>30-100% longer</source>
        <translation>de 30 à 100&#xa0;% plus longues</translation>
    </message>
    <message>
        <source>more than twice as long</source>
        <translation>plus de deux fois plus longues</translation>
    </message>
    <message>
        <source>Your %1 run on %2 was %3 longer than the longest run of the 30 days before it (%4). In a 2025 study of 5,205 runners, runs %5 than that longest came with a hazard ratio of %6 for injury.</source>
        <translation>Votre sortie de %1 le %2 était %3 plus longue que la plus longue des 30 jours précédents (%4). Dans une étude de 2025 portant sur 5&#xa0;205 coureurs, les sorties %5 que cette plus longue s’accompagnaient d’un hazard ratio de %6 pour les blessures.</translation>
    </message>
    <message>
        <source>This week so far %1, already past %2, the guide&apos;s 10% guideline over last week&apos;s %3.</source>
        <translation>Cette semaine jusqu’ici %1, déjà au-delà de %2, la règle des 10&#xa0;% du guide par rapport aux %3 de la semaine dernière.</translation>
    </message>
    <message>
        <source>This week so far %1; the guide&apos;s 10% guideline over last week&apos;s %3 is %2.</source>
        <translation>Cette semaine jusqu’ici %1&#xa0;; la règle des 10&#xa0;% du guide par rapport aux %3 de la semaine dernière donne %2.</translation>
    </message>
    <message>
        <source>This week so far %1; the guide&apos;s 10% guideline over last week&apos;s %3 is %2 (%4 more).</source>
        <translation>Cette semaine jusqu’ici %1&#xa0;; la règle des 10&#xa0;% du guide par rapport aux %3 de la semaine dernière donne %2 (encore %4).</translation>
    </message>
    <message>
        <source>Next week, the guide&apos;s 10% guideline over this week&apos;s %2 is %1.</source>
        <translation>La semaine prochaine, la règle des 10&#xa0;% du guide par rapport aux %2 de cette semaine donne %1.</translation>
    </message>
    <message>
        <source>Week %1 of %2: the guide&apos;s 10% guideline over the week before (%4) is %3.</source>
        <translation>Semaine %1 sur %2&#xa0;: la règle des 10&#xa0;% du guide par rapport à la semaine précédente (%4) donne %3.</translation>
    </message>
    <message>
        <source>Weekly distance up more than the guide&apos;s 10%</source>
        <translation>Distance hebdomadaire en hausse de plus des 10&#xa0;% du guide</translation>
    </message>
    <message>
        <source>%1: %2 six weeks ago, %3 now (%4): not the drop of more than 1.16 points that counts as real.</source>
        <translation>%1&#xa0;: %2 il y a six semaines, %3 maintenant (%4)&#xa0;: pas la baisse de plus de 1,16 point qui compte comme réelle.</translation>
    </message>
    <message>
        <source>One round so far (%1): average %2 of 10.</source>
        <translation>Une seule série jusqu’ici (%1)&#xa0;: moyenne %2 sur 10.</translation>
    </message>
    <message>
        <source>Average %1 on %2, %3 on %4: %5.</source>
        <translation>Moyenne %1 le %2, %3 le %4&#xa0;: %5.</translation>
    </message>
    <message>
        <source>That reaches the 2 points usually taken as a meaningful change.</source>
        <translation>Cela atteint les 2 points habituellement considérés comme un changement significatif.</translation>
    </message>
    <message>
        <source>Less than the 2 points usually taken as a meaningful change.</source>
        <translation>Moins que les 2 points habituellement considérés comme un changement significatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 to %3 (%4), a meaningful change for one activity (3 points or more).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: de %2 à %3 (%4), un changement significatif pour une activité (3 points ou plus).</translation>
    </message>
    <message>
        <source>The Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): you name 3 to 5 activities that the knee makes hard and rate each from 0 (cannot do it) to 10 (as well as before the problem), every week or two. The average of a round is the mean of its scores. A change of about 2 points in the average, or 3 points for one activity, is usually taken as meaningful. Higher is better. The activities are your own, so the score compares you with yourself, not with other runners.</source>
        <translation>L’échelle fonctionnelle spécifique au patient (PSFS, Stratford et al., Physiotherapy Canada 1995)&#xa0;: vous nommez 3 à 5 activités que le genou rend difficiles et vous notez chacune de 0 (impossible) à 10 (aussi bien qu’avant le problème), chaque semaine ou toutes les deux semaines. La moyenne d’une série est celle de ses notes. Un changement d’environ 2 points de la moyenne, ou de 3 points pour une activité, est habituellement considéré comme significatif. Plus c’est haut, mieux c’est. Les activités sont les vôtres&#xa0;: le score vous compare à vous-même, pas aux autres coureurs.</translation>
    </message>
    <message>
        <source>Function score (PSFS) %1, %2 since %3.</source>
        <translation>Score fonctionnel (PSFS) %1, %2 depuis le %3.</translation>
    </message>
    <message>
        <source>%1 since the first round (%2).</source>
        <translation>%1 depuis la première série (%2).</translation>
    </message>
    <message>
        <source>A change of 2 points or more is usually taken as meaningful.</source>
        <translation>Un changement de 2 points ou plus est habituellement considéré comme significatif.</translation>
    </message>
    <message>
        <source>A drop of 2 points or more is usually taken as meaningful: worth telling your physiotherapist.</source>
        <translation>Une baisse de 2 points ou plus est habituellement considérée comme significative&#xa0;: parlez-en à votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>In a 2025 study of 5,205 runners with GPS watch data (British Journal of Sports Medicine), a single run more than 10% longer than the longest run of the previous 30 days raised the injury rate: hazard ratio 1.64 for runs 10-30% longer, 1.52 for 30-100% longer and 2.28 for more than double. This is a stronger signal than the guide&apos;s weekly 10% guideline, which research supports only weakly (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022).</source>
        <translation>Dans une étude de 2025 portant sur 5 205 coureurs équipés d&apos;une montre GPS (British Journal of Sports Medicine), une seule sortie plus longue de plus de 10 % que la plus longue des 30 jours précédents augmentait le taux de blessure : rapport de risque 1,64 pour 10 à 30 % de plus, 1,52 pour 30 à 100 % et 2,28 au-delà du double. C&apos;est un signal plus fort que la règle indicative hebdomadaire des 10 % du guide, que la recherche ne soutient que faiblement (Buist et al. ; Nielsen et al., JOSPT 2014 ; Fredette et al., 2022).</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise comes with conditions: it settles within about an hour, the knee is no worse the next morning, and pain does not creep up from week to week. Pain that keeps rising week after week is one of the warning signs for which clinicians advise a physiotherapist&apos;s or doctor&apos;s view, even while other situations get better. Patella counts a rise when three weekly values in a row (the check-in&apos;s worst or usual pain, or a situation&apos;s 7-day mean) each go up and the rise adds up to more than 1.16 points, the smallest change that matters (Piva et al. 2009).</source>
        <translation>Une douleur acceptable à l&apos;exercice a ses conditions : elle retombe en une heure environ, le genou n&apos;est pas pire le lendemain matin, et la douleur ne grimpe pas d&apos;une semaine à l&apos;autre. Une douleur qui augmente semaine après semaine fait partie des signes d&apos;alerte pour lesquels les cliniciens conseillent l&apos;avis d&apos;un kinésithérapeute ou d&apos;un médecin, même si d&apos;autres situations s&apos;améliorent. Patella compte une hausse quand trois valeurs hebdomadaires de suite (la douleur maximale ou habituelle du bilan, ou la moyenne sur 7 jours d&apos;une situation) montent chacune et que la hausse totale dépasse 1,16 point, le plus petit changement qui compte (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>In the pain-monitoring model a session was too much when the knee is worse the next morning; the dose then steps back. When that keeps happening (three mornings in two weeks, or after two sessions in a row), the plan itself needs a professional look: a physiotherapist can find what the knee does not tolerate yet.</source>
        <translation>Dans le modèle de surveillance de la douleur, une séance était de trop quand le genou est pire le lendemain matin ; la dose recule alors. Si cela se répète (trois matins en deux semaines, ou après deux séances de suite), c&apos;est le plan lui-même qui demande un regard professionnel : un kinésithérapeute peut trouver ce que le genou ne tolère pas encore.</translation>
    </message>
    <message>
        <source>Swelling, a knee that locks or gives way, pain at night or at rest, and pain after a fall or a blow are not part of ordinary patellofemoral pain. They are reasons to see a physiotherapist or a doctor before going on with the programme. Patella does not diagnose; it asks about these every week so that none of them goes unnoticed.</source>
        <translation>Un gonflement, un genou qui se bloque ou se dérobe, une douleur la nuit ou au repos et une douleur après une chute ou un choc ne font pas partie de la douleur fémoro-patellaire ordinaire. Ce sont des raisons de consulter un kinésithérapeute ou un médecin avant de poursuivre le programme. Patella ne pose pas de diagnostic ; il pose ces questions chaque semaine pour qu&apos;aucun de ces signes ne passe inaperçu.</translation>
    </message>
    <message>
        <source>On the morning of %1 the knee was worse than the morning before.</source>
        <translation>Le matin du %1, le genou allait moins bien que la veille au matin.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The week&apos;s worst pain (check-in)</source>
        <translation>Douleur maximale de la semaine (bilan)</translation>
    </message>
    <message>
        <source>The week&apos;s usual pain (check-in)</source>
        <translation>Douleur habituelle de la semaine (bilan)</translation>
    </message>
    <message>
        <source>%1 (7-day mean)</source>
        <translation>%1 (moyenne sur 7 jours)</translation>
    </message>
    <message>
        <source>Pain has risen two weeks running</source>
        <translation>La douleur a augmenté deux semaines de suite</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Pain that keeps rising from week to week is a reason to have the knee looked at, whatever else is improving.</source>
        <translation>Une douleur qui continue d&apos;augmenter d&apos;une semaine à l&apos;autre justifie de faire examiner le genou, quoi qu&apos;il en soit du reste.</translation>
    </message>
    <message>
        <source>The knee was worse in the morning %1 times in the last 14 days: %2.</source>
        <translation>Le genou allait moins bien le matin %1 fois ces 14 derniers jours : %2.</translation>
    </message>
    <message>
        <source>The mornings after your sessions of %1 and %2 were both worse (%3 and %4).</source>
        <translation>Les matins après vos séances du %1 et du %2 étaient tous deux moins bons (%3 et %4).</translation>
    </message>
    <message>
        <source>Mornings after training keep being worse</source>
        <translation>Les matins après l&apos;entraînement restent moins bons</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor about these signs</source>
        <translation>Consultez un kinésithérapeute ou un médecin pour ces signes</translation>
    </message>
    <message>
        <source>Your check-in for the week of %1 reports: %2.</source>
        <translation>Votre bilan de la semaine du %1 indique : %2.</translation>
    </message>
    <message>
        <source>These are warning signs, not the usual course of runner&apos;s knee. Have the knee looked at before the next session; until then, rest it from what hurts.</source>
        <translation>Ce sont des signes d&apos;alerte, pas l&apos;évolution habituelle du genou du coureur. Faites examiner le genou avant la prochaine séance ; d&apos;ici là, épargnez-lui ce qui fait mal.</translation>
    </message>
    <message>
        <source>That is 5% or more below your usual rate: longer steps load the kneecap joint more, and in studies a rate 5-10% above one&apos;s own eased it.</source>
        <translation>C’est 5 % ou plus en dessous de votre cadence habituelle&#xa0;: des pas plus longs chargent davantage l’articulation de la rotule, et dans les études une cadence de 5 à 10 % au-dessus de la sienne la soulageait.</translation>
    </message>
    <message>
        <source>Less than 5% from your usual rate: no real change. In studies, a rate 5-10% above one&apos;s own (shorter steps at the same pace) eased the kneecap joint; whether to try it is yours to decide, ideally with your physiotherapist.</source>
        <translation>Moins de 5 % d’écart avec votre cadence habituelle&#xa0;: pas de vrai changement. Dans les études, une cadence de 5 à 10 % au-dessus de la sienne (des pas plus courts à la même allure) soulageait l’articulation de la rotule&#xa0;; à vous de décider si vous l’essayez, idéalement avec votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>That is within the 5-10% higher band that eased the load on the kneecap joint in studies.</source>
        <translation>C’est dans la bande de 5 à 10 % au-dessus qui a soulagé l’articulation de la rotule dans les études.</translation>
    </message>
    <message>
        <source>That is more than 10% above your usual rate, beyond the 5-10% rise the studies tested.</source>
        <translation>C’est plus de 10 % au-dessus de votre cadence habituelle, au-delà des 5 à 10 % testés par les études.</translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate needs at least %n runs with a cadence; until then each run is shown on its own.</source>
        <translation>
            <numerusform>Votre cadence habituelle demande au moins %n course avec une cadence&#xa0;; d’ici là, chaque course est montrée seule.</numerusform>
            <numerusform>Votre cadence habituelle demande au moins %n courses avec une cadence&#xa0;; d’ici là, chaque course est montrée seule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate: %1 steps per minute, the middle value of your first %n run(s) with a cadence (%2 to %3). 5-10% higher is %4 to %5.</source>
        <translation>
            <numerusform>Votre cadence habituelle&#xa0;: %1 pas par minute, la valeur médiane de %n course avec une cadence (%2 au %3). 5 à 10 % de plus, c’est %4 à %5.</numerusform>
            <numerusform>Votre cadence habituelle&#xa0;: %1 pas par minute, la valeur médiane de vos %n premières courses avec une cadence (%2 au %3). 5 à 10 % de plus, c’est %4 à %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs after these are compared with it.</source>
        <translation>Les courses suivantes y sont comparées.</translation>
    </message>
    <message numerus="yes">
        <source>Your last %n run(s) in this range (%2 to %3): %1 steps per minute, %4 against your usual rate.</source>
        <translation>
            <numerusform>Votre dernière course (%n) sur cette période (%2 au %3)&#xa0;: %1 pas par minute, %4 par rapport à votre cadence habituelle.</numerusform>
            <numerusform>Vos %n dernières courses sur cette période (%2 au %3)&#xa0;: %1 pas par minute, %4 par rapport à votre cadence habituelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n run(s) in this range without a cadence (typed by hand, or from a file without one).</source>
        <translation>
            <numerusform>Laissée de côté&#xa0;: %n course de cette période sans cadence (saisie à la main, ou d’un fichier qui n’en a pas).</numerusform>
            <numerusform>Laissées de côté&#xa0;: %n courses de cette période sans cadence (saisies à la main, ou d’un fichier qui n’en a pas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step rate (cadence) is the number of steps you take in a minute. Watches and phone apps record it; runs typed by hand have none. Gait studies found that taking 5-10% more steps a minute than you usually do, which means shorter steps at the same pace, lowers the load on the joint behind the kneecap: 10% shorter steps cut that joint&apos;s stress per mile by 7.5% (Willson et al. 2014), and 35% of runners with patellofemoral pain felt relief straight away with a 10% higher step rate (Esculier et al. 2023). Patella compares your runs with your own usual rate (the middle value of your first five runs with a cadence), never with one number for every runner. Running, trail and treadmill runs count; walks and rides do not. This is information, not an instruction: a change of running style is worth talking over with your physiotherapist.</source>
        <translation>La cadence est le nombre de pas que vous faites en une minute. Les montres et les applis de téléphone l’enregistrent&#xa0;; les courses saisies à la main n’en ont pas. Des études de la foulée ont montré que faire 5 à 10 % de pas de plus par minute que d’habitude, c’est-à-dire des pas plus courts à la même allure, réduit la charge sur l’articulation derrière la rotule&#xa0;: des pas 10 % plus courts réduisaient la contrainte sur cette articulation de 7,5 % par mile (Willson et al. 2014), et 35 % des coureurs souffrant de douleur fémoro-patellaire ont été soulagés tout de suite avec une cadence 10 % plus élevée (Esculier et al. 2023). Patella compare vos courses à votre propre cadence habituelle (la valeur médiane de vos cinq premières courses avec une cadence), jamais à un chiffre valable pour tous. Les courses sur route, en trail et sur tapis comptent&#xa0;; la marche et le vélo non. C’est une information, pas une consigne&#xa0;: un changement de foulée mérite d’en parler avec votre kinésithérapeute.</translation>
    </message>
</context>
<context>
    <name>JournalForms</name>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 est requis.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 doit être un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be a number, like %2.</source>
        <translation>%1 doit être un nombre, par exemple %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 is needed, as h:mm:ss.</source>
        <translation>%1 est requis, au format h:mm:ss.</translation>
    </message>
    <message>
        <source>%1 must read as h:mm:ss, like 0:42:30.</source>
        <translation>%1 doit s’écrire h:mm:ss, par exemple 0:42:30.</translation>
    </message>
    <message>
        <source>%1 must be longer than zero.</source>
        <translation>%1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>%1 is far too large: a run or a week is at most a few hundred km.</source>
        <translation>%1 est bien trop grand&#xa0;: une sortie ou une semaine fait au plus quelques centaines de km.</translation>
    </message>
    <message>
        <source>%1 is longer than 72 hours; a bare number counts minutes.</source>
        <translation>%1 dépasse 72 heures&#xa0;; un nombre seul compte des minutes.</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is already in the journal</source>
        <translation>est déjà dans le journal</translation>
    </message>
    <message>
        <source>refers to a record that is not in the journal</source>
        <translation>renvoie à une entrée absente du journal</translation>
    </message>
    <message>
        <source>no record %1 is in the journal</source>
        <translation>aucune entrée %1 dans le journal</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read.</source>
        <translation>Le journal %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a Patella journal (it is not an SQLite database). It was left unchanged.</source>
        <translation>%1 n’est pas un journal Patella (ce n’est pas une base SQLite). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be created.</source>
        <translation>Le journal %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Le journal %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (0600).</source>
        <translation>Le journal %1 ne peut pas être rendu privé (0600).</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging.</source>
        <translation>Le journal %1 ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>The file %1 cannot be made private (0600).</source>
        <translation>Le fichier %1 ne peut pas être rendu privé (0600).</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>Aucun journal n’est ouvert.</translation>
    </message>
    <message>
        <source>read its version</source>
        <translation>lire sa version</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>Le journal %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which this Patella does not know</source>
        <translation>contient «&#xa0;%1&#xa0;», que ce Patella ne connaît pas</translation>
    </message>
    <message>
        <source>The journal has no schema version.</source>
        <translation>Le journal n’a pas de version de schéma.</translation>
    </message>
    <message>
        <source>Upgrading the journal from version %1 to %2 failed: %3</source>
        <translation>La mise à niveau du journal de la version %1 à la %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>The journal could not %1: %2</source>
        <translation>Le journal n’a pas pu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>préparer une requête</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>exécuter une requête</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <source>commit a transaction</source>
        <translation>valider une transaction</translation>
    </message>
    <message>
        <source>must be between 0 and 10</source>
        <translation>doit être compris entre 0 et 10</translation>
    </message>
    <message>
        <source>lies beyond tomorrow</source>
        <translation>est au-delà de demain</translation>
    </message>
    <message>
        <source>is more than a day away from the time</source>
        <translation>est à plus d’un jour de l’heure</translation>
    </message>
    <message>
        <source>must be a Monday</source>
        <translation>doit être un lundi</translation>
    </message>
    <message>
        <source>is not a known side</source>
        <translation>n’est pas un côté connu</translation>
    </message>
    <message>
        <source>is not a known situation</source>
        <translation>n’est pas une situation connue</translation>
    </message>
    <message>
        <source>is not a saved session</source>
        <translation>n’est pas une séance enregistrée</translation>
    </message>
    <message>
        <source>is not a known flexibility test</source>
        <translation>n’est pas un test de souplesse connu</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>must be between -50 and 150 cm</source>
        <translation>doit être compris entre -50 et 150 cm</translation>
    </message>
    <message>
        <source>must be between 0 and 180 degrees</source>
        <translation>doit être compris entre 0 et 180 degrés</translation>
    </message>
    <message>
        <source>is not a known unit</source>
        <translation>n’est pas une unité connue</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>is more than 300 km, too long for one run</source>
        <translation>dépasse 300 km, trop long pour une sortie</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>is longer than 72 hours</source>
        <translation>dépasse 72 heures</translation>
    </message>
    <message>
        <source>is not a known source</source>
        <translation>n’est pas une source connue</translation>
    </message>
    <message>
        <source>is needed for an imported run</source>
        <translation>est requis pour une sortie importée</translation>
    </message>
    <message>
        <source>is not a saved shoe</source>
        <translation>n’est pas une paire enregistrée</translation>
    </message>
    <message>
        <source>is more than 1,500 km, too long for one week</source>
        <translation>dépasse 1 500 km, trop pour une semaine</translation>
    </message>
    <message>
        <source>must be between 0 and 50</source>
        <translation>doit être compris entre 0 et 50</translation>
    </message>
    <message>
        <source>is before the first use</source>
        <translation>est antérieur à la première utilisation</translation>
    </message>
    <message>
        <source>must be between 0 and 10,000 km</source>
        <translation>doit être compris entre 0 et 10 000 km</translation>
    </message>
    <message>
        <source>is not a routine id</source>
        <translation>n’est pas un identifiant de routine</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>est antérieur au début</translation>
    </message>
    <message>
        <source>is more than 12 hours after the start</source>
        <translation>est plus de 12 heures après le début</translation>
    </message>
    <message>
        <source>is not a known outcome</source>
        <translation>n’est pas une issue connue</translation>
    </message>
    <message>
        <source>is not an exercise id</source>
        <translation>n’est pas un identifiant d’exercice</translation>
    </message>
    <message>
        <source>must be between 1 and 20</source>
        <translation>doit être compris entre 1 et 20</translation>
    </message>
    <message>
        <source>must be between 0 and 9</source>
        <translation>doit être compris entre 0 et 9</translation>
    </message>
    <message>
        <source>must be between 0 and 3600</source>
        <translation>doit être compris entre 0 et 3600</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>doit être compris entre 0 et 500</translation>
    </message>
    <message>
        <source>is higher than the worst pain</source>
        <translation>est supérieur à la douleur maximale</translation>
    </message>
    <message>
        <source>read a record</source>
        <translation>lire une entrée</translation>
    </message>
    <message>
        <source>The journal path %1 is longer than SQLite accepts (%2 bytes at most) or cannot be written as a file name. Choose a shorter data folder; nothing was created.</source>
        <translation>Le chemin du journal %1 est plus long que ce que SQLite accepte (%2 octets au plus) ou ne peut pas s’écrire comme nom de fichier. Choisissez un dossier de données plus court&#xa0;; rien n’a été créé.</translation>
    </message>
    <message>
        <source>The journal %1 is empty (0 bytes), but there are backups of it. Restore one; the empty file was left as it is.</source>
        <translation>Le journal %1 est vide (0 octet), mais il en existe des sauvegardes. Restaurez-en une&#xa0;; le fichier vide a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The journal %1 could not be read (%2). Nothing is saved until it can be read again.</source>
        <translation>Le journal %1 n’a pas pu être lu (%2). Rien n’est enregistré tant qu’il ne peut pas être relu.</translation>
    </message>
    <message>
        <source>Nothing is saved until it can be read again.</source>
        <translation>Rien n’est enregistré tant qu’il ne peut pas être relu.</translation>
    </message>
    <message>
        <source>it is in use by another program. Wait a moment and try again</source>
        <translation>il est utilisé par un autre programme. Patientez un instant et réessayez</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>le disque est plein. Libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>lies later than now</source>
        <translation>est postérieur à maintenant</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>La sauvegarde %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restoring %1 failed: %2</source>
        <translation>La restauration de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>it cannot be made private (0600) and synced</source>
        <translation>il ne peut pas être rendu privé (0600) et synchronisé</translation>
    </message>
    <message>
        <source>No journal is chosen.</source>
        <translation>Aucun journal n’est choisi.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>it cannot be copied beside the journal (%1)</source>
        <translation>il ne peut pas être copié à côté du journal (%1)</translation>
    </message>
    <message>
        <source>the backups folder cannot be created</source>
        <translation>le dossier des sauvegardes ne peut pas être créé</translation>
    </message>
    <message>
        <source>the current journal cannot be kept (%1)</source>
        <translation>le journal actuel ne peut pas être conservé (%1)</translation>
    </message>
    <message>
        <source>its marker cannot be written (%1)</source>
        <translation>son repère ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <source>it cannot be put in place of %1 (%2)</source>
        <translation>il ne peut pas prendre la place de %1 (%2)</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another program. Close that program, then try again; the journal was left unchanged.</source>
        <translation>Le journal %1 est utilisé par un autre programme. Fermez ce programme, puis réessayez&#xa0;; le journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full. Free some space, then try again.</source>
        <translation>Le disque qui contient le journal %1 est plein. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The journal %1 can be read, but its folder %2 does not accept the files SQLite keeps beside it (-wal, -shm): %3</source>
        <translation>Le journal %1 est lisible, mais son dossier %2 n’accepte pas les fichiers que SQLite garde à côté (-wal, -shm)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be read. It was left unchanged.</source>
        <translation>Le journal %1 est endommagé et illisible. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 is empty or missing.</source>
        <translation>Le journal %1 est vide ou absent.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Patella (journal version %2; this Patella reads up to version %3). Update Patella to open it; the file was left unchanged.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de Patella (version du journal %2&#xa0;; ce Patella lit jusqu’à la version %3). Mettez Patella à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Patella journal. It was left unchanged.</source>
        <translation>%1 est une base SQLite, mais pas un journal Patella. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2). It was left unchanged.</source>
        <translation>Le journal %1 est endommagé (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>lies before the day it was added</source>
        <translation>est antérieur au jour où il a été ajouté</translation>
    </message>
    <message>
        <source>it cannot be copied to be checked</source>
        <translation>il ne peut pas être copié pour être vérifié</translation>
    </message>
    <message>
        <source>must be 0 to 72 hours</source>
        <translation>doit être compris entre 0 et 72 heures</translation>
    </message>
    <message>
        <source>must be between 1 and 400 steps per minute</source>
        <translation>doit être compris entre 1 et 400 pas par minute</translation>
    </message>
    <message>
        <source>must be between 1 and 260 bpm</source>
        <translation>doit être compris entre 1 et 260 bpm</translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation>il est endommagé : %1</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>tension 0-10</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Targets</source>
        <translation>Muscles ciblés</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Best times</source>
        <translation>Meilleurs moments</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Mène à</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Coaching cues</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>at the starting dose</source>
        <translation>au dosage de départ</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>Dans cette routine</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>How Patella helps</source>
        <translation>Comment Patella vous aide</translation>
    </message>
</context>
<context>
    <name>PainBand</name>
    <message>
        <source>safe</source>
        <translation>sans risque</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>too much</source>
        <translation>trop</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>it settles to its usual level within about an hour and the knee is no worse the next morning</source>
        <translation>elle revient à son niveau habituel en une heure environ et que le genou n’est pas pire le lendemain matin</translation>
    </message>
    <message>
        <source>%1: safe. Carry on; sessions like this let the dose grow.</source>
        <translation>%1&#xa0;: sans risque. Continuez&#xa0;; des séances comme celle-ci font progresser la dose.</translation>
    </message>
    <message>
        <source>%1: acceptable if %2. Keep today&apos;s dose.</source>
        <translation>%1&#xa0;: acceptable si %2. Gardez la dose d’aujourd’hui.</translation>
    </message>
    <message>
        <source>%1: too much. Stop this exercise for today; the dose steps back next time.</source>
        <translation>%1&#xa0;: trop. Arrêtez cet exercice pour aujourd’hui&#xa0;; la dose baisse d’un cran la prochaine fois.</translation>
    </message>
    <message>
        <source>%1 is safe; %2 is acceptable if %3; %4 is too much, so that exercise stops for the day.</source>
        <translation>%1 est sans risque&#xa0;; %2 est acceptable si %3&#xa0;; %4, c’est trop&#xa0;: l’exercice s’arrête pour la journée.</translation>
    </message>
</context>
<context>
    <name>PhysioReport</name>
    <message>
        <source>lower = more flexible</source>
        <translation>plus bas = plus souple</translation>
    </message>
    <message>
        <source>higher = more flexible</source>
        <translation>plus haut = plus souple</translation>
    </message>
    <message>
        <source>up after %1 sessions in a row at %2</source>
        <translation>en hausse après %1 séances de suite à %2</translation>
    </message>
    <message>
        <source>back: the knee was worse the next morning</source>
        <translation>en baisse : le genou allait plus mal le lendemain matin</translation>
    </message>
    <message>
        <source>back after pain %1/10</source>
        <translation>en baisse après une douleur de %1/10</translation>
    </message>
    <message>
        <source>not changed in the last six weeks</source>
        <translation>inchangée ces six dernières semaines</translation>
    </message>
    <message>
        <source>no pain checks yet</source>
        <translation>pas encore d’évaluation de la douleur</translation>
    </message>
    <message>
        <source>Pain checks after each exercise</source>
        <translation>Douleur notée après chaque exercice</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Après les séances</translation>
    </message>
    <message>
        <source>During runs</source>
        <translation>Pendant la course</translation>
    </message>
    <message>
        <source>After runs</source>
        <translation>Après la course</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Week&apos;s running</source>
        <translation>Course de la semaine</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>Pain: each day&apos;s worst score per situation (0-10). First and last: the mean of the first and of the last 7 days with reports. A change of more than 1.16 points is the smallest that matters to people with patellofemoral pain (Piva et al. 2009).</source>
        <translation>Douleur : la note la plus haute de chaque jour par situation (0-10). Premier et dernier : la moyenne des 7 premiers et des 7 derniers jours notés. Une variation de plus de 1,16 point est la plus petite qui compte pour les personnes souffrant de douleur fémoro-patellaire (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>Function: Patient-Specific Functional Scale (Stratford et al. 1995), the runner&apos;s own activities rated 0-10; the average of each round. About 2 points in the average, 3 for one activity, is usually taken as meaningful.</source>
        <translation>Fonction : échelle fonctionnelle spécifique au patient (Stratford et al. 1995), les activités choisies par le coureur notées de 0 à 10 ; la moyenne de chaque série. Environ 2 points de la moyenne, 3 pour une activité, sont habituellement considérés comme significatifs.</translation>
    </message>
    <message>
        <source>Pain bands (pain-monitoring model, Thomeé 1997, Silbernagel 2007): %1.</source>
        <translation>Zones de douleur (modèle de surveillance de la douleur, Thomeé 1997, Silbernagel 2007) : %1.</translation>
    </message>
    <message>
        <source>Doses: the programme steps up after %1 sessions in a row in the safe band, holds in the acceptable band, and steps back after too much pain or a knee worse the next morning; reports of the last six weeks count.</source>
        <translation>Doses : le programme augmente après %1 séances de suite dans la zone sûre, se maintient dans la zone acceptable et recule après une douleur trop forte ou un genou plus mal le lendemain matin ; les relevés des six dernières semaines comptent.</translation>
    </message>
    <message>
        <source>Flexibility: the self-tests as measured, left and right; trends only, no pass or fail.</source>
        <translation>Souplesse : les auto-tests tels que mesurés, à gauche et à droite ; tendances seulement, ni réussite ni échec.</translation>
    </message>
    <message>
        <source>Alerts: as Patella showed them on the day they were raised.</source>
        <translation>Alertes : telles que Patella les a montrées le jour où elles sont apparues.</translation>
    </message>
    <message>
        <source>Patella is a recovery companion for runners with patellofemoral pain: it plays the exercise programme, keeps the runner&apos;s journal and points out patterns. It informs and reminds; it does not diagnose and does not replace a physiotherapist&apos;s assessment. Every figure here was entered or imported by the runner.</source>
        <translation>Patella est un compagnon de récupération pour les coureurs souffrant de douleur fémoro-patellaire : il déroule le programme d’exercices, tient le journal du coureur et signale les tendances. Il informe et fait penser ; il ne pose pas de diagnostic et ne remplace pas l’examen d’un kinésithérapeute. Chaque chiffre ici a été saisi ou importé par le coureur.</translation>
    </message>
    <message>
        <source>Adherence: completed guided sessions per week against the current phase&apos;s target, counted from the programme&apos;s start and, for the week in progress, for its days so far.</source>
        <translation>Assiduité : séances guidées terminées par semaine, par rapport à l’objectif de la phase en cours, comptées depuis le début du programme et, pour la semaine en cours, sur ses jours écoulés.</translation>
    </message>
    <message>
        <source>Distance: ISO weeks (Monday to Sunday) from the runs logged, or the runner&apos;s weekly total for a week without runs. The guide&apos;s 10% guideline is common advice with weak evidence. A single run more than 10% longer than the longest of the previous 30 days is marked (BJSM 2025, 5,205 runners).</source>
        <translation>Distance : semaines ISO (du lundi au dimanche) à partir des sorties enregistrées, ou le total hebdomadaire du coureur pour une semaine sans sortie. La règle indicative des 10 % du guide est un conseil répandu aux preuves faibles. Une seule sortie plus longue de plus de 10 % que la plus longue des 30 jours précédents est marquée (BJSM 2025, 5 205 coureurs).</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>two days ago</source>
        <translation>il y a deux jours</translation>
    </message>
    <message>
        <source>three days ago</source>
        <translation>il y a trois jours</translation>
    </message>
    <message>
        <source>four days ago</source>
        <translation>il y a quatre jours</translation>
    </message>
    <message>
        <source>five days ago</source>
        <translation>il y a cinq jours</translation>
    </message>
    <message>
        <source>six days ago</source>
        <translation>il y a six jours</translation>
    </message>
    <message>
        <source>a week ago</source>
        <translation>il y a une semaine</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Keep your hips and glutes strong: light strength work on non-consecutive days.</source>
        <translation>Gardez des hanches et des fessiers forts&#xa0;: un renforcement léger, jamais deux jours de suite.</translation>
    </message>
    <message>
        <source>From week three, add light strength work on non-consecutive days.</source>
        <translation>À partir de la troisième semaine, ajoutez un renforcement léger, jamais deux jours de suite.</translation>
    </message>
    <message>
        <source>Last strength session was %1.</source>
        <translation>La dernière séance de renforcement date de %1.</translation>
    </message>
    <message>
        <source>You ran today: a post-run stretch.</source>
        <translation>Vous avez couru aujourd’hui&#xa0;: des étirements après la course.</translation>
    </message>
    <message>
        <source>Weeks one and two: gentle stretches twice a day.</source>
        <translation>Semaines un et deux&#xa0;: étirements doux deux fois par jour.</translation>
    </message>
    <message>
        <source>Weeks one and two: gentle stretches twice a day; this is the second.</source>
        <translation>Semaines un et deux&#xa0;: étirements doux deux fois par jour&#xa0;; voici la deuxième séance.</translation>
    </message>
    <message>
        <source>Keep stretching every day while you build strength.</source>
        <translation>Continuez à vous étirer chaque jour pendant que vous gagnez en force.</translation>
    </message>
    <message>
        <source>Pain-free: keep flexibility work going 3-4 times a week (%1 in the last 7 days).</source>
        <translation>Sans douleur&#xa0;: gardez le travail de souplesse 3 à 4 fois par semaine (%1 ces 7 derniers jours).</translation>
    </message>
    <message>
        <source>After a run, a few minutes of foam rolling eases stiffness.</source>
        <translation>Après une sortie, quelques minutes de rouleau de massage atténuent les raideurs.</translation>
    </message>
    <message>
        <source>If you run today, warm up first.</source>
        <translation>Si vous courez aujourd’hui, échauffez-vous d’abord.</translation>
    </message>
    <message>
        <source>Warm up for a few minutes before you stretch.</source>
        <translation>Échauffez-vous quelques minutes avant de vous étirer.</translation>
    </message>
    <message>
        <source>A rest day from strength work: the muscles you trained adapt in the days between.</source>
        <translation>Un jour de repos sans renforcement : les muscles travaillés s&apos;adaptent les jours entre deux séances.</translation>
    </message>
    <message>
        <source>Foam rolling is a daily habit: half a minute to a minute on each area.</source>
        <translation>Le rouleau de massage est une habitude quotidienne : trente secondes à une minute par zone.</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) done</source>
        <translation>
            <numerusform>%1&#xa0;: %n séance faite</numerusform>
            <numerusform>%1&#xa0;: %n séances faites</numerusform>
        </translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>tension 0-10</translation>
    </message>
    <message numerus="yes">
        <source>mean %1/10 over %n report day(s)</source>
        <translation>
            <numerusform>moyenne %1/10 sur %n jour de relevé</numerusform>
            <numerusform>moyenne %1/10 sur %n jours de relevé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>4 weeks</source>
        <translation>4 semaines</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semaines</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Keep logging pain for three weeks to see whether it is really falling: the 7-day mean now is compared with the one three weeks ago.</source>
        <translation>Notez votre douleur pendant trois semaines pour voir si elle baisse vraiment&#xa0;: la moyenne sur 7 jours actuelle est comparée à celle d’il y a trois semaines.</translation>
    </message>
    <message>
        <source>Informational: the ratio is disputed, so read it as a hint, never as a verdict.</source>
        <translation>Pour information&#xa0;: ce rapport est contesté, lisez-le comme un indice, jamais comme un verdict.</translation>
    </message>
    <message>
        <source>Each dot is one week. With six weeks or more, the weeks with the most and the least distance are compared here.</source>
        <translation>Chaque point est une semaine. À partir de six semaines, les semaines avec le plus et le moins de distance sont comparées ici.</translation>
    </message>
    <message>
        <source>The third of them with the least distance (up to %1) averaged pain %2; the third with the most (from %3) averaged %4.</source>
        <translation>Le tiers avec le moins de distance (jusqu’à %1) avait une douleur moyenne de %2&#xa0;; le tiers avec le plus (à partir de %3), %4.</translation>
    </message>
    <message>
        <source>This shows how the two moved together in your weeks. Both change with time in the programme (pain tends to settle while distance is built back up), so the pattern is not cause and effect: it does not mean that running more lowers pain.</source>
        <translation>On voit ici comment les deux ont évolué ensemble au fil de vos semaines. Les deux changent avec le temps passé dans le programme (la douleur tend à se calmer pendant que la distance remonte), donc ce lien n’est pas une relation de cause à effet&#xa0;: il ne signifie pas que courir davantage réduit la douleur.</translation>
    </message>
    <message numerus="yes">
        <source>Each dot is one week: %n week(s) with pain reports in this range.</source>
        <translation>
            <numerusform>Chaque point est une semaine&#xa0;: %n semaine avec des douleurs notées sur cette période.</numerusform>
            <numerusform>Chaque point est une semaine&#xa0;: %n semaines avec des douleurs notées sur cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log two weeks of running in a row to compare them with the guide&apos;s 10% guideline.</source>
        <translation>Enregistrez deux semaines de course d&apos;affilée pour les comparer à la règle indicative des 10 % du guide.</translation>
    </message>
    <message>
        <source>Bars are months here; the guide&apos;s 10% guideline compares weeks, so months that held a week over it are marked. Choose 1 year or less to see the weekly line.</source>
        <translation>Les barres sont ici des mois ; la règle indicative des 10 % du guide compare des semaines, donc les mois contenant une semaine au-dessus sont marqués. Choisissez 1 an ou moins pour voir la ligne hebdomadaire.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>day by day</source>
        <translation>jour par jour</translation>
    </message>
    <message>
        <source>week by week</source>
        <translation>semaine par semaine</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>mois par mois</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>During runs</source>
        <translation>Pendant la course</translation>
    </message>
    <message>
        <source>After runs</source>
        <translation>Après la course</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Escaliers</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Position assise prolongée</translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation>Accroupissement</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>Au repos</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Après les séances</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Genou gauche</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Genou droit</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Les deux genoux</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Test genou-mur</translation>
    </message>
    <message>
        <source>Sit-and-reach</source>
        <translation>Test de flexion avant assis</translation>
    </message>
    <message>
        <source>Heel-to-buttock</source>
        <translation>Test talon-fesse</translation>
    </message>
    <message>
        <source>Half-kneeling hip flexor</source>
        <translation>Fléchisseurs de hanche en semi-agenouillé</translation>
    </message>
    <message>
        <source>Straight-leg raise</source>
        <translation>Élévation jambe tendue</translation>
    </message>
    <message>
        <source>Swelling of the knee</source>
        <translation>Gonflement du genou</translation>
    </message>
    <message>
        <source>The knee locks or gets stuck</source>
        <translation>Le genou se bloque ou reste coincé</translation>
    </message>
    <message>
        <source>The knee gives way</source>
        <translation>Le genou se dérobe</translation>
    </message>
    <message>
        <source>Pain at night or at rest</source>
        <translation>Douleur la nuit ou au repos</translation>
    </message>
    <message>
        <source>Pain since a fall or a blow to the knee</source>
        <translation>Douleur depuis une chute ou un choc sur le genou</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>Report for your physiotherapist (continued)</source>
        <translation>Rapport pour votre kinésithérapeute (suite)</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Rapport pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>Runner: %1</source>
        <translation>Coureur : %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Période : du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Programme: week %1, %2 phase; target %3 a week</source>
        <translation>Programme : semaine %1, phase « %2 » ; objectif %3 par semaine</translation>
    </message>
    <message>
        <source>Distances in %1. Pain and function on 0-10 scales. Made on %2.</source>
        <translation>Distances en %1. Douleur et fonction sur des échelles de 0 à 10. Établi le %2.</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>miles</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>kilomètres</translation>
    </message>
    <message>
        <source>Pain by situation</source>
        <translation>Douleur par situation</translation>
    </message>
    <message>
        <source>No pain reports in the period.</source>
        <translation>Aucune douleur notée sur la période.</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>douleur</translation>
    </message>
    <message>
        <source>lower by more than 1.16</source>
        <translation>plus bas de plus de 1,16</translation>
    </message>
    <message>
        <source>higher by more than 1.16</source>
        <translation>plus haut de plus de 1,16</translation>
    </message>
    <message>
        <source>within 1.16</source>
        <translation>à moins de 1,16</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>First 7 days</source>
        <translation>7 premiers jours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Against 1.16</source>
        <translation>Par rapport à 1,16</translation>
    </message>
    <message>
        <source>Means of each day&apos;s worst score. 1.16 points is the smallest change that matters to people with patellofemoral pain (Piva et al. 2009).</source>
        <translation>Moyennes de la note la plus haute de chaque jour. 1,16 point est la plus petite variation qui compte pour les personnes souffrant de douleur fémoro-patellaire (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>Weekly check-in: worst and usual pain</source>
        <translation>Bilan hebdomadaire : douleur maximale et habituelle</translation>
    </message>
    <message>
        <source>No check-ins in the period.</source>
        <translation>Aucun bilan sur la période.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Habituelle</translation>
    </message>
    <message>
        <source>Worse morning</source>
        <translation>Pire le matin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The last 12 of %1 check-ins.</source>
        <translation>Les 12 derniers des %1 bilans.</translation>
    </message>
    <message>
        <source>Function: Patient-Specific Functional Scale (0 cannot do, 10 as before)</source>
        <translation>Fonction : échelle fonctionnelle spécifique au patient (0 impossible, 10 comme avant)</translation>
    </message>
    <message>
        <source>No function score in the period.</source>
        <translation>Aucun score fonctionnel sur la période.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>first average + 2</source>
        <translation>première moyenne + 2</translation>
    </message>
    <message>
        <source>2 or more</source>
        <translation>2 ou plus</translation>
    </message>
    <message>
        <source>under 2</source>
        <translation>moins de 2</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1 (retirée le %2)</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 ou plus</translation>
    </message>
    <message>
        <source>under 3</source>
        <translation>moins de 3</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Meaningful</source>
        <translation>Significatif</translation>
    </message>
    <message>
        <source>%1 in the period. A change of about 2 points in the average, 3 for one activity, is usually taken as meaningful (Stratford et al. 1995).</source>
        <translation>%1 sur la période. Une variation d’environ 2 points de la moyenne, 3 pour une activité, est habituellement considérée comme significative (Stratford et al. 1995).</translation>
    </message>
    <message>
        <source>Pain during and after exercise, by band</source>
        <translation>Douleur pendant et après l’effort, par zone</translation>
    </message>
    <message>
        <source>No pain checks during or after exercise in the period.</source>
        <translation>Aucune évaluation de la douleur pendant ou après l’effort sur la période.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pain-monitoring model (Thomeé 1997; Silbernagel 2007): acceptable only if the pain settles within about an hour and the knee is no worse the next morning.</source>
        <translation>Modèle de surveillance de la douleur (Thomeé 1997 ; Silbernagel 2007) : acceptable seulement si la douleur se calme en une heure environ et que le genou n’est pas pire le lendemain matin.</translation>
    </message>
    <message>
        <source>Running distance and sessions per week</source>
        <translation>Distance courue et séances par semaine</translation>
    </message>
    <message>
        <source>miles per week</source>
        <translation>miles par semaine</translation>
    </message>
    <message>
        <source>km per week</source>
        <translation>km par semaine</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Bars: distance per ISO week; hatched: more than 10% above the week before; triangles: a single run more than 10% longer than the longest of the previous 30 days; under each week: sessions done / target. Sessions in the period: %1 of %2.</source>
        <translation>Barres : distance par semaine ISO ; hachurées : plus de 10 % au-dessus de la semaine précédente ; triangles : une sortie plus de 10 % plus longue que la plus longue des 30 jours précédents ; sous chaque semaine : séances faites / objectif. Séances sur la période : %1 sur %2.</translation>
    </message>
    <message>
        <source>%1: one run of %2, %3 longer than the previous 30 days&apos; longest (%4).</source>
        <translation>%1 : une sortie de %2, %3 plus longue que la plus longue des 30 jours précédents (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cadence, steps per minute (mean of the week&apos;s runs that recorded it): %1.</source>
        <translation>Cadence, pas par minute (moyenne des sorties de la semaine qui l’ont enregistrée) : %1.</translation>
    </message>
    <message>
        <source>Cadence: not recorded in the period.</source>
        <translation>Cadence : non enregistrée sur la période.</translation>
    </message>
    <message>
        <source>Current doses and their last change</source>
        <translation>Doses actuelles et leur dernier changement</translation>
    </message>
    <message>
        <source>No exercises done in the last six weeks.</source>
        <translation>Aucun exercice fait ces six dernières semaines.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Dose now</source>
        <translation>Dose actuelle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Palier</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Flexibility self-tests: left (solid) and right (dashed)</source>
        <translation>Auto-tests de souplesse : gauche (trait plein) et droite (tirets)</translation>
    </message>
    <message>
        <source>No flexibility checks in the period.</source>
        <translation>Aucun test de souplesse sur la période.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1 : –</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Alerts and warning signs raised in the period</source>
        <translation>Alertes et signes d’alerte survenus sur la période</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Signe d’alerte</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3. %4</source>
        <translation>%1 · %2 : %3. %4</translation>
    </message>
    <message>
        <source>… and %1 more in Patella&apos;s journal.</source>
        <translation>… et %1 de plus dans le journal de Patella.</translation>
    </message>
    <message>
        <source>The runner&apos;s notes</source>
        <translation>Notes du coureur</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>Aucune note sur la période.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>… and %1 earlier in Patella&apos;s journal.</source>
        <translation>… et %1 plus anciennes dans le journal de Patella.</translation>
    </message>
    <message>
        <source>About this report and how each number was computed</source>
        <translation>À propos de ce rapport et du calcul de chaque chiffre</translation>
    </message>
    <message>
        <source>Patella · informs, does not diagnose</source>
        <translation>Patella · informe, ne pose pas de diagnostic</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>raideur 0–10</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>le rapport n’a pas pu être dessiné</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière fois</translation>
    </message>
</context>
<context>
    <name>RunningHistory</name>
    <message>
        <source>the distance unit is not chosen</source>
        <translation>l’unité de distance n’est pas choisie</translation>
    </message>
    <message>
        <source>no column is chosen for this</source>
        <translation>aucune colonne n’est choisie pour cela</translation>
    </message>
    <message>
        <source>not a run (%1)</source>
        <translation>pas une course (%1)</translation>
    </message>
    <message>
        <source>no sport</source>
        <translation>aucun sport</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time this import reads</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et une heure que cet import sait lire</translation>
    </message>
    <message>
        <source>a run without a distance or a time</source>
        <translation>une sortie sans distance ni durée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distance</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une distance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 45:12 or 2712</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée comme 45:12 ou 2712</translation>
    </message>
    <message>
        <source>already in the journal</source>
        <translation>déjà dans le journal</translation>
    </message>
    <message>
        <source>probably the run you logged by hand that day</source>
        <translation>sans doute la sortie notée à la main ce jour-là</translation>
    </message>
</context>
<context>
    <name>SessionCue</name>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation>Mettez-vous en position&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Get into position: %1, %2.</source>
        <translation>Mettez-vous en position&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Ensuite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hold it, and keep breathing.</source>
        <translation>Tenez la position, et continuez à respirer.</translation>
    </message>
    <message>
        <source>%1. Hold it, and keep breathing.</source>
        <translation>%1. Tenez la position, et continuez à respirer.</translation>
    </message>
    <message numerus="yes">
        <source>%n slow rep(s), about %1 seconds each. Tap done when you finish.</source>
        <translation>
            <numerusform>%n répétition lente, environ %1 secondes chacune. Appuyez sur Terminé quand vous avez fini.</numerusform>
            <numerusform>%n répétitions lentes, environ %1 secondes chacune. Appuyez sur Terminé quand vous avez fini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Tap done when you finish.</source>
        <translation>
            <numerusform>%n répétition. Appuyez sur Terminé quand vous avez fini.</numerusform>
            <numerusform>%n répétitions. Appuyez sur Terminé quand vous avez fini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>À mi-parcours.</translation>
    </message>
    <message>
        <source>Change over to the %1.</source>
        <translation>Passez au %1.</translation>
    </message>
    <message>
        <source>Rest. Set %1 comes next.</source>
        <translation>Repos. Ensuite, série %1.</translation>
    </message>
    <message>
        <source>How did the knee feel? Rate it from 0 to 10.</source>
        <translation>Comment était le genou&#xa0;? Notez-le de 0 à 10.</translation>
    </message>
    <message>
        <source>That is the session done.</source>
        <translation>La séance est terminée.</translation>
    </message>
    <message>
        <source>That is more than the knee should have to take, so this exercise stops for today; its dose steps back next time. Go on to the next exercise, or end the session.</source>
        <translation>C&apos;est plus que ce que le genou devrait supporter : cet exercice s&apos;arrête pour aujourd&apos;hui et sa dose recule la prochaine fois. Passez à l&apos;exercice suivant ou terminez la séance.</translation>
    </message>
    <message>
        <source>Pain has stopped two exercises today. End here, rest the knee, and ask a physiotherapist to look at it.</source>
        <translation>La douleur a arrêté deux exercices aujourd&apos;hui. Arrêtez-vous là, reposez le genou et demandez à un kinésithérapeute de l&apos;examiner.</translation>
    </message>
</context>
<context>
    <name>SessionDoses</name>
    <message>
        <source>There is no routine called &quot;%1&quot;.</source>
        <translation>Il n’existe pas de routine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The routine names an unknown exercise, &quot;%1&quot;.</source>
        <translation>La routine cite un exercice inconnu, «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no exercise called &quot;%1&quot;.</source>
        <translation>Il n’existe pas d’exercice «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SessionPlan</name>
    <message>
        <source>The exercise has no id.</source>
        <translation>L’exercice n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>At least one set is needed.</source>
        <translation>Il faut au moins une série.</translation>
    </message>
    <message>
        <source>Rest cannot be negative.</source>
        <translation>Le repos ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A hold needs at least one second.</source>
        <translation>Un maintien dure au moins une seconde.</translation>
    </message>
    <message>
        <source>A set needs at least one rep.</source>
        <translation>Une série compte au moins une répétition.</translation>
    </message>
    <message>
        <source>Pauses cannot be negative.</source>
        <translation>Les pauses ne peuvent pas être négatives.</translation>
    </message>
</context>
<context>
    <name>ShoeModel</name>
    <message>
        <source>Past the limit you set: how does the midsole look? Creases or a flattened heel mean it is time for a new pair.</source>
        <translation>Au-delà de la limite que vous avez fixée&#xa0;: à quoi ressemble la semelle intermédiaire&#xa0;? Des plis ou un talon tassé signifient qu’il est temps de changer de paire.</translation>
    </message>
    <message>
        <source>Near the limit you set: have a look at the midsole for creases or a flattened heel.</source>
        <translation>Proche de la limite que vous avez fixée&#xa0;: vérifiez que la semelle intermédiaire ne présente ni plis ni talon tassé.</translation>
    </message>
</context>
<context>
    <name>Sport</name>
    <message>
        <source>Run</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Treadmill run</source>
        <translation>Course sur tapis</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Natation</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Hiking</source>
        <translation>Randonnée</translation>
    </message>
    <message>
        <source>Other sport</source>
        <translation>Autre sport</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Feel a gentle pull, never a sharp, stabbing or catching pain: that kind stops the stretch at any score. Pain that flares up afterwards or stays: ask a physiotherapist.</source>
        <extracomment>standing-quad-stretch.cautions
----------
supine-hamstring-stretch.cautions
----------
figure-four-glute-stretch.cautions
----------
side-lying-it-band.cautions
----------
half-kneeling-hip-flexor.cautions
----------
calf-wall-stretch.cautions</extracomment>
        <translation>Cherchez une légère tension, jamais une douleur vive, lancinante ou qui accroche&#xa0;: ce type de douleur arrête l’étirement, quel que soit son score. Une douleur qui se réveille ensuite ou qui persiste&#xa0;: demandez l’avis d’un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Pain while you work: {pain-bands} Sharp, stabbing or catching pain means stop, whatever its score.</source>
        <extracomment>glute-bridge.cautions
----------
glute-bridge-hold.cautions
----------
clamshell.cautions
----------
step-up.cautions
----------
single-leg-squat.cautions
----------
wall-sit.cautions</extracomment>
        <translation>Douleur pendant l’exercice&#xa0;: {pain-bands} Une douleur vive, lancinante ou qui accroche impose l’arrêt, quel que soit son score.</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>le catalogue ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 séries</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>Environ %1 min</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 répétitions</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between sets</source>
        <translation>%1 de repos entre les séries</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Renforcement</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Foam rolling</source>
        <extracomment>foam-rolling.name</extracomment>
        <translation>Rouleau de massage</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation>Après la course</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Le soir</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Jours de repos</translation>
    </message>
    <message>
        <source>Light days</source>
        <translation>Jours légers</translation>
    </message>
    <message>
        <source>Quadriceps</source>
        <extracomment>quadriceps.name</extracomment>
        <translation>Quadriceps</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <extracomment>hip-flexors.name</extracomment>
        <translation>Fléchisseurs de hanche</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <extracomment>hamstrings.name</extracomment>
        <translation>Ischio-jambiers</translation>
    </message>
    <message>
        <source>Glutes</source>
        <extracomment>glutes.name</extracomment>
        <translation>Fessiers</translation>
    </message>
    <message>
        <source>Deep hip rotators</source>
        <extracomment>hip-rotators.name</extracomment>
        <translation>Rotateurs profonds de la hanche</translation>
    </message>
    <message>
        <source>TFL and IT band</source>
        <extracomment>tfl-it-band.name</extracomment>
        <translation>TFL et bandelette ilio-tibiale</translation>
    </message>
    <message>
        <source>Calves (gastrocnemius and soleus)</source>
        <extracomment>calves.name</extracomment>
        <translation>Mollets (gastrocnémien et soléaire)</translation>
    </message>
    <message>
        <source>Hip abductors</source>
        <extracomment>hip-abductors.name</extracomment>
        <translation>Abducteurs de hanche</translation>
    </message>
    <message>
        <source>Core</source>
        <extracomment>core.name</extracomment>
        <translation>Gainage</translation>
    </message>
    <message>
        <source>If bending the knee this far hurts, hold a towel looped round the ankle instead of the ankle itself.</source>
        <extracomment>standing-quad-stretch.cautions</extracomment>
        <translation>Si plier le genou aussi loin fait mal, tenez une serviette passée autour de la cheville plutôt que la cheville elle-même.</translation>
    </message>
    <message>
        <source>Tilt the pelvis slightly under.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Basculez légèrement le bassin vers l’arrière.</translation>
    </message>
    <message>
        <source>Keep the lower back long, not arched.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Gardez le bas du dos allongé, sans le cambrer.</translation>
    </message>
    <message>
        <source>Lift the chest.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Relevez la poitrine.</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <extracomment>standing-quad-stretch.name</extracomment>
        <translation>Étirement des quadriceps debout</translation>
    </message>
    <message>
        <source>Stand upright; rest a hand on a wall or chair if you need balance.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Tenez-vous droit&#xa0;; posez une main sur un mur ou une chaise si vous avez besoin d’équilibre.</translation>
    </message>
    <message>
        <source>Bend one knee and take hold of that ankle behind you.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Pliez un genou et attrapez cette cheville derrière vous.</translation>
    </message>
    <message>
        <source>Draw the heel gently toward your buttock, keeping both knees close together.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Amenez doucement le talon vers la fesse, les deux genoux bien rapprochés.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly, then lower the foot and change legs.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Tenez en respirant lentement, puis reposez le pied et changez de jambe.</translation>
    </message>
    <message>
        <source>Lengthens the front of the thigh and the hip flexors.</source>
        <extracomment>standing-quad-stretch.summary</extracomment>
        <translation>Étire l’avant de la cuisse et les fléchisseurs de hanche.</translation>
    </message>
    <message>
        <source>Let the towel do the work; do not yank the leg toward you.</source>
        <extracomment>supine-hamstring-stretch.cautions</extracomment>
        <translation>Laissez la serviette travailler&#xa0;; ne tirez pas la jambe d’un coup vers vous.</translation>
    </message>
    <message>
        <source>Leave the other leg straight on the floor.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Laissez l’autre jambe tendue au sol.</translation>
    </message>
    <message>
        <source>Stop before your buttock lifts off the floor.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Arrêtez avant que la fesse ne décolle du sol.</translation>
    </message>
    <message>
        <source>Breathe out slowly.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Expirez lentement.</translation>
    </message>
    <message>
        <source>Supine hamstring stretch (band or towel)</source>
        <extracomment>supine-hamstring-stretch.name</extracomment>
        <translation>Étirement des ischio-jambiers sur le dos (sangle ou serviette)</translation>
    </message>
    <message>
        <source>Lie on your back with both legs out straight.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Allongez-vous sur le dos, les deux jambes tendues.</translation>
    </message>
    <message>
        <source>Loop a towel or band around the middle of one foot.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Passez une serviette ou une sangle autour du milieu d’un pied.</translation>
    </message>
    <message>
        <source>Raise that leg and straighten the knee toward the ceiling, holding the ends of the towel.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Levez cette jambe et tendez le genou vers le plafond en tenant les extrémités de la serviette.</translation>
    </message>
    <message>
        <source>Hold, then lower the leg slowly and change sides.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Tenez, puis reposez lentement la jambe et changez de côté.</translation>
    </message>
    <message>
        <source>Lengthens the back of the thigh while you lie on your back.</source>
        <extracomment>supine-hamstring-stretch.summary</extracomment>
        <translation>Étire l’arrière de la cuisse, allongé sur le dos.</translation>
    </message>
    <message>
        <source>If the bent knee complains, pull the thigh in less far.</source>
        <extracomment>figure-four-glute-stretch.cautions</extracomment>
        <translation>Si le genou plié proteste, ramenez la cuisse moins loin.</translation>
    </message>
    <message>
        <source>Pull the toes of the crossed foot up.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Relevez les orteils du pied croisé.</translation>
    </message>
    <message>
        <source>Keep both hips level on the floor.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Gardez les deux hanches à plat au sol.</translation>
    </message>
    <message>
        <source>Ease in gently; never jerk the leg.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Entrez doucement dans l’étirement&#xa0;; ne tirez jamais la jambe d’un coup.</translation>
    </message>
    <message>
        <source>Figure-4 glute stretch</source>
        <extracomment>figure-four-glute-stretch.name</extracomment>
        <translation>Étirement des fessiers en figure 4</translation>
    </message>
    <message>
        <source>Lie on your back with both knees bent and feet flat.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Allongez-vous sur le dos, genoux pliés, pieds à plat.</translation>
    </message>
    <message>
        <source>Rest one ankle across the opposite knee so the legs make a 4.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Posez une cheville sur le genou opposé pour que les jambes dessinent un 4.</translation>
    </message>
    <message>
        <source>Reach behind the supporting thigh and draw it toward your chest.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Passez les mains derrière la cuisse d’appui et ramenez-la vers la poitrine.</translation>
    </message>
    <message>
        <source>Hold, then release and swap legs.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Tenez, puis relâchez et changez de jambe.</translation>
    </message>
    <message>
        <source>Eases the glutes and the deep hip rotators.</source>
        <extracomment>figure-four-glute-stretch.summary</extracomment>
        <translation>Détend les fessiers et les rotateurs profonds de la hanche.</translation>
    </message>
    <message>
        <source>Stop if you feel any twisting at the knee.</source>
        <extracomment>side-lying-it-band.cautions</extracomment>
        <translation>Arrêtez si vous sentez une torsion au genou.</translation>
    </message>
    <message>
        <source>Keep it easy.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Restez en douceur.</translation>
    </message>
    <message>
        <source>Feel it at the side of the hip, not at the knee.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Sentez l’étirement sur le côté de la hanche, pas au genou.</translation>
    </message>
    <message>
        <source>Let gravity do the work.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Laissez la gravité travailler.</translation>
    </message>
    <message>
        <source>Side-lying IT band relief (TFL focus)</source>
        <extracomment>side-lying-it-band.name</extracomment>
        <translation>Détente de la bandelette ilio-tibiale sur le côté (TFL)</translation>
    </message>
    <message>
        <source>Lie on your side near the edge of a bed or mat, lower leg bent for balance.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Allongez-vous sur le côté près du bord d’un lit ou d’un tapis, la jambe du dessous pliée pour l’équilibre.</translation>
    </message>
    <message>
        <source>Take the top leg slightly behind your body.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Placez la jambe du dessus légèrement en arrière du corps.</translation>
    </message>
    <message>
        <source>Let that knee sink slowly toward the floor until you feel the outside of the hip lengthen.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Laissez ce genou descendre lentement vers le sol jusqu’à sentir l’extérieur de la hanche s’étirer.</translation>
    </message>
    <message>
        <source>Hold, then roll over and repeat on the other side.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Tenez, puis retournez-vous et répétez de l’autre côté.</translation>
    </message>
    <message>
        <source>A light stretch for the outside of the hip, where the TFL meets the IT band.</source>
        <extracomment>side-lying-it-band.summary</extracomment>
        <translation>Un étirement léger de l’extérieur de la hanche, là où le TFL rejoint la bandelette ilio-tibiale.</translation>
    </message>
    <message>
        <source>Pad the kneeling knee; kneeling on a hard floor can irritate the kneecap.</source>
        <extracomment>half-kneeling-hip-flexor.cautions</extracomment>
        <translation>Protégez le genou au sol avec un coussin&#xa0;; s’agenouiller sur un sol dur peut irriter la rotule.</translation>
    </message>
    <message>
        <source>Draw the ribs down.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Abaissez les côtes.</translation>
    </message>
    <message>
        <source>Squeeze the glute of the back leg.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Serrez le fessier de la jambe arrière.</translation>
    </message>
    <message>
        <source>A small shift forward is enough.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Un petit déplacement vers l’avant suffit.</translation>
    </message>
    <message>
        <source>Hip flexor half-kneel</source>
        <extracomment>half-kneeling-hip-flexor.name</extracomment>
        <translation>Étirement des fléchisseurs de hanche en semi-agenouillé</translation>
    </message>
    <message>
        <source>Kneel on one knee on a cushion, the other foot flat in front of you.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Mettez un genou sur un coussin, l’autre pied à plat devant vous.</translation>
    </message>
    <message>
        <source>Tuck the pelvis under as if flattening your lower back.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Basculez le bassin vers l’arrière, comme pour aplatir le bas du dos.</translation>
    </message>
    <message>
        <source>Shift your hips forward a little, without arching the back.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Avancez un peu les hanches, sans cambrer le dos.</translation>
    </message>
    <message>
        <source>Hold, then step back and change legs.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Tenez, puis reculez et changez de jambe.</translation>
    </message>
    <message>
        <source>Opens the front of the hip and the top of the quads.</source>
        <extracomment>half-kneeling-hip-flexor.summary</extracomment>
        <translation>Ouvre l’avant de la hanche et le haut des quadriceps.</translation>
    </message>
    <message>
        <source>If your Achilles tendon is sore, shorten the step back.</source>
        <extracomment>calf-wall-stretch.cautions</extracomment>
        <translation>Si votre tendon d’Achille est douloureux, raccourcissez le pas en arrière.</translation>
    </message>
    <message>
        <source>Let the heel sink into the floor.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Laissez le talon s’enfoncer dans le sol.</translation>
    </message>
    <message>
        <source>Point the toes straight ahead.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Orientez les orteils droit devant.</translation>
    </message>
    <message>
        <source>Feel the stretch run from heel to knee.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Sentez l’étirement du talon jusqu’au genou.</translation>
    </message>
    <message>
        <source>Straight knee</source>
        <extracomment>straight-knee.name</extracomment>
        <translation>Genou tendu</translation>
    </message>
    <message>
        <source>Bent knee</source>
        <extracomment>bent-knee.name</extracomment>
        <translation>Genou fléchi</translation>
    </message>
    <message>
        <source>Calf wall stretch</source>
        <extracomment>calf-wall-stretch.name</extracomment>
        <translation>Étirement des mollets contre un mur</translation>
    </message>
    <message>
        <source>Face a wall with both hands on it, one foot well behind the other.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Face à un mur, les deux mains dessus, un pied bien en arrière de l’autre.</translation>
    </message>
    <message>
        <source>Keep the back knee straight and the heel down: hold the first part.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Gardez le genou arrière tendu et le talon au sol&#xa0;: tenez la première partie.</translation>
    </message>
    <message>
        <source>Now bend the back knee slightly, heel still down: hold the second part.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Pliez maintenant légèrement le genou arrière, talon toujours au sol&#xa0;: tenez la deuxième partie.</translation>
    </message>
    <message>
        <source>Change legs.</source>
        <extracomment>calf-wall-stretch.steps
----------
leg-swings.steps</extracomment>
        <translation>Changez de jambe.</translation>
    </message>
    <message>
        <source>Stretches both calf muscles: first with a straight knee, then bent.</source>
        <extracomment>calf-wall-stretch.summary</extracomment>
        <translation>Étire les deux muscles du mollet&#xa0;: d’abord genou tendu, puis fléchi.</translation>
    </message>
    <message>
        <source>Cramping hamstrings: bring the feet a little closer.</source>
        <extracomment>glute-bridge.cautions</extracomment>
        <translation>Crampe dans les ischio-jambiers&#xa0;: rapprochez un peu les pieds.</translation>
    </message>
    <message>
        <source>Drive through the heels.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Poussez dans les talons.</translation>
    </message>
    <message>
        <source>Squeeze the glutes at the top.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Serrez les fessiers en haut.</translation>
    </message>
    <message>
        <source>Keep the ribs down; do not arch.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Gardez les côtes basses&#xa0;; ne cambrez pas.</translation>
    </message>
    <message>
        <source>Glute bridge</source>
        <extracomment>glute-bridge.name</extracomment>
        <translation>Pont fessier</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and hip-width apart.</source>
        <extracomment>glute-bridge.steps
----------
glute-bridge-hold.steps</extracomment>
        <translation>Allongez-vous sur le dos, genoux pliés, pieds à plat écartés de la largeur des hanches.</translation>
    </message>
    <message>
        <source>Press through the heels and lift the hips until knees, hips and shoulders line up.</source>
        <extracomment>glute-bridge.steps</extracomment>
        <translation>Poussez dans les talons et levez le bassin jusqu’à aligner genoux, hanches et épaules.</translation>
    </message>
    <message>
        <source>Pause at the top, then lower slowly.</source>
        <extracomment>glute-bridge.steps</extracomment>
        <translation>Marquez une pause en haut, puis redescendez lentement.</translation>
    </message>
    <message>
        <source>Lifts the hips with the glutes: the first strength move for runner&apos;s knee.</source>
        <extracomment>glute-bridge.summary</extracomment>
        <translation>Soulève le bassin grâce aux fessiers&#xa0;: le premier exercice de renforcement pour le genou du coureur.</translation>
    </message>
    <message>
        <source>Lower and rest if the hips start to sag.</source>
        <extracomment>glute-bridge-hold.cautions</extracomment>
        <translation>Redescendez et reposez-vous si le bassin commence à s’affaisser.</translation>
    </message>
    <message>
        <source>Hips level.</source>
        <extracomment>glute-bridge-hold.cues
----------
single-leg-squat.cues</extracomment>
        <translation>Bassin horizontal.</translation>
    </message>
    <message>
        <source>Keep the glutes working, not the lower back.</source>
        <extracomment>glute-bridge-hold.cues</extracomment>
        <translation>Faites travailler les fessiers, pas le bas du dos.</translation>
    </message>
    <message>
        <source>Breathe.</source>
        <extracomment>glute-bridge-hold.cues
----------
foam-roll-hamstrings.cues
----------
foam-roll-glutes.cues
----------
foam-roll-calves.cues
----------
foam-roll-it-band.cues</extracomment>
        <translation>Respirez.</translation>
    </message>
    <message>
        <source>Glute bridge hold</source>
        <extracomment>glute-bridge-hold.name</extracomment>
        <translation>Pont fessier tenu</translation>
    </message>
    <message>
        <source>Lift the hips until knees, hips and shoulders make a straight line.</source>
        <extracomment>glute-bridge-hold.steps</extracomment>
        <translation>Levez le bassin jusqu’à ce que genoux, hanches et épaules forment une ligne droite.</translation>
    </message>
    <message>
        <source>Hold the position, breathing steadily, then lower slowly.</source>
        <extracomment>glute-bridge-hold.steps</extracomment>
        <translation>Tenez la position en respirant régulièrement, puis redescendez lentement.</translation>
    </message>
    <message>
        <source>The bridge held still at the top: glute endurance, gentle on the knee.</source>
        <extracomment>glute-bridge-hold.summary</extracomment>
        <translation>Le pont tenu immobile en haut&#xa0;: endurance des fessiers, en douceur pour le genou.</translation>
    </message>
    <message>
        <source>Add a light band around the thighs only once the plain version is easy.</source>
        <extracomment>clamshell.cautions</extracomment>
        <translation>N’ajoutez une bande légère autour des cuisses qu’une fois la version simple devenue facile.</translation>
    </message>
    <message>
        <source>Hips stacked; do not roll back.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Hanches l’une au-dessus de l’autre&#xa0;; ne basculez pas en arrière.</translation>
    </message>
    <message>
        <source>Move slowly.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Bougez lentement.</translation>
    </message>
    <message>
        <source>Feel it at the side of the hip.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Sentez le travail sur le côté de la hanche.</translation>
    </message>
    <message>
        <source>Clamshell</source>
        <extracomment>clamshell.name</extracomment>
        <translation>Coquillage (clamshell)</translation>
    </message>
    <message>
        <source>Lie on your side, hips and knees bent, feet together.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Allongez-vous sur le côté, hanches et genoux pliés, pieds joints.</translation>
    </message>
    <message>
        <source>Keeping the feet touching, open the top knee like a clamshell.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>En gardant les pieds en contact, ouvrez le genou du dessus comme un coquillage.</translation>
    </message>
    <message>
        <source>Lower it with control. Finish the set, then turn over.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Redescendez avec contrôle. Finissez la série, puis changez de côté.</translation>
    </message>
    <message>
        <source>Wakes up the side of the hip that keeps the knee from caving in.</source>
        <extracomment>clamshell.summary</extracomment>
        <translation>Réveille le côté de la hanche qui empêche le genou de rentrer vers l’intérieur.</translation>
    </message>
    <message>
        <source>Use a lower step if the kneecap aches; raise it only when the set feels easy.</source>
        <extracomment>step-up.cautions</extracomment>
        <translation>Prenez une marche plus basse si la rotule fait mal&#xa0;; montez-la seulement quand la série devient facile.</translation>
    </message>
    <message>
        <source>Knee tracks over the middle toes.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Le genou reste aligné sur les orteils du milieu.</translation>
    </message>
    <message>
        <source>Push through the whole foot.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Poussez sur tout le pied.</translation>
    </message>
    <message>
        <source>Lower slowly.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Redescendez lentement.</translation>
    </message>
    <message>
        <source>Step-up</source>
        <extracomment>step-up.name</extracomment>
        <translation>Montée sur marche</translation>
    </message>
    <message>
        <source>Stand facing a low, stable step (start at 10-15 cm).</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Placez-vous face à une marche basse et stable (commencez à 10-15 cm).</translation>
    </message>
    <message>
        <source>Put one whole foot on the step and press up until that leg is straight.</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Posez tout un pied sur la marche et poussez jusqu’à tendre cette jambe.</translation>
    </message>
    <message>
        <source>Lower the other foot back to the floor slowly. Finish the set, then change legs.</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Reposez lentement l’autre pied au sol. Finissez la série, puis changez de jambe.</translation>
    </message>
    <message>
        <source>Single-leg strength on a low step, a step toward the single-leg squat.</source>
        <extracomment>step-up.summary</extracomment>
        <translation>Force sur une jambe sur une marche basse, une étape vers le squat sur une jambe.</translation>
    </message>
    <message>
        <source>Start with a very small bend; go deeper only without pain.</source>
        <extracomment>single-leg-squat.cautions</extracomment>
        <translation>Commencez par une très petite flexion&#xa0;; descendez plus bas seulement sans douleur.</translation>
    </message>
    <message>
        <source>Knee stays in line with the foot, not falling inward.</source>
        <extracomment>single-leg-squat.cues</extracomment>
        <translation>Le genou reste dans l’axe du pied, sans rentrer vers l’intérieur.</translation>
    </message>
    <message>
        <source>Shallow is fine.</source>
        <extracomment>single-leg-squat.cues</extracomment>
        <translation>Peu profond, c’est bien.</translation>
    </message>
    <message>
        <source>Single-leg squat</source>
        <extracomment>single-leg-squat.name</extracomment>
        <translation>Squat sur une jambe</translation>
    </message>
    <message>
        <source>Stand on one leg next to a wall or chair for support.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Tenez-vous sur une jambe à côté d’un mur ou d’une chaise pour vous appuyer.</translation>
    </message>
    <message>
        <source>Sit the hips back and bend the standing knee a little, only as deep as is comfortable.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Reculez les hanches et pliez un peu le genou d’appui, seulement aussi bas que c’est confortable.</translation>
    </message>
    <message>
        <source>Stand back up with control. Finish the set, then change legs.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Remontez avec contrôle. Finissez la série, puis changez de jambe.</translation>
    </message>
    <message>
        <source>Control on one leg: the hardest move here, added last.</source>
        <extracomment>single-leg-squat.summary</extracomment>
        <translation>Contrôle sur une jambe&#xa0;: l’exercice le plus difficile ici, ajouté en dernier.</translation>
    </message>
    <message>
        <source>Sit less deep if the kneecap aches.</source>
        <extracomment>wall-sit.cautions</extracomment>
        <translation>Descendez moins bas si la rotule fait mal.</translation>
    </message>
    <message>
        <source>Weight through the heels.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Le poids sur les talons.</translation>
    </message>
    <message>
        <source>Knees over the ankles.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Genoux au-dessus des chevilles.</translation>
    </message>
    <message>
        <source>Back flat on the wall.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Dos à plat contre le mur.</translation>
    </message>
    <message>
        <source>Wall sit</source>
        <extracomment>wall-sit.name</extracomment>
        <translation>Chaise contre le mur</translation>
    </message>
    <message>
        <source>Stand with your back against a wall, feet about a foot&apos;s length in front.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Dos contre un mur, pieds à environ une longueur de pied devant.</translation>
    </message>
    <message>
        <source>Slide down until the knees are slightly bent; start high.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Glissez vers le bas jusqu’à ce que les genoux soient légèrement fléchis&#xa0;; commencez haut.</translation>
    </message>
    <message>
        <source>Hold, breathing steadily, then slide back up.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Tenez en respirant régulièrement, puis remontez en glissant.</translation>
    </message>
    <message>
        <source>A held half-squat against a wall; start high and go lower over the weeks.</source>
        <extracomment>wall-sit.summary</extracomment>
        <translation>Une demi-flexion tenue contre un mur&#xa0;; commencez haut et descendez au fil des semaines.</translation>
    </message>
    <message>
        <source>Keep it easy: this is preparation, not training.</source>
        <extracomment>brisk-walk.cautions</extracomment>
        <translation>Restez tranquille&#xa0;: c’est une préparation, pas un entraînement.</translation>
    </message>
    <message>
        <source>Relax the shoulders.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Relâchez les épaules.</translation>
    </message>
    <message>
        <source>Swing the arms.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Balancez les bras.</translation>
    </message>
    <message>
        <source>You should be able to talk.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Vous devez pouvoir parler.</translation>
    </message>
    <message>
        <source>Brisk walk or easy spin</source>
        <extracomment>brisk-walk.name</extracomment>
        <translation>Marche rapide ou vélo tranquille</translation>
    </message>
    <message>
        <source>Walk briskly, or pedal easily on a bike, for five minutes.</source>
        <extracomment>brisk-walk.steps</extracomment>
        <translation>Marchez d’un bon pas, ou pédalez tranquillement, pendant cinq minutes.</translation>
    </message>
    <message>
        <source>Start relaxed and build to a pace that warms you without leaving you out of breath.</source>
        <extracomment>brisk-walk.steps</extracomment>
        <translation>Commencez détendu et montez jusqu’à une allure qui vous réchauffe sans vous essouffler.</translation>
    </message>
    <message>
        <source>Five minutes of easy movement to warm the muscles before anything else.</source>
        <extracomment>brisk-walk.summary</extracomment>
        <translation>Cinq minutes de mouvement facile pour réchauffer les muscles avant tout le reste.</translation>
    </message>
    <message>
        <source>Keep the swings comfortable; they are not a stretch to force.</source>
        <extracomment>leg-swings.cautions</extracomment>
        <translation>Gardez des balancements confortables&#xa0;; ce n’est pas un étirement à forcer.</translation>
    </message>
    <message>
        <source>Stand tall.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Tenez-vous bien droit.</translation>
    </message>
    <message>
        <source>Let the swing grow bit by bit.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Laissez le balancement grandir peu à peu.</translation>
    </message>
    <message>
        <source>Keep it smooth, not forced.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Restez fluide, sans forcer.</translation>
    </message>
    <message>
        <source>Front to back</source>
        <extracomment>front-to-back.name</extracomment>
        <translation>D’avant en arrière</translation>
    </message>
    <message>
        <source>Side to side</source>
        <extracomment>side-to-side.name</extracomment>
        <translation>Latéralement</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <extracomment>leg-swings.name</extracomment>
        <translation>Balancements de jambe</translation>
    </message>
    <message>
        <source>Stand side-on to a wall with one hand on it.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Placez-vous de profil contre un mur, une main posée dessus.</translation>
    </message>
    <message>
        <source>Swing the outside leg forward and back, letting the range grow gradually.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Balancez la jambe extérieure d’avant en arrière, en augmentant peu à peu l’amplitude.</translation>
    </message>
    <message>
        <source>Turn to face the wall and swing the same leg across the body and out to the side.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Tournez-vous face au mur et balancez la même jambe devant le corps puis vers l’extérieur.</translation>
    </message>
    <message>
        <source>Dynamic swings that loosen the hips before a run.</source>
        <extracomment>leg-swings.summary</extracomment>
        <translation>Des balancements dynamiques qui délient les hanches avant de courir.</translation>
    </message>
    <message>
        <source>A partial squat is enough if deeper ones ache at the kneecap.</source>
        <extracomment>bodyweight-squat.cautions</extracomment>
        <translation>Une flexion partielle suffit si les plus profondes font mal à la rotule.</translation>
    </message>
    <message>
        <source>Knees follow the toes.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Les genoux suivent les orteils.</translation>
    </message>
    <message>
        <source>Chest up.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Poitrine haute.</translation>
    </message>
    <message>
        <source>Heels down.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Talons au sol.</translation>
    </message>
    <message>
        <source>Bodyweight squat</source>
        <extracomment>bodyweight-squat.name</extracomment>
        <translation>Squat au poids du corps</translation>
    </message>
    <message>
        <source>Stand with feet shoulder-width apart.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Tenez-vous pieds écartés de la largeur des épaules.</translation>
    </message>
    <message>
        <source>Sit the hips back and down only as far as is comfortable.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Descendez les hanches vers l’arrière seulement aussi loin que c’est confortable.</translation>
    </message>
    <message>
        <source>Stand back up, squeezing the glutes.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Remontez en serrant les fessiers.</translation>
    </message>
    <message>
        <source>A few easy squats to get the knees and hips moving.</source>
        <extracomment>bodyweight-squat.summary</extracomment>
        <translation>Quelques squats faciles pour mettre genoux et hanches en mouvement.</translation>
    </message>
    <message>
        <source>Take weight on the other leg if it is too intense.</source>
        <extracomment>foam-roll-quads.cautions</extracomment>
        <translation>Reportez du poids sur l’autre jambe si c’est trop intense.</translation>
    </message>
    <message>
        <source>Roll the muscle, never the kneecap or the side of the knee. Tender is fine; sharp pain is not.</source>
        <extracomment>foam-roll-quads.cautions
----------
foam-roll-hamstrings.cautions
----------
foam-roll-glutes.cautions
----------
foam-roll-calves.cautions
----------
foam-roll-it-band.cautions
----------
massage-ball-hip-flexors.cautions</extracomment>
        <translation>Roulez le muscle, jamais la rotule ni le côté du genou. Sensible, c’est normal&#xa0;; une douleur vive, non.</translation>
    </message>
    <message>
        <source>Slow rolls.</source>
        <extracomment>foam-roll-quads.cues
----------
foam-roll-hamstrings.cues
----------
foam-roll-calves.cues</extracomment>
        <translation>Roulez lentement.</translation>
    </message>
    <message>
        <source>Breathe out on tender spots.</source>
        <extracomment>foam-roll-quads.cues</extracomment>
        <translation>Expirez sur les points sensibles.</translation>
    </message>
    <message>
        <source>Stay above the kneecap.</source>
        <extracomment>foam-roll-quads.cues</extracomment>
        <translation>Restez au-dessus de la rotule.</translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <extracomment>foam-roll-quads.name</extracomment>
        <translation>Rouleau&#xa0;: quadriceps</translation>
    </message>
    <message>
        <source>Lie face down with the roller under one thigh, forearms on the floor.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Allongez-vous sur le ventre, le rouleau sous une cuisse, avant-bras au sol.</translation>
    </message>
    <message>
        <source>Roll slowly from just above the knee to the hip.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Roulez lentement de juste au-dessus du genou jusqu’à la hanche.</translation>
    </message>
    <message>
        <source>Pause on a tender spot for a few breaths, then carry on.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Marquez une pause de quelques respirations sur un point sensible, puis continuez.</translation>
    </message>
    <message>
        <source>Eases the front of the thigh.</source>
        <extracomment>foam-roll-quads.summary</extracomment>
        <translation>Détend l’avant de la cuisse.</translation>
    </message>
    <message>
        <source>Cross the other leg on top only if you want more pressure.</source>
        <extracomment>foam-roll-hamstrings.cautions</extracomment>
        <translation>Croisez l’autre jambe par-dessus seulement si vous voulez plus de pression.</translation>
    </message>
    <message>
        <source>Relax the leg on the roller.</source>
        <extracomment>foam-roll-hamstrings.cues</extracomment>
        <translation>Relâchez la jambe sur le rouleau.</translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <extracomment>foam-roll-hamstrings.name</extracomment>
        <translation>Rouleau&#xa0;: ischio-jambiers</translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Asseyez-vous, le rouleau sous une cuisse, les mains derrière vous.</translation>
    </message>
    <message>
        <source>Lift the hips and roll from above the knee to the buttock.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Soulevez le bassin et roulez de au-dessus du genou jusqu’à la fesse.</translation>
    </message>
    <message>
        <source>Turn the leg in and out to reach both sides.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Tournez la jambe vers l’intérieur et l’extérieur pour atteindre les deux côtés.</translation>
    </message>
    <message>
        <source>Eases the back of the thigh.</source>
        <extracomment>foam-roll-hamstrings.summary</extracomment>
        <translation>Détend l’arrière de la cuisse.</translation>
    </message>
    <message>
        <source>Ease off if you feel tingling down the leg.</source>
        <extracomment>foam-roll-glutes.cautions</extracomment>
        <translation>Relâchez si vous sentez des fourmillements dans la jambe.</translation>
    </message>
    <message>
        <source>Small movements.</source>
        <extracomment>foam-roll-glutes.cues</extracomment>
        <translation>De petits mouvements.</translation>
    </message>
    <message>
        <source>Lean into the tight side.</source>
        <extracomment>foam-roll-glutes.cues</extracomment>
        <translation>Penchez-vous vers le côté tendu.</translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <extracomment>foam-roll-glutes.name</extracomment>
        <translation>Rouleau&#xa0;: fessiers</translation>
    </message>
    <message>
        <source>Sit on the roller and cross one ankle over the other knee.</source>
        <extracomment>foam-roll-glutes.steps</extracomment>
        <translation>Asseyez-vous sur le rouleau et croisez une cheville sur l’autre genou.</translation>
    </message>
    <message>
        <source>Lean toward the crossed leg&apos;s buttock and roll in small movements.</source>
        <extracomment>foam-roll-glutes.steps</extracomment>
        <translation>Penchez-vous vers la fesse de la jambe croisée et roulez par petits mouvements.</translation>
    </message>
    <message>
        <source>Loosens the buttock and hip rotators.</source>
        <extracomment>foam-roll-glutes.summary</extracomment>
        <translation>Détend la fesse et les rotateurs de la hanche.</translation>
    </message>
    <message>
        <source>Avoid rolling directly on the Achilles tendon.</source>
        <extracomment>foam-roll-calves.cautions</extracomment>
        <translation>Évitez de rouler directement sur le tendon d’Achille.</translation>
    </message>
    <message>
        <source>Point and flex the foot on a tender spot.</source>
        <extracomment>foam-roll-calves.cues</extracomment>
        <translation>Sur un point sensible, pointez puis fléchissez le pied.</translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <extracomment>foam-roll-calves.name</extracomment>
        <translation>Rouleau&#xa0;: mollets</translation>
    </message>
    <message>
        <source>Sit with the roller under one calf, hands behind you.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Asseyez-vous, le rouleau sous un mollet, les mains derrière vous.</translation>
    </message>
    <message>
        <source>Lift the hips and roll from the ankle to below the knee.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Soulevez le bassin et roulez de la cheville jusque sous le genou.</translation>
    </message>
    <message>
        <source>Turn the foot in and out to reach both sides.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Tournez le pied vers l’intérieur et l’extérieur pour atteindre les deux côtés.</translation>
    </message>
    <message>
        <source>Loosens the calf muscles.</source>
        <extracomment>foam-roll-calves.summary</extracomment>
        <translation>Détend les muscles du mollet.</translation>
    </message>
    <message>
        <source>This area is often very tender: support more weight on your top leg.</source>
        <extracomment>foam-roll-it-band.cautions</extracomment>
        <translation>Cette zone est souvent très sensible&#xa0;: reportez plus de poids sur la jambe du dessus.</translation>
    </message>
    <message>
        <source>Gentle pressure.</source>
        <extracomment>foam-roll-it-band.cues</extracomment>
        <translation>Pression douce.</translation>
    </message>
    <message>
        <source>Focus near the hip.</source>
        <extracomment>foam-roll-it-band.cues</extracomment>
        <translation>Concentrez-vous près de la hanche.</translation>
    </message>
    <message>
        <source>Foam roll: IT band area</source>
        <extracomment>foam-roll-it-band.name</extracomment>
        <translation>Rouleau&#xa0;: zone de la bandelette ilio-tibiale</translation>
    </message>
    <message>
        <source>Lie on your side with the roller under the outside of the thigh.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Allongez-vous sur le côté, le rouleau sous l’extérieur de la cuisse.</translation>
    </message>
    <message>
        <source>Support yourself with the top leg in front and your forearm.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Appuyez-vous sur la jambe du dessus placée devant et sur l’avant-bras.</translation>
    </message>
    <message>
        <source>Roll gently between the hip and just above the knee; spend most time near the hip.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Roulez doucement entre la hanche et juste au-dessus du genou&#xa0;; restez surtout près de la hanche.</translation>
    </message>
    <message>
        <source>Eases the outside of the thigh and the TFL.</source>
        <extracomment>foam-roll-it-band.summary</extracomment>
        <translation>Détend l’extérieur de la cuisse et le TFL.</translation>
    </message>
    <message>
        <source>Keep the ball off the belly and the bony point of the hip; stop if you feel a pulse under it.</source>
        <extracomment>massage-ball-hip-flexors.cautions</extracomment>
        <translation>Gardez la balle loin du ventre et de la pointe osseuse de la hanche&#xa0;; arrêtez si vous sentez un pouls dessous.</translation>
    </message>
    <message>
        <source>Sink in slowly.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Enfoncez-vous lentement.</translation>
    </message>
    <message>
        <source>Breathe into the belly.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Respirez dans le ventre.</translation>
    </message>
    <message>
        <source>Small shifts.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>De petits déplacements.</translation>
    </message>
    <message>
        <source>Massage ball: hip flexors</source>
        <extracomment>massage-ball-hip-flexors.name</extracomment>
        <translation>Balle de massage&#xa0;: fléchisseurs de hanche</translation>
    </message>
    <message>
        <source>Lie face down and place a massage ball just inside and below the front hip bone.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Allongez-vous sur le ventre et placez une balle de massage juste en dedans et en dessous de l’os de la hanche, à l’avant.</translation>
    </message>
    <message>
        <source>Let your weight sink onto it slowly and breathe.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Laissez votre poids s’y déposer lentement et respirez.</translation>
    </message>
    <message>
        <source>Shift a little to find tight spots, then hold each for a few breaths.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Déplacez-vous un peu pour trouver les points tendus, puis tenez chacun quelques respirations.</translation>
    </message>
    <message>
        <source>Reaches the tight front of the hip that a roller misses.</source>
        <extracomment>massage-ball-hip-flexors.summary</extracomment>
        <translation>Atteint l’avant de la hanche tendu que le rouleau ne touche pas.</translation>
    </message>
    <message>
        <source>The six stretches for runner&apos;s knee, in a calm sequence. Weeks one and two: twice a day.</source>
        <extracomment>daily-knee-mobility.description</extracomment>
        <translation>Les six étirements du genou du coureur, enchaînés calmement. Semaines un et deux&#xa0;: deux fois par jour.</translation>
    </message>
    <message>
        <source>Daily knee mobility</source>
        <extracomment>daily-knee-mobility.name</extracomment>
        <translation>Mobilité du genou au quotidien</translation>
    </message>
    <message>
        <source>Stretches for right after a run, while the muscles are still warm.</source>
        <extracomment>post-run-cool-down.description</extracomment>
        <translation>Des étirements juste après la course, quand les muscles sont encore chauds.</translation>
    </message>
    <message>
        <source>Post-run cool-down</source>
        <extracomment>post-run-cool-down.name</extracomment>
        <translation>Retour au calme après la course</translation>
    </message>
    <message>
        <source>Warm up, open the hip flexors and switch the glutes on before you run.</source>
        <extracomment>pre-run-warm-up.description</extracomment>
        <translation>Échauffez-vous, ouvrez les fléchisseurs de hanche et activez les fessiers avant de courir.</translation>
    </message>
    <message>
        <source>Pre-run warm-up</source>
        <extracomment>pre-run-warm-up.name</extracomment>
        <translation>Échauffement avant la course</translation>
    </message>
    <message>
        <source>Light strength work for the glutes, hips and thighs, easiest first. Do it on non-consecutive days.</source>
        <extracomment>strength.description</extracomment>
        <translation>Un renforcement léger des fessiers, des hanches et des cuisses, du plus facile au plus dur. À faire jamais deux jours de suite.</translation>
    </message>
    <message>
        <source>Hip and knee strength</source>
        <extracomment>strength.name</extracomment>
        <translation>Renforcement hanches et genoux</translation>
    </message>
    <message>
        <source>Roll the big muscles round the knee, 30-60 seconds per area, then the hip flexors with a ball.</source>
        <extracomment>foam-rolling.description</extracomment>
        <translation>Roulez les grands muscles autour du genou, 30 à 60 secondes par zone, puis les fléchisseurs de hanche avec une balle.</translation>
    </message>
    <message>
        <source>A few minutes to undo long sitting: stand up and open the hips, thighs and calves.</source>
        <extracomment>desk-break.description</extracomment>
        <translation>Quelques minutes pour compenser la position assise&#xa0;: levez-vous et ouvrez hanches, cuisses et mollets.</translation>
    </message>
    <message>
        <source>Desk break</source>
        <extracomment>desk-break.name</extracomment>
        <translation>Pause bureau</translation>
    </message>
    <message>
        <source>A longer, unhurried session for a day without running: roll first, then all six stretches.</source>
        <extracomment>rest-day-session.description</extracomment>
        <translation>Une séance plus longue et sans hâte pour un jour sans course&#xa0;: le rouleau d’abord, puis les six étirements.</translation>
    </message>
    <message>
        <source>Rest-day session</source>
        <extracomment>rest-day-session.name</extracomment>
        <translation>Séance du jour de repos</translation>
    </message>
    <message>
        <source>Today suggests the daily mobility routine and counts your stretching sessions against 3-4 a week.</source>
        <extracomment>keep-stretching.howPatellaHelps</extracomment>
        <translation>Aujourd’hui propose la routine de mobilité quotidienne et compte vos séances d’étirement par rapport à 3 ou 4 par semaine.</translation>
    </message>
    <message>
        <source>Flexibility fades quickly once you stop. About 10 minutes of stretching at least 3-4 times a week keeps the muscles round the knee from tightening again.</source>
        <extracomment>keep-stretching.why</extracomment>
        <translation>La souplesse se perd vite quand on arrête. Une dizaine de minutes d’étirements au moins 3 à 4 fois par semaine empêchent les muscles autour du genou de se raidir à nouveau.</translation>
    </message>
    <message>
        <source>The strength routine starts with the easy variants and is suggested on non-consecutive days.</source>
        <extracomment>strengthen-hips.howPatellaHelps</extracomment>
        <translation>La routine de renforcement commence par les variantes faciles et vous est proposée un jour sur deux.</translation>
    </message>
    <message>
        <source>Weak glutes let the knee drift inward as you land, which loads the kneecap unevenly. Bridges, clamshells and single-leg squats build that control.</source>
        <extracomment>strengthen-hips.why</extracomment>
        <translation>Des fessiers faibles laissent le genou partir vers l’intérieur à la réception, ce qui charge la rotule de façon inégale. Ponts, coquillages et squats sur une jambe développent ce contrôle.</translation>
    </message>
    <message>
        <source>Log pain during runs, and try a slightly shorter stride to see how the knee responds.</source>
        <extracomment>running-form.howPatellaHelps</extracomment>
        <translation>Notez la douleur pendant vos sorties et essayez une foulée un peu plus courte pour voir comment réagit le genou.</translation>
    </message>
    <message>
        <source>A light, quick cadence and a compact stride lower the impact on the knee; overstriding (landing with the foot far ahead of you) raises it.</source>
        <extracomment>running-form.why</extracomment>
        <translation>Une cadence légère et rapide et une foulée compacte réduisent l’impact sur le genou&#xa0;; une foulée trop longue (le pied qui attaque loin devant vous) l’augmente.</translation>
    </message>
    <message>
        <source>Add your shoes and log runs with them: Patella adds up their distance so you know when to inspect them.</source>
        <extracomment>supportive-shoes.howPatellaHelps</extracomment>
        <translation>Ajoutez vos chaussures et associez-les à vos sorties&#xa0;: Patella additionne leur distance pour que vous sachiez quand les inspecter.</translation>
    </message>
    <message>
        <source>Flat, worn-out shoes make tracking problems worse. Choose a model that suits your foot and replace it once it is worn.</source>
        <extracomment>supportive-shoes.why</extracomment>
        <translation>Des chaussures plates et usées aggravent les problèmes de trajectoire de la rotule. Choisissez un modèle adapté à votre pied et remplacez-le une fois usé.</translation>
    </message>
    <message>
        <source>The rest-day session gives easy days a purpose, and the weekly check-in asks how you are recovering.</source>
        <extracomment>recovery.howPatellaHelps</extracomment>
        <translation>La séance du jour de repos donne un but aux journées faciles, et le bilan hebdomadaire vous demande comment vous récupérez.</translation>
    </message>
    <message>
        <source>Your body repairs between sessions: sleep, good food and rest days matter as much as the workouts.</source>
        <extracomment>recovery.why</extracomment>
        <translation>Votre corps se répare entre les séances&#xa0;: le sommeil, une bonne alimentation et les jours de repos comptent autant que l’entraînement.</translation>
    </message>
    <message>
        <source>Long hours of sitting tighten the same hip and thigh muscles that pull on the kneecap, and sitting with bent knees can bring on the pain itself.</source>
        <extracomment>work-breaks.why</extracomment>
        <translation>De longues heures assis raidissent les muscles des hanches et des cuisses qui tirent sur la rotule, et rester assis genoux pliés peut déclencher la douleur elle-même.</translation>
    </message>
    <message>
        <source>The journal records pain, flexibility checks and runs; the weekly check-in and Progress page show the trends.</source>
        <extracomment>track-weekly.howPatellaHelps</extracomment>
        <translation>Le journal enregistre la douleur, les tests de souplesse et les sorties&#xa0;; le bilan hebdomadaire et la page Progrès montrent les tendances.</translation>
    </message>
    <message>
        <source>Noting pain, flexibility and distance each week lets you spot improvement, or trouble, early.</source>
        <extracomment>track-weekly.why</extracomment>
        <translation>Noter chaque semaine la douleur, la souplesse et la distance permet de repérer tôt les progrès, ou les problèmes.</translation>
    </message>
    <message>
        <source>The pre-run warm-up routine guides you through it in a few minutes.</source>
        <extracomment>warm-up.howPatellaHelps</extracomment>
        <translation>La routine Échauffement avant la course vous guide en quelques minutes.</translation>
    </message>
    <message>
        <source>Warm muscles take the impact of running better. Five minutes of brisk walking and dynamic moves such as leg swings prepare them.</source>
        <extracomment>warm-up.why</extracomment>
        <translation>Des muscles chauds encaissent mieux les impacts de la course. Cinq minutes de marche rapide et des mouvements dynamiques comme les balancements de jambe les préparent.</translation>
    </message>
    <message>
        <source>Use the journal&apos;s notes to record how you fuelled on days the knee felt better or worse.</source>
        <extracomment>hydrate-fuel.howPatellaHelps</extracomment>
        <translation>Utilisez les notes du journal pour noter ce que vous avez mangé et bu les jours où le genou allait mieux ou moins bien.</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Gauche, puis droite</translation>
    </message>
    <message>
        <source>Both at once</source>
        <translation>Les deux à la fois</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <source>Five minutes of brisk walking or easy pedalling and a few easy squats, so the muscles are warm before you stretch them.</source>
        <extracomment>stretching-warm-up.description</extracomment>
        <translation>Cinq minutes de marche rapide ou de pédalage léger et quelques squats faciles, pour que les muscles soient chauds avant de les étirer.</translation>
    </message>
    <message>
        <source>Warm-up before stretching</source>
        <extracomment>stretching-warm-up.name</extracomment>
        <translation>Échauffement avant les étirements</translation>
    </message>
    <message>
        <source>Keep the stretching and strength work going while you use one, and note in the journal whether it helps.</source>
        <extracomment>knee-support.howPatellaHelps</extracomment>
        <translation>Continuez les étirements et le renforcement pendant que vous en portez une, et notez dans le journal si cela aide.</translation>
    </message>
    <message>
        <source>Sleeves and straps: short-term help</source>
        <extracomment>knee-support.title</extracomment>
        <translation>Manchons et sangles : une aide à court terme</translation>
    </message>
    <message>
        <source>A compression sleeve or a knee strap can make runs more comfortable early in recovery, but it does not treat patellofemoral pain; the relief lasts only while you wear it.</source>
        <extracomment>knee-support.why</extracomment>
        <translation>Un manchon de compression ou une sangle de genou peut rendre les sorties plus confortables au début de la récupération, mais ne traite pas la douleur fémoro-patellaire ; le soulagement ne dure que tant que vous le portez.</translation>
    </message>
    <message>
        <source>Stretch on good days too</source>
        <extracomment>keep-stretching.title</extracomment>
        <translation>Étirez-vous aussi les bons jours</translation>
    </message>
    <message>
        <source>Build hip and glute strength</source>
        <extracomment>strengthen-hips.title</extracomment>
        <translation>Renforcez hanches et fessiers</translation>
    </message>
    <message>
        <source>Run light and compact</source>
        <extracomment>running-form.title</extracomment>
        <translation>Courez léger et compact</translation>
    </message>
    <message>
        <source>Log your runs: Progress shows each week&apos;s distance beside the guide&apos;s 10% guideline and marks runs more than 10% longer than the longest of the 30 days before.</source>
        <extracomment>ten-percent.howPatellaHelps</extracomment>
        <translation>Enregistrez vos sorties : Progrès montre la distance de chaque semaine à côté de la règle indicative des 10 % du guide et marque les sorties plus longues de plus de 10 % que la plus longue des 30 jours précédents.</translation>
    </message>
    <message>
        <source>Build distance step by step</source>
        <extracomment>ten-percent.title</extracomment>
        <translation>Augmentez la distance pas à pas</translation>
    </message>
    <message>
        <source>Sudden jumps in running load are a common cause of overuse pain. The guide&apos;s 10% guideline (a week at most a tenth longer than the one before) is common advice with weak evidence; a single run well beyond your recent longest is the stronger warning sign.</source>
        <extracomment>ten-percent.why</extracomment>
        <translation>Les hausses brusques de charge de course sont une cause fréquente de douleur de surmenage. La règle indicative des 10 % du guide (une semaine au plus un dixième plus longue que la précédente) est un conseil répandu aux preuves faibles ; une seule sortie bien au-delà de votre plus longue récente est le signe d&apos;alerte le plus fort.</translation>
    </message>
    <message>
        <source>Mind your shoes</source>
        <extracomment>supportive-shoes.title</extracomment>
        <translation>Surveillez vos chaussures</translation>
    </message>
    <message>
        <source>Count recovery as training</source>
        <extracomment>recovery.title</extracomment>
        <translation>La récupération compte comme l&apos;entraînement</translation>
    </message>
    <message>
        <source>The desk-break routine takes a few minutes beside your desk; for its half-kneeling stretch, put a folded towel or cushion under the back knee.</source>
        <extracomment>work-breaks.howPatellaHelps</extracomment>
        <translation>La pause bureau prend quelques minutes à côté de votre bureau ; pour l&apos;étirement à demi-genou, placez une serviette pliée ou un coussin sous le genou arrière.</translation>
    </message>
    <message>
        <source>Move in your work breaks</source>
        <extracomment>work-breaks.title</extracomment>
        <translation>Bougez pendant vos pauses</translation>
    </message>
    <message>
        <source>Take stock once a week</source>
        <extracomment>track-weekly.title</extracomment>
        <translation>Faites le point une fois par semaine</translation>
    </message>
    <message>
        <source>Start warm</source>
        <extracomment>warm-up.title</extracomment>
        <translation>Partez échauffé</translation>
    </message>
    <message>
        <source>Drink and eat for recovery</source>
        <extracomment>hydrate-fuel.title</extracomment>
        <translation>Buvez et mangez pour récupérer</translation>
    </message>
    <message>
        <source>Running short of fluid and salts leaves muscles stiffer, and tissue repairs more slowly.</source>
        <extracomment>hydrate-fuel.why</extracomment>
        <translation>Quand l&apos;eau et les sels manquent, les muscles se raidissent et les tissus se réparent plus lentement.</translation>
    </message>
</context>
<context>
    <name>customroutines</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 est inférieur à %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 est supérieur à %2</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 n’est pas un identifiant&#xa0;: utilisez des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>unknown muscle group %1</source>
        <translation>groupe musculaire inconnu %1</translation>
    </message>
    <message>
        <source>must list two or more parts, or none</source>
        <translation>doit lister au moins deux parties, ou aucune</translation>
    </message>
    <message>
        <source>duplicate part %1</source>
        <translation>partie %1 en double</translation>
    </message>
    <message>
        <source>%1 is not one of Patella&apos;s routines</source>
        <translation>%1 n’est pas l’une des routines de Patella</translation>
    </message>
    <message>
        <source>is needed to use the routine in the plan: name the built-in routine it goes with</source>
        <translation>est requis pour utiliser cette routine dans le plan&#xa0;: indiquez la routine intégrée à laquelle elle correspond</translation>
    </message>
    <message>
        <source>needs at least one exercise</source>
        <translation>doit compter au moins un exercice</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>exercice inconnu %1</translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 a été supprimé</translation>
    </message>
    <message>
        <source>%1 is not done one side at a time: use &quot;both&quot;</source>
        <translation>%1 ne se fait pas un côté à la fois&#xa0;: utilisez «&#xa0;both&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (le mien)</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>the file ends in the middle: it may not have finished copying</source>
        <translation>le fichier s’arrête en plein milieu&#xa0;: sa copie n’est peut-être pas terminée</translation>
    </message>
    <message>
        <source>a message runs past the end of the data: the file is damaged</source>
        <translation>un message dépasse la fin des données&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>this is not a FIT file, or its header is damaged</source>
        <translation>ce n’est pas un fichier FIT, ou son en-tête est endommagé</translation>
    </message>
    <message>
        <source>the data after the end of the activity is not another FIT file: the file is damaged</source>
        <translation>les données après la fin de l’activité ne sont pas un autre fichier FIT&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>this is not a FIT file (its header lacks the &quot;.FIT&quot; mark)</source>
        <translation>ce n’est pas un fichier FIT (son en-tête n’a pas la marque «&#xa0;.FIT&#xa0;»)</translation>
    </message>
    <message>
        <source>the header of the FIT file chained here is damaged</source>
        <translation>l’en-tête du fichier FIT enchaîné ici est endommagé</translation>
    </message>
    <message>
        <source>the file uses FIT protocol version %1.%2, which Patella cannot read</source>
        <translation>le fichier utilise la version %1.%2 du protocole FIT, que Patella ne sait pas lire</translation>
    </message>
    <message>
        <source>the file&apos;s header checksum does not match: it is damaged</source>
        <translation>la somme de contrôle de l’en-tête ne correspond pas&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file&apos;s checksum does not match: it is damaged</source>
        <translation>la somme de contrôle du fichier ne correspond pas&#xa0;: il est endommagé</translation>
    </message>
    <message>
        <source>a message definition names an unknown byte order: the file is damaged</source>
        <translation>une définition de message indique un ordre d’octets inconnu&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>a message uses a type the file never defined: the file is damaged</source>
        <translation>un message utilise un type que le fichier n’a jamais défini&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file holds more messages than any activity could: it is damaged</source>
        <translation>le fichier contient plus de messages qu’aucune activité ne pourrait en avoir&#xa0;: il est endommagé</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>at byte %1 of the compressed file: %2</source>
        <translation>à l’octet %1 du fichier compressé&#xa0;: %2</translation>
    </message>
    <message>
        <source>this is not a gzip file</source>
        <translation>ce n’est pas un fichier gzip</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>le décompresseur n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the compressed file is larger than 4 GB, more than any activity file</source>
        <translation>le fichier compressé dépasse 4 Go, plus qu’aucun fichier d’activité</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB, more than any activity file: it is damaged or not an activity</source>
        <translation>une fois décompressé, il dépasse %1 Mo, plus qu’aucun fichier d’activité&#xa0;: il est endommagé ou n’est pas une activité</translation>
    </message>
    <message>
        <source>unexpected data after the end of the compressed content: it is damaged</source>
        <translation>des données inattendues après la fin du contenu compressé&#xa0;: il est endommagé</translation>
    </message>
    <message>
        <source>the decompressor could not go on</source>
        <translation>le décompresseur n’a pas pu continuer</translation>
    </message>
    <message>
        <source>the compressed file ends in the middle: it may not have finished copying</source>
        <translation>le fichier compressé s’arrête en plein milieu&#xa0;: sa copie n’est peut-être pas terminée</translation>
    </message>
    <message>
        <source>there is not enough memory to unpack it</source>
        <translation>il n’y a pas assez de mémoire pour le décompresser</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>les données compressées sont endommagées</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patella is already running with the data folder %1; its window has been brought to the front.
</source>
        <translation>Patella est déjà ouvert avec le dossier de données %1&#xa0;; sa fenêtre a été mise au premier plan.
</translation>
    </message>
    <message>
        <source>Patella is already running with the data folder %1. Switch to its window, or close it first.</source>
        <translation>Patella est déjà ouvert avec le dossier de données %1. Passez à sa fenêtre, ou fermez-le d’abord.</translation>
    </message>
    <message>
        <source>Patella is already running</source>
        <translation>Patella est déjà ouvert</translation>
    </message>
    <message>
        <source>Patella&apos;s window needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty). Start it from a desktop session; `patella --check` works without one.
</source>
        <translation>La fenêtre de Patella a besoin d’un affichage, et aucun n’est défini (DISPLAY et WAYLAND_DISPLAY sont vides). Lancez-le depuis une session de bureau&#xa0;; `patella --check` fonctionne sans.
</translation>
    </message>
    <message>
        <source>Patella cannot start</source>
        <translation>Patella ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Patella cannot use its data folder</source>
        <translation>Patella ne peut pas utiliser son dossier de données</translation>
    </message>
</context>
<context>
    <name>patella::AboutDialog</name>
    <message>
        <source>About Patella</source>
        <translation>À propos de Patella</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Patella %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Patella %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A recovery companion for runners with runner&apos;s knee (patellofemoral pain): guided stretching and strength sessions, a pain and running journal, and charts that show whether the knee is getting better.</source>
        <translation>Un compagnon de récupération pour les coureurs atteints du genou du coureur (syndrome fémoro-patellaire)&#xa0;: séances guidées d’étirements et de renforcement, journal de la douleur et des sorties, et graphiques qui montrent si le genou va mieux.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical note.&lt;/b&gt; Patella informs and reminds; it does not diagnose or treat, and it does not replace a physiotherapist or a doctor. Mild tension during a stretch is fine; sharp pain means stop. If pain spikes, lingers, or the knee swells, gives way or locks, see a physiotherapist.</source>
        <translation>&lt;b&gt;Avertissement médical.&lt;/b&gt; Patella informe et fait penser&#xa0;; il ne pose pas de diagnostic, ne soigne pas et ne remplace ni un kinésithérapeute ni un médecin. Une légère tension pendant un étirement est normale&#xa0;; une douleur vive veut dire stop. Si la douleur s’aggrave, persiste, ou si le genou gonfle, se dérobe ou se bloque, consultez un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer: Patella makes no network connections and collects no usage data.</source>
        <translation>Votre journal reste sur cet ordinateur&#xa0;: Patella n’établit aucune connexion réseau et ne collecte aucune donnée d’utilisation.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityDropTarget</name>
    <message>
        <source>Not a run</source>
        <translation>Pas une course</translation>
    </message>
    <message>
        <source>Patella cannot import %1: it reads runs from GPX, TCX and FIT files (and .gz copies of them), as a watch or a phone app writes them.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>Patella ne peut pas importer %1 : il lit les courses dans les fichiers GPX, TCX et FIT (et leurs copies .gz), tels qu&apos;une montre ou une application de téléphone les écrit.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityFile</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than any activity file (at most %2 MB).</source>
        <translation>le fichier fait %1 Mo, plus que n’importe quel fichier d’activité (%2 Mo au plus).</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is compressed twice; no watch or app writes that.</source>
        <translation>le fichier est compressé deux fois&#xa0;; aucune montre ni application n’écrit cela.</translation>
    </message>
    <message>
        <source>this is not an activity file Patella knows (GPX, TCX or FIT).</source>
        <translation>ce n’est pas un fichier d’activité que Patella connaît (GPX, TCX ou FIT).</translation>
    </message>
    <message>
        <source>the file ends in the middle: it may not have finished copying.</source>
        <translation>le fichier s’arrête au milieu&#xa0;: sa copie n’est peut-être pas terminée.</translation>
    </message>
    <message>
        <source>the file is damaged here and cannot be read (%1).</source>
        <extracomment>%1 is the XML parser&apos;s own (English) description of the damage</extracomment>
        <translation>le fichier est endommagé à cet endroit et ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 the problem</extracomment>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <extracomment>%1 what the value is (&quot;the latitude&quot;, &quot;&lt;DistanceMeters&gt;&quot;), %2 the text found</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date and time.</source>
        <translation>l’heure «&#xa0;%1&#xa0;» n’est pas une date et une heure.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible value.</source>
        <extracomment>%1 the element (&quot;&lt;DistanceMeters&gt;&quot;), %2 the value found</extracomment>
        <translation>%1 %2 n’est pas une valeur plausible.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportActions</name>
    <message>
        <source>Runs from a &amp;watch or app (GPX, TCX, FIT)…</source>
        <translation>Courses d’une &amp;montre ou d’une appli (GPX, TCX, FIT)…</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importer des courses</translation>
    </message>
    <message>
        <source>Activity files (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;All files (*)</source>
        <translation>Fichiers d’activité (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportDialog</name>
    <message>
        <source>Import runs</source>
        <translation>Importer des courses</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Temps en mouvement</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Allure</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Activities found</source>
        <translation>Activités trouvées</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The device&apos;s own total</source>
        <translation>Le total de l’appareil lui-même</translation>
    </message>
    <message>
        <source>Summed from the track&apos;s points</source>
        <translation>Additionnée à partir des points du tracé</translation>
    </message>
    <message>
        <source>%1 spm</source>
        <extracomment>average steps per minute</extracomment>
        <translation>%1 pas/min</translation>
    </message>
    <message>
        <source>No shoe</source>
        <translation>Aucune chaussure</translation>
    </message>
    <message>
        <source>Likely duplicate: what to do</source>
        <translation>Doublon probable&#xa0;: que faire</translation>
    </message>
    <message>
        <source>Likely duplicate: merge</source>
        <translation>Doublon probable&#xa0;: fusionner</translation>
    </message>
    <message>
        <source>Likely duplicate: keep both</source>
        <translation>Doublon probable&#xa0;: garder les deux</translation>
    </message>
    <message>
        <source>Merge keeps your effort, pain and notes and takes the file&apos;s distance and times.</source>
        <translation>Fusionner garde votre effort, votre douleur et vos notes, et reprend la distance et les temps du fichier.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Already in the journal</source>
        <translation>Déjà dans le journal</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n run(s)</source>
        <translation>
            <numerusform>&amp;Importer %n course</numerusform>
            <numerusform>&amp;Importer %n courses</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · already in the journal: %2 · likely duplicates of runs you typed: %3 · skipped: %4 · rejected: %5. Tick what to import; a skipped sport counts as a run once ticked.</source>
        <extracomment>the counts of the activities found, by status</extracomment>
        <translation>Nouvelles&#xa0;: %1 · déjà dans le journal&#xa0;: %2 · doublons probables de courses saisies à la main&#xa0;: %3 · ignorées&#xa0;: %4 · refusées&#xa0;: %5. Cochez ce qu’il faut importer&#xa0;; un sport ignoré compte comme une course une fois coché.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1. Undo takes the whole import back.</source>
        <translation>
            <numerusform>%n course importée, %1. Annuler reprend tout l’import.</numerusform>
            <numerusform>%n courses importées, %1. Annuler reprend tout l’import.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be taken back: %1</source>
        <translation>L’import n’a pas pu être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was taken back: the journal is as it was before.</source>
        <translation>L’import a été annulé&#xa0;: le journal est comme avant.</translation>
    </message>
</context>
<context>
    <name>patella::AdherenceView</name>
    <message>
        <source>Day by day, the last twelve weeks</source>
        <translation>Jour par jour, les douze dernières semaines</translation>
    </message>
    <message>
        <source>sessions per week</source>
        <translation>séances par semaine</translation>
    </message>
    <message>
        <source>sessions per week (month&apos;s mean)</source>
        <translation>séances par semaine (moyenne du mois)</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Sous l’objectif</translation>
    </message>
    <message>
        <source>%1: %2 sessions a week on average</source>
        <translation>%1&#xa0;: %2 séances par semaine en moyenne</translation>
    </message>
    <message>
        <source>Target: %1 a week</source>
        <translation>Objectif&#xa0;: %1 par semaine</translation>
    </message>
</context>
<context>
    <name>patella::Application</name>
    <message>
        <source>Patella — demo journal (nothing is kept)</source>
        <translation>Patella — journal de démonstration (rien n’est conservé)</translation>
    </message>
    <message>
        <source>Patella&apos;s exercise catalog is damaged, so Patella will not start with half of it. Reinstalling Patella should fix this.

%1</source>
        <translation>Le catalogue d’exercices de Patella est endommagé&#xa0;: Patella ne démarrera pas avec seulement une partie. Réinstaller Patella devrait régler le problème.

%1</translation>
    </message>
    <message>
        <source>Patella cannot start</source>
        <translation>Patella ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Nouveau journal</translation>
    </message>
    <message>
        <source>Patella journal (*.sqlite)</source>
        <translation>Journal Patella (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored. The journal as it was is kept as a pre-restore backup.</source>
        <translation>Restauré. Le journal tel qu’il était est conservé comme sauvegarde d’avant restauration.</translation>
    </message>
</context>
<context>
    <name>patella::CadenceChart</name>
    <message>
        <source>steps per minute</source>
        <translation>pas par minute</translation>
    </message>
    <message>
        <source>5-10% above your usual rate</source>
        <translation>5 à 10 % au-dessus de votre cadence habituelle</translation>
    </message>
    <message>
        <source>Your usual rate (%1)</source>
        <translation>Votre cadence habituelle (%1)</translation>
    </message>
    <message>
        <source>Your usual rate: %1 steps per minute</source>
        <translation>Votre cadence habituelle&#xa0;: %1 pas par minute</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Moyenne par semaine</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Moyenne par mois</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 steps per minute (%n run(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2 pas par minute (%n course)</numerusform>
            <numerusform>%1&#xa0;: %2 pas par minute (%n courses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>%1: %2 steps per minute</source>
        <translation>%1&#xa0;: %2 pas par minute</translation>
    </message>
</context>
<context>
    <name>patella::ChartCard</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>What this chart&apos;s rule means, and its sources</source>
        <translation>Ce que signifie la règle de ce graphique, et ses sources</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>Aide sur %1</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture, for instance to show your physiotherapist</source>
        <translation>Enregistrer ce graphique en image, par exemple pour le montrer à votre kinésithérapeute</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Ce qu’il montre</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Enregistrer %1 en PNG</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>patella::CheckCommand</name>
    <message>
        <source>%1: ok</source>
        <translation>%1&#xa0;: ok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no journal here</source>
        <translation>%1&#xa0;: pas de journal ici</translation>
    </message>
    <message numerus="yes">
        <source>Checked the journal and %n backup(s); %1.</source>
        <translation>
            <numerusform>Journal et %n sauvegarde vérifiés&#xa0;; %1.</numerusform>
            <numerusform>Journal et %n sauvegardes vérifiés&#xa0;; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>all sound</source>
        <translation>tout est sain</translation>
    </message>
    <message numerus="yes">
        <source>the journal is sound, %n backup(s) damaged</source>
        <translation>
            <numerusform>le journal est sain, %n sauvegarde endommagée</numerusform>
            <numerusform>le journal est sain, %n sauvegardes endommagées</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal is not sound</source>
        <translation>le journal n’est pas sain</translation>
    </message>
</context>
<context>
    <name>patella::CheckInFlexPage</name>
    <message>
        <source>Flexibility: %1</source>
        <translation>Souplesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Picture of the %1 test</source>
        <translation>Illustration du test «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Mesuré en&#xa0;:</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, facultatif</translation>
    </message>
    <message>
        <source>&amp;Left side:</source>
        <translation>Côté &amp;gauche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Right side:</source>
        <translation>Côté &amp;droit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 These home tests vary from one go to the next, so a single week says little: Patella shows how your own numbers move over the weeks, never a pass or a fail. Skip a side or the whole test if it hurts.</source>
        <translation>%1 Ces tests à domicile varient d’une fois à l’autre, une seule semaine dit donc peu de chose&#xa0;: Patella montre l’évolution de vos propres chiffres au fil des semaines, jamais un réussi ou un échoué. Sautez un côté, ou tout le test, si cela fait mal.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>patella::CheckInFunctionPage</name>
    <message>
        <source>What the knee makes hard</source>
        <translation>Ce que le genou rend difficile</translation>
    </message>
    <message>
        <source>Name %1 to %2 activities of your own that the knee makes hard, and rate each: 0 means you cannot do it, 10 that you do it as well as before the problem. Leave the page empty to skip it this time.</source>
        <translation>Nommez %1 à %2 activités à vous que le genou rend difficiles, et notez chacune&#xa0;: 0 signifie que vous ne pouvez pas la faire, 10 que vous la faites aussi bien qu’avant le problème. Laissez la page vide pour la passer cette fois.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Note (0-10)</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <source>No longer ask</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <source>Its scores so far stay in the journal.</source>
        <translation>Ses notes déjà saisies restent dans le journal.</translation>
    </message>
    <message>
        <source>for example: going down stairs</source>
        <translation>par exemple&#xa0;: descendre les escaliers</translation>
    </message>
    <message>
        <source>another activity (optional)</source>
        <translation>une autre activité (facultatif)</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>Nouvelle activité %1</translation>
    </message>
    <message>
        <source>Score for new activity %1</source>
        <translation>Note pour la nouvelle activité %1</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale (Stratford et al., 1995). A change of about 2 points in the average, or 3 for one activity, is usually taken as meaningful.</source>
        <translation>Échelle fonctionnelle spécifique au patient (PSFS, Stratford et al., 1995). Un changement d’environ 2 points de la moyenne, ou de 3 pour une activité, est habituellement considéré comme significatif.</translation>
    </message>
    <message>
        <source>The new activity</source>
        <translation>La nouvelle activité</translation>
    </message>
    <message>
        <source>The score for &quot;%1&quot;</source>
        <translation>La note pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A score needs the activity&apos;s name beside it.</source>
        <translation>Une note a besoin du nom de l’activité à côté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no score</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de note</translation>
    </message>
</context>
<context>
    <name>patella::CheckInMileagePage</name>
    <message>
        <source>Running this week</source>
        <translation>Course cette semaine</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2.</source>
        <translation>Du lundi %1 au dimanche %2.</translation>
    </message>
    <message>
        <source>&amp;Distance this week (%1):</source>
        <translation>&amp;Distance cette semaine (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Nombre de sorties&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>You logged %n run(s) this week, %1 in all. That is the figure the check-in uses; add or correct runs on the Journal&apos;s Runs tab.</source>
        <translation>
            <numerusform>Vous avez enregistré %n sortie cette semaine, %1 au total. C’est ce chiffre que le bilan utilise&#xa0;; ajoutez ou corrigez des sorties dans l’onglet Sorties du journal.</numerusform>
            <numerusform>Vous avez enregistré %n sorties cette semaine, %1 au total. C’est ce chiffre que le bilan utilise&#xa0;; ajoutez ou corrigez des sorties dans l’onglet Sorties du journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>You logged a total of %1 for this week. To change it, edit it on the Journal&apos;s Runs tab.</source>
        <translation>Vous avez enregistré un total de %1 pour cette semaine. Pour le modifier, passez par l’onglet Sorties du journal.</translation>
    </message>
    <message>
        <source>No runs are logged for this week. If you ran, enter the week&apos;s total here; leave it empty if you did not run.</source>
        <translation>Aucune sortie n’est enregistrée cette semaine. Si vous avez couru, saisissez ici le total de la semaine&#xa0;; laissez vide sinon.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Nombre de sorties</translation>
    </message>
</context>
<context>
    <name>patella::CheckInNotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything worth remembering about this week: a flare-up and what came before it, a new exercise, a question for your physio. Optional.</source>
        <translation>Ce qui mérite d’être retenu de cette semaine&#xa0;: une poussée de douleur et ce qui l’a précédée, un nouvel exercice, une question pour votre kiné. Facultatif.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInPainPage</name>
    <message>
        <source>Pain this week</source>
        <translation>Douleur cette semaine</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst you can imagine. Think back over the whole week.</source>
        <translation>0 signifie aucune douleur, 10 la pire imaginable. Repensez à toute la semaine.</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>&amp;Worst pain this week:</source>
        <translation>Douleur &amp;maximale cette semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Usual pain this week:</source>
        <translation>Douleur &amp;habituelle cette semaine&#xa0;:</translation>
    </message>
    <message>
        <source>And in each of these situations (leave empty if it did not come up):</source>
        <translation>Et dans chacune de ces situations (laissez vide si elle ne s’est pas présentée)&#xa0;:</translation>
    </message>
    <message>
        <source>0-10, optional</source>
        <translation>0-10, facultatif</translation>
    </message>
    <message>
        <source>&amp;Running:</source>
        <translation>&amp;Course&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stairs (especially going down):</source>
        <translation>&amp;Escaliers (surtout en descente)&#xa0;:</translation>
    </message>
    <message>
        <source>Sitting &amp;long with bent knees:</source>
        <translation>Position &amp;assise prolongée, genoux pliés&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;quatting:</source>
        <translation>Accr&amp;oupissement&#xa0;:</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Douleur maximale</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Douleur habituelle</translation>
    </message>
    <message>
        <source>Usual pain cannot be higher than the worst pain.</source>
        <translation>La douleur habituelle ne peut pas dépasser la douleur maximale.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
</context>
<context>
    <name>patella::CheckInShoePage</name>
    <message>
        <source>Shoes</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <source>Turn each pair over and look at the midsole: deep creases, a flattened or tilted heel, or a worn-through outsole are the signs that count, whatever the distance says.</source>
        <translation>Retournez chaque paire et regardez la semelle intermédiaire&#xa0;: des plis profonds, un talon tassé ou incliné, ou une semelle extérieure usée jusqu’à la corde sont les signes qui comptent, quelle que soit la distance.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of your %3 limit (%4%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 sur votre limite de %3 (%4 %)</translation>
    </message>
    <message>
        <source>The midsole looks worn</source>
        <translation>La semelle intermédiaire semble usée</translation>
    </message>
    <message>
        <source>Then it may be time to retire this pair and move to a fresh one. You know your shoes best: Patella only keeps count.</source>
        <translation>Il est alors peut-être temps de mettre cette paire à la retraite et d’en prendre une neuve. Vous connaissez vos chaussures mieux que personne&#xa0;: Patella ne fait que compter.</translation>
    </message>
    <message>
        <source>Retire it when I finish the check-in</source>
        <translation>La retirer à la fin du bilan</translation>
    </message>
    <message>
        <source>No shoes in use are in the journal. Add your pairs on the Journal&apos;s Shoes tab to follow how far you have run in each.</source>
        <translation>Aucune chaussure en service dans le journal. Ajoutez vos paires dans l’onglet Chaussures du journal pour suivre la distance parcourue avec chacune.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInSummaryPage</name>
    <message>
        <source>This week beside the last</source>
        <translation>Cette semaine face à la précédente</translation>
    </message>
    <message>
        <source>Press Finish to save the check-in to your journal.</source>
        <translation>Appuyez sur Terminer pour enregistrer le bilan dans votre journal.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Last time (check-in of %1)</source>
        <translation>La dernière fois (bilan du %1)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Week-to-week changes are small and noisy, the flexibility tests most of all; the Progress page shows the trend over many weeks. For pain, a change of about one point or more is the size people notice.</source>
        <translation>D’une semaine à l’autre, les changements sont petits et irréguliers, surtout pour les tests de souplesse&#xa0;; la page Progrès montre la tendance sur de nombreuses semaines. Pour la douleur, un changement d’environ un point ou plus est ce que l’on ressent.</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Douleur maximale</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Douleur habituelle</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Running distance (last week, this week)</source>
        <translation>Distance courue (semaine dernière, cette semaine)</translation>
    </message>
</context>
<context>
    <name>patella::CheckInWarningPage</name>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Did any of these happen this week? Runner&apos;s knee does not usually do them, so each one is worth a professional look.</source>
        <translation>L&apos;un de ces signes est-il apparu cette semaine ? Le genou du coureur ne les donne pas d&apos;habitude, chacun mérite donc un avis professionnel.</translation>
    </message>
    <message>
        <source>Please see a physiotherapist or a doctor about this before your next session, and rest the knee from whatever brings it on until then. Today will keep reminding you.</source>
        <translation>Consultez un kinésithérapeute ou un médecin à ce sujet avant votre prochaine séance, et d&apos;ici là épargnez au genou ce qui déclenche ces signes. Aujourd&apos;hui continuera de vous le rappeler.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInWizard</name>
    <message>
        <source>Weekly check-in, week of %1</source>
        <translation>Bilan hebdomadaire, semaine du %1</translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation>Bilan non enregistré</translation>
    </message>
    <message>
        <source>The journal did not accept the check-in, and nothing of it was saved: %1</source>
        <translation>Le journal n’a pas accepté le bilan, et rien n’en a été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>patella::CommandLine</name>
    <message>
        <source>Keep the journal in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Conserver le journal dans &lt;dir&gt; plutôt que dans le dossier de données habituel.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Open a throwaway journal filled with twelve weeks of example data.</source>
        <translation>Ouvrir un journal jetable rempli de douze semaines de données d’exemple.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir&#xa0;: le nom du dossier est vide.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Check the permissions of its parent folder.</source>
        <translation>Le dossier de données %1 ne peut pas être créé. Vérifiez les droits de son dossier parent.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written: %2</source>
        <translation>Impossible d’écrire dans le dossier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the journal and every backup (PRAGMA integrity_check), one line each; opens them read-only and writes nothing. Exit code 0 when the journal is sound, 74 when it is not.</source>
        <translation>Vérifier le journal et chaque sauvegarde (PRAGMA integrity_check), une ligne chacun&#xa0;; les ouvre en lecture seule et n’écrit rien. Code de sortie 0 si le journal est sain, 74 sinon.</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is not valid UTF-8 text, so Patella cannot name that folder. Rename it, or choose another one.</source>
        <translation>--data-dir&#xa0;: le nom du dossier n’est pas du texte UTF-8 valide, Patella ne peut donc pas le nommer. Renommez-le, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The data folder %1 is too long (%2 bytes; SQLite takes file names of at most 512 bytes, and the backups add up to %3 more). Choose a shorter folder; nothing was created.</source>
        <translation>Le dossier de données %1 est trop long (%2 octets&#xa0;; SQLite accepte des noms de fichier de 512 octets au plus, et les sauvegardes ajoutent jusqu’à %3 de plus). Choisissez un dossier plus court&#xa0;; rien n’a été créé.</translation>
    </message>
    <message>
        <source>Write the journal as CSV files (one per record kind, with README.txt) into &lt;dir&gt;, then exit.</source>
        <translation>Écrire le journal en fichiers CSV (un par type d’entrée, avec README.txt) dans &lt;dir&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>Read a folder written by --export-csv into the journal, adding only what it does not hold yet, then exit.</source>
        <translation>Lire dans le journal un dossier écrit par --export-csv, en n’ajoutant que ce qu’il ne contient pas encore, puis quitter.</translation>
    </message>
    <message>
        <source>--%1: the folder name is empty.</source>
        <translation>--%1&#xa0;: le nom du dossier est vide.</translation>
    </message>
    <message>
        <source>--export-csv and --import-csv cannot be given together.</source>
        <translation>--export-csv et --import-csv ne peuvent pas être donnés ensemble.</translation>
    </message>
    <message>
        <source>Import a programme file (routines and exercises, e.g. from your physiotherapist) into the journal and exit. Exit code 65 when the file is refused; nothing is written then.</source>
        <translation>Importer un fichier de programme (routines et exercices, par exemple de votre kinésithérapeute) dans le journal, puis quitter. Code de sortie 65 si le fichier est refusé ; rien n’est alors écrit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--import-programme: the file name is empty.</source>
        <translation>--import-programme : le nom du fichier est vide.</translation>
    </message>
    <message>
        <source>--import-programme cannot be given with --export-csv or --import-csv.</source>
        <translation>--import-programme ne peut pas être donné avec --export-csv ou --import-csv.</translation>
    </message>
    <message>
        <source>Import the runs in the GPX, TCX or FIT files given after the options into the journal, without a window, and exit.</source>
        <translation>Importer dans le journal les courses des fichiers GPX, TCX ou FIT donnés après les options, sans fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>With --import: print one JSON object per activity.</source>
        <translation>Avec --import&#xa0;: afficher un objet JSON par activité.</translation>
    </message>
    <message>
        <source>With --import: the activity files.</source>
        <translation>Avec --import&#xa0;: les fichiers d’activité.</translation>
    </message>
    <message>
        <source>--import does not work with --demo.</source>
        <translation>--import ne fonctionne pas avec --demo.</translation>
    </message>
    <message>
        <source>--import: name at least one file to import.</source>
        <translation>--import&#xa0;: indiquez au moins un fichier à importer.</translation>
    </message>
    <message>
        <source>--json only goes with --import.</source>
        <translation>--json ne va qu’avec --import.</translation>
    </message>
    <message>
        <source>--import goes with no other command (--check, --export-csv, --import-csv, --import-programme).</source>
        <translation>--import ne se combine avec aucune autre commande (--check, --export-csv, --import-csv, --import-programme).</translation>
    </message>
    <message>
        <source>Patella: a recovery companion for runners with runner&apos;s knee.
Exit codes: 0 ok, 64 bad usage, 69 no display for the window, 70 damaged catalog, 73 data folder unusable, 74 journal unreadable or (--check) not sound, 75 already running on this data folder; --export-csv, --import-csv and --import-programme: 65 a file was refused (nothing written), 66 nothing to read; --import: 65 a file could not be read (the others were imported); --report: 66 no journal, 73 the PDF not written.</source>
        <translation>Patella : un compagnon de rétablissement pour les coureurs atteints du genou du coureur.
Codes de sortie : 0 tout va bien, 64 mauvais usage, 69 pas d’écran pour la fenêtre, 70 catalogue endommagé, 73 dossier de données inutilisable, 74 journal illisible ou (--check) pas intact, 75 déjà lancé sur ce dossier de données ; --export-csv, --import-csv et --import-programme : 65 un fichier a été refusé (rien n’a été écrit), 66 rien à lire&#xa0;; --import&#xa0;: 65 un fichier n’a pas pu être lu (les autres ont été importés) ; --report : 66 pas de journal, 73 le PDF n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Write the physiotherapist&apos;s report to &lt;file&gt; (PDF) and exit.</source>
        <translation>Écrire le rapport pour le kinésithérapeute dans &lt;file&gt; (PDF) et quitter.</translation>
    </message>
    <message>
        <source>With --report: the last &lt;n&gt; weeks (1-520, default 12), or &quot;start&quot; for since the programme started.</source>
        <translation>Avec --report : les &lt;n&gt; dernières semaines (1-520, 12 par défaut), ou &quot;start&quot; pour depuis le début du programme.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --report: the name printed on the report.</source>
        <translation>Avec --report : le nom imprimé sur le rapport.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>With --report: the report&apos;s last day, YYYY-MM-DD (default today).</source>
        <translation>Avec --report : le dernier jour du rapport, AAAA-MM-JJ écrit YYYY-MM-DD (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>--report: the PDF file name is missing.</source>
        <translation>--report : le nom du fichier PDF manque.</translation>
    </message>
    <message>
        <source>--weeks: &quot;%1&quot; is not a number of weeks from 1 to 520, nor &quot;start&quot;.</source>
        <translation>--weeks : &quot;%1&quot; n’est ni un nombre de semaines de 1 à 520, ni &quot;start&quot;.</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not a date like 2026-03-16.</source>
        <translation>--end : &quot;%1&quot; n’est pas une date comme 2026-03-16.</translation>
    </message>
    <message>
        <source>--report cannot be given together with --check, --export-csv, --import-csv, --import or --import-programme.</source>
        <translation>--report ne peut pas être donné avec --check, --export-csv, --import-csv, --import ou --import-programme.</translation>
    </message>
</context>
<context>
    <name>patella::CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>encore %n seconde</numerusform>
            <numerusform>encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>encore %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>patella::CsvActions</name>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Patella CSV…</source>
        <translation>CSV &amp;Patella…</translation>
    </message>
    <message>
        <source>&amp;Running history (CSV)…</source>
        <translation>&amp;Historique de course (CSV)…</translation>
    </message>
    <message>
        <source>Export the journal as CSV into</source>
        <translation>Exporter le journal en CSV dans</translation>
    </message>
    <message>
        <source>Import a Patella CSV folder</source>
        <translation>Importer un dossier CSV de Patella</translation>
    </message>
    <message>
        <source>Import a running history</source>
        <translation>Importer un historique de course</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The journal could not be exported.</source>
        <translation>Le journal n’a pas pu être exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne</numerusform>
            <numerusform>%1&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Journal exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1, one CSV file per kind, with README.txt naming the columns.</source>
        <translation>
            <numerusform>%n entrée écrite dans %1, un fichier CSV par type, avec README.txt qui nomme les colonnes.</numerusform>
            <numerusform>%n entrées écrites dans %1, un fichier CSV par type, avec README.txt qui nomme les colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have a mistake. Correct them and import the folder again.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n fichier contient une erreur. Corrigez-le et importez de nouveau le dossier.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n fichiers contiennent une erreur. Corrigez-les et importez de nouveau le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already in the journal</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 déjà dans le journal</translation>
    </message>
    <message>
        <source>%1: not a Patella CSV file, ignored</source>
        <translation>%1&#xa0;: pas un fichier CSV de Patella, ignoré</translation>
    </message>
    <message>
        <source>Journal imported</source>
        <translation>Journal importé</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added; %1 already in the journal.</source>
        <translation>
            <numerusform>%n entrée ajoutée&#xa0;; %1 déjà dans le journal.</numerusform>
            <numerusform>%n entrées ajoutées&#xa0;; %1 déjà dans le journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CuePlayer</name>
    <message>
        <source>No sound device was found: sessions run silently, with every cue on screen.</source>
        <translation>Aucun périphérique audio trouvé&#xa0;: les séances se déroulent en silence, toutes les consignes s’affichent à l’écran.</translation>
    </message>
    <message>
        <source>The voice on this computer (%1) does not speak %2: sessions play tones and show the spoken cues on screen.</source>
        <translation>La voix de cet ordinateur (%1) ne parle pas %2&#xa0;: les séances jouent des sons et affichent à l’écran les consignes parlées.</translation>
    </message>
    <message>
        <source>No speech engine is available: tones play, spoken cues are shown on screen only.</source>
        <translation>Aucun moteur vocal disponible&#xa0;: les sons sont joués, les consignes parlées ne s’affichent qu’à l’écran.</translation>
    </message>
    <message>
        <source>Tones and spoken cues are ready.</source>
        <translation>Les sons et les consignes parlées sont prêts.</translation>
    </message>
    <message>
        <source>not found (looked for %1)</source>
        <translation>introuvable (cherché&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Patella&apos;s sound module could not be loaded (%1): sessions run silently, with every cue on screen.</source>
        <translation>Le module audio de Patella n’a pas pu être chargé (%1)&#xa0;: les séances se déroulent en silence, toutes les consignes s’affichent à l’écran.</translation>
    </message>
</context>
<context>
    <name>patella::CustomCatalog</name>
    <message>
        <source>is one of Patella&apos;s own exercises</source>
        <translation>est l’un des exercices propres à Patella</translation>
    </message>
    <message>
        <source>is already a routine&apos;s id</source>
        <translation>est déjà l’identifiant d’une routine</translation>
    </message>
    <message>
        <source>is one of Patella&apos;s own routines</source>
        <translation>est l’une des routines propres à Patella</translation>
    </message>
    <message>
        <source>is already an exercise&apos;s id</source>
        <translation>est déjà l’identifiant d’un exercice</translation>
    </message>
    <message>
        <source>Patella&apos;s own exercises and routines cannot be deleted.</source>
        <translation>Les exercices et routines propres à Patella ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>is used in your routine &quot;%1&quot;: take it out there first.</source>
        <translation>est utilisé dans votre routine «&#xa0;%1&#xa0;»&#xa0;: retirez-le d’abord de celle-ci.</translation>
    </message>
    <message>
        <source>%1 (replaces %2)</source>
        <translation>%1 (remplace %2)</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;.</source>
        <translation>Il n’existe pas de routine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>its picture %1 cannot be read: %2</source>
        <translation>son image %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>patella::DetailPane</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start a guided session</source>
        <translation>Démarrer une séance guidée</translation>
    </message>
</context>
<context>
    <name>patella::ExerciseDialog</name>
    <message>
        <source>Edit exercise</source>
        <translation>Modifier l’exercice</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>Résumé en une ligne</translation>
    </message>
    <message>
        <source>What it is for, in one line (optional)</source>
        <translation>À quoi il sert, en une ligne (facultatif)</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>One s&amp;ide at a time (left, then right)</source>
        <translation>Un côté à &amp;la fois (gauche, puis droite)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Tenir un temps donné</translation>
    </message>
    <message>
        <source>Count repetitions</source>
        <translation>Compter les répétitions</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Tenue, secondes</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Tenue :</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Répétitions par série</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Répétitions :</translation>
    </message>
    <message>
        <source>Seconds one repetition takes</source>
        <translation>Secondes par répétition</translation>
    </message>
    <message>
        <source>&amp;One repetition takes:</source>
        <translation>Une ré&amp;pétition dure :</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Séries :</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Repos entre les séries, secondes</translation>
    </message>
    <message>
        <source>R&amp;est between sets:</source>
        <translation>R&amp;epos entre les séries :</translation>
    </message>
    <message>
        <source>How to do it, one step a line</source>
        <translation>Comment faire, une étape par ligne</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>Une étape par ligne</translation>
    </message>
    <message>
        <source>Ho&amp;w to:</source>
        <translation>C&amp;omment faire :</translation>
    </message>
    <message>
        <source>Coaching cues, one a line</source>
        <translation>Consignes, une par ligne</translation>
    </message>
    <message>
        <source>Shown and spoken during the exercise</source>
        <translation>Affichées et dites pendant l’exercice</translation>
    </message>
    <message>
        <source>&amp;Cues:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <source>Cautions, one a line</source>
        <translation>Précautions, une par ligne</translation>
    </message>
    <message>
        <source>When to ease off or stop</source>
        <translation>Quand ralentir ou s’arrêter</translation>
    </message>
    <message>
        <source>C&amp;autions:</source>
        <translation>Préc&amp;autions :</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Choose &amp;picture…</source>
        <translation>Choisir une &amp;image…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 5 MB</source>
        <translation>Un fichier PNG, JPEG ou SVG de 5 Mo au plus</translation>
    </message>
    <message>
        <source>&amp;Mirror it for the right side</source>
        <translation>Le re&amp;fléter pour le côté droit</translation>
    </message>
    <message>
        <source>Muscles it &amp;targets:</source>
        <translation>&amp;Muscles visés :</translation>
    </message>
    <message>
        <source>Muscles it targets</source>
        <translation>Muscles visés</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Tenue (secondes)</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>One repetition takes (seconds)</source>
        <translation>Une répétition dure (secondes)</translation>
    </message>
    <message>
        <source>Rest between sets (seconds)</source>
        <translation>Repos entre les séries (secondes)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No picture: a neutral placeholder is shown</source>
        <translation>Pas d’image : une silhouette neutre est affichée</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>The exercise&apos;s picture</source>
        <translation>L’image de l’exercice</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Image : %1</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>Retirer l’ima&amp;ge</translation>
    </message>
</context>
<context>
    <name>patella::FlexDialog</name>
    <message>
        <source>Log a flexibility test</source>
        <translation>Noter un test de souplesse</translation>
    </message>
    <message>
        <source>Edit flexibility test</source>
        <translation>Modifier le test de souplesse</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;Côté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Mesuré en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>patella::FlexModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>patella::FlexibilityView</name>
    <message>
        <source>lower = more flexible</source>
        <translation>plus bas = plus souple</translation>
    </message>
    <message>
        <source>higher = more flexible</source>
        <translation>plus haut = plus souple</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>patella::FolderImport</name>
    <message>
        <source>Last look at %1: the runs could not be imported (%2).</source>
        <translation>Dernier passage à %1 : les courses n&apos;ont pas pu être importées (%2).</translation>
    </message>
    <message>
        <source>Last look at %1.</source>
        <translation>Dernier passage à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported at %1: %n new run(s), %2.</source>
        <extracomment>%1 time of day, %2 distance with its unit</extracomment>
        <translation>
            <numerusform>Importé à %1 : %n nouvelle course, %2.</numerusform>
            <numerusform>Importé à %1 : %n nouvelles courses, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off: no folder is looked at.</source>
        <translation>Désactivé : aucun dossier n&apos;est surveillé.</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>Aucun dossier choisi.</translation>
    </message>
    <message>
        <source>%1 is not there now (a watch unplugged?): Patella looks for it again every few seconds.</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>%1 est absent pour l&apos;instant (montre débranchée ?) : Patella le cherche à nouveau toutes les quelques secondes.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s).</source>
        <translation>
            <numerusform>%n dossier surveillé.</numerusform>
            <numerusform>%n dossiers surveillés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your choice: %n file(s) with a run you may have typed by hand.</source>
        <translation>
            <numerusform>En attente de votre choix : %n fichier avec une course que vous avez peut-être saisie à la main.</numerusform>
            <numerusform>En attente de votre choix : %n fichiers avec une course que vous avez peut-être saisie à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) looked in as well.</source>
        <translation>
            <numerusform>%n sous-dossier est aussi examiné.</numerusform>
            <numerusform>%n sous-dossiers sont aussi examinés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more folders than one look reads: only the %n nearest are looked in.</source>
        <extracomment>%1 a folder&apos;s path; %n how many folders one look reads</extracomment>
        <translation>
            <numerusform>%1 contient plus de dossiers qu&apos;un passage n&apos;en lit : seul %n, le plus proche, est examiné.</numerusform>
            <numerusform>%1 contient plus de dossiers qu&apos;un passage n&apos;en lit : seuls les %n plus proches sont examinés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not watched (too many), looked in every minute: %n subfolder(s).</source>
        <translation>
            <numerusform>Non surveillé (trop nombreux), examiné chaque minute : %n sous-dossier.</numerusform>
            <numerusform>Non surveillés (trop nombreux), examinés chaque minute : %n sous-dossiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FolderImportNotice</name>
    <message>
        <source>Runs from your folder could not be imported: %1</source>
        <translation>Les courses de votre dossier n&apos;ont pas pu être importées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new run(s): %1.</source>
        <extracomment>%1 the distance of the new runs with its unit (&quot;24.1 km&quot;)</extracomment>
        <translation>
            <numerusform>%n nouvelle course : %1.</numerusform>
            <numerusform>%n nouvelles courses : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu : %1.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs from your folder</source>
        <translation>Courses de votre dossier</translation>
    </message>
    <message numerus="yes">
        <source>Choose for %n run(s) from your folder…</source>
        <translation>
            <numerusform>Choisir pour %n course de votre dossier…</numerusform>
            <numerusform>Choisir pour %n courses de votre dossier…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) may already be in your journal, typed by hand: choose merge or keep both.</source>
        <translation>
            <numerusform>%n course est peut-être déjà dans votre journal, saisie à la main : choisissez fusionner ou garder les deux.</numerusform>
            <numerusform>%n courses sont peut-être déjà dans votre journal, saisies à la main : choisissez fusionner ou garder les deux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FunctionScoreChart</name>
    <message>
        <source>function (0-10, higher is better)</source>
        <translation>fonction (0-10, plus haut est mieux)</translation>
    </message>
    <message>
        <source>%1, %2: %3/10</source>
        <translation>%1, %2&#xa0;: %3/10</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 of %n activities</source>
        <translation>
            <numerusform>%1&#xa0;: moyenne %2 sur %n activité</numerusform>
            <numerusform>%1&#xa0;: moyenne %2 sur %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>First average + 2 (meaningful)</source>
        <translation>Première moyenne + 2 (significatif)</translation>
    </message>
    <message>
        <source>%1: 2 points above the first average</source>
        <translation>%1&#xa0;: 2 points au-dessus de la première moyenne</translation>
    </message>
</context>
<context>
    <name>patella::GpxParser</name>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>this is not a GPX file: it starts with &lt;%1&gt; instead of &lt;gpx&gt;.</source>
        <translation>ce n’est pas un fichier GPX&#xa0;: il commence par &lt;%1&gt; au lieu de &lt;gpx&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned route(s), not recorded activities.</source>
        <translation>
            <numerusform>%n itinéraire prévu, pas une activité enregistrée.</numerusform>
            <numerusform>%n itinéraires prévus, pas des activités enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waypoint(s), not activities.</source>
        <translation>
            <numerusform>%n point de passage, pas une activité.</numerusform>
            <numerusform>%n points de passage, pas des activités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Trace %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) without a time or a position, no activity.</source>
        <translation>
            <numerusform>%1&#xa0;: %n point sans heure ni position, pas d’activité.</numerusform>
            <numerusform>%1&#xa0;: %n points sans heure ni position, pas d’activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>the latitude</source>
        <translation>la latitude</translation>
    </message>
    <message>
        <source>the longitude</source>
        <translation>la longitude</translation>
    </message>
    <message>
        <source>the position %1, %2 is not on Earth.</source>
        <translation>la position %1, %2 n’est pas sur la Terre.</translation>
    </message>
</context>
<context>
    <name>patella::HistoryImportDialog</name>
    <message>
        <source>Import a running history</source>
        <translation>Importer un historique de course</translation>
    </message>
    <message>
        <source>Choose the unit…</source>
        <translation>Choisir l’unité…</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>kilomètres</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>miles</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>Sport:</source>
        <translation>Sport&#xa0;:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distance&#xa0;:</translation>
    </message>
    <message>
        <source>Distance is in:</source>
        <translation>Distance en&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a Strava activities export.</source>
        <translation>Il s’agit d’un export d’activités Strava.</translation>
    </message>
    <message>
        <source>This is a Garmin Connect activities export.</source>
        <translation>Il s’agit d’un export d’activités Garmin Connect.</translation>
    </message>
    <message>
        <source>Patella does not know this export.</source>
        <translation>Patella ne connaît pas cet export.</translation>
    </message>
    <message>
        <source> Choose the column that holds each thing Patella could not find.</source>
        <translation> Choisissez la colonne qui contient chaque élément que Patella n’a pas trouvé.</translation>
    </message>
    <message>
        <source> The file does not say whether distances are kilometres or miles: choose the unit.</source>
        <translation> Le fichier ne dit pas si les distances sont en kilomètres ou en miles&#xa0;: choisissez l’unité.</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Choisir une colonne…</translation>
    </message>
    <message>
        <source>Choose every column and the unit to see what would be imported.</source>
        <translation>Choisissez chaque colonne et l’unité pour voir ce qui serait importé.</translation>
    </message>
    <message>
        <source>This cannot be imported: %1</source>
        <translation>Ceci ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) will be added; %1 row(s) skipped (other sports, or already in the journal).</source>
        <translation>
            <numerusform>%n sortie sera ajoutée&#xa0;; %1 ligne(s) ignorée(s) (autres sports, ou déjà dans le journal).</numerusform>
            <numerusform>%n sorties seront ajoutées&#xa0;; %1 ligne(s) ignorée(s) (autres sports, ou déjà dans le journal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) added to the journal. Skipped:</source>
        <translation>
            <numerusform>%n sortie ajoutée au journal. Ignorées&#xa0;:</numerusform>
            <numerusform>%n sorties ajoutées au journal. Ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>patella::IllustrationView</name>
    <message>
        <source>Illustration of %1</source>
        <translation>Illustration&#xa0;: %1</translation>
    </message>
    <message>
        <source>No illustration yet</source>
        <translation>Pas encore d’illustration</translation>
    </message>
    <message>
        <source>Picture of the exercise</source>
        <translation>Image de l’exercice</translation>
    </message>
</context>
<context>
    <name>patella::ImportCommand</name>
    <message>
        <source>moving %1, elapsed %2</source>
        <translation>en mouvement %1, au total %2</translation>
    </message>
    <message>
        <source>%1 steps/min</source>
        <translation>%1 pas/min</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Le journal %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the journal refused the runs (%1).</source>
        <translation>Rien n’a été importé&#xa0;: le journal a refusé les courses (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1.</source>
        <translation>
            <numerusform>%n course importée, %1.</numerusform>
            <numerusform>%n courses importées, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::Importer</name>
    <message>
        <source>The file does not say which sport this was, and it has no distance to judge by.</source>
        <translation>Le fichier n’indique pas de quel sport il s’agit, et n’a pas de distance pour en juger.</translation>
    </message>
    <message>
        <source>%1 is not running: Patella counts running load only. Tick it if it was a run.</source>
        <extracomment>%1 the sport, translated (&quot;Cycling&quot;, &quot;Swimming&quot;)</extracomment>
        <translation>%1 n’est pas de la course&#xa0;: Patella ne compte que la charge de course. Cochez-la si c’était une course.</translation>
    </message>
    <message>
        <source>The file holds no recorded activity.</source>
        <translation>Le fichier ne contient aucune activité enregistrée.</translation>
    </message>
    <message>
        <source>No recorded activity: %1</source>
        <translation>Aucune activité enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the journal.</source>
        <translation>Déjà dans le journal.</translation>
    </message>
    <message>
        <source>The same activity as in %1.</source>
        <translation>La même activité que dans %1.</translation>
    </message>
    <message>
        <source>The file records no time for this activity.</source>
        <translation>Le fichier n’enregistre aucun temps pour cette activité.</translation>
    </message>
    <message>
        <source>%1 km in %2 min is more than one outing can be: the file&apos;s figures look wrong.</source>
        <extracomment>%1 distance in km, %2 duration in minutes</extracomment>
        <translation>%1 km en %2 min, c’est plus qu’une sortie ne peut être&#xa0;: les chiffres du fichier semblent faux.</translation>
    </message>
    <message>
        <source>%1 m in %2 s is too short for a run: likely the watch was started by mistake. Tick it if it was a run.</source>
        <extracomment>%1 distance in metres, %2 duration in seconds</extracomment>
        <translation>%1 m en %2 s, c’est trop court pour une course&#xa0;: la montre a sans doute été lancée par erreur. Cochez-la si c’était une course.</translation>
    </message>
    <message>
        <source>Likely the run you logged by hand that day (%1 km).</source>
        <translation>Sans doute la course que vous avez saisie à la main ce jour-là (%1 km).</translation>
    </message>
    <message>
        <source>The file does not say which sport this was; at %1 km/h it looks like a walk, not a run.</source>
        <extracomment>%1 speed in km/h</extracomment>
        <translation>Le fichier ne dit pas de quel sport il s’agit&#xa0;; à %1 km/h, cela ressemble à de la marche, pas à une course.</translation>
    </message>
    <message>
        <source>The file does not say which sport this was; at %1 km/h it looks like a ride, not a run.</source>
        <extracomment>%1 speed in km/h</extracomment>
        <translation>Le fichier ne dit pas de quel sport il s’agit&#xa0;; à %1 km/h, cela ressemble à une sortie à vélo, pas à une course.</translation>
    </message>
    <message>
        <source>The file names a sport other than running: Patella counts running load only. Tick it if it was a run.</source>
        <translation>Le fichier indique un autre sport que la course&#xa0;: Patella ne compte que la charge de course. Cochez-la si c’était une course.</translation>
    </message>
</context>
<context>
    <name>patella::InstanceGuard</name>
    <message>
        <source>The lock file in the data folder cannot be written.</source>
        <translation>Le fichier de verrou du dossier de données ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>patella::JournalErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Journal error</source>
        <translation>Erreur du journal</translation>
    </message>
</context>
<context>
    <name>patella::JournalPage</name>
    <message>
        <source>&amp;Log pain…</source>
        <translation>&amp;Noter une douleur…</translation>
    </message>
    <message>
        <source>&amp;Log a test…</source>
        <translation>&amp;Noter un test…</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Noter une séance…</translation>
    </message>
    <message>
        <source>&amp;Add a shoe…</source>
        <translation>&amp;Ajouter une paire…</translation>
    </message>
    <message>
        <source>No shoes yet: add a pair to follow its distance.</source>
        <translation>Pas encore de chaussures&#xa0;: ajoutez une paire pour suivre sa distance.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Souplesse</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Weekly check-in…</source>
        <translation>Bilan hebdomadaire…</translation>
    </message>
    <message>
        <source>It is your check-in day. A few minutes on this week&apos;s pain, flexibility, mileage and shoes keeps the trends honest.</source>
        <translation>C’est votre jour de bilan. Quelques minutes sur la douleur, la souplesse, la distance et les chaussures de la semaine gardent les tendances fidèles.</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Commencer le bilan</translation>
    </message>
    <message>
        <source>&amp;Log a run…</source>
        <translation>Noter une &amp;sortie…</translation>
    </message>
    <message>
        <source>Log a &amp;week&apos;s total…</source>
        <translation>Noter le total d’une &amp;semaine…</translation>
    </message>
    <message>
        <source>No weekly totals: log one when you do not record single runs.</source>
        <translation>Aucun total hebdomadaire&#xa0;: notez-en un si vous n’enregistrez pas chaque sortie.</translation>
    </message>
    <message>
        <source>Weeks logged as one total</source>
        <translation>Semaines notées en un seul total</translation>
    </message>
    <message>
        <source>the pain entry of %1 (%2, %3)</source>
        <translation>l’entrée de douleur du %1 (%2, %3)</translation>
    </message>
    <message>
        <source>pain entry</source>
        <translation>entrée de douleur</translation>
    </message>
    <message>
        <source>the run of %1 (%2)</source>
        <translation>la sortie du %1 (%2)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>the total for the week of %1</source>
        <translation>le total de la semaine du %1</translation>
    </message>
    <message>
        <source>week&apos;s total</source>
        <translation>total hebdomadaire</translation>
    </message>
    <message>
        <source>the %1 result of %2 (%3, %4)</source>
        <translation>le résultat «&#xa0;%1&#xa0;» du %2 (%3, %4)</translation>
    </message>
    <message>
        <source>flexibility result</source>
        <translation>résultat de souplesse</translation>
    </message>
    <message>
        <source>the %1 session of %2</source>
        <translation>la séance «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>the shoe &quot;%1&quot; (its runs stay, without a shoe)</source>
        <translation>la paire «&#xa0;%1&#xa0;» (ses sorties restent, sans chaussure)</translation>
    </message>
    <message>
        <source>shoe</source>
        <translation>paire</translation>
    </message>
    <message>
        <source>The journal could not do that: %1</source>
        <translation>Le journal n’a pas pu le faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z or the Undo button while Patella stays open.</source>
        <translation>Vous pouvez l’annuler avec Ctrl+Z ou le bouton Annuler tant que Patella reste ouvert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted the %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimé&#xa0;: %1. Annuler (Ctrl+Z) le fait revenir.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Bilan enregistré.</translation>
    </message>
</context>
<context>
    <name>patella::JournalProblemDialog</name>
    <message>
        <source>This journal was written by a newer version of Patella. It has not been changed; open it with that version, or update Patella.</source>
        <translation>Ce journal a été écrit par une version plus récente de Patella. Il n’a pas été modifié&#xa0;; ouvrez-le avec cette version, ou mettez Patella à jour.</translation>
    </message>
    <message>
        <source>This file is not a Patella journal, or it is damaged. It has been left exactly as it was.</source>
        <translation>Ce fichier n’est pas un journal Patella, ou il est endommagé. Il a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>The journal cannot be read or written with your permissions.</source>
        <translation>Le journal ne peut pas être lu ou écrit avec vos droits.</translation>
    </message>
    <message>
        <source>Updating the journal to this version of Patella failed and was rolled back; a copy taken before the update is among the backups.</source>
        <translation>La mise à niveau du journal vers cette version de Patella a échoué et a été annulée&#xa0;; une copie faite avant la mise à niveau figure parmi les sauvegardes.</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>Le journal n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Patella cannot open your journal</source>
        <translation>Patella ne peut pas ouvrir votre journal</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Start a new journal elsewhere…</source>
        <translation>Commencer un nouveau journal ailleurs…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Ce journal n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>The journal file is empty, but backups of it exist. Restore the newest one to get your entries back.</source>
        <translation>Le fichier du journal est vide, mais il en existe des sauvegardes. Restaurez la plus récente pour retrouver vos entrées.</translation>
    </message>
    <message>
        <source>The journal is in use by another program. Nothing is wrong with it: close that program, then try again.</source>
        <translation>Le journal est utilisé par un autre programme. Il n’a rien&#xa0;: fermez ce programme, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; the journal has not been changed.</source>
        <translation>Le disque est plein. Libérez de l’espace, puis réessayez&#xa0;; le journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The journal can be read, but its folder does not accept the files Patella keeps beside it. Check the folder, then try again.</source>
        <translation>Le journal est lisible, mais son dossier n’accepte pas les fichiers que Patella garde à côté. Vérifiez le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The journal&apos;s path is too long or cannot be used as a file name. Choose a shorter data folder.</source>
        <translation>Le chemin du journal est trop long ou ne peut pas servir de nom de fichier. Choisissez un dossier de données plus court.</translation>
    </message>
    <message>
        <source>Free space on that disk: %1</source>
        <translation>Espace libre sur ce disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>patella::LibraryPage</name>
    <message>
        <source>Search exercises, routines and habits</source>
        <translation>Rechercher des exercices, des routines et des habitudes</translation>
    </message>
    <message>
        <source>Show one kind of exercise</source>
        <translation>Afficher un type d’exercice</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show exercises for one muscle group</source>
        <translation>Afficher les exercices d’un groupe musculaire</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Tous les groupes musculaires</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Prevention habits</source>
        <translation>Habitudes de prévention</translation>
    </message>
    <message>
        <source>Guided sessions arrive with the session player.</source>
        <translation>Les séances guidées arrivent avec le lecteur de séances.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en tout</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No exercise matches. Clear the search or the filters.</source>
        <translation>Aucun exercice ne correspond. Effacez la recherche ou les filtres.</translation>
    </message>
    <message>
        <source>No routine matches the search.</source>
        <translation>Aucune routine ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No habit matches the search.</source>
        <translation>Aucune habitude ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Your exercise</source>
        <translation>Votre exercice</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Brings back what was just deleted</source>
        <translation>Fait revenir ce qui vient d’être supprimé</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
    <message>
        <source>New &amp;routine…</source>
        <translation>Nouvelle &amp;routine…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>“%1” was deleted. Sessions you did with it keep its name.</source>
        <translation>« %1 » a été supprimé. Les séances faites avec gardent son nom.</translation>
    </message>
    <message>
        <source>Patella&apos;s own exercises cannot be changed; make one of yours with New exercise…</source>
        <translation>Les exercices de Patella ne peuvent pas être modifiés ; créez le vôtre avec Nouvel exercice…</translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation>Dupliquer et &amp;modifier…</translation>
    </message>
    <message>
        <source>Patella&apos;s own routines cannot be deleted</source>
        <translation>Les routines de Patella ne peuvent pas être supprimées</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Votre routine</translation>
    </message>
    <message>
        <source>From your programme</source>
        <translation>De votre programme</translation>
    </message>
</context>
<context>
    <name>patella::MainWindow</name>
    <message>
        <source>What to do today, with the reason for each item; what is already done, your streak, alerts about pain and mileage, and a quick pain log.</source>
        <translation>Ce qu’il faut faire aujourd’hui, avec la raison de chaque point&#xa0;; ce qui est déjà fait, votre série, les alertes sur la douleur et la distance, et une saisie rapide de la douleur.</translation>
    </message>
    <message>
        <source>The guided session player: illustrations, timed holds for each side, sets and rests, spoken and sound cues, and a pain check after each exercise.</source>
        <translation>Le lecteur de séances guidées&#xa0;: illustrations, maintiens chronométrés de chaque côté, séries et repos, consignes parlées et sonores, et un point douleur après chaque exercice.</translation>
    </message>
    <message>
        <source>Your journal: pain entries, runs, flexibility checks, sessions and shoes, to add, edit and review.</source>
        <translation>Votre journal&#xa0;: douleurs, sorties, tests de souplesse, séances et chaussures, à ajouter, modifier et consulter.</translation>
    </message>
    <message>
        <source>Every stretch, strength exercise and habit, with illustrations, dose, how-to and coaching cues.</source>
        <translation>Chaque étirement, exercice de renforcement et habitude, avec illustrations, dosage, mode d’emploi et consignes.</translation>
    </message>
    <message>
        <source>Units, programme start date, check-in day, sounds and voice, reminders, the data folder and backups.</source>
        <translation>Unités, date de début du programme, jour du bilan, sons et voix, rappels, dossier de données et sauvegardes.</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Patella</source>
        <translation>À &amp;propos de Patella</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Charts of pain over time, weekly mileage beside the guide&apos;s 10% guideline, consistency and flexibility, so you can see whether the knee is getting better.</source>
        <translation>Des graphiques de la douleur dans le temps, du kilométrage hebdomadaire à côté de la règle indicative des 10 % du guide, de la régularité et de la souplesse, pour voir si le genou va mieux.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>P&amp;rogrès</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Para&amp;mètres</translation>
    </message>
</context>
<context>
    <name>patella::MileageChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (weekly total)</source>
        <translation> (total hebdomadaire)</translation>
    </message>
    <message numerus="yes">
        <source> in %n run(s)</source>
        <translation>
            <numerusform> en %n sortie</numerusform>
            <numerusform> en %n sorties</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on the week before</source>
        <translation>, %1 par rapport à la semaine précédente</translation>
    </message>
    <message numerus="yes">
        <source>, %n week(s) more than 10% up</source>
        <translation>
            <numerusform>, %n semaine en hausse de plus de 10 %</numerusform>
            <numerusform>, %n semaines en hausse de plus de 10 %</numerusform>
        </translation>
    </message>
    <message>
        <source>; load ratio %1</source>
        <translation>&#xa0;; rapport de charge %1</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>semaine prochaine</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 par semaine</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>load ratio (informational)</source>
        <translation>rapport de charge (pour information)</translation>
    </message>
    <message>
        <source>Ratio 0.8-1.3</source>
        <translation>Rapport 0,8-1,3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Month with a week over 10%</source>
        <translation>Mois avec une semaine au-delà de 10 %</translation>
    </message>
    <message>
        <source>Load ratio (informational)</source>
        <translation>Rapport de charge (pour information)</translation>
    </message>
    <message>
        <source>%1: load ratio %2 (informational: the ratio is disputed)</source>
        <translation>%1&#xa0;: rapport de charge %2 (pour information&#xa0;: ce rapport est contesté)</translation>
    </message>
    <message>
        <source> (the guide&apos;s 10%: %1)</source>
        <translation> (10 % du guide : %1)</translation>
    </message>
    <message>
        <source>Run over 10% longer than the 30 days&apos; longest</source>
        <translation>Sortie plus longue de plus de 10 % que la plus longue des 30 jours</translation>
    </message>
    <message>
        <source>Within the guide&apos;s 10%</source>
        <translation>Dans les 10 % du guide</translation>
    </message>
    <message>
        <source>Over the guide&apos;s 10%</source>
        <translation>Au-delà des 10 % du guide</translation>
    </message>
    <message>
        <source>The guide&apos;s 10% guideline</source>
        <translation>La règle indicative des 10 % du guide</translation>
    </message>
</context>
<context>
    <name>patella::PainChart</name>
    <message>
        <source>worse AM</source>
        <translation>pire le matin</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>douleur (0-10)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>Moyenne sur 7 jours</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Moyenne hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Moyenne mensuelle</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Session day</source>
        <translation>Jour de séance</translation>
    </message>
    <message>
        <source>Worse next morning</source>
        <translation>Pire le lendemain matin</translation>
    </message>
    <message numerus="yes">
        <source>%1: the knee was worse than the morning before (%n time(s)); the programme stepped back.</source>
        <translation>
            <numerusform>%1&#xa0;: le genou allait moins bien que la veille au matin (%n fois)&#xa0;; le programme a été allégé.</numerusform>
            <numerusform>%1&#xa0;: le genou allait moins bien que la veille au matin (%n fois)&#xa0;; le programme a été allégé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainDialog</name>
    <message>
        <source>Log pain</source>
        <translation>Noter une douleur</translation>
    </message>
    <message>
        <source>Edit pain entry</source>
        <translation>Modifier l’entrée de douleur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;Côté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pain (0-10):</source>
        <translation>&amp;Douleur (0-10)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
</context>
<context>
    <name>patella::PainMileageChart</name>
    <message>
        <source>distance that week (%1)</source>
        <translation>distance de la semaine (%1)</translation>
    </message>
    <message>
        <source>mean pain that week (0-10)</source>
        <translation>douleur moyenne de la semaine (0-10)</translation>
    </message>
    <message>
        <source>Last four weeks</source>
        <translation>Quatre dernières semaines</translation>
    </message>
    <message>
        <source>Earlier weeks</source>
        <translation>Semaines précédentes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, mean pain %3 (%n report(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2, douleur moyenne %3 (%n relevé)</numerusform>
            <numerusform>%1&#xa0;: %2, douleur moyenne %3 (%n relevés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>patella::PainQuickLog</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>patella::PainScale</name>
    <message>
        <source>Pain %1 out of 10</source>
        <translation>Douleur %1 sur 10</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst you can imagine</source>
        <translation>0 = aucune douleur, 10 = la pire imaginable</translation>
    </message>
    <message>
        <source>%1: %2, if %3</source>
        <translation>%1&#xa0;: %2, si %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>patella::ProgrammeMenu</name>
    <message>
        <source>&amp;Routine…</source>
        <translation>&amp;Routine…</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Patella programme (*.json);;All files (*)</source>
        <translation>Programme Patella (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This programme cannot be imported, and nothing was changed.

%1</source>
        <translation>Ce programme ne peut pas être importé ; rien n’a été modifié.

%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Bilan le %1</translation>
    </message>
    <message>
        <source>New routines:</source>
        <translation>Nouvelles routines :</translation>
    </message>
    <message>
        <source>Routines replaced:</source>
        <translation>Routines remplacées :</translation>
    </message>
    <message>
        <source>New exercises:</source>
        <translation>Nouveaux exercices :</translation>
    </message>
    <message>
        <source>Exercises replaced:</source>
        <translation>Exercices remplacés :</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>Importer %1 ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The programme could not be imported, and nothing was changed.

%1</source>
        <translation>Le programme n’a pas pu être importé ; rien n’a été modifié.

%1</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (la vôtre)</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exporter une routine</translation>
    </message>
    <message>
        <source>Routine to export:</source>
        <translation>Routine à exporter :</translation>
    </message>
    <message>
        <source>Patella programme (*.json)</source>
        <translation>Programme Patella (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Pro&amp;gramme…</source>
        <translation>P&amp;rogramme…</translation>
    </message>
</context>
<context>
    <name>patella::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Distance and load</source>
        <translation>Distance et charge</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Souplesse</translation>
    </message>
    <message>
        <source>Pain and distance</source>
        <translation>Douleur et distance</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>du %1 au %2, %3</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is logged yet. Each chart fills in as you log pain, runs, sessions and flexibility checks; its tab says what it needs.</source>
        <translation>Rien n’est encore noté. Chaque graphique se remplit à mesure que vous notez douleurs, sorties, séances et tests de souplesse&#xa0;; son onglet indique ce qu’il lui faut.</translation>
    </message>
    <message>
        <source>Nothing in this range. Choose a longer range to see earlier entries.</source>
        <translation>Rien sur cette période. Choisissez une période plus longue pour voir les entrées antérieures.</translation>
    </message>
    <message>
        <source>No pain reports yet. Rate your knee (0-10) in the journal: during or after a run, on stairs, at rest. Each report becomes a dot here, and a line shows the 7-day mean.</source>
        <translation>Aucune douleur notée pour l’instant. Évaluez votre genou (0-10) dans le journal&#xa0;: pendant ou après une sortie, dans les escaliers, au repos. Chaque note devient un point ici, et une courbe montre la moyenne sur 7 jours.</translation>
    </message>
    <message>
        <source>No sessions done yet. Finish a guided stretching or strength session and every day you do one is marked here.</source>
        <translation>Aucune séance faite pour l’instant. Terminez une séance guidée d’étirements ou de renforcement, et chaque jour où vous en faites une sera marqué ici.</translation>
    </message>
    <message>
        <source>No flexibility checks yet. Do the weekly self-tests (knee-to-wall, sit and reach and the others) on both legs and log them: left and right show as two lines per test.</source>
        <translation>Aucun test de souplesse pour l’instant. Faites les autotests hebdomadaires (genou-mur, flexion avant assis et les autres) sur les deux jambes et notez-les&#xa0;: gauche et droite apparaissent en deux courbes par test.</translation>
    </message>
    <message>
        <source>This chart needs both runs and pain reports: log them for a few weeks and each week becomes a dot, its distance against its mean pain.</source>
        <translation>Ce graphique a besoin à la fois de sorties et de notes de douleur&#xa0;: notez-les pendant quelques semaines et chaque semaine devient un point, sa distance face à sa douleur moyenne.</translation>
    </message>
    <message>
        <source>Function score</source>
        <translation>Score fonctionnel</translation>
    </message>
    <message>
        <source>No function score yet. The weekly check-in asks you to name 3 to 5 activities the knee makes hard and rate each from 0 to 10; every round becomes a point here, with the average as a bold line.</source>
        <translation>Pas encore de score fonctionnel. Le bilan hebdomadaire vous demande de nommer 3 à 5 activités que le genou rend difficiles et de noter chacune de 0 à 10&#xa0;; chaque série devient ici un point, et la moyenne une ligne en gras.</translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation>Rapport pour votre kinésithérapeute…</translation>
    </message>
    <message>
        <source>Two pages for your physiotherapist: preview, save as PDF or print.</source>
        <translation>Deux pages pour votre kinésithérapeute : aperçu, enregistrement en PDF ou impression.</translation>
    </message>
    <message>
        <source>No runs yet. Log your runs (or a week&apos;s total distance) in the journal to see each week beside the guide&apos;s 10% guideline and single runs against your longest of the last 30 days.</source>
        <translation>Pas encore de sorties. Enregistrez vos sorties (ou la distance totale d&apos;une semaine) dans le journal pour voir chaque semaine à côté de la règle indicative des 10 % du guide, et chaque sortie face à votre plus longue des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Step rate</source>
        <translation>Cadence</translation>
    </message>
    <message numerus="yes">
        <source>No run in this range has a step rate: %n run(s), typed by hand or from a file without one. Runs imported from a watch or phone app usually carry one.</source>
        <translation>
            <numerusform>Aucune course de cette période n’a de cadence&#xa0;: %n course, saisie à la main ou d’un fichier qui n’en a pas. Les courses importées d’une montre ou d’une appli de téléphone en ont généralement une.</numerusform>
            <numerusform>Aucune course de cette période n’a de cadence&#xa0;: %n courses, saisies à la main ou d’un fichier qui n’en a pas. Les courses importées d’une montre ou d’une appli de téléphone en ont généralement une.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step rate yet. Runs imported from a watch or phone app (File &gt; Import &gt; Runs from a watch or app) carry their average steps per minute; each becomes a dot here, against your own usual rate.</source>
        <translation>Pas encore de cadence. Les courses importées d’une montre ou d’une appli de téléphone (Fichier &gt; Importer &gt; Courses d’une montre ou d’une appli) apportent leur nombre moyen de pas par minute&#xa0;; chacune devient ici un point, face à votre propre cadence habituelle.</translation>
    </message>
</context>
<context>
    <name>patella::RecordDialog</name>
    <message>
        <source>The journal did not accept this: %1 %2</source>
        <translation>Le journal ne l’a pas accepté&#xa0;: %1 %2</translation>
    </message>
</context>
<context>
    <name>patella::RecordTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation>Rien de noté sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::Reminders</name>
    <message>
        <source>Time to stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
    <message>
        <source>A few calm minutes for your knee: today&apos;s plan is waiting in Patella.</source>
        <translation>Quelques minutes au calme pour votre genou&#xa0;: le programme du jour vous attend dans Patella.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <source>Note this week&apos;s pain, flexibility and mileage: it takes about three minutes.</source>
        <translation>Notez la douleur, la souplesse et la distance de la semaine&#xa0;: cela prend environ trois minutes.</translation>
    </message>
</context>
<context>
    <name>patella::ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Rapport pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Two pages with the numbers a physiotherapist asks about: pain, function, doses, running, sessions, flexibility, alerts and your notes. Preview it, then save it as a PDF or print it.</source>
        <translation>Deux pages avec les chiffres que demande un kinésithérapeute : douleur, fonction, doses, course, séances, souplesse, alertes et vos notes. Affichez l’aperçu, puis enregistrez-le en PDF ou imprimez-le.</translation>
    </message>
    <message>
        <source>Since the programme started</source>
        <translation>Depuis le début du programme</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>%1 dernières semaines</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nom sur le rapport :</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>The report could not be made from the journal: %1</source>
        <translation>Le rapport n’a pas pu être établi à partir du journal : %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>there is no report to save</source>
        <translation>il n’y a pas de rapport à enregistrer</translation>
    </message>
    <message>
        <source>patella-report-%1.pdf</source>
        <translation>patella-rapport-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n’a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>patella::RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nouvelle routine…</translation>
    </message>
    <message>
        <source>New &amp;exercise…</source>
        <translation>Nouvel &amp;exercice…</translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation>%1 n’a pas été supprimé. %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>patella::RoutineDraft</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Use in my plan</source>
        <translation>Utiliser dans mon plan</translation>
    </message>
    <message>
        <source>Exercise %1 (%2)</source>
        <translation>Exercice %1 (%2)</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>tenue (secondes)</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>séries</translation>
    </message>
    <message>
        <source>rest between sets (seconds)</source>
        <translation>repos entre les séries (secondes)</translation>
    </message>
    <message>
        <source>rest before the next exercise (seconds)</source>
        <translation>repos avant l’exercice suivant (secondes)</translation>
    </message>
    <message>
        <source>get ready (seconds)</source>
        <translation>préparation (secondes)</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>côtés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>patella::RoutineEditor</name>
    <message>
        <source>the programme&apos;s dose (%1)</source>
        <translation>la dose du programme (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Modifier la routine</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Dupliquer et modifier</translation>
    </message>
    <message>
        <source>A long routine</source>
        <translation>Une longue routine</translation>
    </message>
    <message>
        <source>This routine takes about %1 minutes. Save it anyway?</source>
        <translation>Cette routine dure environ %1 minutes. L’enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What it is for, in a line (optional)</source>
        <translation>À quoi elle sert, en une ligne (facultatif)</translation>
    </message>
    <message>
        <source>Use in my plan</source>
        <translation>Utiliser dans mon plan</translation>
    </message>
    <message>
        <source>Only when I start it</source>
        <translation>Seulement quand je la lance</translation>
    </message>
    <message>
        <source>Offered beside</source>
        <translation>Proposée à côté de</translation>
    </message>
    <message>
        <source>Offered instead of</source>
        <translation>Proposée à la place de</translation>
    </message>
    <message>
        <source>The built-in routine it goes with</source>
        <translation>La routine intégrée à laquelle elle se rattache</translation>
    </message>
    <message>
        <source>(no built-in routine)</source>
        <translation>(aucune routine intégrée)</translation>
    </message>
    <message>
        <source>Use in my p&amp;lan:</source>
        <translation>Dans mon p&amp;lan :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Exercices à ajouter</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Chercher des exercices</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Show one kind of exercise</source>
        <translation>Afficher un type d’exercice</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 (your exercise)</source>
        <translation>%1 (votre exercice)</translation>
    </message>
    <message>
        <source>&amp;Add ›</source>
        <translation>&amp;Ajouter ›</translation>
    </message>
    <message>
        <source>Adds the exercise after the selected one (Enter in the list does the same)</source>
        <translation>Ajoute l’exercice après celui sélectionné (Entrée dans la liste fait de même)</translation>
    </message>
    <message>
        <source>In this routine, in order</source>
        <translation>Dans cette routine, dans l’ordre</translation>
    </message>
    <message>
        <source>Exercises in this routine, in order</source>
        <translation>Exercices de cette routine, dans l’ordre</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>The selected exercise</source>
        <translation>L’exercice sélectionné</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>Cô&amp;tés :</translation>
    </message>
    <message>
        <source>&amp;Fixed dose (otherwise the programme chooses it and steps it up or back)</source>
        <translation>Dose &amp;fixe (sinon le programme la choisit et l’augmente ou la réduit)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Séries :</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Tenue, secondes</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>Ten&amp;ue :</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Répétitions par série</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Repos entre les séries, secondes</translation>
    </message>
    <message>
        <source>Rest &amp;between sets:</source>
        <translation>&amp;Repos entre les séries :</translation>
    </message>
    <message>
        <source>Get ready, seconds</source>
        <translation>Préparation, secondes</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>Préparati&amp;on :</translation>
    </message>
    <message>
        <source>Rest before the next exercise, seconds</source>
        <translation>Repos avant l’exercice suivant, secondes</translation>
    </message>
    <message>
        <source>Rest before the ne&amp;xt:</source>
        <translation>Repos avant le sui&amp;vant :</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Add exercises from the list on the left.</source>
        <translation>Ajoutez des exercices depuis la liste de gauche.</translation>
    </message>
    <message>
        <source>Select an exercise of the routine.</source>
        <translation>Sélectionnez un exercice de la routine.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Pas encore d’exercices</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Repe&amp;titions:</source>
        <translation>Ré&amp;pétitions :</translation>
    </message>
    <message>
        <source>B&amp;oth parts: %1</source>
        <translation>Les deu&amp;x parties : %1</translation>
    </message>
    <message>
        <source>Show exercises for one muscle group</source>
        <translation>Afficher les exercices d’un groupe musculaire</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Tous les groupes musculaires</translation>
    </message>
</context>
<context>
    <name>patella::RoutineList</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Pick a routine. During a session: Space pauses, the arrow keys skip and go back, + adds 10 seconds, Esc stops. F11 fills the screen.</source>
        <translation>Choisissez un programme. Pendant une séance&#xa0;: Espace met en pause, les flèches avancent et reculent, + ajoute 10 secondes, Échap arrête. F11 passe en plein écran.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Votre routine</translation>
    </message>
    <message>
        <source>From your programme</source>
        <translation>De votre programme</translation>
    </message>
</context>
<context>
    <name>patella::RunDialog</name>
    <message>
        <source>Log a run</source>
        <translation>Noter une sortie</translation>
    </message>
    <message>
        <source>Edit run</source>
        <translation>Modifier la sortie</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>Heure de dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance (%1):</source>
        <translation>Dis&amp;tance (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>h:mm:ss, e.g. 0:32:15</source>
        <translation>h:mm:ss, p. ex. 0:32:15</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: 1 = very easy, 10 = all-out</source>
        <translation>Facultatif&#xa0;: 1 = très facile, 10 = à fond</translation>
    </message>
    <message>
        <source>&amp;Effort (1-10):</source>
        <translation>&amp;Effort (1-10)&#xa0;:</translation>
    </message>
    <message>
        <source>No shoe given</source>
        <translation>Aucune paire indiquée</translation>
    </message>
    <message>
        <source>S&amp;hoe:</source>
        <translation>C&amp;haussures&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, 0-10</source>
        <translation>Facultatif, 0-10</translation>
    </message>
    <message>
        <source>&amp;Pain during:</source>
        <translation>Douleur &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Douleur &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Douleur pendant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
</context>
<context>
    <name>patella::RunModel</name>
    <message>
        <source>%1 /%2</source>
        <translation>%1 /%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Allure</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Douleur pendant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importée depuis %1</translation>
    </message>
    <message>
        <source>%1 spm</source>
        <extracomment>average steps per minute</extracomment>
        <translation>%1 pas/min</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Temps en mouvement</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>patella::SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Noter une séance</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>Heure de dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>h:mm:ss or minutes, e.g. 12</source>
        <translation>h:mm:ss ou minutes, p. ex. 12</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Durée &amp;totale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Routine is needed.</source>
        <translation>Une routine est requise.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Length must be under 12 hours.</source>
        <translation>La durée doit être inférieure à 12 heures.</translation>
    </message>
</context>
<context>
    <name>patella::SessionHeatMap</name>
    <message>
        <source>%1: no session</source>
        <translation>%1&#xa0;: aucune séance</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune séance</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 ou plus</translation>
    </message>
    <message>
        <source>(outlined: today)</source>
        <translation>(encadré&#xa0;: aujourd’hui)</translation>
    </message>
</context>
<context>
    <name>patella::SessionIllustration</name>
    <message>
        <source>Illustration, mirrored for the right side</source>
        <translation>Illustration, inversée pour le côté droit</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
</context>
<context>
    <name>patella::SessionModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercices faits</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Douleur maximale</translation>
    </message>
</context>
<context>
    <name>patella::SessionPage</name>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation>Cette séance ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session done.</source>
        <translation>Séance terminée.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>La séance n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>Enregistré dans votre journal.</translation>
    </message>
    <message>
        <source>Save the session first, then the knee score.</source>
        <translation>Enregistrez d’abord la séance, puis la note du genou.</translation>
    </message>
    <message>
        <source>The knee score could not be saved: %1</source>
        <translation>La note du genou n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>patella::SessionPlayer</name>
    <message>
        <source>The session has already started.</source>
        <translation>La séance a déjà commencé.</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Le dernier</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Ensuite&#xa0;: série %1 sur %2</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>Ensuite&#xa0;: côté gauche</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>Ensuite&#xa0;: côté droit</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %n rep(s)</source>
        <translation>
            <numerusform>Ensuite : %n répétition</numerusform>
            <numerusform>Ensuite : %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: the hold</source>
        <translation>Ensuite : le maintien</translation>
    </message>
</context>
<context>
    <name>patella::SessionRunView</name>
    <message>
        <source>LEFT leg</source>
        <translation>Jambe GAUCHE</translation>
    </message>
    <message>
        <source>RIGHT leg</source>
        <translation>Jambe DROITE</translation>
    </message>
    <message>
        <source>Tap a number, or press 0-9 (T for 10). The right arrow skips the question.</source>
        <translation>Touchez un chiffre, ou tapez 0 à 9 (T pour 10). La flèche droite passe la question.</translation>
    </message>
    <message>
        <source>Stop here? What you did so far is saved.</source>
        <translation>Arrêter ici&#xa0;? Ce que vous avez fait jusqu’ici est enregistré.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>touche %1</translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation>Passer à l’exercice suivant</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Mettre fin à la séance</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Exercice %1 sur %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Série %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>How did the knee feel during %1?</source>
        <translation>Comment était le genou pendant %1&#xa0;?</translation>
    </message>
    <message>
        <source>How did the knee feel on the %1?</source>
        <translation>Comment était le genou du %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s), about %1 s each</source>
        <translation>
            <numerusform>%n répétition, environ %1 s chacune</numerusform>
            <numerusform>%n répétitions, environ %1 s chacune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Repos.</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Ensuite&#xa0;: série %1 sur %2</translation>
    </message>
    <message>
        <source>Paused while you decide.</source>
        <translation>En pause le temps de décider.</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to go on.</source>
        <translation>En pause. Appuyez sur Espace ou Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>← key</source>
        <translation>touche ←</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>+ key</source>
        <translation>touche +</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>→ key</source>
        <translation>touche →</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Arrêter et enregistrer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>It was sharp, stabbing or catching (key S)</source>
        <translation>Elle était vive, lancinante ou accrochante (touche S)</translation>
    </message>
    <message>
        <source>That kind of pain stops the exercise, whatever its score.</source>
        <translation>Ce type de douleur arrête l&apos;exercice, quelle que soit sa note.</translation>
    </message>
    <message>
        <source>Sharp, stabbing or catching pain stops an exercise whatever its score.</source>
        <translation>Une douleur vive, lancinante ou accrochante arrête un exercice, quelle que soit sa note.</translation>
    </message>
    <message>
        <source>Pain of %1 is too much for an exercise.</source>
        <translation>Une douleur de %1 est trop forte pour un exercice.</translation>
    </message>
    <message>
        <source>This exercise is done for today, and its dose steps back next time. Go on to the next one, or end the session.</source>
        <translation>Cet exercice est terminé pour aujourd&apos;hui, et sa dose recule la prochaine fois. Passez au suivant ou terminez la séance.</translation>
    </message>
    <message>
        <source>That was the last exercise, so the session is done; this exercise&apos;s dose steps back next time.</source>
        <translation>C&apos;était le dernier exercice, la séance est donc terminée ; la dose de cet exercice recule la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>patella::SessionSummary</name>
    <message>
        <source>How is your knee now?</source>
        <translation>Comment va votre genou maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Réessayer d’enregistrer</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Well done: %1 is finished</source>
        <translation>Bravo&#xa0;: %1 est terminé</translation>
    </message>
    <message>
        <source>%1 stopped early</source>
        <translation>%1 arrêté avant la fin</translation>
    </message>
    <message>
        <source>%1 ended for the knee&apos;s sake</source>
        <translation>%1 arrêté pour ménager le genou</translation>
    </message>
    <message>
        <source>Time: %1     Done: %2 of %3     Skipped: %4</source>
        <translation>Durée&#xa0;: %1     Faits&#xa0;: %2 sur %3     Sautés&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>No pain reports.</source>
        <translation>Aucune douleur notée.</translation>
    </message>
    <message>
        <source>Pain reports:
%1</source>
        <translation>Douleurs notées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Tap a number, or press 0-9 (T for 10).</source>
        <translation>Touchez un chiffre, ou tapez 0 à 9 (T pour 10).</translation>
    </message>
    <message>
        <source>Saved: %1. You can change it while this page is open.</source>
        <translation>Enregistré&#xa0;: %1. Vous pouvez le modifier tant que cette page est ouverte.</translation>
    </message>
    <message>
        <source>Pain stopped a second exercise in this session. Rest the knee today, and ask a physiotherapist to look at it before your next session.</source>
        <translation>La douleur a arrêté un deuxième exercice pendant cette séance. Reposez le genou aujourd&apos;hui et faites-le examiner par un kinésithérapeute avant votre prochaine séance.</translation>
    </message>
</context>
<context>
    <name>patella::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Miles</translation>
    </message>
    <message>
        <source>Distances in</source>
        <translation>Distances en</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Patella changes language the next time it starts.</source>
        <translation>Patella change de langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Recovery programme</source>
        <translation>Programme de récupération</translation>
    </message>
    <message>
        <source>Programme started on</source>
        <translation>Programme commencé le</translation>
    </message>
    <message>
        <source>Weeks one and two are gentle stretching twice a day; light strength work is added from week three.</source>
        <translation>Les semaines un et deux sont faites d’étirements doux deux fois par jour&#xa0;; le renforcement léger s’ajoute à partir de la troisième semaine.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Jour du bilan hebdomadaire</translation>
    </message>
    <message>
        <source>Session cues</source>
        <translation>Consignes de séance</translation>
    </message>
    <message>
        <source>Tones for the countdown and each new phase</source>
        <translation>Sons pour le compte à rebours et chaque nouvelle phase</translation>
    </message>
    <message>
        <source>Play a tone</source>
        <translation>Jouer un son</translation>
    </message>
    <message>
        <source>Tone volume</source>
        <translation>Volume des sons</translation>
    </message>
    <message>
        <source>Spoken cues (&quot;switch sides&quot;, &quot;rest&quot;, the next exercise)</source>
        <translation>Consignes parlées («&#xa0;changez de côté&#xa0;», «&#xa0;repos&#xa0;», l’exercice suivant)</translation>
    </message>
    <message>
        <source>Say something</source>
        <translation>Dire quelque chose</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volume de la voix</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Shown in the system tray while Patella is running, and not on days the work is already done.</source>
        <translation>Affichés dans la zone de notification tant que Patella est ouvert, et pas les jours où tout est déjà fait.</translation>
    </message>
    <message>
        <source>Remind me to stretch at</source>
        <translation>Me rappeler de m’étirer à</translation>
    </message>
    <message>
        <source>Remind me of the weekly check-in at</source>
        <translation>Me rappeler le bilan hebdomadaire à</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Back up the journal once a day</source>
        <translation>Sauvegarder le journal une fois par jour</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>The journal and its backups are readable only by your user account. Patella makes no network connections.</source>
        <translation>Le journal et ses sauvegardes ne sont lisibles que par votre compte utilisateur. Patella n’établit aucune connexion réseau.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep one a day for</source>
        <translation>En garder une par jour pendant</translation>
    </message>
    <message>
        <source>Also kept: one a week for 8 weeks, one a month for a year, and every backup made with Back up now, before an update or before a restore.</source>
        <translation>Conservées aussi&#xa0;: une par semaine pendant 8 semaines, une par mois pendant un an, et chaque sauvegarde faite avec Sauvegarder maintenant, avant une mise à jour ou avant une restauration.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the journal? Entries logged since then are not in it. The journal as it is now is kept as a pre-restore backup, so restoring that one undoes this.</source>
        <translation>Mettre la sauvegarde faite le %1 à la place du journal&#xa0;? Les entrées notées depuis n’y figurent pas. Le journal tel qu’il est maintenant est conservé comme sauvegarde d’avant restauration&#xa0;: la restaurer annule cette opération.</translation>
    </message>
    <message>
        <source>%1 pain, %2 runs, %3 sessions, %4 checks</source>
        <translation>%1 douleurs, %2 sorties, %3 séances, %4 tests</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Every check-in</source>
        <translation>À chaque bilan</translation>
    </message>
    <message>
        <source>Every second week</source>
        <translation>Une semaine sur deux</translation>
    </message>
    <message>
        <source>How often the check-in asks you to rate the activities the knee makes hard (the Patient-Specific Functional Scale).</source>
        <translation>À quelle fréquence le bilan vous demande de noter les activités que le genou rend difficiles (échelle fonctionnelle spécifique au patient).</translation>
    </message>
    <message>
        <source>Function score</source>
        <translation>Score fonctionnel</translation>
    </message>
    <message>
        <source>Import from a folder</source>
        <translation>Importer depuis un dossier</translation>
    </message>
    <message>
        <source>Import new runs from these folders</source>
        <translation>Importer les nouvelles courses de ces dossiers</translation>
    </message>
    <message>
        <source>Folders to import runs from</source>
        <translation>Dossiers d&apos;où importer les courses</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Import runs from a folder</source>
        <translation>Importer des courses depuis un dossier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Imported runs count on this shoe&apos;s distance; the preview can change it run by run.</source>
        <translation>Les courses importées comptent dans la distance de cette chaussure ; l&apos;aperçu permet de la changer course par course.</translation>
    </message>
    <message>
        <source>Shoe for imported runs</source>
        <translation>Chaussure des courses importées</translation>
    </message>
    <message>
        <source>The shoe in use that day, if only one was</source>
        <translation>La chaussure utilisée ce jour-là, s&apos;il n&apos;y en a qu&apos;une</translation>
    </message>
    <message>
        <source>Patella looks in these folders and their subfolders when it starts and while it runs: your watch&apos;s GARMIN/Activity folder when it is plugged in, or a folder a phone app syncs to. New runs (GPX, TCX, FIT) go into the journal with your default shoe and you are told; a run that may be one you typed by hand waits for your choice. Other sports are left out.</source>
        <translation>Patella regarde dans ces dossiers et leurs sous-dossiers au démarrage et pendant qu&apos;il tourne : le dossier GARMIN/Activity de votre montre quand elle est branchée, ou un dossier qu&apos;une application de téléphone synchronise. Les nouvelles courses (GPX, TCX, FIT) entrent dans le journal avec votre chaussure par défaut et vous en êtes averti ; une course que vous avez peut-être saisie à la main attend votre choix. Les autres sports sont laissés de côté.</translation>
    </message>
</context>
<context>
    <name>patella::ShoeDialog</name>
    <message>
        <source>Add a shoe</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <source>Edit shoe</source>
        <translation>Modifier la paire</translation>
    </message>
    <message>
        <source>e.g. Blue trail shoes</source>
        <translation>p. ex. Chaussures de trail bleues</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First run in them:</source>
        <translation>&amp;Première sortie avec&#xa0;:</translation>
    </message>
    <message>
        <source>Distance &amp;limit (%1):</source>
        <translation>&amp;Limite de distance (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>The usual advice is a new pair after %1 to %2, but the evidence for any figure is thin. Choose your own; near it Patella asks you to look at the midsole.</source>
        <translation>On conseille souvent une nouvelle paire après %1 à %2, mais aucun chiffre n’est solidement étayé. Choisissez le vôtre&#xa0;; à l’approche, Patella vous invite à regarder la semelle intermédiaire.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>&amp;Retired:</source>
        <translation>&amp;Retirée&#xa0;:</translation>
    </message>
    <message>
        <source>Retired &amp;on:</source>
        <translation>Retirée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Name is needed, so you can tell your shoes apart.</source>
        <translation>Un nom est requis, pour distinguer vos chaussures.</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Première sortie</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Limit must be below %1.</source>
        <translation>La limite doit être inférieure à %1.</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Retired on cannot be before the first run.</source>
        <translation>La date de retrait ne peut pas précéder la première sortie.</translation>
    </message>
</context>
<context>
    <name>patella::ShoeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Retirée le %1</translation>
    </message>
    <message>
        <source>Check the midsole</source>
        <translation>Vérifier la semelle</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Première sortie</translation>
    </message>
    <message>
        <source>Distance so far / limit</source>
        <translation>Distance parcourue / limite</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Parcouru</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>patella::TcxParser</name>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>this is not a TCX file: it starts with &lt;%1&gt; instead of &lt;TrainingCenterDatabase&gt;.</source>
        <translation>ce n’est pas un fichier TCX&#xa0;: il commence par &lt;%1&gt; au lieu de &lt;TrainingCenterDatabase&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned course(s), not recorded activities.</source>
        <translation>
            <numerusform>%n parcours prévu, pas une activité enregistrée.</numerusform>
            <numerusform>%n parcours prévus, pas des activités enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) without any time, not imported.</source>
        <translation>
            <numerusform>%n activité sans aucune heure, non importée.</numerusform>
            <numerusform>%n activités sans aucune heure, non importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Welcome to Patella. Start with today&apos;s daily knee mobility: about ten calm minutes of stretching. Log how your knee feels on stairs, when sitting long or when running, a few times a week, so the charts can show the trend. If your recovery started before today, set its start date in Settings so the programme is in the right week.</source>
        <translation>Bienvenue dans Patella. Commencez par la mobilité du genou du jour&#xa0;: une dizaine de minutes d’étirements au calme. Notez quelques fois par semaine ce que ressent votre genou dans les escaliers, en position assise prolongée ou en courant, pour que les graphiques montrent la tendance. Si votre récupération a commencé avant aujourd’hui, indiquez sa date de début dans les Paramètres pour que le programme soit à la bonne semaine.</translation>
    </message>
    <message>
        <source>Your plan for today</source>
        <translation>Votre programme du jour</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Ce matin</translation>
    </message>
    <message>
        <source>How is your knee?</source>
        <translation>Comment va votre genou&#xa0;?</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Habit of the day</source>
        <translation>Habitude du jour</translation>
    </message>
    <message>
        <source>%1 · week %2 of your programme · %3</source>
        <translation>%1 · semaine %2 de votre programme · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · environ %n min</numerusform>
            <numerusform>%1 · environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Fait ✓</translation>
    </message>
    <message>
        <source>Start (optional)</source>
        <translation>Démarrer (facultatif)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Nothing planned today: a rest day. Rest is part of training.</source>
        <translation>Rien de prévu aujourd’hui&#xa0;: jour de repos. Le repos fait partie de l’entraînement.</translation>
    </message>
    <message>
        <source>It is check-in day: note this week&apos;s pain, flexibility and mileage.</source>
        <translation>C’est le jour du bilan&#xa0;: notez la douleur, la souplesse et la distance de la semaine.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>No alerts: mileage, pain and shoes all look steady.</source>
        <translation>Aucune alerte&#xa0;: distance, douleur et chaussures, tout est stable.</translation>
    </message>
    <message>
        <source>Thanks: the knee is no worse than yesterday morning.</source>
        <translation>Merci&#xa0;: le genou ne va pas moins bien qu’hier matin.</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Moins bien</translation>
    </message>
    <message>
        <source>Same or better</source>
        <translation>Pareil ou mieux</translation>
    </message>
    <message>
        <source>Saved: %1 (%2) at %3.</source>
        <translation>Enregistré&#xa0;: %1 (%2) à %3.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The journal is in use by another program; waiting to save…</source>
        <translation>Le journal est utilisé par un autre programme&#xa0;; enregistrement en attente…</translation>
    </message>
    <message>
        <source>Has it settled?</source>
        <translation>La douleur est-elle retombée ?</translation>
    </message>
    <message>
        <source>Nothing to watch yet. Alerts appear here once you log runs and pain: mileage rising too fast, pain that jumps or will not settle, shoes near their limit.</source>
        <translation>Rien à surveiller pour l&apos;instant. Les alertes apparaissent ici dès que vous enregistrez sorties et douleurs : kilométrage qui grimpe trop vite, douleur qui bondit ou ne retombe pas, chaussures proches de leur limite.</translation>
    </message>
    <message>
        <source>yesterday&apos;s training</source>
        <translation>l&apos;entraînement d&apos;hier</translation>
    </message>
    <message>
        <source>yesterday&apos;s %1 at %2</source>
        <translation>la séance d&apos;hier, %1 à %2</translation>
    </message>
    <message>
        <source>yesterday&apos;s %1 run</source>
        <translation>la sortie d&apos;hier de %1</translation>
    </message>
    <message>
        <source>You said the knee is worse than yesterday morning: yesterday&apos;s training was more than it could take, so the doses step back. %1 such mornings in %2 days are a reason to see a physiotherapist.</source>
        <translation>Vous avez indiqué que le genou va moins bien qu&apos;hier matin : l&apos;entraînement d&apos;hier était de trop, les doses reculent donc. %1 matins de ce genre en %2 jours sont une raison de consulter un kinésithérapeute.</translation>
    </message>
    <message>
        <source>After %1, is your knee worse than it was yesterday morning?</source>
        <translation>Après %1, votre genou va-t-il moins bien qu&apos;hier matin ?</translation>
    </message>
    <message>
        <source>You said the pain had not settled: that session was more than the knee could take today, so its doses step back next time. If pain stays up for the rest of the day or keeps coming back, see a physiotherapist.</source>
        <translation>Vous avez indiqué que la douleur n&apos;était pas retombée : cette séance était de trop pour le genou aujourd&apos;hui, ses doses reculent donc la prochaine fois. Si la douleur reste élevée le reste de la journée ou revient sans cesse, consultez un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Your %1 at %2 ended with pain of %3, in the acceptable band. It stays acceptable only if %4. Has it settled back to your usual level?</source>
        <translation>Votre séance %1 de %2 s&apos;est terminée avec une douleur de %3, dans la zone acceptable. Elle ne reste acceptable que si %4. Est-elle revenue à votre niveau habituel ?</translation>
    </message>
    <message>
        <source>Yes, it has settled</source>
        <translation>Oui, elle est retombée</translation>
    </message>
    <message>
        <source>No, it still hurts more</source>
        <translation>Non, elle reste plus forte</translation>
    </message>
</context>
<context>
    <name>patella::TrayIcon</name>
    <message>
        <source>&amp;Open Patella</source>
        <translation>&amp;Ouvrir Patella</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
</context>
<context>
    <name>patella::WeeklyTotalDialog</name>
    <message>
        <source>Log a week&apos;s total</source>
        <translation>Noter le total d’une semaine</translation>
    </message>
    <message>
        <source>Edit week&apos;s total</source>
        <translation>Modifier le total de la semaine</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Semaine du&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance (%1):</source>
        <translation>Dis&amp;tance (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Nombre de sorties&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2</source>
        <translation>Du lundi %1 au dimanche %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Nombre de sorties</translation>
    </message>
</context>
<context>
    <name>patella::WeeklyTotalModel</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>patella::cli::CsvCommands</name>
    <message>
        <source>There is no journal at %1 to export.</source>
        <translation>Il n’y a pas de journal à exporter dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1&#xa0;: %n ligne</numerusform>
            <numerusform>  %1&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1:</source>
        <translation>
            <numerusform>%n entrée exportée dans %1&#xa0;:</numerusform>
            <numerusform>%n entrées exportées dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  README.txt names every column.</source>
        <translation>  README.txt nomme chaque colonne.</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import the folder again.</source>
        <translation>Rien n’a été importé&#xa0;: corrigez le fichier et importez de nouveau le dossier.</translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 already in the journal</source>
        <translation>  %1&#xa0;: %2 ajoutées, %3 déjà dans le journal</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1 into %2:</source>
        <translation>
            <numerusform>%n entrée importée de %1 dans %2&#xa0;:</numerusform>
            <numerusform>%n entrées importées de %1 dans %2&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: not a Patella CSV file, ignored</source>
        <translation>  %1&#xa0;: pas un fichier CSV de Patella, ignoré</translation>
    </message>
</context>
<context>
    <name>patella::cli::ProgrammeCommand</name>
    <message>
        <source>%1: there is no readable file of that name.</source>
        <translation>%1 : il n’y a pas de fichier lisible de ce nom.</translation>
    </message>
    <message>
        <source>Refused, nothing was imported: %1</source>
        <translation>Refusé, rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>Programme by %1.</source>
        <translation>Programme de %1.</translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation>Bilan le %1.</translation>
    </message>
    <message>
        <source>New routines (%1):</source>
        <translation>Nouvelles routines (%1) :</translation>
    </message>
    <message>
        <source>Routines replaced (%1):</source>
        <translation>Routines remplacées (%1) :</translation>
    </message>
    <message>
        <source>New exercises (%1):</source>
        <translation>Nouveaux exercices (%1) :</translation>
    </message>
    <message>
        <source>Exercises replaced (%1):</source>
        <translation>Exercices remplacés (%1) :</translation>
    </message>
</context>
<context>
    <name>patella::cli::ReportCommand</name>
    <message>
        <source>The demo journal could not be made in %1.</source>
        <translation>Le journal de démonstration n’a pas pu être créé dans %1.</translation>
    </message>
    <message>
        <source>There is no journal at %1 to report on.</source>
        <translation>Il n’y a pas de journal à %1 sur lequel établir un rapport.</translation>
    </message>
    <message>
        <source>The exercise catalog is damaged: %1</source>
        <translation>Le catalogue d’exercices est endommagé : %1</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n’a pas pu être établi : %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the physiotherapist&apos;s report for %2 to %3, %n page(s) (%4).</source>
        <translation>
            <numerusform>%1 écrit : le rapport pour le kinésithérapeute du %2 au %3, %n page (%4).</numerusform>
            <numerusform>%1 écrit : le rapport pour le kinésithérapeute du %2 au %3, %n pages (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::exchange</name>
    <message>
        <source>My exercises and routines</source>
        <translation>Mes exercices et routines</translation>
    </message>
</context>
<context>
    <name>patella::exerciseimage</name>
    <message>
        <source>not a drawing an SVG viewer can show</source>
        <translation>pas un dessin qu’un lecteur SVG sait afficher</translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation>l’image est endommagée</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is larger than 5 MB: choose a smaller picture</source>
        <translation>dépasse 5 Mo : choisissez une image plus petite</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG picture</source>
        <translation>n’est pas une image PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>cannot be shown: %1</source>
        <translation>ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <source>cannot be scaled down</source>
        <translation>ne peut pas être réduit</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Gentle stretching</source>
        <translation>Étirements doux</translation>
    </message>
    <message>
        <source>Stretching and light strength</source>
        <translation>Étirements et renforcement léger</translation>
    </message>
    <message>
        <source>Keeping it up</source>
        <translation>Dans la durée</translation>
    </message>
    <message numerus="yes">
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week: %n day(s) so far.</source>
        <translation>
            <numerusform>Les squats sur une jambe viennent une fois que les montées de marche ont été faites à pleine dose avec une douleur de %1 pendant une semaine : %n jour jusqu&apos;ici.</numerusform>
            <numerusform>Les squats sur une jambe viennent une fois que les montées de marche ont été faites à pleine dose avec une douleur de %1 pendant une semaine : %n jours jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week.</source>
        <translation>Les squats sur une jambe viennent une fois que les montées de marche ont été faites à pleine dose avec une douleur de %1 pendant une semaine.</translation>
    </message>
</context>
<context>
    <name>programmefile</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>is not a field here (allowed: %1)</source>
        <translation>n’est pas un champ ici (autorisés&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>%1 is not a Patella programme (expected %2)</source>
        <translation>%1 n’est pas un programme Patella (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Patella reads version %2)</source>
        <translation>la version %1 n’est pas prise en charge (ce Patella lit la version %2)</translation>
    </message>
    <message>
        <source>%1 is not a date like 2027-01-31</source>
        <translation>%1 n’est pas une date comme 2027-01-31</translation>
    </message>
    <message>
        <source>the programme holds no routine and no exercise</source>
        <translation>le programme ne contient ni routine ni exercice</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 n’est pas un identifiant&#xa0;: utilisez des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>%1 is one of Patella&apos;s own exercises or routines: choose another id</source>
        <translation>%1 est un exercice ou une routine propre à Patella&#xa0;: choisissez un autre identifiant</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identifiant %1 en double</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>type inconnu %1</translation>
    </message>
    <message>
        <source>does not apply to a hold</source>
        <translation>ne s’applique pas à un maintien</translation>
    </message>
    <message>
        <source>does not apply to reps</source>
        <translation>ne s’applique pas aux répétitions</translation>
    </message>
    <message>
        <source>unknown dose type %1: use &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>type de dose inconnu %1&#xa0;: utilisez «&#xa0;hold&#xa0;» ou «&#xa0;reps&#xa0;»</translation>
    </message>
    <message>
        <source>must list two or more parts, or be left out</source>
        <translation>doit lister au moins deux parties, ou être omis</translation>
    </message>
    <message>
        <source>must be an object with &quot;data&quot; (base64) or &quot;file&quot;</source>
        <translation>doit être un objet avec «&#xa0;data&#xa0;» (base64) ou «&#xa0;file&#xa0;»</translation>
    </message>
    <message>
        <source>give either &quot;data&quot; (base64) or &quot;file&quot;, not both or neither</source>
        <translation>indiquez soit «&#xa0;data&#xa0;» (base64), soit «&#xa0;file&#xa0;», pas les deux ni aucun</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>images beside the file cannot be read here: embed them as base64</source>
        <translation>les images à côté du fichier ne peuvent pas être lues ici&#xa0;: intégrez-les en base64</translation>
    </message>
    <message>
        <source>%1 must be a file name in the programme&apos;s folder</source>
        <translation>%1 doit être un nom de fichier du dossier du programme</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB</source>
        <translation>%1 dépasse 5 Mo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the image is larger than 5 MB</source>
        <translation>l’image dépasse 5 Mo</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG image</source>
        <translation>n’est pas une image PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>says %1 but the image is %2</source>
        <translation>indique %1 mais l’image est en %2</translation>
    </message>
    <message>
        <source>the image does not decode: %1</source>
        <translation>l’image ne se décode pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown value %1: use &quot;no&quot;, &quot;beside&quot; or &quot;instead&quot;</source>
        <translation>valeur inconnue %1&#xa0;: utilisez «&#xa0;no&#xa0;», «&#xa0;beside&#xa0;» ou «&#xa0;instead&#xa0;»</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>exercice inconnu %1</translation>
    </message>
    <message>
        <source>unknown value %1: use &quot;left-then-right&quot;, &quot;both&quot;, &quot;left-only&quot; or &quot;right-only&quot;</source>
        <translation>valeur inconnue %1&#xa0;: utilisez «&#xa0;left-then-right&#xa0;», «&#xa0;both&#xa0;», «&#xa0;left-only&#xa0;» ou «&#xa0;right-only&#xa0;»</translation>
    </message>
    <message>
        <source>does not apply to %1, which is a hold</source>
        <translation>ne s’applique pas à %1, qui est un maintien</translation>
    </message>
    <message>
        <source>does not apply to %1, which is counted in reps</source>
        <translation>ne s’applique pas à %1, qui se compte en répétitions</translation>
    </message>
    <message>
        <source>it is not a %1 image</source>
        <translation>ce n’est pas une image %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is larger than 64 MB: not a programme file</source>
        <translation>dépasse 64 Mo&#xa0;: ce n’est pas un fichier de programme</translation>
    </message>
</context>
<context>
    <name>routineuse</name>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>An imported programme</source>
        <translation>Un programme importé</translation>
    </message>
    <message>
        <source>Programme imported %1</source>
        <translation>Programme importé le %1</translation>
    </message>
    <message>
        <source>Programme by %1, imported %2</source>
        <translation>Programme de %1, importé le %2</translation>
    </message>
    <message>
        <source>(review %1)</source>
        <translation>(à revoir le %1)</translation>
    </message>
</context>
</TS>
