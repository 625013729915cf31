#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace patella {

class JournalStore;

// Across the top of Today when the journal could not be read: the error (which names the file), that
// nothing is saved until it reads again, and Try again (JournalStore::recheck()). Hidden while it reads.
class JournalErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalErrorBanner)

public:
    explicit JournalErrorBanner(JournalStore& store, QWidget* parent = nullptr);

    void showFault();

private:
    JournalStore& m_store;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace patella
