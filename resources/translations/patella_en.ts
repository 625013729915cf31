<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Insights</name>
    <message numerus="yes">
        <source>Your usual step rate needs at least %n runs with a cadence; until then each run is shown on its own.</source>
        <translation>
            <numerusform>Your usual step rate needs at least %n runs with a cadence; until then each run is shown on its own.</numerusform>
            <numerusform>Your usual step rate needs at least %n runs with a cadence; until then each run is shown on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your usual step rate: %1 steps per minute, the middle value of your first %n run(s) with a cadence (%2 to %3). 5-10% higher is %4 to %5.</source>
        <translation>
            <numerusform>Your usual step rate: %1 steps per minute, the middle value of your first %n run with a cadence (%2 to %3). 5-10% higher is %4 to %5.</numerusform>
            <numerusform>Your usual step rate: %1 steps per minute, the middle value of your first %n runs with a cadence (%2 to %3). 5-10% higher is %4 to %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last %n run(s) in this range (%2 to %3): %1 steps per minute, %4 against your usual rate.</source>
        <translation>
            <numerusform>Your last %n run in this range (%2 to %3): %1 steps per minute, %4 against your usual rate.</numerusform>
            <numerusform>Your last %n runs in this range (%2 to %3): %1 steps per minute, %4 against your usual rate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n run(s) in this range without a cadence (typed by hand, or from a file without one).</source>
        <translation>
            <numerusform>Left out: %n run in this range without a cadence (typed by hand, or from a file without one).</numerusform>
            <numerusform>Left out: %n runs in this range without a cadence (typed by hand, or from a file without one).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message numerus="yes">
        <source>%1: %n session(s) done</source>
        <translation>
            <numerusform>%1: %n session done</numerusform>
            <numerusform>%1: %n sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean %1/10 over %n report day(s)</source>
        <translation>
            <numerusform>mean %1/10 over %n report day</numerusform>
            <numerusform>mean %1/10 over %n report days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressData</name>
    <message numerus="yes">
        <source>Each dot is one week: %n week(s) with pain reports in this range.</source>
        <translation>
            <numerusform>Each dot is one week: %n week with pain reports in this range.</numerusform>
            <numerusform>Each dot is one week: %n weeks with pain reports in this range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCue</name>
    <message numerus="yes">
        <source>%n slow rep(s), about %1 seconds each. Tap done when you finish.</source>
        <translation>
            <numerusform>%n slow rep, about %1 seconds each. Tap done when you finish.</numerusform>
            <numerusform>%n slow reps, about %1 seconds each. Tap done when you finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s). Tap done when you finish.</source>
        <translation>
            <numerusform>%n rep. Tap done when you finish.</numerusform>
            <numerusform>%n reps. Tap done when you finish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportActions</name>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::ActivityImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n run(s)</source>
        <translation>
            <numerusform>&amp;Import %n run</numerusform>
            <numerusform>&amp;Import %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s), %1. Undo takes the whole import back.</source>
        <translation>
            <numerusform>Imported %n run, %1. Undo takes the whole import back.</numerusform>
            <numerusform>Imported %n runs, %1. Undo takes the whole import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CadenceChart</name>
    <message numerus="yes">
        <source>%1: %2 steps per minute (%n run(s))</source>
        <translation>
            <numerusform>%1: %2 steps per minute (%n run)</numerusform>
            <numerusform>%1: %2 steps per minute (%n runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CheckCommand</name>
    <message numerus="yes">
        <source>Checked the journal and %n backup(s); %1.</source>
        <translation>
            <numerusform>Checked the journal and %n backup; %1.</numerusform>
            <numerusform>Checked the journal and %n backups; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the journal is sound, %n backup(s) damaged</source>
        <translation>
            <numerusform>the journal is sound, %n backup damaged</numerusform>
            <numerusform>the journal is sound, %n backups damaged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CheckInMileagePage</name>
    <message numerus="yes">
        <source>You logged %n run(s) this week, %1 in all. That is the figure the check-in uses; add or correct runs on the Journal&apos;s Runs tab.</source>
        <translation>
            <numerusform>You logged %n run this week, %1 in all. That is the figure the check-in uses; add or correct runs on the Journal&apos;s Runs tab.</numerusform>
            <numerusform>You logged %n runs this week, %1 in all. That is the figure the check-in uses; add or correct runs on the Journal&apos;s Runs tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::CsvActions</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1, one CSV file per kind, with README.txt naming the columns.</source>
        <translation>
            <numerusform>%n record written to %1, one CSV file per kind, with README.txt naming the columns.</numerusform>
            <numerusform>%n records written to %1, one CSV file per kind, with README.txt naming the columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n file(s) have a mistake. Correct them and import the folder again.</source>
        <translation>
            <numerusform>Nothing was imported: %n file have a mistake. Correct them and import the folder again.</numerusform>
            <numerusform>Nothing was imported: %n files have a mistake. Correct them and import the folder again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added; %1 already in the journal.</source>
        <translation>
            <numerusform>%n record added; %1 already in the journal.</numerusform>
            <numerusform>%n records added; %1 already in the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FolderImport</name>
    <message numerus="yes">
        <source>Imported at %1: %n new run(s), %2.</source>
        <extracomment>%1 time of day, %2 distance with its unit</extracomment>
        <translation>
            <numerusform>Imported at %1: %n new run, %2.</numerusform>
            <numerusform>Imported at %1: %n new runs, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folder(s).</source>
        <translation>
            <numerusform>Watching %n folder.</numerusform>
            <numerusform>Watching %n folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your choice: %n file(s) with a run you may have typed by hand.</source>
        <translation>
            <numerusform>Waiting for your choice: %n file with a run you may have typed by hand.</numerusform>
            <numerusform>Waiting for your choice: %n files with a run you may have typed by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s) looked in as well.</source>
        <translation>
            <numerusform>%n subfolder looked in as well.</numerusform>
            <numerusform>%n subfolders looked in as well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more folders than one look reads: only the %n nearest are looked in.</source>
        <extracomment>%1 a folder&apos;s path; %n how many folders one look reads</extracomment>
        <translation>
            <numerusform>%1 holds more folders than one look reads: only the %n nearest are looked in.</numerusform>
            <numerusform>%1 holds more folders than one look reads: only the %n nearest are looked in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not watched (too many), looked in every minute: %n subfolder(s).</source>
        <translation>
            <numerusform>Not watched (too many), looked in every minute: %n subfolder.</numerusform>
            <numerusform>Not watched (too many), looked in every minute: %n subfolders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FolderImportNotice</name>
    <message numerus="yes">
        <source>%n new run(s): %1.</source>
        <extracomment>%1 the distance of the new runs with its unit (&quot;24.1 km&quot;)</extracomment>
        <translation>
            <numerusform>%n new run: %1.</numerusform>
            <numerusform>%n new runs: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1.</source>
        <extracomment>%1 the file names</extracomment>
        <translation>
            <numerusform>%n file could not be read: %1.</numerusform>
            <numerusform>%n files could not be read: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose for %n run(s) from your folder…</source>
        <translation>
            <numerusform>Choose for %n run from your folder…</numerusform>
            <numerusform>Choose for %n runs from your folder…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) may already be in your journal, typed by hand: choose merge or keep both.</source>
        <translation>
            <numerusform>%n run may already be in your journal, typed by hand: choose merge or keep both.</numerusform>
            <numerusform>%n runs may already be in your journal, typed by hand: choose merge or keep both.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::FunctionScoreChart</name>
    <message numerus="yes">
        <source>%1: average %2 of %n activities</source>
        <translation>
            <numerusform>%1: average %2 of %n activities</numerusform>
            <numerusform>%1: average %2 of %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::GpxParser</name>
    <message numerus="yes">
        <source>%n planned route(s), not recorded activities.</source>
        <translation>
            <numerusform>%n planned route, not recorded activities.</numerusform>
            <numerusform>%n planned routes, not recorded activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waypoint(s), not activities.</source>
        <translation>
            <numerusform>%n waypoint, not activities.</numerusform>
            <numerusform>%n waypoints, not activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s) without a time or a position, no activity.</source>
        <translation>
            <numerusform>%1: %n point without a time or a position, no activity.</numerusform>
            <numerusform>%1: %n points without a time or a position, no activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::HistoryImportDialog</name>
    <message numerus="yes">
        <source>%n run(s) will be added; %1 row(s) skipped (other sports, or already in the journal).</source>
        <translation>
            <numerusform>%n run will be added; %1 row skipped (other sports, or already in the journal).</numerusform>
            <numerusform>%n runs will be added; %1 rows skipped (other sports, or already in the journal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) added to the journal. Skipped:</source>
        <translation>
            <numerusform>%n run added to the journal. Skipped:</numerusform>
            <numerusform>%n runs added to the journal. Skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n run(s), %1.</source>
        <translation>
            <numerusform>Imported %n run, %1.</numerusform>
            <numerusform>Imported %n runs, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::MileageChart</name>
    <message numerus="yes">
        <source> in %n run(s)</source>
        <translation>
            <numerusform> in %n run</numerusform>
            <numerusform> in %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n week(s) more than 10% up</source>
        <translation>
            <numerusform>, %n week more than 10% up</numerusform>
            <numerusform>, %n weeks more than 10% up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainChart</name>
    <message numerus="yes">
        <source>%1: the knee was worse than the morning before (%n time(s)); the programme stepped back.</source>
        <translation>
            <numerusform>%1: the knee was worse than the morning before (%n time); the programme stepped back.</numerusform>
            <numerusform>%1: the knee was worse than the morning before (%n times); the programme stepped back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::PainMileageChart</name>
    <message numerus="yes">
        <source>%1: %2, mean pain %3 (%n report(s))</source>
        <translation>
            <numerusform>%1: %2, mean pain %3 (%n report)</numerusform>
            <numerusform>%1: %2, mean pain %3 (%n reports)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::ProgressPage</name>
    <message numerus="yes">
        <source>No run in this range has a step rate: %n run(s), typed by hand or from a file without one. Runs imported from a watch or phone app usually carry one.</source>
        <translation>
            <numerusform>No run in this range has a step rate: %n run, typed by hand or from a file without one. Runs imported from a watch or phone app usually carry one.</numerusform>
            <numerusform>No run in this range has a step rate: %n runs, typed by hand or from a file without one. Runs imported from a watch or phone app usually carry one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::RecordTab</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::RoutineList</name>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::SessionPlayer</name>
    <message numerus="yes">
        <source>Next: %n rep(s)</source>
        <translation>
            <numerusform>Next: %n rep</numerusform>
            <numerusform>Next: %n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::SessionRunView</name>
    <message numerus="yes">
        <source>%n rep(s), about %1 s each</source>
        <translation>
            <numerusform>%n rep, about %1 s each</numerusform>
            <numerusform>%n reps, about %1 s each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::TcxParser</name>
    <message numerus="yes">
        <source>%n planned course(s), not recorded activities.</source>
        <translation>
            <numerusform>%n planned course, not recorded activities.</numerusform>
            <numerusform>%n planned courses, not recorded activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) without any time, not imported.</source>
        <translation>
            <numerusform>%n activit(y/ies) without any time, not imported.</numerusform>
            <numerusform>%n activit(y/ies) without any time, not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::TodayPage</name>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · about %n min</numerusform>
            <numerusform>%1 · about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::cli::CsvCommands</name>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n row</numerusform>
            <numerusform>  %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1:</source>
        <translation>
            <numerusform>Exported %n record to %1:</numerusform>
            <numerusform>Exported %n records to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1 into %2:</source>
        <translation>
            <numerusform>Imported %n record from %1 into %2:</numerusform>
            <numerusform>Imported %n records from %1 into %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patella::cli::ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %1: the physiotherapist&apos;s report for %2 to %3, %n page(s) (%4).</source>
        <translation>
            <numerusform>Wrote %1: the physiotherapist&apos;s report for %2 to %3, %n page (%4).</numerusform>
            <numerusform>Wrote %1: the physiotherapist&apos;s report for %2 to %3, %n pages (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message numerus="yes">
        <source>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week: %n day(s) so far.</source>
        <translation>
            <numerusform>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week: %n day so far.</numerusform>
            <numerusform>Single-leg squats come once step-ups have been at their full dose with pain of %1 for a week: %n days so far.</numerusform>
        </translation>
    </message>
</context>
</TS>
