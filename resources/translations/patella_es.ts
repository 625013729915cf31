<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CatalogReader</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>la versión %1 no es compatible</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 no es un identificador: usa minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identificador %1 duplicado</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2</source>
        <translation>%1 está por debajo del mínimo de %2</translation>
    </message>
    <message>
        <source>must be an object with low and high</source>
        <translation>debe ser un objeto con low y high</translation>
    </message>
    <message>
        <source>low (%1) is above high (%2)</source>
        <translation>low (%1) es mayor que high (%2)</translation>
    </message>
    <message>
        <source>unknown illustration %1</source>
        <translation>ilustración desconocida %1</translation>
    </message>
    <message>
        <source>unknown dose type %1: use &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>tipo de dosis desconocido %1: usa «hold» o «reps»</translation>
    </message>
    <message>
        <source>must list two or more parts, or be left out</source>
        <translation>debe enumerar dos o más partes, o no aparecer</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>tipo desconocido %1</translation>
    </message>
    <message>
        <source>unknown muscle group %1</source>
        <translation>grupo muscular desconocido %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>unknown best time %1</source>
        <translation>momento recomendado desconocido %1</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>ejercicio desconocido %1</translation>
    </message>
    <message>
        <source>an exercise cannot be its own variant</source>
        <translation>un ejercicio no puede ser su propia variante</translation>
    </message>
    <message>
        <source>%1 is above the exercise&apos;s high of %2</source>
        <translation>%1 supera el máximo del ejercicio, %2</translation>
    </message>
    <message>
        <source>does not apply to %1</source>
        <translation>no se aplica a %1</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Revisión semanal</translation>
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
        <translation>%1 puntos</translation>
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
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the fields are separated by &quot;%1&quot;, not by &quot;%2&quot;</source>
        <translation>los campos están separados por «%1», no por «%2»</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>el archivo está vacío: no tiene línea de encabezado</translation>
    </message>
    <message>
        <source>this line has %1 fields, the header line has %2</source>
        <translation>esta línea tiene %1 campos y el encabezado %2</translation>
    </message>
    <message>
        <source>a quote inside a field that is not in quotes (a field holding a quote must be quoted, with the quote written twice)</source>
        <translation>unas comillas dentro de un campo que no va entre comillas (un campo con comillas debe ir entre comillas, con las comillas escritas dos veces)</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>el campo entre comillas que empieza aquí no se cierra nunca</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a delimiter or a line break must follow it)</source>
        <translation>texto tras las comillas de cierre de un campo (debe seguir un separador o un salto de línea)</translation>
    </message>
    <message>
        <source>a carriage return that is not followed by a line feed</source>
        <translation>un retorno de carro que no va seguido de un salto de línea</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>el archivo es texto UTF-16; guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>a NUL character: this is not a text file</source>
        <translation>un carácter NUL: no es un archivo de texto</translation>
    </message>
    <message>
        <source>byte 0x%1 is not UTF-8 text; save the file as UTF-8</source>
        <translation>el byte 0x%1 no es texto UTF-8; guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>no se puede crear</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot be made private (0600)</source>
        <translation>no se puede hacer privado (0600)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>debe ser 1 o más</translation>
    </message>
    <message>
        <source>is not a column of this file (its columns are %1)</source>
        <translation>no es una columna de este archivo (sus columnas son %1)</translation>
    </message>
    <message>
        <source>appears twice in the header</source>
        <translation>aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>this column is missing from the header</source>
        <translation>falta esta columna en el encabezado</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>«%1» ya está en la línea %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>holds no Patella CSV file (%1)</source>
        <translation>no contiene ningún archivo CSV de Patella (%1)</translation>
    </message>
    <message>
        <source>no session has the id %1 in %2</source>
        <translation>ninguna sesión tiene el identificador %1 en %2</translation>
    </message>
    <message>
        <source>no shoe has the id %1 in %2</source>
        <translation>ningunas zapatillas tienen el identificador %1 en %2</translation>
    </message>
    <message>
        <source>no activity has the id %1 in %2</source>
        <translation>ninguna actividad tiene el id %1 en %2</translation>
    </message>
    <message>
        <source>lies before %1, the day its activity was added</source>
        <translation>es anterior al %1, el día en que se añadió su actividad</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>Pain entries, one per rating</source>
        <translation>Registros de dolor, uno por puntuación</translation>
    </message>
    <message>
        <source>time, situation and side</source>
        <translation>hora, situación y lado</translation>
    </message>
    <message>
        <source>when the pain was rated (ISO 8601 with offset)</source>
        <translation>cuándo se puntuó el dolor (ISO 8601 con desfase horario)</translation>
    </message>
    <message>
        <source>the day the runner lived it; when empty, the date of the time</source>
        <translation>el día en que se vivió; si está vacío, la fecha de la hora</translation>
    </message>
    <message>
        <source>pain, 0 (none) to 10 (worst imaginable)</source>
        <translation>dolor, de 0 (ninguno) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>when it hurt: during-run, after-run, stairs, long-sitting, squatting, at-rest, after-session</source>
        <translation>cuándo dolía: during-run, after-run, stairs, long-sitting, squatting, at-rest, after-session</translation>
    </message>
    <message>
        <source>which knee: left, right or both (the default)</source>
        <translation>qué rodilla: left, right o both (por defecto)</translation>
    </message>
    <message>
        <source>the id in sessions.csv of the guided session it was reported after, if any</source>
        <translation>el identificador en sessions.csv de la sesión guiada tras la que se registró, si la hay</translation>
    </message>
    <message>
        <source>the runner&apos;s note</source>
        <translation>la nota del corredor</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>external_id when it has one, else the start time</source>
        <translation>external_id si lo hay; si no, la hora de inicio</translation>
    </message>
    <message>
        <source>when the run started (ISO 8601 with offset)</source>
        <translation>cuándo empezó la salida (ISO 8601 con desfase horario)</translation>
    </message>
    <message>
        <source>the day the runner lived it; when empty, the date of the start</source>
        <translation>el día en que se corrió; si está vacío, la fecha del inicio</translation>
    </message>
    <message>
        <source>distance in metres</source>
        <translation>distancia en metros</translation>
    </message>
    <message>
        <source>duration in seconds</source>
        <translation>duración en segundos</translation>
    </message>
    <message>
        <source>perceived effort 1-10, 0 when not given</source>
        <translation>esfuerzo percibido de 1 a 10, 0 si no se indica</translation>
    </message>
    <message>
        <source>the id in shoes.csv of the shoes worn, if known</source>
        <translation>el identificador en shoes.csv de las zapatillas usadas, si se sabe</translation>
    </message>
    <message>
        <source>knee pain during the run, 0-10</source>
        <translation>dolor de rodilla durante la salida, 0-10</translation>
    </message>
    <message>
        <source>knee pain after the run, 0-10</source>
        <translation>dolor de rodilla después de la salida, 0-10</translation>
    </message>
    <message>
        <source>manual (the default) or import (from an activity file)</source>
        <translation>manual (por defecto) o import (desde un archivo de actividad)</translation>
    </message>
    <message>
        <source>the imported activity&apos;s id, so it is never counted twice</source>
        <translation>el identificador de la actividad importada, para que nunca cuente dos veces</translation>
    </message>
    <message>
        <source>Weekly totals, for weeks logged as one figure instead of single runs</source>
        <translation>Totales semanales, para las semanas registradas como una cifra en lugar de salidas sueltas</translation>
    </message>
    <message>
        <source>week_start</source>
        <translation>week_start</translation>
    </message>
    <message>
        <source>the Monday of the ISO week</source>
        <translation>el lunes de la semana ISO</translation>
    </message>
    <message>
        <source>the week&apos;s distance in metres</source>
        <translation>la distancia de la semana en metros</translation>
    </message>
    <message>
        <source>how many runs made it up</source>
        <translation>cuántas salidas la forman</translation>
    </message>
    <message>
        <source>Flexibility checks, one per test and side</source>
        <translation>Pruebas de flexibilidad, una por prueba y lado</translation>
    </message>
    <message>
        <source>time, test and side</source>
        <translation>hora, prueba y lado</translation>
    </message>
    <message>
        <source>when it was measured (ISO 8601 with offset)</source>
        <translation>cuándo se midió (ISO 8601 con desfase horario)</translation>
    </message>
    <message>
        <source>knee-to-wall, sit-and-reach, heel-to-buttock, half-kneeling-hip-flexor or straight-leg-raise</source>
        <translation>knee-to-wall, sit-and-reach, heel-to-buttock, half-kneeling-hip-flexor o straight-leg-raise</translation>
    </message>
    <message>
        <source>left, right or both</source>
        <translation>left, right o both</translation>
    </message>
    <message>
        <source>the measurement, in the unit of the next column</source>
        <translation>la medida, en la unidad de la columna siguiente</translation>
    </message>
    <message>
        <source>cm, deg (degrees) or tightness (0-10)</source>
        <translation>cm, deg (grados) o tightness (0-10)</translation>
    </message>
    <message>
        <source>Guided sessions (their exercises are in session_items.csv)</source>
        <translation>Sesiones guiadas (sus ejercicios están en session_items.csv)</translation>
    </message>
    <message>
        <source>start and routine_id</source>
        <translation>start y routine_id</translation>
    </message>
    <message>
        <source>the session&apos;s id in this folder</source>
        <translation>el identificador de la sesión en esta carpeta</translation>
    </message>
    <message>
        <source>the routine played, by its catalog id</source>
        <translation>la rutina hecha, por su identificador de catálogo</translation>
    </message>
    <message>
        <source>when it started (ISO 8601 with offset)</source>
        <translation>cuándo empezó (ISO 8601 con desfase horario)</translation>
    </message>
    <message>
        <source>when it ended (ISO 8601 with offset)</source>
        <translation>cuándo terminó (ISO 8601 con desfase horario)</translation>
    </message>
    <message>
        <source>completed or interrupted</source>
        <translation>completed o interrupted</translation>
    </message>
    <message>
        <source>The exercises of each guided session, one row per set and side</source>
        <translation>Los ejercicios de cada sesión guiada, una fila por serie y lado</translation>
    </message>
    <message>
        <source>part of their session</source>
        <translation>parte de su sesión</translation>
    </message>
    <message>
        <source>the id in sessions.csv of the session</source>
        <translation>el identificador de la sesión en sessions.csv</translation>
    </message>
    <message>
        <source>its place in the session, from 1</source>
        <translation>su lugar en la sesión, desde 1</translation>
    </message>
    <message>
        <source>the exercise, by its catalog id</source>
        <translation>el ejercicio, por su identificador de catálogo</translation>
    </message>
    <message>
        <source>left, right or both (the default)</source>
        <translation>left, right o both (por defecto)</translation>
    </message>
    <message>
        <source>the set, from 1</source>
        <translation>la serie, desde 1</translation>
    </message>
    <message>
        <source>for two-part exercises, which part (0 the first, 1 the second)</source>
        <translation>en los ejercicios de dos partes, cuál (0 la primera, 1 la segunda)</translation>
    </message>
    <message>
        <source>hold or work time planned, in seconds</source>
        <translation>tiempo de mantenimiento o de trabajo previsto, en segundos</translation>
    </message>
    <message>
        <source>hold or work time done, in seconds</source>
        <translation>tiempo de mantenimiento o de trabajo hecho, en segundos</translation>
    </message>
    <message>
        <source>repetitions planned</source>
        <translation>repeticiones previstas</translation>
    </message>
    <message>
        <source>repetitions done</source>
        <translation>repeticiones hechas</translation>
    </message>
    <message>
        <source>true when the runner skipped it</source>
        <translation>true si el corredor se lo saltó</translation>
    </message>
    <message>
        <source>pain reported after it, 0-10</source>
        <translation>dolor registrado después, 0-10</translation>
    </message>
    <message>
        <source>Running shoes</source>
        <translation>Zapatillas de correr</translation>
    </message>
    <message>
        <source>name and first_use</source>
        <translation>name y first_use</translation>
    </message>
    <message>
        <source>the shoe&apos;s id in this folder (runs.csv points at it)</source>
        <translation>el identificador de las zapatillas en esta carpeta (runs.csv remite a él)</translation>
    </message>
    <message>
        <source>the runner&apos;s name for it</source>
        <translation>el nombre que les da el corredor</translation>
    </message>
    <message>
        <source>the date it was first worn</source>
        <translation>la fecha en que se usaron por primera vez</translation>
    </message>
    <message>
        <source>the date it was retired, if it was</source>
        <translation>la fecha de retirada, si se retiraron</translation>
    </message>
    <message>
        <source>the distance it is good for, in metres (default 700000)</source>
        <translation>la distancia para la que sirven, en metros (700000 por defecto)</translation>
    </message>
    <message>
        <source>Weekly check-ins</source>
        <translation>Revisiones semanales</translation>
    </message>
    <message>
        <source>the week&apos;s worst pain, 0-10</source>
        <translation>el peor dolor de la semana, 0-10</translation>
    </message>
    <message>
        <source>the week&apos;s usual pain, 0-10</source>
        <translation>el dolor habitual de la semana, 0-10</translation>
    </message>
    <message>
        <source>true when the knee was worse on a morning after activity</source>
        <translation>true si la rodilla estuvo peor alguna mañana tras la actividad</translation>
    </message>
    <message>
        <source>the runner&apos;s notes</source>
        <translation>las notas del corredor</translation>
    </message>
    <message>
        <source>Morning checks: was the knee worse the morning after?</source>
        <translation>Preguntas de la mañana: ¿estaba peor la rodilla a la mañana siguiente?</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>the morning&apos;s date</source>
        <translation>la fecha de la mañana</translation>
    </message>
    <message>
        <source>true when the knee was worse</source>
        <translation>true si la rodilla estaba peor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (a whole number above 0)</source>
        <translation>«%1» no es un identificador (un número entero mayor que 0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write it with a point, like 5012.5)</source>
        <translation>«%1» no es un número (escríbelo con punto, como 5012.5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>«%1» no es ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-16</source>
        <translation>«%1» no es una fecha como 2026-03-16</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time with its UTC offset, like 2026-03-16T07:30:00+01:00</source>
        <translation>«%1» no es una hora con su desfase UTC, como 2026-03-16T07:30:00+01:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» no es ninguno de %2</translation>
    </message>
    <message>
        <source>Two rows are the same record when they have the same %1.</source>
        <translation>Dos filas son el mismo registro cuando tienen igual %1.</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <source>Patella journal export
======================

One CSV file per kind of record, UTF-8, RFC 4180 (comma-separated, fields with commas, quotes or line breaks in double quotes, a quote inside written twice), with a header line naming the columns. Times are ISO 8601 with their UTC offset (2026-03-16T07:30:00+01:00), dates are ISO 8601 (2026-03-16), distances are metres, durations seconds, pain 0-10. An empty field means &quot;not given&quot;.

Patella can read this folder back (File &gt; Import &gt; Patella CSV, or patella --import-csv DIR). Columns are found by their names, in any order; optional columns may be left out. A file with a mistake is refused as a whole, with its line and column named, and nothing is written. Records the journal already holds (see &quot;the same record&quot; under each file) are skipped, so importing a folder twice adds nothing the second time. The ids in shoes.csv and sessions.csv only link the files together; the journal gives imported records ids of its own.

</source>
        <translation>Exportación del diario de Patella
=================================

Un archivo CSV por tipo de registro, en UTF-8, RFC 4180 (separado por comas; los campos con comas, comillas o saltos de línea van entre comillas dobles, y unas comillas dentro se escriben dos veces), con una línea de encabezado que nombra las columnas. Las horas van en ISO 8601 con su desfase UTC (2026-03-16T07:30:00+01:00), las fechas en ISO 8601 (2026-03-16), las distancias en metros, las duraciones en segundos y el dolor de 0 a 10. Un campo vacío significa «sin indicar».

Patella puede volver a leer esta carpeta (Archivo &gt; Importar &gt; CSV de Patella, o patella --import-csv DIR). Las columnas se reconocen por su nombre, en cualquier orden; las opcionales pueden faltar. Un archivo con un error se rechaza entero, indicando su línea y su columna, y no se escribe nada. Los registros que el diario ya tiene (ver «el mismo registro» en cada archivo) se omiten, así que importar dos veces la misma carpeta no añade nada la segunda vez. Los identificadores de shoes.csv y sessions.csv solo enlazan los archivos entre sí; el diario da a los registros importados identificadores propios.

</translation>
    </message>
    <message>
        <source>my-programme.json
-----------------
Your own exercises and routines, and those of the programmes you imported, with their doses and pictures, in Patella&apos;s programme format (docs/programme-format.md). Written only when there are any. File &gt; Import &gt; Programme… (or patella --import-programme FILE) reads it back; the CSV import leaves it alone.
</source>
        <translation>my-programme.json
-----------------
Sus propios ejercicios y rutinas, y los de los programas importados, con sus dosis e imágenes, en el formato de programa de Patella (docs/programme-format.md). Solo se escribe si los hay. Archivo &gt; Importar &gt; Programa… (o patella --import-programme ARCHIVO) lo vuelve a leer; la importación CSV no lo toca.
</translation>
    </message>
    <message>
        <source>Function score (Patient-Specific Functional Scale): the runner&apos;s own activities that the knee makes hard</source>
        <translation>Puntuación funcional (Patient-Specific Functional Scale): las actividades propias que la rodilla dificulta</translation>
    </message>
    <message>
        <source>name and added</source>
        <translation>nombre y fecha de alta (added)</translation>
    </message>
    <message>
        <source>the activity&apos;s id in this folder (function_scores.csv points at it)</source>
        <translation>el id de la actividad en esta carpeta (function_scores.csv apunta a él)</translation>
    </message>
    <message>
        <source>the activity in the runner&apos;s words</source>
        <translation>la actividad, con las palabras del corredor</translation>
    </message>
    <message>
        <source>the date of the first round it was scored in</source>
        <translation>la fecha de la primera ronda en que se puntuó</translation>
    </message>
    <message>
        <source>the date from which it was no longer asked, if it was retired (its scores are kept)</source>
        <translation>la fecha desde la que ya no se preguntó, si se retiró (sus puntuaciones se conservan)</translation>
    </message>
    <message>
        <source>Function scores, one per activity and round</source>
        <translation>Puntuaciones funcionales, una por actividad y ronda</translation>
    </message>
    <message>
        <source>activity and date</source>
        <translation>actividad y fecha</translation>
    </message>
    <message>
        <source>the id in function_activities.csv of the activity</source>
        <translation>el id de la actividad en function_activities.csv</translation>
    </message>
    <message>
        <source>the date of the round</source>
        <translation>la fecha de la ronda</translation>
    </message>
    <message>
        <source>0 (cannot do it) to 10 (as well as before the problem)</source>
        <translation>0 (no puedo hacerlo) a 10 (tan bien como antes del problema)</translation>
    </message>
    <message>
        <source>for an imported run, the watch&apos;s moving time in seconds</source>
        <translation>en una carrera importada, el tiempo en movimiento del reloj, en segundos</translation>
    </message>
    <message>
        <source>for an imported run, start to finish in seconds, pauses included</source>
        <translation>en una carrera importada, de la salida a la llegada en segundos, pausas incluidas</translation>
    </message>
    <message>
        <source>average cadence in steps per minute, if the file had it</source>
        <translation>cadencia media en pasos por minuto, si el archivo la tenía</translation>
    </message>
    <message>
        <source>average heart rate in beats per minute, if the file had it</source>
        <translation>frecuencia cardiaca media en pulsaciones por minuto, si el archivo la tenía</translation>
    </message>
    <message>
        <source>running (the default), trail_running, treadmill_running, or the sport of an activity imported as a run</source>
        <translation>running (por defecto), trail_running, treadmill_running, o el deporte de una actividad importada como carrera</translation>
    </message>
    <message>
        <source>the watch or app that wrote the imported file</source>
        <translation>el reloj o la aplicación que escribió el archivo importado</translation>
    </message>
    <message>
        <source>device (the device&apos;s own total), points (summed from the track) or empty (typed by hand)</source>
        <translation>device (el total del propio dispositivo), points (sumado a partir del recorrido) o vacío (introducido a mano)</translation>
    </message>
</context>
<context>
    <name>DemoJournal</name>
    <message>
        <source>Ran a lot more this week; the knee complained.</source>
        <translation>Esta semana he corrido mucho más; la rodilla se ha quejado.</translation>
    </message>
    <message>
        <source>Backed off the running, kept up the stretches.</source>
        <translation>He bajado el volumen de carrera y he mantenido los estiramientos.</translation>
    </message>
    <message>
        <source>A good week.</source>
        <translation>Una buena semana.</translation>
    </message>
    <message>
        <source>Everyday trainers</source>
        <translation>Zapatillas de diario</translation>
    </message>
    <message>
        <source>Cushioned trainers</source>
        <translation>Zapatillas amortiguadas</translation>
    </message>
    <message>
        <source>Running 5 km</source>
        <translation>Correr 5 km</translation>
    </message>
    <message>
        <source>Going down stairs</source>
        <translation>Bajar escaleras</translation>
    </message>
    <message>
        <source>Sitting through a film</source>
        <translation>Estar sentado durante una película</translation>
    </message>
    <message>
        <source>Squatting to garden</source>
        <translation>Ponerse en cuclillas para trabajar en el jardín</translation>
    </message>
</context>
<context>
    <name>FlexTests</name>
    <message>
        <source>How far your ankle bends (calf and ankle mobility).</source>
        <translation>Cuánto se dobla tu tobillo (movilidad del gemelo y del tobillo).</translation>
    </message>
    <message>
        <source>Shoes off. Stand facing a wall with the foot you are testing pointing straight at it, the other foot a step behind for balance.</source>
        <translation>Descalzo. Ponte de cara a una pared con el pie que vas a medir apuntando recto hacia ella y el otro un paso por detrás para equilibrarte.</translation>
    </message>
    <message>
        <source>Keeping that heel pressed into the floor, bend the front knee forward until it touches the wall.</source>
        <translation>Con ese talón bien apoyado en el suelo, dobla la rodilla de delante hasta que toque la pared.</translation>
    </message>
    <message>
        <source>If the knee reaches easily, move the foot a little further back and try again; if it cannot reach, move it closer.</source>
        <translation>Si la rodilla llega con facilidad, retrasa un poco el pie y vuelve a probar; si no llega, acércalo.</translation>
    </message>
    <message>
        <source>Find the furthest spot where the knee still touches the wall with the heel down, and measure from the tip of the big toe to the wall in centimetres.</source>
        <translation>Busca el punto más alejado en el que la rodilla aún toca la pared con el talón apoyado y mide en centímetros desde la punta del dedo gordo hasta la pared.</translation>
    </message>
    <message>
        <source>Do the same with the other foot.</source>
        <translation>Haz lo mismo con el otro pie.</translation>
    </message>
    <message>
        <source>A larger distance means the ankle bends further.</source>
        <translation>Una distancia mayor significa que el tobillo se dobla más.</translation>
    </message>
    <message>
        <source>The back of the thigh and the lower back, one leg at a time.</source>
        <translation>La parte trasera del muslo y la zona lumbar, pierna a pierna.</translation>
    </message>
    <message>
        <source>Sit on the floor with the leg you are testing straight and its sole flat against a box or a bottom step. Bend the other knee and set that foot flat beside the straight knee.</source>
        <translation>Siéntate en el suelo con la pierna que mides estirada y la planta del pie apoyada en una caja o en el primer escalón. Dobla la otra rodilla y apoya ese pie junto a la rodilla estirada.</translation>
    </message>
    <message>
        <source>Put one hand over the other, arms straight, and breathe out as you slide your fingertips slowly forward along the box. No bouncing.</source>
        <translation>Pon una mano sobre la otra, con los brazos estirados, y suelta el aire mientras deslizas despacio la punta de los dedos hacia delante por la caja. Sin rebotes.</translation>
    </message>
    <message>
        <source>Hold the furthest point for a couple of seconds. Measure where your fingertips are compared with the sole: past it counts as plus, short of it as minus, in centimetres.</source>
        <translation>Mantén el punto más lejano un par de segundos. Mide dónde quedan las puntas de los dedos respecto a la planta: más allá cuenta como positivo y antes como negativo, en centímetros.</translation>
    </message>
    <message>
        <source>Swap legs and repeat.</source>
        <translation>Cambia de pierna y repite.</translation>
    </message>
    <message>
        <source>A larger number means a longer reach.</source>
        <translation>Un número mayor significa que llegas más lejos.</translation>
    </message>
    <message>
        <source>The length of the muscles at the front of the thigh.</source>
        <translation>La longitud de los músculos de la parte delantera del muslo.</translation>
    </message>
    <message>
        <source>Lie face down on a firm surface with your legs straight and your hips flat.</source>
        <translation>Túmbate boca abajo sobre una superficie firme con las piernas estiradas y la cadera apoyada.</translation>
    </message>
    <message>
        <source>Bend the knee of the leg you are testing and take hold of the ankle (a towel around it helps if you cannot reach). Draw the heel towards the buttock.</source>
        <translation>Dobla la rodilla de la pierna que mides y agarra el tobillo (una toalla alrededor ayuda si no llegas). Lleva el talón hacia el glúteo.</translation>
    </message>
    <message>
        <source>Keep the hip on the floor and the lower back still; stop where you feel a firm stretch at the front of the thigh.</source>
        <translation>Mantén la cadera en el suelo y la zona lumbar quieta; para cuando notes un estiramiento claro en la parte delantera del muslo.</translation>
    </message>
    <message>
        <source>A helper measures the gap between heel and buttock in centimetres (0 if they touch).</source>
        <translation>Otra persona mide en centímetros la distancia entre el talón y el glúteo (0 si se tocan).</translation>
    </message>
    <message>
        <source>A smaller gap means the front of the thigh is less tight.</source>
        <translation>Una distancia menor significa que la parte delantera del muslo está menos tensa.</translation>
    </message>
    <message>
        <source>The muscles at the front of the hip.</source>
        <translation>Los músculos de la parte delantera de la cadera.</translation>
    </message>
    <message>
        <source>Kneel on a cushion with the knee of the side you are testing down and the other foot flat in front, both knees bent at about a right angle.</source>
        <translation>Arrodíllate sobre un cojín con la rodilla del lado que mides abajo y el otro pie plano delante, las dos rodillas dobladas más o menos en ángulo recto.</translation>
    </message>
    <message>
        <source>Tuck your tailbone under so the lower back is flat, and squeeze the buttock of the kneeling side.</source>
        <translation>Mete el coxis hacia dentro para que la zona lumbar quede plana y aprieta el glúteo del lado arrodillado.</translation>
    </message>
    <message>
        <source>Glide the hips forward a few centimetres without letting the back arch.</source>
        <translation>Desliza la cadera unos centímetros hacia delante sin dejar que la espalda se arquee.</translation>
    </message>
    <message>
        <source>Rate the pull at the front of that hip: 0 = none at all, 10 = so tight you cannot move forward.</source>
        <translation>Puntúa el tirón en la parte delantera de esa cadera: 0 = nada, 10 = tan tenso que no puedes avanzar.</translation>
    </message>
    <message>
        <source>Swap sides and repeat.</source>
        <translation>Cambia de lado y repite.</translation>
    </message>
    <message>
        <source>A lower score means the hip feels looser.</source>
        <translation>Una puntuación más baja significa que la cadera está más suelta.</translation>
    </message>
    <message>
        <source>The muscles at the back of the thigh.</source>
        <translation>Los músculos de la parte trasera del muslo.</translation>
    </message>
    <message>
        <source>Lie on your back with both legs straight. A helper makes this test easier and steadier.</source>
        <translation>Túmbate boca arriba con las dos piernas estiradas. Con ayuda de otra persona esta prueba es más fácil y más fiable.</translation>
    </message>
    <message>
        <source>Keep the other leg flat on the floor and the knee of the tested leg straight, toes relaxed.</source>
        <translation>Mantén la otra pierna apoyada en el suelo y la rodilla de la pierna que mides estirada, con los dedos relajados.</translation>
    </message>
    <message>
        <source>Raise the tested leg slowly (or let the helper raise it) until you feel a firm stretch behind the thigh or your pelvis starts to roll.</source>
        <translation>Sube despacio la pierna que mides (o deja que te la suba quien te ayuda) hasta notar un estiramiento claro detrás del muslo o hasta que la pelvis empiece a girar.</translation>
    </message>
    <message>
        <source>Note the angle between leg and floor (straight up is 90°); a phone&apos;s level app laid on the shin works. If you cannot measure it, rate the tightness from 0 to 10 instead.</source>
        <translation>Anota el ángulo entre la pierna y el suelo (vertical son 90°); sirve una app de nivel del móvil apoyada en la espinilla. Si no puedes medirlo, puntúa la tensión de 0 a 10.</translation>
    </message>
    <message>
        <source>A larger angle, or a lower tightness score, means more length.</source>
        <translation>Un ángulo mayor, o una tensión más baja, significa más longitud.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Sessions this week: %1 of %2.</source>
        <translation>Sesiones esta semana: %1 de %2.</translation>
    </message>
    <message>
        <source>No streak yet: one session today starts it.</source>
        <translation>Aún no hay racha: una sesión hoy la empieza.</translation>
    </message>
    <message>
        <source>Days in a row with a session: %1.</source>
        <translation>Días seguidos con una sesión: %1.</translation>
    </message>
    <message>
        <source>Your exercise routine</source>
        <translation>Tu rutina de ejercicios</translation>
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
        <translation>%1: izquierda y derecha, ambas %2.</translation>
    </message>
    <message>
        <source>%1: left %2, right %3, a difference of %4.</source>
        <translation>%1: izquierda %2, derecha %3, una diferencia de %4.</translation>
    </message>
    <message>
        <source>%1: left %2, right %3, a difference of %4 (%5).</source>
        <translation>%1: izquierda %2, derecha %3, una diferencia de %4 (%5).</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>%1, %2: %3, the first check.</source>
        <translation>%1, %2: %3, la primera prueba.</translation>
    </message>
    <message>
        <source>%1, %2: %3 on %4, %5 now (%6).</source>
        <translation>%1, %2: %3 el %4, %5 ahora (%6).</translation>
    </message>
    <message>
        <source>Left and right side</source>
        <translation>Lado izquierdo y derecho</translation>
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
        <translation>La relación agudo:crónico divide la distancia de los últimos 7 días entre la semana media de los últimos 28 días. Los rangos que se suelen citar son: menos de 0,8 (baja), 0,8-1,3 (estable), 1,3-1,5 (en aumento) y más de 1,5 (alta) (Gabbett, BJSM 2016). Esta relación está en discusión (Lolli et al., BJSM 2019; Impellizzeri et al., Sports Medicine 2020): tómala como información, no como un veredicto.</translation>
    </message>
    <message>
        <source>Self-tests are for following your own trend, not for passing or failing. The knee-to-wall test is reliable between testers (Powden et al., 2015; 1 cm is about 3.6 degrees); the half-kneeling hip flexor test is poor as a pass/fail test, and sit-and-reach only roughly estimates hamstring length. A short quadriceps was one of the risk factors for patellofemoral pain in Witvrouw et al. (AJSM 2000).</source>
        <translation>Las autopruebas sirven para seguir tu propia evolución, no para aprobar o suspender. El test rodilla-pared es fiable entre examinadores (Powden et al., 2015; 1 cm equivale a unos 3,6 grados); la prueba de flexores de cadera en semiarrodillado sirve poco como prueba de apto/no apto, y el test de sentarse y alcanzar solo estima a grandes rasgos la longitud de los isquiotibiales. Un cuádriceps acortado fue uno de los factores de riesgo del síndrome de dolor patelofemoral en Witvrouw et al. (AJSM 2000).</translation>
    </message>
    <message>
        <source>The usual advice is to replace running shoes after 480-800 km (300-500 miles), but the evidence for it is thin. Patella counts towards the limit you set; near it, look at the midsole for deep creases, flattening or uneven wear and decide for yourself.</source>
        <translation>Lo habitual es aconsejar cambiar las zapatillas tras 480-800 km (300-500 millas), pero la evidencia es escasa. Patella cuenta hasta el límite que fijes; cuando te acerques, mira si la mediasuela tiene arrugas profundas, se nota aplastada o se desgasta de forma desigual, y decide tú.</translation>
    </message>
    <message>
        <source>No distance in the last 28 days, so there is no ratio.</source>
        <translation>No hay distancia en los últimos 28 días, así que no hay relación.</translation>
    </message>
    <message>
        <source>below 0.8, low</source>
        <translation>menos de 0,8, baja</translation>
    </message>
    <message>
        <source>0.8-1.3, steady</source>
        <translation>0,8-1,3, estable</translation>
    </message>
    <message>
        <source>1.3-1.5, rising</source>
        <translation>1,3-1,5, en aumento</translation>
    </message>
    <message>
        <source>above 1.5, high</source>
        <translation>más de 1,5, alta</translation>
    </message>
    <message>
        <source>Last 7 days %1 against an average week of %2 over the last 28 days: ratio %3 (%4).</source>
        <translation>Últimos 7 días %1 frente a una semana media de %2 en los últimos 28 días: relación %3 (%4).</translation>
    </message>
    <message>
        <source>Less than four weeks are logged, so the average week reads low and the ratio high.</source>
        <translation>Hay menos de cuatro semanas registradas, así que la semana media sale baja y la relación alta.</translation>
    </message>
    <message>
        <source>Acute:chronic load (for information)</source>
        <translation>Carga aguda:crónica (a título informativo)</translation>
    </message>
    <message>
        <source>This ratio is disputed in research: take it as information, not a verdict.</source>
        <translation>Esta relación está en discusión en la investigación: tómala como información, no como un veredicto.</translation>
    </message>
    <message>
        <source>A run well beyond your recent longest</source>
        <translation>Una salida muy por encima de tu más larga reciente</translation>
    </message>
    <message>
        <source>This week so far %1: no distance the week before to compare with.</source>
        <translation>Esta semana por ahora %1: no hay distancia la semana anterior con la que comparar.</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3, with no distance the week before to compare with.</source>
        <translation>Semana %1 de %2: %3, sin distancia la semana anterior con la que comparar.</translation>
    </message>
    <message>
        <source>Last week %1, this week so far %2: %3.</source>
        <translation>La semana pasada %1, esta semana por ahora %2: %3.</translation>
    </message>
    <message>
        <source>The week before %1, last week %2: %3.</source>
        <translation>La semana anterior %1, la semana pasada %2: %3.</translation>
    </message>
    <message>
        <source>Week %1 of %2: %3; week %4 of %5: %6 (%7).</source>
        <translation>Semana %1 de %2: %3; semana %4 de %5: %6 (%7).</translation>
    </message>
    <message>
        <source>Nielsen et al. (JOSPT 2014) linked rises of more than 30% over two weeks to more running injuries.</source>
        <translation>Nielsen et al. (JOSPT 2014) relacionaron los aumentos de más del 30 % en dos semanas con más lesiones en corredores.</translation>
    </message>
    <message>
        <source>%1: %2 three weeks ago, %3 now (%4): a real improvement, more than the 1.16 points that matter.</source>
        <translation>%1: %2 hace tres semanas, %3 ahora (%4): una mejoría real, más de los 1,16 puntos que cuentan.</translation>
    </message>
    <message>
        <source>%1: %2 three weeks ago, %3 now (%4): not yet the drop of more than 1.16 points that counts as real.</source>
        <translation>%1: %2 hace tres semanas, %3 ahora (%4): aún no la bajada de más de 1,16 puntos que cuenta como real.</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semana del %1</translation>
    </message>
    <message>
        <source>%1 on %2: pain %3, %4 points above the 7-day mean of %5.</source>
        <translation>%1 el %2: dolor %3, %4 puntos por encima de la media de 7 días de %5.</translation>
    </message>
    <message>
        <source>Pain %1 in the exercise session on %2: above 5 means stopping that exercise.</source>
        <translation>Dolor %1 en la sesión de ejercicio del %2: más de 5 significa dejar ese ejercicio.</translation>
    </message>
    <message>
        <source>Pain %1 during your run on %2: above 5 is more than exercise should cost.</source>
        <translation>Dolor %1 durante tu salida del %2: más de 5 es más de lo que debería costar el entrenamiento.</translation>
    </message>
    <message>
        <source>Your check-in for %1 says the knee was worse the next morning.</source>
        <translation>Tu revisión del %1 dice que la rodilla estaba peor a la mañana siguiente.</translation>
    </message>
    <message>
        <source>Pain flared up</source>
        <translation>El dolor se ha disparado</translation>
    </message>
    <message>
        <source>Pain of 4 or more on %1 of the 7 days from %2 to %3.</source>
        <translation>Dolor de 4 o más en %1 de los 7 días del %2 al %3.</translation>
    </message>
    <message>
        <source>Your check-in for %1 gives a usual pain of %2.</source>
        <translation>Tu revisión del %1 da un dolor habitual de %2.</translation>
    </message>
    <message>
        <source>Weeks in a row at your target of %1 sessions a week: %2.</source>
        <translation>Semanas seguidas cumpliendo tu objetivo de %1 sesiones a la semana: %2.</translation>
    </message>
    <message>
        <source>A physiotherapist should look at your knee</source>
        <translation>Un fisioterapeuta debería valorar tu rodilla</translation>
    </message>
    <message>
        <source>Unnamed shoes</source>
        <translation>Zapatillas sin nombre</translation>
    </message>
    <message>
        <source>%1: %2, no limit set.</source>
        <translation>%1: %2, sin límite fijado.</translation>
    </message>
    <message>
        <source>%1: %2 of your %3 limit (%4).</source>
        <translation>%1: %2 de tu límite de %3 (%4).</translation>
    </message>
    <message>
        <source>Have a look at the midsole: deep creases, a flattened feel or uneven wear say more than the distance.</source>
        <translation>Mira la mediasuela: arrugas profundas, sensación de aplastamiento o un desgaste desigual dicen más que la distancia.</translation>
    </message>
    <message>
        <source>Shoes near their limit</source>
        <translation>Zapatillas cerca de su límite</translation>
    </message>
    <message>
        <source>Stride comfort usually picks up after 2-3 weeks of stretching on target; the first such week starts the count.</source>
        <translation>La zancada suele resultar más cómoda tras 2-3 semanas de estiramientos cumpliendo el objetivo; la primera de esas semanas inicia la cuenta.</translation>
    </message>
    <message>
        <source>One week on target so far. Stride comfort usually picks up after 2-3 weeks like it.</source>
        <translation>Hasta ahora, una semana cumpliendo el objetivo. La zancada suele resultar más cómoda tras 2-3 semanas así.</translation>
    </message>
    <message>
        <source>Two weeks on target: the 2-3 weeks after which stride comfort usually picks up are here or one week away.</source>
        <translation>Dos semanas cumpliendo el objetivo: las 2-3 semanas tras las que la zancada suele resultar más cómoda ya están aquí o a una semana.</translation>
    </message>
    <message>
        <source>Weeks on target in a row: %1, beyond the usual 2-3 weeks before stride comfort picks up.</source>
        <translation>Semanas seguidas cumpliendo el objetivo: %1, más que las 2-3 semanas habituales antes de que la zancada resulte más cómoda.</translation>
    </message>
    <message>
        <source>The guide&apos;s 10% guideline: add no more than a tenth to your weekly distance from one week to the next. It is common advice and easy to plan with, but the evidence behind it is weak (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022), so Patella shows it as a guideline, not as a line you must not cross. Nielsen et al. found more distance-related injuries when weekly distance grew by more than 30% over two weeks (hazard ratio 1.59). A single run much longer than your recent longest has the stronger evidence; Patella watches for that as well and marks it on the distance chart.</source>
        <translation>La pauta del 10 % de la guía: no añadas más de una décima parte a tu distancia semanal de una semana a la siguiente. Es un consejo habitual y fácil de planificar, pero la evidencia que lo respalda es débil (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022), así que Patella lo muestra como una pauta, no como un límite que nunca debas cruzar. Nielsen et al. encontraron más lesiones relacionadas con la distancia cuando la distancia semanal crecía más de un 30 % en dos semanas (hazard ratio 1,59). Una sola carrera mucho más larga que tu más larga reciente tiene una evidencia más sólida; Patella también la vigila y la marca en el gráfico de distancia.</translation>
    </message>
    <message>
        <source>Physiotherapists judge pain during exercise with the pain-monitoring model (Thomeé 1997; Silbernagel 2007): %1 Sharp, stabbing or catching pain is a stop whatever its score. Patella also marks a day whose pain is 2 or more points above the mean of the 7 days before it, in the same situation. The threshold sits above 1.16 points, the smallest change that people with patellofemoral pain notice (Piva et al. 2009), so such a day is a real rise and not the ordinary wobble of a 0-10 score. If flare-ups keep coming, a physiotherapist can adapt your plan.</source>
        <translation>Los fisioterapeutas valoran el dolor durante el ejercicio con el modelo de monitorización del dolor (Thomeé 1997; Silbernagel 2007): %1 Un dolor agudo, punzante o que se engancha significa parar, sea cual sea su puntuación. Patella también marca un día cuyo dolor está 2 puntos o más por encima de la media de los 7 días anteriores, en la misma situación. El umbral está por encima de 1,16 puntos, el cambio más pequeño que notan las personas con síndrome de dolor patelofemoral (Piva et al. 2009), así que ese día es una subida real y no la oscilación normal de una puntuación de 0 a 10. Si los brotes se repiten, un fisioterapeuta puede adaptar tu plan.</translation>
    </message>
    <message>
        <source>Patella suggests a physiotherapist&apos;s view when pain of 4 or more out of 10 shows up on most days for two weeks running, or when six weeks of steady exercise have brought no real improvement in a situation that still hurts (the clinical advice is to refer after 6-8 weeks without progress). A real improvement is a drop of more than 1.16 points on the 0-10 scale, the smallest change that matters to people with patellofemoral pain (Piva et al., Journal of Rehabilitation Medicine 2009). Recovery does take time (a median of 71 days among injured novice runners, Nielsen et al., PLoS One 2014), and Patella does not diagnose.</source>
        <translation>Patella sugiere la opinión de un fisioterapeuta cuando aparece un dolor de 4 o más sobre 10 la mayoría de los días durante dos semanas seguidas, o cuando seis semanas de ejercicio constante no han traído una mejora real en una situación que aún duele (la recomendación clínica es derivar tras 6-8 semanas sin progreso). Una mejora real es una bajada de más de 1,16 puntos en la escala de 0 a 10, el cambio más pequeño que importa a las personas con síndrome de dolor patelofemoral (Piva et al., Journal of Rehabilitation Medicine 2009). La recuperación lleva tiempo (una mediana de 71 días en corredores principiantes lesionados, Nielsen et al., PLoS One 2014), y Patella no diagnostica.</translation>
    </message>
    <message>
        <source>Regular stretching usually shows in stride comfort within 2-3 weeks. A few minutes on most days does more than one long session a week.</source>
        <translation>Estirar con regularidad suele notarse en la comodidad de la zancada en 2-3 semanas. Unos minutos casi todos los días dan más que una sesión larga a la semana.</translation>
    </message>
    <message>
        <source>10-30% longer</source>
        <translation>entre un 10 y un 30 % más largas</translation>
    </message>
    <message>
        <source>30-100% longer</source>
        <translation>entre un 30 y un 100 % más largas</translation>
    </message>
    <message>
        <source>more than twice as long</source>
        <translation>más del doble de largas</translation>
    </message>
    <message>
        <source>Your %1 run on %2 was %3 longer than the longest run of the 30 days before it (%4). In a 2025 study of 5,205 runners, runs %5 than that longest came with a hazard ratio of %6 for injury.</source>
        <translation>Tu carrera de %1 el %2 fue %3 más larga que la más larga de los 30 días anteriores (%4). En un estudio de 2025 con 5205 corredores, las carreras %5 que esa más larga se asociaron a un hazard ratio de %6 de lesión.</translation>
    </message>
    <message>
        <source>This week so far %1, already past %2, the guide&apos;s 10% guideline over last week&apos;s %3.</source>
        <translation>Esta semana hasta ahora %1, ya por encima de %2, la pauta del 10 % de la guía sobre los %3 de la semana pasada.</translation>
    </message>
    <message>
        <source>This week so far %1; the guide&apos;s 10% guideline over last week&apos;s %3 is %2.</source>
        <translation>Esta semana hasta ahora %1; la pauta del 10 % de la guía sobre los %3 de la semana pasada es %2.</translation>
    </message>
    <message>
        <source>This week so far %1; the guide&apos;s 10% guideline over last week&apos;s %3 is %2 (%4 more).</source>
        <translation>Esta semana hasta ahora %1; la pauta del 10 % de la guía sobre los %3 de la semana pasada es %2 (%4 más).</translation>
    </message>
    <message>
        <source>Next week, the guide&apos;s 10% guideline over this week&apos;s %2 is %1.</source>
        <translation>La próxima semana, la pauta del 10 % de la guía sobre los %2 de esta semana es %1.</translation>
    </message>
    <message>
        <source>Week %1 of %2: the guide&apos;s 10% guideline over the week before (%4) is %3.</source>
        <translation>Semana %1 de %2: la pauta del 10 % de la guía sobre la semana anterior (%4) es %3.</translation>
    </message>
    <message>
        <source>Weekly distance up more than the guide&apos;s 10%</source>
        <translation>Distancia semanal por encima del 10 % de la guía</translation>
    </message>
    <message>
        <source>%1: %2 six weeks ago, %3 now (%4): not the drop of more than 1.16 points that counts as real.</source>
        <translation>%1: %2 hace seis semanas, %3 ahora (%4): no es la bajada de más de 1,16 puntos que cuenta como real.</translation>
    </message>
    <message>
        <source>One round so far (%1): average %2 of 10.</source>
        <translation>Hasta ahora, una ronda (%1): media de %2 sobre 10.</translation>
    </message>
    <message>
        <source>Average %1 on %2, %3 on %4: %5.</source>
        <translation>Media de %1 el %2, %3 el %4: %5.</translation>
    </message>
    <message>
        <source>That reaches the 2 points usually taken as a meaningful change.</source>
        <translation>Eso alcanza los 2 puntos que suelen considerarse un cambio significativo.</translation>
    </message>
    <message>
        <source>Less than the 2 points usually taken as a meaningful change.</source>
        <translation>Menos que los 2 puntos que suelen considerarse un cambio significativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 to %3 (%4), a meaningful change for one activity (3 points or more).</source>
        <translation>«%1»: de %2 a %3 (%4), un cambio significativo para una actividad (3 puntos o más).</translation>
    </message>
    <message>
        <source>The Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): you name 3 to 5 activities that the knee makes hard and rate each from 0 (cannot do it) to 10 (as well as before the problem), every week or two. The average of a round is the mean of its scores. A change of about 2 points in the average, or 3 points for one activity, is usually taken as meaningful. Higher is better. The activities are your own, so the score compares you with yourself, not with other runners.</source>
        <translation>La Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): nombras de 3 a 5 actividades que la rodilla te hace difíciles y puntúas cada una de 0 (no puedo hacerla) a 10 (tan bien como antes del problema), cada semana o cada dos. La media de una ronda es la media de sus puntuaciones. Un cambio de unos 2 puntos en la media, o de 3 puntos en una actividad, suele considerarse significativo. Más alto es mejor. Las actividades son tuyas, así que la puntuación te compara contigo mismo, no con otros corredores.</translation>
    </message>
    <message>
        <source>Function score (PSFS) %1, %2 since %3.</source>
        <translation>Puntuación funcional (PSFS) %1, %2 desde el %3.</translation>
    </message>
    <message>
        <source>%1 since the first round (%2).</source>
        <translation>%1 desde la primera ronda (%2).</translation>
    </message>
    <message>
        <source>A change of 2 points or more is usually taken as meaningful.</source>
        <translation>Un cambio de 2 puntos o más suele considerarse significativo.</translation>
    </message>
    <message>
        <source>A drop of 2 points or more is usually taken as meaningful: worth telling your physiotherapist.</source>
        <translation>Una bajada de 2 puntos o más suele considerarse significativa: cuéntaselo a tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>In a 2025 study of 5,205 runners with GPS watch data (British Journal of Sports Medicine), a single run more than 10% longer than the longest run of the previous 30 days raised the injury rate: hazard ratio 1.64 for runs 10-30% longer, 1.52 for 30-100% longer and 2.28 for more than double. This is a stronger signal than the guide&apos;s weekly 10% guideline, which research supports only weakly (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022).</source>
        <translation>En un estudio de 2025 con datos de reloj GPS de 5.205 corredores (British Journal of Sports Medicine), una sola salida más de un 10 % más larga que la más larga de los 30 días anteriores aumentó la tasa de lesiones: hazard ratio 1,64 para salidas entre un 10 y un 30 % más largas, 1,52 entre un 30 y un 100 % y 2,28 para más del doble. Es una señal más fuerte que la pauta semanal del 10 % de la guía, que la investigación respalda solo débilmente (Buist et al.; Nielsen et al., JOSPT 2014; Fredette et al., 2022).</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise comes with conditions: it settles within about an hour, the knee is no worse the next morning, and pain does not creep up from week to week. Pain that keeps rising week after week is one of the warning signs for which clinicians advise a physiotherapist&apos;s or doctor&apos;s view, even while other situations get better. Patella counts a rise when three weekly values in a row (the check-in&apos;s worst or usual pain, or a situation&apos;s 7-day mean) each go up and the rise adds up to more than 1.16 points, the smallest change that matters (Piva et al. 2009).</source>
        <translation>El dolor aceptable durante el ejercicio tiene condiciones: se calma en más o menos una hora, la rodilla no está peor a la mañana siguiente y el dolor no va subiendo de semana en semana. Un dolor que aumenta semana tras semana es una de las señales de alarma por las que los clínicos aconsejan la valoración de un fisioterapeuta o un médico, aunque otras situaciones mejoren. Patella cuenta una subida cuando tres valores semanales seguidos (el dolor máximo o habitual del control semanal, o la media de 7 días de una situación) suben cada uno y la subida total supera 1,16 puntos, el cambio más pequeño que importa (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>In the pain-monitoring model a session was too much when the knee is worse the next morning; the dose then steps back. When that keeps happening (three mornings in two weeks, or after two sessions in a row), the plan itself needs a professional look: a physiotherapist can find what the knee does not tolerate yet.</source>
        <translation>En el modelo de control del dolor, una sesión fue demasiado cuando la rodilla está peor a la mañana siguiente; entonces la dosis retrocede. Si eso se repite (tres mañanas en dos semanas, o tras dos sesiones seguidas), el propio plan necesita una mirada profesional: un fisioterapeuta puede averiguar qué no tolera aún la rodilla.</translation>
    </message>
    <message>
        <source>Swelling, a knee that locks or gives way, pain at night or at rest, and pain after a fall or a blow are not part of ordinary patellofemoral pain. They are reasons to see a physiotherapist or a doctor before going on with the programme. Patella does not diagnose; it asks about these every week so that none of them goes unnoticed.</source>
        <translation>La hinchazón, una rodilla que se bloquea o falla, el dolor por la noche o en reposo y el dolor tras una caída o un golpe no forman parte del dolor femoropatelar habitual. Son motivos para ver a un fisioterapeuta o a un médico antes de seguir con el programa. Patella no diagnostica; pregunta por ellos cada semana para que ninguno pase desapercibido.</translation>
    </message>
    <message>
        <source>On the morning of %1 the knee was worse than the morning before.</source>
        <translation>La mañana del %1 la rodilla estaba peor que la mañana anterior.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The week&apos;s worst pain (check-in)</source>
        <translation>Dolor máximo de la semana (control)</translation>
    </message>
    <message>
        <source>The week&apos;s usual pain (check-in)</source>
        <translation>Dolor habitual de la semana (control)</translation>
    </message>
    <message>
        <source>%1 (7-day mean)</source>
        <translation>%1 (media de 7 días)</translation>
    </message>
    <message>
        <source>Pain has risen two weeks running</source>
        <translation>El dolor ha subido dos semanas seguidas</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Pain that keeps rising from week to week is a reason to have the knee looked at, whatever else is improving.</source>
        <translation>Un dolor que sigue subiendo de semana en semana es motivo para que revisen la rodilla, mejore lo que mejore lo demás.</translation>
    </message>
    <message>
        <source>The knee was worse in the morning %1 times in the last 14 days: %2.</source>
        <translation>La rodilla estaba peor por la mañana %1 veces en los últimos 14 días: %2.</translation>
    </message>
    <message>
        <source>The mornings after your sessions of %1 and %2 were both worse (%3 and %4).</source>
        <translation>Las mañanas después de tus sesiones del %1 y del %2 fueron peores las dos (%3 y %4).</translation>
    </message>
    <message>
        <source>Mornings after training keep being worse</source>
        <translation>Las mañanas después de entrenar siguen siendo peores</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor about these signs</source>
        <translation>Consulta a un fisioterapeuta o a un médico por estas señales</translation>
    </message>
    <message>
        <source>Your check-in for the week of %1 reports: %2.</source>
        <translation>Tu control de la semana del %1 indica: %2.</translation>
    </message>
    <message>
        <source>These are warning signs, not the usual course of runner&apos;s knee. Have the knee looked at before the next session; until then, rest it from what hurts.</source>
        <translation>Son señales de alarma, no el curso habitual de la rodilla del corredor. Haz que revisen la rodilla antes de la próxima sesión; hasta entonces, evita lo que le duele.</translation>
    </message>
    <message>
        <source>That is 5% or more below your usual rate: longer steps load the kneecap joint more, and in studies a rate 5-10% above one&apos;s own eased it.</source>
        <translation>Es un 5 % o más por debajo de su cadencia habitual: los pasos más largos cargan más la articulación de la rótula y, en estudios, una cadencia un 5-10 % superior a la propia la aliviaba.</translation>
    </message>
    <message>
        <source>Less than 5% from your usual rate: no real change. In studies, a rate 5-10% above one&apos;s own (shorter steps at the same pace) eased the kneecap joint; whether to try it is yours to decide, ideally with your physiotherapist.</source>
        <translation>Menos de un 5 % de diferencia con su cadencia habitual: ningún cambio real. En estudios, una cadencia un 5-10 % superior a la propia (pasos más cortos al mismo ritmo) aliviaba la articulación de la rótula; probarlo es decisión suya, mejor con su fisioterapeuta.</translation>
    </message>
    <message>
        <source>That is within the 5-10% higher band that eased the load on the kneecap joint in studies.</source>
        <translation>Está dentro de la franja un 5-10 % más alta que alivió la carga sobre la articulación de la rótula en estudios.</translation>
    </message>
    <message>
        <source>That is more than 10% above your usual rate, beyond the 5-10% rise the studies tested.</source>
        <translation>Es más de un 10 % por encima de su cadencia habitual, más allá del aumento del 5-10 % que probaron los estudios.</translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate needs at least %n runs with a cadence; until then each run is shown on its own.</source>
        <translation>
            <numerusform>Su cadencia habitual necesita al menos %n carrera con cadencia; hasta entonces cada carrera se muestra por separado.</numerusform>
            <numerusform>Su cadencia habitual necesita al menos %n carreras con cadencia; hasta entonces cada carrera se muestra por separado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate: %1 steps per minute, the middle value of your first %n run(s) with a cadence (%2 to %3). 5-10% higher is %4 to %5.</source>
        <translation>
            <numerusform>Su cadencia habitual: %1 pasos por minuto, el valor central de %n carrera con cadencia (%2 a %3). Un 5-10 % más es de %4 a %5.</numerusform>
            <numerusform>Su cadencia habitual: %1 pasos por minuto, el valor central de sus primeras %n carreras con cadencia (%2 a %3). Un 5-10 % más es de %4 a %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs after these are compared with it.</source>
        <translation>Las carreras posteriores se comparan con ella.</translation>
    </message>
    <message numerus="yes">
        <source>Your last %n run(s) in this range (%2 to %3): %1 steps per minute, %4 against your usual rate.</source>
        <translation>
            <numerusform>Su última carrera (%n) en este periodo (%2 a %3): %1 pasos por minuto, %4 respecto a su cadencia habitual.</numerusform>
            <numerusform>Sus últimas %n carreras en este periodo (%2 a %3): %1 pasos por minuto, %4 respecto a su cadencia habitual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n run(s) in this range without a cadence (typed by hand, or from a file without one).</source>
        <translation>
            <numerusform>Se deja fuera: %n carrera de este periodo sin cadencia (escrita a mano, o de un archivo sin ella).</numerusform>
            <numerusform>Se dejan fuera: %n carreras de este periodo sin cadencia (escritas a mano, o de un archivo sin ella).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step rate (cadence) is the number of steps you take in a minute. Watches and phone apps record it; runs typed by hand have none. Gait studies found that taking 5-10% more steps a minute than you usually do, which means shorter steps at the same pace, lowers the load on the joint behind the kneecap: 10% shorter steps cut that joint&apos;s stress per mile by 7.5% (Willson et al. 2014), and 35% of runners with patellofemoral pain felt relief straight away with a 10% higher step rate (Esculier et al. 2023). Patella compares your runs with your own usual rate (the middle value of your first five runs with a cadence), never with one number for every runner. Running, trail and treadmill runs count; walks and rides do not. This is information, not an instruction: a change of running style is worth talking over with your physiotherapist.</source>
        <translation>La cadencia es el número de pasos que da en un minuto. Los relojes y las apps del móvil la registran; las carreras escritas a mano no la tienen. Estudios de la marcha hallaron que dar un 5-10 % más de pasos por minuto de lo habitual, es decir, pasos más cortos al mismo ritmo, reduce la carga sobre la articulación de detrás de la rótula: pasos un 10 % más cortos redujeron la tensión en esa articulación por milla en un 7,5 % (Willson et al. 2014), y el 35 % de los corredores con dolor femoropatelar sintió alivio inmediato con una cadencia un 10 % más alta (Esculier et al. 2023). Patella compara sus carreras con su propia cadencia habitual (el valor central de sus cinco primeras carreras con cadencia), nunca con una cifra para todos. Cuentan las carreras en asfalto, trail y cinta; caminar y montar en bici no. Es información, no una instrucción: conviene hablar de un cambio en la forma de correr con su fisioterapeuta.</translation>
    </message>
</context>
<context>
    <name>JournalForms</name>
    <message>
        <source>%1 is needed.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be a number, like %2.</source>
        <translation>%1 debe ser un número, por ejemplo %2.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 is needed, as h:mm:ss.</source>
        <translation>Falta %1, en formato h:mm:ss.</translation>
    </message>
    <message>
        <source>%1 must read as h:mm:ss, like 0:42:30.</source>
        <translation>%1 debe escribirse como h:mm:ss, por ejemplo 0:42:30.</translation>
    </message>
    <message>
        <source>%1 must be longer than zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>%1 is far too large: a run or a week is at most a few hundred km.</source>
        <translation>%1 es demasiado grande: una salida o una semana son como mucho unos cientos de km.</translation>
    </message>
    <message>
        <source>%1 is longer than 72 hours; a bare number counts minutes.</source>
        <translation>%1 supera las 72 horas; un número solo cuenta minutos.</translation>
    </message>
</context>
<context>
    <name>JournalStore</name>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is already in the journal</source>
        <translation>ya está en el diario</translation>
    </message>
    <message>
        <source>refers to a record that is not in the journal</source>
        <translation>remite a un registro que no está en el diario</translation>
    </message>
    <message>
        <source>no record %1 is in the journal</source>
        <translation>no hay ningún registro %1 en el diario</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read.</source>
        <translation>No se puede leer el diario %1.</translation>
    </message>
    <message>
        <source>%1 is not a Patella journal (it is not an SQLite database). It was left unchanged.</source>
        <translation>%1 no es un diario de Patella (no es una base de datos SQLite). No se ha modificado.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be created.</source>
        <translation>No se puede crear el diario %1.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>No se puede abrir el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (0600).</source>
        <translation>No se puede hacer privado el diario %1 (0600).</translation>
    </message>
    <message>
        <source>The journal %1 cannot use write-ahead logging.</source>
        <translation>El diario %1 no puede usar el registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The file %1 cannot be made private (0600).</source>
        <translation>No se puede hacer privado el archivo %1 (0600).</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>No hay ningún diario abierto.</translation>
    </message>
    <message>
        <source>read its version</source>
        <translation>leer su versión</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>El diario %1 está dañado: %2</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which this Patella does not know</source>
        <translation>contiene «%1», que esta Patella no conoce</translation>
    </message>
    <message>
        <source>The journal has no schema version.</source>
        <translation>El diario no tiene versión de esquema.</translation>
    </message>
    <message>
        <source>Upgrading the journal from version %1 to %2 failed: %3</source>
        <translation>La actualización del diario de la versión %1 a la %2 ha fallado: %3</translation>
    </message>
    <message>
        <source>The journal could not %1: %2</source>
        <translation>El diario no ha podido %1: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>preparar una instrucción</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>ejecutar una instrucción</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>commit a transaction</source>
        <translation>confirmar una transacción</translation>
    </message>
    <message>
        <source>must be between 0 and 10</source>
        <translation>debe estar entre 0 y 10</translation>
    </message>
    <message>
        <source>lies beyond tomorrow</source>
        <translation>es posterior a mañana</translation>
    </message>
    <message>
        <source>is more than a day away from the time</source>
        <translation>está a más de un día de la hora</translation>
    </message>
    <message>
        <source>must be a Monday</source>
        <translation>debe ser un lunes</translation>
    </message>
    <message>
        <source>is not a known side</source>
        <translation>no es un lado conocido</translation>
    </message>
    <message>
        <source>is not a known situation</source>
        <translation>no es una situación conocida</translation>
    </message>
    <message>
        <source>is not a saved session</source>
        <translation>no es una sesión guardada</translation>
    </message>
    <message>
        <source>is not a known flexibility test</source>
        <translation>no es una prueba de flexibilidad conocida</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>must be between -50 and 150 cm</source>
        <translation>debe estar entre -50 y 150 cm</translation>
    </message>
    <message>
        <source>must be between 0 and 180 degrees</source>
        <translation>debe estar entre 0 y 180 grados</translation>
    </message>
    <message>
        <source>is not a known unit</source>
        <translation>no es una unidad conocida</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>is more than 300 km, too long for one run</source>
        <translation>supera los 300 km, demasiado para una salida</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>is longer than 72 hours</source>
        <translation>supera las 72 horas</translation>
    </message>
    <message>
        <source>is not a known source</source>
        <translation>no es un origen conocido</translation>
    </message>
    <message>
        <source>is needed for an imported run</source>
        <translation>es necesario para una salida importada</translation>
    </message>
    <message>
        <source>is not a saved shoe</source>
        <translation>no son unas zapatillas guardadas</translation>
    </message>
    <message>
        <source>is more than 1,500 km, too long for one week</source>
        <translation>supera los 1500 km, demasiado para una semana</translation>
    </message>
    <message>
        <source>must be between 0 and 50</source>
        <translation>debe estar entre 0 y 50</translation>
    </message>
    <message>
        <source>is before the first use</source>
        <translation>es anterior al primer uso</translation>
    </message>
    <message>
        <source>must be between 0 and 10,000 km</source>
        <translation>debe estar entre 0 y 10 000 km</translation>
    </message>
    <message>
        <source>is not a routine id</source>
        <translation>no es un identificador de rutina</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <source>is more than 12 hours after the start</source>
        <translation>es más de 12 horas después del inicio</translation>
    </message>
    <message>
        <source>is not a known outcome</source>
        <translation>no es un resultado conocido</translation>
    </message>
    <message>
        <source>is not an exercise id</source>
        <translation>no es un identificador de ejercicio</translation>
    </message>
    <message>
        <source>must be between 1 and 20</source>
        <translation>debe estar entre 1 y 20</translation>
    </message>
    <message>
        <source>must be between 0 and 9</source>
        <translation>debe estar entre 0 y 9</translation>
    </message>
    <message>
        <source>must be between 0 and 3600</source>
        <translation>debe estar entre 0 y 3600</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>debe estar entre 0 y 500</translation>
    </message>
    <message>
        <source>is higher than the worst pain</source>
        <translation>es mayor que el peor dolor</translation>
    </message>
    <message>
        <source>read a record</source>
        <translation>leer un registro</translation>
    </message>
    <message>
        <source>The journal path %1 is longer than SQLite accepts (%2 bytes at most) or cannot be written as a file name. Choose a shorter data folder; nothing was created.</source>
        <translation>La ruta del diario %1 es más larga de lo que acepta SQLite (como mucho %2 bytes) o no se puede escribir como nombre de archivo. Elige una carpeta de datos más corta; no se ha creado nada.</translation>
    </message>
    <message>
        <source>The journal %1 is empty (0 bytes), but there are backups of it. Restore one; the empty file was left as it is.</source>
        <translation>El diario %1 está vacío (0 bytes), pero hay copias de seguridad. Restaura una; el archivo vacío se ha dejado como está.</translation>
    </message>
    <message>
        <source>The journal %1 could not be read (%2). Nothing is saved until it can be read again.</source>
        <translation>No se ha podido leer el diario %1 (%2). No se guarda nada hasta que se pueda volver a leer.</translation>
    </message>
    <message>
        <source>Nothing is saved until it can be read again.</source>
        <translation>No se guarda nada hasta que se pueda volver a leer.</translation>
    </message>
    <message>
        <source>it is in use by another program. Wait a moment and try again</source>
        <translation>lo está usando otro programa. Espera un momento y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>el disco está lleno. Libera espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>lies later than now</source>
        <translation>es posterior a ahora</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>La copia de seguridad %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>Restoring %1 failed: %2</source>
        <translation>La restauración de %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>it cannot be made private (0600) and synced</source>
        <translation>no se puede hacer privada (0600) y sincronizar</translation>
    </message>
    <message>
        <source>No journal is chosen.</source>
        <translation>No se ha elegido ningún diario.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it cannot be copied beside the journal (%1)</source>
        <translation>no se puede copiar junto al diario (%1)</translation>
    </message>
    <message>
        <source>the backups folder cannot be created</source>
        <translation>no se puede crear la carpeta de copias</translation>
    </message>
    <message>
        <source>the current journal cannot be kept (%1)</source>
        <translation>no se puede conservar el diario actual (%1)</translation>
    </message>
    <message>
        <source>its marker cannot be written (%1)</source>
        <translation>no se puede escribir su marca (%1)</translation>
    </message>
    <message>
        <source>it cannot be put in place of %1 (%2)</source>
        <translation>no se puede poner en lugar de %1 (%2)</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another program. Close that program, then try again; the journal was left unchanged.</source>
        <translation>Otro programa está usando el diario %1. Cierra ese programa y vuelve a intentarlo; el diario no se ha modificado.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full. Free some space, then try again.</source>
        <translation>El disco del diario %1 está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The journal %1 can be read, but its folder %2 does not accept the files SQLite keeps beside it (-wal, -shm): %3</source>
        <translation>El diario %1 se puede leer, pero su carpeta %2 no acepta los archivos que SQLite guarda al lado (-wal, -shm): %3</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and cannot be read. It was left unchanged.</source>
        <translation>El diario %1 está dañado y no se puede leer. No se ha modificado.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>No se puede leer el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is empty or missing.</source>
        <translation>El diario %1 está vacío o no existe.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Patella (journal version %2; this Patella reads up to version %3). Update Patella to open it; the file was left unchanged.</source>
        <translation>El diario %1 lo escribió una versión más reciente de Patella (versión del diario %2; esta Patella lee hasta la versión %3). Actualiza Patella para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Patella journal. It was left unchanged.</source>
        <translation>%1 es una base de datos SQLite, pero no un diario de Patella. No se ha modificado.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2). It was left unchanged.</source>
        <translation>El diario %1 está dañado (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>lies before the day it was added</source>
        <translation>es anterior al día en que se añadió</translation>
    </message>
    <message>
        <source>it cannot be copied to be checked</source>
        <translation>no se puede copiar para comprobarlo</translation>
    </message>
    <message>
        <source>must be 0 to 72 hours</source>
        <translation>debe estar entre 0 y 72 horas</translation>
    </message>
    <message>
        <source>must be between 1 and 400 steps per minute</source>
        <translation>debe estar entre 1 y 400 pasos por minuto</translation>
    </message>
    <message>
        <source>must be between 1 and 260 bpm</source>
        <translation>debe estar entre 1 y 260 ppm</translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation>está dañado: %1</translation>
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
        <translation>grados</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>tensión 0-10</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Targets</source>
        <translation>Músculos trabajados</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Best times</source>
        <translation>Mejores momentos</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Lleva a</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <source>Coaching cues</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>at the starting dose</source>
        <translation>con la dosis inicial</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>En esta rutina</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How Patella helps</source>
        <translation>Cómo te ayuda Patella</translation>
    </message>
</context>
<context>
    <name>PainBand</name>
    <message>
        <source>safe</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>too much</source>
        <translation>demasiado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>it settles to its usual level within about an hour and the knee is no worse the next morning</source>
        <translation>vuelve a su nivel habitual en más o menos una hora y la rodilla no está peor a la mañana siguiente</translation>
    </message>
    <message>
        <source>%1: safe. Carry on; sessions like this let the dose grow.</source>
        <translation>%1: seguro. Sigue; sesiones así hacen crecer la dosis.</translation>
    </message>
    <message>
        <source>%1: acceptable if %2. Keep today&apos;s dose.</source>
        <translation>%1: aceptable si %2. Mantén la dosis de hoy.</translation>
    </message>
    <message>
        <source>%1: too much. Stop this exercise for today; the dose steps back next time.</source>
        <translation>%1: demasiado. Deja este ejercicio por hoy; la dosis baja un paso la próxima vez.</translation>
    </message>
    <message>
        <source>%1 is safe; %2 is acceptable if %3; %4 is too much, so that exercise stops for the day.</source>
        <translation>%1 es seguro; %2 es aceptable si %3; %4 es demasiado, así que ese ejercicio se deja por hoy.</translation>
    </message>
</context>
<context>
    <name>PhysioReport</name>
    <message>
        <source>lower = more flexible</source>
        <translation>más bajo = más flexible</translation>
    </message>
    <message>
        <source>higher = more flexible</source>
        <translation>más alto = más flexible</translation>
    </message>
    <message>
        <source>up after %1 sessions in a row at %2</source>
        <translation>sube tras %1 sesiones seguidas en %2</translation>
    </message>
    <message>
        <source>back: the knee was worse the next morning</source>
        <translation>baja: la rodilla estaba peor a la mañana siguiente</translation>
    </message>
    <message>
        <source>back after pain %1/10</source>
        <translation>baja tras dolor %1/10</translation>
    </message>
    <message>
        <source>not changed in the last six weeks</source>
        <translation>sin cambios en las últimas seis semanas</translation>
    </message>
    <message>
        <source>no pain checks yet</source>
        <translation>aún sin valoraciones del dolor</translation>
    </message>
    <message>
        <source>Pain checks after each exercise</source>
        <translation>Dolor valorado tras cada ejercicio</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Después de las sesiones</translation>
    </message>
    <message>
        <source>During runs</source>
        <translation>Durante las carreras</translation>
    </message>
    <message>
        <source>After runs</source>
        <translation>Después de las carreras</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Week&apos;s running</source>
        <translation>Carrera de la semana</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Pain: each day&apos;s worst score per situation (0-10). First and last: the mean of the first and of the last 7 days with reports. A change of more than 1.16 points is the smallest that matters to people with patellofemoral pain (Piva et al. 2009).</source>
        <translation>Dolor: la peor puntuación de cada día por situación (0-10). Primero y último: la media de los primeros y de los últimos 7 días con registros. Un cambio de más de 1,16 puntos es el más pequeño que importa a las personas con dolor femoropatelar (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>Function: Patient-Specific Functional Scale (Stratford et al. 1995), the runner&apos;s own activities rated 0-10; the average of each round. About 2 points in the average, 3 for one activity, is usually taken as meaningful.</source>
        <translation>Función: Patient-Specific Functional Scale (Stratford et al. 1995), las actividades elegidas por el corredor puntuadas de 0 a 10; la media de cada ronda. Unos 2 puntos en la media, 3 en una actividad, suelen considerarse significativos.</translation>
    </message>
    <message>
        <source>Pain bands (pain-monitoring model, Thomeé 1997, Silbernagel 2007): %1.</source>
        <translation>Franjas de dolor (modelo de monitorización del dolor, Thomeé 1997, Silbernagel 2007): %1.</translation>
    </message>
    <message>
        <source>Doses: the programme steps up after %1 sessions in a row in the safe band, holds in the acceptable band, and steps back after too much pain or a knee worse the next morning; reports of the last six weeks count.</source>
        <translation>Dosis: el programa sube tras %1 sesiones seguidas en la franja segura, se mantiene en la aceptable y baja tras demasiado dolor o una rodilla peor a la mañana siguiente; cuentan los registros de las últimas seis semanas.</translation>
    </message>
    <message>
        <source>Flexibility: the self-tests as measured, left and right; trends only, no pass or fail.</source>
        <translation>Flexibilidad: los autotests tal como se midieron, izquierda y derecha; solo tendencias, sin aprobado ni suspenso.</translation>
    </message>
    <message>
        <source>Alerts: as Patella showed them on the day they were raised.</source>
        <translation>Avisos: tal como Patella los mostró el día en que surgieron.</translation>
    </message>
    <message>
        <source>Patella is a recovery companion for runners with patellofemoral pain: it plays the exercise programme, keeps the runner&apos;s journal and points out patterns. It informs and reminds; it does not diagnose and does not replace a physiotherapist&apos;s assessment. Every figure here was entered or imported by the runner.</source>
        <translation>Patella es un compañero de recuperación para corredores con dolor femoropatelar: reproduce el programa de ejercicios, lleva el diario del corredor y señala patrones. Informa y recuerda; no diagnostica ni sustituye la valoración de un fisioterapeuta. Cada cifra de aquí la introdujo o importó el corredor.</translation>
    </message>
    <message>
        <source>Adherence: completed guided sessions per week against the current phase&apos;s target, counted from the programme&apos;s start and, for the week in progress, for its days so far.</source>
        <translation>Adherencia: sesiones guiadas completadas por semana frente al objetivo de la fase actual, contadas desde el inicio del programa y, en la semana en curso, por sus días transcurridos.</translation>
    </message>
    <message>
        <source>Distance: ISO weeks (Monday to Sunday) from the runs logged, or the runner&apos;s weekly total for a week without runs. The guide&apos;s 10% guideline is common advice with weak evidence. A single run more than 10% longer than the longest of the previous 30 days is marked (BJSM 2025, 5,205 runners).</source>
        <translation>Distancia: semanas ISO (de lunes a domingo) a partir de las salidas registradas, o el total semanal del corredor para una semana sin salidas. La pauta del 10 % de la guía es un consejo común con poca evidencia. Se marca cada salida más de un 10 % más larga que la más larga de los 30 días anteriores (BJSM 2025, 5.205 corredores).</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>two days ago</source>
        <translation>hace dos días</translation>
    </message>
    <message>
        <source>three days ago</source>
        <translation>hace tres días</translation>
    </message>
    <message>
        <source>four days ago</source>
        <translation>hace cuatro días</translation>
    </message>
    <message>
        <source>five days ago</source>
        <translation>hace cinco días</translation>
    </message>
    <message>
        <source>six days ago</source>
        <translation>hace seis días</translation>
    </message>
    <message>
        <source>a week ago</source>
        <translation>hace una semana</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Keep your hips and glutes strong: light strength work on non-consecutive days.</source>
        <translation>Mantén fuertes la cadera y los glúteos: fuerza suave en días no consecutivos.</translation>
    </message>
    <message>
        <source>From week three, add light strength work on non-consecutive days.</source>
        <translation>A partir de la tercera semana, añade fuerza suave en días no consecutivos.</translation>
    </message>
    <message>
        <source>Last strength session was %1.</source>
        <translation>La última sesión de fuerza fue %1.</translation>
    </message>
    <message>
        <source>You ran today: a post-run stretch.</source>
        <translation>Hoy has corrido: estiramientos después de correr.</translation>
    </message>
    <message>
        <source>Weeks one and two: gentle stretches twice a day.</source>
        <translation>Semanas uno y dos: estiramientos suaves dos veces al día.</translation>
    </message>
    <message>
        <source>Weeks one and two: gentle stretches twice a day; this is the second.</source>
        <translation>Semanas uno y dos: estiramientos suaves dos veces al día; esta es la segunda.</translation>
    </message>
    <message>
        <source>Keep stretching every day while you build strength.</source>
        <translation>Sigue estirando a diario mientras ganas fuerza.</translation>
    </message>
    <message>
        <source>Pain-free: keep flexibility work going 3-4 times a week (%1 in the last 7 days).</source>
        <translation>Sin dolor: mantén el trabajo de flexibilidad 3 o 4 veces por semana (%1 en los últimos 7 días).</translation>
    </message>
    <message>
        <source>After a run, a few minutes of foam rolling eases stiffness.</source>
        <translation>Después de correr, unos minutos de rodillo de espuma alivian la rigidez.</translation>
    </message>
    <message>
        <source>If you run today, warm up first.</source>
        <translation>Si hoy corres, calienta antes.</translation>
    </message>
    <message>
        <source>Warm up for a few minutes before you stretch.</source>
        <translation>Calienta unos minutos antes de estirar.</translation>
    </message>
    <message>
        <source>A rest day from strength work: the muscles you trained adapt in the days between.</source>
        <translation>Un día de descanso de la fuerza: los músculos que entrenaste se adaptan en los días intermedios.</translation>
    </message>
    <message>
        <source>Foam rolling is a daily habit: half a minute to a minute on each area.</source>
        <translation>El rodillo de espuma es un hábito diario: de medio minuto a un minuto por zona.</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) done</source>
        <translation>
            <numerusform>%1: %n sesión hecha</numerusform>
            <numerusform>%1: %n sesiones hechas</numerusform>
        </translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>tensión 0-10</translation>
    </message>
    <message numerus="yes">
        <source>mean %1/10 over %n report day(s)</source>
        <translation>
            <numerusform>media %1/10 en %n día con registro</numerusform>
            <numerusform>media %1/10 en %n días con registro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semanas</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Keep logging pain for three weeks to see whether it is really falling: the 7-day mean now is compared with the one three weeks ago.</source>
        <translation>Registra el dolor durante tres semanas para ver si de verdad baja: la media de 7 días actual se compara con la de hace tres semanas.</translation>
    </message>
    <message>
        <source>Informational: the ratio is disputed, so read it as a hint, never as a verdict.</source>
        <translation>Informativo: la relación está en discusión, tómala como una pista, nunca como un veredicto.</translation>
    </message>
    <message>
        <source>Each dot is one week. With six weeks or more, the weeks with the most and the least distance are compared here.</source>
        <translation>Cada punto es una semana. Con seis semanas o más, aquí se comparan las semanas con más y con menos distancia.</translation>
    </message>
    <message>
        <source>The third of them with the least distance (up to %1) averaged pain %2; the third with the most (from %3) averaged %4.</source>
        <translation>El tercio con menos distancia (hasta %1) tuvo un dolor medio de %2; el tercio con más (desde %3), de %4.</translation>
    </message>
    <message>
        <source>This shows how the two moved together in your weeks. Both change with time in the programme (pain tends to settle while distance is built back up), so the pattern is not cause and effect: it does not mean that running more lowers pain.</source>
        <translation>Esto muestra cómo han cambiado ambos a la vez en tus semanas. Los dos cambian con el tiempo en el programa (el dolor tiende a calmarse mientras recuperas distancia), así que no es causa y efecto: no significa que correr más reduzca el dolor.</translation>
    </message>
    <message numerus="yes">
        <source>Each dot is one week: %n week(s) with pain reports in this range.</source>
        <translation>
            <numerusform>Cada punto es una semana: %n semana con registros de dolor en este periodo.</numerusform>
            <numerusform>Cada punto es una semana: %n semanas con registros de dolor en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log two weeks of running in a row to compare them with the guide&apos;s 10% guideline.</source>
        <translation>Registra dos semanas seguidas de carrera para compararlas con la pauta del 10 % de la guía.</translation>
    </message>
    <message>
        <source>Bars are months here; the guide&apos;s 10% guideline compares weeks, so months that held a week over it are marked. Choose 1 year or less to see the weekly line.</source>
        <translation>Aquí las barras son meses; la pauta del 10 % de la guía compara semanas, así que se marcan los meses con alguna semana por encima. Elige 1 año o menos para ver la línea semanal.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>day by day</source>
        <translation>día a día</translation>
    </message>
    <message>
        <source>week by week</source>
        <translation>semana a semana</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>mes a mes</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>During runs</source>
        <translation>Al correr</translation>
    </message>
    <message>
        <source>After runs</source>
        <translation>Después de correr</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Escaleras</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Estar mucho rato sentado</translation>
    </message>
    <message>
        <source>Squatting</source>
        <translation>Ponerse en cuclillas</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>After sessions</source>
        <translation>Después de las sesiones</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Ambas rodillas</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Test rodilla-pared</translation>
    </message>
    <message>
        <source>Sit-and-reach</source>
        <translation>Test de sentarse y alcanzar</translation>
    </message>
    <message>
        <source>Heel-to-buttock</source>
        <translation>Test talón-glúteo</translation>
    </message>
    <message>
        <source>Half-kneeling hip flexor</source>
        <translation>Flexores de cadera en semiarrodillado</translation>
    </message>
    <message>
        <source>Straight-leg raise</source>
        <translation>Elevación de la pierna recta</translation>
    </message>
    <message>
        <source>Swelling of the knee</source>
        <translation>Hinchazón de la rodilla</translation>
    </message>
    <message>
        <source>The knee locks or gets stuck</source>
        <translation>La rodilla se bloquea o se queda trabada</translation>
    </message>
    <message>
        <source>The knee gives way</source>
        <translation>La rodilla falla</translation>
    </message>
    <message>
        <source>Pain at night or at rest</source>
        <translation>Dolor por la noche o en reposo</translation>
    </message>
    <message>
        <source>Pain since a fall or a blow to the knee</source>
        <translation>Dolor desde una caída o un golpe en la rodilla</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message>
        <source>Report for your physiotherapist (continued)</source>
        <translation>Informe para tu fisioterapeuta (continuación)</translation>
    </message>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Informe para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>Runner: %1</source>
        <translation>Corredor: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>Periodo: del %1 al %2 (%3)</translation>
    </message>
    <message>
        <source>Programme: week %1, %2 phase; target %3 a week</source>
        <translation>Programa: semana %1, fase «%2»; objetivo %3 por semana</translation>
    </message>
    <message>
        <source>Distances in %1. Pain and function on 0-10 scales. Made on %2.</source>
        <translation>Distancias en %1. Dolor y función en escalas de 0 a 10. Elaborado el %2.</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>kilómetros</translation>
    </message>
    <message>
        <source>Pain by situation</source>
        <translation>Dolor por situación</translation>
    </message>
    <message>
        <source>No pain reports in the period.</source>
        <translation>Ningún registro de dolor en el periodo.</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>lower by more than 1.16</source>
        <translation>más de 1,16 más bajo</translation>
    </message>
    <message>
        <source>higher by more than 1.16</source>
        <translation>más de 1,16 más alto</translation>
    </message>
    <message>
        <source>within 1.16</source>
        <translation>dentro de 1,16</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>First 7 days</source>
        <translation>Primeros 7 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Against 1.16</source>
        <translation>Frente a 1,16</translation>
    </message>
    <message>
        <source>Means of each day&apos;s worst score. 1.16 points is the smallest change that matters to people with patellofemoral pain (Piva et al. 2009).</source>
        <translation>Medias de la peor puntuación de cada día. 1,16 puntos es el cambio más pequeño que importa a las personas con dolor femoropatelar (Piva et al. 2009).</translation>
    </message>
    <message>
        <source>Weekly check-in: worst and usual pain</source>
        <translation>Revisión semanal: dolor máximo y habitual</translation>
    </message>
    <message>
        <source>No check-ins in the period.</source>
        <translation>Ninguna revisión en el periodo.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Habitual</translation>
    </message>
    <message>
        <source>Worse morning</source>
        <translation>Peor por la mañana</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The last 12 of %1 check-ins.</source>
        <translation>Las últimas 12 de %1 revisiones.</translation>
    </message>
    <message>
        <source>Function: Patient-Specific Functional Scale (0 cannot do, 10 as before)</source>
        <translation>Función: Patient-Specific Functional Scale (0 no puedo, 10 como antes)</translation>
    </message>
    <message>
        <source>No function score in the period.</source>
        <translation>Ninguna puntuación funcional en el periodo.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>función</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>first average + 2</source>
        <translation>primera media + 2</translation>
    </message>
    <message>
        <source>2 or more</source>
        <translation>2 o más</translation>
    </message>
    <message>
        <source>under 2</source>
        <translation>menos de 2</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1 (retirada el %2)</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 o más</translation>
    </message>
    <message>
        <source>under 3</source>
        <translation>menos de 3</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Meaningful</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>%1 in the period. A change of about 2 points in the average, 3 for one activity, is usually taken as meaningful (Stratford et al. 1995).</source>
        <translation>%1 en el periodo. Un cambio de unos 2 puntos en la media, 3 en una actividad, suele considerarse significativo (Stratford et al. 1995).</translation>
    </message>
    <message>
        <source>Pain during and after exercise, by band</source>
        <translation>Dolor durante y después del ejercicio, por franja</translation>
    </message>
    <message>
        <source>No pain checks during or after exercise in the period.</source>
        <translation>Ninguna valoración del dolor durante o después del ejercicio en el periodo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pain-monitoring model (Thomeé 1997; Silbernagel 2007): acceptable only if the pain settles within about an hour and the knee is no worse the next morning.</source>
        <translation>Modelo de monitorización del dolor (Thomeé 1997; Silbernagel 2007): aceptable solo si el dolor se calma en una hora aproximadamente y la rodilla no está peor a la mañana siguiente.</translation>
    </message>
    <message>
        <source>Running distance and sessions per week</source>
        <translation>Distancia corrida y sesiones por semana</translation>
    </message>
    <message>
        <source>miles per week</source>
        <translation>millas por semana</translation>
    </message>
    <message>
        <source>km per week</source>
        <translation>km por semana</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Bars: distance per ISO week; hatched: more than 10% above the week before; triangles: a single run more than 10% longer than the longest of the previous 30 days; under each week: sessions done / target. Sessions in the period: %1 of %2.</source>
        <translation>Barras: distancia por semana ISO; rayadas: más de un 10 % por encima de la semana anterior; triángulos: una carrera más de un 10 % más larga que la más larga de los 30 días anteriores; bajo cada semana: sesiones hechas / objetivo. Sesiones en el periodo: %1 de %2.</translation>
    </message>
    <message>
        <source>%1: one run of %2, %3 longer than the previous 30 days&apos; longest (%4).</source>
        <translation>%1: una carrera de %2, un %3 más larga que la más larga de los 30 días anteriores (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cadence, steps per minute (mean of the week&apos;s runs that recorded it): %1.</source>
        <translation>Cadencia, pasos por minuto (media de las carreras de la semana que la registraron): %1.</translation>
    </message>
    <message>
        <source>Cadence: not recorded in the period.</source>
        <translation>Cadencia: no registrada en el periodo.</translation>
    </message>
    <message>
        <source>Current doses and their last change</source>
        <translation>Dosis actuales y su último cambio</translation>
    </message>
    <message>
        <source>No exercises done in the last six weeks.</source>
        <translation>Ningún ejercicio hecho en las últimas seis semanas.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Dose now</source>
        <translation>Dosis actual</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Flexibility self-tests: left (solid) and right (dashed)</source>
        <translation>Autotests de flexibilidad: izquierda (línea continua) y derecha (discontinua)</translation>
    </message>
    <message>
        <source>No flexibility checks in the period.</source>
        <translation>Ningún test de flexibilidad en el periodo.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
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
        <translation>Avisos y señales de alarma surgidos en el periodo</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3. %4</source>
        <translation>%1 · %2: %3. %4</translation>
    </message>
    <message>
        <source>… and %1 more in Patella&apos;s journal.</source>
        <translation>… y %1 más en el diario de Patella.</translation>
    </message>
    <message>
        <source>The runner&apos;s notes</source>
        <translation>Notas del corredor</translation>
    </message>
    <message>
        <source>No notes in the period.</source>
        <translation>Ninguna nota en el periodo.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>… and %1 earlier in Patella&apos;s journal.</source>
        <translation>… y %1 anteriores en el diario de Patella.</translation>
    </message>
    <message>
        <source>About this report and how each number was computed</source>
        <translation>Sobre este informe y cómo se calculó cada cifra</translation>
    </message>
    <message>
        <source>Patella · informs, does not diagnose</source>
        <translation>Patella · informa, no diagnostica</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>tightness 0-10</source>
        <translation>tensión 0–10</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>no se pudo dibujar el informe</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Última vez</translation>
    </message>
</context>
<context>
    <name>RunningHistory</name>
    <message>
        <source>the distance unit is not chosen</source>
        <translation>no se ha elegido la unidad de distancia</translation>
    </message>
    <message>
        <source>no column is chosen for this</source>
        <translation>no se ha elegido ninguna columna para esto</translation>
    </message>
    <message>
        <source>not a run (%1)</source>
        <translation>no es una carrera (%1)</translation>
    </message>
    <message>
        <source>no sport</source>
        <translation>sin deporte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time this import reads</source>
        <translation>«%1» no es una fecha y hora que esta importación sepa leer</translation>
    </message>
    <message>
        <source>a run without a distance or a time</source>
        <translation>una salida sin distancia ni tiempo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distance</source>
        <translation>«%1» no es una distancia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 45:12 or 2712</source>
        <translation>«%1» no es un tiempo como 45:12 o 2712</translation>
    </message>
    <message>
        <source>already in the journal</source>
        <translation>ya está en el diario</translation>
    </message>
    <message>
        <source>probably the run you logged by hand that day</source>
        <translation>probablemente la salida que registraste a mano ese día</translation>
    </message>
</context>
<context>
    <name>SessionCue</name>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>Get into position: %1.</source>
        <translation>Colócate en posición: %1.</translation>
    </message>
    <message>
        <source>Get into position: %1, %2.</source>
        <translation>Colócate en posición: %1, %2.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>A continuación: %1.</translation>
    </message>
    <message>
        <source>Hold it, and keep breathing.</source>
        <translation>Mantén la postura y sigue respirando.</translation>
    </message>
    <message>
        <source>%1. Hold it, and keep breathing.</source>
        <translation>%1. Mantén la postura y sigue respirando.</translation>
    </message>
    <message numerus="yes">
        <source>%n slow rep(s), about %1 seconds each. Tap done when you finish.</source>
        <translation>
            <numerusform>%n repetición lenta, de unos %1 segundos. Pulsa Hecho cuando termines.</numerusform>
            <numerusform>%n repeticiones lentas, de unos %1 segundos cada una. Pulsa Hecho cuando termines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Tap done when you finish.</source>
        <translation>
            <numerusform>%n repetición. Pulsa Hecho cuando termines.</numerusform>
            <numerusform>%n repeticiones. Pulsa Hecho cuando termines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Mitad.</translation>
    </message>
    <message>
        <source>Change over to the %1.</source>
        <translation>Cambia al %1.</translation>
    </message>
    <message>
        <source>Rest. Set %1 comes next.</source>
        <translation>Descanso. Ahora viene la serie %1.</translation>
    </message>
    <message>
        <source>How did the knee feel? Rate it from 0 to 10.</source>
        <translation>¿Qué tal la rodilla? Puntúala de 0 a 10.</translation>
    </message>
    <message>
        <source>That is the session done.</source>
        <translation>Sesión terminada.</translation>
    </message>
    <message>
        <source>That is more than the knee should have to take, so this exercise stops for today; its dose steps back next time. Go on to the next exercise, or end the session.</source>
        <translation>Es más de lo que la rodilla debería soportar, así que este ejercicio se acaba por hoy; su dosis retrocede la próxima vez. Sigue con el siguiente ejercicio o termina la sesión.</translation>
    </message>
    <message>
        <source>Pain has stopped two exercises today. End here, rest the knee, and ask a physiotherapist to look at it.</source>
        <translation>El dolor ha detenido dos ejercicios hoy. Termina aquí, deja descansar la rodilla y pide a un fisioterapeuta que la revise.</translation>
    </message>
</context>
<context>
    <name>SessionDoses</name>
    <message>
        <source>There is no routine called &quot;%1&quot;.</source>
        <translation>No hay ninguna rutina llamada «%1».</translation>
    </message>
    <message>
        <source>The routine names an unknown exercise, &quot;%1&quot;.</source>
        <translation>La rutina incluye un ejercicio desconocido, «%1».</translation>
    </message>
    <message>
        <source>There is no exercise called &quot;%1&quot;.</source>
        <translation>No hay ningún ejercicio llamado «%1».</translation>
    </message>
</context>
<context>
    <name>SessionPlan</name>
    <message>
        <source>The exercise has no id.</source>
        <translation>El ejercicio no tiene identificador.</translation>
    </message>
    <message>
        <source>At least one set is needed.</source>
        <translation>Hace falta al menos una serie.</translation>
    </message>
    <message>
        <source>Rest cannot be negative.</source>
        <translation>El descanso no puede ser negativo.</translation>
    </message>
    <message>
        <source>A hold needs at least one second.</source>
        <translation>Un mantenimiento necesita al menos un segundo.</translation>
    </message>
    <message>
        <source>A set needs at least one rep.</source>
        <translation>Una serie necesita al menos una repetición.</translation>
    </message>
    <message>
        <source>Pauses cannot be negative.</source>
        <translation>Las pausas no pueden ser negativas.</translation>
    </message>
</context>
<context>
    <name>ShoeModel</name>
    <message>
        <source>Past the limit you set: how does the midsole look? Creases or a flattened heel mean it is time for a new pair.</source>
        <translation>Has pasado el límite que fijaste: ¿cómo está la mediasuela? Si tiene arrugas o el talón aplastado, toca un par nuevo.</translation>
    </message>
    <message>
        <source>Near the limit you set: have a look at the midsole for creases or a flattened heel.</source>
        <translation>Cerca del límite que fijaste: mira si la mediasuela tiene arrugas o el talón aplastado.</translation>
    </message>
</context>
<context>
    <name>Sport</name>
    <message>
        <source>Run</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Trail run</source>
        <translation>Carrera de montaña</translation>
    </message>
    <message>
        <source>Treadmill run</source>
        <translation>Carrera en cinta</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Ciclismo</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Natación</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminata</translation>
    </message>
    <message>
        <source>Hiking</source>
        <translation>Senderismo</translation>
    </message>
    <message>
        <source>Other sport</source>
        <translation>Otro deporte</translation>
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
        <translation>Busca un tirón suave, nunca un dolor agudo, punzante o que se engancha: ese dolor detiene el estiramiento con cualquier puntuación. Si el dolor se dispara después o no se va, consulta a un fisioterapeuta.</translation>
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
        <translation>Dolor durante el ejercicio: {pain-bands} Un dolor agudo, punzante o que se engancha significa parar, sea cual sea su puntuación.</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>no se puede leer el catálogo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
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
        <translation>%1 series</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>por lado</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>Unos %1 min</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between sets</source>
        <translation>%1 de descanso entre series</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Foam rolling</source>
        <extracomment>foam-rolling.name</extracomment>
        <translation>Rodillo de espuma</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Post-run</source>
        <translation>Después de correr</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Por la noche</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <source>Light days</source>
        <translation>Días suaves</translation>
    </message>
    <message>
        <source>Quadriceps</source>
        <extracomment>quadriceps.name</extracomment>
        <translation>Cuádriceps</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <extracomment>hip-flexors.name</extracomment>
        <translation>Flexores de cadera</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <extracomment>hamstrings.name</extracomment>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <source>Glutes</source>
        <extracomment>glutes.name</extracomment>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Deep hip rotators</source>
        <extracomment>hip-rotators.name</extracomment>
        <translation>Rotadores profundos de la cadera</translation>
    </message>
    <message>
        <source>TFL and IT band</source>
        <extracomment>tfl-it-band.name</extracomment>
        <translation>TFL y cintilla iliotibial</translation>
    </message>
    <message>
        <source>Calves (gastrocnemius and soleus)</source>
        <extracomment>calves.name</extracomment>
        <translation>Gemelos (gastrocnemio y sóleo)</translation>
    </message>
    <message>
        <source>Hip abductors</source>
        <extracomment>hip-abductors.name</extracomment>
        <translation>Abductores de cadera</translation>
    </message>
    <message>
        <source>Core</source>
        <extracomment>core.name</extracomment>
        <translation>Core</translation>
    </message>
    <message>
        <source>If bending the knee this far hurts, hold a towel looped round the ankle instead of the ankle itself.</source>
        <extracomment>standing-quad-stretch.cautions</extracomment>
        <translation>Si te duele doblar tanto la rodilla, sujeta una toalla pasada por el tobillo en lugar del propio tobillo.</translation>
    </message>
    <message>
        <source>Tilt the pelvis slightly under.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Bascula ligeramente la pelvis hacia atrás.</translation>
    </message>
    <message>
        <source>Keep the lower back long, not arched.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Mantén la zona lumbar larga, sin arquearla.</translation>
    </message>
    <message>
        <source>Lift the chest.</source>
        <extracomment>standing-quad-stretch.cues</extracomment>
        <translation>Eleva el pecho.</translation>
    </message>
    <message>
        <source>Standing quad stretch</source>
        <extracomment>standing-quad-stretch.name</extracomment>
        <translation>Estiramiento de cuádriceps de pie</translation>
    </message>
    <message>
        <source>Stand upright; rest a hand on a wall or chair if you need balance.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Ponte de pie, erguido; apoya una mano en una pared o una silla si necesitas equilibrio.</translation>
    </message>
    <message>
        <source>Bend one knee and take hold of that ankle behind you.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Dobla una rodilla y agarra ese tobillo por detrás.</translation>
    </message>
    <message>
        <source>Draw the heel gently toward your buttock, keeping both knees close together.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Lleva el talón con suavidad hacia el glúteo, con las dos rodillas juntas.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly, then lower the foot and change legs.</source>
        <extracomment>standing-quad-stretch.steps</extracomment>
        <translation>Mantén respirando despacio; luego baja el pie y cambia de pierna.</translation>
    </message>
    <message>
        <source>Lengthens the front of the thigh and the hip flexors.</source>
        <extracomment>standing-quad-stretch.summary</extracomment>
        <translation>Estira la parte delantera del muslo y los flexores de cadera.</translation>
    </message>
    <message>
        <source>Let the towel do the work; do not yank the leg toward you.</source>
        <extracomment>supine-hamstring-stretch.cautions</extracomment>
        <translation>Deja que la toalla haga el trabajo; no tires de la pierna de golpe.</translation>
    </message>
    <message>
        <source>Leave the other leg straight on the floor.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Deja la otra pierna estirada en el suelo.</translation>
    </message>
    <message>
        <source>Stop before your buttock lifts off the floor.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Para antes de que el glúteo se despegue del suelo.</translation>
    </message>
    <message>
        <source>Breathe out slowly.</source>
        <extracomment>supine-hamstring-stretch.cues</extracomment>
        <translation>Suelta el aire despacio.</translation>
    </message>
    <message>
        <source>Supine hamstring stretch (band or towel)</source>
        <extracomment>supine-hamstring-stretch.name</extracomment>
        <translation>Estiramiento de isquiotibiales boca arriba (banda o toalla)</translation>
    </message>
    <message>
        <source>Lie on your back with both legs out straight.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Túmbate boca arriba con las dos piernas estiradas.</translation>
    </message>
    <message>
        <source>Loop a towel or band around the middle of one foot.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Pasa una toalla o una banda por el centro de un pie.</translation>
    </message>
    <message>
        <source>Raise that leg and straighten the knee toward the ceiling, holding the ends of the towel.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Levanta esa pierna y estira la rodilla hacia el techo, sujetando los extremos de la toalla.</translation>
    </message>
    <message>
        <source>Hold, then lower the leg slowly and change sides.</source>
        <extracomment>supine-hamstring-stretch.steps</extracomment>
        <translation>Mantén; luego baja la pierna despacio y cambia de lado.</translation>
    </message>
    <message>
        <source>Lengthens the back of the thigh while you lie on your back.</source>
        <extracomment>supine-hamstring-stretch.summary</extracomment>
        <translation>Estira la parte trasera del muslo tumbado boca arriba.</translation>
    </message>
    <message>
        <source>If the bent knee complains, pull the thigh in less far.</source>
        <extracomment>figure-four-glute-stretch.cautions</extracomment>
        <translation>Si la rodilla doblada se queja, acerca menos el muslo.</translation>
    </message>
    <message>
        <source>Pull the toes of the crossed foot up.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Tira hacia arriba de los dedos del pie cruzado.</translation>
    </message>
    <message>
        <source>Keep both hips level on the floor.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Mantén las dos caderas niveladas en el suelo.</translation>
    </message>
    <message>
        <source>Ease in gently; never jerk the leg.</source>
        <extracomment>figure-four-glute-stretch.cues</extracomment>
        <translation>Entra con suavidad; nunca tires de la pierna de golpe.</translation>
    </message>
    <message>
        <source>Figure-4 glute stretch</source>
        <extracomment>figure-four-glute-stretch.name</extracomment>
        <translation>Estiramiento de glúteo en figura 4</translation>
    </message>
    <message>
        <source>Lie on your back with both knees bent and feet flat.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Túmbate boca arriba con las rodillas dobladas y los pies apoyados.</translation>
    </message>
    <message>
        <source>Rest one ankle across the opposite knee so the legs make a 4.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Apoya un tobillo sobre la rodilla contraria para que las piernas formen un 4.</translation>
    </message>
    <message>
        <source>Reach behind the supporting thigh and draw it toward your chest.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Agarra por detrás el muslo de apoyo y llévalo hacia el pecho.</translation>
    </message>
    <message>
        <source>Hold, then release and swap legs.</source>
        <extracomment>figure-four-glute-stretch.steps</extracomment>
        <translation>Mantén; luego suelta y cambia de pierna.</translation>
    </message>
    <message>
        <source>Eases the glutes and the deep hip rotators.</source>
        <extracomment>figure-four-glute-stretch.summary</extracomment>
        <translation>Relaja los glúteos y los rotadores profundos de la cadera.</translation>
    </message>
    <message>
        <source>Stop if you feel any twisting at the knee.</source>
        <extracomment>side-lying-it-band.cautions</extracomment>
        <translation>Para si notas que la rodilla se tuerce.</translation>
    </message>
    <message>
        <source>Keep it easy.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Con suavidad.</translation>
    </message>
    <message>
        <source>Feel it at the side of the hip, not at the knee.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Nótalo en el lateral de la cadera, no en la rodilla.</translation>
    </message>
    <message>
        <source>Let gravity do the work.</source>
        <extracomment>side-lying-it-band.cues</extracomment>
        <translation>Deja que la gravedad haga el trabajo.</translation>
    </message>
    <message>
        <source>Side-lying IT band relief (TFL focus)</source>
        <extracomment>side-lying-it-band.name</extracomment>
        <translation>Alivio de la cintilla iliotibial de lado (foco en el TFL)</translation>
    </message>
    <message>
        <source>Lie on your side near the edge of a bed or mat, lower leg bent for balance.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Túmbate de lado cerca del borde de una cama o una esterilla, con la pierna de abajo doblada para equilibrarte.</translation>
    </message>
    <message>
        <source>Take the top leg slightly behind your body.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Lleva la pierna de arriba un poco por detrás del cuerpo.</translation>
    </message>
    <message>
        <source>Let that knee sink slowly toward the floor until you feel the outside of the hip lengthen.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Deja que esa rodilla baje despacio hacia el suelo hasta notar que se estira la parte externa de la cadera.</translation>
    </message>
    <message>
        <source>Hold, then roll over and repeat on the other side.</source>
        <extracomment>side-lying-it-band.steps</extracomment>
        <translation>Mantén; luego date la vuelta y repite con el otro lado.</translation>
    </message>
    <message>
        <source>A light stretch for the outside of the hip, where the TFL meets the IT band.</source>
        <extracomment>side-lying-it-band.summary</extracomment>
        <translation>Un estiramiento suave para la parte externa de la cadera, donde el TFL se une a la cintilla iliotibial.</translation>
    </message>
    <message>
        <source>Pad the kneeling knee; kneeling on a hard floor can irritate the kneecap.</source>
        <extracomment>half-kneeling-hip-flexor.cautions</extracomment>
        <translation>Acolcha la rodilla apoyada; arrodillarse en un suelo duro puede irritar la rótula.</translation>
    </message>
    <message>
        <source>Draw the ribs down.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Baja las costillas.</translation>
    </message>
    <message>
        <source>Squeeze the glute of the back leg.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Aprieta el glúteo de la pierna de atrás.</translation>
    </message>
    <message>
        <source>A small shift forward is enough.</source>
        <extracomment>half-kneeling-hip-flexor.cues</extracomment>
        <translation>Basta con desplazarte un poco hacia delante.</translation>
    </message>
    <message>
        <source>Hip flexor half-kneel</source>
        <extracomment>half-kneeling-hip-flexor.name</extracomment>
        <translation>Estiramiento de flexores de cadera en semiarrodillado</translation>
    </message>
    <message>
        <source>Kneel on one knee on a cushion, the other foot flat in front of you.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Apoya una rodilla en un cojín y el otro pie plano delante de ti.</translation>
    </message>
    <message>
        <source>Tuck the pelvis under as if flattening your lower back.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Mete la pelvis como si quisieras aplanar la zona lumbar.</translation>
    </message>
    <message>
        <source>Shift your hips forward a little, without arching the back.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Lleva la cadera un poco hacia delante, sin arquear la espalda.</translation>
    </message>
    <message>
        <source>Hold, then step back and change legs.</source>
        <extracomment>half-kneeling-hip-flexor.steps</extracomment>
        <translation>Mantén; luego vuelve atrás y cambia de pierna.</translation>
    </message>
    <message>
        <source>Opens the front of the hip and the top of the quads.</source>
        <extracomment>half-kneeling-hip-flexor.summary</extracomment>
        <translation>Abre la parte delantera de la cadera y la parte alta del cuádriceps.</translation>
    </message>
    <message>
        <source>If your Achilles tendon is sore, shorten the step back.</source>
        <extracomment>calf-wall-stretch.cautions</extracomment>
        <translation>Si te duele el tendón de Aquiles, acorta el paso hacia atrás.</translation>
    </message>
    <message>
        <source>Let the heel sink into the floor.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Deja que el talón se hunda en el suelo.</translation>
    </message>
    <message>
        <source>Point the toes straight ahead.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Apunta los dedos del pie hacia delante.</translation>
    </message>
    <message>
        <source>Feel the stretch run from heel to knee.</source>
        <extracomment>calf-wall-stretch.cues</extracomment>
        <translation>Nota el estiramiento del talón a la rodilla.</translation>
    </message>
    <message>
        <source>Straight knee</source>
        <extracomment>straight-knee.name</extracomment>
        <translation>Rodilla estirada</translation>
    </message>
    <message>
        <source>Bent knee</source>
        <extracomment>bent-knee.name</extracomment>
        <translation>Rodilla doblada</translation>
    </message>
    <message>
        <source>Calf wall stretch</source>
        <extracomment>calf-wall-stretch.name</extracomment>
        <translation>Estiramiento de gemelos en la pared</translation>
    </message>
    <message>
        <source>Face a wall with both hands on it, one foot well behind the other.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>De cara a una pared con las dos manos apoyadas, un pie bastante por detrás del otro.</translation>
    </message>
    <message>
        <source>Keep the back knee straight and the heel down: hold the first part.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Mantén la rodilla de atrás estirada y el talón abajo: aguanta la primera parte.</translation>
    </message>
    <message>
        <source>Now bend the back knee slightly, heel still down: hold the second part.</source>
        <extracomment>calf-wall-stretch.steps</extracomment>
        <translation>Ahora dobla un poco la rodilla de atrás, con el talón aún abajo: aguanta la segunda parte.</translation>
    </message>
    <message>
        <source>Change legs.</source>
        <extracomment>calf-wall-stretch.steps
----------
leg-swings.steps</extracomment>
        <translation>Cambia de pierna.</translation>
    </message>
    <message>
        <source>Stretches both calf muscles: first with a straight knee, then bent.</source>
        <extracomment>calf-wall-stretch.summary</extracomment>
        <translation>Estira los dos músculos del gemelo: primero con la rodilla estirada y luego doblada.</translation>
    </message>
    <message>
        <source>Cramping hamstrings: bring the feet a little closer.</source>
        <extracomment>glute-bridge.cautions</extracomment>
        <translation>Si se te cargan los isquiotibiales, acerca un poco los pies.</translation>
    </message>
    <message>
        <source>Drive through the heels.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Empuja con los talones.</translation>
    </message>
    <message>
        <source>Squeeze the glutes at the top.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Aprieta los glúteos arriba.</translation>
    </message>
    <message>
        <source>Keep the ribs down; do not arch.</source>
        <extracomment>glute-bridge.cues</extracomment>
        <translation>Mantén las costillas abajo; no arquees.</translation>
    </message>
    <message>
        <source>Glute bridge</source>
        <extracomment>glute-bridge.name</extracomment>
        <translation>Puente de glúteos</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and hip-width apart.</source>
        <extracomment>glute-bridge.steps
----------
glute-bridge-hold.steps</extracomment>
        <translation>Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de la cadera.</translation>
    </message>
    <message>
        <source>Press through the heels and lift the hips until knees, hips and shoulders line up.</source>
        <extracomment>glute-bridge.steps</extracomment>
        <translation>Empuja con los talones y sube la cadera hasta que rodillas, cadera y hombros queden en línea.</translation>
    </message>
    <message>
        <source>Pause at the top, then lower slowly.</source>
        <extracomment>glute-bridge.steps</extracomment>
        <translation>Haz una pausa arriba y baja despacio.</translation>
    </message>
    <message>
        <source>Lifts the hips with the glutes: the first strength move for runner&apos;s knee.</source>
        <extracomment>glute-bridge.summary</extracomment>
        <translation>Eleva la cadera con los glúteos: el primer ejercicio de fuerza para la rodilla del corredor.</translation>
    </message>
    <message>
        <source>Lower and rest if the hips start to sag.</source>
        <extracomment>glute-bridge-hold.cautions</extracomment>
        <translation>Baja y descansa si la cadera empieza a caer.</translation>
    </message>
    <message>
        <source>Hips level.</source>
        <extracomment>glute-bridge-hold.cues
----------
single-leg-squat.cues</extracomment>
        <translation>Cadera nivelada.</translation>
    </message>
    <message>
        <source>Keep the glutes working, not the lower back.</source>
        <extracomment>glute-bridge-hold.cues</extracomment>
        <translation>Que trabajen los glúteos, no la zona lumbar.</translation>
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
        <translation>Respira.</translation>
    </message>
    <message>
        <source>Glute bridge hold</source>
        <extracomment>glute-bridge-hold.name</extracomment>
        <translation>Puente de glúteos mantenido</translation>
    </message>
    <message>
        <source>Lift the hips until knees, hips and shoulders make a straight line.</source>
        <extracomment>glute-bridge-hold.steps</extracomment>
        <translation>Sube la cadera hasta que rodillas, cadera y hombros formen una línea recta.</translation>
    </message>
    <message>
        <source>Hold the position, breathing steadily, then lower slowly.</source>
        <extracomment>glute-bridge-hold.steps</extracomment>
        <translation>Mantén la posición respirando con calma y luego baja despacio.</translation>
    </message>
    <message>
        <source>The bridge held still at the top: glute endurance, gentle on the knee.</source>
        <extracomment>glute-bridge-hold.summary</extracomment>
        <translation>El puente mantenido arriba: resistencia de glúteos, suave con la rodilla.</translation>
    </message>
    <message>
        <source>Add a light band around the thighs only once the plain version is easy.</source>
        <extracomment>clamshell.cautions</extracomment>
        <translation>Añade una banda ligera en los muslos solo cuando la versión sin banda te resulte fácil.</translation>
    </message>
    <message>
        <source>Hips stacked; do not roll back.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Caderas una encima de otra; no te vayas hacia atrás.</translation>
    </message>
    <message>
        <source>Move slowly.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Muévete despacio.</translation>
    </message>
    <message>
        <source>Feel it at the side of the hip.</source>
        <extracomment>clamshell.cues</extracomment>
        <translation>Nótalo en el lateral de la cadera.</translation>
    </message>
    <message>
        <source>Clamshell</source>
        <extracomment>clamshell.name</extracomment>
        <translation>Almeja (clamshell)</translation>
    </message>
    <message>
        <source>Lie on your side, hips and knees bent, feet together.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Túmbate de lado con caderas y rodillas dobladas y los pies juntos.</translation>
    </message>
    <message>
        <source>Keeping the feet touching, open the top knee like a clamshell.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Sin separar los pies, abre la rodilla de arriba como una almeja.</translation>
    </message>
    <message>
        <source>Lower it with control. Finish the set, then turn over.</source>
        <extracomment>clamshell.steps</extracomment>
        <translation>Bájala con control. Termina la serie y date la vuelta.</translation>
    </message>
    <message>
        <source>Wakes up the side of the hip that keeps the knee from caving in.</source>
        <extracomment>clamshell.summary</extracomment>
        <translation>Activa el lateral de la cadera, que evita que la rodilla se vaya hacia dentro.</translation>
    </message>
    <message>
        <source>Use a lower step if the kneecap aches; raise it only when the set feels easy.</source>
        <extracomment>step-up.cautions</extracomment>
        <translation>Usa un escalón más bajo si te duele la rótula; súbelo solo cuando la serie te resulte fácil.</translation>
    </message>
    <message>
        <source>Knee tracks over the middle toes.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>La rodilla va por encima de los dedos centrales.</translation>
    </message>
    <message>
        <source>Push through the whole foot.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Empuja con todo el pie.</translation>
    </message>
    <message>
        <source>Lower slowly.</source>
        <extracomment>step-up.cues</extracomment>
        <translation>Baja despacio.</translation>
    </message>
    <message>
        <source>Step-up</source>
        <extracomment>step-up.name</extracomment>
        <translation>Subida al escalón</translation>
    </message>
    <message>
        <source>Stand facing a low, stable step (start at 10-15 cm).</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Ponte frente a un escalón bajo y estable (empieza con 10-15 cm).</translation>
    </message>
    <message>
        <source>Put one whole foot on the step and press up until that leg is straight.</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Apoya un pie entero en el escalón y empuja hasta que esa pierna quede estirada.</translation>
    </message>
    <message>
        <source>Lower the other foot back to the floor slowly. Finish the set, then change legs.</source>
        <extracomment>step-up.steps</extracomment>
        <translation>Baja despacio el otro pie al suelo. Termina la serie y cambia de pierna.</translation>
    </message>
    <message>
        <source>Single-leg strength on a low step, a step toward the single-leg squat.</source>
        <extracomment>step-up.summary</extracomment>
        <translation>Fuerza a una pierna en un escalón bajo, un paso hacia la sentadilla a una pierna.</translation>
    </message>
    <message>
        <source>Start with a very small bend; go deeper only without pain.</source>
        <extracomment>single-leg-squat.cautions</extracomment>
        <translation>Empieza con una flexión muy pequeña; baja más solo si no duele.</translation>
    </message>
    <message>
        <source>Knee stays in line with the foot, not falling inward.</source>
        <extracomment>single-leg-squat.cues</extracomment>
        <translation>La rodilla sigue la línea del pie, sin irse hacia dentro.</translation>
    </message>
    <message>
        <source>Shallow is fine.</source>
        <extracomment>single-leg-squat.cues</extracomment>
        <translation>Poco profundo está bien.</translation>
    </message>
    <message>
        <source>Single-leg squat</source>
        <extracomment>single-leg-squat.name</extracomment>
        <translation>Sentadilla a una pierna</translation>
    </message>
    <message>
        <source>Stand on one leg next to a wall or chair for support.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Ponte a una pierna junto a una pared o una silla para apoyarte.</translation>
    </message>
    <message>
        <source>Sit the hips back and bend the standing knee a little, only as deep as is comfortable.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Lleva la cadera atrás y dobla un poco la rodilla de apoyo, solo hasta donde estés cómodo.</translation>
    </message>
    <message>
        <source>Stand back up with control. Finish the set, then change legs.</source>
        <extracomment>single-leg-squat.steps</extracomment>
        <translation>Vuelve a subir con control. Termina la serie y cambia de pierna.</translation>
    </message>
    <message>
        <source>Control on one leg: the hardest move here, added last.</source>
        <extracomment>single-leg-squat.summary</extracomment>
        <translation>Control a una pierna: el ejercicio más difícil de aquí, el último en añadirse.</translation>
    </message>
    <message>
        <source>Sit less deep if the kneecap aches.</source>
        <extracomment>wall-sit.cautions</extracomment>
        <translation>Baja menos si te duele la rótula.</translation>
    </message>
    <message>
        <source>Weight through the heels.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>El peso en los talones.</translation>
    </message>
    <message>
        <source>Knees over the ankles.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Rodillas sobre los tobillos.</translation>
    </message>
    <message>
        <source>Back flat on the wall.</source>
        <extracomment>wall-sit.cues</extracomment>
        <translation>Espalda plana contra la pared.</translation>
    </message>
    <message>
        <source>Wall sit</source>
        <extracomment>wall-sit.name</extracomment>
        <translation>Sentadilla isométrica en la pared</translation>
    </message>
    <message>
        <source>Stand with your back against a wall, feet about a foot&apos;s length in front.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Ponte de espaldas a una pared, con los pies más o menos a un pie de distancia por delante.</translation>
    </message>
    <message>
        <source>Slide down until the knees are slightly bent; start high.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Desliza la espalda hasta que las rodillas queden un poco dobladas; empieza alto.</translation>
    </message>
    <message>
        <source>Hold, breathing steadily, then slide back up.</source>
        <extracomment>wall-sit.steps</extracomment>
        <translation>Mantén respirando con calma y vuelve a subir deslizándote.</translation>
    </message>
    <message>
        <source>A held half-squat against a wall; start high and go lower over the weeks.</source>
        <extracomment>wall-sit.summary</extracomment>
        <translation>Media sentadilla mantenida contra la pared; empieza alto y baja con las semanas.</translation>
    </message>
    <message>
        <source>Keep it easy: this is preparation, not training.</source>
        <extracomment>brisk-walk.cautions</extracomment>
        <translation>Con calma: es preparación, no entrenamiento.</translation>
    </message>
    <message>
        <source>Relax the shoulders.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Relaja los hombros.</translation>
    </message>
    <message>
        <source>Swing the arms.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Balancea los brazos.</translation>
    </message>
    <message>
        <source>You should be able to talk.</source>
        <extracomment>brisk-walk.cues</extracomment>
        <translation>Deberías poder hablar.</translation>
    </message>
    <message>
        <source>Brisk walk or easy spin</source>
        <extracomment>brisk-walk.name</extracomment>
        <translation>Caminar rápido o pedalear suave</translation>
    </message>
    <message>
        <source>Walk briskly, or pedal easily on a bike, for five minutes.</source>
        <extracomment>brisk-walk.steps</extracomment>
        <translation>Camina a buen paso, o pedalea suave en una bici, durante cinco minutos.</translation>
    </message>
    <message>
        <source>Start relaxed and build to a pace that warms you without leaving you out of breath.</source>
        <extracomment>brisk-walk.steps</extracomment>
        <translation>Empieza relajado y sube hasta un ritmo que te caliente sin dejarte sin aliento.</translation>
    </message>
    <message>
        <source>Five minutes of easy movement to warm the muscles before anything else.</source>
        <extracomment>brisk-walk.summary</extracomment>
        <translation>Cinco minutos de movimiento suave para calentar los músculos antes de nada.</translation>
    </message>
    <message>
        <source>Keep the swings comfortable; they are not a stretch to force.</source>
        <extracomment>leg-swings.cautions</extracomment>
        <translation>Que los balanceos sean cómodos; no es un estiramiento que haya que forzar.</translation>
    </message>
    <message>
        <source>Stand tall.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Mantente erguido.</translation>
    </message>
    <message>
        <source>Let the swing grow bit by bit.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Deja que el balanceo crezca poco a poco.</translation>
    </message>
    <message>
        <source>Keep it smooth, not forced.</source>
        <extracomment>leg-swings.cues</extracomment>
        <translation>Fluido, sin forzar.</translation>
    </message>
    <message>
        <source>Front to back</source>
        <extracomment>front-to-back.name</extracomment>
        <translation>Adelante y atrás</translation>
    </message>
    <message>
        <source>Side to side</source>
        <extracomment>side-to-side.name</extracomment>
        <translation>De lado a lado</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <extracomment>leg-swings.name</extracomment>
        <translation>Balanceos de pierna</translation>
    </message>
    <message>
        <source>Stand side-on to a wall with one hand on it.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Ponte de lado junto a una pared con una mano apoyada.</translation>
    </message>
    <message>
        <source>Swing the outside leg forward and back, letting the range grow gradually.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Balancea la pierna de fuera adelante y atrás, aumentando poco a poco el recorrido.</translation>
    </message>
    <message>
        <source>Turn to face the wall and swing the same leg across the body and out to the side.</source>
        <extracomment>leg-swings.steps</extracomment>
        <translation>Gírate hacia la pared y balancea la misma pierna por delante del cuerpo y hacia fuera.</translation>
    </message>
    <message>
        <source>Dynamic swings that loosen the hips before a run.</source>
        <extracomment>leg-swings.summary</extracomment>
        <translation>Balanceos dinámicos que sueltan la cadera antes de correr.</translation>
    </message>
    <message>
        <source>A partial squat is enough if deeper ones ache at the kneecap.</source>
        <extracomment>bodyweight-squat.cautions</extracomment>
        <translation>Basta con una sentadilla parcial si las más profundas te duelen en la rótula.</translation>
    </message>
    <message>
        <source>Knees follow the toes.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Las rodillas siguen a los dedos del pie.</translation>
    </message>
    <message>
        <source>Chest up.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Pecho arriba.</translation>
    </message>
    <message>
        <source>Heels down.</source>
        <extracomment>bodyweight-squat.cues</extracomment>
        <translation>Talones abajo.</translation>
    </message>
    <message>
        <source>Bodyweight squat</source>
        <extracomment>bodyweight-squat.name</extracomment>
        <translation>Sentadilla con el peso corporal</translation>
    </message>
    <message>
        <source>Stand with feet shoulder-width apart.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Ponte de pie con los pies al ancho de los hombros.</translation>
    </message>
    <message>
        <source>Sit the hips back and down only as far as is comfortable.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Lleva la cadera atrás y abajo solo hasta donde estés cómodo.</translation>
    </message>
    <message>
        <source>Stand back up, squeezing the glutes.</source>
        <extracomment>bodyweight-squat.steps</extracomment>
        <translation>Vuelve a subir apretando los glúteos.</translation>
    </message>
    <message>
        <source>A few easy squats to get the knees and hips moving.</source>
        <extracomment>bodyweight-squat.summary</extracomment>
        <translation>Unas sentadillas suaves para poner en marcha rodillas y caderas.</translation>
    </message>
    <message>
        <source>Take weight on the other leg if it is too intense.</source>
        <extracomment>foam-roll-quads.cautions</extracomment>
        <translation>Pasa peso a la otra pierna si es demasiado intenso.</translation>
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
        <translation>Rueda el músculo, nunca la rótula ni el lateral de la rodilla. Que moleste es normal; un dolor agudo, no.</translation>
    </message>
    <message>
        <source>Slow rolls.</source>
        <extracomment>foam-roll-quads.cues
----------
foam-roll-hamstrings.cues
----------
foam-roll-calves.cues</extracomment>
        <translation>Rueda despacio.</translation>
    </message>
    <message>
        <source>Breathe out on tender spots.</source>
        <extracomment>foam-roll-quads.cues</extracomment>
        <translation>Suelta el aire en los puntos sensibles.</translation>
    </message>
    <message>
        <source>Stay above the kneecap.</source>
        <extracomment>foam-roll-quads.cues</extracomment>
        <translation>Quédate por encima de la rótula.</translation>
    </message>
    <message>
        <source>Foam roll: quads</source>
        <extracomment>foam-roll-quads.name</extracomment>
        <translation>Rodillo: cuádriceps</translation>
    </message>
    <message>
        <source>Lie face down with the roller under one thigh, forearms on the floor.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Túmbate boca abajo con el rodillo bajo un muslo y los antebrazos en el suelo.</translation>
    </message>
    <message>
        <source>Roll slowly from just above the knee to the hip.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Rueda despacio desde justo encima de la rodilla hasta la cadera.</translation>
    </message>
    <message>
        <source>Pause on a tender spot for a few breaths, then carry on.</source>
        <extracomment>foam-roll-quads.steps</extracomment>
        <translation>Detente unas respiraciones en un punto sensible y luego sigue.</translation>
    </message>
    <message>
        <source>Eases the front of the thigh.</source>
        <extracomment>foam-roll-quads.summary</extracomment>
        <translation>Relaja la parte delantera del muslo.</translation>
    </message>
    <message>
        <source>Cross the other leg on top only if you want more pressure.</source>
        <extracomment>foam-roll-hamstrings.cautions</extracomment>
        <translation>Cruza la otra pierna por encima solo si quieres más presión.</translation>
    </message>
    <message>
        <source>Relax the leg on the roller.</source>
        <extracomment>foam-roll-hamstrings.cues</extracomment>
        <translation>Relaja la pierna sobre el rodillo.</translation>
    </message>
    <message>
        <source>Foam roll: hamstrings</source>
        <extracomment>foam-roll-hamstrings.name</extracomment>
        <translation>Rodillo: isquiotibiales</translation>
    </message>
    <message>
        <source>Sit with the roller under one thigh, hands behind you.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Siéntate con el rodillo bajo un muslo y las manos detrás.</translation>
    </message>
    <message>
        <source>Lift the hips and roll from above the knee to the buttock.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Levanta la cadera y rueda desde encima de la rodilla hasta el glúteo.</translation>
    </message>
    <message>
        <source>Turn the leg in and out to reach both sides.</source>
        <extracomment>foam-roll-hamstrings.steps</extracomment>
        <translation>Gira la pierna hacia dentro y hacia fuera para llegar a ambos lados.</translation>
    </message>
    <message>
        <source>Eases the back of the thigh.</source>
        <extracomment>foam-roll-hamstrings.summary</extracomment>
        <translation>Relaja la parte trasera del muslo.</translation>
    </message>
    <message>
        <source>Ease off if you feel tingling down the leg.</source>
        <extracomment>foam-roll-glutes.cautions</extracomment>
        <translation>Afloja si notas hormigueo bajando por la pierna.</translation>
    </message>
    <message>
        <source>Small movements.</source>
        <extracomment>foam-roll-glutes.cues</extracomment>
        <translation>Movimientos pequeños.</translation>
    </message>
    <message>
        <source>Lean into the tight side.</source>
        <extracomment>foam-roll-glutes.cues</extracomment>
        <translation>Inclínate hacia el lado cargado.</translation>
    </message>
    <message>
        <source>Foam roll: glutes</source>
        <extracomment>foam-roll-glutes.name</extracomment>
        <translation>Rodillo: glúteos</translation>
    </message>
    <message>
        <source>Sit on the roller and cross one ankle over the other knee.</source>
        <extracomment>foam-roll-glutes.steps</extracomment>
        <translation>Siéntate en el rodillo y cruza un tobillo sobre la otra rodilla.</translation>
    </message>
    <message>
        <source>Lean toward the crossed leg&apos;s buttock and roll in small movements.</source>
        <extracomment>foam-roll-glutes.steps</extracomment>
        <translation>Inclínate hacia el glúteo de la pierna cruzada y rueda con movimientos pequeños.</translation>
    </message>
    <message>
        <source>Loosens the buttock and hip rotators.</source>
        <extracomment>foam-roll-glutes.summary</extracomment>
        <translation>Suelta el glúteo y los rotadores de la cadera.</translation>
    </message>
    <message>
        <source>Avoid rolling directly on the Achilles tendon.</source>
        <extracomment>foam-roll-calves.cautions</extracomment>
        <translation>No ruedes directamente sobre el tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Point and flex the foot on a tender spot.</source>
        <extracomment>foam-roll-calves.cues</extracomment>
        <translation>En un punto sensible, estira y flexiona el pie.</translation>
    </message>
    <message>
        <source>Foam roll: calves</source>
        <extracomment>foam-roll-calves.name</extracomment>
        <translation>Rodillo: gemelos</translation>
    </message>
    <message>
        <source>Sit with the roller under one calf, hands behind you.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Siéntate con el rodillo bajo un gemelo y las manos detrás.</translation>
    </message>
    <message>
        <source>Lift the hips and roll from the ankle to below the knee.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Levanta la cadera y rueda desde el tobillo hasta debajo de la rodilla.</translation>
    </message>
    <message>
        <source>Turn the foot in and out to reach both sides.</source>
        <extracomment>foam-roll-calves.steps</extracomment>
        <translation>Gira el pie hacia dentro y hacia fuera para llegar a ambos lados.</translation>
    </message>
    <message>
        <source>Loosens the calf muscles.</source>
        <extracomment>foam-roll-calves.summary</extracomment>
        <translation>Relaja los gemelos.</translation>
    </message>
    <message>
        <source>This area is often very tender: support more weight on your top leg.</source>
        <extracomment>foam-roll-it-band.cautions</extracomment>
        <translation>Esta zona suele ser muy sensible: apoya más peso en la pierna de arriba.</translation>
    </message>
    <message>
        <source>Gentle pressure.</source>
        <extracomment>foam-roll-it-band.cues</extracomment>
        <translation>Presión suave.</translation>
    </message>
    <message>
        <source>Focus near the hip.</source>
        <extracomment>foam-roll-it-band.cues</extracomment>
        <translation>Céntrate cerca de la cadera.</translation>
    </message>
    <message>
        <source>Foam roll: IT band area</source>
        <extracomment>foam-roll-it-band.name</extracomment>
        <translation>Rodillo: zona de la cintilla iliotibial</translation>
    </message>
    <message>
        <source>Lie on your side with the roller under the outside of the thigh.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Túmbate de lado con el rodillo bajo la parte externa del muslo.</translation>
    </message>
    <message>
        <source>Support yourself with the top leg in front and your forearm.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Apóyate con la pierna de arriba por delante y con el antebrazo.</translation>
    </message>
    <message>
        <source>Roll gently between the hip and just above the knee; spend most time near the hip.</source>
        <extracomment>foam-roll-it-band.steps</extracomment>
        <translation>Rueda con suavidad entre la cadera y justo encima de la rodilla; pasa más tiempo cerca de la cadera.</translation>
    </message>
    <message>
        <source>Eases the outside of the thigh and the TFL.</source>
        <extracomment>foam-roll-it-band.summary</extracomment>
        <translation>Relaja la parte externa del muslo y el TFL.</translation>
    </message>
    <message>
        <source>Keep the ball off the belly and the bony point of the hip; stop if you feel a pulse under it.</source>
        <extracomment>massage-ball-hip-flexors.cautions</extracomment>
        <translation>No pongas la pelota sobre la barriga ni sobre el hueso de la cadera; para si notas latir el pulso debajo.</translation>
    </message>
    <message>
        <source>Sink in slowly.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Húndete despacio.</translation>
    </message>
    <message>
        <source>Breathe into the belly.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Respira con el abdomen.</translation>
    </message>
    <message>
        <source>Small shifts.</source>
        <extracomment>massage-ball-hip-flexors.cues</extracomment>
        <translation>Pequeños desplazamientos.</translation>
    </message>
    <message>
        <source>Massage ball: hip flexors</source>
        <extracomment>massage-ball-hip-flexors.name</extracomment>
        <translation>Pelota de masaje: flexores de cadera</translation>
    </message>
    <message>
        <source>Lie face down and place a massage ball just inside and below the front hip bone.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Túmbate boca abajo y coloca una pelota de masaje justo por dentro y por debajo del hueso delantero de la cadera.</translation>
    </message>
    <message>
        <source>Let your weight sink onto it slowly and breathe.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Deja caer el peso despacio sobre ella y respira.</translation>
    </message>
    <message>
        <source>Shift a little to find tight spots, then hold each for a few breaths.</source>
        <extracomment>massage-ball-hip-flexors.steps</extracomment>
        <translation>Muévete un poco para encontrar puntos cargados y mantén cada uno unas respiraciones.</translation>
    </message>
    <message>
        <source>Reaches the tight front of the hip that a roller misses.</source>
        <extracomment>massage-ball-hip-flexors.summary</extracomment>
        <translation>Llega a la parte delantera de la cadera cargada, donde no alcanza el rodillo.</translation>
    </message>
    <message>
        <source>The six stretches for runner&apos;s knee, in a calm sequence. Weeks one and two: twice a day.</source>
        <extracomment>daily-knee-mobility.description</extracomment>
        <translation>Los seis estiramientos para la rodilla del corredor, en una secuencia tranquila. Semanas uno y dos: dos veces al día.</translation>
    </message>
    <message>
        <source>Daily knee mobility</source>
        <extracomment>daily-knee-mobility.name</extracomment>
        <translation>Movilidad diaria de rodilla</translation>
    </message>
    <message>
        <source>Stretches for right after a run, while the muscles are still warm.</source>
        <extracomment>post-run-cool-down.description</extracomment>
        <translation>Estiramientos para justo después de correr, con los músculos aún calientes.</translation>
    </message>
    <message>
        <source>Post-run cool-down</source>
        <extracomment>post-run-cool-down.name</extracomment>
        <translation>Vuelta a la calma después de correr</translation>
    </message>
    <message>
        <source>Warm up, open the hip flexors and switch the glutes on before you run.</source>
        <extracomment>pre-run-warm-up.description</extracomment>
        <translation>Calienta, abre los flexores de cadera y activa los glúteos antes de correr.</translation>
    </message>
    <message>
        <source>Pre-run warm-up</source>
        <extracomment>pre-run-warm-up.name</extracomment>
        <translation>Calentamiento antes de correr</translation>
    </message>
    <message>
        <source>Light strength work for the glutes, hips and thighs, easiest first. Do it on non-consecutive days.</source>
        <extracomment>strength.description</extracomment>
        <translation>Fuerza suave para glúteos, cadera y muslos, de lo más fácil a lo más difícil. Hazla en días no consecutivos.</translation>
    </message>
    <message>
        <source>Hip and knee strength</source>
        <extracomment>strength.name</extracomment>
        <translation>Fuerza de cadera y rodilla</translation>
    </message>
    <message>
        <source>Roll the big muscles round the knee, 30-60 seconds per area, then the hip flexors with a ball.</source>
        <extracomment>foam-rolling.description</extracomment>
        <translation>Rueda los músculos grandes alrededor de la rodilla, 30-60 segundos por zona, y luego los flexores de cadera con una pelota.</translation>
    </message>
    <message>
        <source>A few minutes to undo long sitting: stand up and open the hips, thighs and calves.</source>
        <extracomment>desk-break.description</extracomment>
        <translation>Unos minutos para deshacer lo que hace estar mucho sentado: levántate y abre caderas, muslos y gemelos.</translation>
    </message>
    <message>
        <source>Desk break</source>
        <extracomment>desk-break.name</extracomment>
        <translation>Pausa en el trabajo</translation>
    </message>
    <message>
        <source>A longer, unhurried session for a day without running: roll first, then all six stretches.</source>
        <extracomment>rest-day-session.description</extracomment>
        <translation>Una sesión más larga y sin prisas para un día sin correr: primero rodillo y luego los seis estiramientos.</translation>
    </message>
    <message>
        <source>Rest-day session</source>
        <extracomment>rest-day-session.name</extracomment>
        <translation>Sesión para días de descanso</translation>
    </message>
    <message>
        <source>Today suggests the daily mobility routine and counts your stretching sessions against 3-4 a week.</source>
        <extracomment>keep-stretching.howPatellaHelps</extracomment>
        <translation>Hoy te propone la rutina diaria de movilidad y cuenta tus sesiones de estiramiento frente a las 3-4 semanales.</translation>
    </message>
    <message>
        <source>Flexibility fades quickly once you stop. About 10 minutes of stretching at least 3-4 times a week keeps the muscles round the knee from tightening again.</source>
        <extracomment>keep-stretching.why</extracomment>
        <translation>La flexibilidad se pierde rápido cuando lo dejas. Unos 10 minutos de estiramientos al menos 3-4 veces por semana evitan que los músculos de alrededor de la rodilla se vuelvan a acortar.</translation>
    </message>
    <message>
        <source>The strength routine starts with the easy variants and is suggested on non-consecutive days.</source>
        <extracomment>strengthen-hips.howPatellaHelps</extracomment>
        <translation>La rutina de fuerza empieza por las variantes fáciles y se propone en días no consecutivos.</translation>
    </message>
    <message>
        <source>Weak glutes let the knee drift inward as you land, which loads the kneecap unevenly. Bridges, clamshells and single-leg squats build that control.</source>
        <extracomment>strengthen-hips.why</extracomment>
        <translation>Unos glúteos débiles dejan que la rodilla se vaya hacia dentro al apoyar, lo que carga la rótula de forma desigual. Los puentes, las almejas y las sentadillas a una pierna construyen ese control.</translation>
    </message>
    <message>
        <source>Log pain during runs, and try a slightly shorter stride to see how the knee responds.</source>
        <extracomment>running-form.howPatellaHelps</extracomment>
        <translation>Registra el dolor al correr y prueba una zancada algo más corta para ver cómo responde la rodilla.</translation>
    </message>
    <message>
        <source>A light, quick cadence and a compact stride lower the impact on the knee; overstriding (landing with the foot far ahead of you) raises it.</source>
        <extracomment>running-form.why</extracomment>
        <translation>Una cadencia ligera y rápida y una zancada compacta reducen el impacto en la rodilla; la zancada excesiva (apoyar el pie muy por delante) lo aumenta.</translation>
    </message>
    <message>
        <source>Add your shoes and log runs with them: Patella adds up their distance so you know when to inspect them.</source>
        <extracomment>supportive-shoes.howPatellaHelps</extracomment>
        <translation>Añade tus zapatillas y registra las salidas con ellas: Patella suma su distancia para que sepas cuándo revisarlas.</translation>
    </message>
    <message>
        <source>Flat, worn-out shoes make tracking problems worse. Choose a model that suits your foot and replace it once it is worn.</source>
        <extracomment>supportive-shoes.why</extracomment>
        <translation>Unas zapatillas planas y gastadas empeoran los problemas de recorrido de la rótula. Elige un modelo que se adapte a tu pie y cámbialo cuando esté gastado.</translation>
    </message>
    <message>
        <source>The rest-day session gives easy days a purpose, and the weekly check-in asks how you are recovering.</source>
        <extracomment>recovery.howPatellaHelps</extracomment>
        <translation>La sesión para días de descanso da sentido a los días suaves, y la revisión semanal te pregunta cómo te estás recuperando.</translation>
    </message>
    <message>
        <source>Your body repairs between sessions: sleep, good food and rest days matter as much as the workouts.</source>
        <extracomment>recovery.why</extracomment>
        <translation>Tu cuerpo se repara entre sesiones: el sueño, una buena alimentación y los días de descanso importan tanto como los entrenamientos.</translation>
    </message>
    <message>
        <source>Long hours of sitting tighten the same hip and thigh muscles that pull on the kneecap, and sitting with bent knees can bring on the pain itself.</source>
        <extracomment>work-breaks.why</extracomment>
        <translation>Pasar horas sentado acorta los mismos músculos de cadera y muslo que tiran de la rótula, y estar sentado con las rodillas dobladas puede provocar el propio dolor.</translation>
    </message>
    <message>
        <source>The journal records pain, flexibility checks and runs; the weekly check-in and Progress page show the trends.</source>
        <extracomment>track-weekly.howPatellaHelps</extracomment>
        <translation>El diario registra el dolor, las pruebas de flexibilidad y las salidas; la revisión semanal y la página Progreso muestran las tendencias.</translation>
    </message>
    <message>
        <source>Noting pain, flexibility and distance each week lets you spot improvement, or trouble, early.</source>
        <extracomment>track-weekly.why</extracomment>
        <translation>Anotar cada semana el dolor, la flexibilidad y la distancia te permite ver pronto la mejoría, o los problemas.</translation>
    </message>
    <message>
        <source>The pre-run warm-up routine guides you through it in a few minutes.</source>
        <extracomment>warm-up.howPatellaHelps</extracomment>
        <translation>La rutina de calentamiento antes de correr te guía en unos minutos.</translation>
    </message>
    <message>
        <source>Warm muscles take the impact of running better. Five minutes of brisk walking and dynamic moves such as leg swings prepare them.</source>
        <extracomment>warm-up.why</extracomment>
        <translation>Los músculos calientes absorben mejor el impacto de correr. Cinco minutos de caminar rápido y movimientos dinámicos como los balanceos de pierna los preparan.</translation>
    </message>
    <message>
        <source>Use the journal&apos;s notes to record how you fuelled on days the knee felt better or worse.</source>
        <extracomment>hydrate-fuel.howPatellaHelps</extracomment>
        <translation>Usa las notas del diario para apuntar cómo te alimentaste los días en que la rodilla estaba mejor o peor.</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Izquierda y luego derecha</translation>
    </message>
    <message>
        <source>Both at once</source>
        <translation>Ambos a la vez</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo el lado derecho</translation>
    </message>
    <message>
        <source>Five minutes of brisk walking or easy pedalling and a few easy squats, so the muscles are warm before you stretch them.</source>
        <extracomment>stretching-warm-up.description</extracomment>
        <translation>Cinco minutos de caminata rápida o pedaleo suave y unas sentadillas fáciles, para que los músculos estén calientes antes de estirarlos.</translation>
    </message>
    <message>
        <source>Warm-up before stretching</source>
        <extracomment>stretching-warm-up.name</extracomment>
        <translation>Calentamiento antes de estirar</translation>
    </message>
    <message>
        <source>Keep the stretching and strength work going while you use one, and note in the journal whether it helps.</source>
        <extracomment>knee-support.howPatellaHelps</extracomment>
        <translation>Sigue con los estiramientos y la fuerza mientras la uses, y anota en el diario si te ayuda.</translation>
    </message>
    <message>
        <source>Sleeves and straps: short-term help</source>
        <extracomment>knee-support.title</extracomment>
        <translation>Rodilleras y cintas: ayuda a corto plazo</translation>
    </message>
    <message>
        <source>A compression sleeve or a knee strap can make runs more comfortable early in recovery, but it does not treat patellofemoral pain; the relief lasts only while you wear it.</source>
        <extracomment>knee-support.why</extracomment>
        <translation>Una rodillera de compresión o una cinta rotuliana pueden hacer las salidas más cómodas al principio de la recuperación, pero no tratan el dolor femoropatelar; el alivio dura solo mientras la llevas.</translation>
    </message>
    <message>
        <source>Stretch on good days too</source>
        <extracomment>keep-stretching.title</extracomment>
        <translation>Estira también los días buenos</translation>
    </message>
    <message>
        <source>Build hip and glute strength</source>
        <extracomment>strengthen-hips.title</extracomment>
        <translation>Fortalece cadera y glúteos</translation>
    </message>
    <message>
        <source>Run light and compact</source>
        <extracomment>running-form.title</extracomment>
        <translation>Corre ligero y compacto</translation>
    </message>
    <message>
        <source>Log your runs: Progress shows each week&apos;s distance beside the guide&apos;s 10% guideline and marks runs more than 10% longer than the longest of the 30 days before.</source>
        <extracomment>ten-percent.howPatellaHelps</extracomment>
        <translation>Registra tus salidas: Progreso muestra la distancia de cada semana junto a la pauta del 10 % de la guía y marca las salidas más de un 10 % más largas que la más larga de los 30 días anteriores.</translation>
    </message>
    <message>
        <source>Build distance step by step</source>
        <extracomment>ten-percent.title</extracomment>
        <translation>Aumenta la distancia paso a paso</translation>
    </message>
    <message>
        <source>Sudden jumps in running load are a common cause of overuse pain. The guide&apos;s 10% guideline (a week at most a tenth longer than the one before) is common advice with weak evidence; a single run well beyond your recent longest is the stronger warning sign.</source>
        <extracomment>ten-percent.why</extracomment>
        <translation>Los saltos bruscos en la carga de carrera son una causa frecuente de dolor por sobrecarga. La pauta del 10 % de la guía (una semana como mucho una décima parte más larga que la anterior) es un consejo común con poca evidencia; una sola salida muy por encima de tu más larga reciente es la señal de alarma más fuerte.</translation>
    </message>
    <message>
        <source>Mind your shoes</source>
        <extracomment>supportive-shoes.title</extracomment>
        <translation>Cuida tus zapatillas</translation>
    </message>
    <message>
        <source>Count recovery as training</source>
        <extracomment>recovery.title</extracomment>
        <translation>La recuperación también es entrenamiento</translation>
    </message>
    <message>
        <source>The desk-break routine takes a few minutes beside your desk; for its half-kneeling stretch, put a folded towel or cushion under the back knee.</source>
        <extracomment>work-breaks.howPatellaHelps</extracomment>
        <translation>La pausa de escritorio dura unos minutos junto a tu mesa; para el estiramiento con una rodilla en el suelo, pon una toalla doblada o un cojín bajo la rodilla de atrás.</translation>
    </message>
    <message>
        <source>Move in your work breaks</source>
        <extracomment>work-breaks.title</extracomment>
        <translation>Muévete en las pausas del trabajo</translation>
    </message>
    <message>
        <source>Take stock once a week</source>
        <extracomment>track-weekly.title</extracomment>
        <translation>Haz balance una vez por semana</translation>
    </message>
    <message>
        <source>Start warm</source>
        <extracomment>warm-up.title</extracomment>
        <translation>Empieza en caliente</translation>
    </message>
    <message>
        <source>Drink and eat for recovery</source>
        <extracomment>hydrate-fuel.title</extracomment>
        <translation>Bebe y come para recuperarte</translation>
    </message>
    <message>
        <source>Running short of fluid and salts leaves muscles stiffer, and tissue repairs more slowly.</source>
        <extracomment>hydrate-fuel.why</extracomment>
        <translation>Si faltan líquidos y sales, los músculos se ponen más rígidos y los tejidos se reparan más despacio.</translation>
    </message>
</context>
<context>
    <name>customroutines</name>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 está por debajo de %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 está por encima de %2</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 no es un identificador: usa minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>unknown muscle group %1</source>
        <translation>grupo muscular desconocido %1</translation>
    </message>
    <message>
        <source>must list two or more parts, or none</source>
        <translation>debe enumerar dos o más partes, o ninguna</translation>
    </message>
    <message>
        <source>duplicate part %1</source>
        <translation>parte %1 duplicada</translation>
    </message>
    <message>
        <source>%1 is not one of Patella&apos;s routines</source>
        <translation>%1 no es una de las rutinas de Patella</translation>
    </message>
    <message>
        <source>is needed to use the routine in the plan: name the built-in routine it goes with</source>
        <translation>es necesario para usar la rutina en el plan: indica la rutina incluida con la que va</translation>
    </message>
    <message>
        <source>needs at least one exercise</source>
        <translation>necesita al menos un ejercicio</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>ejercicio desconocido %1</translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 se ha eliminado</translation>
    </message>
    <message>
        <source>%1 is not done one side at a time: use &quot;both&quot;</source>
        <translation>%1 no se hace lado a lado: usa «both»</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (mía)</translation>
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
        <translation>el archivo se corta a la mitad: quizá no terminó de copiarse</translation>
    </message>
    <message>
        <source>a message runs past the end of the data: the file is damaged</source>
        <translation>un mensaje sobrepasa el final de los datos: el archivo está dañado</translation>
    </message>
    <message>
        <source>this is not a FIT file, or its header is damaged</source>
        <translation>no es un archivo FIT, o su cabecera está dañada</translation>
    </message>
    <message>
        <source>the data after the end of the activity is not another FIT file: the file is damaged</source>
        <translation>los datos tras el final de la actividad no son otro archivo FIT: el archivo está dañado</translation>
    </message>
    <message>
        <source>this is not a FIT file (its header lacks the &quot;.FIT&quot; mark)</source>
        <translation>no es un archivo FIT (a su cabecera le falta la marca «.FIT»)</translation>
    </message>
    <message>
        <source>the header of the FIT file chained here is damaged</source>
        <translation>la cabecera del archivo FIT encadenado aquí está dañada</translation>
    </message>
    <message>
        <source>the file uses FIT protocol version %1.%2, which Patella cannot read</source>
        <translation>el archivo usa la versión %1.%2 del protocolo FIT, que Patella no puede leer</translation>
    </message>
    <message>
        <source>the file&apos;s header checksum does not match: it is damaged</source>
        <translation>la suma de comprobación de la cabecera no coincide: el archivo está dañado</translation>
    </message>
    <message>
        <source>the file&apos;s checksum does not match: it is damaged</source>
        <translation>la suma de comprobación del archivo no coincide: está dañado</translation>
    </message>
    <message>
        <source>a message definition names an unknown byte order: the file is damaged</source>
        <translation>una definición de mensaje indica un orden de bytes desconocido: el archivo está dañado</translation>
    </message>
    <message>
        <source>a message uses a type the file never defined: the file is damaged</source>
        <translation>un mensaje usa un tipo que el archivo nunca definió: el archivo está dañado</translation>
    </message>
    <message>
        <source>the file holds more messages than any activity could: it is damaged</source>
        <translation>el archivo contiene más mensajes de los que podría tener una actividad: está dañado</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>en el byte %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>at byte %1 of the compressed file: %2</source>
        <translation>en el byte %1 del archivo comprimido: %2</translation>
    </message>
    <message>
        <source>this is not a gzip file</source>
        <translation>no es un archivo gzip</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>el descompresor no ha podido arrancar</translation>
    </message>
    <message>
        <source>the compressed file is larger than 4 GB, more than any activity file</source>
        <translation>el archivo comprimido supera los 4 GB, más que cualquier archivo de actividad</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB, more than any activity file: it is damaged or not an activity</source>
        <translation>al descomprimirlo ocupa más de %1 MB, más que cualquier archivo de actividad: está dañado o no es una actividad</translation>
    </message>
    <message>
        <source>unexpected data after the end of the compressed content: it is damaged</source>
        <translation>datos inesperados tras el final del contenido comprimido: está dañado</translation>
    </message>
    <message>
        <source>the decompressor could not go on</source>
        <translation>el descompresor no ha podido continuar</translation>
    </message>
    <message>
        <source>the compressed file ends in the middle: it may not have finished copying</source>
        <translation>el archivo comprimido se corta a la mitad: quizá no terminó de copiarse</translation>
    </message>
    <message>
        <source>there is not enough memory to unpack it</source>
        <translation>no hay memoria suficiente para descomprimirlo</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>los datos comprimidos están dañados</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Patella is already running with the data folder %1; its window has been brought to the front.
</source>
        <translation>Patella ya está abierta con la carpeta de datos %1; su ventana se ha traído al frente.
</translation>
    </message>
    <message>
        <source>Patella is already running with the data folder %1. Switch to its window, or close it first.</source>
        <translation>Patella ya está abierta con la carpeta de datos %1. Cambia a su ventana o ciérrala primero.</translation>
    </message>
    <message>
        <source>Patella is already running</source>
        <translation>Patella ya está abierta</translation>
    </message>
    <message>
        <source>Patella&apos;s window needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty). Start it from a desktop session; `patella --check` works without one.
</source>
        <translation>La ventana de Patella necesita una pantalla y no hay ninguna definida (DISPLAY y WAYLAND_DISPLAY están vacías). Ábrela desde una sesión de escritorio; `patella --check` funciona sin ella.
</translation>
    </message>
    <message>
        <source>Patella cannot start</source>
        <translation>Patella no puede iniciarse</translation>
    </message>
    <message>
        <source>Patella cannot use its data folder</source>
        <translation>Patella no puede usar su carpeta de datos</translation>
    </message>
</context>
<context>
    <name>patella::AboutDialog</name>
    <message>
        <source>About Patella</source>
        <translation>Acerca de Patella</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Patella %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Patella %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A recovery companion for runners with runner&apos;s knee (patellofemoral pain): guided stretching and strength sessions, a pain and running journal, and charts that show whether the knee is getting better.</source>
        <translation>Un compañero de recuperación para corredores con rodilla del corredor (síndrome de dolor patelofemoral): sesiones guiadas de estiramientos y fuerza, un diario de dolor y de carreras, y gráficos que muestran si la rodilla mejora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medical note.&lt;/b&gt; Patella informs and reminds; it does not diagnose or treat, and it does not replace a physiotherapist or a doctor. Mild tension during a stretch is fine; sharp pain means stop. If pain spikes, lingers, or the knee swells, gives way or locks, see a physiotherapist.</source>
        <translation>&lt;b&gt;Nota médica.&lt;/b&gt; Patella informa y recuerda; no diagnostica ni trata, y no sustituye a un fisioterapeuta ni a un médico. Una tensión suave al estirar está bien; un dolor agudo significa parar. Si el dolor se dispara o persiste, o la rodilla se hincha, falla o se bloquea, ve al fisioterapeuta.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer: Patella makes no network connections and collects no usage data.</source>
        <translation>Tu diario se queda en este ordenador: Patella no se conecta a la red ni recoge datos de uso.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityDropTarget</name>
    <message>
        <source>Not a run</source>
        <translation>No es una carrera</translation>
    </message>
    <message>
        <source>Patella cannot import %1: it reads runs from GPX, TCX and FIT files (and .gz copies of them), as a watch or a phone app writes them.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>Patella no puede importar %1: lee carreras de archivos GPX, TCX y FIT (y de sus copias .gz), tal como los escribe un reloj o una aplicación del móvil.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityFile</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB, larger than any activity file (at most %2 MB).</source>
        <translation>el archivo ocupa %1 MB, más que cualquier archivo de actividad (como mucho %2 MB).</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file is compressed twice; no watch or app writes that.</source>
        <translation>el archivo está comprimido dos veces; ningún reloj ni app escribe eso.</translation>
    </message>
    <message>
        <source>this is not an activity file Patella knows (GPX, TCX or FIT).</source>
        <translation>no es un archivo de actividad que Patella conozca (GPX, TCX o FIT).</translation>
    </message>
    <message>
        <source>the file ends in the middle: it may not have finished copying.</source>
        <translation>el archivo se corta a la mitad: quizá no terminó de copiarse.</translation>
    </message>
    <message>
        <source>the file is damaged here and cannot be read (%1).</source>
        <extracomment>%1 is the XML parser&apos;s own (English) description of the damage</extracomment>
        <translation>el archivo está dañado aquí y no se puede leer (%1).</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 the problem</extracomment>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <extracomment>%1 what the value is (&quot;the latitude&quot;, &quot;&lt;DistanceMeters&gt;&quot;), %2 the text found</extracomment>
        <translation>%1 «%2» no es un número.</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not a date and time.</source>
        <translation>la hora «%1» no es una fecha y hora.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible value.</source>
        <extracomment>%1 the element (&quot;&lt;DistanceMeters&gt;&quot;), %2 the value found</extracomment>
        <translation>%1 %2 no es un valor plausible.</translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportActions</name>
    <message>
        <source>Runs from a &amp;watch or app (GPX, TCX, FIT)…</source>
        <translation>Carreras de un &amp;reloj o una app (GPX, TCX, FIT)…</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importar carreras</translation>
    </message>
    <message>
        <source>Activity files (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;All files (*)</source>
        <translation>Archivos de actividad (*.gpx *.tcx *.fit *.gpx.gz *.tcx.gz *.fit.gz *.gz);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Leyendo %n archivo…</numerusform>
            <numerusform>Leyendo %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportDialog</name>
    <message>
        <source>Import runs</source>
        <translation>Importar carreras</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Deporte</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Tiempo en movimiento</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Zapatillas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Activities found</source>
        <translation>Actividades encontradas</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>No se pudo leer el diario: %1</translation>
    </message>
    <message>
        <source>The device&apos;s own total</source>
        <translation>El total del propio dispositivo</translation>
    </message>
    <message>
        <source>Summed from the track&apos;s points</source>
        <translation>Sumada a partir de los puntos del recorrido</translation>
    </message>
    <message>
        <source>%1 spm</source>
        <extracomment>average steps per minute</extracomment>
        <translation>%1 ppm</translation>
    </message>
    <message>
        <source>No shoe</source>
        <translation>Sin zapatillas</translation>
    </message>
    <message>
        <source>Likely duplicate: what to do</source>
        <translation>Probable duplicado: qué hacer</translation>
    </message>
    <message>
        <source>Likely duplicate: merge</source>
        <translation>Probable duplicado: fusionar</translation>
    </message>
    <message>
        <source>Likely duplicate: keep both</source>
        <translation>Probable duplicado: conservar ambas</translation>
    </message>
    <message>
        <source>Merge keeps your effort, pain and notes and takes the file&apos;s distance and times.</source>
        <translation>Fusionar conserva su esfuerzo, dolor y notas y toma la distancia y los tiempos del archivo.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Already in the journal</source>
        <translation>Ya está en el diario</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n run(s)</source>
        <translation>
            <numerusform>&amp;Importar %n carrera</numerusform>
            <numerusform>&amp;Importar %n carreras</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · already in the journal: %2 · likely duplicates of runs you typed: %3 · skipped: %4 · rejected: %5. Tick what to import; a skipped sport counts as a run once ticked.</source>
        <extracomment>the counts of the activities found, by status</extracomment>
        <translation>Nuevas: %1 · ya en el diario: %2 · probables duplicados de carreras anotadas a mano: %3 · omitidas: %4 · rechazadas: %5. Marque lo que quiera importar; un deporte omitido cuenta como carrera una vez marcado.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1. Undo takes the whole import back.</source>
        <translation>
            <numerusform>%n carrera importada, %1. Deshacer revierte toda la importación.</numerusform>
            <numerusform>%n carreras importadas, %1. Deshacer revierte toda la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be taken back: %1</source>
        <translation>No se pudo deshacer la importación: %1</translation>
    </message>
    <message>
        <source>The import was taken back: the journal is as it was before.</source>
        <translation>Se deshizo la importación: el diario está como antes.</translation>
    </message>
</context>
<context>
    <name>patella::AdherenceView</name>
    <message>
        <source>Day by day, the last twelve weeks</source>
        <translation>Día a día, las últimas doce semanas</translation>
    </message>
    <message>
        <source>sessions per week</source>
        <translation>sesiones por semana</translation>
    </message>
    <message>
        <source>sessions per week (month&apos;s mean)</source>
        <translation>sesiones por semana (media del mes)</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Por debajo del objetivo</translation>
    </message>
    <message>
        <source>%1: %2 sessions a week on average</source>
        <translation>%1: %2 sesiones por semana de media</translation>
    </message>
    <message>
        <source>Target: %1 a week</source>
        <translation>Objetivo: %1 por semana</translation>
    </message>
</context>
<context>
    <name>patella::Application</name>
    <message>
        <source>Patella — demo journal (nothing is kept)</source>
        <translation>Patella — diario de demostración (no se guarda nada)</translation>
    </message>
    <message>
        <source>Patella&apos;s exercise catalog is damaged, so Patella will not start with half of it. Reinstalling Patella should fix this.

%1</source>
        <translation>El catálogo de ejercicios de Patella está dañado, así que Patella no se abrirá solo con una parte. Reinstalar Patella debería arreglarlo.

%1</translation>
    </message>
    <message>
        <source>Patella cannot start</source>
        <translation>Patella no puede iniciarse</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración ha fallado</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Diario nuevo</translation>
    </message>
    <message>
        <source>Patella journal (*.sqlite)</source>
        <translation>Diario de Patella (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Restored. The journal as it was is kept as a pre-restore backup.</source>
        <translation>Restaurado. El diario tal como estaba se guarda como copia previa a la restauración.</translation>
    </message>
</context>
<context>
    <name>patella::CadenceChart</name>
    <message>
        <source>steps per minute</source>
        <translation>pasos por minuto</translation>
    </message>
    <message>
        <source>5-10% above your usual rate</source>
        <translation>5-10 % por encima de su cadencia habitual</translation>
    </message>
    <message>
        <source>Your usual rate (%1)</source>
        <translation>Su cadencia habitual (%1)</translation>
    </message>
    <message>
        <source>Your usual rate: %1 steps per minute</source>
        <translation>Su cadencia habitual: %1 pasos por minuto</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Media mensual</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 steps per minute (%n run(s))</source>
        <translation>
            <numerusform>%1: %2 pasos por minuto (%n carrera)</numerusform>
            <numerusform>%1: %2 pasos por minuto (%n carreras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Carreras</translation>
    </message>
    <message>
        <source>%1: %2 steps per minute</source>
        <translation>%1: %2 pasos por minuto</translation>
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
        <translation>Qué significa la regla de este gráfico, y sus fuentes</translation>
    </message>
    <message>
        <source>Help on %1</source>
        <translation>Ayuda sobre %1</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture, for instance to show your physiotherapist</source>
        <translation>Guardar este gráfico como imagen, por ejemplo para enseñárselo a tu fisioterapeuta</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Qué muestra</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se ha podido escribir %1.</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Guardar %1 como PNG</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
</context>
<context>
    <name>patella::CheckCommand</name>
    <message>
        <source>%1: ok</source>
        <translation>%1: correcto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no journal here</source>
        <translation>%1: aquí no hay ningún diario</translation>
    </message>
    <message numerus="yes">
        <source>Checked the journal and %n backup(s); %1.</source>
        <translation>
            <numerusform>Se ha comprobado el diario y %n copia de seguridad; %1.</numerusform>
            <numerusform>Se ha comprobado el diario y %n copias de seguridad; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>all sound</source>
        <translation>todo correcto</translation>
    </message>
    <message numerus="yes">
        <source>the journal is sound, %n backup(s) damaged</source>
        <translation>
            <numerusform>el diario está bien, %n copia dañada</numerusform>
            <numerusform>el diario está bien, %n copias dañadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal is not sound</source>
        <translation>el diario no está bien</translation>
    </message>
</context>
<context>
    <name>patella::CheckInFlexPage</name>
    <message>
        <source>Flexibility: %1</source>
        <translation>Flexibilidad: %1</translation>
    </message>
    <message>
        <source>Picture of the %1 test</source>
        <translation>Ilustración de la prueba «%1»</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Medido como:</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, opcional</translation>
    </message>
    <message>
        <source>&amp;Left side:</source>
        <translation>Lado &amp;izquierdo:</translation>
    </message>
    <message>
        <source>&amp;Right side:</source>
        <translation>Lado &amp;derecho:</translation>
    </message>
    <message>
        <source>%1 These home tests vary from one go to the next, so a single week says little: Patella shows how your own numbers move over the weeks, never a pass or a fail. Skip a side or the whole test if it hurts.</source>
        <translation>%1 Estas pruebas caseras varían de una vez a otra, así que una sola semana dice poco: Patella muestra cómo evolucionan tus propios números con las semanas, nunca un aprobado o un suspenso. Sáltate un lado o la prueba entera si duele.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
</context>
<context>
    <name>patella::CheckInFunctionPage</name>
    <message>
        <source>What the knee makes hard</source>
        <translation>Lo que la rodilla te hace difícil</translation>
    </message>
    <message>
        <source>Name %1 to %2 activities of your own that the knee makes hard, and rate each: 0 means you cannot do it, 10 that you do it as well as before the problem. Leave the page empty to skip it this time.</source>
        <translation>Nombra de %1 a %2 actividades tuyas que la rodilla te hace difíciles y puntúa cada una: 0 significa que no puedes hacerla, 10 que la haces tan bien como antes del problema. Deja la página vacía para saltarla esta vez.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Puntuación (0-10)</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>No longer ask</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>Its scores so far stay in the journal.</source>
        <translation>Sus puntuaciones hasta ahora se quedan en el diario.</translation>
    </message>
    <message>
        <source>for example: going down stairs</source>
        <translation>por ejemplo: bajar escaleras</translation>
    </message>
    <message>
        <source>another activity (optional)</source>
        <translation>otra actividad (opcional)</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>Nueva actividad %1</translation>
    </message>
    <message>
        <source>Score for new activity %1</source>
        <translation>Puntuación de la nueva actividad %1</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale (Stratford et al., 1995). A change of about 2 points in the average, or 3 for one activity, is usually taken as meaningful.</source>
        <translation>Patient-Specific Functional Scale (Stratford et al., 1995). Un cambio de unos 2 puntos en la media, o de 3 en una actividad, suele considerarse significativo.</translation>
    </message>
    <message>
        <source>The new activity</source>
        <translation>La nueva actividad</translation>
    </message>
    <message>
        <source>The score for &quot;%1&quot;</source>
        <translation>La puntuación de «%1»</translation>
    </message>
    <message>
        <source>A score needs the activity&apos;s name beside it.</source>
        <translation>Una puntuación necesita al lado el nombre de la actividad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no score</source>
        <translation>«%1» no tiene puntuación</translation>
    </message>
</context>
<context>
    <name>patella::CheckInMileagePage</name>
    <message>
        <source>Running this week</source>
        <translation>Carrera esta semana</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2.</source>
        <translation>Del lunes %1 al domingo %2.</translation>
    </message>
    <message>
        <source>&amp;Distance this week (%1):</source>
        <translation>&amp;Distancia esta semana (%1):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Número de salidas:</translation>
    </message>
    <message numerus="yes">
        <source>You logged %n run(s) this week, %1 in all. That is the figure the check-in uses; add or correct runs on the Journal&apos;s Runs tab.</source>
        <translation>
            <numerusform>Has registrado %n salida esta semana, %1 en total. Es la cifra que usa la revisión; añade o corrige salidas en la pestaña Salidas del diario.</numerusform>
            <numerusform>Has registrado %n salidas esta semana, %1 en total. Es la cifra que usa la revisión; añade o corrige salidas en la pestaña Salidas del diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>You logged a total of %1 for this week. To change it, edit it on the Journal&apos;s Runs tab.</source>
        <translation>Has registrado un total de %1 esta semana. Para cambiarlo, edítalo en la pestaña Salidas del diario.</translation>
    </message>
    <message>
        <source>No runs are logged for this week. If you ran, enter the week&apos;s total here; leave it empty if you did not run.</source>
        <translation>No hay salidas registradas esta semana. Si has corrido, escribe aquí el total de la semana; déjalo vacío si no.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Número de salidas</translation>
    </message>
</context>
<context>
    <name>patella::CheckInNotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything worth remembering about this week: a flare-up and what came before it, a new exercise, a question for your physio. Optional.</source>
        <translation>Lo que merezca la pena recordar de esta semana: un brote de dolor y lo que pasó antes, un ejercicio nuevo, una pregunta para tu fisio. Opcional.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInPainPage</name>
    <message>
        <source>Pain this week</source>
        <translation>Dolor esta semana</translation>
    </message>
    <message>
        <source>0 means no pain, 10 the worst you can imagine. Think back over the whole week.</source>
        <translation>0 significa sin dolor y 10 el peor que puedas imaginar. Piensa en toda la semana.</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>&amp;Worst pain this week:</source>
        <translation>&amp;Peor dolor esta semana:</translation>
    </message>
    <message>
        <source>&amp;Usual pain this week:</source>
        <translation>Dolor &amp;habitual esta semana:</translation>
    </message>
    <message>
        <source>And in each of these situations (leave empty if it did not come up):</source>
        <translation>Y en cada una de estas situaciones (déjalo vacío si no se ha dado):</translation>
    </message>
    <message>
        <source>0-10, optional</source>
        <translation>0-10, opcional</translation>
    </message>
    <message>
        <source>&amp;Running:</source>
        <translation>&amp;Correr:</translation>
    </message>
    <message>
        <source>&amp;Stairs (especially going down):</source>
        <translation>&amp;Escaleras (sobre todo al bajar):</translation>
    </message>
    <message>
        <source>Sitting &amp;long with bent knees:</source>
        <translation>&amp;Estar mucho rato sentado con las rodillas dobladas:</translation>
    </message>
    <message>
        <source>S&amp;quatting:</source>
        <translation>En c&amp;uclillas:</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Peor dolor</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Dolor habitual</translation>
    </message>
    <message>
        <source>Usual pain cannot be higher than the worst pain.</source>
        <translation>El dolor habitual no puede ser mayor que el peor dolor.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
</context>
<context>
    <name>patella::CheckInShoePage</name>
    <message>
        <source>Shoes</source>
        <translation>Zapatillas</translation>
    </message>
    <message>
        <source>Turn each pair over and look at the midsole: deep creases, a flattened or tilted heel, or a worn-through outsole are the signs that count, whatever the distance says.</source>
        <translation>Da la vuelta a cada par y mira la mediasuela: arrugas profundas, un talón aplastado o torcido, o una suela gastada del todo son las señales que cuentan, diga lo que diga la distancia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of your %3 limit (%4%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 de tu límite de %3 (%4 %)</translation>
    </message>
    <message>
        <source>The midsole looks worn</source>
        <translation>La mediasuela parece gastada</translation>
    </message>
    <message>
        <source>Then it may be time to retire this pair and move to a fresh one. You know your shoes best: Patella only keeps count.</source>
        <translation>Entonces quizá sea hora de retirar este par y pasar a uno nuevo. Tú conoces tus zapatillas mejor que nadie: Patella solo lleva la cuenta.</translation>
    </message>
    <message>
        <source>Retire it when I finish the check-in</source>
        <translation>Retirarlas al terminar la revisión</translation>
    </message>
    <message>
        <source>No shoes in use are in the journal. Add your pairs on the Journal&apos;s Shoes tab to follow how far you have run in each.</source>
        <translation>No hay zapatillas en uso en el diario. Añade tus pares en la pestaña Zapatillas del diario para seguir cuánto has corrido con cada uno.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInSummaryPage</name>
    <message>
        <source>This week beside the last</source>
        <translation>Esta semana frente a la anterior</translation>
    </message>
    <message>
        <source>Press Finish to save the check-in to your journal.</source>
        <translation>Pulsa Finalizar para guardar la revisión en tu diario.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Last time (check-in of %1)</source>
        <translation>La última vez (revisión del %1)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La última vez</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Week-to-week changes are small and noisy, the flexibility tests most of all; the Progress page shows the trend over many weeks. For pain, a change of about one point or more is the size people notice.</source>
        <translation>Los cambios de una semana a otra son pequeños e irregulares, sobre todo en las pruebas de flexibilidad; la página Progreso muestra la tendencia de muchas semanas. En el dolor, un cambio de un punto o más es lo que la gente nota.</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Peor dolor</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Dolor habitual</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Running distance (last week, this week)</source>
        <translation>Distancia corrida (semana pasada, esta semana)</translation>
    </message>
</context>
<context>
    <name>patella::CheckInWarningPage</name>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Did any of these happen this week? Runner&apos;s knee does not usually do them, so each one is worth a professional look.</source>
        <translation>¿Ha pasado alguna de estas cosas esta semana? La rodilla del corredor no suele dar ninguna, así que cada una merece una valoración profesional.</translation>
    </message>
    <message>
        <source>Please see a physiotherapist or a doctor about this before your next session, and rest the knee from whatever brings it on until then. Today will keep reminding you.</source>
        <translation>Consulta a un fisioterapeuta o a un médico antes de tu próxima sesión y, hasta entonces, evita a la rodilla lo que lo provoque. Hoy te lo seguirá recordando.</translation>
    </message>
</context>
<context>
    <name>patella::CheckInWizard</name>
    <message>
        <source>Weekly check-in, week of %1</source>
        <translation>Revisión semanal, semana del %1</translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation>Revisión no guardada</translation>
    </message>
    <message>
        <source>The journal did not accept the check-in, and nothing of it was saved: %1</source>
        <translation>El diario no ha aceptado la revisión y no se ha guardado nada: %1</translation>
    </message>
</context>
<context>
    <name>patella::CommandLine</name>
    <message>
        <source>Keep the journal in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Guardar el diario en &lt;dir&gt; en lugar de la carpeta de datos habitual.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Open a throwaway journal filled with twelve weeks of example data.</source>
        <translation>Abrir un diario desechable con doce semanas de datos de ejemplo.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: el nombre de la carpeta está vacío.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created. Check the permissions of its parent folder.</source>
        <translation>No se puede crear la carpeta de datos %1. Revisa los permisos de la carpeta que la contiene.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written: %2</source>
        <translation>No se puede escribir en la carpeta de datos %1: %2</translation>
    </message>
    <message>
        <source>Check the journal and every backup (PRAGMA integrity_check), one line each; opens them read-only and writes nothing. Exit code 0 when the journal is sound, 74 when it is not.</source>
        <translation>Comprobar el diario y cada copia de seguridad (PRAGMA integrity_check), una línea cada uno; los abre en solo lectura y no escribe nada. Código de salida 0 si el diario está bien y 74 si no.</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is not valid UTF-8 text, so Patella cannot name that folder. Rename it, or choose another one.</source>
        <translation>--data-dir: el nombre de la carpeta no es texto UTF-8 válido, así que Patella no puede nombrarla. Cámbiale el nombre o elige otra.</translation>
    </message>
    <message>
        <source>The data folder %1 is too long (%2 bytes; SQLite takes file names of at most 512 bytes, and the backups add up to %3 more). Choose a shorter folder; nothing was created.</source>
        <translation>La carpeta de datos %1 es demasiado larga (%2 bytes; SQLite acepta nombres de archivo de 512 bytes como mucho, y las copias añaden hasta %3 más). Elige una carpeta más corta; no se ha creado nada.</translation>
    </message>
    <message>
        <source>Write the journal as CSV files (one per record kind, with README.txt) into &lt;dir&gt;, then exit.</source>
        <translation>Escribir el diario como archivos CSV (uno por tipo de registro, con README.txt) en &lt;dir&gt; y salir.</translation>
    </message>
    <message>
        <source>Read a folder written by --export-csv into the journal, adding only what it does not hold yet, then exit.</source>
        <translation>Leer en el diario una carpeta escrita con --export-csv, añadiendo solo lo que aún no tiene, y salir.</translation>
    </message>
    <message>
        <source>--%1: the folder name is empty.</source>
        <translation>--%1: el nombre de la carpeta está vacío.</translation>
    </message>
    <message>
        <source>--export-csv and --import-csv cannot be given together.</source>
        <translation>--export-csv e --import-csv no se pueden indicar a la vez.</translation>
    </message>
    <message>
        <source>Import a programme file (routines and exercises, e.g. from your physiotherapist) into the journal and exit. Exit code 65 when the file is refused; nothing is written then.</source>
        <translation>Importar un archivo de programa (rutinas y ejercicios, p. ej. de su fisioterapeuta) al diario y salir. Código de salida 65 si se rechaza el archivo; entonces no se escribe nada.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>--import-programme: the file name is empty.</source>
        <translation>--import-programme: el nombre del archivo está vacío.</translation>
    </message>
    <message>
        <source>--import-programme cannot be given with --export-csv or --import-csv.</source>
        <translation>--import-programme no se puede indicar junto con --export-csv o --import-csv.</translation>
    </message>
    <message>
        <source>Import the runs in the GPX, TCX or FIT files given after the options into the journal, without a window, and exit.</source>
        <translation>Importar al diario las carreras de los archivos GPX, TCX o FIT indicados tras las opciones, sin ventana, y salir.</translation>
    </message>
    <message>
        <source>With --import: print one JSON object per activity.</source>
        <translation>Con --import: imprimir un objeto JSON por actividad.</translation>
    </message>
    <message>
        <source>With --import: the activity files.</source>
        <translation>Con --import: los archivos de actividad.</translation>
    </message>
    <message>
        <source>--import does not work with --demo.</source>
        <translation>--import no funciona con --demo.</translation>
    </message>
    <message>
        <source>--import: name at least one file to import.</source>
        <translation>--import: indique al menos un archivo para importar.</translation>
    </message>
    <message>
        <source>--json only goes with --import.</source>
        <translation>--json solo va con --import.</translation>
    </message>
    <message>
        <source>--import goes with no other command (--check, --export-csv, --import-csv, --import-programme).</source>
        <translation>--import no se combina con ningún otro comando (--check, --export-csv, --import-csv, --import-programme).</translation>
    </message>
    <message>
        <source>Patella: a recovery companion for runners with runner&apos;s knee.
Exit codes: 0 ok, 64 bad usage, 69 no display for the window, 70 damaged catalog, 73 data folder unusable, 74 journal unreadable or (--check) not sound, 75 already running on this data folder; --export-csv, --import-csv and --import-programme: 65 a file was refused (nothing written), 66 nothing to read; --import: 65 a file could not be read (the others were imported); --report: 66 no journal, 73 the PDF not written.</source>
        <translation>Patella: un compañero de recuperación para corredores con rodilla de corredor.
Códigos de salida: 0 correcto, 64 uso incorrecto, 69 no hay pantalla para la ventana, 70 catálogo dañado, 73 carpeta de datos inutilizable, 74 diario ilegible o (--check) no íntegro, 75 ya se está ejecutando con esta carpeta de datos; --export-csv, --import-csv y --import-programme: 65 se rechazó un archivo (no se escribió nada), 66 nada que leer; --import: 65 no se pudo leer un archivo (los demás se importaron); --report: 66 no hay diario, 73 no se escribió el PDF.</translation>
    </message>
    <message>
        <source>Write the physiotherapist&apos;s report to &lt;file&gt; (PDF) and exit.</source>
        <translation>Escribir el informe para el fisioterapeuta en &lt;file&gt; (PDF) y salir.</translation>
    </message>
    <message>
        <source>With --report: the last &lt;n&gt; weeks (1-520, default 12), or &quot;start&quot; for since the programme started.</source>
        <translation>Con --report: las últimas &lt;n&gt; semanas (1-520, 12 por defecto), o &quot;start&quot; para desde el inicio del programa.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>With --report: the name printed on the report.</source>
        <translation>Con --report: el nombre impreso en el informe.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>With --report: the report&apos;s last day, YYYY-MM-DD (default today).</source>
        <translation>Con --report: el último día del informe, AAAA-MM-DD escrito YYYY-MM-DD (hoy por defecto).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>--report: the PDF file name is missing.</source>
        <translation>--report: falta el nombre del archivo PDF.</translation>
    </message>
    <message>
        <source>--weeks: &quot;%1&quot; is not a number of weeks from 1 to 520, nor &quot;start&quot;.</source>
        <translation>--weeks: &quot;%1&quot; no es un número de semanas de 1 a 520, ni &quot;start&quot;.</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not a date like 2026-03-16.</source>
        <translation>--end: &quot;%1&quot; no es una fecha como 2026-03-16.</translation>
    </message>
    <message>
        <source>--report cannot be given together with --check, --export-csv, --import-csv, --import or --import-programme.</source>
        <translation>--report no puede darse junto con --check, --export-csv, --import-csv, --import o --import-programme.</translation>
    </message>
</context>
<context>
    <name>patella::CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>quedan %1 min %2 s</translation>
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
        <translation>CSV de &amp;Patella…</translation>
    </message>
    <message>
        <source>&amp;Running history (CSV)…</source>
        <translation>&amp;Historial de carreras (CSV)…</translation>
    </message>
    <message>
        <source>Export the journal as CSV into</source>
        <translation>Exportar el diario como CSV a</translation>
    </message>
    <message>
        <source>Import a Patella CSV folder</source>
        <translation>Importar una carpeta CSV de Patella</translation>
    </message>
    <message>
        <source>Import a running history</source>
        <translation>Importar un historial de carreras</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The journal could not be exported.</source>
        <translation>No se pudo exportar el diario.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Diario exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1, one CSV file per kind, with README.txt naming the columns.</source>
        <translation>
            <numerusform>%n registro escrito en %1, un archivo CSV por tipo, con README.txt que nombra las columnas.</numerusform>
            <numerusform>%n registros escritos en %1, un archivo CSV por tipo, con README.txt que nombra las columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have a mistake. Correct them and import the folder again.</source>
        <translation>
            <numerusform>No se importó nada: %n archivo tiene un error. Corrígelo e importa de nuevo la carpeta.</numerusform>
            <numerusform>No se importó nada: %n archivos tienen un error. Corrígelos e importa de nuevo la carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already in the journal</source>
        <translation>%1: %2 añadidos, %3 ya en el diario</translation>
    </message>
    <message>
        <source>%1: not a Patella CSV file, ignored</source>
        <translation>%1: no es un archivo CSV de Patella, se omite</translation>
    </message>
    <message>
        <source>Journal imported</source>
        <translation>Diario importado</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added; %1 already in the journal.</source>
        <translation>
            <numerusform>%n registro añadido; %1 ya en el diario.</numerusform>
            <numerusform>%n registros añadidos; %1 ya en el diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CuePlayer</name>
    <message>
        <source>No sound device was found: sessions run silently, with every cue on screen.</source>
        <translation>No se ha encontrado ningún dispositivo de sonido: las sesiones van en silencio, con todas las indicaciones en pantalla.</translation>
    </message>
    <message>
        <source>The voice on this computer (%1) does not speak %2: sessions play tones and show the spoken cues on screen.</source>
        <translation>La voz de este ordenador (%1) no habla %2: las sesiones reproducen tonos y muestran en pantalla las indicaciones habladas.</translation>
    </message>
    <message>
        <source>No speech engine is available: tones play, spoken cues are shown on screen only.</source>
        <translation>No hay ningún motor de voz: suenan los tonos y las indicaciones habladas solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>Tones and spoken cues are ready.</source>
        <translation>Los tonos y las indicaciones habladas están listos.</translation>
    </message>
    <message>
        <source>not found (looked for %1)</source>
        <translation>no encontrado (se ha buscado %1)</translation>
    </message>
    <message>
        <source>Patella&apos;s sound module could not be loaded (%1): sessions run silently, with every cue on screen.</source>
        <translation>No se ha podido cargar el módulo de sonido de Patella (%1): las sesiones van en silencio, con todas las indicaciones en pantalla.</translation>
    </message>
</context>
<context>
    <name>patella::CustomCatalog</name>
    <message>
        <source>is one of Patella&apos;s own exercises</source>
        <translation>es uno de los ejercicios propios de Patella</translation>
    </message>
    <message>
        <source>is already a routine&apos;s id</source>
        <translation>ya es el identificador de una rutina</translation>
    </message>
    <message>
        <source>is one of Patella&apos;s own routines</source>
        <translation>es una de las rutinas propias de Patella</translation>
    </message>
    <message>
        <source>is already an exercise&apos;s id</source>
        <translation>ya es el identificador de un ejercicio</translation>
    </message>
    <message>
        <source>Patella&apos;s own exercises and routines cannot be deleted.</source>
        <translation>Los ejercicios y rutinas propios de Patella no se pueden eliminar.</translation>
    </message>
    <message>
        <source>is used in your routine &quot;%1&quot;: take it out there first.</source>
        <translation>se usa en tu rutina «%1»: quítalo de ahí primero.</translation>
    </message>
    <message>
        <source>%1 (replaces %2)</source>
        <translation>%1 (sustituye a %2)</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;.</source>
        <translation>No hay ninguna rutina «%1».</translation>
    </message>
    <message>
        <source>its picture %1 cannot be read: %2</source>
        <translation>no se puede leer su imagen %1: %2</translation>
    </message>
</context>
<context>
    <name>patella::DetailPane</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start a guided session</source>
        <translation>Empezar una sesión guiada</translation>
    </message>
</context>
<context>
    <name>patella::ExerciseDialog</name>
    <message>
        <source>Edit exercise</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Ejercicio nuevo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation>Resumen en una línea</translation>
    </message>
    <message>
        <source>What it is for, in one line (optional)</source>
        <translation>Para qué sirve, en una línea (opcional)</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>One s&amp;ide at a time (left, then right)</source>
        <translation>Un lado cada &amp;vez (izquierda y luego derecha)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Hold for a time</source>
        <translation>Mantener un tiempo</translation>
    </message>
    <message>
        <source>Count repetitions</source>
        <translation>Contar repeticiones</translation>
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
        <translation>Mantener, segundos</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Mantener:</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
        <source>Seconds one repetition takes</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>&amp;One repetition takes:</source>
        <translation>Una re&amp;petición dura:</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, segundos</translation>
    </message>
    <message>
        <source>R&amp;est between sets:</source>
        <translation>D&amp;escanso entre series:</translation>
    </message>
    <message>
        <source>How to do it, one step a line</source>
        <translation>Cómo hacerlo, un paso por línea</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>Ho&amp;w to:</source>
        <translation>Cómo &amp;hacerlo:</translation>
    </message>
    <message>
        <source>Coaching cues, one a line</source>
        <translation>Indicaciones, una por línea</translation>
    </message>
    <message>
        <source>Shown and spoken during the exercise</source>
        <translation>Se muestran y se dicen durante el ejercicio</translation>
    </message>
    <message>
        <source>&amp;Cues:</source>
        <translation>&amp;Indicaciones:</translation>
    </message>
    <message>
        <source>Cautions, one a line</source>
        <translation>Precauciones, una por línea</translation>
    </message>
    <message>
        <source>When to ease off or stop</source>
        <translation>Cuándo aflojar o parar</translation>
    </message>
    <message>
        <source>C&amp;autions:</source>
        <translation>Pre&amp;cauciones:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Choose &amp;picture…</source>
        <translation>E&amp;legir imagen…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file of at most 5 MB</source>
        <translation>Un archivo PNG, JPEG o SVG de 5 MB como máximo</translation>
    </message>
    <message>
        <source>&amp;Mirror it for the right side</source>
        <translation>Refle&amp;jarla para el lado derecho</translation>
    </message>
    <message>
        <source>Muscles it &amp;targets:</source>
        <translation>Músculos que tra&amp;baja:</translation>
    </message>
    <message>
        <source>Muscles it targets</source>
        <translation>Músculos que trabaja</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Mantener (segundos)</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>One repetition takes (seconds)</source>
        <translation>Una repetición dura (segundos)</translation>
    </message>
    <message>
        <source>Rest between sets (seconds)</source>
        <translation>Descanso entre series (segundos)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No picture: a neutral placeholder is shown</source>
        <translation>Sin imagen: se muestra una figura neutra</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>The exercise&apos;s picture</source>
        <translation>La imagen del ejercicio</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
</context>
<context>
    <name>patella::FlexDialog</name>
    <message>
        <source>Log a flexibility test</source>
        <translation>Registrar una prueba de flexibilidad</translation>
    </message>
    <message>
        <source>Edit flexibility test</source>
        <translation>Editar la prueba de flexibilidad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <source>&amp;Measured as:</source>
        <translation>&amp;Medido como:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>patella::FlexModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>patella::FlexibilityView</name>
    <message>
        <source>lower = more flexible</source>
        <translation>más bajo = más flexible</translation>
    </message>
    <message>
        <source>higher = more flexible</source>
        <translation>más alto = más flexible</translation>
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
        <translation>Última revisión a las %1: no se pudieron importar las carreras (%2).</translation>
    </message>
    <message>
        <source>Last look at %1.</source>
        <translation>Última revisión a las %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported at %1: %n new run(s), %2.</source>
        <extracomment>%1 time of day, %2 distance with its unit</extracomment>
        <translation>
            <numerusform>Importado a las %1: %n carrera nueva, %2.</numerusform>
            <numerusform>Importado a las %1: %n carreras nuevas, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off: no folder is looked at.</source>
        <translation>Desactivado: no se revisa ninguna carpeta.</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>No se ha elegido ninguna carpeta.</translation>
    </message>
    <message>
        <source>%1 is not there now (a watch unplugged?): Patella looks for it again every few seconds.</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>%1 no está ahora (¿reloj desconectado?): Patella vuelve a buscarla cada pocos segundos.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s).</source>
        <translation>
            <numerusform>Vigilando %n carpeta.</numerusform>
            <numerusform>Vigilando %n carpetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your choice: %n file(s) with a run you may have typed by hand.</source>
        <translation>
            <numerusform>Esperando su elección: %n archivo con una carrera que quizá anotó a mano.</numerusform>
            <numerusform>Esperando su elección: %n archivos con una carrera que quizá anotó a mano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) looked in as well.</source>
        <translation>
            <numerusform>También se revisa %n subcarpeta.</numerusform>
            <numerusform>También se revisan %n subcarpetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more folders than one look reads: only the %n nearest are looked in.</source>
        <extracomment>%1 a folder&apos;s path; %n how many folders one look reads</extracomment>
        <translation>
            <numerusform>%1 contiene más carpetas de las que lee una revisión: solo se revisa %n, la más cercana.</numerusform>
            <numerusform>%1 contiene más carpetas de las que lee una revisión: solo se revisan las %n más cercanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not watched (too many), looked in every minute: %n subfolder(s).</source>
        <translation>
            <numerusform>Sin vigilar (demasiadas), revisada cada minuto: %n subcarpeta.</numerusform>
            <numerusform>Sin vigilar (demasiadas), revisadas cada minuto: %n subcarpetas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FolderImportNotice</name>
    <message>
        <source>Runs from your folder could not be imported: %1</source>
        <translation>No se pudieron importar las carreras de su carpeta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new run(s): %1.</source>
        <extracomment>%1 the distance of the new runs with its unit (&quot;24.1 km&quot;)</extracomment>
        <translation>
            <numerusform>%n carrera nueva: %1.</numerusform>
            <numerusform>%n carreras nuevas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>
            <numerusform>No se pudo leer %n archivo: %1.</numerusform>
            <numerusform>No se pudieron leer %n archivos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs from your folder</source>
        <translation>Carreras de su carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Choose for %n run(s) from your folder…</source>
        <translation>
            <numerusform>Elegir para %n carrera de su carpeta…</numerusform>
            <numerusform>Elegir para %n carreras de su carpeta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) may already be in your journal, typed by hand: choose merge or keep both.</source>
        <translation>
            <numerusform>%n carrera quizá ya esté en su diario, anotada a mano: elija combinar o conservar ambas.</numerusform>
            <numerusform>%n carreras quizá ya estén en su diario, anotadas a mano: elija combinar o conservar ambas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FunctionScoreChart</name>
    <message>
        <source>function (0-10, higher is better)</source>
        <translation>función (0-10, más alto es mejor)</translation>
    </message>
    <message>
        <source>%1, %2: %3/10</source>
        <translation>%1, %2: %3/10</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 of %n activities</source>
        <translation>
            <numerusform>%1: media de %2 de %n actividad</numerusform>
            <numerusform>%1: media de %2 de %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>First average + 2 (meaningful)</source>
        <translation>Primera media + 2 (significativo)</translation>
    </message>
    <message>
        <source>%1: 2 points above the first average</source>
        <translation>%1: 2 puntos por encima de la primera media</translation>
    </message>
</context>
<context>
    <name>patella::GpxParser</name>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>this is not a GPX file: it starts with &lt;%1&gt; instead of &lt;gpx&gt;.</source>
        <translation>no es un archivo GPX: empieza por &lt;%1&gt; en lugar de &lt;gpx&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned route(s), not recorded activities.</source>
        <translation>
            <numerusform>%n ruta planificada, no una actividad registrada.</numerusform>
            <numerusform>%n rutas planificadas, no actividades registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waypoint(s), not activities.</source>
        <translation>
            <numerusform>%n punto de paso, no una actividad.</numerusform>
            <numerusform>%n puntos de paso, no actividades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Track %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) without a time or a position, no activity.</source>
        <translation>
            <numerusform>%1: %n punto sin hora ni posición, ninguna actividad.</numerusform>
            <numerusform>%1: %n puntos sin hora ni posición, ninguna actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>the latitude</source>
        <translation>la latitud</translation>
    </message>
    <message>
        <source>the longitude</source>
        <translation>la longitud</translation>
    </message>
    <message>
        <source>the position %1, %2 is not on Earth.</source>
        <translation>la posición %1, %2 no está en la Tierra.</translation>
    </message>
</context>
<context>
    <name>patella::HistoryImportDialog</name>
    <message>
        <source>Import a running history</source>
        <translation>Importar un historial de carreras</translation>
    </message>
    <message>
        <source>Choose the unit…</source>
        <translation>Elige la unidad…</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>kilómetros</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Fecha y hora:</translation>
    </message>
    <message>
        <source>Sport:</source>
        <translation>Deporte:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distancia:</translation>
    </message>
    <message>
        <source>Distance is in:</source>
        <translation>Distancia en:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>This is a Strava activities export.</source>
        <translation>Es una exportación de actividades de Strava.</translation>
    </message>
    <message>
        <source>This is a Garmin Connect activities export.</source>
        <translation>Es una exportación de actividades de Garmin Connect.</translation>
    </message>
    <message>
        <source>Patella does not know this export.</source>
        <translation>Patella no conoce esta exportación.</translation>
    </message>
    <message>
        <source> Choose the column that holds each thing Patella could not find.</source>
        <translation> Elige la columna que contiene cada dato que Patella no encontró.</translation>
    </message>
    <message>
        <source> The file does not say whether distances are kilometres or miles: choose the unit.</source>
        <translation> El archivo no dice si las distancias están en kilómetros o en millas: elige la unidad.</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Elige una columna…</translation>
    </message>
    <message>
        <source>Choose every column and the unit to see what would be imported.</source>
        <translation>Elige cada columna y la unidad para ver qué se importaría.</translation>
    </message>
    <message>
        <source>This cannot be imported: %1</source>
        <translation>Esto no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) will be added; %1 row(s) skipped (other sports, or already in the journal).</source>
        <translation>
            <numerusform>Se añadirá %n carrera; %1 fila(s) omitida(s) (otros deportes o ya en el diario).</numerusform>
            <numerusform>Se añadirán %n carreras; %1 fila(s) omitida(s) (otros deportes o ya en el diario).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) added to the journal. Skipped:</source>
        <translation>
            <numerusform>%n carrera añadida al diario. Omitidas:</numerusform>
            <numerusform>%n carreras añadidas al diario. Omitidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>patella::IllustrationView</name>
    <message>
        <source>Illustration of %1</source>
        <translation>Ilustración: %1</translation>
    </message>
    <message>
        <source>No illustration yet</source>
        <translation>Aún no hay ilustración</translation>
    </message>
    <message>
        <source>Picture of the exercise</source>
        <translation>Imagen del ejercicio</translation>
    </message>
