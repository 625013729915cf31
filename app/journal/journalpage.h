#pragma once

#include "app/journal/journalcommands.h"
#include "core/model/records.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace patella {

struct AppContext;
class FlexModel;
class PainModel;
class RecordDialog;
class RecordTab;
class RunModel;
class SessionModel;
class ShoeModel;
class WeeklyTotalModel;

// The Journal: one tab each for pain, runs (with weekly totals), flexibility checks, sessions and shoes, a
// date-range filter for all of them, add/edit/delete through forms, and Undo (Ctrl+Z) for every change made
// here. The weekly check-in starts from here too, and the Today page can open it with openCheckIn().
class JournalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    enum class Tab
    {
        Pain,
        Runs,
        Flexibility,
        Sessions,
        Shoes,
    };

    JournalPage(AppContext& context, QWidget* parent = nullptr);
    ~JournalPage() override;

    QUndoStack* undoStack() const { return m_undo; }
    RecordTab* tab(Tab which) const;
    RecordTab* weeklyTotalsTab() const { return m_totalsTab; }
    void showTab(Tab which);

    // True on the runner's check-in day while this week has no check-in yet.
    bool checkInDue() const;

public slots:
    void openCheckIn();
    void refreshCheckInOffer();

signals:
    void checkInSaved();

private:
    QWidget* buildHeader();
    QWidget* buildRunsTab();
    void connectTabs();
    void applyRange();
    CommandContext commandContext();
    void report(const Error& error);
    void say(const QString& text);

    void addPain();
    void editPain(RecordId id);
    void addRun();
    void editRun(RecordId id);
    void addWeeklyTotal();
    void editWeeklyTotal(RecordId id);
    void addFlex();
    void editFlex(RecordId id);
    void addSession();
    void editSession(RecordId id);
    void addShoe();
    void editShoe(RecordId id);

    // Opens the dialog (not modal for the event loop: tests drive it) and writes through the store on OK.
    template <typename R, typename Read> void openAdd(RecordDialog* dialog, Read read, const QString& what);
    template <typename R, typename Read>
    void openEdit(RecordDialog* dialog, const R& before, Read read, const QString& what);
    template <typename R> void confirmDelete(const R& record, const QString& description, const QString& what);

    AppContext& m_context;
    std::shared_ptr<RecordIds> m_ids;
    QUndoStack* m_undo = nullptr;
    PainModel* m_painModel = nullptr;
    RunModel* m_runModel = nullptr;
    WeeklyTotalModel* m_totalModel = nullptr;
    FlexModel* m_flexModel = nullptr;
    SessionModel* m_sessionModel = nullptr;
    ShoeModel* m_shoeModel = nullptr;
    QTabWidget* m_tabs = nullptr;
    RecordTab* m_painTab = nullptr;
    RecordTab* m_runTab = nullptr;
    RecordTab* m_totalsTab = nullptr;
    RecordTab* m_flexTab = nullptr;
    RecordTab* m_sessionTab = nullptr;
    RecordTab* m_shoeTab = nullptr;
    QComboBox* m_range = nullptr;
    QPushButton* m_undoButton = nullptr;
    QFrame* m_checkInBanner = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace patella
