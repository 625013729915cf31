#pragma once

#include "app/presentation/checkinanswers.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace patella {

// The function score (Patient-Specific Functional Scale): the runner's own activities that the knee makes
// hard, each rated 0 (cannot do it) to 10 (as well as before). The activities asked so far come back with an
// empty score and a "no longer ask" box; empty rows take new ones. Left wholly empty, the round is skipped.
class CheckInFunctionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInFunctionPage)

public:
    CheckInFunctionPage(QList<PsfsActivity> asked, QDate today, QWidget* parent = nullptr);

    bool isComplete() const override;
    void collect(CheckInAnswers& answers) const;
    QString problem() const; // why Next is off, or empty

private:
    struct Row
    {
        RecordId activityId = NoId;
        QString title; // an asked activity's name
        QLineEdit* name = nullptr; // new activities only
        QLineEdit* score = nullptr;
        QCheckBox* retire = nullptr; // asked activities only
    };

    void check();
    bool isEmpty() const;
    std::optional<PsfsRound> round(QString* problem) const;

    QList<PsfsActivity> m_asked;
    QDate m_today;
    QList<Row> m_rows;
    QLabel* m_message = nullptr;
    QString m_problem;
    bool m_valid = true;
};

} // namespace patella
