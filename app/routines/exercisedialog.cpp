#include "app/routines/exercisedialog.h"

#include "app/ui/exerciseimage.h"
#include "core/catalog/catalog.h"
#include "core/catalog/customroutines.h"
#include "core/store/customcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace patella {
namespace {

constexpr QSize kPreviewSize(240, 180);

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList lines;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QSpinBox* spinBox(const QString& objectName, const QString& accessibleName, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    // Wider than the limits, so a value outside them is explained by the message rather than refused
    // without a word.
    box->setRange(0, 999);
    box->setSuffix(suffix);
    return box;
}

QPlainTextEdit* linesEdit(const QString& objectName, const QString& accessibleName, const QString& placeholder,
                          QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

ExerciseDialog::ExerciseDialog(CustomCatalog& custom, const Exercise* existing, QWidget* parent)
    : QDialog(parent)
    , m_custom(custom)
{
    setObjectName(QStringLiteral("exerciseDialog"));
    buildForm();
    if (existing && existing->isCustom()) {
        m_new = false;
        m_original = *existing;
        setWindowTitle(tr("Edit exercise"));
    } else {
        m_original.origin = Origin::Runner;
        m_original.perSide = true;
        m_original.dose.holdSeconds = {30, 30};
        m_original.dose.reps = {10, 10};
        m_original.dose.tempoSeconds = 3;
        m_original.dose.sets = {2, 2};
        m_original.dose.restSeconds = 15;
        setWindowTitle(tr("New exercise"));
    }
    load(m_original);
    revalidate();
}

ExerciseDialog::~ExerciseDialog() = default;

void ExerciseDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    m_form = new QFormLayout;
    columns->addLayout(m_form, 3);
    addAboutRows(m_form);
    addDoseRows(m_form);
    addTextRows(m_form);

    auto* side = new QVBoxLayout;
    columns->addLayout(side, 2);
    side->addWidget(buildPictureBox());
    auto* targetsLabel = new QLabel(tr("Muscles it &targets:"), this);
    m_targets = new QListWidget(this);
    m_targets->setObjectName(QStringLiteral("exerciseTargets"));
    m_targets->setAccessibleName(tr("Muscles it targets"));
    targetsLabel->setBuddy(m_targets);
    for (const MuscleGroup& group : m_custom.catalog().muscleGroups()) {
        auto* item = new QListWidgetItem(group.name, m_targets);
        item->setData(Qt::UserRole, group.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    side->addWidget(targetsLabel);
    side->addWidget(m_targets, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exerciseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setForegroundRole(QPalette::LinkVisited);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("exerciseButtons"));
    layout->addWidget(m_buttons);
    connectEdits();
    resize(860, 620);
}

// Name, summary, kind and sides.
void ExerciseDialog::addAboutRows(QFormLayout* about)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("exerciseName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(doselimit::kNameMax + 20); // longer names get the message, not a silent cut
    about->addRow(tr("&Name:"), m_name);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("exerciseSummary"));
    m_summary->setAccessibleName(tr("One-line summary"));
    m_summary->setPlaceholderText(tr("What it is for, in one line (optional)"));
    about->addRow(tr("S&ummary:"), m_summary);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exerciseKind"));
    m_kind->setAccessibleName(tr("Kind"));
    for (ExerciseKind kind : allExerciseKinds())
        m_kind->addItem(displayName(kind), toId(kind));
    about->addRow(tr("&Kind:"), m_kind);
    m_perSide = new QCheckBox(tr("One s&ide at a time (left, then right)"), this);
    m_perSide->setObjectName(QStringLiteral("exercisePerSide"));
    about->addRow(QString(), m_perSide);
}

// Hold or repetitions, with the fields of each (updateDoseFields shows the ones that apply).
void ExerciseDialog::addDoseRows(QFormLayout* about)
{
    m_doseType = new QComboBox(this);
    m_doseType->setObjectName(QStringLiteral("exerciseDoseType"));
    m_doseType->setAccessibleName(tr("Dose"));
    m_doseType->addItem(tr("Hold for a time"), int(DoseType::Hold));
    m_doseType->addItem(tr("Count repetitions"), int(DoseType::Reps));
    about->addRow(tr("&Dose:"), m_doseType);
    const QString seconds = tr(" s");
    m_hold = spinBox(QStringLiteral("exerciseHold"), tr("Hold, seconds"), seconds, this);
    about->addRow(tr("&Hold:"), m_hold);
    m_reps = spinBox(QStringLiteral("exerciseReps"), tr("Repetitions per set"), QString(), this);
    about->addRow(tr("&Repetitions:"), m_reps);
    m_tempo = spinBox(QStringLiteral("exerciseTempo"), tr("Seconds one repetition takes"), seconds, this);
    about->addRow(tr("&One repetition takes:"), m_tempo);
    m_sets = spinBox(QStringLiteral("exerciseSets"), tr("Sets"), QString(), this);
    about->addRow(tr("&Sets:"), m_sets);
    m_rest = spinBox(QStringLiteral("exerciseRest"), tr("Rest between sets, seconds"), seconds, this);
    about->addRow(tr("R&est between sets:"), m_rest);
}

// How-to steps, coaching cues and cautions, one a line.
void ExerciseDialog::addTextRows(QFormLayout* about)
{
    m_steps
        = linesEdit(QStringLiteral("exerciseSteps"), tr("How to do it, one step a line"), tr("One step a line"), this);
    about->addRow(tr("Ho&w to:"), m_steps);
    m_cues = linesEdit(QStringLiteral("exerciseCues"), tr("Coaching cues, one a line"),
                       tr("Shown and spoken during the exercise"), this);
    about->addRow(tr("&Cues:"), m_cues);
    m_cautions = linesEdit(QStringLiteral("exerciseCautions"), tr("Cautions, one a line"),
                           tr("When to ease off or stop"), this);
    about->addRow(tr("C&autions:"), m_cautions);
}

// The preview with Choose and Remove, and whether the right side shows it mirrored.
QGroupBox* ExerciseDialog::buildPictureBox()
{
    auto* pictureBox = new QGroupBox(tr("Picture"), this);
    auto* pictureLayout = new QVBoxLayout(pictureBox);
    m_picture = new QLabel(pictureBox);
    m_picture->setObjectName(QStringLiteral("exercisePicture"));
    m_picture->setMinimumSize(kPreviewSize);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setFrameShape(QFrame::StyledPanel);
    pictureLayout->addWidget(m_picture);
    auto* pictureButtons = new QHBoxLayout;
    m_choosePicture = new QPushButton(tr("Choose &picture…"), pictureBox);
    m_choosePicture->setObjectName(QStringLiteral("exerciseChoosePicture"));
    m_choosePicture->setToolTip(tr("A PNG, JPEG or SVG file of at most 5 MB"));
    m_clearPicture = new QPushButton(tr("Remo&ve picture"), pictureBox);
    m_clearPicture->setObjectName(QStringLiteral("exerciseClearPicture"));
    pictureButtons->addWidget(m_choosePicture);
    pictureButtons->addWidget(m_clearPicture);
    pictureLayout->addLayout(pictureButtons);
    m_mirrored = new QCheckBox(tr("&Mirror it for the right side"), pictureBox);
    m_mirrored->setObjectName(QStringLiteral("exerciseMirrored"));
    pictureLayout->addWidget(m_mirrored);
    return pictureBox;
}

void ExerciseDialog::connectEdits()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExerciseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choosePicture, &QPushButton::clicked, this, &ExerciseDialog::choosePicture);
    connect(m_clearPicture, &QPushButton::clicked, this, &ExerciseDialog::clearPicture);
    connect(m_doseType, &QComboBox::currentIndexChanged, this, &ExerciseDialog::updateDoseFields);
    connect(m_perSide, &QCheckBox::toggled, this, &ExerciseDialog::revalidate);
    for (QLineEdit* edit : {m_name, m_summary})
        connect(edit, &QLineEdit::textChanged, this, &ExerciseDialog::revalidate);
    for (QSpinBox* box : {m_hold, m_reps, m_tempo, m_sets, m_rest})
        connect(box, &QSpinBox::valueChanged, this, &ExerciseDialog::revalidate);
    connect(m_targets, &QListWidget::itemChanged, this, &ExerciseDialog::revalidate);
}

