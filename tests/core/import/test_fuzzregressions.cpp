#include "core/import/fitdecoder.h"
#include "core/import/gzip.h"
#include "tests/fuzz/fuzzchecks.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

// Every input that once crashed a fuzzer (tests/fixtures/fuzz/<target>/) is replayed here in every build:
// it must give a readable error or activities that keep the parsers' promises.
using namespace patella;

namespace {

QList<QByteArray> inputs(const QString& target)
{
    QList<QByteArray> out;
    const QDir dir(QStringLiteral(PATELLA_FUZZ_REGRESSIONS) + QLatin1Char('/') + target);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
        else
            ADD_FAILURE() << "cannot read " << name.toStdString();
    }
    return out;
}

} // namespace

TEST(FuzzRegressions, FitInputsThatOnceCrashedAreHandled)
{
    const QList<QByteArray> all = inputs(QStringLiteral("fuzz_fit"));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const char* problem = fuzz::violation(decodeFit(all[i], QStringLiteral("regression.fit")));
        EXPECT_EQ(problem, nullptr) << "input " << i << ": " << problem;
    }
}

TEST(FuzzRegressions, GzipInputsThatOnceCrashedAreHandled)
{
    for (const QByteArray& input : inputs(QStringLiteral("fuzz_gzip"))) {
        const Result<QByteArray> result = gunzip(input, QStringLiteral("regression.gz"), 4 * 1024 * 1024);
        EXPECT_TRUE(result || !result.error().message.isEmpty());
    }
}