</context>
<context>
    <name>patella::ImportCommand</name>
    <message>
        <source>moving %1, elapsed %2</source>
        <translation>en movimiento %1, en total %2</translation>
    </message>
    <message>
        <source>%1 steps/min</source>
        <translation>%1 pasos/min</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>No se puede abrir el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>No se puede leer el diario %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the journal refused the runs (%1).</source>
        <translation>No se importó nada: el diario rechazó las carreras (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1.</source>
        <translation>
            <numerusform>%n carrera importada, %1.</numerusform>
            <numerusform>%n carreras importadas, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::Importer</name>
    <message>
        <source>The file does not say which sport this was, and it has no distance to judge by.</source>
        <translation>El archivo no dice qué deporte era y no tiene distancia con la que juzgarlo.</translation>
    </message>
    <message>
        <source>%1 is not running: Patella counts running load only. Tick it if it was a run.</source>
        <extracomment>%1 the sport, translated (&quot;Cycling&quot;, &quot;Swimming&quot;)</extracomment>
        <translation>%1 no es correr: Patella solo cuenta la carga de carrera. Márquela si fue una carrera.</translation>
    </message>
    <message>
        <source>The file holds no recorded activity.</source>
        <translation>El archivo no contiene ninguna actividad registrada.</translation>
    </message>
    <message>
        <source>No recorded activity: %1</source>
        <translation>Ninguna actividad registrada: %1</translation>
    </message>
    <message>
        <source>Already in the journal.</source>
        <translation>Ya está en el diario.</translation>
    </message>
    <message>
        <source>The same activity as in %1.</source>
        <translation>La misma actividad que en %1.</translation>
    </message>
    <message>
        <source>The file records no time for this activity.</source>
        <translation>El archivo no registra ningún tiempo para esta actividad.</translation>
    </message>
    <message>
        <source>%1 km in %2 min is more than one outing can be: the file&apos;s figures look wrong.</source>
        <extracomment>%1 distance in km, %2 duration in minutes</extracomment>
        <translation>%1 km en %2 min es más de lo que puede ser una salida: las cifras del archivo parecen erróneas.</translation>
    </message>
    <message>
        <source>%1 m in %2 s is too short for a run: likely the watch was started by mistake. Tick it if it was a run.</source>
        <extracomment>%1 distance in metres, %2 duration in seconds</extracomment>
        <translation>%1 m en %2 s es demasiado corto para una carrera: probablemente el reloj se puso en marcha por error. Márquela si fue una carrera.</translation>
    </message>
    <message>
        <source>Likely the run you logged by hand that day (%1 km).</source>
        <translation>Probablemente la carrera que anotó a mano ese día (%1 km).</translation>
    </message>
    <message>
        <source>The file does not say which sport this was; at %1 km/h it looks like a walk, not a run.</source>
        <extracomment>%1 speed in km/h</extracomment>
        <translation>El archivo no dice qué deporte era; a %1 km/h parece una caminata, no una carrera.</translation>
    </message>
    <message>
        <source>The file does not say which sport this was; at %1 km/h it looks like a ride, not a run.</source>
        <extracomment>%1 speed in km/h</extracomment>
        <translation>El archivo no dice qué deporte era; a %1 km/h parece un paseo en bici, no una carrera.</translation>
    </message>
    <message>
        <source>The file names a sport other than running: Patella counts running load only. Tick it if it was a run.</source>
        <translation>El archivo indica un deporte distinto de correr: Patella solo cuenta la carga de carrera. Márquela si fue una carrera.</translation>
    </message>
</context>
<context>
    <name>patella::InstanceGuard</name>
    <message>
        <source>The lock file in the data folder cannot be written.</source>
        <translation>No se puede escribir el archivo de bloqueo de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>patella::JournalErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Journal error</source>
        <translation>Error del diario</translation>
    </message>
</context>
<context>
    <name>patella::JournalPage</name>
    <message>
        <source>&amp;Log pain…</source>
        <translation>&amp;Registrar dolor…</translation>
    </message>
    <message>
        <source>&amp;Log a test…</source>
        <translation>&amp;Registrar una prueba…</translation>
    </message>
    <message>
        <source>&amp;Log a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <source>&amp;Add a shoe…</source>
        <translation>&amp;Añadir zapatillas…</translation>
    </message>
    <message>
        <source>No shoes yet: add a pair to follow its distance.</source>
        <translation>Aún no hay zapatillas: añade un par para seguir su distancia.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilidad</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Zapatillas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Weekly check-in…</source>
        <translation>Revisión semanal…</translation>
    </message>
    <message>
        <source>It is your check-in day. A few minutes on this week&apos;s pain, flexibility, mileage and shoes keeps the trends honest.</source>
        <translation>Hoy toca revisión. Unos minutos sobre el dolor, la flexibilidad, la distancia y las zapatillas de esta semana mantienen fieles las tendencias.</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Empezar la revisión</translation>
    </message>
    <message>
        <source>&amp;Log a run…</source>
        <translation>Registrar una &amp;salida…</translation>
    </message>
    <message>
        <source>Log a &amp;week&apos;s total…</source>
        <translation>Registrar el total de una &amp;semana…</translation>
    </message>
    <message>
        <source>No weekly totals: log one when you do not record single runs.</source>
        <translation>No hay totales semanales: registra uno si no anotas cada salida.</translation>
    </message>
    <message>
        <source>Weeks logged as one total</source>
        <translation>Semanas registradas como un total</translation>
    </message>
    <message>
        <source>the pain entry of %1 (%2, %3)</source>
        <translation>el registro de dolor del %1 (%2, %3)</translation>
    </message>
    <message>
        <source>pain entry</source>
        <translation>registro de dolor</translation>
    </message>
    <message>
        <source>the run of %1 (%2)</source>
        <translation>la salida del %1 (%2)</translation>
    </message>
    <message>
        <source>run</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>the total for the week of %1</source>
        <translation>el total de la semana del %1</translation>
    </message>
    <message>
        <source>week&apos;s total</source>
        <translation>total semanal</translation>
    </message>
    <message>
        <source>the %1 result of %2 (%3, %4)</source>
        <translation>el resultado de «%1» del %2 (%3, %4)</translation>
    </message>
    <message>
        <source>flexibility result</source>
        <translation>resultado de flexibilidad</translation>
    </message>
    <message>
        <source>the %1 session of %2</source>
        <translation>la sesión «%1» del %2</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>the shoe &quot;%1&quot; (its runs stay, without a shoe)</source>
        <translation>las zapatillas «%1» (sus salidas se quedan, sin zapatillas)</translation>
    </message>
    <message>
        <source>shoe</source>
        <translation>zapatillas</translation>
    </message>
    <message>
        <source>The journal could not do that: %1</source>
        <translation>El diario no ha podido hacerlo: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>¿Eliminar?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z or the Undo button while Patella stays open.</source>
        <translation>Puedes deshacerlo con Ctrl+Z o el botón Deshacer mientras Patella siga abierta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>Deleted the %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Eliminado: %1. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Revisión guardada.</translation>
    </message>
</context>
<context>
    <name>patella::JournalProblemDialog</name>
    <message>
        <source>This journal was written by a newer version of Patella. It has not been changed; open it with that version, or update Patella.</source>
        <translation>Este diario lo escribió una versión más reciente de Patella. No se ha modificado; ábrelo con esa versión o actualiza Patella.</translation>
    </message>
    <message>
        <source>This file is not a Patella journal, or it is damaged. It has been left exactly as it was.</source>
        <translation>Este archivo no es un diario de Patella o está dañado. Se ha dejado exactamente como estaba.</translation>
    </message>
    <message>
        <source>The journal cannot be read or written with your permissions.</source>
        <translation>El diario no se puede leer ni escribir con tus permisos.</translation>
    </message>
    <message>
        <source>Updating the journal to this version of Patella failed and was rolled back; a copy taken before the update is among the backups.</source>
        <translation>La actualización del diario a esta versión de Patella ha fallado y se ha revertido; entre las copias de seguridad hay una hecha antes de actualizar.</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>No se ha podido abrir el diario.</translation>
    </message>
    <message>
        <source>Patella cannot open your journal</source>
        <translation>Patella no puede abrir tu diario</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Start a new journal elsewhere…</source>
        <translation>Empezar un diario nuevo en otro sitio…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Este diario aún no tiene copias de seguridad.</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>The journal file is empty, but backups of it exist. Restore the newest one to get your entries back.</source>
        <translation>El archivo del diario está vacío, pero hay copias de seguridad. Restaura la más reciente para recuperar tus registros.</translation>
    </message>
    <message>
        <source>The journal is in use by another program. Nothing is wrong with it: close that program, then try again.</source>
        <translation>Otro programa está usando el diario. No le pasa nada: cierra ese programa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; the journal has not been changed.</source>
        <translation>El disco está lleno. Libera espacio y vuelve a intentarlo; el diario no se ha modificado.</translation>
    </message>
    <message>
        <source>The journal can be read, but its folder does not accept the files Patella keeps beside it. Check the folder, then try again.</source>
        <translation>El diario se puede leer, pero su carpeta no acepta los archivos que Patella guarda al lado. Revisa la carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The journal&apos;s path is too long or cannot be used as a file name. Choose a shorter data folder.</source>
        <translation>La ruta del diario es demasiado larga o no sirve como nombre de archivo. Elige una carpeta de datos más corta.</translation>
    </message>
    <message>
        <source>Free space on that disk: %1</source>
        <translation>Espacio libre en ese disco: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>patella::LibraryPage</name>
    <message>
        <source>Search exercises, routines and habits</source>
        <translation>Buscar ejercicios, rutinas y hábitos</translation>
    </message>
    <message>
        <source>Show one kind of exercise</source>
        <translation>Mostrar un tipo de ejercicio</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show exercises for one muscle group</source>
        <translation>Mostrar ejercicios de un grupo muscular</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Todos los grupos musculares</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Prevention habits</source>
        <translation>Hábitos de prevención</translation>
    </message>
    <message>
        <source>Guided sessions arrive with the session player.</source>
        <translation>Las sesiones guiadas llegan con el reproductor de sesiones.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No exercise matches. Clear the search or the filters.</source>
        <translation>Ningún ejercicio coincide. Borra la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>No routine matches the search.</source>
        <translation>Ninguna rutina coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No habit matches the search.</source>
        <translation>Ningún hábito coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Your exercise</source>
        <translation>Su ejercicio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Brings back what was just deleted</source>
        <translation>Recupera lo que se acaba de eliminar</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>Ejercicio &amp;nuevo…</translation>
    </message>
    <message>
        <source>New &amp;routine…</source>
        <translation>Nueva &amp;rutina…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>“%1” was deleted. Sessions you did with it keep its name.</source>
        <translation>Se eliminó «%1». Las sesiones que hizo con él conservan su nombre.</translation>
    </message>
    <message>
        <source>Patella&apos;s own exercises cannot be changed; make one of yours with New exercise…</source>
        <translation>Los ejercicios propios de Patella no se pueden cambiar; cree uno suyo con Ejercicio nuevo…</translation>
    </message>
    <message>
        <source>Duplicate and &amp;edit…</source>
        <translation>Duplicar y &amp;editar…</translation>
    </message>
    <message>
        <source>Patella&apos;s own routines cannot be deleted</source>
        <translation>Las rutinas propias de Patella no se pueden eliminar</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <source>From your programme</source>
        <translation>De su programa</translation>
    </message>
</context>
<context>
    <name>patella::MainWindow</name>
    <message>
        <source>What to do today, with the reason for each item; what is already done, your streak, alerts about pain and mileage, and a quick pain log.</source>
        <translation>Qué hacer hoy, con el motivo de cada cosa; lo que ya está hecho, tu racha, avisos sobre el dolor y la distancia, y un registro rápido del dolor.</translation>
    </message>
    <message>
        <source>The guided session player: illustrations, timed holds for each side, sets and rests, spoken and sound cues, and a pain check after each exercise.</source>
        <translation>El reproductor de sesiones guiadas: ilustraciones, mantenimientos cronometrados por lado, series y descansos, indicaciones habladas y sonoras, y una valoración del dolor tras cada ejercicio.</translation>
    </message>
    <message>
        <source>Your journal: pain entries, runs, flexibility checks, sessions and shoes, to add, edit and review.</source>
        <translation>Tu diario: registros de dolor, salidas, pruebas de flexibilidad, sesiones y zapatillas, para añadir, editar y revisar.</translation>
    </message>
    <message>
        <source>Every stretch, strength exercise and habit, with illustrations, dose, how-to and coaching cues.</source>
        <translation>Cada estiramiento, ejercicio de fuerza y hábito, con ilustraciones, dosis, instrucciones e indicaciones.</translation>
    </message>
    <message>
        <source>Units, programme start date, check-in day, sounds and voice, reminders, the data folder and backups.</source>
        <translation>Unidades, fecha de inicio del programa, día de revisión, tonos y voz, recordatorios, la carpeta de datos y las copias de seguridad.</translation>
    </message>
    <message>
        <source>Patella</source>
        <translation>Patella</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Patella</source>
        <translation>&amp;Acerca de Patella</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Charts of pain over time, weekly mileage beside the guide&apos;s 10% guideline, consistency and flexibility, so you can see whether the knee is getting better.</source>
        <translation>Gráficos del dolor a lo largo del tiempo, del kilometraje semanal junto a la pauta del 10 % de la guía, de la constancia y de la flexibilidad, para ver si la rodilla mejora.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>P&amp;rogreso</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Ajustes</translation>
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
        <translation> (total semanal)</translation>
    </message>
    <message numerus="yes">
        <source> in %n run(s)</source>
        <translation>
            <numerusform> en %n salida</numerusform>
            <numerusform> en %n salidas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on the week before</source>
        <translation>, %1 respecto a la semana anterior</translation>
    </message>
    <message numerus="yes">
        <source>, %n week(s) more than 10% up</source>
        <translation>
            <numerusform>, %n semana con más de un 10 % de subida</numerusform>
            <numerusform>, %n semanas con más de un 10 % de subida</numerusform>
        </translation>
    </message>
    <message>
        <source>; load ratio %1</source>
        <translation>; relación de carga %1</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>próxima semana</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 por semana</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 por mes</translation>
    </message>
    <message>
        <source>load ratio (informational)</source>
        <translation>relación de carga (informativa)</translation>
    </message>
    <message>
        <source>Ratio 0.8-1.3</source>
        <translation>Relación 0,8-1,3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Month with a week over 10%</source>
        <translation>Mes con alguna semana por encima del 10 %</translation>
    </message>
    <message>
        <source>Load ratio (informational)</source>
        <translation>Relación de carga (informativa)</translation>
    </message>
    <message>
        <source>%1: load ratio %2 (informational: the ratio is disputed)</source>
        <translation>%1: relación de carga %2 (informativa: la relación está en discusión)</translation>
    </message>
    <message>
        <source> (the guide&apos;s 10%: %1)</source>
        <translation> (10 % de la guía: %1)</translation>
    </message>
    <message>
        <source>Run over 10% longer than the 30 days&apos; longest</source>
        <translation>Salida más de un 10 % más larga que la más larga de 30 días</translation>
    </message>
    <message>
        <source>Within the guide&apos;s 10%</source>
        <translation>Dentro del 10 % de la guía</translation>
    </message>
    <message>
        <source>Over the guide&apos;s 10%</source>
        <translation>Por encima del 10 % de la guía</translation>
    </message>
    <message>
        <source>The guide&apos;s 10% guideline</source>
        <translation>La pauta del 10 % de la guía</translation>
    </message>
</context>
<context>
    <name>patella::PainChart</name>
    <message>
        <source>worse AM</source>
        <translation>peor por la mañana</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>pain (0-10)</source>
        <translation>dolor (0-10)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Media mensual</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Session day</source>
        <translation>Día con sesión</translation>
    </message>
    <message>
        <source>Worse next morning</source>
        <translation>Peor a la mañana siguiente</translation>
    </message>
    <message numerus="yes">
        <source>%1: the knee was worse than the morning before (%n time(s)); the programme stepped back.</source>
        <translation>
            <numerusform>%1: la rodilla estaba peor que la mañana anterior (%n vez); el programa ha dado un paso atrás.</numerusform>
            <numerusform>%1: la rodilla estaba peor que la mañana anterior (%n veces); el programa ha dado un paso atrás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainDialog</name>
    <message>
        <source>Log pain</source>
        <translation>Registrar dolor</translation>
    </message>
    <message>
        <source>Edit pain entry</source>
        <translation>Editar el registro de dolor</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situación:</translation>
    </message>
    <message>
        <source>Si&amp;de:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <source>&amp;Pain (0-10):</source>
        <translation>&amp;Dolor (0-10):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
</context>
<context>
    <name>patella::PainMileageChart</name>
    <message>
        <source>distance that week (%1)</source>
        <translation>distancia de esa semana (%1)</translation>
    </message>
    <message>
        <source>mean pain that week (0-10)</source>
        <translation>dolor medio de esa semana (0-10)</translation>
    </message>
    <message>
        <source>Last four weeks</source>
        <translation>Últimas cuatro semanas</translation>
    </message>
    <message>
        <source>Earlier weeks</source>
        <translation>Semanas anteriores</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, mean pain %3 (%n report(s))</source>
        <translation>
            <numerusform>%1: %2, dolor medio %3 (%n registro)</numerusform>
            <numerusform>%1: %2, dolor medio %3 (%n registros)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>patella::PainQuickLog</name>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>patella::PainScale</name>
    <message>
        <source>Pain %1 out of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst you can imagine</source>
        <translation>0 = sin dolor, 10 = el peor que puedas imaginar</translation>
    </message>
    <message>
        <source>%1: %2, if %3</source>
        <translation>%1: %2, si %3</translation>
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
        <translation>&amp;Rutina…</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <source>Patella programme (*.json);;All files (*)</source>
        <translation>Programa de Patella (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This programme cannot be imported, and nothing was changed.

%1</source>
        <translation>Este programa no se puede importar y no se ha cambiado nada.

%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Revisión el %1</translation>
    </message>
    <message>
        <source>New routines:</source>
        <translation>Rutinas nuevas:</translation>
    </message>
    <message>
        <source>Routines replaced:</source>
        <translation>Rutinas sustituidas:</translation>
    </message>
    <message>
        <source>New exercises:</source>
        <translation>Ejercicios nuevos:</translation>
    </message>
    <message>
        <source>Exercises replaced:</source>
        <translation>Ejercicios sustituidos:</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>¿Importar %1?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The programme could not be imported, and nothing was changed.

%1</source>
        <translation>No se pudo importar el programa y no se ha cambiado nada.

%1</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (suya)</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Routine to export:</source>
        <translation>Rutina que exportar:</translation>
    </message>
    <message>
        <source>Patella programme (*.json)</source>
        <translation>Programa de Patella (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Pro&amp;gramme…</source>
        <translation>Pro&amp;grama…</translation>
    </message>
</context>
<context>
    <name>patella::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Distance and load</source>
        <translation>Distancia y carga</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilidad</translation>
    </message>
    <message>
        <source>Pain and distance</source>
        <translation>Dolor y distancia</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>del %1 al %2, %3</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>No se ha podido leer el diario: %1</translation>
    </message>
    <message>
        <source>Nothing is logged yet. Each chart fills in as you log pain, runs, sessions and flexibility checks; its tab says what it needs.</source>
        <translation>Aún no hay nada registrado. Cada gráfico se llena a medida que registras dolor, salidas, sesiones y pruebas de flexibilidad; su pestaña dice qué necesita.</translation>
    </message>
    <message>
        <source>Nothing in this range. Choose a longer range to see earlier entries.</source>
        <translation>No hay nada en este periodo. Elige un periodo más largo para ver registros anteriores.</translation>
    </message>
    <message>
        <source>No pain reports yet. Rate your knee (0-10) in the journal: during or after a run, on stairs, at rest. Each report becomes a dot here, and a line shows the 7-day mean.</source>
        <translation>Aún no hay registros de dolor. Puntúa tu rodilla (0-10) en el diario: al correr o después, en las escaleras, en reposo. Cada registro se convierte aquí en un punto, y una línea muestra la media de 7 días.</translation>
    </message>
    <message>
        <source>No sessions done yet. Finish a guided stretching or strength session and every day you do one is marked here.</source>
        <translation>Aún no has hecho ninguna sesión. Termina una sesión guiada de estiramientos o de fuerza y cada día que hagas una quedará marcado aquí.</translation>
    </message>
    <message>
        <source>No flexibility checks yet. Do the weekly self-tests (knee-to-wall, sit and reach and the others) on both legs and log them: left and right show as two lines per test.</source>
        <translation>Aún no hay pruebas de flexibilidad. Haz las autopruebas semanales (rodilla-pared, sentarse y alcanzar y las demás) con las dos piernas y regístralas: izquierda y derecha aparecen como dos líneas por prueba.</translation>
    </message>
    <message>
        <source>This chart needs both runs and pain reports: log them for a few weeks and each week becomes a dot, its distance against its mean pain.</source>
        <translation>Este gráfico necesita salidas y registros de dolor: anótalos unas semanas y cada semana será un punto, su distancia frente a su dolor medio.</translation>
    </message>
    <message>
        <source>Function score</source>
        <translation>Puntuación funcional</translation>
    </message>
    <message>
        <source>No function score yet. The weekly check-in asks you to name 3 to 5 activities the knee makes hard and rate each from 0 to 10; every round becomes a point here, with the average as a bold line.</source>
        <translation>Aún no hay puntuación funcional. El control semanal te pide nombrar de 3 a 5 actividades que la rodilla te hace difíciles y puntuar cada una de 0 a 10; cada ronda es aquí un punto, con la media como línea gruesa.</translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation>Informe para tu fisioterapeuta…</translation>
    </message>
    <message>
        <source>Two pages for your physiotherapist: preview, save as PDF or print.</source>
        <translation>Dos páginas para tu fisioterapeuta: vista previa, guardar como PDF o imprimir.</translation>
    </message>
    <message>
        <source>No runs yet. Log your runs (or a week&apos;s total distance) in the journal to see each week beside the guide&apos;s 10% guideline and single runs against your longest of the last 30 days.</source>
        <translation>Aún no hay salidas. Registra tus salidas (o la distancia total de una semana) en el diario para ver cada semana junto a la pauta del 10 % de la guía y cada salida frente a tu más larga de los últimos 30 días.</translation>
    </message>
    <message>
        <source>Step rate</source>
        <translation>Cadencia</translation>
    </message>
    <message numerus="yes">
        <source>No run in this range has a step rate: %n run(s), typed by hand or from a file without one. Runs imported from a watch or phone app usually carry one.</source>
        <translation>
            <numerusform>Ninguna carrera de este periodo tiene cadencia: %n carrera, escrita a mano o de un archivo sin ella. Las carreras importadas de un reloj o una app del móvil suelen traerla.</numerusform>
            <numerusform>Ninguna carrera de este periodo tiene cadencia: %n carreras, escritas a mano o de un archivo sin ella. Las carreras importadas de un reloj o una app del móvil suelen traerla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No step rate yet. Runs imported from a watch or phone app (File &gt; Import &gt; Runs from a watch or app) carry their average steps per minute; each becomes a dot here, against your own usual rate.</source>
        <translation>Todavía no hay cadencia. Las carreras importadas de un reloj o una app del móvil (Archivo &gt; Importar &gt; Carreras de un reloj o una app) traen su media de pasos por minuto; cada una se convierte aquí en un punto, frente a su propia cadencia habitual.</translation>
    </message>
</context>
<context>
    <name>patella::RecordDialog</name>
    <message>
        <source>The journal did not accept this: %1 %2</source>
        <translation>El diario no lo ha aceptado: %1 %2</translation>
    </message>
</context>
<context>
    <name>patella::RecordTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation>No hay nada registrado en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrado</numerusform>
            <numerusform>%n mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::Reminders</name>
    <message>
        <source>Time to stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message>
        <source>A few calm minutes for your knee: today&apos;s plan is waiting in Patella.</source>
        <translation>Unos minutos tranquilos para tu rodilla: el plan de hoy te espera en Patella.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>Note this week&apos;s pain, flexibility and mileage: it takes about three minutes.</source>
        <translation>Anota el dolor, la flexibilidad y la distancia de esta semana: lleva unos tres minutos.</translation>
    </message>
</context>
<context>
    <name>patella::ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Informe para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Two pages with the numbers a physiotherapist asks about: pain, function, doses, running, sessions, flexibility, alerts and your notes. Preview it, then save it as a PDF or print it.</source>
        <translation>Dos páginas con las cifras que pregunta un fisioterapeuta: dolor, función, dosis, carrera, sesiones, flexibilidad, avisos y tus notas. Mira la vista previa y después guárdala como PDF o imprímela.</translation>
    </message>
    <message>
        <source>Since the programme started</source>
        <translation>Desde el inicio del programa</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Últimas %1 semanas</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nombre en el informe:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>The report could not be made from the journal: %1</source>
        <translation>No se pudo hacer el informe a partir del diario: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>there is no report to save</source>
        <translation>no hay ningún informe que guardar</translation>
    </message>
    <message>
        <source>patella-report-%1.pdf</source>
        <translation>patella-informe-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>No se guardó el informe: %1</translation>
    </message>
</context>
<context>
    <name>patella::RoutineActions</name>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>New &amp;exercise…</source>
        <translation>&amp;Ejercicio nuevo…</translation>
    </message>
    <message>
        <source>%1 was not deleted. %2</source>
        <translation>%1 no se eliminó. %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>patella::RoutineDraft</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Use in my plan</source>
        <translation>Usar en mi plan</translation>
    </message>
    <message>
        <source>Exercise %1 (%2)</source>
        <translation>Ejercicio %1 (%2)</translation>
    </message>
    <message>
        <source>Exercise %1</source>
        <translation>Ejercicio %1</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>mantener (segundos)</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>rest between sets (seconds)</source>
        <translation>descanso entre series (segundos)</translation>
    </message>
    <message>
        <source>rest before the next exercise (seconds)</source>
        <translation>descanso antes del siguiente ejercicio (segundos)</translation>
    </message>
    <message>
        <source>get ready (seconds)</source>
        <translation>preparación (segundos)</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>lados</translation>
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
        <translation>la dosis del programa (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Rutina nueva</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Editar rutina</translation>
    </message>
    <message>
        <source>Duplicate and edit</source>
        <translation>Duplicar y editar</translation>
    </message>
    <message>
        <source>A long routine</source>
        <translation>Una rutina larga</translation>
    </message>
    <message>
        <source>This routine takes about %1 minutes. Save it anyway?</source>
        <translation>Esta rutina dura unos %1 minutos. ¿Guardarla de todos modos?</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it is for, in a line (optional)</source>
        <translation>Para qué sirve, en una línea (opcional)</translation>
    </message>
    <message>
        <source>Use in my plan</source>
        <translation>Usar en mi plan</translation>
    </message>
    <message>
        <source>Only when I start it</source>
        <translation>Solo cuando la inicio</translation>
    </message>
    <message>
        <source>Offered beside</source>
        <translation>Ofrecida junto a</translation>
    </message>
    <message>
        <source>Offered instead of</source>
        <translation>Ofrecida en lugar de</translation>
    </message>
    <message>
        <source>The built-in routine it goes with</source>
        <translation>La rutina incorporada a la que acompaña</translation>
    </message>
    <message>
        <source>(no built-in routine)</source>
        <translation>(ninguna rutina incorporada)</translation>
    </message>
    <message>
        <source>Use in my p&amp;lan:</source>
        <translation>En mi &amp;plan:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Ejercicios para añadir</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Show one kind of exercise</source>
        <translation>Mostrar un tipo de ejercicio</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>%1 (your exercise)</source>
        <translation>%1 (su ejercicio)</translation>
    </message>
    <message>
        <source>&amp;Add ›</source>
        <translation>&amp;Añadir ›</translation>
    </message>
    <message>
        <source>Adds the exercise after the selected one (Enter in the list does the same)</source>
        <translation>Añade el ejercicio después del seleccionado (Intro en la lista hace lo mismo)</translation>
    </message>
    <message>
        <source>In this routine, in order</source>
        <translation>En esta rutina, por orden</translation>
    </message>
    <message>
        <source>Exercises in this routine, in order</source>
        <translation>Ejercicios de esta rutina, por orden</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The selected exercise</source>
        <translation>El ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>S&amp;ides:</source>
        <translation>&amp;Lados:</translation>
    </message>
    <message>
        <source>&amp;Fixed dose (otherwise the programme chooses it and steps it up or back)</source>
        <translation>Dosis &amp;fija (si no, el programa la elige y la sube o la baja)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Mantener, segundos</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Mantener:</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, segundos</translation>
    </message>
    <message>
        <source>Rest &amp;between sets:</source>
        <translation>Des&amp;canso entre series:</translation>
    </message>
    <message>
        <source>Get ready, seconds</source>
        <translation>Preparación, segundos</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>P&amp;reparación:</translation>
    </message>
    <message>
        <source>Rest before the next exercise, seconds</source>
        <translation>Descanso antes del siguiente ejercicio, segundos</translation>
    </message>
    <message>
        <source>Rest before the ne&amp;xt:</source>
        <translation>Descanso antes del si&amp;guiente:</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Add exercises from the list on the left.</source>
        <translation>Añada ejercicios de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Select an exercise of the routine.</source>
        <translation>Seleccione un ejercicio de la rutina.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Aún no hay ejercicios</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>Sub&amp;ir</translation>
    </message>
    <message>
        <source>Repe&amp;titions:</source>
        <translation>Repe&amp;ticiones:</translation>
    </message>
    <message>
        <source>B&amp;oth parts: %1</source>
        <translation>Am&amp;bas partes: %1</translation>
    </message>
    <message>
        <source>Show exercises for one muscle group</source>
        <translation>Mostrar ejercicios de un grupo muscular</translation>
    </message>
    <message>
        <source>All muscle groups</source>
        <translation>Todos los grupos musculares</translation>
    </message>
</context>
<context>
    <name>patella::RoutineList</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Pick a routine. During a session: Space pauses, the arrow keys skip and go back, + adds 10 seconds, Esc stops. F11 fills the screen.</source>
        <translation>Elige una rutina. Durante una sesión: Espacio pausa, las flechas avanzan y retroceden, + añade 10 segundos y Esc la detiene. F11 ocupa toda la pantalla.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>unos %n min</numerusform>
            <numerusform>unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <source>From your programme</source>
        <translation>De su programa</translation>
    </message>
</context>
<context>
    <name>patella::RunDialog</name>
    <message>
        <source>Log a run</source>
        <translation>Registrar una salida</translation>
    </message>
    <message>
        <source>Edit run</source>
        <translation>Editar la salida</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>Hora de &amp;inicio:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance (%1):</source>
        <translation>Dis&amp;tancia (%1):</translation>
    </message>
    <message>
        <source>h:mm:ss, e.g. 0:32:15</source>
        <translation>h:mm:ss, p. ej. 0:32:15</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Optional: 1 = very easy, 10 = all-out</source>
        <translation>Opcional: 1 = muy fácil, 10 = a tope</translation>
    </message>
    <message>
        <source>&amp;Effort (1-10):</source>
        <translation>&amp;Esfuerzo (1-10):</translation>
    </message>
    <message>
        <source>No shoe given</source>
        <translation>Sin zapatillas indicadas</translation>
    </message>
    <message>
        <source>S&amp;hoe:</source>
        <translation>&amp;Zapatillas:</translation>
    </message>
    <message>
        <source>Optional, 0-10</source>
        <translation>Opcional, 0-10</translation>
    </message>
    <message>
        <source>&amp;Pain during:</source>
        <translation>Dolor &amp;durante:</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Dolor &amp;después:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Dolor durante</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Zapatillas</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Dolor durante</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importada desde %1</translation>
    </message>
    <message>
        <source>%1 spm</source>
        <extracomment>average steps per minute</extracomment>
        <translation>%1 ppm</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Tiempo en movimiento</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>patella::SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>Hora de &amp;inicio:</translation>
    </message>
    <message>
        <source>h:mm:ss or minutes, e.g. 12</source>
        <translation>h:mm:ss o minutos, p. ej. 12</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Du&amp;ración:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Routine is needed.</source>
        <translation>Falta la rutina.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Length must be under 12 hours.</source>
        <translation>La duración debe ser inferior a 12 horas.</translation>
    </message>
</context>
<context>
    <name>patella::SessionHeatMap</name>
    <message>
        <source>%1: no session</source>
        <translation>%1: ninguna sesión</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>ninguna sesión</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 o más</translation>
    </message>
    <message>
        <source>(outlined: today)</source>
        <translation>(recuadrado: hoy)</translation>
    </message>
</context>
<context>
    <name>patella::SessionIllustration</name>
    <message>
        <source>Illustration, mirrored for the right side</source>
        <translation>Ilustración, reflejada para el lado derecho</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
</context>
<context>
    <name>patella::SessionModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Peor dolor</translation>
    </message>
</context>
<context>
    <name>patella::SessionPage</name>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>No se ha podido leer el diario: %1</translation>
    </message>
    <message>
        <source>This session cannot start: %1</source>
        <translation>Esta sesión no puede empezar: %1</translation>
    </message>
    <message>
        <source>Session done.</source>
        <translation>Sesión terminada.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>No se ha podido guardar la sesión: %1</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
    <message>
        <source>Save the session first, then the knee score.</source>
        <translation>Guarda primero la sesión y luego la puntuación de la rodilla.</translation>
    </message>
    <message>
        <source>The knee score could not be saved: %1</source>
        <translation>No se ha podido guardar la puntuación de la rodilla: %1</translation>
    </message>
</context>
<context>
    <name>patella::SessionPlayer</name>
    <message>
        <source>The session has already started.</source>
        <translation>La sesión ya ha empezado.</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>El último</translation>
    </message>
    <message>
        <source>Next up: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>A continuación: serie %1 de %2</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>A continuación: lado izquierdo</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>A continuación: lado derecho</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %n rep(s)</source>
        <translation>
            <numerusform>A continuación: %n repetición</numerusform>
            <numerusform>A continuación: %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: the hold</source>
        <translation>A continuación: el mantenimiento</translation>
    </message>
</context>
<context>
    <name>patella::SessionRunView</name>
    <message>
        <source>LEFT leg</source>
        <translation>Pierna IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT leg</source>
        <translation>Pierna DERECHA</translation>
    </message>
    <message>
        <source>Tap a number, or press 0-9 (T for 10). The right arrow skips the question.</source>
        <translation>Pulsa un número o las teclas 0-9 (T para 10). La flecha derecha se salta la pregunta.</translation>
    </message>
    <message>
        <source>Stop here? What you did so far is saved.</source>
        <translation>¿Parar aquí? Lo que has hecho hasta ahora queda guardado.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>tecla %1</translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation>Pasar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Acabar la sesión</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>How did the knee feel during %1?</source>
        <translation>¿Qué tal la rodilla durante %1?</translation>
    </message>
    <message>
        <source>How did the knee feel on the %1?</source>
        <translation>¿Qué tal la rodilla en el %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s), about %1 s each</source>
        <translation>
            <numerusform>%n repetición, de unos %1 s</numerusform>
            <numerusform>%n repeticiones, de unos %1 s cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descanso.</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>A continuación: serie %1 de %2</translation>
    </message>
    <message>
        <source>Paused while you decide.</source>
        <translation>En pausa mientras decides.</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to go on.</source>
        <translation>En pausa. Pulsa Espacio o Reanudar para seguir.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>← key</source>
        <translation>tecla ←</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>+ key</source>
        <translation>tecla +</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>→ key</source>
        <translation>tecla →</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Parar y guardar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>It was sharp, stabbing or catching (key S)</source>
        <translation>Fue agudo, punzante o de enganche (tecla S)</translation>
    </message>
    <message>
        <source>That kind of pain stops the exercise, whatever its score.</source>
        <translation>Ese tipo de dolor detiene el ejercicio, sea cual sea su puntuación.</translation>
    </message>
    <message>
        <source>Sharp, stabbing or catching pain stops an exercise whatever its score.</source>
        <translation>Un dolor agudo, punzante o de enganche detiene un ejercicio, sea cual sea su puntuación.</translation>
    </message>
    <message>
        <source>Pain of %1 is too much for an exercise.</source>
        <translation>Un dolor de %1 es demasiado para un ejercicio.</translation>
    </message>
    <message>
        <source>This exercise is done for today, and its dose steps back next time. Go on to the next one, or end the session.</source>
        <translation>Este ejercicio se acaba por hoy y su dosis retrocede la próxima vez. Sigue con el siguiente o termina la sesión.</translation>
    </message>
    <message>
        <source>That was the last exercise, so the session is done; this exercise&apos;s dose steps back next time.</source>
        <translation>Era el último ejercicio, así que la sesión ha terminado; la dosis de este ejercicio retrocede la próxima vez.</translation>
    </message>
</context>
<context>
    <name>patella::SessionSummary</name>
    <message>
        <source>How is your knee now?</source>
        <translation>¿Cómo está tu rodilla ahora?</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Volver a guardar</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Well done: %1 is finished</source>
        <translation>Bien hecho: has terminado %1</translation>
    </message>
    <message>
        <source>%1 stopped early</source>
        <translation>%1 terminada antes de tiempo</translation>
    </message>
    <message>
        <source>%1 ended for the knee&apos;s sake</source>
        <translation>%1 terminada por el bien de la rodilla</translation>
    </message>
    <message>
        <source>Time: %1     Done: %2 of %3     Skipped: %4</source>
        <translation>Tiempo: %1     Hechos: %2 de %3     Saltados: %4</translation>
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
        <translation>Sin registros de dolor.</translation>
    </message>
    <message>
        <source>Pain reports:
%1</source>
        <translation>Registros de dolor:
%1</translation>
    </message>
    <message>
        <source>Tap a number, or press 0-9 (T for 10).</source>
        <translation>Pulsa un número o las teclas 0-9 (T para 10).</translation>
    </message>
    <message>
        <source>Saved: %1. You can change it while this page is open.</source>
        <translation>Guardado: %1. Puedes cambiarlo mientras esta página siga abierta.</translation>
    </message>
    <message>
        <source>Pain stopped a second exercise in this session. Rest the knee today, and ask a physiotherapist to look at it before your next session.</source>
        <translation>El dolor ha detenido un segundo ejercicio en esta sesión. Deja descansar la rodilla hoy y pide a un fisioterapeuta que la revise antes de tu próxima sesión.</translation>
    </message>
</context>
<context>
    <name>patella::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilómetros</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Millas</translation>
    </message>
    <message>
        <source>Distances in</source>
        <translation>Distancias en</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Igual que el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Patella changes language the next time it starts.</source>
        <translation>Patella cambia de idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Recovery programme</source>
        <translation>Programa de recuperación</translation>
    </message>
    <message>
        <source>Programme started on</source>
        <translation>Programa empezado el</translation>
    </message>
    <message>
        <source>Weeks one and two are gentle stretching twice a day; light strength work is added from week three.</source>
        <translation>Las semanas uno y dos son estiramientos suaves dos veces al día; la fuerza suave se añade a partir de la tercera semana.</translation>
    </message>
    <message>
        <source>Weekly check-in day</source>
        <translation>Día de la revisión semanal</translation>
    </message>
    <message>
        <source>Session cues</source>
        <translation>Indicaciones de la sesión</translation>
    </message>
    <message>
        <source>Tones for the countdown and each new phase</source>
        <translation>Tonos para la cuenta atrás y cada fase nueva</translation>
    </message>
    <message>
        <source>Play a tone</source>
        <translation>Reproducir un tono</translation>
    </message>
    <message>
        <source>Tone volume</source>
        <translation>Volumen de los tonos</translation>
    </message>
    <message>
        <source>Spoken cues (&quot;switch sides&quot;, &quot;rest&quot;, the next exercise)</source>
        <translation>Indicaciones habladas («cambia de lado», «descanso», el siguiente ejercicio)</translation>
    </message>
    <message>
        <source>Say something</source>
        <translation>Decir algo</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Shown in the system tray while Patella is running, and not on days the work is already done.</source>
        <translation>Se muestran en la bandeja del sistema mientras Patella está abierta, y no los días en que ya está todo hecho.</translation>
    </message>
    <message>
        <source>Remind me to stretch at</source>
        <translation>Recordarme estirar a las</translation>
    </message>
    <message>
        <source>Remind me of the weekly check-in at</source>
        <translation>Recordarme la revisión semanal a las</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Back up the journal once a day</source>
        <translation>Hacer una copia del diario una vez al día</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>The journal and its backups are readable only by your user account. Patella makes no network connections.</source>
        <translation>El diario y sus copias solo los puede leer tu cuenta de usuario. Patella no se conecta a la red.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep one a day for</source>
        <translation>Guardar una al día durante</translation>
    </message>
    <message>
        <source>Also kept: one a week for 8 weeks, one a month for a year, and every backup made with Back up now, before an update or before a restore.</source>
        <translation>También se guardan: una por semana durante 8 semanas, una al mes durante un año y cada copia hecha con Hacer copia ahora, antes de una actualización o antes de una restauración.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the journal? Entries logged since then are not in it. The journal as it is now is kept as a pre-restore backup, so restoring that one undoes this.</source>
        <translation>¿Poner la copia hecha el %1 en lugar del diario? Los registros anotados desde entonces no están en ella. El diario tal como está ahora se guarda como copia previa a la restauración, así que restaurar esa copia deshace esto.</translation>
    </message>
    <message>
        <source>%1 pain, %2 runs, %3 sessions, %4 checks</source>
        <translation>%1 de dolor, %2 salidas, %3 sesiones, %4 pruebas</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Every check-in</source>
        <translation>En cada control</translation>
    </message>
    <message>
        <source>Every second week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>How often the check-in asks you to rate the activities the knee makes hard (the Patient-Specific Functional Scale).</source>
        <translation>Con qué frecuencia el control te pide puntuar las actividades que la rodilla te hace difíciles (Patient-Specific Functional Scale).</translation>
    </message>
    <message>
        <source>Function score</source>
        <translation>Puntuación funcional</translation>
    </message>
    <message>
        <source>Import from a folder</source>
        <translation>Importar desde una carpeta</translation>
    </message>
    <message>
        <source>Import new runs from these folders</source>
        <translation>Importar las carreras nuevas de estas carpetas</translation>
    </message>
    <message>
        <source>Folders to import runs from</source>
        <translation>Carpetas de las que importar carreras</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Import runs from a folder</source>
        <translation>Importar carreras desde una carpeta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Imported runs count on this shoe&apos;s distance; the preview can change it run by run.</source>
        <translation>Las carreras importadas cuentan en la distancia de esta zapatilla; la vista previa permite cambiarla carrera a carrera.</translation>
    </message>
    <message>
        <source>Shoe for imported runs</source>
        <translation>Zapatilla para las carreras importadas</translation>
    </message>
    <message>
        <source>The shoe in use that day, if only one was</source>
        <translation>La zapatilla en uso ese día, si solo hay una</translation>
    </message>
    <message>
        <source>Patella looks in these folders and their subfolders when it starts and while it runs: your watch&apos;s GARMIN/Activity folder when it is plugged in, or a folder a phone app syncs to. New runs (GPX, TCX, FIT) go into the journal with your default shoe and you are told; a run that may be one you typed by hand waits for your choice. Other sports are left out.</source>
        <translation>Patella revisa estas carpetas y sus subcarpetas al arrancar y mientras está abierto: la carpeta GARMIN/Activity de su reloj cuando está conectado, o una carpeta que sincroniza una aplicación del móvil. Las carreras nuevas (GPX, TCX, FIT) entran en el diario con su zapatilla predeterminada y se le avisa; una carrera que quizá anotó a mano espera su elección. Los demás deportes se dejan fuera.</translation>
    </message>
</context>
<context>
    <name>patella::ShoeDialog</name>
    <message>
        <source>Add a shoe</source>
        <translation>Añadir zapatillas</translation>
    </message>
    <message>
        <source>Edit shoe</source>
        <translation>Editar zapatillas</translation>
    </message>
    <message>
        <source>e.g. Blue trail shoes</source>
        <translation>p. ej. Zapatillas de trail azules</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;First run in them:</source>
        <translation>&amp;Primera salida con ellas:</translation>
    </message>
    <message>
        <source>Distance &amp;limit (%1):</source>
        <translation>&amp;Límite de distancia (%1):</translation>
    </message>
    <message>
        <source>The usual advice is a new pair after %1 to %2, but the evidence for any figure is thin. Choose your own; near it Patella asks you to look at the midsole.</source>
        <translation>Lo habitual es aconsejar un par nuevo tras %1 a %2, pero ninguna cifra tiene mucha evidencia detrás. Elige la tuya; cuando te acerques, Patella te pedirá que mires la mediasuela.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <source>&amp;Retired:</source>
        <translation>&amp;Retiradas:</translation>
    </message>
    <message>
        <source>Retired &amp;on:</source>
        <translation>Retiradas &amp;el:</translation>
    </message>
    <message>
        <source>Name is needed, so you can tell your shoes apart.</source>
        <translation>Falta el nombre, para que puedas distinguir tus zapatillas.</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Primera salida</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Limit must be below %1.</source>
        <translation>El límite debe ser inferior a %1.</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retiradas el</translation>
    </message>
    <message>
        <source>Retired on cannot be before the first run.</source>
        <translation>La fecha de retirada no puede ser anterior a la primera salida.</translation>
    </message>
</context>
<context>
    <name>patella::ShoeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Retiradas el %1</translation>
    </message>
    <message>
        <source>Check the midsole</source>
        <translation>Revisar la mediasuela</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Zapatillas</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Primera salida</translation>
    </message>
    <message>
        <source>Distance so far / limit</source>
        <translation>Distancia hasta ahora / límite</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>patella::TcxParser</name>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>this is not a TCX file: it starts with &lt;%1&gt; instead of &lt;TrainingCenterDatabase&gt;.</source>
        <translation>no es un archivo TCX: empieza por &lt;%1&gt; en lugar de &lt;TrainingCenterDatabase&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n planned course(s), not recorded activities.</source>
        <translation>
            <numerusform>%n recorrido planificado, no una actividad registrada.</numerusform>
            <numerusform>%n recorridos planificados, no actividades registradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) without any time, not imported.</source>
        <translation>
            <numerusform>%n actividad sin ninguna hora, no importada.</numerusform>
            <numerusform>%n actividades sin ninguna hora, no importadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Welcome to Patella. Start with today&apos;s daily knee mobility: about ten calm minutes of stretching. Log how your knee feels on stairs, when sitting long or when running, a few times a week, so the charts can show the trend. If your recovery started before today, set its start date in Settings so the programme is in the right week.</source>
        <translation>Te damos la bienvenida a Patella. Empieza por la movilidad diaria de rodilla de hoy: unos diez minutos tranquilos de estiramientos. Registra unas cuantas veces por semana cómo notas la rodilla en las escaleras, al estar mucho rato sentado o al correr, para que los gráficos muestren la tendencia. Si tu recuperación empezó antes de hoy, pon su fecha de inicio en Ajustes para que el programa esté en la semana correcta.</translation>
    </message>
    <message>
        <source>Your plan for today</source>
        <translation>Tu plan para hoy</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>This morning</source>
        <translation>Esta mañana</translation>
    </message>
    <message>
        <source>How is your knee?</source>
        <translation>¿Cómo está tu rodilla?</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Habit of the day</source>
        <translation>Hábito del día</translation>
    </message>
    <message>
        <source>%1 · week %2 of your programme · %3</source>
        <translation>%1 · semana %2 de tu programa · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · unos %n min</numerusform>
            <numerusform>%1 · unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Hecho ✓</translation>
    </message>
    <message>
        <source>Start (optional)</source>
        <translation>Empezar (opcional)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Nothing planned today: a rest day. Rest is part of training.</source>
        <translation>Hoy no hay nada previsto: día de descanso. Descansar también es entrenar.</translation>
    </message>
    <message>
        <source>It is check-in day: note this week&apos;s pain, flexibility and mileage.</source>
        <translation>Hoy toca revisión: anota el dolor, la flexibilidad y la distancia de esta semana.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>No alerts: mileage, pain and shoes all look steady.</source>
        <translation>Sin avisos: la distancia, el dolor y las zapatillas están estables.</translation>
    </message>
    <message>
        <source>Thanks: the knee is no worse than yesterday morning.</source>
        <translation>Gracias: la rodilla no está peor que ayer por la mañana.</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Same or better</source>
        <translation>Igual o mejor</translation>
    </message>
    <message>
        <source>Saved: %1 (%2) at %3.</source>
        <translation>Guardado: %1 (%2) a las %3.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The journal is in use by another program; waiting to save…</source>
        <translation>Otro programa está usando el diario; esperando para guardar…</translation>
    </message>
    <message>
        <source>Has it settled?</source>
        <translation>¿Se ha calmado?</translation>
    </message>
    <message>
        <source>Nothing to watch yet. Alerts appear here once you log runs and pain: mileage rising too fast, pain that jumps or will not settle, shoes near their limit.</source>
        <translation>Aún no hay nada que vigilar. Los avisos aparecen aquí en cuanto registres salidas y dolor: kilometraje que sube demasiado rápido, dolor que se dispara o no se calma, zapatillas cerca de su límite.</translation>
    </message>
    <message>
        <source>yesterday&apos;s training</source>
        <translation>el entrenamiento de ayer</translation>
    </message>
    <message>
        <source>yesterday&apos;s %1 at %2</source>
        <translation>la sesión de ayer, %1 a las %2</translation>
    </message>
    <message>
        <source>yesterday&apos;s %1 run</source>
        <translation>la salida de ayer de %1</translation>
    </message>
    <message>
        <source>You said the knee is worse than yesterday morning: yesterday&apos;s training was more than it could take, so the doses step back. %1 such mornings in %2 days are a reason to see a physiotherapist.</source>
        <translation>Has dicho que la rodilla está peor que ayer por la mañana: el entrenamiento de ayer fue más de lo que podía soportar, así que las dosis retroceden. %1 mañanas así en %2 días son motivo para ver a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>After %1, is your knee worse than it was yesterday morning?</source>
        <translation>Después de %1, ¿está tu rodilla peor que ayer por la mañana?</translation>
    </message>
    <message>
        <source>You said the pain had not settled: that session was more than the knee could take today, so its doses step back next time. If pain stays up for the rest of the day or keeps coming back, see a physiotherapist.</source>
        <translation>Has dicho que el dolor no se ha calmado: esa sesión fue más de lo que la rodilla podía soportar hoy, así que sus dosis retroceden la próxima vez. Si el dolor sigue alto el resto del día o vuelve una y otra vez, consulta a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Your %1 at %2 ended with pain of %3, in the acceptable band. It stays acceptable only if %4. Has it settled back to your usual level?</source>
        <translation>Tu sesión %1 de las %2 terminó con un dolor de %3, en la franja aceptable. Solo sigue siendo aceptable si %4. ¿Ha vuelto a tu nivel habitual?</translation>
    </message>
    <message>
        <source>Yes, it has settled</source>
        <translation>Sí, se ha calmado</translation>
    </message>
    <message>
        <source>No, it still hurts more</source>
        <translation>No, todavía duele más</translation>
    </message>
</context>
<context>
    <name>patella::TrayIcon</name>
    <message>
        <source>&amp;Open Patella</source>
        <translation>&amp;Abrir Patella</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>Registrar el total de una semana</translation>
    </message>
    <message>
        <source>Edit week&apos;s total</source>
        <translation>Editar el total de la semana</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Semana del:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance (%1):</source>
        <translation>Dis&amp;tancia (%1):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Number of runs:</source>
        <translation>&amp;Número de salidas:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2</source>
        <translation>Del lunes %1 al domingo %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Number of runs</source>
        <translation>Número de salidas</translation>
    </message>
</context>
<context>
    <name>patella::WeeklyTotalModel</name>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>patella::cli::CsvCommands</name>
    <message>
        <source>There is no journal at %1 to export.</source>
        <translation>No hay ningún diario en %1 que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n fila</numerusform>
            <numerusform>  %1: %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1:</source>
        <translation>
            <numerusform>%n registro exportado a %1:</numerusform>
            <numerusform>%n registros exportados a %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>  README.txt names every column.</source>
        <translation>  README.txt nombra cada columna.</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file and import the folder again.</source>
        <translation>No se importó nada: corrige el archivo e importa de nuevo la carpeta.</translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 already in the journal</source>
        <translation>  %1: %2 añadidos, %3 ya en el diario</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1 into %2:</source>
        <translation>
            <numerusform>%n registro importado de %1 a %2:</numerusform>
            <numerusform>%n registros importados de %1 a %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: not a Patella CSV file, ignored</source>
        <translation>  %1: no es un archivo CSV de Patella, se omite</translation>
    </message>
</context>
<context>
    <name>patella::cli::ProgrammeCommand</name>
    <message>
        <source>%1: there is no readable file of that name.</source>
        <translation>%1: no hay ningún archivo legible con ese nombre.</translation>
    </message>
    <message>
        <source>Refused, nothing was imported: %1</source>
        <translation>Rechazado, no se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importado en %2.</translation>
    </message>
    <message>
        <source>Programme by %1.</source>
        <translation>Programa de %1.</translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation>Revisión el %1.</translation>
    </message>
    <message>
        <source>New routines (%1):</source>
        <translation>Rutinas nuevas (%1):</translation>
    </message>
    <message>
        <source>Routines replaced (%1):</source>
        <translation>Rutinas sustituidas (%1):</translation>
    </message>
    <message>
        <source>New exercises (%1):</source>
        <translation>Ejercicios nuevos (%1):</translation>
    </message>
    <message>
        <source>Exercises replaced (%1):</source>
        <translation>Ejercicios sustituidos (%1):</translation>
    </message>
</context>
<context>
    <name>patella::cli::ReportCommand</name>
    <message>
        <source>The demo journal could not be made in %1.</source>
        <translation>No se pudo crear el diario de demostración en %1.</translation>
    </message>
    <message>
        <source>There is no journal at %1 to report on.</source>
        <translation>No hay ningún diario en %1 del que hacer un informe.</translation>
    </message>
    <message>
        <source>The exercise catalog is damaged: %1</source>
        <translation>El catálogo de ejercicios está dañado: %1</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo hacer el informe: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se escribió el informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the physiotherapist&apos;s report for %2 to %3, %n page(s) (%4).</source>
        <translation>
            <numerusform>Escrito %1: el informe para el fisioterapeuta del %2 al %3, %n página (%4).</numerusform>
            <numerusform>Escrito %1: el informe para el fisioterapeuta del %2 al %3, %n páginas (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::exchange</name>
    <message>
        <source>My exercises and routines</source>
        <translation>Mis ejercicios y rutinas</translation>
    </message>
</context>
<context>
    <name>patella::exerciseimage</name>
    <message>
        <source>not a drawing an SVG viewer can show</source>
        <translation>no es un dibujo que un visor de SVG pueda mostrar</translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation>la imagen está dañada</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than 5 MB: choose a smaller picture</source>
        <translation>ocupa más de 5 MB: elija una imagen más pequeña</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG picture</source>
        <translation>no es una imagen PNG, JPEG o SVG</translation>
    </message>
    <message>
        <source>cannot be shown: %1</source>
        <translation>no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>cannot be scaled down</source>
        <translation>no se puede reducir</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Gentle stretching</source>
        <translation>Estiramientos suaves</translation>
    </message>
    <message>
        <source>Stretching and light strength</source>
        <translation>Estiramientos y fuerza suave</translation>
    </message>
    <message>
        <source>Keeping it up</source>
        <translation>Mantener lo conseguido</translation>
    </message>
    <message numerus="yes">
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week: %n day(s) so far.</source>
        <translation>
            <numerusform>Las sentadillas a una pierna llegan cuando las subidas al escalón llevan una semana a dosis completa con un dolor de %1: %n día hasta ahora.</numerusform>
            <numerusform>Las sentadillas a una pierna llegan cuando las subidas al escalón llevan una semana a dosis completa con un dolor de %1: %n días hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week.</source>
        <translation>Las sentadillas a una pierna llegan cuando las subidas al escalón llevan una semana a dosis completa con un dolor de %1.</translation>
    </message>
</context>
<context>
    <name>programmefile</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>is not a field here (allowed: %1)</source>
        <translation>no es un campo aquí (permitidos: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>%1 is not a Patella programme (expected %2)</source>
        <translation>%1 no es un programa de Patella (se esperaba %2)</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Patella reads version %2)</source>
        <translation>la versión %1 no es compatible (esta Patella lee la versión %2)</translation>
    </message>
    <message>
        <source>%1 is not a date like 2027-01-31</source>
        <translation>%1 no es una fecha como 2027-01-31</translation>
    </message>
    <message>
        <source>the programme holds no routine and no exercise</source>
        <translation>el programa no contiene ninguna rutina ni ningún ejercicio</translation>
    </message>
    <message>
        <source>%1 is not an id: use lower-case letters, digits and dashes</source>
        <translation>%1 no es un identificador: usa minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>%1 is one of Patella&apos;s own exercises or routines: choose another id</source>
        <translation>%1 es uno de los ejercicios o rutinas propios de Patella: elige otro identificador</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identificador %1 duplicado</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>tipo desconocido %1</translation>
    </message>
    <message>
        <source>does not apply to a hold</source>
        <translation>no se aplica a un mantenimiento</translation>
    </message>
    <message>
        <source>does not apply to reps</source>
        <translation>no se aplica a repeticiones</translation>
    </message>
    <message>
        <source>unknown dose type %1: use &quot;hold&quot; or &quot;reps&quot;</source>
        <translation>tipo de dosis desconocido %1: usa «hold» o «reps»</translation>
    </message>
    <message>
        <source>must list two or more parts, or be left out</source>
        <translation>debe enumerar dos o más partes, o no aparecer</translation>
    </message>
    <message>
        <source>must be an object with &quot;data&quot; (base64) or &quot;file&quot;</source>
        <translation>debe ser un objeto con «data» (base64) o «file»</translation>
    </message>
    <message>
        <source>give either &quot;data&quot; (base64) or &quot;file&quot;, not both or neither</source>
        <translation>indica «data» (base64) o «file», no los dos ni ninguno</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>images beside the file cannot be read here: embed them as base64</source>
        <translation>aquí no se pueden leer imágenes junto al archivo: inclúyelas en base64</translation>
    </message>
    <message>
        <source>%1 must be a file name in the programme&apos;s folder</source>
        <translation>%1 debe ser un nombre de archivo de la carpeta del programa</translation>
    </message>
    <message>
        <source>%1 is larger than 5 MB</source>
        <translation>%1 supera los 5 MB</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the image is larger than 5 MB</source>
        <translation>la imagen supera los 5 MB</translation>
    </message>
    <message>
        <source>is not a PNG, JPEG or SVG image</source>
        <translation>no es una imagen PNG, JPEG ni SVG</translation>
    </message>
    <message>
        <source>says %1 but the image is %2</source>
        <translation>dice %1 pero la imagen es %2</translation>
    </message>
    <message>
        <source>the image does not decode: %1</source>
        <translation>la imagen no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>unknown value %1: use &quot;no&quot;, &quot;beside&quot; or &quot;instead&quot;</source>
        <translation>valor desconocido %1: usa «no», «beside» o «instead»</translation>
    </message>
    <message>
        <source>unknown exercise %1</source>
        <translation>ejercicio desconocido %1</translation>
    </message>
    <message>
        <source>unknown value %1: use &quot;left-then-right&quot;, &quot;both&quot;, &quot;left-only&quot; or &quot;right-only&quot;</source>
        <translation>valor desconocido %1: usa «left-then-right», «both», «left-only» o «right-only»</translation>
    </message>
    <message>
        <source>does not apply to %1, which is a hold</source>
        <translation>no se aplica a %1, que es un mantenimiento</translation>
    </message>
    <message>
        <source>does not apply to %1, which is counted in reps</source>
        <translation>no se aplica a %1, que se cuenta en repeticiones</translation>
    </message>
    <message>
        <source>it is not a %1 image</source>
        <translation>no es una imagen %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than 64 MB: not a programme file</source>
        <translation>supera los 64 MB: no es un archivo de programa</translation>
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
        <translation>Tú</translation>
    </message>
    <message>
        <source>An imported programme</source>
        <translation>Un programa importado</translation>
    </message>
    <message>
        <source>Programme imported %1</source>
        <translation>Programa importado el %1</translation>
    </message>
    <message>
        <source>Programme by %1, imported %2</source>
        <translation>Programa de %1, importado el %2</translation>
    </message>
    <message>
        <source>(review %1)</source>
        <translation>(revisar el %1)</translation>
    </message>
</context>
</TS>
