<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CatalogReader</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 ist keine ID: Kleinbuchstaben, Ziffern und Bindestriche verwenden</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>doppelte ID %1</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2</source>
        <translation>%1 liegt unter dem Minimum von %2</translation>
    </message>
    <message>
        <source>must be an object with low and high</source>
        <translation>muss ein Objekt mit low und high sein</translation>
    </message>
    <message>
        <source>low (%1) is above high (%2)</source>
        <translation>low (%1) liegt über high (%2)</translation>
    </message>
    <message>
        <source>unknown illustration %1</source>
        <translation>unbekannte Abbildung %1</translation>
    </message>
    <message>
        <source>unknown dose type %1: use &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>unbekannter Dosistyp %1: „hold“ oder „reps“ verwenden</translation>
    </message>
    <message>
        <source>must list two or more parts, or be left out</source>
        <translation>muss zwei oder mehr Teile auflisten oder wegfallen</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>unbekannte Art %1</translation>
    </message>
    <message>
        <source>unknown muscle group %1</source>
        <translation>unbekannte Muskelgruppe %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown best time %1</source>
        <translation>unbekannte beste Zeit %1</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>unbekannte Übung %1</translation>
    </message>
    <message>
        <source>an exercise cannot be its own variant</source>
        <translation>eine Übung kann nicht ihre eigene Variante sein</translation>
    </message>
    <message>
        <source>%1 is above the exercise&apos;s high of %2</source>
        <translation>%1 liegt über dem Höchstwert der Übung von %2</translation>
    </message>
    <message>
        <source>does not apply to %1</source>
        <translation>gilt nicht für %1</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
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
        <translation>%1 Punkte</translation>
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
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the fields are separated by &quot;%1&quot;, not by &quot;%2&quot;</source>
        <translation>die Felder sind durch „%1“ getrennt, nicht durch „%2“</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>die Datei ist leer: Sie hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>this line has %1 fields, the header line has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>a quote inside a field that is not in quotes (a field holding a quote must be quoted, with the quote written twice)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (ein Feld mit Anführungszeichen muss in Anführungszeichen stehen, das Zeichen darin doppelt geschrieben)</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a delimiter or a line break must follow it)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds (ein Trennzeichen oder Zeilenumbruch muss folgen)</translation>
    </message>
    <message>
        <source>a carriage return that is not followed by a line feed</source>
        <translation>ein Wagenrücklauf ohne folgenden Zeilenvorschub</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>a NUL character: this is not a text file</source>
        <translation>ein NUL-Zeichen: Das ist keine Textdatei</translation>
    </message>
    <message>
        <source>byte 0x%1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>Byte 0x%1 ist kein UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>is a file, not a folder</source>
        <translation>ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot be made private (0600)</source>
        <translation>kann nicht privat gemacht werden (0600)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder mehr sein</translation>
    </message>
    <message>
        <source>is not a column of this file (its columns are %1)</source>
        <translation>ist keine Spalte dieser Datei (ihre Spalten sind %1)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>kommt zweimal in der Kopfzeile vor</translation>
    </message>
    <message>
        <source>this column is missing from the header</source>
        <translation>diese Spalte fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>„%1“ steht schon in Zeile %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>holds no Patella CSV file (%1)</source>
        <translation>enthält keine Patella-CSV-Datei (%1)</translation>
    </message>
    <message>
        <source>no session has the id %1 in %2</source>
        <translation>keine Einheit hat die ID %1 in %2</translation>
    </message>
    <message>
        <source>no shoe has the id %1 in %2</source>
        <translation>kein Schuh hat die ID %1 in %2</translation>
    </message>
    <message>
        <source>no activity has the id %1 in %2</source>
        <translation>keine Aktivität hat die ID %1 in %2</translation>
    </message>
    <message>
        <source>lies before %1, the day its activity was added</source>
        <translation>liegt vor dem %1, dem Tag, an dem die Aktivität hinzukam</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>Pain entries, one per rating</source>
        <translation>Schmerzeinträge, einer pro Bewertung</translation>
    </message>
    <message>
        <source>time, situation and side</source>
        <translation>Zeit, Situation und Seite</translation>
    </message>
    <message>
        <source>when the pain was rated (ISO 8601 with offset)</source>
        <translation>wann der Schmerz bewertet wurde (ISO 8601 mit Zeitzonenversatz)</translation>
    </message>
    <message>
        <source>the day the runner lived it; when empty, the date of the time</source>
        <translation>der Tag, an dem es erlebt wurde; leer: das Datum der Zeit</translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst imaginable)</source>
        <translation>Schmerz, 0 (keiner) bis 10 (schlimmster vorstellbarer)</translation>
    </message>
    <message>
        <source>when it hurt: during-run, after-run, stairs, long-sitting, squatting, at-rest, after-session</source>
        <translation>wann es wehtat: during-run, after-run, stairs, long-sitting, squatting, at-rest, after-session</translation>
    </message>
    <message>
        <source>which knee: left, right or both (the default)</source>
        <translation>welches Knie: left, right oder both (Standard)</translation>
    </message>
    <message>
        <source>the id in sessions.csv of the guided session it was reported after, if any</source>
        <translation>die ID in sessions.csv der angeleiteten Einheit, nach der er angegeben wurde, falls vorhanden</translation>
    </message>
    <message>
        <source>the runner&apos;s note</source>
        <translation>die Notiz der Läuferin oder des Läufers</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>external_id when it has one, else the start time</source>
        <translation>external_id, wenn vorhanden, sonst die Startzeit</translation>
    </message>
    <message>
        <source>when the run started (ISO 8601 with offset)</source>
        <translation>wann der Lauf begann (ISO 8601 mit Zeitzonenversatz)</translation>
    </message>
    <message>
        <source>the day the runner lived it; when empty, the date of the start</source>
        <translation>der Tag, an dem er gelaufen wurde; leer: das Datum des Starts</translation>
    </message>
    <message>
        <source>distance in metres</source>
        <translation>Strecke in Metern</translation>
    </message>
    <message>
        <source>duration in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <source>perceived effort 1-10, 0 when not given</source>
        <translation>empfundene Anstrengung 1–10, 0 wenn nicht angegeben</translation>
    </message>
    <message>
        <source>the id in shoes.csv of the shoes worn, if known</source>
        <translation>die ID in shoes.csv der getragenen Schuhe, falls bekannt</translation>
    </message>
    <message>
        <source>knee pain during the run, 0-10</source>
        <translation>Knieschmerz während des Laufs, 0–10</translation>
    </message>
    <message>
        <source>knee pain after the run, 0-10</source>
        <translation>Knieschmerz nach dem Lauf, 0–10</translation>
    </message>
    <message>
        <source>manual (the default) or import (from an activity file)</source>
        <translation>manual (Standard) oder import (aus einer Aktivitätsdatei)</translation>
    </message>
    <message>
        <source>the imported activity&apos;s id, so it is never counted twice</source>
        <translation>die ID der importierten Aktivität, damit sie nie doppelt zählt</translation>
    </message>
    <message>
        <source>Weekly totals, for weeks logged as one figure instead of single runs</source>
        <translation>Wochensummen, für Wochen, die als eine Zahl statt als einzelne Läufe erfasst wurden</translation>
    </message>
    <message>
        <source>week_start</source>
        <translation>week_start</translation>
    </message>
    <message>
        <source>the Monday of the ISO week</source>
        <translation>der Montag der ISO-Woche</translation>
    </message>
    <message>
        <source>the week&apos;s distance in metres</source>
        <translation>der Wochenumfang in Metern</translation>
    </message>
    <message>
        <source>how many runs made it up</source>
        <translation>aus wie vielen Läufen er bestand</translation>
    </message>
    <message>
        <source>Flexibility checks, one per test and side</source>
        <translation>Beweglichkeitstests, einer pro Test und Seite</translation>
    </message>
    <message>
        <source>time, test and side</source>
        <translation>Zeit, Test und Seite</translation>
    </message>
    <message>
        <source>when it was measured (ISO 8601 with offset)</source>
        <translation>wann gemessen wurde (ISO 8601 mit Zeitzonenversatz)</translation>
    </message>
    <message>
        <source>knee-to-wall, sit-and-reach, heel-to-buttock, half-kneeling-hip-flexor or straight-leg-raise</source>
        <translation>knee-to-wall, sit-and-reach, heel-to-buttock, half-kneeling-hip-flexor oder straight-leg-raise</translation>
    </message>
    <message>
        <source>left, right or both</source>
        <translation>left, right oder both</translation>
    </message>
    <message>
        <source>the measurement, in the unit of the next column</source>
        <translation>der Messwert, in der Einheit der nächsten Spalte</translation>
    </message>
    <message>
        <source>cm, deg (degrees) or tightness (0-10)</source>
        <translation>cm, deg (Grad) oder tightness (0–10)</translation>
    </message>
    <message>
        <source>Guided sessions (their exercises are in session_items.csv)</source>
        <translation>Angeleitete Einheiten (ihre Übungen stehen in session_items.csv)</translation>
    </message>
    <message>
        <source>start and routine_id</source>
        <translation>start und routine_id</translation>
    </message>
    <message>
        <source>the session&apos;s id in this folder</source>
        <translation>die ID der Einheit in diesem Ordner</translation>
    </message>
    <message>
        <source>the routine played, by its catalog id</source>
        <translation>die gespielte Routine, nach ihrer Katalog-ID</translation>
    </message>
    <message>
        <source>when it started (ISO 8601 with offset)</source>
        <translation>wann sie begann (ISO 8601 mit Zeitzonenversatz)</translation>
    </message>
    <message>
        <source>when it ended (ISO 8601 with offset)</source>
        <translation>wann sie endete (ISO 8601 mit Zeitzonenversatz)</translation>
    </message>
    <message>
        <source>completed or interrupted</source>
        <translation>completed oder interrupted</translation>
    </message>
    <message>
        <source>The exercises of each guided session, one row per set and side</source>
        <translation>Die Übungen jeder angeleiteten Einheit, eine Zeile pro Satz und Seite</translation>
    </message>
    <message>
        <source>part of their session</source>
        <translation>Teil ihrer Einheit</translation>
    </message>
    <message>
        <source>the id in sessions.csv of the session</source>
        <translation>die ID der Einheit in sessions.csv</translation>
    </message>
    <message>
        <source>its place in the session, from 1</source>
        <translation>ihr Platz in der Einheit, ab 1</translation>
    </message>
    <message>
        <source>the exercise, by its catalog id</source>
        <translation>die Übung, nach ihrer Katalog-ID</translation>
    </message>
    <message>
        <source>left, right or both (the default)</source>
        <translation>left, right oder both (Standard)</translation>
    </message>
    <message>
        <source>the set, from 1</source>
        <translation>der Satz, ab 1</translation>
    </message>
    <message>
        <source>for two-part exercises, which part (0 the first, 1 the second)</source>
        <translation>bei zweiteiligen Übungen der Teil (0 der erste, 1 der zweite)</translation>
    </message>
    <message>
        <source>hold or work time planned, in seconds</source>
        <translation>geplante Halte- oder Arbeitszeit in Sekunden</translation>
    </message>
    <message>
        <source>hold or work time done, in seconds</source>
        <translation>absolvierte Halte- oder Arbeitszeit in Sekunden</translation>
    </message>
    <message>
        <source>repetitions planned</source>
        <translation>geplante Wiederholungen</translation>
    </message>
    <message>
        <source>repetitions done</source>
        <translation>absolvierte Wiederholungen</translation>
    </message>
    <message>
        <source>true when the runner skipped it</source>
        <translation>true, wenn ausgelassen</translation>
    </message>
    <message>
        <source>pain reported after it, 0-10</source>
        <translation>danach angegebener Schmerz, 0–10</translation>
    </message>
    <message>
        <source>Running shoes</source>
        <translation>Laufschuhe</translation>
    </message>
    <message>
        <source>name and first_use</source>
        <translation>name und first_use</translation>
    </message>
    <message>
        <source>the shoe&apos;s id in this folder (runs.csv points at it)</source>
        <translation>die ID des Schuhs in diesem Ordner (runs.csv verweist darauf)</translation>
    </message>
    <message>
        <source>the runner&apos;s name for it</source>
        <translation>der Name, den die Läuferin oder der Läufer ihm gibt</translation>
    </message>
    <message>
        <source>the date it was first worn</source>
        <translation>das Datum, an dem er zuerst getragen wurde</translation>
    </message>
    <message>
        <source>the date it was retired, if it was</source>
        <translation>das Datum, an dem er ausgemustert wurde, falls ja</translation>
    </message>
    <message>
        <source>the distance it is good for, in metres (default 700000)</source>
        <translation>die Strecke, für die er taugt, in Metern (Standard 700000)</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Wöchentliche Check-ins</translation>
    </message>
    <message>
        <source>the week&apos;s worst pain, 0-10</source>
        <translation>der stärkste Schmerz der Woche, 0–10</translation>
    </message>
    <message>
        <source>the week&apos;s usual pain, 0-10</source>
        <translation>der übliche Schmerz der Woche, 0–10</translation>
    </message>
    <message>
        <source>true when the knee was worse on a morning after activity</source>
        <translation>true, wenn das Knie an einem Morgen nach Belastung schlechter war</translation>
    </message>
    <message>
        <source>the runner&apos;s notes</source>
        <translation>die Notizen der Läuferin oder des Läufers</translation>
    </message>
    <message>
        <source>Morning checks: was the knee worse the morning after?</source>
        <translation>Morgenabfragen: War das Knie am Morgen danach schlechter?</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>the morning&apos;s date</source>
        <translation>das Datum des Morgens</translation>
    </message>
    <message>
        <source>true when the knee was worse</source>
        <translation>true, wenn das Knie schlechter war</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (a whole number above 0)</source>
        <translation>„%1“ ist keine ID (eine ganze Zahl über 0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write it with a point, like 5012.5)</source>
        <translation>„%1“ ist keine Zahl (mit Punkt schreiben, etwa 5012.5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-16</source>
        <translation>„%1“ ist kein Datum wie 2026-03-16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its UTC offset, like 2026-03-16T07:30:00+01:00</source>
        <translation>„%1“ ist keine Zeit mit UTC-Versatz wie 2026-03-16T07:30:00+01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keins von %2</translation>
    </message>
    <message>
        <source>Two rows are the same record when they have the same %1.</source>
        <translation>Zwei Zeilen sind derselbe Eintrag, wenn sie dasselbe %1 haben.</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(Pflicht)</translation>
    </message>
    <message>
        <source>Patella journal export
======================

One CSV file per kind of record, UTF-8, RFC 4180 (comma-separated, fields with commas, quotes or line breaks in double quotes, a quote inside written twice), with a header line naming the columns. Times are ISO 8601 with their UTC offset (2026-03-16T07:30:00+01:00), dates are ISO 8601 (2026-03-16), distances are metres, durations seconds, pain 0-10. An empty field means &quot;not given&quot;.

Patella can read this folder back (File &gt; Import &gt; Patella CSV, or patella --import-csv DIR). Columns are found by their names, in any order; optional columns may be left out. A file with a mistake is refused as a whole, with its line and column named, and nothing is written. Records the journal already holds (see &quot;the same record&quot; under each file) are skipped, so importing a folder twice adds nothing the second time. The ids in shoes.csv and sessions.csv only link the files together; the journal gives imported records ids of its own.

</source>
        <translation>Patella-Tagebuchexport
======================

Eine CSV-Datei pro Eintragsart, UTF-8, RFC 4180 (durch Kommas getrennt, Felder mit Kommas, Anführungszeichen oder Zeilenumbrüchen in doppelten Anführungszeichen, ein Anführungszeichen darin doppelt geschrieben), mit einer Kopfzeile, die die Spalten nennt. Zeiten sind ISO 8601 mit ihrem UTC-Versatz (2026-03-16T07:30:00+01:00), Daten ISO 8601 (2026-03-16), Strecken in Metern, Dauern in Sekunden, Schmerz 0–10. Ein leeres Feld heißt „nicht angegeben“.

Patella kann diesen Ordner wieder einlesen (Datei &gt; Importieren &gt; Patella-CSV oder patella --import-csv DIR). Spalten werden an ihrem Namen erkannt, in beliebiger Reihenfolge; optionale Spalten dürfen fehlen. Eine Datei mit einem Fehler wird als Ganzes abgelehnt, mit Angabe von Zeile und Spalte, und nichts wird geschrieben. Einträge, die das Tagebuch schon enthält (siehe „derselbe Eintrag“ bei jeder Datei), werden übersprungen, sodass ein zweiter Import desselben Ordners nichts hinzufügt. Die IDs in shoes.csv und sessions.csv verknüpfen nur die Dateien; das Tagebuch gibt importierten Einträgen eigene IDs.

</translation>
    </message>
    <message>
        <source>my-programme.json
-----------------
Your own exercises and routines, and those of the programmes you imported, with their doses and pictures, in Patella&apos;s programme format (docs/programme-format.md). Written only when there are any. File &gt; Import &gt; Programme… (or patella --import-programme FILE) reads it back; the CSV import leaves it alone.
</source>
        <translation>my-programme.json
-----------------
Ihre eigenen Übungen und Routinen und die der importierten Programme, mit Dosen und Bildern, im Programmformat von Patella (docs/programme-format.md). Wird nur geschrieben, wenn es welche gibt. Datei &gt; Importieren &gt; Programm… (oder patella --import-programme DATEI) liest sie wieder ein; der CSV-Import lässt sie unberührt.
</translation>
    </message>
    <message>
        <source>Function score (Patient-Specific Functional Scale): the runner&apos;s own activities that the knee makes hard</source>
        <translation>Funktionswert (Patient-Specific Functional Scale): die eigenen Aktivitäten, die das Knie erschwert</translation>
    </message>
    <message>
        <source>name and added</source>
        <translation>Name und Hinzufügedatum (added)</translation>
    </message>
    <message>
        <source>the activity&apos;s id in this folder (function_scores.csv points at it)</source>
        <translation>die ID der Aktivität in diesem Ordner (function_scores.csv verweist darauf)</translation>
    </message>
    <message>
        <source>the activity in the runner&apos;s words</source>
        <translation>die Aktivität in den eigenen Worten</translation>
    </message>
    <message>
        <source>the date of the first round it was scored in</source>
        <translation>das Datum der ersten Runde, in der sie bewertet wurde</translation>
    </message>
    <message>
        <source>the date from which it was no longer asked, if it was retired (its scores are kept)</source>
        <translation>das Datum, ab dem sie nicht mehr abgefragt wurde, falls sie aufgegeben wurde (ihre Werte bleiben erhalten)</translation>
    </message>
    <message>
        <source>Function scores, one per activity and round</source>
        <translation>Funktionswerte, einer je Aktivität und Runde</translation>
    </message>
    <message>
        <source>activity and date</source>
        <translation>Aktivität und Datum</translation>
    </message>
    <message>
        <source>the id in function_activities.csv of the activity</source>
        <translation>die ID der Aktivität in function_activities.csv</translation>
    </message>
    <message>
        <source>the date of the round</source>
        <translation>das Datum der Runde</translation>
    </message>
    <message>
        <source>0 (cannot do it) to 10 (as well as before the problem)</source>
        <translation>0 (nicht möglich) bis 10 (so gut wie vor dem Problem)</translation>
    </message>
    <message>
        <source>for an imported run, the watch&apos;s moving time in seconds</source>
        <translation>bei einem importierten Lauf die Bewegungszeit der Uhr in Sekunden</translation>
    </message>
    <message>
        <source>for an imported run, start to finish in seconds, pauses included</source>
        <translation>bei einem importierten Lauf die Zeit von Start bis Ziel in Sekunden, Pausen eingeschlossen</translation>
    </message>
    <message>
        <source>average cadence in steps per minute, if the file had it</source>
        <translation>mittlere Schrittfrequenz in Schritten pro Minute, falls die Datei sie enthielt</translation>
    </message>
    <message>
        <source>average heart rate in beats per minute, if the file had it</source>
        <translation>mittlere Herzfrequenz in Schlägen pro Minute, falls die Datei sie enthielt</translation>
    </message>
    <message>
        <source>running (the default), trail_running, treadmill_running, or the sport of an activity imported as a run</source>
        <translation>running (Standard), trail_running, treadmill_running oder die Sportart einer als Lauf importierten Aktivität</translation>
    </message>
    <message>
        <source>the watch or app that wrote the imported file</source>
        <translation>die Uhr oder App, die die importierte Datei geschrieben hat</translation>
    </message>
    <message>
        <source>device (the device&apos;s own total), points (summed from the track) or empty (typed by hand)</source>
        <translation>device (die Summe des Geräts), points (aus der Strecke summiert) oder leer (von Hand eingegeben)</translation>
    </message>
</context>
<context>
    <name>DemoJournal</name>
    <message>
        <source>Ran a lot more this week; the knee complained.</source>
        <translation>Diese Woche viel mehr gelaufen; das Knie hat sich gemeldet.</translation>
    </message>
    <message>
        <source>Backed off the running, kept up the stretches.</source>
        <translation>Weniger gelaufen, die Dehnübungen beibehalten.</translation>
    </message>
    <message>
        <source>A good week.</source>
        <translation>Eine gute Woche.</translation>
    </message>
    <message>
        <source>Everyday trainers</source>
        <translation>Alltags-Laufschuhe</translation>
    </message>
    <message>
        <source>Cushioned trainers</source>
        <translation>Gedämpfte Laufschuhe</translation>
    </message>
    <message>
        <source>Running 5 km</source>
        <translation>5 km laufen</translation>
    </message>
    <message>
        <source>Going down stairs</source>
        <translation>Treppen hinuntergehen</translation>
    </message>
    <message>
        <source>Sitting through a film</source>
        <translation>Einen ganzen Film lang sitzen</translation>
    </message>
    <message>
        <source>Squatting to garden</source>
        <translation>In der Hocke gärtnern</translation>
    </message>
</context>
<context>
    <name>FlexTests</name>
    <message>
        <source>How far your ankle bends (calf and ankle mobility).</source>
        <translation>Wie weit sich Ihr Sprunggelenk beugt (Beweglichkeit von Wade und Sprunggelenk).</translation>
    </message>
    <message>
        <source>Shoes off. Stand facing a wall with the foot you are testing pointing straight at it, the other foot a step behind for balance.</source>
        <translation>Schuhe aus. Mit dem Gesicht zur Wand stellen, der getestete Fuß zeigt gerade auf die Wand, der andere Fuß steht zur Balance einen Schritt dahinter.</translation>
    </message>
    <message>
        <source>Keeping that heel pressed into the floor, bend the front knee forward until it touches the wall.</source>
        <translation>Die Ferse fest am Boden lassen und das vordere Knie nach vorn beugen, bis es die Wand berührt.</translation>
    </message>
    <message>
        <source>If the knee reaches easily, move the foot a little further back and try again; if it cannot reach, move it closer.</source>
        <translation>Erreicht das Knie die Wand leicht, den Fuß etwas weiter zurücksetzen und erneut versuchen; erreicht es sie nicht, den Fuß näher heranstellen.</translation>
    </message>
    <message>
        <source>Find the furthest spot where the knee still touches the wall with the heel down, and measure from the tip of the big toe to the wall in centimetres.</source>
        <translation>Die weiteste Position suchen, in der das Knie mit aufgesetzter Ferse noch die Wand berührt, und den Abstand von der Großzehenspitze zur Wand in Zentimetern messen.</translation>
    </message>
    <message>
        <source>Do the same with the other foot.</source>
        <translation>Dasselbe mit dem anderen Fuß.</translation>
    </message>
    <message>
        <source>A larger distance means the ankle bends further.</source>
        <translation>Ein größerer Abstand heißt, das Sprunggelenk beugt sich weiter.</translation>
    </message>
    <message>
        <source>The back of the thigh and the lower back, one leg at a time.</source>
        <translation>Oberschenkelrückseite und unterer Rücken, ein Bein nach dem anderen.</translation>
    </message>
    <message>
        <source>Sit on the floor with the leg you are testing straight and its sole flat against a box or a bottom step. Bend the other knee and set that foot flat beside the straight knee.</source>
        <translation>Auf den Boden setzen, das getestete Bein gestreckt, die Fußsohle flach gegen eine Kiste oder die unterste Treppenstufe. Das andere Knie beugen und diesen Fuß flach neben das gestreckte Knie stellen.</translation>
    </message>
    <message>
        <source>Put one hand over the other, arms straight, and breathe out as you slide your fingertips slowly forward along the box. No bouncing.</source>
        <translation>Eine Hand auf die andere legen, Arme gestreckt, und beim Ausatmen die Fingerspitzen langsam an der Kiste entlang nach vorn schieben. Nicht wippen.</translation>
    </message>
    <message>
        <source>Hold the furthest point for a couple of seconds. Measure where your fingertips are compared with the sole: past it counts as plus, short of it as minus, in centimetres.</source>
        <translation>Den weitesten Punkt ein paar Sekunden halten. Messen, wo die Fingerspitzen im Verhältnis zur Fußsohle sind: darüber hinaus zählt als plus, davor als minus, in Zentimetern.</translation>
    </message>
    <message>
        <source>Swap legs and repeat.</source>
        <translation>Beine wechseln und wiederholen.</translation>
    </message>
    <message>
        <source>A larger number means a longer reach.</source>
        <translation>Eine größere Zahl heißt eine größere Reichweite.</translation>
    </message>
    <message>
        <source>The length of the muscles at the front of the thigh.</source>
        <translation>Die Länge der Muskeln an der Oberschenkelvorderseite.</translation>
    </message>
    <message>
        <source>Lie face down on a firm surface with your legs straight and your hips flat.</source>
        <translation>Bäuchlings auf eine feste Unterlage legen, Beine gestreckt, Hüften flach.</translation>
    </message>
    <message>
        <source>Bend the knee of the leg you are testing and take hold of the ankle (a towel around it helps if you cannot reach). Draw the heel towards the buttock.</source>
        <translation>Das Knie des getesteten Beins beugen und den Knöchel greifen (ein Handtuch darum hilft, wenn Sie ihn nicht erreichen). Die Ferse zum Gesäß ziehen.</translation>
    </message>
    <message>
        <source>Keep the hip on the floor and the lower back still; stop where you feel a firm stretch at the front of the thigh.</source>
        <translation>Die Hüfte am Boden und den unteren Rücken ruhig lassen; dort aufhören, wo Sie eine deutliche Dehnung an der Oberschenkelvorderseite spüren.</translation>
    </message>
    <message>
        <source>A helper measures the gap between heel and buttock in centimetres (0 if they touch).</source>
        <translation>Eine Hilfsperson misst den Abstand zwischen Ferse und Gesäß in Zentimetern (0, wenn sie sich berühren).</translation>
    </message>
    <message>
        <source>A smaller gap means the front of the thigh is less tight.</source>
        <translation>Ein kleinerer Abstand heißt, die Oberschenkelvorderseite ist weniger verkürzt.</translation>
    </message>
    <message>
        <source>The muscles at the front of the hip.</source>
        <translation>Die Muskeln an der Hüftvorderseite.</translation>
    </message>
    <message>
        <source>Kneel on a cushion with the knee of the side you are testing down and the other foot flat in front, both knees bent at about a right angle.</source>
        <translation>Auf einem Kissen knien, das Knie der getesteten Seite unten, der andere Fuß flach davor, beide Knie etwa im rechten Winkel gebeugt.</translation>
    </message>
    <message>
        <source>Tuck your tailbone under so the lower back is flat, and squeeze the buttock of the kneeling side.</source>
        <translation>Das Steißbein nach unten einrollen, sodass der untere Rücken flach ist, und das Gesäß der knienden Seite anspannen.</translation>
    </message>
    <message>
        <source>Glide the hips forward a few centimetres without letting the back arch.</source>
        <translation>Die Hüfte ein paar Zentimeter nach vorn gleiten lassen, ohne ins Hohlkreuz zu gehen.</translation>
    </message>
    <message>
        <source>Rate the pull at the front of that hip: 0 = none at all, 10 = so tight you cannot move forward.</source>
        <translation>Das Ziehen an der Vorderseite dieser Hüfte bewerten: 0 = gar keins, 10 = so fest, dass Sie nicht nach vorn kommen.</translation>
    </message>
    <message>
        <source>Swap sides and repeat.</source>
        <translation>Seite wechseln und wiederholen.</translation>
    </message>
    <message>
        <source>A lower score means the hip feels looser.</source>
        <translation>Ein niedrigerer Wert heißt, die Hüfte fühlt sich lockerer an.</translation>
    </message>
    <message>
        <source>The muscles at the back of the thigh.</source>
        <translation>Die Muskeln an der Oberschenkelrückseite.</translation>
    </message>
    <message>
        <source>Lie on your back with both legs straight. A helper makes this test easier and steadier.</source>
        <translation>Auf den Rücken legen, beide Beine gestreckt. Mit einer Hilfsperson ist dieser Test leichter und genauer.</translation>
    </message>
    <message>
        <source>Keep the other leg flat on the floor and the knee of the tested leg straight, toes relaxed.</source>
        <translation>Das andere Bein flach am Boden und das Knie des getesteten Beins gestreckt lassen, Zehen locker.</translation>
    </message>
    <message>
        <source>Raise the tested leg slowly (or let the helper raise it) until you feel a firm stretch behind the thigh or your pelvis starts to roll.</source>
        <translation>Das getestete Bein langsam anheben (oder von der Hilfsperson anheben lassen), bis Sie eine deutliche Dehnung hinten am Oberschenkel spüren oder das Becken zu kippen beginnt.</translation>
    </message>
    <message>
        <source>Note the angle between leg and floor (straight up is 90°); a phone&apos;s level app laid on the shin works. If you cannot measure it, rate the tightness from 0 to 10 instead.</source>
        <translation>Den Winkel zwischen Bein und Boden notieren (senkrecht sind 90°); eine Wasserwaagen-App auf dem Schienbein funktioniert. Wenn Sie ihn nicht messen können, bewerten Sie stattdessen die Spannung von 0 bis 10.</translation>
    </message>
    <message>
        <source>A larger angle, or a lower tightness score, means more length.</source>
        <translation>Ein größerer Winkel oder ein niedrigerer Spannungswert heißt mehr Länge.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Sessions this week: %1 of %2.</source>
        <translation>Einheiten diese Woche: %1 von %2.</translation>
    </message>
    <message>
        <source>No streak yet: one session today starts it.</source>
        <translation>Noch keine Serie: Eine Einheit heute startet sie.</translation>
    </message>
    <message>
        <source>Days in a row with a session: %1.</source>
        <translation>Tage in Folge mit einer Einheit: %1.</translation>
    </message>
    <message>
        <source>Your exercise routine</source>
        <translation>Ihre Übungsroutine</translation>
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
        <translation>%1: links und rechts beide %2.</translation>
    </message>
    <message>
        <source>%1: left %2, right %3, a difference of %4.</source>
        <translation>%1: links %2, rechts %3, ein Unterschied von %4.</translation>
    </message>
    <message>
        <source>%1: left %2, right %3, a difference of %4 (%5).</source>
        <translation>%1: links %2, rechts %3, ein Unterschied von %4 (%5).</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>%1, %2: %3, the first check.</source>
        <translation>%1, %2: %3, der erste Test.</translation>
    </message>
    <message>
        <source>%1, %2: %3 on %4, %5 now (%6).</source>
        <translation>%1, %2: %3 am %4, jetzt %5 (%6).</translation>
    </message>
    <message>
        <source>Left and right side</source>
        <translation>Linke und rechte Seite</translation>
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
        <translation>Das Verhältnis akut:chronisch teilt den Umfang der letzten 7 Tage durch die durchschnittliche Woche der letzten 28 Tage. Üblicherweise genannte Bereiche: unter 0,8 (niedrig), 0,8–1,3 (stabil), 1,3–1,5 (steigend) und über 1,5 (hoch) (Gabbett, BJSM 2016). Das Verhältnis ist umstritten (Lolli et al., BJSM 2019; Impellizzeri et al., Sports Medicine 2020): Lesen Sie es als Information, nicht als Urteil.</translation>
    </message>
    <message>
        <source>Self-tests are for following your own trend, not for passing or failing. The knee-to-wall test is reliable between testers (Powden et al., 2015; 1 cm is about 3.6 degrees); the half-kneeling hip flexor test is poor as a pass/fail test, and sit-and-reach only roughly estimates hamstring length. A short quadriceps was one of the risk factors for patellofemoral pain in Witvrouw et al. (AJSM 2000).</source>
        <translation>Selbsttests dienen dazu, Ihren eigenen Verlauf zu verfolgen, nicht zum Bestehen oder Durchfallen. Der Knie-zur-Wand-Test ist zwischen Untersuchenden zuverlässig (Powden et al., 2015; 1 cm entspricht etwa 3,6 Grad); der Hüftbeugertest im Halbkniestand taugt wenig als Bestanden/Nicht-bestanden-Test, und der Sit-and-Reach-Test schätzt die Länge der ischiokruralen Muskulatur nur grob. Ein verkürzter Quadrizeps war in Witvrouw et al. (AJSM 2000) einer der Risikofaktoren für das patellofemorale Schmerzsyndrom.</translation>
    </message>
    <message>
        <source>The usual advice is to replace running shoes after 480-800 km (300-500 miles), but the evidence for it is thin. Patella counts towards the limit you set; near it, look at the midsole for deep creases, flattening or uneven wear and decide for yourself.</source>
        <translation>Üblicherweise wird geraten, Laufschuhe nach 480–800 km (300–500 Meilen) zu ersetzen, doch die Belege dafür sind dünn. Patella zählt bis zu der Grenze, die Sie festlegen; in ihrer Nähe prüfen Sie die Zwischensohle auf tiefe Falten, Abflachung oder ungleichmäßige Abnutzung und entscheiden selbst.</translation>
    </message>
    <message>
        <source>No distance in the last 28 days, so there is no ratio.</source>
        <translation>Kein Umfang in den letzten 28 Tagen, daher kein Verhältnis.</translation>
    </message>
    <message>
        <source>below 0.8, low</source>
        <translation>unter 0,8, niedrig</translation>
    </message>
    <message>
        <source>0.8-1.3, steady</source>
        <translation>0,8–1,3, stabil</translation>
    </message>
    <message>
        <source>1.3-1.5, rising</source>
        <translation>1,3–1,5, steigend</translation>
    </message>
    <message>
        <source>above 1.5, high</source>
        <translation>über 1,5, hoch</translation>
    </message>
    <message>
        <source>Last 7 days %1 against an average week of %2 over the last 28 days: ratio %3 (%4).</source>
        <translation>Letzte 7 Tage %1 gegenüber einer durchschnittlichen Woche von %2 in den letzten 28 Tagen: Verhältnis %3 (%4).</translation>
    </message>
    <message>
        <source>Less than four weeks are logged, so the average week reads low and the ratio high.</source>
        <translation>Es sind weniger als vier Wochen erfasst, daher fällt die durchschnittliche Woche niedrig und das Verhältnis hoch aus.</translation>
    </message>
    <message>
        <source>Acute:chronic load (for information)</source>
        <translation>Akute:chronische Belastung (zur Information)</translation>
    </message>
    <message>
        <source>This ratio is disputed in research: take it as information, not a verdict.</source>
        <translation>Dieses Verhältnis ist in der Forschung umstritten: Nehmen Sie es als Information, nicht als Urteil.</translation>
    </message>
    <message>
        <source>A run well beyond your recent longest</source>
        <translation>Ein Lauf weit über Ihrem jüngsten längsten</translation>
    </message>
    <message>
        <source>This week so far %1: no distance the week before to compare with.</source>
        <translation>Diese Woche bisher %1: kein Umfang in der Vorwoche zum Vergleich.</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3, with no distance the week before to compare with.</source>
        <translation>Woche %1 von %2: %3, ohne Umfang in der Vorwoche zum Vergleich.</translation>
    </message>
    <message>
        <source>Last week %1, this week so far %2: %3.</source>
        <translation>Letzte Woche %1, diese Woche bisher %2: %3.</translation>
    </message>
    <message>
        <source>The week before %1, last week %2: %3.</source>
        <translation>Vorletzte Woche %1, letzte Woche %2: %3.</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3; week %4 of %5: %6 (%7).</source>
        <translation>Woche %1 von %2: %3; Woche %4 von %5: %6 (%7).</translation>
    </message>
    <message>
        <source>Nielsen et al. (JOSPT 2014) linked rises of more than 30% over two weeks to more running injuries.</source>
        <translation>Nielsen et al. (JOSPT 2014) brachten Steigerungen um mehr als 30 % über zwei Wochen mit mehr Laufverletzungen in Verbindung.</translation>
    </message>
    <message>
        <source>%1: %2 three weeks ago, %3 now (%4): a real improvement, more than the 1.16 points that matter.</source>
        <translation>%1: vor drei Wochen %2, jetzt %3 (%4): eine echte Besserung, mehr als die 1,16 Punkte, die zählen.</translation>
    </message>
    <message>
        <source>%1: %2 three weeks ago, %3 now (%4): not yet the drop of more than 1.16 points that counts as real.</source>
        <translation>%1: vor drei Wochen %2, jetzt %3 (%4): noch nicht der Rückgang um mehr als 1,16 Punkte, der als echt gilt.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>die Woche vom %1</translation>
    </message>
    <message>
        <source>%1 on %2: pain %3, %4 points above the 7-day mean of %5.</source>
        <translation>%1 am %2: Schmerz %3, %4 Punkte über dem 7-Tage-Mittel von %5.</translation>
    </message>
    <message>
        <source>Pain %1 in the exercise session on %2: above 5 means stopping that exercise.</source>
        <translation>Schmerz %1 in der Übungseinheit am %2: über 5 heißt, diese Übung abzubrechen.</translation>
    </message>
    <message>
        <source>Pain %1 during your run on %2: above 5 is more than exercise should cost.</source>
        <translation>Schmerz %1 bei Ihrem Lauf am %2: über 5 ist mehr, als Training kosten sollte.</translation>
    </message>
    <message>
        <source>Your check-in for %1 says the knee was worse the next morning.</source>
        <translation>Laut Ihrem Check-in für %1 war das Knie am nächsten Morgen schlechter.</translation>
    </message>
    <message>
        <source>Pain flared up</source>
        <translation>Schmerz aufgeflammt</translation>
    </message>
    <message>
        <source>Pain of 4 or more on %1 of the 7 days from %2 to %3.</source>
        <translation>Schmerz von 4 oder mehr an %1 der 7 Tage vom %2 bis %3.</translation>
    </message>
    <message>
        <source>Your check-in for %1 gives a usual pain of %2.</source>
        <translation>Ihr Check-in für %1 ergibt einen üblichen Schmerz von %2.</translation>
    </message>
    <message>
        <source>Weeks in a row at your target of %1 sessions a week: %2.</source>
        <translation>Wochen in Folge mit Ihrem Ziel von %1 Einheiten pro Woche: %2.</translation>
    </message>
    <message>
        <source>A physiotherapist should look at your knee</source>
        <translation>Eine Physiotherapeutin oder ein Physiotherapeut sollte sich Ihr Knie ansehen</translation>
    </message>
    <message>
        <source>Unnamed shoes</source>
        <translation>Schuhe ohne Namen</translation>
    </message>
    <message>
        <source>%1: %2, no limit set.</source>
        <translation>%1: %2, keine Grenze festgelegt.</translation>
    </message>
    <message>
        <source>%1: %2 of your %3 limit (%4).</source>
        <translation>%1: %2 von Ihrer Grenze von %3 (%4).</translation>
    </message>
    <message>
        <source>Have a look at the midsole: deep creases, a flattened feel or uneven wear say more than the distance.</source>
        <translation>Sehen Sie sich die Zwischensohle an: tiefe Falten, ein plattes Gefühl oder ungleichmäßige Abnutzung sagen mehr als der Kilometerstand.</translation>
    </message>
    <message>
        <source>Shoes near their limit</source>
        <translation>Schuhe nahe ihrer Grenze</translation>
    </message>
    <message>
        <source>Stride comfort usually picks up after 2-3 weeks of stretching on target; the first such week starts the count.</source>
        <translation>Das Laufen fühlt sich meist nach 2–3 Wochen Dehnen im Soll leichter an; die erste solche Woche beginnt die Zählung.</translation>
    </message>
    <message>
        <source>One week on target so far. Stride comfort usually picks up after 2-3 weeks like it.</source>
        <translation>Bisher eine Woche im Soll. Das Laufen fühlt sich meist nach 2–3 solchen Wochen leichter an.</translation>
    </message>
    <message>
        <source>Two weeks on target: the 2-3 weeks after which stride comfort usually picks up are here or one week away.</source>
        <translation>Zwei Wochen im Soll: Die 2–3 Wochen, nach denen sich das Laufen meist leichter anfühlt, sind erreicht oder eine Woche entfernt.</translation>
    </message>
    <message>
        <source>Weeks on target in a row: %1, beyond the usual 2-3 weeks before stride comfort picks up.</source>
        <translation>Wochen im Soll in Folge: %1, mehr als die üblichen 2–3 Wochen, bis sich das Laufen leichter anfühlt.</translation>
    </message>
    <message>
        <source>The guide&apos;s 10% guideline: add no more than a tenth to your weekly distance from one week to the next. It is common advice and easy to plan with, but the evidence behind it is weak (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022), so Patella shows it as a guideline, not as a line you must not cross. Nielsen et al. found more distance-related injuries when weekly distance grew by more than 30% over two weeks (hazard ratio 1.59). A single run much longer than your recent longest has the stronger evidence; Patella watches for that as well and marks it on the distance chart.</source>
        <translation>Die 10-%-Richtlinie des Leitfadens: Steigern Sie Ihre Wochendistanz von einer Woche zur nächsten um höchstens ein Zehntel. Das ist ein verbreiteter Rat und leicht zu planen, aber die Evidenz dafür ist schwach (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022). Patella zeigt sie deshalb als Richtlinie, nicht als Grenze, die Sie nie überschreiten dürfen. Nielsen et al. fanden mehr distanzbedingte Verletzungen, wenn die Wochendistanz über zwei Wochen um mehr als 30 % stieg (Hazard Ratio 1,59). Besser belegt ist ein einzelner Lauf, der viel länger ist als Ihr längster der letzten Zeit; darauf achtet Patella ebenfalls und markiert ihn im Distanzdiagramm.</translation>
    </message>
    <message>
        <source>Physiotherapists judge pain during exercise with the pain-monitoring model (Thomeé 1997; Silbernagel 2007): %1 Sharp, stabbing or catching pain is a stop whatever its score. Patella also marks a day whose pain is 2 or more points above the mean of the 7 days before it, in the same situation. The threshold sits above 1.16 points, the smallest change that people with patellofemoral pain notice (Piva et al. 2009), so such a day is a real rise and not the ordinary wobble of a 0-10 score. If flare-ups keep coming, a physiotherapist can adapt your plan.</source>
        <translation>Physiotherapeuten beurteilen Schmerz beim Training mit dem Schmerz-Monitoring-Modell (Thomeé 1997; Silbernagel 2007): %1 Scharfer, stechender oder blockierender Schmerz heißt aufhören, egal bei welchem Wert. Patella markiert außerdem einen Tag, dessen Schmerz in derselben Situation 2 oder mehr Punkte über dem Mittel der 7 Tage davor liegt. Die Schwelle liegt über 1,16 Punkten, der kleinsten Veränderung, die Menschen mit patellofemoralem Schmerzsyndrom bemerken (Piva et al. 2009); ein solcher Tag ist also ein echter Anstieg und nicht das übliche Schwanken eines 0–10-Werts. Wenn solche Schübe wiederkehren, kann eine Physiotherapeutin oder ein Physiotherapeut Ihren Plan anpassen.</translation>
    </message>
    <message>
        <source>Patella suggests a physiotherapist&apos;s view when pain of 4 or more out of 10 shows up on most days for two weeks running, or when six weeks of steady exercise have brought no real improvement in a situation that still hurts (the clinical advice is to refer after 6-8 weeks without progress). A real improvement is a drop of more than 1.16 points on the 0-10 scale, the smallest change that matters to people with patellofemoral pain (Piva et al., Journal of Rehabilitation Medicine 2009). Recovery does take time (a median of 71 days among injured novice runners, Nielsen et al., PLoS One 2014), and Patella does not diagnose.</source>
        <translation>Patella empfiehlt eine physiotherapeutische Einschätzung, wenn zwei Wochen lang an den meisten Tagen Schmerz von 4 oder mehr von 10 auftritt oder wenn sechs Wochen stetiges Training in einer Situation, die noch schmerzt, keine echte Besserung gebracht haben (klinisch wird nach 6–8 Wochen ohne Fortschritt überwiesen). Eine echte Besserung ist ein Rückgang um mehr als 1,16 Punkte auf der Skala von 0–10, die kleinste Veränderung, die für Menschen mit patellofemoralem Schmerzsyndrom zählt (Piva et al., Journal of Rehabilitation Medicine 2009). Die Heilung braucht Zeit (im Median 71 Tage bei verletzten Laufeinsteigern, Nielsen et al., PLoS One 2014), und Patella stellt keine Diagnose.</translation>
    </message>
    <message>
        <source>Regular stretching usually shows in stride comfort within 2-3 weeks. A few minutes on most days does more than one long session a week.</source>
        <translation>Regelmäßiges Dehnen macht das Laufen meist innerhalb von 2–3 Wochen angenehmer. Ein paar Minuten an den meisten Tagen bringen mehr als eine lange Einheit pro Woche.</translation>
    </message>
    <message>
        <source>10-30% longer</source>
        <translation>10–30 % länger</translation>
    </message>
    <message>
        <source>30-100% longer</source>
        <translation>30–100 % länger</translation>
    </message>
    <message>
        <source>more than twice as long</source>
        <translation>mehr als doppelt so lang</translation>
    </message>
    <message>
        <source>Your %1 run on %2 was %3 longer than the longest run of the 30 days before it (%4). In a 2025 study of 5,205 runners, runs %5 than that longest came with a hazard ratio of %6 for injury.</source>
        <translation>Ihr Lauf über %1 am %2 war %3 länger als der längste Lauf der 30 Tage davor (%4). In einer Studie von 2025 mit 5.205 Läuferinnen und Läufern gingen Läufe, die %5 waren als dieser längste, mit einer Hazard Ratio von %6 für Verletzungen einher.</translation>
    </message>
    <message>
        <source>This week so far %1, already past %2, the guide&apos;s 10% guideline over last week&apos;s %3.</source>
        <translation>Diese Woche bisher %1, schon über %2, der 10-%-Richtlinie des Leitfadens gegenüber den %3 der letzten Woche.</translation>
    </message>
    <message>
        <source>This week so far %1; the guide&apos;s 10% guideline over last week&apos;s %3 is %2.</source>
        <translation>Diese Woche bisher %1; die 10-%-Richtlinie des Leitfadens gegenüber den %3 der letzten Woche liegt bei %2.</translation>
    </message>
    <message>
        <source>This week so far %1; the guide&apos;s 10% guideline over last week&apos;s %3 is %2 (%4 more).</source>
        <translation>Diese Woche bisher %1; die 10-%-Richtlinie des Leitfadens gegenüber den %3 der letzten Woche liegt bei %2 (noch %4).</translation>
    </message>
    <message>
        <source>Next week, the guide&apos;s 10% guideline over this week&apos;s %2 is %1.</source>
        <translation>Nächste Woche liegt die 10-%-Richtlinie des Leitfadens gegenüber den %2 dieser Woche bei %1.</translation>
    </message>
    <message>
        <source>Week %1 of %2: the guide&apos;s 10% guideline over the week before (%4) is %3.</source>
        <translation>Woche %1 von %2: Die 10-%-Richtlinie des Leitfadens gegenüber der Woche davor (%4) liegt bei %3.</translation>
    </message>
    <message>
        <source>Weekly distance up more than the guide&apos;s 10%</source>
        <translation>Wochendistanz um mehr als die 10 % des Leitfadens gestiegen</translation>
    </message>
    <message>
        <source>%1: %2 six weeks ago, %3 now (%4): not the drop of more than 1.16 points that counts as real.</source>
        <translation>%1: vor sechs Wochen %2, jetzt %3 (%4): nicht der Rückgang um mehr als 1,16 Punkte, der als echt gilt.</translation>
    </message>
    <message>
        <source>One round so far (%1): average %2 of 10.</source>
        <translation>Bisher eine Runde (%1): Durchschnitt %2 von 10.</translation>
    </message>
    <message>
        <source>Average %1 on %2, %3 on %4: %5.</source>
        <translation>Durchschnitt %1 am %2, %3 am %4: %5.</translation>
    </message>
    <message>
        <source>That reaches the 2 points usually taken as a meaningful change.</source>
        <translation>Das erreicht die 2 Punkte, die meist als bedeutsame Veränderung gelten.</translation>
    </message>
    <message>
        <source>Less than the 2 points usually taken as a meaningful change.</source>
        <translation>Weniger als die 2 Punkte, die meist als bedeutsame Veränderung gelten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 to %3 (%4), a meaningful change for one activity (3 points or more).</source>
        <translation>„%1“: %2 auf %3 (%4), eine bedeutsame Veränderung für eine Aktivität (3 Punkte oder mehr).</translation>
    </message>
    <message>
        <source>The Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): you name 3 to 5 activities that the knee makes hard and rate each from 0 (cannot do it) to 10 (as well as before the problem), every week or two. The average of a round is the mean of its scores. A change of about 2 points in the average, or 3 points for one activity, is usually taken as meaningful. Higher is better. The activities are your own, so the score compares you with yourself, not with other runners.</source>
        <translation>Die Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): Sie nennen 3 bis 5 Aktivitäten, die Ihnen das Knie schwer macht, und bewerten jede von 0 (geht nicht) bis 10 (so gut wie vor dem Problem), jede oder jede zweite Woche. Der Durchschnitt einer Runde ist das Mittel ihrer Werte. Eine Veränderung von etwa 2 Punkten im Durchschnitt oder 3 Punkten bei einer Aktivität gilt meist als bedeutsam. Höher ist besser. Die Aktivitäten sind Ihre eigenen; der Wert vergleicht Sie also mit sich selbst, nicht mit anderen Läuferinnen und Läufern.</translation>
    </message>
    <message>
        <source>Function score (PSFS) %1, %2 since %3.</source>
        <translation>Funktionswert (PSFS) %1, %2 seit %3.</translation>
    </message>
    <message>
        <source>%1 since the first round (%2).</source>
        <translation>%1 seit der ersten Runde (%2).</translation>
    </message>
    <message>
        <source>A change of 2 points or more is usually taken as meaningful.</source>
        <translation>Eine Veränderung von 2 Punkten oder mehr gilt meist als bedeutsam.</translation>
    </message>
    <message>
        <source>A drop of 2 points or more is usually taken as meaningful: worth telling your physiotherapist.</source>
        <translation>Ein Rückgang um 2 Punkte oder mehr gilt meist als bedeutsam: Erzählen Sie es Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>In a 2025 study of 5,205 runners with GPS watch data (British Journal of Sports Medicine), a single run more than 10% longer than the longest run of the previous 30 days raised the injury rate: hazard ratio 1.64 for runs 10-30% longer, 1.52 for 30-100% longer and 2.28 for more than double. This is a stronger signal than the guide&apos;s weekly 10% guideline, which research supports only weakly (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022).</source>
        <translation>In einer Studie von 2025 mit GPS-Uhrdaten von 5.205 Läuferinnen und Läufern (British Journal of Sports Medicine) erhöhte ein einzelner Lauf, der mehr als 10 % länger war als der längste Lauf der vorangegangenen 30 Tage, die Verletzungsrate: Hazard Ratio 1,64 bei 10–30 % längeren Läufen, 1,52 bei 30–100 % und 2,28 bei mehr als dem Doppelten. Das ist ein stärkeres Signal als die wöchentliche 10-%-Richtlinie des Ratgebers, die die Forschung nur schwach stützt (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022).</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise comes with conditions: it settles within about an hour, the knee is no worse the next morning, and pain does not creep up from week to week. Pain that keeps rising week after week is one of the warning signs for which clinicians advise a physiotherapist&apos;s or doctor&apos;s view, even while other situations get better. Patella counts a rise when three weekly values in a row (the check-in&apos;s worst or usual pain, or a situation&apos;s 7-day mean) each go up and the rise adds up to more than 1.16 points, the smallest change that matters (Piva et al. 2009).</source>
        <translation>Akzeptabler Schmerz beim Training hat Bedingungen: Er klingt innerhalb von etwa einer Stunde ab, das Knie ist am nächsten Morgen nicht schlechter, und der Schmerz steigt nicht von Woche zu Woche an. Schmerz, der Woche für Woche zunimmt, ist eines der Warnzeichen, bei denen Fachleute zu einer physiotherapeutischen oder ärztlichen Abklärung raten, auch wenn andere Situationen besser werden. Patella zählt einen Anstieg, wenn drei Wochenwerte nacheinander (der schlimmste oder übliche Schmerz des Wochen-Check-ins oder der 7-Tage-Mittelwert einer Situation) jeweils steigen und der Anstieg insgesamt mehr als 1,16 Punkte beträgt, die kleinste Veränderung, die zählt (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>In the pain-monitoring model a session was too much when the knee is worse the next morning; the dose then steps back. When that keeps happening (three mornings in two weeks, or after two sessions in a row), the plan itself needs a professional look: a physiotherapist can find what the knee does not tolerate yet.</source>
        <translation>Im Schmerz-Monitoring-Modell war eine Einheit zu viel, wenn das Knie am nächsten Morgen schlechter ist; die Dosis geht dann zurück. Passiert das immer wieder (drei Morgen in zwei Wochen oder nach zwei Einheiten hintereinander), sollte eine Fachperson den Plan selbst ansehen: Eine Physiotherapeutin oder ein Physiotherapeut kann herausfinden, was das Knie noch nicht verträgt.</translation>
    </message>
    <message>
        <source>Swelling, a knee that locks or gives way, pain at night or at rest, and pain after a fall or a blow are not part of ordinary patellofemoral pain. They are reasons to see a physiotherapist or a doctor before going on with the programme. Patella does not diagnose; it asks about these every week so that none of them goes unnoticed.</source>
        <translation>Schwellung, ein Knie, das blockiert oder wegknickt, Schmerz in der Nacht oder in Ruhe und Schmerz nach einem Sturz oder Schlag gehören nicht zum gewöhnlichen patellofemoralen Schmerz. Sie sind Gründe, vor dem Weitermachen mit dem Programm eine Physiotherapeutin, einen Physiotherapeuten oder eine Ärztin bzw. einen Arzt aufzusuchen. Patella stellt keine Diagnosen; es fragt jede Woche danach, damit keines davon übersehen wird.</translation>
    </message>
    <message>
        <source>On the morning of %1 the knee was worse than the morning before.</source>
        <translation>Am Morgen des %1 war das Knie schlechter als am Morgen davor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The week&apos;s worst pain (check-in)</source>
        <translation>Schlimmster Schmerz der Woche (Check-in)</translation>
    </message>
    <message>
        <source>The week&apos;s usual pain (check-in)</source>
        <translation>Üblicher Schmerz der Woche (Check-in)</translation>
    </message>
    <message>
        <source>%1 (7-day mean)</source>
        <translation>%1 (7-Tage-Mittel)</translation>
    </message>
    <message>
        <source>Pain has risen two weeks running</source>
        <translation>Der Schmerz ist zwei Wochen in Folge gestiegen</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Pain that keeps rising from week to week is a reason to have the knee looked at, whatever else is improving.</source>
        <translation>Schmerz, der von Woche zu Woche weiter steigt, ist ein Grund, das Knie untersuchen zu lassen, egal was sich sonst bessert.</translation>
    </message>
    <message>
        <source>The knee was worse in the morning %1 times in the last 14 days: %2.</source>
        <translation>Das Knie war in den letzten 14 Tagen %1-mal morgens schlechter: %2.</translation>
    </message>
    <message>
        <source>The mornings after your sessions of %1 and %2 were both worse (%3 and %4).</source>
        <translation>Die Morgen nach deinen Einheiten vom %1 und %2 waren beide schlechter (%3 und %4).</translation>
    </message>
    <message>
        <source>Mornings after training keep being worse</source>
        <translation>Die Morgen nach dem Training sind immer wieder schlechter</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor about these signs</source>
        <translation>Lass diese Zeichen physiotherapeutisch oder ärztlich abklären</translation>
    </message>
    <message>
        <source>Your check-in for the week of %1 reports: %2.</source>
        <translation>Dein Check-in für die Woche vom %1 meldet: %2.</translation>
    </message>
    <message>
        <source>These are warning signs, not the usual course of runner&apos;s knee. Have the knee looked at before the next session; until then, rest it from what hurts.</source>
        <translation>Das sind Warnzeichen, nicht der übliche Verlauf des Läuferknies. Lass das Knie vor der nächsten Einheit untersuchen; schone es bis dahin vor dem, was wehtut.</translation>
    </message>
    <message>
        <source>That is 5% or more below your usual rate: longer steps load the kneecap joint more, and in studies a rate 5-10% above one&apos;s own eased it.</source>
        <translation>Das sind 5 % oder mehr unter Ihrer üblichen Schrittfrequenz: Längere Schritte belasten das Kniescheibengelenk stärker, und in Studien entlastete es eine Frequenz 5-10 % über der eigenen.</translation>
    </message>
    <message>
        <source>Less than 5% from your usual rate: no real change. In studies, a rate 5-10% above one&apos;s own (shorter steps at the same pace) eased the kneecap joint; whether to try it is yours to decide, ideally with your physiotherapist.</source>
        <translation>Weniger als 5 % Abstand zu Ihrer üblichen Schrittfrequenz: keine echte Veränderung. In Studien entlastete eine Frequenz 5-10 % über der eigenen (kürzere Schritte bei gleichem Tempo) das Kniescheibengelenk; ob Sie das versuchen, entscheiden Sie, am besten mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>That is within the 5-10% higher band that eased the load on the kneecap joint in studies.</source>
        <translation>Das liegt in dem 5-10 % höheren Bereich, der in Studien das Kniescheibengelenk entlastete.</translation>
    </message>
    <message>
        <source>That is more than 10% above your usual rate, beyond the 5-10% rise the studies tested.</source>
        <translation>Das sind mehr als 10 % über Ihrer üblichen Schrittfrequenz, mehr als die 5-10 %, die die Studien geprüft haben.</translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate needs at least %n runs with a cadence; until then each run is shown on its own.</source>
        <translation>
            <numerusform>Ihre übliche Schrittfrequenz braucht mindestens %n Lauf mit Schrittfrequenz; bis dahin wird jeder Lauf einzeln gezeigt.</numerusform>
            <numerusform>Ihre übliche Schrittfrequenz braucht mindestens %n Läufe mit Schrittfrequenz; bis dahin wird jeder Lauf einzeln gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate: %1 steps per minute, the middle value of your first %n run(s) with a cadence (%2 to %3). 5-10% higher is %4 to %5.</source>
        <translation>
            <numerusform>Ihre übliche Schrittfrequenz: %1 Schritte pro Minute, der mittlere Wert aus %n Lauf mit Schrittfrequenz (%2 bis %3). 5-10 % höher sind %4 bis %5.</numerusform>
            <numerusform>Ihre übliche Schrittfrequenz: %1 Schritte pro Minute, der mittlere Wert Ihrer ersten %n Läufe mit Schrittfrequenz (%2 bis %3). 5-10 % höher sind %4 bis %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs after these are compared with it.</source>
        <translation>Spätere Läufe werden damit verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Your last %n run(s) in this range (%2 to %3): %1 steps per minute, %4 against your usual rate.</source>
        <translation>
            <numerusform>Ihr letzter Lauf (%n) in diesem Zeitraum (%2 bis %3): %1 Schritte pro Minute, %4 gegenüber Ihrer üblichen Frequenz.</numerusform>
            <numerusform>Ihre letzten %n Läufe in diesem Zeitraum (%2 bis %3): %1 Schritte pro Minute, %4 gegenüber Ihrer üblichen Frequenz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n run(s) in this range without a cadence (typed by hand, or from a file without one).</source>
        <translation>
            <numerusform>Weggelassen: %n Lauf in diesem Zeitraum ohne Schrittfrequenz (von Hand eingetragen oder aus einer Datei ohne sie).</numerusform>
            <numerusform>Weggelassen: %n Läufe in diesem Zeitraum ohne Schrittfrequenz (von Hand eingetragen oder aus einer Datei ohne sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step rate (cadence) is the number of steps you take in a minute. Watches and phone apps record it; runs typed by hand have none. Gait studies found that taking 5-10% more steps a minute than you usually do, which means shorter steps at the same pace, lowers the load on the joint behind the kneecap: 10% shorter steps cut that joint&apos;s stress per mile by 7.5% (Willson et al. 2014), and 35% of runners with patellofemoral pain felt relief straight away with a 10% higher step rate (Esculier et al. 2023). Patella compares your runs with your own usual rate (the middle value of your first five runs with a cadence), never with one number for every runner. Running, trail and treadmill runs count; walks and rides do not. This is information, not an instruction: a change of running style is worth talking over with your physiotherapist.</source>
        <translation>Die Schrittfrequenz (Kadenz) ist die Zahl Ihrer Schritte pro Minute. Uhren und Handy-Apps zeichnen sie auf; von Hand eingetragene Läufe haben keine. Ganganalysen fanden: 5-10 % mehr Schritte pro Minute als gewohnt, also kürzere Schritte bei gleichem Tempo, senken die Belastung des Gelenks hinter der Kniescheibe. 10 % kürzere Schritte senkten die Belastung dieses Gelenks pro Meile um 7,5 % (Willson et al. 2014), und 35 % der Läuferinnen und Läufer mit patellofemoralem Schmerz spürten mit einer 10 % höheren Schrittfrequenz sofort Erleichterung (Esculier et al. 2023). Patella vergleicht Ihre Läufe mit Ihrer eigenen üblichen Frequenz (dem mittleren Wert Ihrer ersten fünf Läufe mit Schrittfrequenz), nie mit einer Zahl für alle. Straßen-, Trail- und Laufbandläufe zählen, Gehen und Radfahren nicht. Das ist eine Information, keine Anweisung: Eine Änderung des Laufstils besprechen Sie am besten mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
</context>
<context>
    <name>JournalForms</name>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 wird benötigt.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 must be a number, like %2.</source>
        <translation>%1 muss eine Zahl sein, etwa %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 is needed, as h:mm:ss.</source>
        <translation>%1 wird benötigt, als h:mm:ss.</translation>
    </message>
    <message>
        <source>%1 must read as h:mm:ss, like 0:42:30.</source>
        <translation>%1 muss als h:mm:ss angegeben werden, etwa 0:42:30.</translation>
    </message>
    <message>
        <source>%1 must be longer than zero.</source>
        <translation>%1 muss länger als null sein.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>%1 is far too large: a run or a week is at most a few hundred km.</source>
        <translation>%1 ist viel zu groß: Ein Lauf oder eine Woche umfasst höchstens ein paar hundert km.</translation>
    </message>
    <message>
        <source>%1 is longer than 72 hours; a bare number counts minutes.</source>
        <translation>%1 ist länger als 72 Stunden; eine bloße Zahl zählt Minuten.</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is already in the journal</source>
        <translation>ist bereits im Tagebuch</translation>
    </message>
    <message>
        <source>refers to a record that is not in the journal</source>
        <translation>verweist auf einen Eintrag, der nicht im Tagebuch ist</translation>
    </message>
    <message>
        <source>no record %1 is in the journal</source>
        <translation>kein Eintrag %1 im Tagebuch</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read.</source>
        <translation>Das Tagebuch %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Patella journal (it is not an SQLite database). It was left unchanged.</source>
        <translation>%1 ist kein Patella-Tagebuch (keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be created.</source>
        <translation>Das Tagebuch %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Das Tagebuch %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (0600).</source>
        <translation>Das Tagebuch %1 kann nicht privat gemacht werden (0600).</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging.</source>
        <translation>Das Tagebuch %1 kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be made private (0600).</source>
        <translation>Die Datei %1 kann nicht privat gemacht werden (0600).</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>Es ist kein Tagebuch geöffnet.</translation>
    </message>
    <message>
        <source>read its version</source>
        <translation>seine Version lesen</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>Das Tagebuch %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which this Patella does not know</source>
        <translation>enthält „%1“, was diese Patella-Version nicht kennt</translation>
    </message>
    <message>
        <source>The journal has no schema version.</source>
        <translation>Das Tagebuch hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>Upgrading the journal from version %1 to %2 failed: %3</source>
        <translation>Die Aktualisierung des Tagebuchs von Version %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The journal could not %1: %2</source>
        <translation>Das Tagebuch konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>eine Anweisung vorbereiten</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>eine Anweisung ausführen</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>eine Transaktion beginnen</translation>
    </message>
    <message>
        <source>commit a transaction</source>
        <translation>eine Transaktion abschließen</translation>
    </message>
    <message>
        <source>must be between 0 and 10</source>
        <translation>muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <source>lies beyond tomorrow</source>
        <translation>liegt nach morgen</translation>
    </message>
    <message>
        <source>is more than a day away from the time</source>
        <translation>liegt mehr als einen Tag von der Uhrzeit entfernt</translation>
    </message>
    <message>
        <source>must be a Monday</source>
        <translation>muss ein Montag sein</translation>
    </message>
    <message>
        <source>is not a known side</source>
        <translation>ist keine bekannte Seite</translation>
    </message>
    <message>
        <source>is not a known situation</source>
        <translation>ist keine bekannte Situation</translation>
    </message>
    <message>
        <source>is not a saved session</source>
        <translation>ist keine gespeicherte Einheit</translation>
    </message>
    <message>
        <source>is not a known flexibility test</source>
        <translation>ist kein bekannter Beweglichkeitstest</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>must be between -50 and 150 cm</source>
        <translation>muss zwischen -50 und 150 cm liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 180 degrees</source>
        <translation>muss zwischen 0 und 180 Grad liegen</translation>
    </message>
    <message>
        <source>is not a known unit</source>
        <translation>ist keine bekannte Einheit</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>is more than 300 km, too long for one run</source>
        <translation>ist mehr als 300 km, zu lang für einen Lauf</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>muss länger als null sein</translation>
    </message>
    <message>
        <source>is longer than 72 hours</source>
        <translation>ist länger als 72 Stunden</translation>
    </message>
    <message>
        <source>is not a known source</source>
        <translation>ist keine bekannte Quelle</translation>
    </message>
    <message>
        <source>is needed for an imported run</source>
        <translation>wird für einen importierten Lauf benötigt</translation>
    </message>
    <message>
        <source>is not a saved shoe</source>
        <translation>ist kein gespeicherter Schuh</translation>
    </message>
    <message>
        <source>is more than 1,500 km, too long for one week</source>
        <translation>ist mehr als 1.500 km, zu viel für eine Woche</translation>
    </message>
    <message>
        <source>must be between 0 and 50</source>
        <translation>muss zwischen 0 und 50 liegen</translation>
    </message>
    <message>
        <source>is before the first use</source>
        <translation>liegt vor der ersten Nutzung</translation>
    </message>
    <message>
        <source>must be between 0 and 10,000 km</source>
        <translation>muss zwischen 0 und 10.000 km liegen</translation>
    </message>
    <message>
        <source>is not a routine id</source>
        <translation>ist keine Routinen-ID</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>is more than 12 hours after the start</source>
        <translation>liegt mehr als 12 Stunden nach dem Beginn</translation>
    </message>
    <message>
        <source>is not a known outcome</source>
        <translation>ist kein bekanntes Ergebnis</translation>
    </message>
    <message>
        <source>is not an exercise id</source>
        <translation>ist keine Übungs-ID</translation>
    </message>
    <message>
        <source>must be between 1 and 20</source>
        <translation>muss zwischen 1 und 20 liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 9</source>
        <translation>muss zwischen 0 und 9 liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 3600</source>
        <translation>muss zwischen 0 und 3600 liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>muss zwischen 0 und 500 liegen</translation>
    </message>
    <message>
        <source>is higher than the worst pain</source>
        <translation>ist höher als der stärkste Schmerz</translation>
    </message>
    <message>
        <source>read a record</source>
        <translation>einen Eintrag lesen</translation>
    </message>
    <message>
        <source>The journal path %1 is longer than SQLite accepts (%2 bytes at most) or cannot be written as a file name. Choose a shorter data folder; nothing was created.</source>
        <translation>Der Tagebuchpfad %1 ist länger, als SQLite annimmt (höchstens %2 Bytes), oder kann nicht als Dateiname geschrieben werden. Wählen Sie einen kürzeren Datenordner; nichts wurde angelegt.</translation>
    </message>
    <message>
        <source>The journal %1 is empty (0 bytes), but there are backups of it. Restore one; the empty file was left as it is.</source>
        <translation>Das Tagebuch %1 ist leer (0 Bytes), aber es gibt Sicherungen davon. Stellen Sie eine wieder her; die leere Datei wurde belassen, wie sie ist.</translation>
    </message>
    <message>
        <source>The journal %1 could not be read (%2). Nothing is saved until it can be read again.</source>
        <translation>Das Tagebuch %1 konnte nicht gelesen werden (%2). Bis es wieder lesbar ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing is saved until it can be read again.</source>
        <translation>Bis es wieder lesbar ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>it is in use by another program. Wait a moment and try again</source>
        <translation>es wird von einem anderen Programm verwendet. Warten Sie einen Moment und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>lies later than now</source>
        <translation>liegt später als jetzt</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>Die Sicherung %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Restoring %1 failed: %2</source>
        <translation>Wiederherstellen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it cannot be made private (0600) and synced</source>
        <translation>sie kann nicht privat gemacht (0600) und synchronisiert werden</translation>
    </message>
    <message>
        <source>No journal is chosen.</source>
        <translation>Es ist kein Tagebuch ausgewählt.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it cannot be copied beside the journal (%1)</source>
        <translation>sie kann nicht neben das Tagebuch kopiert werden (%1)</translation>
    </message>
    <message>
        <source>the backups folder cannot be created</source>
        <translation>der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the current journal cannot be kept (%1)</source>
        <translation>das aktuelle Tagebuch kann nicht aufbewahrt werden (%1)</translation>
    </message>
    <message>
        <source>its marker cannot be written (%1)</source>
        <translation>seine Markierung kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>it cannot be put in place of %1 (%2)</source>
        <translation>sie kann nicht an die Stelle von %1 gesetzt werden (%2)</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another program. Close that program, then try again; the journal was left unchanged.</source>
        <translation>Das Tagebuch %1 wird von einem anderen Programm verwendet. Schließen Sie dieses Programm und versuchen Sie es erneut; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full. Free some space, then try again.</source>
        <translation>Der Datenträger mit dem Tagebuch %1 ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal %1 can be read, but its folder %2 does not accept the files SQLite keeps beside it (-wal, -shm): %3</source>
        <translation>Das Tagebuch %1 ist lesbar, aber sein Ordner %2 nimmt die Dateien nicht an, die SQLite daneben anlegt (-wal, -shm): %3</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be read. It was left unchanged.</source>
        <translation>Das Tagebuch %1 ist beschädigt und kann nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Tagebuch %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The journal %1 is empty or missing.</source>
        <translation>Das Tagebuch %1 ist leer oder fehlt.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Patella (journal version %2; this Patella reads up to version %3). Update Patella to open it; the file was left unchanged.</source>
        <translation>Das Tagebuch %1 wurde von einer neueren Patella-Version geschrieben (Tagebuchversion %2; diese Patella liest bis Version %3). Aktualisieren Sie Patella, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Patella journal. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Patella-Tagebuch. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2). It was left unchanged.</source>
        <translation>Das Tagebuch %1 ist beschädigt (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>lies before the day it was added</source>
        <translation>liegt vor dem Tag, an dem es hinzugefügt wurde</translation>
    </message>
    <message>
        <source>it cannot be copied to be checked</source>
        <translation>sie kann zum Prüfen nicht kopiert werden</translation>
    </message>
    <message>
        <source>must be 0 to 72 hours</source>
        <translation>muss zwischen 0 und 72 Stunden liegen</translation>
    </message>
    <message>
        <source>must be between 1 and 400 steps per minute</source>
        <translation>muss zwischen 1 und 400 Schritten pro Minute liegen</translation>
    </message>
    <message>
        <source>must be between 1 and 260 bpm</source>
        <translation>muss zwischen 1 und 260 Schlägen pro Minute liegen</translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation>es ist beschädigt: %1</translation>
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
        <translation>Grad</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>Spannung 0–10</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Targets</source>
        <translation>Zielmuskeln</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Best times</source>
        <translation>Beste Zeitpunkte</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Führt zu</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht’s</translation>
    </message>
    <message>
        <source>Coaching cues</source>
        <translation>Hinweise zur Ausführung</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>at the starting dose</source>
        <translation>bei der Anfangsdosierung</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>In dieser Routine</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How Patella helps</source>
        <translation>Wie Patella hilft</translation>
    </message>
</context>
<context>
    <name>PainBand</name>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>vertretbar</translation>
    </message>
    <message>
        <source>too much</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>it settles to its usual level within about an hour and the knee is no worse the next morning</source>
        <translation>er innerhalb etwa einer Stunde auf sein übliches Maß zurückgeht und das Knie am nächsten Morgen nicht schlechter ist</translation>
    </message>
    <message>
        <source>%1: safe. Carry on; sessions like this let the dose grow.</source>
        <translation>%1: sicher. Machen Sie weiter; solche Einheiten lassen die Dosis wachsen.</translation>
    </message>
    <message>
        <source>%1: acceptable if %2. Keep today&apos;s dose.</source>
        <translation>%1: akzeptabel, wenn %2. Behalten Sie die heutige Dosis bei.</translation>
    </message>
    <message>
        <source>%1: too much. Stop this exercise for today; the dose steps back next time.</source>
        <translation>%1: zu viel. Beenden Sie diese Übung für heute; die Dosis geht beim nächsten Mal zurück.</translation>
    </message>
    <message>
        <source>%1 is safe; %2 is acceptable if %3; %4 is too much, so that exercise stops for the day.</source>
        <translation>%1 ist sicher; %2 ist akzeptabel, wenn %3; %4 ist zu viel, dann endet diese Übung für den Tag.</translation>
    </message>
</context>
<context>
    <name>PhysioReport</name>
    <message>
        <source>lower = more flexible</source>
        <translation>niedriger = beweglicher</translation>
    </message>
    <message>
        <source>higher = more flexible</source>
        <translation>höher = beweglicher</translation>
    </message>
    <message>
        <source>up after %1 sessions in a row at %2</source>
        <translation>hoch nach %1 Einheiten in Folge bei %2</translation>
    </message>
    <message>
        <source>back: the knee was worse the next morning</source>
        <translation>zurück: das Knie war am nächsten Morgen schlechter</translation>
    </message>
    <message>
        <source>back after pain %1/10</source>
        <translation>zurück nach Schmerz %1/10</translation>
    </message>
    <message>
        <source>not changed in the last six weeks</source>
        <translation>in den letzten sechs Wochen nicht geändert</translation>
    </message>
    <message>
        <source>no pain checks yet</source>
        <translation>noch keine Schmerzabfragen</translation>
    </message>
    <message>
        <source>Pain checks after each exercise</source>
        <translation>Schmerzabfrage nach jeder Übung</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Nach Einheiten</translation>
    </message>
    <message>
        <source>During runs</source>
        <translation>Beim Laufen</translation>
    </message>
    <message>
        <source>After runs</source>
        <translation>Nach dem Laufen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Wochencheck</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Week&apos;s running</source>
        <translation>Laufwoche</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Pain: each day&apos;s worst score per situation (0-10). First and last: the mean of the first and of the last 7 days with reports. A change of more than 1.16 points is the smallest that matters to people with patellofemoral pain (Piva et al. 2009).</source>
        <translation>Schmerz: der höchste Wert jedes Tages je Situation (0-10). Erster und letzter: das Mittel der ersten und der letzten 7 Tage mit Angaben. Eine Änderung um mehr als 1,16 Punkte ist die kleinste, die für Menschen mit patellofemoralem Schmerz zählt (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>Function: Patient-Specific Functional Scale (Stratford et al. 1995), the runner&apos;s own activities rated 0-10; the average of each round. About 2 points in the average, 3 for one activity, is usually taken as meaningful.</source>
        <translation>Funktion: Patient-Specific Functional Scale (Stratford et al. 1995), selbst gewählte Aktivitäten, bewertet mit 0-10; der Mittelwert jeder Runde. Etwa 2 Punkte im Mittelwert, 3 bei einer Aktivität, gelten meist als bedeutsam.</translation>
    </message>
    <message>
        <source>Pain bands (pain-monitoring model, Thomeé 1997, Silbernagel 2007): %1.</source>
        <translation>Schmerzbereiche (Schmerz-Monitoring-Modell, Thomeé 1997, Silbernagel 2007): %1.</translation>
    </message>
    <message>
        <source>Doses: the programme steps up after %1 sessions in a row in the safe band, holds in the acceptable band, and steps back after too much pain or a knee worse the next morning; reports of the last six weeks count.</source>
        <translation>Dosierungen: Das Programm steigert nach %1 Einheiten in Folge im sicheren Bereich, hält im vertretbaren Bereich und geht zurück nach zu viel Schmerz oder einem Knie, das am nächsten Morgen schlechter ist; es zählen die Angaben der letzten sechs Wochen.</translation>
    </message>
    <message>
        <source>Flexibility: the self-tests as measured, left and right; trends only, no pass or fail.</source>
        <translation>Beweglichkeit: die Selbsttests wie gemessen, links und rechts; nur Verläufe, kein Bestanden oder Nicht bestanden.</translation>
    </message>
    <message>
        <source>Alerts: as Patella showed them on the day they were raised.</source>
        <translation>Hinweise: so, wie Patella sie am Tag ihres Auftretens zeigte.</translation>
    </message>
    <message>
        <source>Patella is a recovery companion for runners with patellofemoral pain: it plays the exercise programme, keeps the runner&apos;s journal and points out patterns. It informs and reminds; it does not diagnose and does not replace a physiotherapist&apos;s assessment. Every figure here was entered or imported by the runner.</source>
        <translation>Patella ist ein Begleiter für die Genesung von Läuferinnen und Läufern mit patellofemoralem Schmerz: Es spielt das Übungsprogramm ab, führt das Tagebuch und weist auf Muster hin. Es informiert und erinnert; es stellt keine Diagnose und ersetzt keine physiotherapeutische Untersuchung. Jede Zahl hier wurde von der Läuferin oder dem Läufer eingegeben oder importiert.</translation>
    </message>
    <message>
        <source>Adherence: completed guided sessions per week against the current phase&apos;s target, counted from the programme&apos;s start and, for the week in progress, for its days so far.</source>
        <translation>Therapietreue: abgeschlossene geführte Einheiten pro Woche gegenüber dem Ziel der aktuellen Phase, gezählt ab Programmbeginn und in der laufenden Woche für ihre bisherigen Tage.</translation>
    </message>
    <message>
        <source>Distance: ISO weeks (Monday to Sunday) from the runs logged, or the runner&apos;s weekly total for a week without runs. The guide&apos;s 10% guideline is common advice with weak evidence. A single run more than 10% longer than the longest of the previous 30 days is marked (BJSM 2025, 5,205 runners).</source>
        <translation>Distanz: ISO-Wochen (Montag bis Sonntag) aus den erfassten Läufen oder die Wochensumme der Läuferin bzw. des Läufers für eine Woche ohne Läufe. Die 10-%-Richtlinie des Ratgebers ist ein verbreiteter Rat mit schwacher Evidenz. Ein einzelner Lauf, der mehr als 10 % länger ist als der längste der vorangegangenen 30 Tage, wird markiert (BJSM 2025, 5.205 Läuferinnen und Läufer).</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>two days ago</source>
        <translation>vor zwei Tagen</translation>
    </message>
    <message>
        <source>three days ago</source>
        <translation>vor drei Tagen</translation>
    </message>
    <message>
        <source>four days ago</source>
        <translation>vor vier Tagen</translation>
    </message>
    <message>
        <source>five days ago</source>
        <translation>vor fünf Tagen</translation>
    </message>
    <message>
        <source>six days ago</source>
        <translation>vor sechs Tagen</translation>
    </message>
    <message>
        <source>a week ago</source>
        <translation>vor einer Woche</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Keep your hips and glutes strong: light strength work on non-consecutive days.</source>
        <translation>Halten Sie Hüfte und Gesäß kräftig: leichtes Krafttraining an nicht aufeinanderfolgenden Tagen.</translation>
    </message>
    <message>
        <source>From week three, add light strength work on non-consecutive days.</source>
        <translation>Ab Woche drei kommt leichtes Krafttraining an nicht aufeinanderfolgenden Tagen dazu.</translation>
    </message>
    <message>
        <source>Last strength session was %1.</source>
        <translation>Die letzte Krafteinheit war %1.</translation>
    </message>
    <message>
        <source>You ran today: a post-run stretch.</source>
        <translation>Sie sind heute gelaufen: eine Dehnung nach dem Lauf.</translation>
    </message>
    <message>
        <source>Weeks one and two: gentle stretches twice a day.</source>
        <translation>Woche eins und zwei: sanftes Dehnen zweimal am Tag.</translation>
    </message>
    <message>
        <source>Weeks one and two: gentle stretches twice a day; this is the second.</source>
        <translation>Woche eins und zwei: sanftes Dehnen zweimal am Tag; das ist die zweite Einheit.</translation>
    </message>
    <message>
        <source>Keep stretching every day while you build strength.</source>
        <translation>Dehnen Sie weiter jeden Tag, während Sie Kraft aufbauen.</translation>
    </message>
    <message>
        <source>Pain-free: keep flexibility work going 3-4 times a week (%1 in the last 7 days).</source>
        <translation>Schmerzfrei: Beweglichkeitstraining 3–4-mal pro Woche beibehalten (%1 in den letzten 7 Tagen).</translation>
    </message>
    <message>
        <source>After a run, a few minutes of foam rolling eases stiffness.</source>
        <translation>Nach einem Lauf lösen ein paar Minuten mit der Faszienrolle die Steifheit.</translation>
    </message>
    <message>
        <source>If you run today, warm up first.</source>
        <translation>Wenn Sie heute laufen, wärmen Sie sich zuerst auf.</translation>
    </message>
    <message>
        <source>Warm up for a few minutes before you stretch.</source>
        <translation>Wärme dich ein paar Minuten auf, bevor du dehnst.</translation>
    </message>
    <message>
        <source>A rest day from strength work: the muscles you trained adapt in the days between.</source>
        <translation>Ein Ruhetag vom Krafttraining: Die trainierten Muskeln passen sich in den Tagen dazwischen an.</translation>
    </message>
    <message>
        <source>Foam rolling is a daily habit: half a minute to a minute on each area.</source>
        <translation>Faszienrollen ist eine tägliche Gewohnheit: eine halbe bis eine Minute pro Bereich.</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) done</source>
        <translation>
            <numerusform>%1: %n Einheit absolviert</numerusform>
            <numerusform>%1: %n Einheiten absolviert</numerusform>
        </translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>Spannung 0–10</translation>
    </message>
    <message numerus="yes">
        <source>mean %1/10 over %n report day(s)</source>
        <translation>
            <numerusform>Mittel %1/10 über %n Tag mit Angaben</numerusform>
            <numerusform>Mittel %1/10 über %n Tage mit Angaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 Wochen</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Keep logging pain for three weeks to see whether it is really falling: the 7-day mean now is compared with the one three weeks ago.</source>
        <translation>Erfassen Sie drei Wochen lang Ihre Schmerzen, um zu sehen, ob sie wirklich zurückgehen: Das aktuelle 7-Tage-Mittel wird mit dem von vor drei Wochen verglichen.</translation>
    </message>
    <message>
        <source>Informational: the ratio is disputed, so read it as a hint, never as a verdict.</source>
        <translation>Zur Information: Das Verhältnis ist umstritten, lesen Sie es als Hinweis, nie als Urteil.</translation>
    </message>
    <message>
        <source>Each dot is one week. With six weeks or more, the weeks with the most and the least distance are compared here.</source>
        <translation>Jeder Punkt ist eine Woche. Ab sechs Wochen werden hier die Wochen mit dem meisten und dem wenigsten Umfang verglichen.</translation>
    </message>
    <message>
        <source>The third of them with the least distance (up to %1) averaged pain %2; the third with the most (from %3) averaged %4.</source>
        <translation>Das Drittel mit dem wenigsten Umfang (bis %1) hatte im Mittel Schmerz %2; das Drittel mit dem meisten (ab %3) im Mittel %4.</translation>
    </message>
    <message>
        <source>This shows how the two moved together in your weeks. Both change with time in the programme (pain tends to settle while distance is built back up), so the pattern is not cause and effect: it does not mean that running more lowers pain.</source>
        <translation>Das zeigt, wie sich beides in Ihren Wochen gemeinsam verändert hat. Beides ändert sich mit der Zeit im Programm (der Schmerz lässt meist nach, während der Umfang wieder aufgebaut wird), daher ist das Muster keine Ursache und Wirkung: Es heißt nicht, dass mehr Laufen den Schmerz senkt.</translation>
    </message>
    <message numerus="yes">
        <source>Each dot is one week: %n week(s) with pain reports in this range.</source>
        <translation>
            <numerusform>Jeder Punkt ist eine Woche: %n Woche mit Schmerzangaben in diesem Zeitraum.</numerusform>
            <numerusform>Jeder Punkt ist eine Woche: %n Wochen mit Schmerzangaben in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log two weeks of running in a row to compare them with the guide&apos;s 10% guideline.</source>
        <translation>Erfasse zwei Laufwochen hintereinander, um sie mit der 10-%-Richtlinie des Ratgebers zu vergleichen.</translation>
    </message>
    <message>
        <source>Bars are months here; the guide&apos;s 10% guideline compares weeks, so months that held a week over it are marked. Choose 1 year or less to see the weekly line.</source>
        <translation>Die Balken sind hier Monate; die 10-%-Richtlinie des Ratgebers vergleicht Wochen, daher sind Monate markiert, die eine Woche darüber enthielten. Wähle 1 Jahr oder weniger, um die Wochenlinie zu sehen.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>Monat für Monat</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>During runs</source>
        <translation>Beim Laufen</translation>
    </message>
    <message>
        <source>After runs</source>
        <translation>Nach dem Laufen</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Treppen</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation>Hocken</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>In Ruhe</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Nach Einheiten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Beide Knie</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie-zur-Wand-Test</translation>
    </message>
    <message>
        <source>Sit-and-reach</source>
        <translation>Sit-and-Reach-Test</translation>
    </message>
    <message>
        <source>Heel-to-buttock</source>
        <translation>Ferse-zum-Gesäß-Test</translation>
    </message>
    <message>
        <source>Half-kneeling hip flexor</source>
        <translation>Hüftbeuger im Halbkniestand</translation>
    </message>
    <message>
        <source>Straight-leg raise</source>
        <translation>Gestrecktes Beinheben</translation>
    </message>
    <message>
        <source>Swelling of the knee</source>
        <translation>Schwellung des Knies</translation>
    </message>
    <message>
        <source>The knee locks or gets stuck</source>
        <translation>Das Knie blockiert oder bleibt hängen</translation>
    </message>
    <message>
        <source>The knee gives way</source>
        <translation>Das Knie knickt weg</translation>
    </message>
    <message>
        <source>Pain at night or at rest</source>
        <translation>Schmerz in der Nacht oder in Ruhe</translation>
    </message>
    <message>
        <source>Pain since a fall or a blow to the knee</source>
        <translation>Schmerz seit einem Sturz oder Schlag aufs Knie</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>Report for your physiotherapist (continued)</source>
        <translation>Bericht für Ihre Physiotherapie (Fortsetzung)</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>Runner: %1</source>
        <translation>Läufer/in: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Zeitraum: %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Programme: week %1, %2 phase; target %3 a week</source>
        <translation>Programm: Woche %1, Phase „%2“; Ziel %3 pro Woche</translation>
    </message>
    <message>
        <source>Distances in %1. Pain and function on 0-10 scales. Made on %2.</source>
        <translation>Strecken in %1. Schmerz und Funktion auf Skalen von 0-10. Erstellt am %2.</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>Kilometern</translation>
    </message>
    <message>
        <source>Pain by situation</source>
        <translation>Schmerz nach Situation</translation>
    </message>
    <message>
        <source>No pain reports in the period.</source>
        <translation>Keine Schmerzangaben im Zeitraum.</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>lower by more than 1.16</source>
        <translation>um mehr als 1,16 niedriger</translation>
    </message>
    <message>
        <source>higher by more than 1.16</source>
        <translation>um mehr als 1,16 höher</translation>
    </message>
    <message>
        <source>within 1.16</source>
        <translation>innerhalb von 1,16</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>First 7 days</source>
        <translation>Erste 7 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Against 1.16</source>
        <translation>Gegen 1,16</translation>
    </message>
    <message>
        <source>Means of each day&apos;s worst score. 1.16 points is the smallest change that matters to people with patellofemoral pain (Piva et al. 2009).</source>
        <translation>Mittelwerte des höchsten Tageswerts. 1,16 Punkte sind die kleinste Änderung, die für Menschen mit patellofemoralem Schmerz zählt (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>Weekly check-in: worst and usual pain</source>
        <translation>Wochencheck: stärkster und üblicher Schmerz</translation>
    </message>
    <message>
        <source>No check-ins in the period.</source>
        <translation>Keine Wochenchecks im Zeitraum.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Stärkster</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <source>Worse morning</source>
        <translation>Morgens schlechter</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The last 12 of %1 check-ins.</source>
        <translation>Die letzten 12 von %1 Wochenchecks.</translation>
    </message>
    <message>
        <source>Function: Patient-Specific Functional Scale (0 cannot do, 10 as before)</source>
        <translation>Funktion: Patient-Specific Functional Scale (0 nicht möglich, 10 wie vorher)</translation>
    </message>
    <message>
        <source>No function score in the period.</source>
        <translation>Kein Funktionswert im Zeitraum.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>first average + 2</source>
        <translation>erster Mittelwert + 2</translation>
    </message>
    <message>
        <source>2 or more</source>
        <translation>2 oder mehr</translation>
    </message>
    <message>
        <source>under 2</source>
        <translation>unter 2</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1 (aufgegeben am %2)</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 oder mehr</translation>
    </message>
    <message>
        <source>under 3</source>
        <translation>unter 3</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Meaningful</source>
        <translation>Bedeutsam</translation>
    </message>
    <message>
        <source>%1 in the period. A change of about 2 points in the average, 3 for one activity, is usually taken as meaningful (Stratford et al. 1995).</source>
        <translation>%1 im Zeitraum. Eine Änderung um etwa 2 Punkte im Mittelwert, 3 bei einer Aktivität, gilt meist als bedeutsam (Stratford et al. 1995).</translation>
    </message>
    <message>
        <source>Pain during and after exercise, by band</source>
        <translation>Schmerz während und nach Belastung, nach Bereich</translation>
    </message>
    <message>
        <source>No pain checks during or after exercise in the period.</source>
        <translation>Keine Schmerzabfragen während oder nach Belastung im Zeitraum.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Pain-monitoring model (Thomeé 1997; Silbernagel 2007): acceptable only if the pain settles within about an hour and the knee is no worse the next morning.</source>
        <translation>Schmerz-Monitoring-Modell (Thomeé 1997; Silbernagel 2007): akzeptabel nur, wenn der Schmerz innerhalb etwa einer Stunde abklingt und das Knie am nächsten Morgen nicht schlechter ist.</translation>
    </message>
    <message>
        <source>Running distance and sessions per week</source>
        <translation>Laufstrecke und Einheiten pro Woche</translation>
    </message>
    <message>
        <source>miles per week</source>
        <translation>Meilen pro Woche</translation>
    </message>
    <message>
        <source>km per week</source>
        <translation>km pro Woche</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Bars: distance per ISO week; hatched: more than 10% above the week before; triangles: a single run more than 10% longer than the longest of the previous 30 days; under each week: sessions done / target. Sessions in the period: %1 of %2.</source>
        <translation>Balken: Strecke je ISO-Woche; schraffiert: mehr als 10 % über der Vorwoche; Dreiecke: ein einzelner Lauf mehr als 10 % länger als der längste der 30 Tage davor; unter jeder Woche: erledigte Einheiten / Ziel. Einheiten im Zeitraum: %1 von %2.</translation>
    </message>
    <message>
        <source>%1: one run of %2, %3 longer than the previous 30 days&apos; longest (%4).</source>
        <translation>%1: ein Lauf über %2, %3 länger als der längste der 30 Tage davor (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cadence, steps per minute (mean of the week&apos;s runs that recorded it): %1.</source>
        <translation>Schrittfrequenz, Schritte pro Minute (Mittel der Läufe der Woche, die sie aufzeichneten): %1.</translation>
    </message>
    <message>
        <source>Cadence: not recorded in the period.</source>
        <translation>Schrittfrequenz: im Zeitraum nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Current doses and their last change</source>
        <translation>Aktuelle Dosierungen und ihre letzte Änderung</translation>
    </message>
    <message>
        <source>No exercises done in the last six weeks.</source>
        <translation>In den letzten sechs Wochen keine Übungen gemacht.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose now</source>
        <translation>Dosis jetzt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Flexibility self-tests: left (solid) and right (dashed)</source>
        <translation>Beweglichkeits-Selbsttests: links (durchgezogen) und rechts (gestrichelt)</translation>
    </message>
    <message>
        <source>No flexibility checks in the period.</source>
        <translation>Keine Beweglichkeitstests im Zeitraum.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1: –</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Alerts and warning signs raised in the period</source>
        <translation>Hinweise und Warnzeichen im Zeitraum</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3. %4</source>
        <translation>%1 · %2: %3. %4</translation>
    </message>
    <message>
        <source>… and %1 more in Patella&apos;s journal.</source>
        <translation>… und %1 weitere in Patellas Tagebuch.</translation>
    </message>
    <message>
        <source>The runner&apos;s notes</source>
        <translation>Notizen der Läuferin oder des Läufers</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>Keine Notizen im Zeitraum.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>… and %1 earlier in Patella&apos;s journal.</source>
        <translation>… und %1 frühere in Patellas Tagebuch.</translation>
    </message>
    <message>
        <source>About this report and how each number was computed</source>
        <translation>Über diesen Bericht und wie jede Zahl berechnet wurde</translation>
    </message>
    <message>
        <source>Patella · informs, does not diagnose</source>
        <translation>Patella · informiert, stellt keine Diagnose</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>Spannung 0–10</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>der Bericht konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>RunningHistory</name>
    <message>
        <source>the distance unit is not chosen</source>
        <translation>die Streckeneinheit ist nicht gewählt</translation>
    </message>
    <message>
        <source>no column is chosen for this</source>
        <translation>dafür ist keine Spalte gewählt</translation>
    </message>
    <message>
        <source>not a run (%1)</source>
        <translation>kein Lauf (%1)</translation>
    </message>
    <message>
        <source>no sport</source>
        <translation>keine Sportart</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time this import reads</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit, das dieser Import liest</translation>
    </message>
    <message>
        <source>a run without a distance or a time</source>
        <translation>ein Lauf ohne Strecke oder Zeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distance</source>
        <translation>„%1“ ist keine Strecke</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 45:12 or 2712</source>
        <translation>„%1“ ist keine Zeit wie 45:12 oder 2712</translation>
    </message>
    <message>
        <source>already in the journal</source>
        <translation>schon im Tagebuch</translation>
    </message>
    <message>
        <source>probably the run you logged by hand that day</source>
        <translation>wahrscheinlich der Lauf, den Sie an dem Tag von Hand erfasst haben</translation>
    </message>
</context>
<context>
    <name>SessionCue</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation>Gehen Sie in Position: %1.</translation>
    </message>
    <message>
        <source>Get into position: %1, %2.</source>
        <translation>Gehen Sie in Position: %1, %2.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Hold it, and keep breathing.</source>
        <translation>Halten und weiteratmen.</translation>
    </message>
    <message>
        <source>%1. Hold it, and keep breathing.</source>
        <translation>%1. Halten und weiteratmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n slow rep(s), about %1 seconds each. Tap done when you finish.</source>
        <translation>
            <numerusform>%n langsame Wiederholung, je etwa %1 Sekunden. Tippen Sie auf „Fertig“, wenn Sie fertig sind.</numerusform>
            <numerusform>%n langsame Wiederholungen, je etwa %1 Sekunden. Tippen Sie auf „Fertig“, wenn Sie fertig sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Tap done when you finish.</source>
        <translation>
            <numerusform>%n Wiederholung. Tippen Sie auf „Fertig“, wenn Sie fertig sind.</numerusform>
            <numerusform>%n Wiederholungen. Tippen Sie auf „Fertig“, wenn Sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Change over to the %1.</source>
        <translation>Seitenwechsel: %1.</translation>
    </message>
    <message>
        <source>Rest. Set %1 comes next.</source>
        <translation>Pause. Als Nächstes kommt Satz %1.</translation>
    </message>
    <message>
        <source>How did the knee feel? Rate it from 0 to 10.</source>
        <translation>Wie hat sich das Knie angefühlt? Bewerten Sie es von 0 bis 10.</translation>
    </message>
    <message>
        <source>That is the session done.</source>
        <translation>Die Einheit ist geschafft.</translation>
    </message>
    <message>
        <source>That is more than the knee should have to take, so this exercise stops for today; its dose steps back next time. Go on to the next exercise, or end the session.</source>
        <translation>Das ist mehr, als das Knie aushalten sollte, deshalb endet diese Übung für heute; ihre Dosis geht beim nächsten Mal zurück. Mach mit der nächsten Übung weiter oder beende die Einheit.</translation>
    </message>
    <message>
        <source>Pain has stopped two exercises today. End here, rest the knee, and ask a physiotherapist to look at it.</source>
        <translation>Schmerz hat heute zwei Übungen beendet. Hör hier auf, schone das Knie und lass es dir von einer Physiotherapeutin oder einem Physiotherapeuten ansehen.</translation>
    </message>
</context>
<context>
    <name>SessionDoses</name>
    <message>
        <source>There is no routine called &quot;%1&quot;.</source>
        <translation>Es gibt keine Routine namens „%1“.</translation>
    </message>
    <message>
        <source>The routine names an unknown exercise, &quot;%1&quot;.</source>
        <translation>Die Routine nennt eine unbekannte Übung, „%1“.</translation>
    </message>
    <message>
        <source>There is no exercise called &quot;%1&quot;.</source>
        <translation>Es gibt keine Übung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SessionPlan</name>
    <message>
        <source>The exercise has no id.</source>
        <translation>Die Übung hat keine ID.</translation>
    </message>
    <message>
        <source>At least one set is needed.</source>
        <translation>Mindestens ein Satz ist nötig.</translation>
    </message>
    <message>
        <source>Rest cannot be negative.</source>
        <translation>Die Pause darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A hold needs at least one second.</source>
        <translation>Halten braucht mindestens eine Sekunde.</translation>
    </message>
    <message>
        <source>A set needs at least one rep.</source>
        <translation>Ein Satz braucht mindestens eine Wiederholung.</translation>
    </message>
    <message>
        <source>Pauses cannot be negative.</source>
        <translation>Pausen dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ShoeModel</name>
    <message>
        <source>Past the limit you set: how does the midsole look? Creases or a flattened heel mean it is time for a new pair.</source>
        <translation>Über der Grenze, die Sie festgelegt haben: Wie sieht die Zwischensohle aus? Falten oder eine platte Ferse heißen, dass ein neues Paar fällig ist.</translation>
    </message>
    <message>
        <source>Near the limit you set: have a look at the midsole for creases or a flattened heel.</source>
        <translation>Nahe der Grenze, die Sie festgelegt haben: Prüfen Sie die Zwischensohle auf Falten oder eine platte Ferse.</translation>
    </message>
</context>
<context>
    <name>Sport</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Traillauf</translation>
    </message>
    <message>
        <source>Treadmill run</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Hiking</source>
        <translation>Wandern</translation>
    </message>
    <message>
        <source>Other sport</source>
        <translation>Andere Sportart</translation>
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
        <translation>Spüren Sie einen sanften Zug, nie einen scharfen, stechenden oder blockierenden Schmerz: Solcher Schmerz beendet die Dehnung bei jedem Wert. Schmerz, der danach aufflammt oder bleibt: Fragen Sie eine Physiotherapeutin oder einen Physiotherapeuten.</translation>
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
        <translation>Schmerz während der Übung: {pain-bands} Scharfer, stechender oder blockierender Schmerz heißt aufhören, egal bei welchem Wert.</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
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
        <translation>%1 Sätze</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>Etwa %1 min</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between sets</source>
        <translation>%1 Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Foam rolling</source>
        <extracomment>foam-rolling.name</extracomment>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation>Nach dem Lauf</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>Light days</source>
        <translation>Leichte Tage</translation>
    </message>
    <message>
        <source>Quadriceps</source>
        <extracomment>quadriceps.name</extracomment>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <extracomment>hip-flexors.name</extracomment>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <extracomment>hamstrings.name</extracomment>
        <translation>Ischiokrurale Muskulatur</translation>
    </message>
    <message>
        <source>Glutes</source>
        <extracomment>glutes.name</extracomment>
        <translation>Gesäßmuskulatur</translation>
    </message>
    <message>
        <source>Deep hip rotators</source>
        <extracomment>hip-rotators.name</extracomment>
        <translation>Tiefe Hüftrotatoren</translation>
    </message>
    <message>
        <source>TFL and IT band</source>
        <extracomment>tfl-it-band.name</extracomment>
        <translation>TFL und Tractus iliotibialis</translation>
    </message>
    <message>
        <source>Calves (gastrocnemius and soleus)</source>
        <extracomment>calves.name</extracomment>
        <translation>Waden (Gastrocnemius und Soleus)</translation>
    </message>
    <message>
        <source>Hip abductors</source>
        <extracomment>hip-abductors.name</extracomment>
        <translation>Hüftabduktoren</translation>
    </message>
    <message>
        <source>Core</source>
        <extracomment>core.name</extracomment>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>If bending the knee this far hurts, hold a towel looped round the ankle instead of the ankle itself.</source>
        <extracomment>standing-quad-stretch.cautions</extracomment>
        <translation>Wenn es wehtut, das Knie so weit zu beugen, ein um den Knöchel gelegtes Handtuch halten statt des Knöchels selbst.</translation>
    </message>
    <message>
        <source>Tilt the pelvis slightly under.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Das Becken leicht nach hinten kippen.</translation>
    </message>
    <message>
        <source>Keep the lower back long, not arched.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Den unteren Rücken lang halten, nicht ins Hohlkreuz gehen.</translation>
    </message>
    <message>
        <source>Lift the chest.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Die Brust anheben.</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <extracomment>standing-quad-stretch.name</extracomment>
        <translation>Quadrizepsdehnung im Stehen</translation>
    </message>
    <message>
        <source>Stand upright; rest a hand on a wall or chair if you need balance.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Aufrecht stehen; bei Bedarf mit einer Hand an Wand oder Stuhl abstützen.</translation>
    </message>
    <message>
        <source>Bend one knee and take hold of that ankle behind you.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Ein Knie beugen und den Knöchel hinter dem Körper greifen.</translation>
    </message>
    <message>
        <source>Draw the heel gently toward your buttock, keeping both knees close together.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Die Ferse sanft zum Gesäß ziehen, beide Knie dicht beieinander.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly, then lower the foot and change legs.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Halten und ruhig atmen, dann den Fuß absetzen und das Bein wechseln.</translation>
    </message>
    <message>
        <source>Lengthens the front of the thigh and the hip flexors.</source>
        <extracomment>standing-quad-stretch.summary</extracomment>
        <translation>Dehnt die Oberschenkelvorderseite und die Hüftbeuger.</translation>
    </message>
    <message>
        <source>Let the towel do the work; do not yank the leg toward you.</source>
        <extracomment>supine-hamstring-stretch.cautions</extracomment>
        <translation>Das Handtuch die Arbeit machen lassen; das Bein nicht ruckartig heranziehen.</translation>
    </message>
    <message>
        <source>Leave the other leg straight on the floor.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Das andere Bein gestreckt auf dem Boden lassen.</translation>
    </message>
    <message>
        <source>Stop before your buttock lifts off the floor.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Aufhören, bevor sich das Gesäß vom Boden hebt.</translation>
    </message>
    <message>
        <source>Breathe out slowly.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Langsam ausatmen.</translation>
    </message>
    <message>
        <source>Supine hamstring stretch (band or towel)</source>
        <extracomment>supine-hamstring-stretch.name</extracomment>
        <translation>Dehnung der hinteren Oberschenkelmuskulatur in Rückenlage (Band oder Handtuch)</translation>
    </message>
    <message>
        <source>Lie on your back with both legs out straight.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Auf den Rücken legen, beide Beine ausgestreckt.</translation>
    </message>
    <message>
        <source>Loop a towel or band around the middle of one foot.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Ein Handtuch oder Band um die Mitte eines Fußes legen.</translation>
    </message>
    <message>
        <source>Raise that leg and straighten the knee toward the ceiling, holding the ends of the towel.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Dieses Bein anheben und das Knie zur Decke strecken, dabei die Enden des Handtuchs halten.</translation>
    </message>
    <message>
        <source>Hold, then lower the leg slowly and change sides.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Halten, dann das Bein langsam ablegen und die Seite wechseln.</translation>
    </message>
    <message>
        <source>Lengthens the back of the thigh while you lie on your back.</source>
        <extracomment>supine-hamstring-stretch.summary</extracomment>
        <translation>Dehnt die Oberschenkelrückseite in Rückenlage.</translation>
    </message>
    <message>
        <source>If the bent knee complains, pull the thigh in less far.</source>
        <extracomment>figure-four-glute-stretch.cautions</extracomment>
        <translation>Wenn das gebeugte Knie sich meldet, den Oberschenkel weniger weit heranziehen.</translation>
    </message>
    <message>
        <source>Pull the toes of the crossed foot up.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Die Zehen des überkreuzten Fußes anziehen.</translation>
    </message>
    <message>
        <source>Keep both hips level on the floor.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Beide Hüften gleichmäßig auf dem Boden lassen.</translation>
    </message>
    <message>
        <source>Ease in gently; never jerk the leg.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Sanft in die Dehnung gehen; das Bein nie ruckartig ziehen.</translation>
    </message>
    <message>
        <source>Figure-4 glute stretch</source>
        <extracomment>figure-four-glute-stretch.name</extracomment>
        <translation>Gesäßdehnung in der Vierer-Position</translation>
    </message>
    <message>
        <source>Lie on your back with both knees bent and feet flat.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Auf den Rücken legen, beide Knie gebeugt, Füße flach aufgestellt.</translation>
    </message>
    <message>
        <source>Rest one ankle across the opposite knee so the legs make a 4.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Einen Knöchel auf das gegenüberliegende Knie legen, sodass die Beine eine 4 bilden.</translation>
    </message>
    <message>
        <source>Reach behind the supporting thigh and draw it toward your chest.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Hinter den stützenden Oberschenkel greifen und ihn zur Brust ziehen.</translation>
    </message>
    <message>
        <source>Hold, then release and swap legs.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Halten, dann lösen und die Beine tauschen.</translation>
    </message>
    <message>
        <source>Eases the glutes and the deep hip rotators.</source>
        <extracomment>figure-four-glute-stretch.summary</extracomment>
        <translation>Lockert die Gesäßmuskulatur und die tiefen Hüftrotatoren.</translation>
    </message>
    <message>
        <source>Stop if you feel any twisting at the knee.</source>
        <extracomment>side-lying-it-band.cautions</extracomment>
        <translation>Aufhören, wenn Sie ein Verdrehen im Knie spüren.</translation>
    </message>
    <message>
        <source>Keep it easy.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Locker bleiben.</translation>
    </message>
    <message>
        <source>Feel it at the side of the hip, not at the knee.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Die Dehnung an der Hüftaußenseite spüren, nicht am Knie.</translation>
    </message>
    <message>
        <source>Let gravity do the work.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Die Schwerkraft arbeiten lassen.</translation>
    </message>
    <message>
        <source>Side-lying IT band relief (TFL focus)</source>
        <extracomment>side-lying-it-band.name</extracomment>
        <translation>Entlastung des Tractus iliotibialis in Seitenlage (Schwerpunkt TFL)</translation>
    </message>
    <message>
        <source>Lie on your side near the edge of a bed or mat, lower leg bent for balance.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Seitlich nahe der Kante eines Betts oder einer Matte hinlegen, das untere Bein zur Stabilität gebeugt.</translation>
    </message>
    <message>
        <source>Take the top leg slightly behind your body.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Das obere Bein leicht hinter den Körper nehmen.</translation>
    </message>
    <message>
        <source>Let that knee sink slowly toward the floor until you feel the outside of the hip lengthen.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Dieses Knie langsam Richtung Boden sinken lassen, bis sich die Hüftaußenseite dehnt.</translation>
    </message>
    <message>
        <source>Hold, then roll over and repeat on the other side.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Halten, dann umdrehen und auf der anderen Seite wiederholen.</translation>
    </message>
    <message>
        <source>A light stretch for the outside of the hip, where the TFL meets the IT band.</source>
        <extracomment>side-lying-it-band.summary</extracomment>
        <translation>Eine leichte Dehnung für die Hüftaußenseite, wo der TFL in den Tractus iliotibialis übergeht.</translation>
    </message>
    <message>
        <source>Pad the kneeling knee; kneeling on a hard floor can irritate the kneecap.</source>
        <extracomment>half-kneeling-hip-flexor.cautions</extracomment>
        <translation>Das aufliegende Knie polstern; Knien auf hartem Boden kann die Kniescheibe reizen.</translation>
    </message>
    <message>
        <source>Draw the ribs down.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Die Rippen nach unten ziehen.</translation>
    </message>
    <message>
        <source>Squeeze the glute of the back leg.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Das Gesäß des hinteren Beins anspannen.</translation>
    </message>
    <message>
        <source>A small shift forward is enough.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Eine kleine Verlagerung nach vorn reicht.</translation>
    </message>
    <message>
        <source>Hip flexor half-kneel</source>
        <extracomment>half-kneeling-hip-flexor.name</extracomment>
        <translation>Hüftbeugerdehnung im Halbkniestand</translation>
    </message>
    <message>
        <source>Kneel on one knee on a cushion, the other foot flat in front of you.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Auf einem Kissen auf ein Knie gehen, der andere Fuß steht flach davor.</translation>
    </message>
    <message>
        <source>Tuck the pelvis under as if flattening your lower back.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Das Becken aufrichten, als würden Sie den unteren Rücken flach machen.</translation>
    </message>
    <message>
        <source>Shift your hips forward a little, without arching the back.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Die Hüfte etwas nach vorn schieben, ohne ins Hohlkreuz zu gehen.</translation>
    </message>
    <message>
        <source>Hold, then step back and change legs.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Halten, dann zurückgehen und das Bein wechseln.</translation>
    </message>
    <message>
        <source>Opens the front of the hip and the top of the quads.</source>
        <extracomment>half-kneeling-hip-flexor.summary</extracomment>
        <translation>Öffnet die Hüftvorderseite und den oberen Quadrizeps.</translation>
    </message>
    <message>
        <source>If your Achilles tendon is sore, shorten the step back.</source>
        <extracomment>calf-wall-stretch.cautions</extracomment>
        <translation>Wenn die Achillessehne schmerzt, den Schritt nach hinten verkürzen.</translation>
    </message>
    <message>
        <source>Let the heel sink into the floor.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Die Ferse in den Boden sinken lassen.</translation>
    </message>
    <message>
        <source>Point the toes straight ahead.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Die Zehen gerade nach vorn richten.</translation>
    </message>
    <message>
        <source>Feel the stretch run from heel to knee.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Die Dehnung von der Ferse bis zum Knie spüren.</translation>
    </message>
    <message>
        <source>Straight knee</source>
        <extracomment>straight-knee.name</extracomment>
        <translation>Gestrecktes Knie</translation>
    </message>
    <message>
        <source>Bent knee</source>
        <extracomment>bent-knee.name</extracomment>
        <translation>Gebeugtes Knie</translation>
    </message>
    <message>
        <source>Calf wall stretch</source>
        <extracomment>calf-wall-stretch.name</extracomment>
        <translation>Wadendehnung an der Wand</translation>
    </message>
    <message>
        <source>Face a wall with both hands on it, one foot well behind the other.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Mit beiden Händen an eine Wand stützen, ein Fuß deutlich hinter dem anderen.</translation>
    </message>
    <message>
        <source>Keep the back knee straight and the heel down: hold the first part.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Das hintere Knie gestreckt und die Ferse unten lassen: den ersten Teil halten.</translation>
    </message>
    <message>
        <source>Now bend the back knee slightly, heel still down: hold the second part.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Jetzt das hintere Knie leicht beugen, die Ferse bleibt unten: den zweiten Teil halten.</translation>
    </message>
    <message>
        <source>Change legs.</source>
        <extracomment>calf-wall-stretch.steps
----------
leg-swings.steps</extracomment>
        <translation>Bein wechseln.</translation>
    </message>
    <message>
        <source>Stretches both calf muscles: first with a straight knee, then bent.</source>
        <extracomment>calf-wall-stretch.summary</extracomment>
        <translation>Dehnt beide Wadenmuskeln: erst mit gestrecktem, dann mit gebeugtem Knie.</translation>
    </message>
    <message>
        <source>Cramping hamstrings: bring the feet a little closer.</source>
        <extracomment>glute-bridge.cautions</extracomment>
        <translation>Krampf in der hinteren Oberschenkelmuskulatur: die Füße etwas näher heranstellen.</translation>
    </message>
    <message>
        <source>Drive through the heels.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Über die Fersen drücken.</translation>
    </message>
    <message>
        <source>Squeeze the glutes at the top.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Oben das Gesäß anspannen.</translation>
    </message>
    <message>
        <source>Keep the ribs down; do not arch.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Die Rippen unten halten; kein Hohlkreuz.</translation>
    </message>
    <message>
        <source>Glute bridge</source>
        <extracomment>glute-bridge.name</extracomment>
        <translation>Beckenheben</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and hip-width apart.</source>
        <extracomment>glute-bridge.steps
----------
glute-bridge-hold.steps</extracomment>
        <translation>Auf den Rücken legen, Knie gebeugt, Füße flach und hüftbreit aufgestellt.</translation>
    </message>
    <message>
        <source>Press through the heels and lift the hips until knees, hips and shoulders line up.</source>
        <extracomment>glute-bridge.steps</extracomment>
        <translation>Über die Fersen drücken und das Becken anheben, bis Knie, Hüfte und Schultern eine Linie bilden.</translation>
    </message>
    <message>
        <source>Pause at the top, then lower slowly.</source>
        <extracomment>glute-bridge.steps</extracomment>
        <translation>Oben kurz halten, dann langsam absenken.</translation>
    </message>
    <message>
        <source>Lifts the hips with the glutes: the first strength move for runner&apos;s knee.</source>
        <extracomment>glute-bridge.summary</extracomment>
        <translation>Hebt das Becken mit der Gesäßmuskulatur: die erste Kräftigungsübung beim Läuferknie.</translation>
    </message>
    <message>
        <source>Lower and rest if the hips start to sag.</source>
        <extracomment>glute-bridge-hold.cautions</extracomment>
        <translation>Absenken und pausieren, wenn das Becken durchzuhängen beginnt.</translation>
    </message>
    <message>
        <source>Hips level.</source>
        <extracomment>glute-bridge-hold.cues
----------
single-leg-squat.cues</extracomment>
        <translation>Becken gerade.</translation>
    </message>
    <message>
        <source>Keep the glutes working, not the lower back.</source>
        <extracomment>glute-bridge-hold.cues</extracomment>
        <translation>Die Gesäßmuskulatur arbeiten lassen, nicht den unteren Rücken.</translation>
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
        <translation>Atmen.</translation>
    </message>
    <message>
        <source>Glute bridge hold</source>
        <extracomment>glute-bridge-hold.name</extracomment>
        <translation>Beckenheben halten</translation>
    </message>
    <message>
        <source>Lift the hips until knees, hips and shoulders make a straight line.</source>
        <extracomment>glute-bridge-hold.steps</extracomment>
        <translation>Das Becken anheben, bis Knie, Hüfte und Schultern eine gerade Linie bilden.</translation>
    </message>
    <message>
        <source>Hold the position, breathing steadily, then lower slowly.</source>
        <extracomment>glute-bridge-hold.steps</extracomment>
        <translation>Die Position halten, gleichmäßig atmen, dann langsam absenken.</translation>
    </message>
    <message>
        <source>The bridge held still at the top: glute endurance, gentle on the knee.</source>
        <extracomment>glute-bridge-hold.summary</extracomment>
        <translation>Das Beckenheben oben gehalten: Ausdauer für die Gesäßmuskulatur, schonend fürs Knie.</translation>
    </message>
    <message>
        <source>Add a light band around the thighs only once the plain version is easy.</source>
        <extracomment>clamshell.cautions</extracomment>
        <translation>Ein leichtes Band um die Oberschenkel erst, wenn die Grundversion leichtfällt.</translation>
    </message>
    <message>
        <source>Hips stacked; do not roll back.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Hüften übereinander; nicht nach hinten kippen.</translation>
    </message>
    <message>
        <source>Move slowly.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Langsam bewegen.</translation>
    </message>
    <message>
        <source>Feel it at the side of the hip.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Die Arbeit an der Hüftaußenseite spüren.</translation>
    </message>
    <message>
        <source>Clamshell</source>
        <extracomment>clamshell.name</extracomment>
        <translation>Muschel (Clamshell)</translation>
    </message>
    <message>
        <source>Lie on your side, hips and knees bent, feet together.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Seitlich hinlegen, Hüften und Knie gebeugt, Füße zusammen.</translation>
    </message>
    <message>
        <source>Keeping the feet touching, open the top knee like a clamshell.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Die Füße berühren sich weiter; das obere Knie öffnen wie eine Muschel.</translation>
    </message>
    <message>
        <source>Lower it with control. Finish the set, then turn over.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Kontrolliert absenken. Den Satz beenden, dann umdrehen.</translation>
    </message>
    <message>
        <source>Wakes up the side of the hip that keeps the knee from caving in.</source>
        <extracomment>clamshell.summary</extracomment>
        <translation>Aktiviert die Hüftaußenseite, die das Knie am Einknicken nach innen hindert.</translation>
    </message>
    <message>
        <source>Use a lower step if the kneecap aches; raise it only when the set feels easy.</source>
        <extracomment>step-up.cautions</extracomment>
        <translation>Eine niedrigere Stufe nehmen, wenn die Kniescheibe schmerzt; erst erhöhen, wenn der Satz leichtfällt.</translation>
    </message>
    <message>
        <source>Knee tracks over the middle toes.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Das Knie zeigt über die mittleren Zehen.</translation>
    </message>
    <message>
        <source>Push through the whole foot.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Über den ganzen Fuß drücken.</translation>
    </message>
    <message>
        <source>Lower slowly.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Langsam absenken.</translation>
    </message>
    <message>
        <source>Step-up</source>
        <extracomment>step-up.name</extracomment>
        <translation>Step-up (Aufsteigen)</translation>
    </message>
    <message>
        <source>Stand facing a low, stable step (start at 10-15 cm).</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Vor eine niedrige, stabile Stufe stellen (mit 10–15 cm beginnen).</translation>
    </message>
    <message>
        <source>Put one whole foot on the step and press up until that leg is straight.</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Einen Fuß ganz auf die Stufe setzen und hochdrücken, bis dieses Bein gestreckt ist.</translation>
    </message>
    <message>
        <source>Lower the other foot back to the floor slowly. Finish the set, then change legs.</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Den anderen Fuß langsam wieder auf den Boden setzen. Den Satz beenden, dann das Bein wechseln.</translation>
    </message>
    <message>
        <source>Single-leg strength on a low step, a step toward the single-leg squat.</source>
        <extracomment>step-up.summary</extracomment>
        <translation>Einbeinige Kraft auf einer niedrigen Stufe, ein Schritt hin zur einbeinigen Kniebeuge.</translation>
    </message>
    <message>
        <source>Start with a very small bend; go deeper only without pain.</source>
        <extracomment>single-leg-squat.cautions</extracomment>
        <translation>Mit einer sehr kleinen Beugung beginnen; nur schmerzfrei tiefer gehen.</translation>
    </message>
    <message>
        <source>Knee stays in line with the foot, not falling inward.</source>
        <extracomment>single-leg-squat.cues</extracomment>
        <translation>Das Knie bleibt in Linie mit dem Fuß und knickt nicht nach innen.</translation>
    </message>
    <message>
        <source>Shallow is fine.</source>
        <extracomment>single-leg-squat.cues</extracomment>
        <translation>Flach ist in Ordnung.</translation>
    </message>
    <message>
        <source>Single-leg squat</source>
        <extracomment>single-leg-squat.name</extracomment>
        <translation>Einbeinige Kniebeuge</translation>
    </message>
    <message>
        <source>Stand on one leg next to a wall or chair for support.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Neben einer Wand oder einem Stuhl zum Abstützen auf einem Bein stehen.</translation>
    </message>
    <message>
        <source>Sit the hips back and bend the standing knee a little, only as deep as is comfortable.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Das Gesäß nach hinten schieben und das Standbein etwas beugen, nur so tief, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Stand back up with control. Finish the set, then change legs.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Kontrolliert wieder aufrichten. Den Satz beenden, dann das Bein wechseln.</translation>
    </message>
    <message>
        <source>Control on one leg: the hardest move here, added last.</source>
        <extracomment>single-leg-squat.summary</extracomment>
        <translation>Kontrolle auf einem Bein: die schwierigste Übung hier, zuletzt hinzugefügt.</translation>
    </message>
    <message>
        <source>Sit less deep if the kneecap aches.</source>
        <extracomment>wall-sit.cautions</extracomment>
        <translation>Weniger tief sitzen, wenn die Kniescheibe schmerzt.</translation>
    </message>
    <message>
        <source>Weight through the heels.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Gewicht über die Fersen.</translation>
    </message>
    <message>
        <source>Knees over the ankles.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Knie über den Knöcheln.</translation>
    </message>
    <message>
        <source>Back flat on the wall.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Rücken flach an der Wand.</translation>
    </message>
    <message>
        <source>Wall sit</source>
        <extracomment>wall-sit.name</extracomment>
        <translation>Wandsitz</translation>
    </message>
    <message>
        <source>Stand with your back against a wall, feet about a foot&apos;s length in front.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Mit dem Rücken an eine Wand stellen, die Füße etwa eine Fußlänge davor.</translation>
    </message>
    <message>
        <source>Slide down until the knees are slightly bent; start high.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Hinabgleiten, bis die Knie leicht gebeugt sind; hoch beginnen.</translation>
    </message>
    <message>
        <source>Hold, breathing steadily, then slide back up.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Halten und gleichmäßig atmen, dann wieder nach oben gleiten.</translation>
    </message>
    <message>
        <source>A held half-squat against a wall; start high and go lower over the weeks.</source>
        <extracomment>wall-sit.summary</extracomment>
        <translation>Eine gehaltene halbe Kniebeuge an der Wand; hoch beginnen und über die Wochen tiefer gehen.</translation>
    </message>
    <message>
        <source>Keep it easy: this is preparation, not training.</source>
        <extracomment>brisk-walk.cautions</extracomment>
        <translation>Locker bleiben: Das ist Vorbereitung, kein Training.</translation>
    </message>
    <message>
        <source>Relax the shoulders.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Die Schultern locker lassen.</translation>
    </message>
    <message>
        <source>Swing the arms.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Die Arme mitschwingen.</translation>
    </message>
    <message>
        <source>You should be able to talk.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Sie sollten sich noch unterhalten können.</translation>
    </message>
    <message>
        <source>Brisk walk or easy spin</source>
        <extracomment>brisk-walk.name</extracomment>
        <translation>Zügiges Gehen oder lockeres Radfahren</translation>
    </message>
    <message>
        <source>Walk briskly, or pedal easily on a bike, for five minutes.</source>
        <extracomment>brisk-walk.steps</extracomment>
        <translation>Fünf Minuten zügig gehen oder locker Rad fahren.</translation>
    </message>
    <message>
        <source>Start relaxed and build to a pace that warms you without leaving you out of breath.</source>
        <extracomment>brisk-walk.steps</extracomment>
        <translation>Locker beginnen und auf ein Tempo steigern, das aufwärmt, ohne außer Atem zu bringen.</translation>
    </message>
    <message>
        <source>Five minutes of easy movement to warm the muscles before anything else.</source>
        <extracomment>brisk-walk.summary</extracomment>
        <translation>Fünf Minuten lockere Bewegung, um die Muskeln vor allem anderen aufzuwärmen.</translation>
    </message>
    <message>
        <source>Keep the swings comfortable; they are not a stretch to force.</source>
        <extracomment>leg-swings.cautions</extracomment>
        <translation>Die Schwünge angenehm halten; das ist keine Dehnung, die man erzwingt.</translation>
    </message>
    <message>
        <source>Stand tall.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Aufrecht stehen.</translation>
    </message>
    <message>
        <source>Let the swing grow bit by bit.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Den Schwung nach und nach größer werden lassen.</translation>
    </message>
    <message>
        <source>Keep it smooth, not forced.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Fließend, nicht erzwungen.</translation>
    </message>
    <message>
        <source>Front to back</source>
        <extracomment>front-to-back.name</extracomment>
        <translation>Vor und zurück</translation>
    </message>
    <message>
        <source>Side to side</source>
        <extracomment>side-to-side.name</extracomment>
        <translation>Seitlich</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <extracomment>leg-swings.name</extracomment>
        <translation>Beinschwingen</translation>
    </message>
    <message>
        <source>Stand side-on to a wall with one hand on it.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Seitlich zu einer Wand stehen, eine Hand daran.</translation>
    </message>
    <message>
        <source>Swing the outside leg forward and back, letting the range grow gradually.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Das äußere Bein vor und zurück schwingen und den Bewegungsumfang allmählich steigern.</translation>
    </message>
    <message>
        <source>Turn to face the wall and swing the same leg across the body and out to the side.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Zur Wand drehen und dasselbe Bein vor dem Körper hin und zur Seite hinaus schwingen.</translation>
    </message>
    <message>
        <source>Dynamic swings that loosen the hips before a run.</source>
        <extracomment>leg-swings.summary</extracomment>
        <translation>Dynamisches Schwingen, das vor dem Lauf die Hüften lockert.</translation>
    </message>
    <message>
        <source>A partial squat is enough if deeper ones ache at the kneecap.</source>
        <extracomment>bodyweight-squat.cautions</extracomment>
        <translation>Eine halbe Kniebeuge reicht, wenn tiefere an der Kniescheibe schmerzen.</translation>
    </message>
    <message>
        <source>Knees follow the toes.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Die Knie folgen den Zehen.</translation>
    </message>
    <message>
        <source>Chest up.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Brust hoch.</translation>
    </message>
    <message>
        <source>Heels down.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Fersen unten.</translation>
    </message>
    <message>
        <source>Bodyweight squat</source>
        <extracomment>bodyweight-squat.name</extracomment>
        <translation>Kniebeuge mit Körpergewicht</translation>
    </message>
    <message>
        <source>Stand with feet shoulder-width apart.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Schulterbreit stehen.</translation>
    </message>
    <message>
        <source>Sit the hips back and down only as far as is comfortable.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Das Gesäß nur so weit nach hinten unten bringen, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Stand back up, squeezing the glutes.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Wieder aufrichten und dabei das Gesäß anspannen.</translation>
    </message>
    <message>
        <source>A few easy squats to get the knees and hips moving.</source>
        <extracomment>bodyweight-squat.summary</extracomment>
        <translation>Ein paar lockere Kniebeugen, um Knie und Hüften in Bewegung zu bringen.</translation>
    </message>
    <message>
        <source>Take weight on the other leg if it is too intense.</source>
        <extracomment>foam-roll-quads.cautions</extracomment>
        <translation>Mehr Gewicht aufs andere Bein nehmen, wenn es zu intensiv ist.</translation>
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
        <translation>Den Muskel rollen, nie die Kniescheibe oder die Knieaußenseite. Druckempfindlich ist in Ordnung, stechender Schmerz nicht.</translation>
    </message>
    <message>
        <source>Slow rolls.</source>
        <extracomment>foam-roll-quads.cues
----------
foam-roll-hamstrings.cues
----------
foam-roll-calves.cues</extracomment>
        <translation>Langsam rollen.</translation>
    </message>
    <message>
        <source>Breathe out on tender spots.</source>
        <extracomment>foam-roll-quads.cues</extracomment>
        <translation>An empfindlichen Stellen ausatmen.</translation>
    </message>
    <message>
        <source>Stay above the kneecap.</source>
        <extracomment>foam-roll-quads.cues</extracomment>
        <translation>Oberhalb der Kniescheibe bleiben.</translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <extracomment>foam-roll-quads.name</extracomment>
        <translation>Faszienrolle: Quadrizeps</translation>
    </message>
    <message>
        <source>Lie face down with the roller under one thigh, forearms on the floor.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Bauchlage, die Rolle unter einem Oberschenkel, Unterarme auf dem Boden.</translation>
    </message>
    <message>
        <source>Roll slowly from just above the knee to the hip.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Langsam von knapp über dem Knie bis zur Hüfte rollen.</translation>
    </message>
    <message>
        <source>Pause on a tender spot for a few breaths, then carry on.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>An einer empfindlichen Stelle ein paar Atemzüge verweilen, dann weiterrollen.</translation>
    </message>
    <message>
        <source>Eases the front of the thigh.</source>
        <extracomment>foam-roll-quads.summary</extracomment>
        <translation>Lockert die Oberschenkelvorderseite.</translation>
    </message>
    <message>
        <source>Cross the other leg on top only if you want more pressure.</source>
        <extracomment>foam-roll-hamstrings.cautions</extracomment>
        <translation>Das andere Bein nur darüberlegen, wenn Sie mehr Druck möchten.</translation>
    </message>
    <message>
        <source>Relax the leg on the roller.</source>
        <extracomment>foam-roll-hamstrings.cues</extracomment>
        <translation>Das Bein auf der Rolle entspannen.</translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <extracomment>foam-roll-hamstrings.name</extracomment>
        <translation>Faszienrolle: hintere Oberschenkelmuskulatur</translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Sitzen, die Rolle unter einem Oberschenkel, Hände hinter dem Körper.</translation>
    </message>
    <message>
        <source>Lift the hips and roll from above the knee to the buttock.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Das Becken anheben und von oberhalb des Knies bis zum Gesäß rollen.</translation>
    </message>
    <message>
        <source>Turn the leg in and out to reach both sides.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Das Bein nach innen und außen drehen, um beide Seiten zu erreichen.</translation>
    </message>
    <message>
        <source>Eases the back of the thigh.</source>
        <extracomment>foam-roll-hamstrings.summary</extracomment>
        <translation>Lockert die Oberschenkelrückseite.</translation>
    </message>
    <message>
        <source>Ease off if you feel tingling down the leg.</source>
        <extracomment>foam-roll-glutes.cautions</extracomment>
        <translation>Nachlassen, wenn Sie ein Kribbeln im Bein spüren.</translation>
    </message>
    <message>
        <source>Small movements.</source>
        <extracomment>foam-roll-glutes.cues</extracomment>
        <translation>Kleine Bewegungen.</translation>
    </message>
    <message>
        <source>Lean into the tight side.</source>
        <extracomment>foam-roll-glutes.cues</extracomment>
        <translation>Zur verspannten Seite lehnen.</translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <extracomment>foam-roll-glutes.name</extracomment>
        <translation>Faszienrolle: Gesäß</translation>
    </message>
    <message>
        <source>Sit on the roller and cross one ankle over the other knee.</source>
        <extracomment>foam-roll-glutes.steps</extracomment>
        <translation>Auf die Rolle setzen und einen Knöchel über das andere Knie legen.</translation>
    </message>
    <message>
        <source>Lean toward the crossed leg&apos;s buttock and roll in small movements.</source>
        <extracomment>foam-roll-glutes.steps</extracomment>
        <translation>Zur Gesäßseite des überkreuzten Beins lehnen und in kleinen Bewegungen rollen.</translation>
    </message>
    <message>
        <source>Loosens the buttock and hip rotators.</source>
        <extracomment>foam-roll-glutes.summary</extracomment>
        <translation>Lockert Gesäß und Hüftrotatoren.</translation>
    </message>
    <message>
        <source>Avoid rolling directly on the Achilles tendon.</source>
        <extracomment>foam-roll-calves.cautions</extracomment>
        <translation>Nicht direkt über die Achillessehne rollen.</translation>
    </message>
    <message>
        <source>Point and flex the foot on a tender spot.</source>
        <extracomment>foam-roll-calves.cues</extracomment>
        <translation>An einer empfindlichen Stelle den Fuß strecken und anziehen.</translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <extracomment>foam-roll-calves.name</extracomment>
        <translation>Faszienrolle: Waden</translation>
    </message>
    <message>
        <source>Sit with the roller under one calf, hands behind you.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Sitzen, die Rolle unter einer Wade, Hände hinter dem Körper.</translation>
    </message>
    <message>
        <source>Lift the hips and roll from the ankle to below the knee.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Das Becken anheben und vom Knöchel bis unterhalb des Knies rollen.</translation>
    </message>
    <message>
        <source>Turn the foot in and out to reach both sides.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Den Fuß nach innen und außen drehen, um beide Seiten zu erreichen.</translation>
    </message>
    <message>
        <source>Loosens the calf muscles.</source>
        <extracomment>foam-roll-calves.summary</extracomment>
        <translation>Lockert die Wadenmuskulatur.</translation>
    </message>
    <message>
        <source>This area is often very tender: support more weight on your top leg.</source>
        <extracomment>foam-roll-it-band.cautions</extracomment>
        <translation>Diese Stelle ist oft sehr empfindlich: mehr Gewicht auf das obere Bein nehmen.</translation>
    </message>
    <message>
        <source>Gentle pressure.</source>
        <extracomment>foam-roll-it-band.cues</extracomment>
        <translation>Sanfter Druck.</translation>
    </message>
    <message>
        <source>Focus near the hip.</source>
        <extracomment>foam-roll-it-band.cues</extracomment>
        <translation>Auf den Bereich nahe der Hüfte konzentrieren.</translation>
    </message>
    <message>
        <source>Foam roll: IT band area</source>
        <extracomment>foam-roll-it-band.name</extracomment>
        <translation>Faszienrolle: Bereich des Tractus iliotibialis</translation>
    </message>
    <message>
        <source>Lie on your side with the roller under the outside of the thigh.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Seitlich hinlegen, die Rolle unter der Oberschenkelaußenseite.</translation>
    </message>
    <message>
        <source>Support yourself with the top leg in front and your forearm.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Mit dem oberen Bein vorne und dem Unterarm abstützen.</translation>
    </message>
    <message>
        <source>Roll gently between the hip and just above the knee; spend most time near the hip.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Sanft zwischen Hüfte und knapp oberhalb des Knies rollen; die meiste Zeit nahe der Hüfte verbringen.</translation>
    </message>
    <message>
        <source>Eases the outside of the thigh and the TFL.</source>
        <extracomment>foam-roll-it-band.summary</extracomment>
        <translation>Lockert die Oberschenkelaußenseite und den TFL.</translation>
    </message>
    <message>
        <source>Keep the ball off the belly and the bony point of the hip; stop if you feel a pulse under it.</source>
        <extracomment>massage-ball-hip-flexors.cautions</extracomment>
        <translation>Den Ball nicht auf den Bauch und nicht auf den Hüftknochen legen; aufhören, wenn Sie darunter einen Puls spüren.</translation>
    </message>
    <message>
        <source>Sink in slowly.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Langsam einsinken.</translation>
    </message>
    <message>
        <source>Breathe into the belly.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>In den Bauch atmen.</translation>
    </message>
    <message>
        <source>Small shifts.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Kleine Verlagerungen.</translation>
    </message>
    <message>
        <source>Massage ball: hip flexors</source>
        <extracomment>massage-ball-hip-flexors.name</extracomment>
        <translation>Massageball: Hüftbeuger</translation>
    </message>
    <message>
        <source>Lie face down and place a massage ball just inside and below the front hip bone.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Bauchlage und einen Massageball knapp innen und unterhalb des vorderen Hüftknochens platzieren.</translation>
    </message>
    <message>
        <source>Let your weight sink onto it slowly and breathe.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Das Gewicht langsam darauf sinken lassen und atmen.</translation>
    </message>
    <message>
        <source>Shift a little to find tight spots, then hold each for a few breaths.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Etwas verlagern, um verspannte Stellen zu finden, und jede ein paar Atemzüge lang halten.</translation>
    </message>
    <message>
        <source>Reaches the tight front of the hip that a roller misses.</source>
        <extracomment>massage-ball-hip-flexors.summary</extracomment>
        <translation>Erreicht die verspannte Hüftvorderseite, an die eine Rolle nicht herankommt.</translation>
    </message>
    <message>
        <source>The six stretches for runner&apos;s knee, in a calm sequence. Weeks one and two: twice a day.</source>
        <extracomment>daily-knee-mobility.description</extracomment>
        <translation>Die sechs Dehnungen beim Läuferknie in ruhiger Abfolge. Woche eins und zwei: zweimal am Tag.</translation>
    </message>
    <message>
        <source>Daily knee mobility</source>
        <extracomment>daily-knee-mobility.name</extracomment>
        <translation>Tägliche Kniemobilität</translation>
    </message>
    <message>
        <source>Stretches for right after a run, while the muscles are still warm.</source>
        <extracomment>post-run-cool-down.description</extracomment>
        <translation>Dehnungen direkt nach dem Lauf, solange die Muskeln noch warm sind.</translation>
    </message>
    <message>
        <source>Post-run cool-down</source>
        <extracomment>post-run-cool-down.name</extracomment>
        <translation>Cool-down nach dem Lauf</translation>
    </message>
    <message>
        <source>Warm up, open the hip flexors and switch the glutes on before you run.</source>
        <extracomment>pre-run-warm-up.description</extracomment>
        <translation>Aufwärmen, die Hüftbeuger öffnen und die Gesäßmuskulatur aktivieren, bevor Sie laufen.</translation>
    </message>
    <message>
        <source>Pre-run warm-up</source>
        <extracomment>pre-run-warm-up.name</extracomment>
        <translation>Aufwärmen vor dem Lauf</translation>
    </message>
    <message>
        <source>Light strength work for the glutes, hips and thighs, easiest first. Do it on non-consecutive days.</source>
        <extracomment>strength.description</extracomment>
        <translation>Leichtes Krafttraining für Gesäß, Hüfte und Oberschenkel, das Leichteste zuerst. An nicht aufeinanderfolgenden Tagen.</translation>
    </message>
    <message>
        <source>Hip and knee strength</source>
        <extracomment>strength.name</extracomment>
        <translation>Kraft für Hüfte und Knie</translation>
    </message>
    <message>
        <source>Roll the big muscles round the knee, 30-60 seconds per area, then the hip flexors with a ball.</source>
        <extracomment>foam-rolling.description</extracomment>
        <translation>Die großen Muskeln rund ums Knie rollen, 30–60 Sekunden pro Bereich, dann die Hüftbeuger mit einem Ball.</translation>
    </message>
    <message>
        <source>A few minutes to undo long sitting: stand up and open the hips, thighs and calves.</source>
        <extracomment>desk-break.description</extracomment>
        <translation>Ein paar Minuten gegen langes Sitzen: aufstehen und Hüften, Oberschenkel und Waden öffnen.</translation>
    </message>
    <message>
        <source>Desk break</source>
        <extracomment>desk-break.name</extracomment>
        <translation>Schreibtischpause</translation>
    </message>
    <message>
        <source>A longer, unhurried session for a day without running: roll first, then all six stretches.</source>
        <extracomment>rest-day-session.description</extracomment>
        <translation>Eine längere, ruhige Einheit für einen Tag ohne Laufen: erst rollen, dann alle sechs Dehnungen.</translation>
    </message>
    <message>
        <source>Rest-day session</source>
        <extracomment>rest-day-session.name</extracomment>
        <translation>Einheit für Ruhetage</translation>
    </message>
    <message>
        <source>Today suggests the daily mobility routine and counts your stretching sessions against 3-4 a week.</source>
        <extracomment>keep-stretching.howPatellaHelps</extracomment>
        <translation>„Heute“ schlägt die tägliche Mobilitätsroutine vor und zählt Ihre Dehneinheiten gegen 3–4 pro Woche.</translation>
    </message>
    <message>
        <source>Flexibility fades quickly once you stop. About 10 minutes of stretching at least 3-4 times a week keeps the muscles round the knee from tightening again.</source>
        <extracomment>keep-stretching.why</extracomment>
        <translation>Beweglichkeit geht schnell verloren, wenn man aufhört. Etwa 10 Minuten Dehnen mindestens 3–4-mal pro Woche verhindern, dass die Muskeln rund ums Knie wieder verkürzen.</translation>
    </message>
    <message>
        <source>The strength routine starts with the easy variants and is suggested on non-consecutive days.</source>
        <extracomment>strengthen-hips.howPatellaHelps</extracomment>
        <translation>Die Kraftroutine beginnt mit den leichten Varianten und wird an nicht aufeinanderfolgenden Tagen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Weak glutes let the knee drift inward as you land, which loads the kneecap unevenly. Bridges, clamshells and single-leg squats build that control.</source>
        <extracomment>strengthen-hips.why</extracomment>
        <translation>Eine schwache Gesäßmuskulatur lässt das Knie bei der Landung nach innen wandern, was die Kniescheibe ungleichmäßig belastet. Beckenheben, Clamshells und einbeinige Kniebeugen bauen diese Kontrolle auf.</translation>
    </message>
    <message>
        <source>Log pain during runs, and try a slightly shorter stride to see how the knee responds.</source>
        <extracomment>running-form.howPatellaHelps</extracomment>
        <translation>Erfassen Sie Schmerzen beim Laufen und probieren Sie eine etwas kürzere Schrittlänge, um zu sehen, wie das Knie reagiert.</translation>
    </message>
    <message>
        <source>A light, quick cadence and a compact stride lower the impact on the knee; overstriding (landing with the foot far ahead of you) raises it.</source>
        <extracomment>running-form.why</extracomment>
        <translation>Eine leichte, schnelle Schrittfrequenz und ein kompakter Schritt verringern die Belastung des Knies; Overstriding (Landen mit dem Fuß weit vor dem Körper) erhöht sie.</translation>
    </message>
    <message>
        <source>Add your shoes and log runs with them: Patella adds up their distance so you know when to inspect them.</source>
        <extracomment>supportive-shoes.howPatellaHelps</extracomment>
        <translation>Legen Sie Ihre Schuhe an und erfassen Sie Läufe damit: Patella addiert ihre Kilometer, damit Sie wissen, wann Sie sie prüfen sollten.</translation>
    </message>
    <message>
        <source>Flat, worn-out shoes make tracking problems worse. Choose a model that suits your foot and replace it once it is worn.</source>
        <extracomment>supportive-shoes.why</extracomment>
        <translation>Flache, abgelaufene Schuhe verschlimmern Probleme beim Gleiten der Kniescheibe. Wählen Sie ein Modell, das zu Ihrem Fuß passt, und ersetzen Sie es, wenn es abgenutzt ist.</translation>
    </message>
    <message>
        <source>The rest-day session gives easy days a purpose, and the weekly check-in asks how you are recovering.</source>
        <extracomment>recovery.howPatellaHelps</extracomment>
        <translation>Die Einheit für Ruhetage gibt leichten Tagen einen Sinn, und der wöchentliche Check-in fragt, wie Sie sich erholen.</translation>
    </message>
    <message>
        <source>Your body repairs between sessions: sleep, good food and rest days matter as much as the workouts.</source>
        <extracomment>recovery.why</extracomment>
        <translation>Ihr Körper repariert sich zwischen den Einheiten: Schlaf, gute Ernährung und Ruhetage zählen genauso viel wie das Training.</translation>
    </message>
    <message>
        <source>Long hours of sitting tighten the same hip and thigh muscles that pull on the kneecap, and sitting with bent knees can bring on the pain itself.</source>
        <extracomment>work-breaks.why</extracomment>
        <translation>Stundenlanges Sitzen verkürzt genau die Hüft- und Oberschenkelmuskeln, die an der Kniescheibe ziehen, und Sitzen mit gebeugten Knien kann den Schmerz selbst auslösen.</translation>
    </message>
    <message>
        <source>The journal records pain, flexibility checks and runs; the weekly check-in and Progress page show the trends.</source>
        <extracomment>track-weekly.howPatellaHelps</extracomment>
        <translation>Das Tagebuch erfasst Schmerzen, Beweglichkeitstests und Läufe; der wöchentliche Check-in und die Seite „Verlauf“ zeigen die Trends.</translation>
    </message>
    <message>
        <source>Noting pain, flexibility and distance each week lets you spot improvement, or trouble, early.</source>
        <extracomment>track-weekly.why</extracomment>
        <translation>Wer jede Woche Schmerz, Beweglichkeit und Umfang notiert, erkennt Fortschritte – oder Probleme – früh.</translation>
    </message>
    <message>
        <source>The pre-run warm-up routine guides you through it in a few minutes.</source>
        <extracomment>warm-up.howPatellaHelps</extracomment>
        <translation>Die Routine „Aufwärmen vor dem Lauf“ führt Sie in wenigen Minuten hindurch.</translation>
    </message>
    <message>
        <source>Warm muscles take the impact of running better. Five minutes of brisk walking and dynamic moves such as leg swings prepare them.</source>
        <extracomment>warm-up.why</extracomment>
        <translation>Warme Muskeln fangen die Stöße beim Laufen besser ab. Fünf Minuten zügiges Gehen und dynamische Bewegungen wie Beinschwingen bereiten sie vor.</translation>
    </message>
    <message>
        <source>Use the journal&apos;s notes to record how you fuelled on days the knee felt better or worse.</source>
        <extracomment>hydrate-fuel.howPatellaHelps</extracomment>
        <translation>Notieren Sie in den Tagebuchnotizen, wie Sie sich an Tagen ernährt haben, an denen sich das Knie besser oder schlechter anfühlte.</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <source>Both at once</source>
        <translation>Beide gleichzeitig</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Five minutes of brisk walking or easy pedalling and a few easy squats, so the muscles are warm before you stretch them.</source>
        <extracomment>stretching-warm-up.description</extracomment>
        <translation>Fünf Minuten zügiges Gehen oder lockeres Radfahren und ein paar leichte Kniebeugen, damit die Muskeln warm sind, bevor du sie dehnst.</translation>
    </message>
    <message>
        <source>Warm-up before stretching</source>
        <extracomment>stretching-warm-up.name</extracomment>
        <translation>Aufwärmen vor dem Dehnen</translation>
    </message>
    <message>
        <source>Keep the stretching and strength work going while you use one, and note in the journal whether it helps.</source>
        <extracomment>knee-support.howPatellaHelps</extracomment>
        <translation>Mach mit Dehnen und Krafttraining weiter, während du eine trägst, und notiere im Tagebuch, ob sie hilft.</translation>
    </message>
    <message>
        <source>Sleeves and straps: short-term help</source>
        <extracomment>knee-support.title</extracomment>
        <translation>Bandagen und Gurte: Hilfe auf kurze Sicht</translation>
    </message>
    <message>
        <source>A compression sleeve or a knee strap can make runs more comfortable early in recovery, but it does not treat patellofemoral pain; the relief lasts only while you wear it.</source>
        <extracomment>knee-support.why</extracomment>
        <translation>Eine Kompressionsbandage oder ein Kniegurt kann Läufe zu Beginn der Genesung angenehmer machen, behandelt den patellofemoralen Schmerz aber nicht; die Linderung hält nur, solange du sie trägst.</translation>
    </message>
    <message>
        <source>Stretch on good days too</source>
        <extracomment>keep-stretching.title</extracomment>
        <translation>Dehne auch an guten Tagen</translation>
    </message>
    <message>
        <source>Build hip and glute strength</source>
        <extracomment>strengthen-hips.title</extracomment>
        <translation>Hüft- und Gesäßkraft aufbauen</translation>
    </message>
    <message>
        <source>Run light and compact</source>
        <extracomment>running-form.title</extracomment>
        <translation>Leicht und kompakt laufen</translation>
    </message>
    <message>
        <source>Log your runs: Progress shows each week&apos;s distance beside the guide&apos;s 10% guideline and marks runs more than 10% longer than the longest of the 30 days before.</source>
        <extracomment>ten-percent.howPatellaHelps</extracomment>
        <translation>Erfasse deine Läufe: Fortschritt zeigt die Distanz jeder Woche neben der 10-%-Richtlinie des Ratgebers und markiert Läufe, die mehr als 10 % länger sind als der längste der 30 Tage davor.</translation>
    </message>
    <message>
        <source>Build distance step by step</source>
        <extracomment>ten-percent.title</extracomment>
        <translation>Distanz Schritt für Schritt steigern</translation>
    </message>
    <message>
        <source>Sudden jumps in running load are a common cause of overuse pain. The guide&apos;s 10% guideline (a week at most a tenth longer than the one before) is common advice with weak evidence; a single run well beyond your recent longest is the stronger warning sign.</source>
        <extracomment>ten-percent.why</extracomment>
        <translation>Plötzliche Sprünge in der Laufbelastung sind eine häufige Ursache für Überlastungsschmerz. Die 10-%-Richtlinie des Ratgebers (eine Woche höchstens ein Zehntel länger als die vorige) ist ein verbreiteter Rat mit schwacher Evidenz; ein einzelner Lauf weit über deinem jüngsten längsten ist das stärkere Warnzeichen.</translation>
    </message>
    <message>
        <source>Mind your shoes</source>
        <extracomment>supportive-shoes.title</extracomment>
        <translation>Achte auf deine Schuhe</translation>
    </message>
    <message>
        <source>Count recovery as training</source>
        <extracomment>recovery.title</extracomment>
        <translation>Erholung zählt als Training</translation>
    </message>
    <message>
        <source>The desk-break routine takes a few minutes beside your desk; for its half-kneeling stretch, put a folded towel or cushion under the back knee.</source>
        <extracomment>work-breaks.howPatellaHelps</extracomment>
        <translation>Die Schreibtischpause dauert ein paar Minuten neben dem Schreibtisch; für die Dehnung im Halbkniestand leg ein gefaltetes Handtuch oder Kissen unter das hintere Knie.</translation>
    </message>
    <message>
        <source>Move in your work breaks</source>
        <extracomment>work-breaks.title</extracomment>
        <translation>Beweg dich in den Arbeitspausen</translation>
    </message>
    <message>
        <source>Take stock once a week</source>
        <extracomment>track-weekly.title</extracomment>
        <translation>Einmal pro Woche Bilanz ziehen</translation>
    </message>
    <message>
        <source>Start warm</source>
        <extracomment>warm-up.title</extracomment>
        <translation>Warm starten</translation>
    </message>
    <message>
        <source>Drink and eat for recovery</source>
        <extracomment>hydrate-fuel.title</extracomment>
        <translation>Trinken und essen für die Erholung</translation>
    </message>
    <message>
        <source>Running short of fluid and salts leaves muscles stiffer, and tissue repairs more slowly.</source>
        <extracomment>hydrate-fuel.why</extracomment>
        <translation>Fehlen Flüssigkeit und Salze, werden die Muskeln steifer, und Gewebe heilt langsamer.</translation>
    </message>
</context>
<context>
    <name>customroutines</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 liegt unter %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 liegt über %2</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 ist keine ID: Kleinbuchstaben, Ziffern und Bindestriche verwenden</translation>
    </message>
    <message>
        <source>unknown muscle group %1</source>
        <translation>unbekannte Muskelgruppe %1</translation>
    </message>
    <message>
        <source>must list two or more parts, or none</source>
        <translation>muss zwei oder mehr Teile auflisten oder keinen</translation>
    </message>
    <message>
        <source>duplicate part %1</source>
        <translation>doppelter Teil %1</translation>
    </message>
    <message>
        <source>%1 is not one of Patella&apos;s routines</source>
        <translation>%1 ist keine der Routinen von Patella</translation>
    </message>
    <message>
        <source>is needed to use the routine in the plan: name the built-in routine it goes with</source>
        <translation>wird benötigt, um die Routine im Plan zu verwenden: Nennen Sie die eingebaute Routine, zu der sie gehört</translation>
    </message>
    <message>
        <source>needs at least one exercise</source>
        <translation>braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>unbekannte Übung %1</translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 is not done one side at a time: use &quot;both&quot;</source>
        <translation>%1 wird nicht seitenweise gemacht: „both“ verwenden</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (meins)</translation>
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
        <translation>die Datei endet mittendrin: Sie wurde vielleicht nicht fertig kopiert</translation>
    </message>
    <message>
        <source>a message runs past the end of the data: the file is damaged</source>
        <translation>eine Nachricht reicht über das Ende der Daten hinaus: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>this is not a FIT file, or its header is damaged</source>
        <translation>das ist keine FIT-Datei, oder ihr Header ist beschädigt</translation>
    </message>
    <message>
        <source>the data after the end of the activity is not another FIT file: the file is damaged</source>
        <translation>die Daten nach dem Ende der Aktivität sind keine weitere FIT-Datei: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>this is not a FIT file (its header lacks the &quot;.FIT&quot; mark)</source>
        <translation>das ist keine FIT-Datei (ihrem Header fehlt die Kennung „.FIT“)</translation>
    </message>
    <message>
        <source>the header of the FIT file chained here is damaged</source>
        <translation>der Header der hier angehängten FIT-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file uses FIT protocol version %1.%2, which Patella cannot read</source>
        <translation>die Datei nutzt FIT-Protokollversion %1.%2, die Patella nicht lesen kann</translation>
    </message>
    <message>
        <source>the file&apos;s header checksum does not match: it is damaged</source>
        <translation>die Header-Prüfsumme der Datei stimmt nicht: Sie ist beschädigt</translation>
    </message>
    <message>
        <source>the file&apos;s checksum does not match: it is damaged</source>
        <translation>die Prüfsumme der Datei stimmt nicht: Sie ist beschädigt</translation>
    </message>
    <message>
        <source>a message definition names an unknown byte order: the file is damaged</source>
        <translation>eine Nachrichtendefinition nennt eine unbekannte Bytereihenfolge: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>a message uses a type the file never defined: the file is damaged</source>
        <translation>eine Nachricht nutzt einen Typ, den die Datei nie definiert hat: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file holds more messages than any activity could: it is damaged</source>
        <translation>die Datei enthält mehr Nachrichten, als eine Aktivität haben kann: Sie ist beschädigt</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>at byte %1 of the compressed file: %2</source>
        <translation>bei Byte %1 der komprimierten Datei: %2</translation>
    </message>
    <message>
        <source>this is not a gzip file</source>
        <translation>das ist keine gzip-Datei</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>der Entpacker konnte nicht starten</translation>
    </message>
    <message>
        <source>the compressed file is larger than 4 GB, more than any activity file</source>
        <translation>die komprimierte Datei ist größer als 4 GB, mehr als jede Aktivitätsdatei</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB, more than any activity file: it is damaged or not an activity</source>
        <translation>sie entpackt sich auf mehr als %1 MB, mehr als jede Aktivitätsdatei: Sie ist beschädigt oder keine Aktivität</translation>
    </message>
    <message>
        <source>unexpected data after the end of the compressed content: it is damaged</source>
        <translation>unerwartete Daten nach dem Ende des komprimierten Inhalts: Sie ist beschädigt</translation>
    </message>
    <message>
        <source>the decompressor could not go on</source>
        <translation>der Entpacker konnte nicht weitermachen</translation>
    </message>
    <message>
        <source>the compressed file ends in the middle: it may not have finished copying</source>
        <translation>die komprimierte Datei endet mittendrin: Sie wurde vielleicht nicht fertig kopiert</translation>
    </message>
    <message>
        <source>there is not enough memory to unpack it</source>
        <translation>es ist nicht genug Speicher zum Entpacken da</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>die komprimierten Daten sind beschädigt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patella is already running with the data folder %1; its window has been brought to the front.
</source>
        <translation>Patella läuft bereits mit dem Datenordner %1; sein Fenster wurde in den Vordergrund geholt.
</translation>
    </message>
    <message>
        <source>Patella is already running with the data folder %1. Switch to its window, or close it first.</source>
        <translation>Patella läuft bereits mit dem Datenordner %1. Wechseln Sie zu seinem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Patella is already running</source>
        <translation>Patella läuft bereits</translation>
    </message>
    <message>
        <source>Patella&apos;s window needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty). Start it from a desktop session; `patella --check` works without one.
</source>
        <translation>Das Fenster von Patella braucht eine Anzeige, und keine ist gesetzt (DISPLAY und WAYLAND_DISPLAY sind leer). Starten Sie es aus einer Desktopsitzung; `patella --check` funktioniert auch ohne.
</translation>
    </message>
    <message>
        <source>Patella cannot start</source>
        <translation>Patella kann nicht starten</translation>
    </message>
    <message>
        <source>Patella cannot use its data folder</source>
        <translation>Patella kann seinen Datenordner nicht verwenden</translation>
    </message>
</context>
<context>
    <name>patella::AboutDialog</name>
    <message>
        <source>About Patella</source>
        <translation>Über Patella</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Patella %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Patella %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A recovery companion for runners with runner&apos;s knee (patellofemoral pain): guided stretching and strength sessions, a pain and running journal, and charts that show whether the knee is getting better.</source>
        <translation>Ein Begleiter für die Genesung beim Läuferknie (patellofemorales Schmerzsyndrom): angeleitete Dehn- und Kräftigungseinheiten, ein Schmerz- und Lauftagebuch und Diagramme, die zeigen, ob das Knie besser wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical note.&lt;/b&gt; Patella informs and reminds; it does not diagnose or treat, and it does not replace a physiotherapist or a doctor. Mild tension during a stretch is fine; sharp pain means stop. If pain spikes, lingers, or the knee swells, gives way or locks, see a physiotherapist.</source>
        <translation>&lt;b&gt;Medizinischer Hinweis.&lt;/b&gt; Patella informiert und erinnert; es stellt keine Diagnose, behandelt nicht und ersetzt keine Physiotherapeutin, keinen Physiotherapeuten und keine Ärztin oder keinen Arzt. Leichte Spannung beim Dehnen ist in Ordnung; stechender Schmerz heißt aufhören. Wenn der Schmerz stark zunimmt oder anhält oder das Knie anschwillt, nachgibt oder blockiert, suchen Sie eine Physiotherapie auf.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer: Patella makes no network connections and collects no usage data.</source>
        <translation>Ihr Tagebuch bleibt auf diesem Computer: Patella baut keine Netzwerkverbindungen auf und sammelt keine Nutzungsdaten.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityDropTarget</name>
    <message>
        <source>Not a run</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>Patella cannot import %1: it reads runs from GPX, TCX and FIT files (and .gz copies of them), as a watch or a phone app writes them.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>Patella kann %1 nicht importieren: Es liest Läufe aus GPX-, TCX- und FIT-Dateien (und deren .gz-Kopien), wie sie eine Uhr oder eine Handy-App schreibt.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityFile</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than any activity file (at most %2 MB).</source>
        <translation>die Datei ist %1 MB groß, größer als jede Aktivitätsdatei (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file is compressed twice; no watch or app writes that.</source>
        <translation>die Datei ist zweimal komprimiert; so etwas schreibt keine Uhr und keine App.</translation>
    </message>
    <message>
        <source>this is not an activity file Patella knows (GPX, TCX or FIT).</source>
        <translation>das ist keine Aktivitätsdatei, die Patella kennt (GPX, TCX oder FIT).</translation>
    </message>
    <message>
        <source>the file ends in the middle: it may not have finished copying.</source>
        <translation>die Datei bricht mittendrin ab: Vielleicht wurde sie nicht fertig kopiert.</translation>
    </message>
    <message>
        <source>the file is damaged here and cannot be read (%1).</source>
        <extracomment>%1 is the XML parser&apos;s own (English) description of the damage</extracomment>
        <translation>die Datei ist hier beschädigt und lässt sich nicht lesen (%1).</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 the problem</extracomment>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <extracomment>%1 what the value is (&quot;the latitude&quot;, &quot;&lt;DistanceMeters&gt;&quot;), %2 the text found</extracomment>
        <translation>%1 „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date and time.</source>
        <translation>die Zeit „%1“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible value.</source>
        <extracomment>%1 the element (&quot;&lt;DistanceMeters&gt;&quot;), %2 the value found</extracomment>
        <translation>%1 %2 ist kein plausibler Wert.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportActions</name>
    <message>
        <source>Runs from a &amp;watch or app (GPX, TCX, FIT)…</source>
        <translation>Läufe von einer &amp;Uhr oder App (GPX, TCX, FIT)…</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>Activity files (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;All files (*)</source>
        <translation>Aktivitätsdateien (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportDialog</name>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sportart</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Zeit in Bewegung</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Kadenz</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Activities found</source>
        <translation>Gefundene Aktivitäten</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Tagebuch ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The device&apos;s own total</source>
        <translation>Die Gesamtstrecke des Geräts</translation>
    </message>
    <message>
        <source>Summed from the track&apos;s points</source>
        <translation>Aus den Punkten der Strecke summiert</translation>
    </message>
    <message>
        <source>%1 spm</source>
        <extracomment>average steps per minute</extracomment>
        <translation>%1 Schritte/min</translation>
    </message>
    <message>
        <source>No shoe</source>
        <translation>Kein Schuh</translation>
    </message>
    <message>
        <source>Likely duplicate: what to do</source>
        <translation>Wahrscheinlich doppelt: was tun</translation>
    </message>
    <message>
        <source>Likely duplicate: merge</source>
        <translation>Wahrscheinlich doppelt: zusammenführen</translation>
    </message>
    <message>
        <source>Likely duplicate: keep both</source>
        <translation>Wahrscheinlich doppelt: beide behalten</translation>
    </message>
    <message>
        <source>Merge keeps your effort, pain and notes and takes the file&apos;s distance and times.</source>
        <translation>Zusammenführen behält Ihre Anstrengung, Schmerzen und Notizen und übernimmt Strecke und Zeiten aus der Datei.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Already in the journal</source>
        <translation>Schon im Tagebuch</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n run(s)</source>
        <translation>
            <numerusform>%n Lauf &amp;importieren</numerusform>
            <numerusform>%n Läufe &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · already in the journal: %2 · likely duplicates of runs you typed: %3 · skipped: %4 · rejected: %5. Tick what to import; a skipped sport counts as a run once ticked.</source>
        <extracomment>the counts of the activities found, by status</extracomment>
        <translation>Neu: %1 · schon im Tagebuch: %2 · wahrscheinlich doppelt zu von Hand erfassten Läufen: %3 · übersprungen: %4 · abgelehnt: %5. Haken Sie an, was importiert werden soll; eine übersprungene Sportart zählt angehakt als Lauf.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1. Undo takes the whole import back.</source>
        <translation>
            <numerusform>%n Lauf importiert, %1. Rückgängig nimmt den ganzen Import zurück.</numerusform>
            <numerusform>%n Läufe importiert, %1. Rückgängig nimmt den ganzen Import zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be taken back: %1</source>
        <translation>Der Import ließ sich nicht zurücknehmen: %1</translation>
    </message>
    <message>
        <source>The import was taken back: the journal is as it was before.</source>
        <translation>Der Import wurde zurückgenommen: Das Tagebuch ist wie vorher.</translation>
    </message>
</context>
<context>
    <name>patella::AdherenceView</name>
    <message>
        <source>Day by day, the last twelve weeks</source>
        <translation>Tag für Tag, die letzten zwölf Wochen</translation>
    </message>
    <message>
        <source>sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>sessions per week (month&apos;s mean)</source>
        <translation>Einheiten pro Woche (Monatsmittel)</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <source>%1: %2 sessions a week on average</source>
        <translation>%1: im Schnitt %2 Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Target: %1 a week</source>
        <translation>Ziel: %1 pro Woche</translation>
    </message>
</context>
<context>
    <name>patella::Application</name>
    <message>
        <source>Patella — demo journal (nothing is kept)</source>
        <translation>Patella — Demo-Tagebuch (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>Patella&apos;s exercise catalog is damaged, so Patella will not start with half of it. Reinstalling Patella should fix this.

%1</source>
        <translation>Der Übungskatalog von Patella ist beschädigt, daher startet Patella nicht mit nur einem Teil davon. Eine Neuinstallation von Patella sollte das beheben.

%1</translation>
    </message>
    <message>
        <source>Patella cannot start</source>
        <translation>Patella kann nicht starten</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Neues Tagebuch</translation>
    </message>
    <message>
        <source>Patella journal (*.sqlite)</source>
        <translation>Patella-Tagebuch (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>Restored. The journal as it was is kept as a pre-restore backup.</source>
        <translation>Wiederhergestellt. Das Tagebuch, wie es war, ist als Sicherung vor dem Wiederherstellen aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>patella::CadenceChart</name>
    <message>
        <source>steps per minute</source>
        <translation>Schritte pro Minute</translation>
    </message>
    <message>
        <source>5-10% above your usual rate</source>
        <translation>5-10 % über Ihrer üblichen Frequenz</translation>
    </message>
    <message>
        <source>Your usual rate (%1)</source>
        <translation>Ihre übliche Frequenz (%1)</translation>
    </message>
    <message>
        <source>Your usual rate: %1 steps per minute</source>
        <translation>Ihre übliche Frequenz: %1 Schritte pro Minute</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Monatsmittel</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 steps per minute (%n run(s))</source>
        <translation>
            <numerusform>%1: %2 Schritte pro Minute (%n Lauf)</numerusform>
            <numerusform>%1: %2 Schritte pro Minute (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>%1: %2 steps per minute</source>
        <translation>%1: %2 Schritte pro Minute</translation>
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
        <translation>Was die Regel dieses Diagramms bedeutet, und ihre Quellen</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>Hilfe zu %1</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save this chart as a picture, for instance to show your physiotherapist</source>
        <translation>Dieses Diagramm als Bild speichern, etwa um es Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten zu zeigen</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was es zeigt</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>%1 als PNG speichern</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>patella::CheckCommand</name>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no journal here</source>
        <translation>%1: hier ist kein Tagebuch</translation>
    </message>
    <message numerus="yes">
        <source>Checked the journal and %n backup(s); %1.</source>
        <translation>
            <numerusform>Das Tagebuch und %n Sicherung geprüft; %1.</numerusform>
            <numerusform>Das Tagebuch und %n Sicherungen geprüft; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>all sound</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>the journal is sound, %n backup(s) damaged</source>
        <translation>
            <numerusform>das Tagebuch ist in Ordnung, %n Sicherung beschädigt</numerusform>
            <numerusform>das Tagebuch ist in Ordnung, %n Sicherungen beschädigt</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal is not sound</source>
        <translation>das Tagebuch ist nicht in Ordnung</translation>
    </message>
</context>
<context>
    <name>patella::CheckInFlexPage</name>
    <message>
        <source>Flexibility: %1</source>
        <translation>Beweglichkeit: %1</translation>
    </message>
    <message>
        <source>Picture of the %1 test</source>
        <translation>Abbildung des Tests „%1“</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Gemessen als:</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, optional</translation>
    </message>
    <message>
        <source>&amp;Left side:</source>
        <translation>&amp;Linke Seite:</translation>
    </message>
    <message>
        <source>&amp;Right side:</source>
        <translation>&amp;Rechte Seite:</translation>
    </message>
    <message>
        <source>%1 These home tests vary from one go to the next, so a single week says little: Patella shows how your own numbers move over the weeks, never a pass or a fail. Skip a side or the whole test if it hurts.</source>
        <translation>%1 Diese Heimtests schwanken von Mal zu Mal, daher sagt eine einzelne Woche wenig: Patella zeigt, wie sich Ihre eigenen Werte über die Wochen entwickeln, nie ein Bestanden oder Nicht-bestanden. Lassen Sie eine Seite oder den ganzen Test aus, wenn es wehtut.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>patella::CheckInFunctionPage</name>
    <message>
        <source>What the knee makes hard</source>
        <translation>Was Ihnen das Knie schwer macht</translation>
    </message>
    <message>
        <source>Name %1 to %2 activities of your own that the knee makes hard, and rate each: 0 means you cannot do it, 10 that you do it as well as before the problem. Leave the page empty to skip it this time.</source>
        <translation>Nennen Sie %1 bis %2 eigene Aktivitäten, die Ihnen das Knie schwer macht, und bewerten Sie jede: 0 heißt, es geht nicht, 10, dass es so gut geht wie vor dem Problem. Lassen Sie die Seite leer, um sie diesmal zu überspringen.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Wert (0–10)</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Wert für %1</translation>
    </message>
    <message>
        <source>No longer ask</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Its scores so far stay in the journal.</source>
        <translation>Die bisherigen Werte bleiben im Tagebuch.</translation>
    </message>
    <message>
        <source>for example: going down stairs</source>
        <translation>zum Beispiel: Treppen hinuntergehen</translation>
    </message>
    <message>
        <source>another activity (optional)</source>
        <translation>eine weitere Aktivität (optional)</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>Neue Aktivität %1</translation>
    </message>
    <message>
        <source>Score for new activity %1</source>
        <translation>Wert für die neue Aktivität %1</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale (Stratford et al., 1995). A change of about 2 points in the average, or 3 for one activity, is usually taken as meaningful.</source>
        <translation>Patient-Specific Functional Scale (Stratford et al., 1995). Eine Veränderung von etwa 2 Punkten im Durchschnitt oder 3 bei einer Aktivität gilt meist als bedeutsam.</translation>
    </message>
    <message>
        <source>The new activity</source>
        <translation>Die neue Aktivität</translation>
    </message>
    <message>
        <source>The score for &quot;%1&quot;</source>
        <translation>Der Wert für „%1“</translation>
    </message>
    <message>
        <source>A score needs the activity&apos;s name beside it.</source>
        <translation>Ein Wert braucht den Namen der Aktivität daneben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no score</source>
        <translation>„%1“ hat keinen Wert</translation>
    </message>
</context>
<context>
    <name>patella::CheckInMileagePage</name>
    <message>
        <source>Running this week</source>
        <translation>Laufen diese Woche</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2.</source>
        <translation>Montag, %1, bis Sonntag, %2.</translation>
    </message>
    <message>
        <source>&amp;Distance this week (%1):</source>
        <translation>&amp;Umfang diese Woche (%1):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Anzahl der Läufe:</translation>
    </message>
    <message numerus="yes">
        <source>You logged %n run(s) this week, %1 in all. That is the figure the check-in uses; add or correct runs on the Journal&apos;s Runs tab.</source>
        <translation>
            <numerusform>Sie haben diese Woche %n Lauf erfasst, insgesamt %1. Mit diesem Wert rechnet der Check-in; Läufe ergänzen oder korrigieren Sie im Tagebuch auf dem Reiter „Läufe“.</numerusform>
            <numerusform>Sie haben diese Woche %n Läufe erfasst, insgesamt %1. Mit diesem Wert rechnet der Check-in; Läufe ergänzen oder korrigieren Sie im Tagebuch auf dem Reiter „Läufe“.</numerusform>
        </translation>
    </message>
    <message>
        <source>You logged a total of %1 for this week. To change it, edit it on the Journal&apos;s Runs tab.</source>
        <translation>Sie haben für diese Woche insgesamt %1 erfasst. Ändern können Sie das im Tagebuch auf dem Reiter „Läufe“.</translation>
    </message>
    <message>
        <source>No runs are logged for this week. If you ran, enter the week&apos;s total here; leave it empty if you did not run.</source>
        <translation>Für diese Woche sind keine Läufe erfasst. Wenn Sie gelaufen sind, tragen Sie hier den Wochenumfang ein; lassen Sie das Feld leer, wenn nicht.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Anzahl der Läufe</translation>
    </message>
</context>
<context>
    <name>patella::CheckInNotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering about this week: a flare-up and what came before it, a new exercise, a question for your physio. Optional.</source>
        <translation>Was Sie sich zu dieser Woche merken möchten: ein Schmerzschub und was davor war, eine neue Übung, eine Frage an Ihre Physiotherapie. Optional.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInPainPage</name>
    <message>
        <source>Pain this week</source>
        <translation>Schmerz diese Woche</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst you can imagine. Think back over the whole week.</source>
        <translation>0 heißt kein Schmerz, 10 der schlimmste vorstellbare. Denken Sie an die ganze Woche zurück.</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>&amp;Worst pain this week:</source>
        <translation>&amp;Stärkster Schmerz diese Woche:</translation>
    </message>
    <message>
        <source>&amp;Usual pain this week:</source>
        <translation>Ü&amp;blicher Schmerz diese Woche:</translation>
    </message>
    <message>
        <source>And in each of these situations (leave empty if it did not come up):</source>
        <translation>Und in jeder dieser Situationen (leer lassen, wenn sie nicht vorkam):</translation>
    </message>
    <message>
        <source>0-10, optional</source>
        <translation>0–10, optional</translation>
    </message>
    <message>
        <source>&amp;Running:</source>
        <translation>&amp;Laufen:</translation>
    </message>
    <message>
        <source>&amp;Stairs (especially going down):</source>
        <translation>&amp;Treppen (vor allem abwärts):</translation>
    </message>
    <message>
        <source>Sitting &amp;long with bent knees:</source>
        <translation>&amp;Langes Sitzen mit gebeugten Knien:</translation>
    </message>
    <message>
        <source>S&amp;quatting:</source>
        <translation>&amp;Hocken:</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Üblicher Schmerz</translation>
    </message>
    <message>
        <source>Usual pain cannot be higher than the worst pain.</source>
        <translation>Der übliche Schmerz kann nicht höher sein als der stärkste.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>patella::CheckInShoePage</name>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Turn each pair over and look at the midsole: deep creases, a flattened or tilted heel, or a worn-through outsole are the signs that count, whatever the distance says.</source>
        <translation>Drehen Sie jedes Paar um und sehen Sie sich die Zwischensohle an: tiefe Falten, eine abgeflachte oder schiefe Ferse oder eine durchgelaufene Laufsohle sind die Zeichen, die zählen, egal was der Kilometerstand sagt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of your %3 limit (%4%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 von Ihrer Grenze von %3 (%4 %)</translation>
    </message>
    <message>
        <source>The midsole looks worn</source>
        <translation>Die Zwischensohle sieht abgenutzt aus</translation>
    </message>
    <message>
        <source>Then it may be time to retire this pair and move to a fresh one. You know your shoes best: Patella only keeps count.</source>
        <translation>Dann ist es vielleicht Zeit, dieses Paar auszumustern und ein frisches zu nehmen. Sie kennen Ihre Schuhe am besten: Patella zählt nur mit.</translation>
    </message>
    <message>
        <source>Retire it when I finish the check-in</source>
        <translation>Nach dem Check-in ausmustern</translation>
    </message>
    <message>
        <source>No shoes in use are in the journal. Add your pairs on the Journal&apos;s Shoes tab to follow how far you have run in each.</source>
        <translation>Im Tagebuch sind keine Schuhe in Gebrauch. Legen Sie Ihre Paare im Tagebuch auf dem Reiter „Schuhe“ an, um zu verfolgen, wie weit Sie in jedem gelaufen sind.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInSummaryPage</name>
    <message>
        <source>This week beside the last</source>
        <translation>Diese Woche im Vergleich zur letzten</translation>
    </message>
    <message>
        <source>Press Finish to save the check-in to your journal.</source>
        <translation>Klicken Sie auf „Fertigstellen“, um den Check-in in Ihrem Tagebuch zu speichern.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Last time (check-in of %1)</source>
        <translation>Letztes Mal (Check-in vom %1)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Week-to-week changes are small and noisy, the flexibility tests most of all; the Progress page shows the trend over many weeks. For pain, a change of about one point or more is the size people notice.</source>
        <translation>Veränderungen von Woche zu Woche sind klein und schwankend, am meisten bei den Beweglichkeitstests; die Seite „Verlauf“ zeigt den Trend über viele Wochen. Beim Schmerz ist eine Veränderung von etwa einem Punkt oder mehr die Größe, die man spürt.</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Üblicher Schmerz</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Running distance (last week, this week)</source>
        <translation>Laufumfang (letzte Woche, diese Woche)</translation>
    </message>
</context>
<context>
    <name>patella::CheckInWarningPage</name>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Did any of these happen this week? Runner&apos;s knee does not usually do them, so each one is worth a professional look.</source>
        <translation>Ist diese Woche etwas davon aufgetreten? Beim Läuferknie kommt das gewöhnlich nicht vor, daher ist jedes davon eine fachliche Abklärung wert.</translation>
    </message>
    <message>
        <source>Please see a physiotherapist or a doctor about this before your next session, and rest the knee from whatever brings it on until then. Today will keep reminding you.</source>
        <translation>Bitte lass das vor deiner nächsten Einheit physiotherapeutisch oder ärztlich abklären und schone das Knie bis dahin vor allem, was es auslöst. Heute erinnert dich weiter daran.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInWizard</name>
    <message>
        <source>Weekly check-in, week of %1</source>
        <translation>Wöchentlicher Check-in, Woche vom %1</translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation>Check-in nicht gespeichert</translation>
    </message>
    <message>
        <source>The journal did not accept the check-in, and nothing of it was saved: %1</source>
        <translation>Das Tagebuch hat den Check-in nicht angenommen, und nichts davon wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>patella::CommandLine</name>
    <message>
        <source>Keep the journal in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Das Tagebuch in &lt;dir&gt; statt im Standard-Datenordner führen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open a throwaway journal filled with twelve weeks of example data.</source>
        <translation>Ein Wegwerf-Tagebuch mit zwölf Wochen Beispieldaten öffnen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: Der Ordnername ist leer.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Check the permissions of its parent folder.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen seines übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written: %2</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check the journal and every backup (PRAGMA integrity_check), one line each; opens them read-only and writes nothing. Exit code 0 when the journal is sound, 74 when it is not.</source>
        <translation>Das Tagebuch und jede Sicherung prüfen (PRAGMA integrity_check), je eine Zeile; öffnet sie nur lesend und schreibt nichts. Exit-Code 0, wenn das Tagebuch in Ordnung ist, 74, wenn nicht.</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is not valid UTF-8 text, so Patella cannot name that folder. Rename it, or choose another one.</source>
        <translation>--data-dir: Der Ordnername ist kein gültiger UTF-8-Text, daher kann Patella diesen Ordner nicht benennen. Benennen Sie ihn um oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The data folder %1 is too long (%2 bytes; SQLite takes file names of at most 512 bytes, and the backups add up to %3 more). Choose a shorter folder; nothing was created.</source>
        <translation>Der Datenordner %1 ist zu lang (%2 Bytes; SQLite nimmt Dateinamen mit höchstens 512 Bytes, und die Sicherungen fügen bis zu %3 hinzu). Wählen Sie einen kürzeren Ordner; nichts wurde angelegt.</translation>
    </message>
    <message>
        <source>Write the journal as CSV files (one per record kind, with README.txt) into &lt;dir&gt;, then exit.</source>
        <translation>Das Tagebuch als CSV-Dateien (eine pro Eintragsart, mit README.txt) nach &lt;dir&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Read a folder written by --export-csv into the journal, adding only what it does not hold yet, then exit.</source>
        <translation>Einen mit --export-csv geschriebenen Ordner ins Tagebuch lesen, nur Fehlendes hinzufügen, und beenden.</translation>
    </message>
    <message>
        <source>--%1: the folder name is empty.</source>
        <translation>--%1: Der Ordnername ist leer.</translation>
    </message>
    <message>
        <source>--export-csv and --import-csv cannot be given together.</source>
        <translation>--export-csv und --import-csv lassen sich nicht zusammen angeben.</translation>
    </message>
    <message>
        <source>Import a programme file (routines and exercises, e.g. from your physiotherapist) into the journal and exit. Exit code 65 when the file is refused; nothing is written then.</source>
        <translation>Eine Programmdatei (Routinen und Übungen, z. B. von Ihrer Physiotherapeutin) ins Tagebuch übernehmen und beenden. Exit-Code 65, wenn die Datei abgelehnt wird; dann wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>--import-programme: the file name is empty.</source>
        <translation>--import-programme: Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>--import-programme cannot be given with --export-csv or --import-csv.</source>
        <translation>--import-programme kann nicht zusammen mit --export-csv oder --import-csv angegeben werden.</translation>
    </message>
    <message>
        <source>Import the runs in the GPX, TCX or FIT files given after the options into the journal, without a window, and exit.</source>
        <translation>Die Läufe aus den nach den Optionen genannten GPX-, TCX- oder FIT-Dateien ohne Fenster ins Tagebuch importieren und beenden.</translation>
    </message>
    <message>
        <source>With --import: print one JSON object per activity.</source>
        <translation>Mit --import: ein JSON-Objekt pro Aktivität ausgeben.</translation>
    </message>
    <message>
        <source>With --import: the activity files.</source>
        <translation>Mit --import: die Aktivitätsdateien.</translation>
    </message>
    <message>
        <source>--import does not work with --demo.</source>
        <translation>--import geht nicht zusammen mit --demo.</translation>
    </message>
    <message>
        <source>--import: name at least one file to import.</source>
        <translation>--import: Nennen Sie mindestens eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>--json only goes with --import.</source>
        <translation>--json gibt es nur zusammen mit --import.</translation>
    </message>
    <message>
        <source>--import goes with no other command (--check, --export-csv, --import-csv, --import-programme).</source>
        <translation>--import lässt sich mit keinem anderen Befehl kombinieren (--check, --export-csv, --import-csv, --import-programme).</translation>
    </message>
    <message>
        <source>Patella: a recovery companion for runners with runner&apos;s knee.
Exit codes: 0 ok, 64 bad usage, 69 no display for the window, 70 damaged catalog, 73 data folder unusable, 74 journal unreadable or (--check) not sound, 75 already running on this data folder; --export-csv, --import-csv and --import-programme: 65 a file was refused (nothing written), 66 nothing to read; --import: 65 a file could not be read (the others were imported); --report: 66 no journal, 73 the PDF not written.</source>
        <translation>Patella: ein Begleiter für die Genesung von Läufern mit Läuferknie.
Exit-Codes: 0 in Ordnung, 64 falscher Aufruf, 69 kein Bildschirm für das Fenster, 70 beschädigter Katalog, 73 Datenordner nicht nutzbar, 74 Tagebuch nicht lesbar oder (--check) nicht intakt, 75 läuft bereits mit diesem Datenordner; --export-csv, --import-csv und --import-programme: 65 eine Datei wurde abgelehnt (nichts geschrieben), 66 nichts zu lesen; --import: 65 eine Datei war nicht lesbar (die anderen wurden importiert); --report: 66 kein Tagebuch, 73 das PDF wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Write the physiotherapist&apos;s report to &lt;file&gt; (PDF) and exit.</source>
        <translation>Den Bericht für die Physiotherapie nach &lt;file&gt; (PDF) schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --report: the last &lt;n&gt; weeks (1-520, default 12), or &quot;start&quot; for since the programme started.</source>
        <translation>Mit --report: die letzten &lt;n&gt; Wochen (1-520, Standard 12) oder &quot;start&quot; für seit Programmbeginn.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --report: the name printed on the report.</source>
        <translation>Mit --report: der Name, der auf dem Bericht steht.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>With --report: the report&apos;s last day, YYYY-MM-DD (default today).</source>
        <translation>Mit --report: der letzte Tag des Berichts, JJJJ-MM-TT als YYYY-MM-DD (Standard heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>--report: the PDF file name is missing.</source>
        <translation>--report: der Name der PDF-Datei fehlt.</translation>
    </message>
    <message>
        <source>--weeks: &quot;%1&quot; is not a number of weeks from 1 to 520, nor &quot;start&quot;.</source>
        <translation>--weeks: &quot;%1&quot; ist weder eine Anzahl Wochen von 1 bis 520 noch &quot;start&quot;.</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not a date like 2026-03-16.</source>
        <translation>--end: &quot;%1&quot; ist kein Datum wie 2026-03-16.</translation>
    </message>
    <message>
        <source>--report cannot be given together with --check, --export-csv, --import-csv, --import or --import-programme.</source>
        <translation>--report kann nicht zusammen mit --check, --export-csv, --import-csv, --import oder --import-programme angegeben werden.</translation>
    </message>
</context>
<context>
    <name>patella::CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
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
        <translation>&amp;Patella-CSV…</translation>
    </message>
    <message>
        <source>&amp;Running history (CSV)…</source>
        <translation>&amp;Laufhistorie (CSV)…</translation>
    </message>
    <message>
        <source>Export the journal as CSV into</source>
        <translation>Tagebuch als CSV exportieren nach</translation>
    </message>
    <message>
        <source>Import a Patella CSV folder</source>
        <translation>Patella-CSV-Ordner importieren</translation>
    </message>
    <message>
        <source>Import a running history</source>
        <translation>Laufhistorie importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The journal could not be exported.</source>
        <translation>Das Tagebuch ließ sich nicht exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Tagebuch exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1, one CSV file per kind, with README.txt naming the columns.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben, eine CSV-Datei pro Art, mit README.txt, das die Spalten benennt.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben, eine CSV-Datei pro Art, mit README.txt, das die Spalten benennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have a mistake. Correct them and import the folder again.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Datei enthält einen Fehler. Korrigieren Sie sie und importieren Sie den Ordner erneut.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Dateien enthalten einen Fehler. Korrigieren Sie sie und importieren Sie den Ordner erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already in the journal</source>
        <translation>%1: %2 hinzugefügt, %3 schon im Tagebuch</translation>
    </message>
    <message>
        <source>%1: not a Patella CSV file, ignored</source>
        <translation>%1: keine Patella-CSV-Datei, übergangen</translation>
    </message>
    <message>
        <source>Journal imported</source>
        <translation>Tagebuch importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added; %1 already in the journal.</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt; %1 schon im Tagebuch.</numerusform>
            <numerusform>%n Einträge hinzugefügt; %1 schon im Tagebuch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CuePlayer</name>
    <message>
        <source>No sound device was found: sessions run silently, with every cue on screen.</source>
        <translation>Kein Audiogerät gefunden: Einheiten laufen lautlos, alle Hinweise erscheinen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The voice on this computer (%1) does not speak %2: sessions play tones and show the spoken cues on screen.</source>
        <translation>Die Stimme auf diesem Computer (%1) spricht kein %2: Einheiten spielen Töne, und die gesprochenen Hinweise erscheinen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No speech engine is available: tones play, spoken cues are shown on screen only.</source>
        <translation>Keine Sprachausgabe verfügbar: Töne werden gespielt, gesprochene Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Tones and spoken cues are ready.</source>
        <translation>Töne und gesprochene Hinweise sind bereit.</translation>
    </message>
    <message>
        <source>not found (looked for %1)</source>
        <translation>nicht gefunden (gesucht: %1)</translation>
    </message>
    <message>
        <source>Patella&apos;s sound module could not be loaded (%1): sessions run silently, with every cue on screen.</source>
        <translation>Das Tonmodul von Patella konnte nicht geladen werden (%1): Einheiten laufen lautlos, alle Hinweise erscheinen auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>patella::CustomCatalog</name>
    <message>
        <source>is one of Patella&apos;s own exercises</source>
        <translation>ist eine von Patellas eigenen Übungen</translation>
    </message>
    <message>
        <source>is already a routine&apos;s id</source>
        <translation>ist schon die ID einer Routine</translation>
    </message>
    <message>
        <source>is one of Patella&apos;s own routines</source>
        <translation>ist eine von Patellas eigenen Routinen</translation>
    </message>
    <message>
        <source>is already an exercise&apos;s id</source>
        <translation>ist schon die ID einer Übung</translation>
    </message>
    <message>
        <source>Patella&apos;s own exercises and routines cannot be deleted.</source>
        <translation>Patellas eigene Übungen und Routinen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>is used in your routine &quot;%1&quot;: take it out there first.</source>
        <translation>wird in Ihrer Routine „%1“ verwendet: Nehmen Sie sie dort zuerst heraus.</translation>
    </message>
    <message>
        <source>%1 (replaces %2)</source>
        <translation>%1 (ersetzt %2)</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;.</source>
        <translation>Es gibt keine Routine „%1“.</translation>
    </message>
    <message>
        <source>its picture %1 cannot be read: %2</source>
        <translation>ihr Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>patella::DetailPane</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start a guided session</source>
        <translation>Eine angeleitete Einheit starten</translation>
    </message>
</context>
<context>
    <name>patella::ExerciseDialog</name>
    <message>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>Zusammenfassung in einer Zeile</translation>
    </message>
    <message>
        <source>What it is for, in one line (optional)</source>
        <translation>Wofür sie ist, in einer Zeile (freiwillig)</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Z&amp;usammenfassung:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>One s&amp;ide at a time (left, then right)</source>
        <translation>Eine Seite nach der &amp;anderen (links, dann rechts)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Eine Zeit lang halten</translation>
    </message>
    <message>
        <source>Count repetitions</source>
        <translation>Wiederholungen zählen</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Halten, Sekunden</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Halten:</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Seconds one repetition takes</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>&amp;One repetition takes:</source>
        <translation>&amp;Eine Wiederholung dauert:</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Sätze:</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Sätzen, Sekunden</translation>
    </message>
    <message>
        <source>R&amp;est between sets:</source>
        <translation>&amp;Pause zwischen den Sätzen:</translation>
    </message>
    <message>
        <source>How to do it, one step a line</source>
        <translation>So geht es, ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>Ho&amp;w to:</source>
        <translation>S&amp;o geht es:</translation>
    </message>
    <message>
        <source>Coaching cues, one a line</source>
        <translation>Hinweise, einer pro Zeile</translation>
    </message>
    <message>
        <source>Shown and spoken during the exercise</source>
        <translation>Während der Übung angezeigt und gesprochen</translation>
    </message>
    <message>
        <source>&amp;Cues:</source>
        <translation>Hinwe&amp;ise:</translation>
    </message>
    <message>
        <source>Cautions, one a line</source>
        <translation>Vorsicht, ein Punkt pro Zeile</translation>
    </message>
    <message>
        <source>When to ease off or stop</source>
        <translation>Wann Sie nachlassen oder aufhören</translation>
    </message>
    <message>
        <source>C&amp;autions:</source>
        <translation>&amp;Vorsicht:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Choose &amp;picture…</source>
        <translation>&amp;Bild wählen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 5 MB</source>
        <translation>Eine PNG-, JPEG- oder SVG-Datei von höchstens 5 MB</translation>
    </message>
    <message>
        <source>&amp;Mirror it for the right side</source>
        <translation>Für die rechte Seite spie&amp;geln</translation>
    </message>
    <message>
        <source>Muscles it &amp;targets:</source>
        <translation>Beanspruchte &amp;Muskeln:</translation>
    </message>
    <message>
        <source>Muscles it targets</source>
        <translation>Beanspruchte Muskeln</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>One repetition takes (seconds)</source>
        <translation>Eine Wiederholung dauert (Sekunden)</translation>
    </message>
    <message>
        <source>Rest between sets (seconds)</source>
        <translation>Pause zwischen den Sätzen (Sekunden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No picture: a neutral placeholder is shown</source>
        <translation>Kein Bild: Ein neutraler Platzhalter wird gezeigt</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>The exercise&apos;s picture</source>
        <translation>Das Bild der Übung</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>Bild ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>patella::FlexDialog</name>
    <message>
        <source>Log a flexibility test</source>
        <translation>Beweglichkeitstest erfassen</translation>
    </message>
    <message>
        <source>Edit flexibility test</source>
        <translation>Beweglichkeitstest bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Gemessen als:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>patella::FlexModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>patella::FlexibilityView</name>
    <message>
        <source>lower = more flexible</source>
        <translation>niedriger = beweglicher</translation>
    </message>
    <message>
        <source>higher = more flexible</source>
        <translation>höher = beweglicher</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>patella::FolderImport</name>
    <message>
        <source>Last look at %1: the runs could not be imported (%2).</source>
        <translation>Zuletzt nachgesehen um %1: Die Läufe konnten nicht importiert werden (%2).</translation>
    </message>
    <message>
        <source>Last look at %1.</source>
        <translation>Zuletzt nachgesehen um %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported at %1: %n new run(s), %2.</source>
        <extracomment>%1 time of day, %2 distance with its unit</extracomment>
        <translation>
            <numerusform>Importiert um %1: %n neuer Lauf, %2.</numerusform>
            <numerusform>Importiert um %1: %n neue Läufe, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off: no folder is looked at.</source>
        <translation>Ausgeschaltet: Kein Ordner wird durchsucht.</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>Kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>%1 is not there now (a watch unplugged?): Patella looks for it again every few seconds.</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>%1 ist gerade nicht da (Uhr abgesteckt?): Patella sieht alle paar Sekunden wieder nach.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s).</source>
        <translation>
            <numerusform>%n Ordner wird beobachtet.</numerusform>
            <numerusform>%n Ordner werden beobachtet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your choice: %n file(s) with a run you may have typed by hand.</source>
        <translation>
            <numerusform>Wartet auf Ihre Wahl: %n Datei mit einem Lauf, den Sie vielleicht von Hand eingetragen haben.</numerusform>
            <numerusform>Wartet auf Ihre Wahl: %n Dateien mit einem Lauf, den Sie vielleicht von Hand eingetragen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) looked in as well.</source>
        <translation>
            <numerusform>%n Unterordner wird ebenfalls durchsucht.</numerusform>
            <numerusform>%n Unterordner werden ebenfalls durchsucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more folders than one look reads: only the %n nearest are looked in.</source>
        <extracomment>%1 a folder&apos;s path; %n how many folders one look reads</extracomment>
        <translation>
            <numerusform>%1 enthält mehr Ordner, als ein Durchgang liest: nur %n Ordner, der nächste, wird durchsucht.</numerusform>
            <numerusform>%1 enthält mehr Ordner, als ein Durchgang liest: nur die %n nächsten werden durchsucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not watched (too many), looked in every minute: %n subfolder(s).</source>
        <translation>
            <numerusform>Nicht überwacht (zu viele), jede Minute durchsucht: %n Unterordner.</numerusform>
            <numerusform>Nicht überwacht (zu viele), jede Minute durchsucht: %n Unterordner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FolderImportNotice</name>
    <message>
        <source>Runs from your folder could not be imported: %1</source>
        <translation>Läufe aus Ihrem Ordner konnten nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new run(s): %1.</source>
        <extracomment>%1 the distance of the new runs with its unit (&quot;24.1 km&quot;)</extracomment>
        <translation>
            <numerusform>%n neuer Lauf: %1.</numerusform>
            <numerusform>%n neue Läufe: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden: %1.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs from your folder</source>
        <translation>Läufe aus Ihrem Ordner</translation>
    </message>
    <message numerus="yes">
        <source>Choose for %n run(s) from your folder…</source>
        <translation>
            <numerusform>Für %n Lauf aus Ihrem Ordner wählen…</numerusform>
            <numerusform>Für %n Läufe aus Ihrem Ordner wählen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) may already be in your journal, typed by hand: choose merge or keep both.</source>
        <translation>
            <numerusform>%n Lauf steht vielleicht schon, von Hand eingetragen, in Ihrem Tagebuch: Wählen Sie Zusammenführen oder beide behalten.</numerusform>
            <numerusform>%n Läufe stehen vielleicht schon, von Hand eingetragen, in Ihrem Tagebuch: Wählen Sie Zusammenführen oder beide behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FunctionScoreChart</name>
    <message>
        <source>function (0-10, higher is better)</source>
        <translation>Funktion (0–10, höher ist besser)</translation>
    </message>
    <message>
        <source>%1, %2: %3/10</source>
        <translation>%1, %2: %3/10</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 of %n activities</source>
        <translation>
            <numerusform>%1: Durchschnitt %2 aus %n Aktivität</numerusform>
            <numerusform>%1: Durchschnitt %2 aus %n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>First average + 2 (meaningful)</source>
        <translation>Erster Durchschnitt + 2 (bedeutsam)</translation>
    </message>
    <message>
        <source>%1: 2 points above the first average</source>
        <translation>%1: 2 Punkte über dem ersten Durchschnitt</translation>
    </message>
</context>
<context>
    <name>patella::GpxParser</name>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>this is not a GPX file: it starts with &lt;%1&gt; instead of &lt;gpx&gt;.</source>
        <translation>das ist keine GPX-Datei: Sie beginnt mit &lt;%1&gt; statt mit &lt;gpx&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned route(s), not recorded activities.</source>
        <translation>
            <numerusform>%n geplante Route, keine aufgezeichnete Aktivität.</numerusform>
            <numerusform>%n geplante Routen, keine aufgezeichneten Aktivitäten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waypoint(s), not activities.</source>
        <translation>
            <numerusform>%n Wegpunkt, keine Aktivität.</numerusform>
            <numerusform>%n Wegpunkte, keine Aktivitäten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Strecke %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) without a time or a position, no activity.</source>
        <translation>
            <numerusform>%1: %n Punkt ohne Zeit oder Position, keine Aktivität.</numerusform>
            <numerusform>%1: %n Punkte ohne Zeit oder Position, keine Aktivität.</numerusform>
        </translation>
    </message>
    <message>
        <source>the latitude</source>
        <translation>die geografische Breite</translation>
    </message>
    <message>
        <source>the longitude</source>
        <translation>die geografische Länge</translation>
    </message>
    <message>
        <source>the position %1, %2 is not on Earth.</source>
        <translation>die Position %1, %2 liegt nicht auf der Erde.</translation>
    </message>
</context>
<context>
    <name>patella::HistoryImportDialog</name>
    <message>
        <source>Import a running history</source>
        <translation>Laufhistorie importieren</translation>
    </message>
    <message>
        <source>Choose the unit…</source>
        <translation>Einheit wählen…</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Sport:</source>
        <translation>Sportart:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distanz:</translation>
    </message>
    <message>
        <source>Distance is in:</source>
        <translation>Distanz in:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei lässt sich nicht importieren: %1</translation>
    </message>
    <message>
        <source>This is a Strava activities export.</source>
        <translation>Das ist ein Aktivitäten-Export von Strava.</translation>
    </message>
    <message>
        <source>This is a Garmin Connect activities export.</source>
        <translation>Das ist ein Aktivitäten-Export von Garmin Connect.</translation>
    </message>
    <message>
        <source>Patella does not know this export.</source>
        <translation>Patella kennt diesen Export nicht.</translation>
    </message>
    <message>
        <source> Choose the column that holds each thing Patella could not find.</source>
        <translation> Wählen Sie die Spalte für alles, was Patella nicht finden konnte.</translation>
    </message>
    <message>
        <source> The file does not say whether distances are kilometres or miles: choose the unit.</source>
        <translation> Die Datei sagt nicht, ob die Distanzen Kilometer oder Meilen sind: Wählen Sie die Einheit.</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Spalte wählen…</translation>
    </message>
    <message>
        <source>Choose every column and the unit to see what would be imported.</source>
        <translation>Wählen Sie jede Spalte und die Einheit, um zu sehen, was importiert würde.</translation>
    </message>
    <message>
        <source>This cannot be imported: %1</source>
        <translation>Das lässt sich nicht importieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) will be added; %1 row(s) skipped (other sports, or already in the journal).</source>
        <translation>
            <numerusform>%n Lauf wird hinzugefügt; %1 Zeile(n) übersprungen (andere Sportarten oder schon im Tagebuch).</numerusform>
            <numerusform>%n Läufe werden hinzugefügt; %1 Zeile(n) übersprungen (andere Sportarten oder schon im Tagebuch).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) added to the journal. Skipped:</source>
        <translation>
            <numerusform>%n Lauf ins Tagebuch übernommen. Übersprungen:</numerusform>
            <numerusform>%n Läufe ins Tagebuch übernommen. Übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>patella::IllustrationView</name>
    <message>
        <source>Illustration of %1</source>
        <translation>Abbildung: %1</translation>
    </message>
    <message>
        <source>No illustration yet</source>
        <translation>Noch keine Abbildung</translation>
    </message>
    <message>
        <source>Picture of the exercise</source>
        <translation>Bild der Übung</translation>
    </message>
</context>
<context>
    <name>patella::ImportCommand</name>
    <message>
        <source>moving %1, elapsed %2</source>
        <translation>in Bewegung %1, gesamt %2</translation>
    </message>
    <message>
        <source>%1 steps/min</source>
        <translation>%1 Schritte/min</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Das Tagebuch %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Das Tagebuch %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the journal refused the runs (%1).</source>
        <translation>Nichts wurde importiert: Das Tagebuch hat die Läufe abgelehnt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1.</source>
        <translation>
            <numerusform>%n Lauf importiert, %1.</numerusform>
            <numerusform>%n Läufe importiert, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::Importer</name>
    <message>
        <source>The file does not say which sport this was, and it has no distance to judge by.</source>
        <translation>Die Datei sagt nicht, welche Sportart das war, und hat keine Strecke, nach der man urteilen könnte.</translation>
    </message>
    <message>
        <source>%1 is not running: Patella counts running load only. Tick it if it was a run.</source>
        <extracomment>%1 the sport, translated (&quot;Cycling&quot;, &quot;Swimming&quot;)</extracomment>
        <translation>%1 ist kein Laufen: Patella zählt nur die Laufbelastung. Haken Sie es an, wenn es ein Lauf war.</translation>
    </message>
    <message>
        <source>The file holds no recorded activity.</source>
        <translation>Die Datei enthält keine aufgezeichnete Aktivität.</translation>
    </message>
    <message>
        <source>No recorded activity: %1</source>
        <translation>Keine aufgezeichnete Aktivität: %1</translation>
    </message>
    <message>
        <source>Already in the journal.</source>
        <translation>Schon im Tagebuch.</translation>
    </message>
    <message>
        <source>The same activity as in %1.</source>
        <translation>Dieselbe Aktivität wie in %1.</translation>
    </message>
    <message>
        <source>The file records no time for this activity.</source>
        <translation>Die Datei verzeichnet für diese Aktivität keine Zeit.</translation>
    </message>
    <message>
        <source>%1 km in %2 min is more than one outing can be: the file&apos;s figures look wrong.</source>
        <extracomment>%1 distance in km, %2 duration in minutes</extracomment>
        <translation>%1 km in %2 min ist mehr, als ein Training sein kann: Die Zahlen der Datei sehen falsch aus.</translation>
    </message>
    <message>
        <source>%1 m in %2 s is too short for a run: likely the watch was started by mistake. Tick it if it was a run.</source>
        <extracomment>%1 distance in metres, %2 duration in seconds</extracomment>
        <translation>%1 m in %2 s ist zu kurz für einen Lauf: Wahrscheinlich wurde die Uhr versehentlich gestartet. Haken Sie es an, wenn es ein Lauf war.</translation>
    </message>
    <message>
        <source>Likely the run you logged by hand that day (%1 km).</source>
        <translation>Wahrscheinlich der Lauf, den Sie an dem Tag von Hand erfasst haben (%1 km).</translation>
    </message>
    <message>
        <source>The file does not say which sport this was; at %1 km/h it looks like a walk, not a run.</source>
        <extracomment>%1 speed in km/h</extracomment>
        <translation>Die Datei sagt nicht, welche Sportart das war; bei %1 km/h sieht es nach Gehen aus, nicht nach einem Lauf.</translation>
    </message>
    <message>
        <source>The file does not say which sport this was; at %1 km/h it looks like a ride, not a run.</source>
        <extracomment>%1 speed in km/h</extracomment>
        <translation>Die Datei sagt nicht, welche Sportart das war; bei %1 km/h sieht es nach einer Radfahrt aus, nicht nach einem Lauf.</translation>
    </message>
    <message>
        <source>The file names a sport other than running: Patella counts running load only. Tick it if it was a run.</source>
        <translation>Die Datei nennt eine andere Sportart als Laufen: Patella zählt nur die Laufbelastung. Haken Sie es an, wenn es ein Lauf war.</translation>
    </message>
</context>
<context>
    <name>patella::InstanceGuard</name>
    <message>
        <source>The lock file in the data folder cannot be written.</source>
        <translation>Die Sperrdatei im Datenordner kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>patella::JournalErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Journal error</source>
        <translation>Tagebuchfehler</translation>
    </message>
</context>
<context>
    <name>patella::JournalPage</name>
    <message>
        <source>&amp;Log pain…</source>
        <translation>Schmerz &amp;erfassen …</translation>
    </message>
    <message>
        <source>&amp;Log a test…</source>
        <translation>Test &amp;erfassen …</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>Einheit &amp;erfassen …</translation>
    </message>
    <message>
        <source>&amp;Add a shoe…</source>
        <translation>Schuh &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>No shoes yet: add a pair to follow its distance.</source>
        <translation>Noch keine Schuhe: Legen Sie ein Paar an, um seinen Kilometerstand zu verfolgen.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Weekly check-in…</source>
        <translation>Wöchentlicher Check-in …</translation>
    </message>
    <message>
        <source>It is your check-in day. A few minutes on this week&apos;s pain, flexibility, mileage and shoes keeps the trends honest.</source>
        <translation>Heute ist Ihr Check-in-Tag. Ein paar Minuten zu Schmerz, Beweglichkeit, Umfang und Schuhen dieser Woche halten die Trends ehrlich.</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <source>&amp;Log a run…</source>
        <translation>&amp;Lauf erfassen …</translation>
    </message>
    <message>
        <source>Log a &amp;week&apos;s total…</source>
        <translation>&amp;Wochensumme erfassen …</translation>
    </message>
    <message>
        <source>No weekly totals: log one when you do not record single runs.</source>
        <translation>Keine Wochensummen: Erfassen Sie eine, wenn Sie keine einzelnen Läufe aufzeichnen.</translation>
    </message>
    <message>
        <source>Weeks logged as one total</source>
        <translation>Als eine Summe erfasste Wochen</translation>
    </message>
    <message>
        <source>the pain entry of %1 (%2, %3)</source>
        <translation>den Schmerzeintrag vom %1 (%2, %3)</translation>
    </message>
    <message>
        <source>pain entry</source>
        <translation>Schmerzeintrag</translation>
    </message>
    <message>
        <source>the run of %1 (%2)</source>
        <translation>den Lauf vom %1 (%2)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>the total for the week of %1</source>
        <translation>die Summe für die Woche vom %1</translation>
    </message>
    <message>
        <source>week&apos;s total</source>
        <translation>Wochensumme</translation>
    </message>
    <message>
        <source>the %1 result of %2 (%3, %4)</source>
        <translation>das Ergebnis „%1“ vom %2 (%3, %4)</translation>
    </message>
    <message>
        <source>flexibility result</source>
        <translation>Beweglichkeitsergebnis</translation>
    </message>
    <message>
        <source>the %1 session of %2</source>
        <translation>die Einheit „%1“ vom %2</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>the shoe &quot;%1&quot; (its runs stay, without a shoe)</source>
        <translation>den Schuh „%1“ (seine Läufe bleiben, ohne Schuh)</translation>
    </message>
    <message>
        <source>shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>The journal could not do that: %1</source>
        <translation>Das Tagebuch konnte das nicht ausführen: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z or the Undo button while Patella stays open.</source>
        <translation>Sie können das mit Strg+Z oder der Schaltfläche „Rückgängig“ zurücknehmen, solange Patella geöffnet bleibt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleted the %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Gelöscht: %1. Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Check-in gespeichert.</translation>
    </message>
</context>
<context>
    <name>patella::JournalProblemDialog</name>
    <message>
        <source>This journal was written by a newer version of Patella. It has not been changed; open it with that version, or update Patella.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Patella-Version geschrieben. Es wurde nicht verändert; öffnen Sie es mit dieser Version, oder aktualisieren Sie Patella.</translation>
    </message>
    <message>
        <source>This file is not a Patella journal, or it is damaged. It has been left exactly as it was.</source>
        <translation>Diese Datei ist kein Patella-Tagebuch oder beschädigt. Sie wurde genau so gelassen, wie sie war.</translation>
    </message>
    <message>
        <source>The journal cannot be read or written with your permissions.</source>
        <translation>Das Tagebuch kann mit Ihren Berechtigungen nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Updating the journal to this version of Patella failed and was rolled back; a copy taken before the update is among the backups.</source>
        <translation>Die Aktualisierung des Tagebuchs auf diese Patella-Version ist fehlgeschlagen und wurde zurückgenommen; eine vor der Aktualisierung erstellte Kopie ist unter den Sicherungen.</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Patella cannot open your journal</source>
        <translation>Patella kann Ihr Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start a new journal elsewhere…</source>
        <translation>Neues Tagebuch an anderem Ort beginnen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Von diesem Tagebuch gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Sicherungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>The journal file is empty, but backups of it exist. Restore the newest one to get your entries back.</source>
        <translation>Die Tagebuchdatei ist leer, aber es gibt Sicherungen davon. Stellen Sie die neueste wieder her, um Ihre Einträge zurückzubekommen.</translation>
    </message>
    <message>
        <source>The journal is in use by another program. Nothing is wrong with it: close that program, then try again.</source>
        <translation>Das Tagebuch wird von einem anderen Programm verwendet. Mit ihm ist alles in Ordnung: Schließen Sie das Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; the journal has not been changed.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The journal can be read, but its folder does not accept the files Patella keeps beside it. Check the folder, then try again.</source>
        <translation>Das Tagebuch ist lesbar, aber sein Ordner nimmt die Dateien nicht an, die Patella daneben ablegt. Prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The journal&apos;s path is too long or cannot be used as a file name. Choose a shorter data folder.</source>
        <translation>Der Pfad des Tagebuchs ist zu lang oder taugt nicht als Dateiname. Wählen Sie einen kürzeren Datenordner.</translation>
    </message>
    <message>
        <source>Free space on that disk: %1</source>
        <translation>Freier Speicher auf diesem Datenträger: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>patella::LibraryPage</name>
    <message>
        <source>Search exercises, routines and habits</source>
        <translation>Übungen, Routinen und Gewohnheiten durchsuchen</translation>
    </message>
    <message>
        <source>Show one kind of exercise</source>
        <translation>Eine Übungsart zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show exercises for one muscle group</source>
        <translation>Übungen für eine Muskelgruppe zeigen</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Alle Muskelgruppen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Prevention habits</source>
        <translation>Vorbeugende Gewohnheiten</translation>
    </message>
    <message>
        <source>Guided sessions arrive with the session player.</source>
        <translation>Angeleitete Einheiten kommen mit dem Einheiten-Player.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No exercise matches. Clear the search or the filters.</source>
        <translation>Keine Übung passt. Leeren Sie die Suche oder die Filter.</translation>
    </message>
    <message>
        <source>No routine matches the search.</source>
        <translation>Keine Routine passt zur Suche.</translation>
    </message>
    <message>
        <source>No habit matches the search.</source>
        <translation>Keine Gewohnheit passt zur Suche.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Your exercise</source>
        <translation>Ihre Übung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Brings back what was just deleted</source>
        <translation>Holt zurück, was gerade gelöscht wurde</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <source>New &amp;routine…</source>
        <translation>Neue &amp;Routine…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>“%1” was deleted. Sessions you did with it keep its name.</source>
        <translation>„%1“ wurde gelöscht. Einheiten, die Sie damit gemacht haben, behalten den Namen.</translation>
    </message>
    <message>
        <source>Patella&apos;s own exercises cannot be changed; make one of yours with New exercise…</source>
        <translation>Patellas eigene Übungen lassen sich nicht ändern; legen Sie mit „Neue Übung…“ eine eigene an</translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation>Kopieren und &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Patella&apos;s own routines cannot be deleted</source>
        <translation>Patellas eigene Routinen lassen sich nicht löschen</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <source>From your programme</source>
        <translation>Aus Ihrem Programm</translation>
    </message>
</context>
<context>
    <name>patella::MainWindow</name>
    <message>
        <source>What to do today, with the reason for each item; what is already done, your streak, alerts about pain and mileage, and a quick pain log.</source>
        <translation>Was heute ansteht, mit dem Grund für jeden Punkt; was schon erledigt ist, Ihre Serie, Hinweise zu Schmerz und Umfang und ein schnelles Schmerzprotokoll.</translation>
    </message>
    <message>
        <source>The guided session player: illustrations, timed holds for each side, sets and rests, spoken and sound cues, and a pain check after each exercise.</source>
        <translation>Der Player für angeleitete Einheiten: Abbildungen, gezeitetes Halten für jede Seite, Sätze und Pausen, gesprochene und akustische Hinweise und eine Schmerzabfrage nach jeder Übung.</translation>
    </message>
    <message>
        <source>Your journal: pain entries, runs, flexibility checks, sessions and shoes, to add, edit and review.</source>
        <translation>Ihr Tagebuch: Schmerzeinträge, Läufe, Beweglichkeitstests, Einheiten und Schuhe zum Hinzufügen, Bearbeiten und Durchsehen.</translation>
    </message>
    <message>
        <source>Every stretch, strength exercise and habit, with illustrations, dose, how-to and coaching cues.</source>
        <translation>Jede Dehnung, Kräftigungsübung und Gewohnheit, mit Abbildungen, Dosierung, Anleitung und Hinweisen zur Ausführung.</translation>
    </message>
    <message>
        <source>Units, programme start date, check-in day, sounds and voice, reminders, the data folder and backups.</source>
        <translation>Einheiten, Programmbeginn, Check-in-Tag, Töne und Stimme, Erinnerungen, der Datenordner und Sicherungen.</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Patella</source>
        <translation>Ü&amp;ber Patella</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Charts of pain over time, weekly mileage beside the guide&apos;s 10% guideline, consistency and flexibility, so you can see whether the knee is getting better.</source>
        <translation>Diagramme zum Schmerz im Verlauf, zur Wochendistanz neben der 10-%-Richtlinie des Ratgebers, zur Regelmäßigkeit und Beweglichkeit, damit du siehst, ob das Knie besser wird.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
</context>
<context>
    <name>patella::MileageChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (weekly total)</source>
        <translation> (Wochensumme)</translation>
    </message>
    <message numerus="yes">
        <source> in %n run(s)</source>
        <translation>
            <numerusform> bei %n Lauf</numerusform>
            <numerusform> bei %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on the week before</source>
        <translation>, %1 gegenüber der Vorwoche</translation>
    </message>
    <message numerus="yes">
        <source>, %n week(s) more than 10% up</source>
        <translation>
            <numerusform>, %n Woche mehr als 10 % gestiegen</numerusform>
            <numerusform>, %n Wochen mehr als 10 % gestiegen</numerusform>
        </translation>
    </message>
    <message>
        <source>; load ratio %1</source>
        <translation>; Belastungsverhältnis %1</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>nächste Woche</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>load ratio (informational)</source>
        <translation>Belastungsverhältnis (zur Information)</translation>
    </message>
    <message>
        <source>Ratio 0.8-1.3</source>
        <translation>Verhältnis 0,8–1,3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Month with a week over 10%</source>
        <translation>Monat mit einer Woche über 10 %</translation>
    </message>
    <message>
        <source>Load ratio (informational)</source>
        <translation>Belastungsverhältnis (zur Information)</translation>
    </message>
    <message>
        <source>%1: load ratio %2 (informational: the ratio is disputed)</source>
        <translation>%1: Belastungsverhältnis %2 (zur Information: das Verhältnis ist umstritten)</translation>
    </message>
    <message>
        <source> (the guide&apos;s 10%: %1)</source>
        <translation> (10 % laut Ratgeber: %1)</translation>
    </message>
    <message>
        <source>Run over 10% longer than the 30 days&apos; longest</source>
        <translation>Lauf über 10 % länger als der längste der 30 Tage</translation>
    </message>
    <message>
        <source>Within the guide&apos;s 10%</source>
        <translation>Innerhalb der 10 % des Ratgebers</translation>
    </message>
    <message>
        <source>Over the guide&apos;s 10%</source>
        <translation>Über den 10 % des Ratgebers</translation>
    </message>
    <message>
        <source>The guide&apos;s 10% guideline</source>
        <translation>Die 10-%-Richtlinie des Ratgebers</translation>
    </message>
</context>
<context>
    <name>patella::PainChart</name>
    <message>
        <source>worse AM</source>
        <translation>morgens schlechter</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Monatsmittel</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Session day</source>
        <translation>Tag mit Einheit</translation>
    </message>
    <message>
        <source>Worse next morning</source>
        <translation>Am nächsten Morgen schlechter</translation>
    </message>
    <message numerus="yes">
        <source>%1: the knee was worse than the morning before (%n time(s)); the programme stepped back.</source>
        <translation>
            <numerusform>%1: Das Knie war schlechter als am Morgen davor (%n-mal); das Programm wurde zurückgestuft.</numerusform>
            <numerusform>%1: Das Knie war schlechter als am Morgen davor (%n-mal); das Programm wurde zurückgestuft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainDialog</name>
    <message>
        <source>Log pain</source>
        <translation>Schmerz erfassen</translation>
    </message>
    <message>
        <source>Edit pain entry</source>
        <translation>Schmerzeintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>&amp;Pain (0-10):</source>
        <translation>&amp;Schmerz (0–10):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>patella::PainMileageChart</name>
    <message>
        <source>distance that week (%1)</source>
        <translation>Umfang in der Woche (%1)</translation>
    </message>
    <message>
        <source>mean pain that week (0-10)</source>
        <translation>mittlerer Schmerz in der Woche (0–10)</translation>
    </message>
    <message>
        <source>Last four weeks</source>
        <translation>Letzte vier Wochen</translation>
    </message>
    <message>
        <source>Earlier weeks</source>
        <translation>Frühere Wochen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, mean pain %3 (%n report(s))</source>
        <translation>
            <numerusform>%1: %2, mittlerer Schmerz %3 (%n Angabe)</numerusform>
            <numerusform>%1: %2, mittlerer Schmerz %3 (%n Angaben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
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
        <translation>Seite</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>patella::PainScale</name>
    <message>
        <source>Pain %1 out of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst you can imagine</source>
        <translation>0 = kein Schmerz, 10 = der schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>%1: %2, if %3</source>
        <translation>%1: %2, wenn %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Patella programme (*.json);;All files (*)</source>
        <translation>Patella-Programm (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This programme cannot be imported, and nothing was changed.

%1</source>
        <translation>Dieses Programm kann nicht importiert werden; es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Überprüfung am %1</translation>
    </message>
    <message>
        <source>New routines:</source>
        <translation>Neue Routinen:</translation>
    </message>
    <message>
        <source>Routines replaced:</source>
        <translation>Ersetzte Routinen:</translation>
    </message>
    <message>
        <source>New exercises:</source>
        <translation>Neue Übungen:</translation>
    </message>
    <message>
        <source>Exercises replaced:</source>
        <translation>Ersetzte Übungen:</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>%1 importieren?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The programme could not be imported, and nothing was changed.

%1</source>
        <translation>Das Programm konnte nicht importiert werden; es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (Ihre)</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routine to export:</source>
        <translation>Zu exportierende Routine:</translation>
    </message>
    <message>
        <source>Patella programme (*.json)</source>
        <translation>Patella-Programm (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Pro&amp;gramme…</source>
        <translation>P&amp;rogramm…</translation>
    </message>
</context>
<context>
    <name>patella::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Distance and load</source>
        <translation>Umfang und Belastung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <source>Pain and distance</source>
        <translation>Schmerz und Umfang</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 bis %2, %3</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is logged yet. Each chart fills in as you log pain, runs, sessions and flexibility checks; its tab says what it needs.</source>
        <translation>Noch nichts erfasst. Jedes Diagramm füllt sich, wenn Sie Schmerzen, Läufe, Einheiten und Beweglichkeitstests erfassen; sein Reiter sagt, was es braucht.</translation>
    </message>
    <message>
        <source>Nothing in this range. Choose a longer range to see earlier entries.</source>
        <translation>Nichts in diesem Zeitraum. Wählen Sie einen längeren Zeitraum, um frühere Einträge zu sehen.</translation>
    </message>
    <message>
        <source>No pain reports yet. Rate your knee (0-10) in the journal: during or after a run, on stairs, at rest. Each report becomes a dot here, and a line shows the 7-day mean.</source>
        <translation>Noch keine Schmerzangaben. Bewerten Sie Ihr Knie (0–10) im Tagebuch: beim oder nach dem Laufen, auf Treppen, in Ruhe. Jede Angabe wird hier zu einem Punkt, und eine Linie zeigt das 7-Tage-Mittel.</translation>
    </message>
    <message>
        <source>No sessions done yet. Finish a guided stretching or strength session and every day you do one is marked here.</source>
        <translation>Noch keine Einheiten absolviert. Schließen Sie eine angeleitete Dehn- oder Kräftigungseinheit ab, und jeder Tag mit einer Einheit wird hier markiert.</translation>
    </message>
    <message>
        <source>No flexibility checks yet. Do the weekly self-tests (knee-to-wall, sit and reach and the others) on both legs and log them: left and right show as two lines per test.</source>
        <translation>Noch keine Beweglichkeitstests. Machen Sie die wöchentlichen Selbsttests (Knie zur Wand, Sit-and-Reach und die anderen) mit beiden Beinen und erfassen Sie sie: links und rechts erscheinen als zwei Linien pro Test.</translation>
    </message>
    <message>
        <source>This chart needs both runs and pain reports: log them for a few weeks and each week becomes a dot, its distance against its mean pain.</source>
        <translation>Dieses Diagramm braucht Läufe und Schmerzangaben: Erfassen Sie beides einige Wochen lang, und jede Woche wird zu einem Punkt, ihr Umfang gegen ihren mittleren Schmerz.</translation>
    </message>
    <message>
        <source>Function score</source>
        <translation>Funktionswert</translation>
    </message>
    <message>
        <source>No function score yet. The weekly check-in asks you to name 3 to 5 activities the knee makes hard and rate each from 0 to 10; every round becomes a point here, with the average as a bold line.</source>
        <translation>Noch kein Funktionswert. Der wöchentliche Check-in bittet Sie, 3 bis 5 Aktivitäten zu nennen, die Ihnen das Knie schwer macht, und jede von 0 bis 10 zu bewerten; jede Runde wird hier ein Punkt, der Durchschnitt eine fette Linie.</translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation>Bericht für Ihre Physiotherapie…</translation>
    </message>
    <message>
        <source>Two pages for your physiotherapist: preview, save as PDF or print.</source>
        <translation>Zwei Seiten für Ihre Physiotherapeutin oder Ihren Physiotherapeuten: Vorschau, als PDF speichern oder drucken.</translation>
    </message>
    <message>
        <source>No runs yet. Log your runs (or a week&apos;s total distance) in the journal to see each week beside the guide&apos;s 10% guideline and single runs against your longest of the last 30 days.</source>
        <translation>Noch keine Läufe. Erfasse deine Läufe (oder die Gesamtdistanz einer Woche) im Tagebuch, um jede Woche neben der 10-%-Richtlinie des Ratgebers und einzelne Läufe im Vergleich zu deinem längsten der letzten 30 Tage zu sehen.</translation>
    </message>
    <message>
        <source>Step rate</source>
        <translation>Schrittfrequenz</translation>
    </message>
    <message numerus="yes">
        <source>No run in this range has a step rate: %n run(s), typed by hand or from a file without one. Runs imported from a watch or phone app usually carry one.</source>
        <translation>
            <numerusform>Kein Lauf in diesem Zeitraum hat eine Schrittfrequenz: %n Lauf, von Hand eingetragen oder aus einer Datei ohne sie. Aus einer Uhr oder Handy-App importierte Läufe bringen meist eine mit.</numerusform>
            <numerusform>Kein Lauf in diesem Zeitraum hat eine Schrittfrequenz: %n Läufe, von Hand eingetragen oder aus einer Datei ohne sie. Aus einer Uhr oder Handy-App importierte Läufe bringen meist eine mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step rate yet. Runs imported from a watch or phone app (File &gt; Import &gt; Runs from a watch or app) carry their average steps per minute; each becomes a dot here, against your own usual rate.</source>
        <translation>Noch keine Schrittfrequenz. Aus einer Uhr oder Handy-App importierte Läufe (Datei &gt; Importieren &gt; Läufe von einer Uhr oder App) bringen ihre mittleren Schritte pro Minute mit; jeder wird hier ein Punkt, neben Ihrer eigenen üblichen Frequenz.</translation>
    </message>
</context>
<context>
    <name>patella::RecordDialog</name>
    <message>
        <source>The journal did not accept this: %1 %2</source>
        <translation>Das Tagebuch hat das nicht angenommen: %1 %2</translation>
    </message>
</context>
<context>
    <name>patella::RecordTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation>In diesem Zeitraum nichts erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::Reminders</name>
    <message>
        <source>Time to stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>A few calm minutes for your knee: today&apos;s plan is waiting in Patella.</source>
        <translation>Ein paar ruhige Minuten für Ihr Knie: Der heutige Plan wartet in Patella.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Note this week&apos;s pain, flexibility and mileage: it takes about three minutes.</source>
        <translation>Notieren Sie Schmerz, Beweglichkeit und Umfang dieser Woche: Das dauert etwa drei Minuten.</translation>
    </message>
</context>
<context>
    <name>patella::ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Two pages with the numbers a physiotherapist asks about: pain, function, doses, running, sessions, flexibility, alerts and your notes. Preview it, then save it as a PDF or print it.</source>
        <translation>Zwei Seiten mit den Zahlen, nach denen die Physiotherapie fragt: Schmerz, Funktion, Dosierungen, Laufen, Einheiten, Beweglichkeit, Hinweise und Ihre Notizen. Sehen Sie sich die Vorschau an, dann speichern Sie sie als PDF oder drucken sie.</translation>
    </message>
    <message>
        <source>Since the programme started</source>
        <translation>Seit Programmbeginn</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Name auf dem Bericht:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>The report could not be made from the journal: %1</source>
        <translation>Der Bericht konnte nicht aus dem Tagebuch erstellt werden: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>there is no report to save</source>
        <translation>es gibt keinen Bericht zum Speichern</translation>
    </message>
    <message>
        <source>patella-report-%1.pdf</source>
        <translation>patella-bericht-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>patella::RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>New &amp;exercise…</source>
        <translation>Neue Ü&amp;bung…</translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation>%1 wurde nicht gelöscht. %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>patella::RoutineDraft</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Use in my plan</source>
        <translation>In meinem Plan verwenden</translation>
    </message>
    <message>
        <source>Exercise %1 (%2)</source>
        <translation>Übung %1 (%2)</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>Halten (Sekunden)</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>rest between sets (seconds)</source>
        <translation>Pause zwischen den Sätzen (Sekunden)</translation>
    </message>
    <message>
        <source>rest before the next exercise (seconds)</source>
        <translation>Pause vor der nächsten Übung (Sekunden)</translation>
    </message>
    <message>
        <source>get ready (seconds)</source>
        <translation>Vorbereitung (Sekunden)</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>patella::RoutineEditor</name>
    <message>
        <source>the programme&apos;s dose (%1)</source>
        <translation>die Dosis des Programms (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Routine bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Kopieren und bearbeiten</translation>
    </message>
    <message>
        <source>A long routine</source>
        <translation>Eine lange Routine</translation>
    </message>
    <message>
        <source>This routine takes about %1 minutes. Save it anyway?</source>
        <translation>Diese Routine dauert etwa %1 Minuten. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What it is for, in a line (optional)</source>
        <translation>Wofür sie ist, in einer Zeile (freiwillig)</translation>
    </message>
    <message>
        <source>Use in my plan</source>
        <translation>In meinem Plan verwenden</translation>
    </message>
    <message>
        <source>Only when I start it</source>
        <translation>Nur wenn ich sie starte</translation>
    </message>
    <message>
        <source>Offered beside</source>
        <translation>Angeboten neben</translation>
    </message>
    <message>
        <source>Offered instead of</source>
        <translation>Angeboten statt</translation>
    </message>
    <message>
        <source>The built-in routine it goes with</source>
        <translation>Die eingebaute Routine, zu der sie gehört</translation>
    </message>
    <message>
        <source>(no built-in routine)</source>
        <translation>(keine eingebaute Routine)</translation>
    </message>
    <message>
        <source>Use in my p&amp;lan:</source>
        <translation>In meinem P&amp;lan:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Übungen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show one kind of exercise</source>
        <translation>Eine Art von Übungen zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>%1 (your exercise)</source>
        <translation>%1 (Ihre Übung)</translation>
    </message>
    <message>
        <source>&amp;Add ›</source>
        <translation>Hin&amp;zufügen ›</translation>
    </message>
    <message>
        <source>Adds the exercise after the selected one (Enter in the list does the same)</source>
        <translation>Fügt die Übung nach der ausgewählten ein (Eingabe in der Liste tut dasselbe)</translation>
    </message>
    <message>
        <source>In this routine, in order</source>
        <translation>In dieser Routine, der Reihe nach</translation>
    </message>
    <message>
        <source>Exercises in this routine, in order</source>
        <translation>Übungen dieser Routine, der Reihe nach</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>The selected exercise</source>
        <translation>Die ausgewählte Übung</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>Sei&amp;ten:</translation>
    </message>
    <message>
        <source>&amp;Fixed dose (otherwise the programme chooses it and steps it up or back)</source>
        <translation>Feste &amp;Dosis (sonst wählt das Programm sie und steigert oder senkt sie)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Sätze:</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Halten, Sekunden</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Halten:</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Sätzen, Sekunden</translation>
    </message>
    <message>
        <source>Rest &amp;between sets:</source>
        <translation>&amp;Pause zwischen den Sätzen:</translation>
    </message>
    <message>
        <source>Get ready, seconds</source>
        <translation>Vorbereitung, Sekunden</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Vorbereitung:</translation>
    </message>
    <message>
        <source>Rest before the next exercise, seconds</source>
        <translation>Pause vor der nächsten Übung, Sekunden</translation>
    </message>
    <message>
        <source>Rest before the ne&amp;xt:</source>
        <translation>Pause vor der nä&amp;chsten:</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Add exercises from the list on the left.</source>
        <translation>Fügen Sie Übungen aus der Liste links hinzu.</translation>
    </message>
    <message>
        <source>Select an exercise of the routine.</source>
        <translation>Wählen Sie eine Übung der Routine aus.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Repe&amp;titions:</source>
        <translation>Wiederholun&amp;gen:</translation>
    </message>
    <message>
        <source>B&amp;oth parts: %1</source>
        <translation>Beide Te&amp;ile: %1</translation>
    </message>
    <message>
        <source>Show exercises for one muscle group</source>
        <translation>Übungen für eine Muskelgruppe zeigen</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Alle Muskelgruppen</translation>
    </message>
</context>
<context>
    <name>patella::RoutineList</name>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Pick a routine. During a session: Space pauses, the arrow keys skip and go back, + adds 10 seconds, Esc stops. F11 fills the screen.</source>
        <translation>Wählen Sie ein Programm. Während einer Einheit: Leertaste pausiert, die Pfeiltasten springen vor und zurück, + gibt 10 Sekunden dazu, Esc beendet. F11 füllt den Bildschirm.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n min</numerusform>
            <numerusform>etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <source>From your programme</source>
        <translation>Aus Ihrem Programm</translation>
    </message>
</context>
<context>
    <name>patella::RunDialog</name>
    <message>
        <source>Log a run</source>
        <translation>Lauf erfassen</translation>
    </message>
    <message>
        <source>Edit run</source>
        <translation>Lauf bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>S&amp;tartzeit:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance (%1):</source>
        <translation>&amp;Strecke (%1):</translation>
    </message>
    <message>
        <source>h:mm:ss, e.g. 0:32:15</source>
        <translation>h:mm:ss, z. B. 0:32:15</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>Optional: 1 = very easy, 10 = all-out</source>
        <translation>Optional: 1 = sehr leicht, 10 = volle Kraft</translation>
    </message>
    <message>
        <source>&amp;Effort (1-10):</source>
        <translation>&amp;Anstrengung (1–10):</translation>
    </message>
    <message>
        <source>No shoe given</source>
        <translation>Kein Schuh angegeben</translation>
    </message>
    <message>
        <source>S&amp;hoe:</source>
        <translation>Sc&amp;huh:</translation>
    </message>
    <message>
        <source>Optional, 0-10</source>
        <translation>Optional, 0–10</translation>
    </message>
    <message>
        <source>&amp;Pain during:</source>
        <translation>Schmerz &amp;während:</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Schmerz &amp;danach:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz während</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz während</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert von %1</translation>
    </message>
    <message>
        <source>%1 spm</source>
        <extracomment>average steps per minute</extracomment>
        <translation>%1 Schritte/min</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Zeit in Bewegung</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Kadenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>patella::SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Einheit erfassen</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Einheit bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>S&amp;tartzeit:</translation>
    </message>
    <message>
        <source>h:mm:ss or minutes, e.g. 12</source>
        <translation>h:mm:ss oder Minuten, z. B. 12</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Routine is needed.</source>
        <translation>Eine Routine wird benötigt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Length must be under 12 hours.</source>
        <translation>Die Länge muss unter 12 Stunden liegen.</translation>
    </message>
</context>
<context>
    <name>patella::SessionHeatMap</name>
    <message>
        <source>%1: no session</source>
        <translation>%1: keine Einheit</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Einheit</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 oder mehr</translation>
    </message>
    <message>
        <source>(outlined: today)</source>
        <translation>(umrandet: heute)</translation>
    </message>
</context>
<context>
    <name>patella::SessionIllustration</name>
    <message>
        <source>Illustration, mirrored for the right side</source>
        <translation>Abbildung, für die rechte Seite gespiegelt</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
</context>
<context>
    <name>patella::SessionModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Absolvierte Übungen</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
</context>
<context>
    <name>patella::SessionPage</name>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation>Diese Einheit kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Session done.</source>
        <translation>Einheit geschafft.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>Die Einheit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>In Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Save the session first, then the knee score.</source>
        <translation>Speichern Sie zuerst die Einheit, dann den Kniewert.</translation>
    </message>
    <message>
        <source>The knee score could not be saved: %1</source>
        <translation>Der Kniewert konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>patella::SessionPlayer</name>
    <message>
        <source>The session has already started.</source>
        <translation>Die Einheit hat bereits begonnen.</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Die letzte</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Als Nächstes: Satz %1 von %2</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>Als Nächstes: linke Seite</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>Als Nächstes: rechte Seite</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %n rep(s)</source>
        <translation>
            <numerusform>Als Nächstes: %n Wiederholung</numerusform>
            <numerusform>Als Nächstes: %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: the hold</source>
        <translation>Als Nächstes: das Halten</translation>
    </message>
</context>
<context>
    <name>patella::SessionRunView</name>
    <message>
        <source>LEFT leg</source>
        <translation>LINKES Bein</translation>
    </message>
    <message>
        <source>RIGHT leg</source>
        <translation>RECHTES Bein</translation>
    </message>
    <message>
        <source>Tap a number, or press 0-9 (T for 10). The right arrow skips the question.</source>
        <translation>Tippen Sie auf eine Zahl oder drücken Sie 0–9 (T für 10). Der Pfeil nach rechts überspringt die Frage.</translation>
    </message>
    <message>
        <source>Stop here? What you did so far is saved.</source>
        <translation>Hier aufhören? Was Sie bisher gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation>Weiter zur nächsten Übung</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>How did the knee feel during %1?</source>
        <translation>Wie hat sich das Knie bei %1 angefühlt?</translation>
    </message>
    <message>
        <source>How did the knee feel on the %1?</source>
        <translation>Wie hat sich das Knie auf der %1 angefühlt?</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s), about %1 s each</source>
        <translation>
            <numerusform>%n Wdh., je etwa %1 s</numerusform>
            <numerusform>%n Wdh., je etwa %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Als Nächstes: Satz %1 von %2</translation>
    </message>
    <message>
        <source>Paused while you decide.</source>
        <translation>Pausiert, während Sie entscheiden.</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to go on.</source>
        <translation>Pausiert. Drücken Sie die Leertaste oder „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>← key</source>
        <translation>Taste ←</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>+ key</source>
        <translation>Taste +</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>→ key</source>
        <translation>Taste →</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Beenden und speichern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>It was sharp, stabbing or catching (key S)</source>
        <translation>Er war scharf, stechend oder hakend (Taste S)</translation>
    </message>
    <message>
        <source>That kind of pain stops the exercise, whatever its score.</source>
        <translation>Diese Art von Schmerz beendet die Übung, egal wie stark er ist.</translation>
    </message>
    <message>
        <source>Sharp, stabbing or catching pain stops an exercise whatever its score.</source>
        <translation>Scharfer, stechender oder hakender Schmerz beendet eine Übung, egal wie stark er ist.</translation>
    </message>
    <message>
        <source>Pain of %1 is too much for an exercise.</source>
        <translation>Schmerz von %1 ist zu viel für eine Übung.</translation>
    </message>
    <message>
        <source>This exercise is done for today, and its dose steps back next time. Go on to the next one, or end the session.</source>
        <translation>Diese Übung ist für heute beendet, und ihre Dosis geht beim nächsten Mal zurück. Mach mit der nächsten weiter oder beende die Einheit.</translation>
    </message>
    <message>
        <source>That was the last exercise, so the session is done; this exercise&apos;s dose steps back next time.</source>
        <translation>Das war die letzte Übung, also ist die Einheit vorbei; die Dosis dieser Übung geht beim nächsten Mal zurück.</translation>
    </message>
</context>
<context>
    <name>patella::SessionSummary</name>
    <message>
        <source>How is your knee now?</source>
        <translation>Wie geht es Ihrem Knie jetzt?</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Well done: %1 is finished</source>
        <translation>Gut gemacht: %1 ist geschafft</translation>
    </message>
    <message>
        <source>%1 stopped early</source>
        <translation>%1 vorzeitig beendet</translation>
    </message>
    <message>
        <source>%1 ended for the knee&apos;s sake</source>
        <translation>%1 dem Knie zuliebe beendet</translation>
    </message>
    <message>
        <source>Time: %1     Done: %2 of %3     Skipped: %4</source>
        <translation>Zeit: %1     Geschafft: %2 von %3     Ausgelassen: %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No pain reports.</source>
        <translation>Keine Schmerzangaben.</translation>
    </message>
    <message>
        <source>Pain reports:
%1</source>
        <translation>Schmerzangaben:
%1</translation>
    </message>
    <message>
        <source>Tap a number, or press 0-9 (T for 10).</source>
        <translation>Tippen Sie auf eine Zahl oder drücken Sie 0–9 (T für 10).</translation>
    </message>
    <message>
        <source>Saved: %1. You can change it while this page is open.</source>
        <translation>Gespeichert: %1. Sie können es ändern, solange diese Seite offen ist.</translation>
    </message>
    <message>
        <source>Pain stopped a second exercise in this session. Rest the knee today, and ask a physiotherapist to look at it before your next session.</source>
        <translation>Schmerz hat in dieser Einheit eine zweite Übung beendet. Schone das Knie heute und lass es vor deiner nächsten Einheit physiotherapeutisch ansehen.</translation>
    </message>
</context>
<context>
    <name>patella::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>Distances in</source>
        <translation>Strecken in</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Patella changes language the next time it starts.</source>
        <translation>Patella wechselt die Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Recovery programme</source>
        <translation>Genesungsprogramm</translation>
    </message>
    <message>
        <source>Programme started on</source>
        <translation>Programm begonnen am</translation>
    </message>
    <message>
        <source>Weeks one and two are gentle stretching twice a day; light strength work is added from week three.</source>
        <translation>Woche eins und zwei sind sanftes Dehnen zweimal am Tag; ab Woche drei kommt leichtes Krafttraining dazu.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Tag des wöchentlichen Check-ins</translation>
    </message>
    <message>
        <source>Session cues</source>
        <translation>Hinweise in der Einheit</translation>
    </message>
    <message>
        <source>Tones for the countdown and each new phase</source>
        <translation>Töne für den Countdown und jede neue Phase</translation>
    </message>
    <message>
        <source>Play a tone</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <source>Tone volume</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <source>Spoken cues (&quot;switch sides&quot;, &quot;rest&quot;, the next exercise)</source>
        <translation>Gesprochene Hinweise („Seite wechseln“, „Pause“, die nächste Übung)</translation>
    </message>
    <message>
        <source>Say something</source>
        <translation>Etwas sagen</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Shown in the system tray while Patella is running, and not on days the work is already done.</source>
        <translation>Im Infobereich angezeigt, solange Patella läuft, und nicht an Tagen, an denen alles schon erledigt ist.</translation>
    </message>
    <message>
        <source>Remind me to stretch at</source>
        <translation>Ans Dehnen erinnern um</translation>
    </message>
    <message>
        <source>Remind me of the weekly check-in at</source>
        <translation>An den wöchentlichen Check-in erinnern um</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Back up the journal once a day</source>
        <translation>Das Tagebuch einmal am Tag sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>The journal and its backups are readable only by your user account. Patella makes no network connections.</source>
        <translation>Das Tagebuch und seine Sicherungen sind nur für Ihr Benutzerkonto lesbar. Patella baut keine Netzwerkverbindungen auf.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep one a day for</source>
        <translation>Eine pro Tag aufbewahren für</translation>
    </message>
    <message>
        <source>Also kept: one a week for 8 weeks, one a month for a year, and every backup made with Back up now, before an update or before a restore.</source>
        <translation>Außerdem aufbewahrt: eine pro Woche für 8 Wochen, eine pro Monat für ein Jahr und jede Sicherung, die mit „Jetzt sichern“, vor einer Aktualisierung oder vor einer Wiederherstellung erstellt wurde.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the journal? Entries logged since then are not in it. The journal as it is now is kept as a pre-restore backup, so restoring that one undoes this.</source>
        <translation>Die Sicherung vom %1 an die Stelle des Tagebuchs setzen? Einträge, die seitdem erfasst wurden, sind nicht darin. Das Tagebuch, wie es jetzt ist, wird als Sicherung vor dem Wiederherstellen aufbewahrt; wer diese wiederherstellt, macht den Schritt rückgängig.</translation>
    </message>
    <message>
        <source>%1 pain, %2 runs, %3 sessions, %4 checks</source>
        <translation>%1 Schmerz, %2 Läufe, %3 Einheiten, %4 Tests</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Every check-in</source>
        <translation>Bei jedem Check-in</translation>
    </message>
    <message>
        <source>Every second week</source>
        <translation>Jede zweite Woche</translation>
    </message>
    <message>
        <source>How often the check-in asks you to rate the activities the knee makes hard (the Patient-Specific Functional Scale).</source>
        <translation>Wie oft der Check-in Sie bittet, die Aktivitäten zu bewerten, die Ihnen das Knie schwer macht (Patient-Specific Functional Scale).</translation>
    </message>
    <message>
        <source>Function score</source>
        <translation>Funktionswert</translation>
    </message>
    <message>
        <source>Import from a folder</source>
        <translation>Aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Import new runs from these folders</source>
        <translation>Neue Läufe aus diesen Ordnern importieren</translation>
    </message>
    <message>
        <source>Folders to import runs from</source>
        <translation>Ordner, aus denen Läufe importiert werden</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Import runs from a folder</source>
        <translation>Läufe aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Imported runs count on this shoe&apos;s distance; the preview can change it run by run.</source>
        <translation>Importierte Läufe zählen zur Strecke dieses Schuhs; in der Vorschau lässt er sich für jeden Lauf ändern.</translation>
    </message>
    <message>
        <source>Shoe for imported runs</source>
        <translation>Schuh für importierte Läufe</translation>
    </message>
    <message>
        <source>The shoe in use that day, if only one was</source>
        <translation>Der Schuh, der an dem Tag in Gebrauch war, wenn es genau einen gibt</translation>
    </message>
    <message>
        <source>Patella looks in these folders and their subfolders when it starts and while it runs: your watch&apos;s GARMIN/Activity folder when it is plugged in, or a folder a phone app syncs to. New runs (GPX, TCX, FIT) go into the journal with your default shoe and you are told; a run that may be one you typed by hand waits for your choice. Other sports are left out.</source>
        <translation>Patella sieht beim Start und während es läuft in diesen Ordnern und ihren Unterordnern nach: im Ordner GARMIN/Activity Ihrer Uhr, wenn sie angeschlossen ist, oder in einem Ordner, den eine Handy-App synchronisiert. Neue Läufe (GPX, TCX, FIT) kommen mit Ihrem Standardschuh ins Tagebuch, und Sie werden benachrichtigt; ein Lauf, den Sie vielleicht von Hand eingetragen haben, wartet auf Ihre Wahl. Andere Sportarten bleiben außen vor.</translation>
    </message>
</context>
<context>
    <name>patella::ShoeDialog</name>
    <message>
        <source>Add a shoe</source>
        <translation>Schuh hinzufügen</translation>
    </message>
    <message>
        <source>Edit shoe</source>
        <translation>Schuh bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Blue trail shoes</source>
        <translation>z. B. Blaue Trailschuhe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First run in them:</source>
        <translation>&amp;Erster Lauf damit:</translation>
    </message>
    <message>
        <source>Distance &amp;limit (%1):</source>
        <translation>&amp;Grenze (%1):</translation>
    </message>
    <message>
        <source>The usual advice is a new pair after %1 to %2, but the evidence for any figure is thin. Choose your own; near it Patella asks you to look at the midsole.</source>
        <translation>Üblich ist der Rat, nach %1 bis %2 ein neues Paar zu nehmen, doch für jede Zahl sind die Belege dünn. Wählen Sie Ihre eigene; in ihrer Nähe bittet Patella Sie, die Zwischensohle anzusehen.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>&amp;Retired:</source>
        <translation>&amp;Ausgemustert:</translation>
    </message>
    <message>
        <source>Retired &amp;on:</source>
        <translation>Ausgemustert &amp;am:</translation>
    </message>
    <message>
        <source>Name is needed, so you can tell your shoes apart.</source>
        <translation>Ein Name wird benötigt, damit Sie Ihre Schuhe auseinanderhalten können.</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Erster Lauf</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Limit must be below %1.</source>
        <translation>Die Grenze muss unter %1 liegen.</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Ausgemustert am</translation>
    </message>
    <message>
        <source>Retired on cannot be before the first run.</source>
        <translation>„Ausgemustert am“ darf nicht vor dem ersten Lauf liegen.</translation>
    </message>
</context>
<context>
    <name>patella::ShoeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Ausgemustert %1</translation>
    </message>
    <message>
        <source>Check the midsole</source>
        <translation>Zwischensohle prüfen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuh</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Erster Lauf</translation>
    </message>
    <message>
        <source>Distance so far / limit</source>
        <translation>Bisherige Strecke / Grenze</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gelaufen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>patella::TcxParser</name>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>this is not a TCX file: it starts with &lt;%1&gt; instead of &lt;TrainingCenterDatabase&gt;.</source>
        <translation>das ist keine TCX-Datei: Sie beginnt mit &lt;%1&gt; statt mit &lt;TrainingCenterDatabase&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned course(s), not recorded activities.</source>
        <translation>
            <numerusform>%n geplanter Kurs, keine aufgezeichnete Aktivität.</numerusform>
            <numerusform>%n geplante Kurse, keine aufgezeichneten Aktivitäten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) without any time, not imported.</source>
        <translation>
            <numerusform>%n Aktivität ohne jede Zeitangabe, nicht importiert.</numerusform>
            <numerusform>%n Aktivitäten ohne jede Zeitangabe, nicht importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Welcome to Patella. Start with today&apos;s daily knee mobility: about ten calm minutes of stretching. Log how your knee feels on stairs, when sitting long or when running, a few times a week, so the charts can show the trend. If your recovery started before today, set its start date in Settings so the programme is in the right week.</source>
        <translation>Willkommen bei Patella. Beginnen Sie mit der heutigen täglichen Kniemobilität: etwa zehn ruhige Minuten Dehnen. Erfassen Sie ein paarmal pro Woche, wie sich Ihr Knie auf Treppen, bei langem Sitzen oder beim Laufen anfühlt, damit die Diagramme den Trend zeigen können. Wenn Ihre Genesung schon vor heute begonnen hat, stellen Sie das Startdatum in den Einstellungen ein, damit das Programm in der richtigen Woche ist.</translation>
    </message>
    <message>
        <source>Your plan for today</source>
        <translation>Ihr Plan für heute</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Heute Morgen</translation>
    </message>
    <message>
        <source>How is your knee?</source>
        <translation>Wie geht es Ihrem Knie?</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Habit of the day</source>
        <translation>Gewohnheit des Tages</translation>
    </message>
    <message>
        <source>%1 · week %2 of your programme · %3</source>
        <translation>%1 · Woche %2 Ihres Programms · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · etwa %n min</numerusform>
            <numerusform>%1 · etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Erledigt ✓</translation>
    </message>
    <message>
        <source>Start (optional)</source>
        <translation>Starten (optional)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Nothing planned today: a rest day. Rest is part of training.</source>
        <translation>Heute ist nichts geplant: ein Ruhetag. Ruhe gehört zum Training.</translation>
    </message>
    <message>
        <source>It is check-in day: note this week&apos;s pain, flexibility and mileage.</source>
        <translation>Heute ist Check-in-Tag: Notieren Sie Schmerz, Beweglichkeit und Umfang dieser Woche.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>No alerts: mileage, pain and shoes all look steady.</source>
        <translation>Keine Hinweise: Umfang, Schmerz und Schuhe sehen stabil aus.</translation>
    </message>
    <message>
        <source>Thanks: the knee is no worse than yesterday morning.</source>
        <translation>Danke: Das Knie ist nicht schlechter als gestern Morgen.</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Same or better</source>
        <translation>Gleich oder besser</translation>
    </message>
    <message>
        <source>Saved: %1 (%2) at %3.</source>
        <translation>Gespeichert: %1 (%2) um %3.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The journal is in use by another program; waiting to save…</source>
        <translation>Das Tagebuch wird von einem anderen Programm verwendet; warte mit dem Speichern …</translation>
    </message>
    <message>
        <source>Has it settled?</source>
        <translation>Hat es sich beruhigt?</translation>
    </message>
    <message>
        <source>Nothing to watch yet. Alerts appear here once you log runs and pain: mileage rising too fast, pain that jumps or will not settle, shoes near their limit.</source>
        <translation>Noch nichts zu beobachten. Hinweise erscheinen hier, sobald du Läufe und Schmerz erfasst: zu schnell steigende Distanz, Schmerz, der springt oder nicht abklingt, Schuhe nahe ihrer Grenze.</translation>
    </message>
    <message>
        <source>yesterday&apos;s training</source>
        <translation>dem gestrigen Training</translation>
    </message>
    <message>
        <source>yesterday&apos;s %1 at %2</source>
        <translation>der gestrigen Einheit %1 um %2</translation>
    </message>
    <message>
        <source>yesterday&apos;s %1 run</source>
        <translation>dem gestrigen Lauf über %1</translation>
    </message>
    <message>
        <source>You said the knee is worse than yesterday morning: yesterday&apos;s training was more than it could take, so the doses step back. %1 such mornings in %2 days are a reason to see a physiotherapist.</source>
        <translation>Du hast gesagt, das Knie ist schlechter als gestern Morgen: Das gestrige Training war mehr, als es vertragen hat, daher gehen die Dosen zurück. %1 solche Morgen in %2 Tagen sind ein Grund, eine Physiotherapeutin oder einen Physiotherapeuten aufzusuchen.</translation>
    </message>
    <message>
        <source>After %1, is your knee worse than it was yesterday morning?</source>
        <translation>Ist dein Knie nach %1 schlechter als gestern Morgen?</translation>
    </message>
    <message>
        <source>You said the pain had not settled: that session was more than the knee could take today, so its doses step back next time. If pain stays up for the rest of the day or keeps coming back, see a physiotherapist.</source>
        <translation>Du hast gesagt, der Schmerz hat sich nicht beruhigt: Diese Einheit war heute mehr, als das Knie vertragen hat, daher gehen ihre Dosen beim nächsten Mal zurück. Bleibt der Schmerz den Rest des Tages hoch oder kommt immer wieder, geh zur Physiotherapie.</translation>
    </message>
    <message>
        <source>Your %1 at %2 ended with pain of %3, in the acceptable band. It stays acceptable only if %4. Has it settled back to your usual level?</source>
        <translation>Deine Einheit %1 um %2 endete mit Schmerz %3, im akzeptablen Bereich. Akzeptabel bleibt er nur, wenn %4. Ist er wieder auf dein übliches Niveau zurückgegangen?</translation>
    </message>
    <message>
        <source>Yes, it has settled</source>
        <translation>Ja, es hat sich beruhigt</translation>
    </message>
    <message>
        <source>No, it still hurts more</source>
        <translation>Nein, es tut noch mehr weh</translation>
    </message>
</context>
<context>
    <name>patella::TrayIcon</name>
    <message>
        <source>&amp;Open Patella</source>
        <translation>Patella ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <translation>Wochensumme erfassen</translation>
    </message>
    <message>
        <source>Edit week&apos;s total</source>
        <translation>Wochensumme bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Woche vom:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance (%1):</source>
        <translation>&amp;Strecke (%1):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Anzahl der Läufe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2</source>
        <translation>Montag, %1, bis Sonntag, %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Anzahl der Läufe</translation>
    </message>
</context>
<context>
    <name>patella::WeeklyTotalModel</name>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>patella::cli::CsvCommands</name>
    <message>
        <source>There is no journal at %1 to export.</source>
        <translation>Unter %1 gibt es kein Tagebuch zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n Zeile</numerusform>
            <numerusform>  %1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1:</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert:</numerusform>
            <numerusform>%n Einträge nach %1 exportiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>  README.txt names every column.</source>
        <translation>  README.txt benennt jede Spalte.</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import the folder again.</source>
        <translation>Es wurde nichts importiert: Korrigieren Sie die Datei und importieren Sie den Ordner erneut.</translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 already in the journal</source>
        <translation>  %1: %2 hinzugefügt, %3 schon im Tagebuch</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1 into %2:</source>
        <translation>
            <numerusform>%n Eintrag aus %1 in %2 importiert:</numerusform>
            <numerusform>%n Einträge aus %1 in %2 importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: not a Patella CSV file, ignored</source>
        <translation>  %1: keine Patella-CSV-Datei, übergangen</translation>
    </message>
</context>
<context>
    <name>patella::cli::ProgrammeCommand</name>
    <message>
        <source>%1: there is no readable file of that name.</source>
        <translation>%1: Es gibt keine lesbare Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>Refused, nothing was imported: %1</source>
        <translation>Abgelehnt, es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 in %2 importiert.</translation>
    </message>
    <message>
        <source>Programme by %1.</source>
        <translation>Programm von %1.</translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation>Überprüfung am %1.</translation>
    </message>
    <message>
        <source>New routines (%1):</source>
        <translation>Neue Routinen (%1):</translation>
    </message>
    <message>
        <source>Routines replaced (%1):</source>
        <translation>Ersetzte Routinen (%1):</translation>
    </message>
    <message>
        <source>New exercises (%1):</source>
        <translation>Neue Übungen (%1):</translation>
    </message>
    <message>
        <source>Exercises replaced (%1):</source>
        <translation>Ersetzte Übungen (%1):</translation>
    </message>
</context>
<context>
    <name>patella::cli::ReportCommand</name>
    <message>
        <source>The demo journal could not be made in %1.</source>
        <translation>Das Demo-Tagebuch konnte in %1 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no journal at %1 to report on.</source>
        <translation>Unter %1 gibt es kein Tagebuch für einen Bericht.</translation>
    </message>
    <message>
        <source>The exercise catalog is damaged: %1</source>
        <translation>Der Übungskatalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the physiotherapist&apos;s report for %2 to %3, %n page(s) (%4).</source>
        <translation>
            <numerusform>%1 geschrieben: der Bericht für die Physiotherapie vom %2 bis %3, %n Seite (%4).</numerusform>
            <numerusform>%1 geschrieben: der Bericht für die Physiotherapie vom %2 bis %3, %n Seiten (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::exchange</name>
    <message>
        <source>My exercises and routines</source>
        <translation>Meine Übungen und Routinen</translation>
    </message>
</context>
<context>
    <name>patella::exerciseimage</name>
    <message>
        <source>not a drawing an SVG viewer can show</source>
        <translation>keine Zeichnung, die ein SVG-Betrachter zeigen kann</translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation>das Bild ist beschädigt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than 5 MB: choose a smaller picture</source>
        <translation>ist größer als 5 MB: Wählen Sie ein kleineres Bild</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG picture</source>
        <translation>ist kein PNG-, JPEG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>cannot be shown: %1</source>
        <translation>kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>cannot be scaled down</source>
        <translation>kann nicht verkleinert werden</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Gentle stretching</source>
        <translation>Sanftes Dehnen</translation>
    </message>
    <message>
        <source>Stretching and light strength</source>
        <translation>Dehnen und leichte Kräftigung</translation>
    </message>
    <message>
        <source>Keeping it up</source>
        <translation>Dranbleiben</translation>
    </message>
    <message numerus="yes">
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week: %n day(s) so far.</source>
        <translation>
            <numerusform>Einbeinige Kniebeugen kommen, sobald Step-ups eine Woche lang in voller Dosis mit Schmerz von %1 gelaufen sind: bisher %n Tag.</numerusform>
            <numerusform>Einbeinige Kniebeugen kommen, sobald Step-ups eine Woche lang in voller Dosis mit Schmerz von %1 gelaufen sind: bisher %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week.</source>
        <translation>Einbeinige Kniebeugen kommen, sobald Step-ups eine Woche lang in voller Dosis mit Schmerz von %1 gelaufen sind.</translation>
    </message>
</context>
<context>
    <name>programmefile</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is not a field here (allowed: %1)</source>
        <translation>ist hier kein Feld (erlaubt: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 is not a Patella programme (expected %2)</source>
        <translation>%1 ist kein Patella-Programm (erwartet: %2)</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Patella reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (diese Patella liest Version %2)</translation>
    </message>
    <message>
        <source>%1 is not a date like 2027-01-31</source>
        <translation>%1 ist kein Datum wie 2027-01-31</translation>
    </message>
    <message>
        <source>the programme holds no routine and no exercise</source>
        <translation>das Programm enthält weder eine Routine noch eine Übung</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 ist keine ID: Kleinbuchstaben, Ziffern und Bindestriche verwenden</translation>
    </message>
    <message>
        <source>%1 is one of Patella&apos;s own exercises or routines: choose another id</source>
        <translation>%1 ist eine von Patellas eigenen Übungen oder Routinen: Wählen Sie eine andere ID</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>doppelte ID %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>unbekannte Art %1</translation>
    </message>
    <message>
        <source>does not apply to a hold</source>
        <translation>gilt nicht für ein Halten</translation>
    </message>
    <message>
        <source>does not apply to reps</source>
        <translation>gilt nicht für Wiederholungen</translation>
    </message>
    <message>
        <source>unknown dose type %1: use &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>unbekannter Dosistyp %1: „hold“ oder „reps“ verwenden</translation>
    </message>
    <message>
        <source>must list two or more parts, or be left out</source>
        <translation>muss zwei oder mehr Teile auflisten oder wegfallen</translation>
    </message>
    <message>
        <source>must be an object with &quot;data&quot; (base64) or &quot;file&quot;</source>
        <translation>muss ein Objekt mit „data“ (base64) oder „file“ sein</translation>
    </message>
    <message>
        <source>give either &quot;data&quot; (base64) or &quot;file&quot;, not both or neither</source>
        <translation>entweder „data“ (base64) oder „file“ angeben, nicht beides und nicht keins</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ist kein gültiges base64</translation>
    </message>
    <message>
        <source>images beside the file cannot be read here: embed them as base64</source>
        <translation>Bilder neben der Datei können hier nicht gelesen werden: Betten Sie sie als base64 ein</translation>
    </message>
    <message>
        <source>%1 must be a file name in the programme&apos;s folder</source>
        <translation>%1 muss ein Dateiname im Ordner des Programms sein</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB</source>
        <translation>%1 ist größer als 5 MB</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the image is larger than 5 MB</source>
        <translation>das Bild ist größer als 5 MB</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG image</source>
        <translation>ist kein PNG-, JPEG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>says %1 but the image is %2</source>
        <translation>sagt %1, aber das Bild ist %2</translation>
    </message>
    <message>
        <source>the image does not decode: %1</source>
        <translation>das Bild lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>unknown value %1: use &quot;no&quot;, &quot;beside&quot; or &quot;instead&quot;</source>
        <translation>unbekannter Wert %1: „no“, „beside“ oder „instead“ verwenden</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>unbekannte Übung %1</translation>
    </message>
    <message>
        <source>unknown value %1: use &quot;left-then-right&quot;, &quot;both&quot;, &quot;left-only&quot; or &quot;right-only&quot;</source>
        <translation>unbekannter Wert %1: „left-then-right“, „both“, „left-only“ oder „right-only“ verwenden</translation>
    </message>
    <message>
        <source>does not apply to %1, which is a hold</source>
        <translation>gilt nicht für %1, das gehalten wird</translation>
    </message>
    <message>
        <source>does not apply to %1, which is counted in reps</source>
        <translation>gilt nicht für %1, das in Wiederholungen gezählt wird</translation>
    </message>
    <message>
        <source>it is not a %1 image</source>
        <translation>es ist kein %1-Bild</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than 64 MB: not a programme file</source>
        <translation>ist größer als 64 MB: keine Programmdatei</translation>
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
        <translation>Sie</translation>
    </message>
    <message>
        <source>An imported programme</source>
        <translation>Ein importiertes Programm</translation>
    </message>
    <message>
        <source>Programme imported %1</source>
        <translation>Programm importiert am %1</translation>
    </message>
    <message>
        <source>Programme by %1, imported %2</source>
        <translation>Programm von %1, importiert am %2</translation>
    </message>
    <message>
        <source>(review %1)</source>
        <translation>(überprüfen bis %1)</translation>
    </message>
</context>
</TS>
