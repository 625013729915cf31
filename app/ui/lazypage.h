#pragma once

#include <QList>
#include <QWidget>

#include <functional>

namespace patella {

// A page that is built the first time it is shown (or asked for), so the pages a runner has not opened yet
// cost nothing at start: the Journal and Progress pages read years of records. Work that needs the page
// (a connection, a call) goes through whenBuilt(): it runs at once if the page exists, or right after it is
// built otherwise.
class LazyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyPage)

public:
    using Builder = std::function<QWidget*(QWidget* parent)>;

    // objectName: the slot's own name ("journalSlot"); the built page keeps the name it gives itself.
    LazyPage(const QString& objectName, Builder build, QWidget* parent = nullptr);

    bool isBuilt() const { return m_page != nullptr; }
    QWidget* page(); // builds it if needed
    void whenBuilt(std::function<void(QWidget* page)> then);

signals:
    void built(QWidget* page);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Builder m_build;
    QWidget* m_page = nullptr;
    QList<std::function<void(QWidget*)>> m_pending;
};

} // namespace patella
