#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace patella {

// A readable failure: which field (or file, or entry) and what is wrong with it.
struct Error
{
    QString field; // e.g. "score", "distance", "catalog: quad-stretch.dose.holdSeconds"
    QString message; // a sentence a person can read; already translated where it reaches the UI
    int code = 0; // the cause as the failing layer numbers it (the store: SQLite's primary result code), 0 if none

    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// std::expected-style result (C++23 is not available on GCC 12).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace patella
