#pragma once

#include <QDateTime>

#include <chrono>

namespace patella {

// Where Patella learns the time. Injected everywhere so tests run on a fixed reference date.
// Wall time (now) is for dating journal entries; monotonic time (elapsed) is for measuring durations.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0;
    virtual std::chrono::milliseconds elapsed() const = 0;

    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    std::chrono::milliseconds elapsed() const override;
};

// A clock that only moves when told to: the tests' clock.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }

    QDateTime now() const override { return m_now.addMSecs(m_elapsed.count()); }
    std::chrono::milliseconds elapsed() const override { return m_elapsed; }

    void advance(std::chrono::milliseconds by) { m_elapsed += by; }
    void setNow(QDateTime now)
    {
        m_now = std::move(now);
        m_elapsed = {};
    }

private:
    QDateTime m_now;
    std::chrono::milliseconds m_elapsed {0};
};

} // namespace patella
