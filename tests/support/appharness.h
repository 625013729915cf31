#pragma once

#include "app/ui/appcontext.h"
#include "tests/support/testjournal.h"

namespace patella::test {

// A TestJournal with the AppContext every page is built from (app tests only).
class AppHarness : public TestJournal
{
public:
    AppHarness()
        : AppHarness(Options {})
    {
    }
    explicit AppHarness(const Options& options)
        : TestJournal(options)
    {
    }

    AppContext context {clock, catalog, store, preferences, dir.path()};
};

} // namespace patella::test
