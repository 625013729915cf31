<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>patella::TodayPage</name>
    <message numerus="yes">
        <source>%1 · about %n min</source>
        <translation>
            <numerusform>%1 · about %n min</numerusform>
            <numerusform>%1 · about %n min</numerusform>
        </translation>
    </message>
</context>
</TS>
