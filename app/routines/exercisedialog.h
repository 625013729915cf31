#pragma once

#include "core/catalog/exercise.h"
#include "core/catalog/programmefile.h"
#include "core/model/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace patella {

class CustomCatalog;

// Library > New exercise… (and Edit… on one of the runner's own): name, kind, one side at a time or not,
// hold or reps with the default dose, how-to steps, coaching cues, cautions, the muscles it targets, and a
// picture from a PNG, JPEG or SVG file (or the neutral placeholder). Every field is checked as it is
// typed by customroutines.h's rules; the message names the field and the limit, and Save waits for it.
class ExerciseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseDialog)

public:
    // existing: one of the runner's exercises to edit; nullptr makes a new one.
    ExerciseDialog(CustomCatalog& custom, const Exercise* existing, QWidget* parent = nullptr);
    ~ExerciseDialog() override;

    // The exercise as the form describes it (the id made from the name when new).
    Exercise exercise() const;
    // The problem shown under the form, empty when the exercise can be saved.
    QString problem() const;
    // Takes the picture from a file (what Choose picture… does after its file dialog); false, with the
    // reason shown and returned in problem(), when the file cannot be used.
    bool setPictureFile(const QString& path);
    void clearPicture();
    bool hasPicture() const;
    // The id it was saved under, after accept().
    QString savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void buildForm();
    void addAboutRows(QFormLayout* about);
    void addDoseRows(QFormLayout* about);
    void addTextRows(QFormLayout* about);
    QGroupBox* buildPictureBox();
    void connectEdits();
    void load(const Exercise& exercise);
    void updateDoseFields();
    void revalidate();
    void showPicture();
    QString describeField(const QString& path) const;
    void choosePicture();

    CustomCatalog& m_custom;
    Exercise m_original;
    bool m_new = true;
    ProgrammeImage m_image; // a newly chosen picture, until it is saved
    QString m_imagePath; // the stored picture kept from before; empty when none or cleared
    QString m_pictureProblem;
    QString m_savedId;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_summary = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_perSide = nullptr;
    QCheckBox* m_mirrored = nullptr;
    QComboBox* m_doseType = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_tempo = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_rest = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QPlainTextEdit* m_cues = nullptr;
    QPlainTextEdit* m_cautions = nullptr;
    QListWidget* m_targets = nullptr;
    QLabel* m_picture = nullptr;
    QPushButton* m_choosePicture = nullptr;
    QPushButton* m_clearPicture = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace patella
