#include "tests/support/testsupport.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // gtest_discover_tests runs this binary at build time, where there may be no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The cues' module (patella-cues.so) is built next to the program, not beside the tests.
    if (qEnvironmentVariableIsEmpty("PATELLA_MODULE_DIR"))
        qputenv("PATELLA_MODULE_DIR", PATELLA_TEST_MODULE_DIR);
    QApplication app(argc, argv);
    patella::test::prepareTestEnvironment();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
