#pragma once

#include "app/sessionplayer/sessionpage.h"
#include "core/session/sessionplayer.h"
#include "core/store/journalstore.h"
#include "tests/support/appharness.h"

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

// A real Session page on a FixedClock, the real catalog, and a journal file in a temp folder. play()
// moves the clock to each of the player's events in turn, as the page's timer would, so a routine of
// minutes plays in milliseconds.
namespace patella::test {

struct PageHarness : AppHarness
{
    PageHarness()
        : AppHarness(Options {.programmeStart = referenceDate(), .journalPath = {}, .checkIllustrations = true})
    {
        page = std::make_unique<SessionPage>(context);
        page->resize(1280, 800);
        page->show();
        page->setFocus();
    }

    const SessionPlayer& player() const { return *page->player(); }
    SessionPhase phase() const { return page->player() ? page->player()->phase() : SessionPhase::NotStarted; }

    // Moves the clock by ms in steps no longer than the player's next event, updating on the way.
    void advance(qint64 ms)
    {
        while (ms > 0) {
            const auto next = page->player() ? page->player()->msUntilNextEvent() : std::nullopt;
            const qint64 step = next ? std::clamp<qint64>(next->count(), 1, ms) : ms;
            clock.advance(std::chrono::milliseconds(step));
            page->processClock();
            ms -= step;
        }
    }
    // Plays timed phases until the player waits for the runner (reps, pain, a choice) or is done.
    void playUntilWaiting()
    {
        for (int guard = 0; guard < 10000; ++guard) {
            const auto next = page->player() ? page->player()->msUntilNextEvent() : std::nullopt;
            if (!next)
                return;
            clock.advance(std::max(*next, std::chrono::milliseconds(1)));
            page->processClock();
        }
        ADD_FAILURE() << "the session never waited";
    }
    // Plays until the given phase starts (or the player waits).
    void playUntil(SessionPhase wanted)
    {
        for (int guard = 0; guard < 10000 && phase() != wanted; ++guard) {
            const auto next = page->player() ? page->player()->msUntilNextEvent() : std::nullopt;
            if (!next)
                return;
            clock.advance(std::max(*next, std::chrono::milliseconds(1)));
            page->processClock();
        }
    }

    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(page.get(), k, modifiers); }
    void key(char c) { QTest::keyClick(page.get(), c); }

    QString text(const char* objectName) const
    {
        const auto* label = page->findChild<QLabel*>(QLatin1String(objectName));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
    }

    // The journal as a fresh reader sees it on disk.
    template <typename R> QList<R> stored()
    {
        JournalStore reader(clock);
        const Result<void> opened = reader.open(journalPath());
        EXPECT_TRUE(opened.ok());
        Result<QList<R>> rows = reader.list<R>();
        EXPECT_TRUE(rows.ok());
        return rows ? rows.value() : QList<R>();
    }

    Preferences& prefs = preferences;
    std::unique_ptr<SessionPage> page;
};

} // namespace patella::test
