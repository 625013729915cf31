#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

#include <utility>

namespace patella::sql {

Error databaseError(const QString& what, const QString& detail, int code)
{
    return Error {QStringLiteral("journal"),
                  QCoreApplication::translate("JournalStore", "The journal could not %1: %2").arg(what, detail), code};
}

int resultCode(const QSqlError& error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    if (ok && native != 0)
        return native & 0xff; // extended codes carry the primary one in their low byte
    // Qt reports a failed COMMIT or BEGIN without the code: SQLite's own (untranslated) texts say it.
    static const std::pair<const char*, int> texts[] = {
        {"database or disk is full", code::Full},
        {"database is locked", code::Busy},
        {"database table is locked", code::Locked},
        {"unable to open database file", code::CantOpen},
        {"database disk image is malformed", code::Corrupt},
        {"file is not a database", code::NotADatabase},
    };
    const QString text = error.databaseText();
    for (const auto& [message, primary] : texts) {
        if (text.contains(QLatin1String(message)))
            return primary;
    }
    return 0;
}

QString errorText(const QSqlError& error)
{
    switch (resultCode(error)) {
    case code::Busy:
    case code::Locked:
        return QCoreApplication::translate("JournalStore",
                                           "it is in use by another program. Wait a moment and try again");
    case code::Full:
        return QCoreApplication::translate("JournalStore", "the disk is full. Free some space and try again");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QCoreApplication::translate("JournalStore", "unknown database error") : text;
}

Result<QSqlQuery> prepare(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(QCoreApplication::translate("JournalStore", "prepare a statement"),
                             errorText(query.lastError()), resultCode(query.lastError()));
    return query;
}

Result<void> exec(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return databaseError(QCoreApplication::translate("JournalStore", "run a statement"),
                             errorText(query.lastError()), resultCode(query.lastError()));
    return {};
}

Result<QSqlQuery> run(QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = prepare(db, statement);
    if (!query)
        return query.error();
    if (auto done = exec(query.value(), values); !done)
        return done.error();
    return std::move(query).value();
}

Result<void> runAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (auto done = run(db, statement); !done)
            return done.error();
    }
    return {};
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Result<void> Transaction::begin()
{
    if (!m_db.transaction())
        return databaseError(QCoreApplication::translate("JournalStore", "start a transaction"),
                             errorText(m_db.lastError()), resultCode(m_db.lastError()));
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_db.commit())
        return databaseError(QCoreApplication::translate("JournalStore", "commit a transaction"),
                             errorText(m_db.lastError()), resultCode(m_db.lastError()));
    m_open = false;
    return {};
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    // The views read thousands of these: parse "yyyy-MM-dd" directly, fall back to Qt for anything else.
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        int digits[8];
        int n = 0;
        for (qsizetype i = 0; i < 10; ++i) {
            if (i == 4 || i == 7)
                continue;
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9)
                return QDate::fromString(text, Qt::ISODate);
            digits[n++] = digit;
        }
        return QDate(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                     digits[6] * 10 + digits[7]);
    }
    return QDate::fromString(text, Qt::ISODate);
}

QVariant instantValue(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QDateTime instantFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> optionalIntFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant optionalId(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> optionalIdFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant optionalDate(const std::optional<QDate>& value)
{
    return value ? dateValue(*value) : QVariant();
}

std::optional<QDate> optionalDateFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QDate>(dateFrom(value));
}

QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

std::optional<bool> optionalBoolFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant rangeFrom(QDate from)
{
    return from.isValid() ? dateValue(from) : QVariant(QStringLiteral("0000-01-01"));
}

QVariant rangeTo(QDate to)
{
    return to.isValid() ? dateValue(to) : QVariant(QStringLiteral("9999-12-31"));
}

} // namespace patella::sql