void ExerciseDialog::load(const Exercise& exercise)
{
    m_name->setText(exercise.name);
    m_summary->setText(exercise.summary);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(toId(exercise.kind))));
    m_perSide->setChecked(exercise.perSide);
    m_mirrored->setChecked(exercise.mirrored);
    m_doseType->setCurrentIndex(exercise.dose.type == DoseType::Hold ? 0 : 1);
    m_hold->setValue(exercise.dose.holdSeconds.high);
    m_reps->setValue(exercise.dose.reps.high);
    m_tempo->setValue(exercise.dose.tempoSeconds);
    m_sets->setValue(exercise.dose.sets.high);
    m_rest->setValue(exercise.dose.restSeconds);
    m_steps->setPlainText(exercise.steps.join(QLatin1Char('\n')));
    m_cues->setPlainText(exercise.cues.join(QLatin1Char('\n')));
    m_cautions->setPlainText(exercise.cautions.join(QLatin1Char('\n')));
    for (int row = 0; row < m_targets->count(); ++row) {
        QListWidgetItem* item = m_targets->item(row);
        item->setCheckState(exercise.targets.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    m_imagePath = exercise.imagePath;
    showPicture();
    updateDoseFields();
}

void ExerciseDialog::updateDoseFields()
{
    const bool hold = m_doseType->currentData().toInt() == int(DoseType::Hold);
    m_form->setRowVisible(m_hold, hold);
    m_form->setRowVisible(m_reps, !hold);
    m_form->setRowVisible(m_tempo, !hold);
    revalidate();
}

Exercise ExerciseDialog::exercise() const
{
    Exercise e = m_original;
    e.name = m_name->text().trimmed();
    e.summary = m_summary->text().trimmed();
    e.kind = exerciseKindFromId(m_kind->currentData().toString()).value_or(ExerciseKind::Stretch);
    e.perSide = m_perSide->isChecked();
    e.mirrored = m_mirrored->isChecked();
    e.dose.type = m_doseType->currentData().toInt() == int(DoseType::Hold) ? DoseType::Hold : DoseType::Reps;
    const bool hold = e.dose.type == DoseType::Hold;
    e.dose.holdSeconds = hold ? IntRange {m_hold->value(), m_hold->value()} : IntRange {};
    e.dose.reps = hold ? IntRange {} : IntRange {m_reps->value(), m_reps->value()};
    e.dose.tempoSeconds = hold ? 0 : m_tempo->value();
    e.dose.sets = {m_sets->value(), m_sets->value()};
    e.dose.restSeconds = m_rest->value();
    e.steps = linesOf(m_steps);
    e.cues = linesOf(m_cues);
    e.cautions = linesOf(m_cautions);
    e.targets.clear();
    for (int row = 0; row < m_targets->count(); ++row) {
        if (m_targets->item(row)->checkState() == Qt::Checked)
            e.targets.append(m_targets->item(row)->data(Qt::UserRole).toString());
    }
    e.imagePath = m_imagePath;
    if (m_new)
        e.id = newCustomId(e.name, m_custom.catalog());
    return e;
}

QString ExerciseDialog::describeField(const QString& path) const
{
    if (path == QLatin1String("name") || path == QLatin1String("id"))
        return tr("Name");
    if (path == QLatin1String("dose.") + field::holdSeconds)
        return tr("Hold (seconds)");
    if (path == QLatin1String("dose.") + field::reps)
        return tr("Repetitions");
    if (path == QLatin1String("dose.") + field::tempoSeconds)
        return tr("One repetition takes (seconds)");
    if (path == QLatin1String("dose.") + field::sets)
        return tr("Sets");
    if (path == QLatin1String("dose.") + field::restSeconds)
        return tr("Rest between sets (seconds)");
    if (path.startsWith(QLatin1String("targets")))
        return tr("Muscles it targets");
    return path;
}

void ExerciseDialog::revalidate()
{
    QString text = m_pictureProblem;
    if (text.isEmpty()) {
        const Exercise e = exercise();
        if (const Result<void> valid = validateCustomExercise(e, m_custom.catalog()); !valid)
            text = tr("%1: %2").arg(describeField(valid.error().field), valid.error().message);
    }
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
}

QString ExerciseDialog::problem() const
{
    return m_problem->text();
}

void ExerciseDialog::showPicture()
{
    // Drawn from the bytes that will be stored, so the preview is what the Library will show.
    QImage image;
    const qreal ratio = devicePixelRatioF();
    if (!m_image.bytes.isEmpty())
        image = exerciseimage::renderBytes(m_image.bytes, kPreviewSize * ratio);
    else if (!m_imagePath.isEmpty())
        image = exerciseimage::render(m_imagePath, kPreviewSize * ratio);
    if (image.isNull()) {
        m_picture->setPixmap(QPixmap());
        m_picture->setText(tr("No picture: a neutral placeholder is shown"));
        m_picture->setAccessibleName(tr("No picture"));
    } else {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(ratio);
        m_picture->setPixmap(pixmap);
        m_picture->setAccessibleName(tr("The exercise's picture"));
    }
    m_clearPicture->setEnabled(hasPicture());
}

bool ExerciseDialog::hasPicture() const
{
    return !m_image.bytes.isEmpty() || !m_imagePath.isEmpty();
}

bool ExerciseDialog::setPictureFile(const QString& path)
{
    const Result<ProgrammeImage> loaded = exerciseimage::loadFile(path);
    if (!loaded) {
        m_pictureProblem = tr("Picture: %1").arg(loaded.error().text());
        revalidate();
        return false;
    }
    m_pictureProblem.clear();
    m_image = loaded.value();
    m_imagePath.clear();
    showPicture();
    revalidate();
    return true;
}

void ExerciseDialog::clearPicture()
{
    m_image = {};
    m_imagePath.clear();
    m_pictureProblem.clear();
    showPicture();
    revalidate();
}

void ExerciseDialog::choosePicture()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    if (!path.isEmpty())
        setPictureFile(path);
}

void ExerciseDialog::accept()
{
    revalidate();
    if (!problem().isEmpty())
        return;
    const Result<QString> saved = m_custom.saveExercise(exercise(), m_image);
    if (!saved) {
        m_problem->setText(tr("Not saved: %1").arg(saved.error().text()));
        m_problem->setVisible(true);
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace patella
