#pragma once

#include "tests/support/appharness.h"

#include <gtest/gtest.h>

namespace patella::test {

// The Journal page's tests: the shared harness (a real journal file, the fixed clock, the real catalog and
// preferences, AppContext) as a gtest fixture.
class JournalFixture : public ::testing::Test, protected AppHarness
{
};

} // namespace patella::test
