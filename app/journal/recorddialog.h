#pragma once

#include "core/model/result.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTime;
class QTimeEdit;

namespace patella {

// The frame of every journal form: fields in a form layout, each with an inline message under it that names
// what is wrong as the runner types (once that field was changed); OK stays disabled until every field reads well. On
// OK the page's submit hook writes to the store; if the store refuses, its reason is shown under the field it names and
// the dialog stays open.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    using Submit = std::function<std::optional<Error>()>;

    void setSubmit(Submit submit) { m_submit = std::move(submit); }

    // The message shown under a field ("" when it reads well); for tests and screen readers.
    QString fieldMessage(const QString& key) const;
    QPushButton* okButton() const;

    // Shows an error from the store under the field it names (or above the buttons).
    void showStoreError(const Error& error);

public slots:
    void revalidate();

protected:
    RecordDialog(const QString& title, QWidget* parent);
    ~RecordDialog() override;

    // Adds a labelled field with its message line; the field's objectName becomes key.
    void addField(const char* key, const QString& label, QWidget* field);
    // A store field name that belongs to one of ours ("localDate" is shown under "date").
    void addAlias(const char* storeField, const char* key);
    QLineEdit* lineEdit(const char* key, const QString& placeholder = {});
    QDateEdit* dateEdit(const char* key);
    // Hours and minutes in the locale's short form; the seconds are dropped (nobody logs them).
    QTimeEdit* timeEdit(QTime time);
    // A field that addField cannot watch itself tells the dialog it was changed.
    void fieldEdited(const QString& key);
    QFormLayout* form() const { return m_form; }

    // The field errors of what is typed now; empty when the record can be written.
    virtual QList<Error> check() const = 0;

private:
    void submit();
    void watch(QWidget* field);
    bool shows(const QString& key) const;

    QFormLayout* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_general = nullptr;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QString> m_labels;
    QHash<QString, QString> m_aliases;
    // Messages wait until the runner changed a field or pressed OK, so a new form does not open in red.
    QSet<QString> m_touched;
    bool m_attempted = false;
    Submit m_submit;
};

} // namespace patella
