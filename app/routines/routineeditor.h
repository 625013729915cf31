#pragma once

#include "core/catalog/routinedraft.h"

#include <QDialog>

#include <functional>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace patella {

class CustomCatalog;

// Session > New routine… and "Duplicate and edit" / "Edit…" in the Library: pick exercises from the
// catalog and the runner's own (search and kind filter as in the Library), order them by drag and drop or
// Alt+Up/Down, and set each one's sides, sets, hold or reps, two-part hold, rests and get-ready time. The
// total follows every edit; Ctrl+Z and Ctrl+Shift+Z undo and redo; the message under the form names the
// exercise, the field and the limit, and Save waits for it. A routine longer than 90 minutes asks first.
class RoutineEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineEditor)

public:
    // source: nullptr for a new routine; a built-in routine is duplicated, one of the runner's is edited.
    RoutineEditor(CustomCatalog& custom, const Routine* source, QWidget* parent = nullptr);
    ~RoutineEditor() override;

    const RoutineDraft& draft() const { return *m_draft; }
    QString problem() const;
    QString savedId() const { return m_savedId; }
    // Asked before saving a routine over 90 minutes; by default a message box. Tests answer it.
    void setConfirmLong(std::function<bool(int minutes)> confirm) { m_confirmLong = std::move(confirm); }

    bool eventFilter(QObject* watched, QEvent* event) override;

public slots:
    void accept() override;
    void addSelectedExercise();
    void moveCurrent(int by); // -1 up, +1 down
    void removeCurrent();
    void undo();
    void redo();

private:
    QLayout* buildAbout(); // name and description
    QLayout* buildPlanRow();
    QLayout* buildButtonRow(); // undo, redo, save, cancel
    void connectEdits();
    void buildPicker(QWidget* parent, QBoxLayout* layout);
    void buildItems(QWidget* parent, QBoxLayout* layout);
    void buildItemForm(QWidget* parent, QBoxLayout* layout);
    void filterPicker();
    void refreshItems(int current); // the list from the draft, then the form and the totals
    void showItem(int index);
    void applyItemForm();
    void refreshSummary();
    int currentRow() const;

    CustomCatalog& m_custom;
    std::unique_ptr<RoutineDraft> m_draft;
    std::function<bool(int)> m_confirmLong;
    QString m_savedId;
    bool m_loading = false; // the form is being filled from the draft: its signals are no edits

    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_targetFilter = nullptr;
    QListWidget* m_picker = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_items = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_itemForm = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_itemTitle = nullptr;
    QComboBox* m_sides = nullptr;
    QCheckBox* m_fixedDose = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_reps = nullptr;
    QCheckBox* m_useParts = nullptr;
    QSpinBox* m_rest = nullptr;
    QSpinBox* m_restAfter = nullptr;
    QSpinBox* m_getReady = nullptr;
    QComboBox* m_planUse = nullptr;
    QComboBox* m_standsFor = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace patella
