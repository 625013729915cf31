// One Patella per data folder: the lock, the private socket, and the word that raises the first window.
#include "app/shell/instanceguard.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace patella;

namespace {

// Runs the event loop until spy has a signal or a second has passed.
bool waitFor(QSignalSpy& spy)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.isEmpty() && timer.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !spy.isEmpty();
}

} // namespace

TEST(InstanceGuard, TheSecondStartRaisesTheFirstAndTheFolderIsFreeAgainAfterIt)
{
    test::TempDir dir;
    auto first = std::make_unique<InstanceGuard>(dir.path());
    ASSERT_EQ(first->claim(), InstanceGuard::Claim::Acquired);
    QSignalSpy raised(first.get(), &InstanceGuard::raiseRequested);

    // The socket is the user's alone, like every file Patella makes.
    const QFileInfo socket(first->socketPath());
    ASSERT_TRUE(socket.exists()) << first->socketPath().toStdString();
    EXPECT_EQ(
        socket.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions {});

    InstanceGuard second(dir.path());
    EXPECT_EQ(second.claim(), InstanceGuard::Claim::RaisedOther);
    EXPECT_TRUE(waitFor(raised));
    EXPECT_EQ(raised.size(), 1);

    // Asked twice, raised twice.
    InstanceGuard third(dir.path());
    EXPECT_EQ(third.claim(), InstanceGuard::Claim::RaisedOther);
    QElapsedTimer timer;
    timer.start();
    while (raised.size() < 2 && timer.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(raised.size(), 2);

    const QString path = first->socketPath();
    first.reset();
    EXPECT_FALSE(QFileInfo::exists(path)) << "the socket goes with the instance";
    InstanceGuard after(dir.path());
    EXPECT_EQ(after.claim(), InstanceGuard::Claim::Acquired);
}

TEST(InstanceGuard, AnotherFolderIsAnotherInstance)
{
    test::TempDir one;
    test::TempDir other;
    InstanceGuard first(one.path());
    InstanceGuard second(other.path());
    EXPECT_NE(first.socketPath(), second.socketPath());
    EXPECT_EQ(first.claim(), InstanceGuard::Claim::Acquired);
    EXPECT_EQ(second.claim(), InstanceGuard::Claim::Acquired);
}

TEST(InstanceGuard, AHolderThatDoesNotAnswerIsReportedAsSuch)
{
    test::TempDir dir;
    InstanceGuard first(dir.path());
    ASSERT_EQ(first.claim(), InstanceGuard::Claim::Acquired);
    ASSERT_TRUE(QFile::remove(first.socketPath())); // as if its socket were gone
    InstanceGuard second(dir.path());
    EXPECT_EQ(second.claim(), InstanceGuard::Claim::OtherUnreachable);
}

TEST(InstanceGuard, AFolderWhereTheLockCannotBeWrittenFails)
{
    test::TempDir dir;
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("not/there"));
    InstanceGuard guard(missing);
    EXPECT_EQ(guard.claim(), InstanceGuard::Claim::Failed);
    EXPECT_FALSE(guard.errorString().isEmpty());
}
