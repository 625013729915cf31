#include <QLocale>

#include <gtest/gtest.h>

namespace {

// Reasons are written in the default locale; the tests read them in a fixed one.
class LocaleEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override { QLocale::setDefault(QLocale::c()); }
};

[[maybe_unused]] ::testing::Environment* const kLocale = ::testing::AddGlobalTestEnvironment(new LocaleEnvironment);

} // namespace
