#pragma once

#include "core/model/records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace patella {

class PainScale;
class Preferences;

// Pain logged in two clicks: a score on the 0-10 scale, then Save. Situation and side keep the last choice.
class PainQuickLog final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainQuickLog)

public:
    // remembered: the data folder's settings, where the last situation and side are kept.
    explicit PainQuickLog(Preferences& remembered, QWidget* parent = nullptr);

    int score() const; // -1 until one is picked
    PainSituation situation() const;
    Side side() const;

    void reset();
    void showResult(const QString& text, bool ok);

signals:
    void saveRequested(int score, patella::PainSituation situation, patella::Side side);

private:
    PainScale* m_scores = nullptr;
    QComboBox* m_situation = nullptr;
    QComboBox* m_side = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_result = nullptr;
    Preferences& m_remembered;
};

} // namespace patella
