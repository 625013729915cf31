#include "app/settings/settingspage.h"

#include "app/ui/formatting.h"
#include "app/ui/pagetitle.h"
#include "core/model/language.h"
#include "core/model/preferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace patella {
namespace {

QSlider* volumeSlider(int value, QWidget* parent)
{
    auto* slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, 100);
    slider->setValue(value);
    slider->setPageStep(10);
    slider->setMinimumWidth(180);
    return slider;
}

void addFolderItem(QListWidget* list, const QString& folder)
{
    auto* item = new QListWidgetItem(QDir::toNativeSeparators(folder), list);
    item->setData(Qt::UserRole, folder);
    item->setToolTip(QDir::toNativeSeparators(folder));
}

} // namespace

SettingsPage::SettingsPage(Preferences& preferences, const QString& dataDir, QWidget* parent)
    : QWidget(parent)
    , m_prefs(preferences)
    , m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(32, 28, 32, 28);
    column->setSpacing(16);

    column->addWidget(ui::pageTitle(tr("Settings"), content));

    for (QWidget* group :
         {buildUnits(), buildProgramme(), buildSession(), buildReminders(), buildImportFolders(), buildData()}) {
        group->setMaximumWidth(720);
        column->addWidget(group);
    }
    column->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget* SettingsPage::buildUnits()
{
    auto* box = new QGroupBox(tr("Display"));
    auto* km = new QRadioButton(tr("Kilometres"), box);
    auto* mi = new QRadioButton(tr("Miles"), box);
    km->setObjectName(QStringLiteral("unitKilometres"));
    mi->setObjectName(QStringLiteral("unitMiles"));
    (m_prefs.distanceUnit() == DistanceUnit::Miles ? mi : km)->setChecked(true);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* row = new QHBoxLayout;
    row->addWidget(km);
    row->addWidget(mi);
    row->addStretch();
    form->addRow(tr("Distances in"), row);
    connect(mi, &QRadioButton::toggled, this,
            [this](bool on) { m_prefs.setDistanceUnit(on ? DistanceUnit::Miles : DistanceUnit::Kilometres); });

    auto* appearance = new QComboBox(box);
    appearance->setObjectName(QStringLiteral("appearance"));
    appearance->addItem(tr("Follow the desktop"), static_cast<int>(Preferences::Appearance::System));
    appearance->addItem(tr("Light"), static_cast<int>(Preferences::Appearance::Light));
    appearance->addItem(tr("Dark"), static_cast<int>(Preferences::Appearance::Dark));
    appearance->setCurrentIndex(appearance->findData(static_cast<int>(m_prefs.appearance())));
    connect(appearance, &QComboBox::currentIndexChanged, this, [this, appearance](int) {
        m_prefs.setAppearance(static_cast<Preferences::Appearance>(appearance->currentData().toInt()));
    });
    form->addRow(tr("Appearance"), appearance);

    // Each language is listed in its own name, so a runner finds theirs whatever Patella shows now.
    auto* languageBox = new QComboBox(box);
    languageBox->setObjectName(QStringLiteral("language"));
    languageBox->addItem(tr("Follow the system"), QString());
    for (const language::Language& choice : language::supported())
        languageBox->addItem(choice.nativeName, choice.code);
    languageBox->setCurrentIndex(std::max(0, languageBox->findData(language::storedChoice(m_prefs.filePath()))));
    auto* languageNote = new QLabel(tr("Patella changes language the next time it starts."), box);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    connect(languageBox, &QComboBox::currentIndexChanged, this, [this, languageBox](int) {
        language::storeChoice(m_prefs.filePath(), languageBox->currentData().toString());
    });
    form->addRow(tr("Language"), languageBox);
    form->addRow(QString(), languageNote);
    return box;
}

QWidget* SettingsPage::buildProgramme()
{
    auto* box = new QGroupBox(tr("Recovery programme"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    auto* start = new QDateEdit(m_prefs.programmeStart(), box);
    start->setObjectName(QStringLiteral("programmeStart"));
    start->setCalendarPopup(true);
    start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(start, &QDateEdit::dateChanged, this, [this](QDate d) { m_prefs.setProgrammeStart(d); });
    form->addRow(tr("Programme started on"), start);
    auto* startHelp = new QLabel(tr("Weeks one and two are gentle stretching twice a day; light strength work is "
                                    "added from week three."),
                                 box);
    startHelp->setWordWrap(true);
    startHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), startHelp);

    auto* day = new QComboBox(box);
    day->setObjectName(QStringLiteral("checkInDay"));
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        day->addItem(QLocale().standaloneDayName(d), d);
    day->setCurrentIndex(day->findData(static_cast<int>(m_prefs.checkInDay())));
    connect(day, &QComboBox::currentIndexChanged, this,
            [this, day](int) { m_prefs.setCheckInDay(static_cast<Qt::DayOfWeek>(day->currentData().toInt())); });
    form->addRow(tr("Weekly check-in day"), day);

    auto* function = new QComboBox(box);
    function->setObjectName(QStringLiteral("functionScoreEvery"));
    function->addItem(tr("Every check-in"), 1);
    function->addItem(tr("Every second week"), 2);
    function->setCurrentIndex(function->findData(m_prefs.functionScoreEveryWeeks()));
    function->setToolTip(tr("How often the check-in asks you to rate the activities the knee makes hard "
                            "(the Patient-Specific Functional Scale)."));
    connect(function, &QComboBox::currentIndexChanged, this,
            [this, function](int) { m_prefs.setFunctionScoreEveryWeeks(function->currentData().toInt()); });
    form->addRow(tr("Function score"), function);
    return box;
}

QWidget* SettingsPage::buildSession()
{
    auto* box = new QGroupBox(tr("Session cues"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    auto* sounds = new QCheckBox(tr("Tones for the countdown and each new phase"), box);
    sounds->setObjectName(QStringLiteral("soundsEnabled"));
    sounds->setChecked(m_prefs.soundsEnabled());
    auto* soundVolume = volumeSlider(m_prefs.soundVolume(), box);
    soundVolume->setObjectName(QStringLiteral("soundVolume"));
    soundVolume->setEnabled(sounds->isChecked());
    auto* testSound = new QPushButton(tr("Play a tone"), box);
    connect(sounds, &QCheckBox::toggled, this, [this, soundVolume](bool on) {
        m_prefs.setSoundsEnabled(on);
        soundVolume->setEnabled(on);
    });
    connect(soundVolume, &QSlider::valueChanged, this, [this](int v) { m_prefs.setSoundVolume(v); });
    connect(testSound, &QPushButton::clicked, this, &SettingsPage::testSoundRequested);
    auto* soundRow = new QHBoxLayout;
    soundRow->addWidget(soundVolume);
    soundRow->addWidget(testSound);
    soundRow->addStretch();
    form->addRow(sounds);
    form->addRow(tr("Tone volume"), soundRow);

    auto* voice = new QCheckBox(tr("Spoken cues (\"switch sides\", \"rest\", the next exercise)"), box);
    voice->setObjectName(QStringLiteral("voiceEnabled"));
    voice->setChecked(m_prefs.voiceEnabled());
    auto* voiceVolume = volumeSlider(m_prefs.voiceVolume(), box);
    voiceVolume->setObjectName(QStringLiteral("voiceVolume"));
    voiceVolume->setEnabled(voice->isChecked());
    auto* testVoice = new QPushButton(tr("Say something"), box);
    connect(voice, &QCheckBox::toggled, this, [this, voiceVolume](bool on) {
        m_prefs.setVoiceEnabled(on);
        voiceVolume->setEnabled(on);
    });
    connect(voiceVolume, &QSlider::valueChanged, this, [this](int v) { m_prefs.setVoiceVolume(v); });
    connect(testVoice, &QPushButton::clicked, this, &SettingsPage::testVoiceRequested);
    auto* voiceRow = new QHBoxLayout;
    voiceRow->addWidget(voiceVolume);
    voiceRow->addWidget(testVoice);
    voiceRow->addStretch();
    form->addRow(voice);
    form->addRow(tr("Voice volume"), voiceRow);
    m_cueStatus = new QLabel(box);
    m_cueStatus->setObjectName(QStringLiteral("cueStatus"));
    m_cueStatus->setWordWrap(true);
    m_cueStatus->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_cueStatus);
    return box;
}

QWidget* SettingsPage::buildReminders()
{
    auto* box = new QGroupBox(tr("Reminders"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* note = new QLabel(tr("Shown in the system tray while Patella is running, and not on days the work is "
                               "already done."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);

    auto addReminder
        = [this, box, form](const QString& label, const QString& name, bool on, QTime time, auto setOn, auto setTime) {
              auto* check = new QCheckBox(label, box);
              check->setObjectName(name);
              check->setChecked(on);
              auto* edit = new QTimeEdit(time, box);
              edit->setObjectName(name + QStringLiteral("Time"));
              edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
              edit->setEnabled(on);
              connect(check, &QCheckBox::toggled, this, [this, edit, setOn](bool v) {
                  (m_prefs.*setOn)(v);
                  edit->setEnabled(v);
              });
              connect(edit, &QTimeEdit::timeChanged, this, [this, setTime](QTime t) { (m_prefs.*setTime)(t); });
              form->addRow(check, edit);
          };
    addReminder(tr("Remind me to stretch at"), QStringLiteral("stretchReminder"), m_prefs.stretchReminderEnabled(),
                m_prefs.stretchReminderTime(), &Preferences::setStretchReminderEnabled,
                &Preferences::setStretchReminderTime);
    addReminder(tr("Remind me of the weekly check-in at"), QStringLiteral("checkInReminder"),
                m_prefs.checkInReminderEnabled(), m_prefs.checkInReminderTime(),
                &Preferences::setCheckInReminderEnabled, &Preferences::setCheckInReminderTime);
    return box;
}

QWidget* SettingsPage::buildImportFolders()
{
    auto* box = new QGroupBox(tr("Import from a folder"));
    box->setObjectName(QStringLiteral("importFolderSection"));
    auto* form = new QFormLayout(box);
    auto* help = new QLabel(
        tr("Patella looks in these folders and their subfolders when it starts and while it runs: your watch's "
           "GARMIN/Activity folder when it is plugged in, or a folder a phone app syncs to. "
           "New runs (GPX, TCX, FIT) go into the journal with your default shoe and you are "
           "told; a run that may be one you typed by hand waits for your choice. Other "
           "sports are left out."),
        box);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(help);

    m_importFoldersOn = new QCheckBox(tr("Import new runs from these folders"), box);
    m_importFoldersOn->setObjectName(QStringLiteral("importFoldersEnabled"));
    m_importFoldersOn->setChecked(m_prefs.importFoldersEnabled());
    connect(m_importFoldersOn, &QCheckBox::toggled, this, [this](bool on) { m_prefs.setImportFoldersEnabled(on); });
    form->addRow(m_importFoldersOn);

    addImportFolderList(form, box);
    addImportShoe(form, box);

    m_importFolderStatus = new QLabel(box);
    m_importFolderStatus->setObjectName(QStringLiteral("importFolderStatus"));
    m_importFolderStatus->setWordWrap(true);
    form->addRow(m_importFolderStatus);
    return box;
}

void SettingsPage::addImportFolderList(QFormLayout* form, QWidget* box)
{
    m_importFolders = new QListWidget(box);
    m_importFolders->setObjectName(QStringLiteral("importFolders"));
    m_importFolders->setAccessibleName(tr("Folders to import runs from"));
    m_importFolders->setMaximumHeight(110);
    for (const QString& folder : m_prefs.importFolders())
        addFolderItem(m_importFolders, folder);
    form->addRow(m_importFolders);

    auto* add = new QPushButton(tr("Add folder…"), box);
    add->setObjectName(QStringLiteral("addImportFolder"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Import runs from a folder"), QDir::homePath());
        if (!folder.isEmpty())
            addImportFolder(folder);
    });
    m_removeImportFolder = new QPushButton(tr("Remove"), box);
    m_removeImportFolder->setObjectName(QStringLiteral("removeImportFolder"));
    m_removeImportFolder->setEnabled(false);
    connect(m_removeImportFolder, &QPushButton::clicked, this, &SettingsPage::removeImportFolder);
    connect(m_importFolders, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeImportFolder->setEnabled(row >= 0); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeImportFolder);
    buttons->addStretch();
    form->addRow(buttons);
}

void SettingsPage::addImportShoe(QFormLayout* form, QWidget* box)
{
    m_importShoe = new QComboBox(box);
    m_importShoe->setObjectName(QStringLiteral("importShoe"));
    m_importShoe->setToolTip(tr("Imported runs count on this shoe's distance; the preview can change it run by run."));
    connect(m_importShoe, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_importShoe->itemData(index).toLongLong();
        m_prefs.setDefaultShoeId(id > 0 ? std::optional<qint64>(id) : std::nullopt);
    });
    setShoes({});
    auto* shoeRow = new QHBoxLayout;
    shoeRow->addWidget(m_importShoe);
    shoeRow->addStretch();
    form->addRow(tr("Shoe for imported runs"), shoeRow);
}

void SettingsPage::addImportFolder(const QString& folder)
{
    QStringList folders = m_prefs.importFolders();
    const QString clean = QDir::cleanPath(folder);
    if (clean.isEmpty() || folders.contains(clean))
        return;
    folders.append(clean);
    addFolderItem(m_importFolders, clean);
    m_prefs.setImportFolders(folders);
}

void SettingsPage::removeImportFolder()
{
    const QListWidgetItem* item = m_importFolders->currentItem();
    if (!item)
        return;
    QStringList folders = m_prefs.importFolders();
    folders.removeAll(item->data(Qt::UserRole).toString());
    delete m_importFolders->takeItem(m_importFolders->row(item));
    m_prefs.setImportFolders(folders);
}

void SettingsPage::setShoes(const QList<Shoe>& shoes)
{
    const std::optional<qint64> chosen = m_prefs.defaultShoeId();
    m_importShoe->clear();
    m_importShoe->addItem(tr("The shoe in use that day, if only one was"), qint64(0));
    for (const Shoe& shoe : shoes)
        if (!shoe.retired || (chosen && shoe.id == *chosen))
            m_importShoe->addItem(shoe.name, shoe.id);
    m_importShoe->setCurrentIndex(std::max(0, chosen ? m_importShoe->findData(*chosen) : 0));
}

void SettingsPage::setImportFolderStatus(const QString& text)
{
    m_importFolderStatus->setText(text);
}

QWidget* SettingsPage::buildData()
{
    auto* box = new QGroupBox(tr("Your data"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addDataFolder(form, box);
    addBackupSchedule(form, box);
    addBackupList(form, box);
    auto* privacy = new QLabel(tr("The journal and its backups are readable only by your user account. Patella "
                                  "makes no network connections."),
                               box);
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(privacy);
    return box;
}

void SettingsPage::addDataFolder(QFormLayout* form, QWidget* box)
{
    auto* folder = new QLineEdit(m_dataDir, box);
    folder->setObjectName(QStringLiteral("dataFolder"));
    folder->setReadOnly(true);
    folder->setMinimumWidth(360);
    folder->setCursorPosition(0);
    auto* open = new QPushButton(tr("Open folder"), box);
    open->setObjectName(QStringLiteral("openDataFolder"));
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir)); });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(open);
    form->addRow(tr("Data folder"), folderRow);
}

void SettingsPage::addBackupSchedule(QFormLayout* form, QWidget* box)
{
    auto* backups = new QCheckBox(tr("Back up the journal once a day"), box);
    backups->setObjectName(QStringLiteral("backupsEnabled"));
    backups->setChecked(m_prefs.backupsEnabled());
    auto* keep = new QSpinBox(box);
    keep->setObjectName(QStringLiteral("backupsToKeep"));
    keep->setRange(1, 60);
    keep->setValue(m_prefs.backupsToKeep());
    connect(backups, &QCheckBox::toggled, this, [this](bool on) { m_prefs.setBackupsEnabled(on); });
    connect(keep, &QSpinBox::valueChanged, this, [this](int v) { m_prefs.setBackupsToKeep(v); });
    keep->setSuffix(tr(" days"));
    form->addRow(backups);
    form->addRow(tr("Keep one a day for"), keep);
    auto* tiers = new QLabel(tr("Also kept: one a week for 8 weeks, one a month for a year, and every backup made "
                                "with Back up now, before an update or before a restore."),
                             box);
    tiers->setWordWrap(true);
    tiers->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(tiers);

    auto* now = new QPushButton(tr("Back up now"), box);
    now->setObjectName(QStringLiteral("backupNow"));
    connect(now, &QPushButton::clicked, this, &SettingsPage::backupNowRequested);
    m_backupStatus = new QLabel(box);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    m_backupStatus->setWordWrap(true);
    auto* nowRow = new QHBoxLayout;
    nowRow->addWidget(now);
    nowRow->addWidget(m_backupStatus, 1);
    form->addRow(nowRow);
}

void SettingsPage::addBackupList(QFormLayout* form, QWidget* box)
{
    m_backupList = new QTableWidget(0, 4, box);
    m_backupList->setObjectName(QStringLiteral("backupList"));
    m_backupList->setAccessibleName(tr("Backups"));
    m_backupList->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size"), tr("Entries")});
    m_backupList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backupList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backupList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backupList->verticalHeader()->setVisible(false);
    m_backupList->horizontalHeader()->setStretchLastSection(true);
    m_backupList->setMinimumHeight(160);
    form->addRow(m_backupList);
    m_restore = new QPushButton(tr("Restore…"), box);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setEnabled(false);
    auto* openBackups = new QPushButton(tr("Open folder"), box);
    openBackups->setObjectName(QStringLiteral("openBackupFolder"));
    connect(openBackups, &QPushButton::clicked, this, [this] {
        if (!m_backupFolder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_backupFolder));
    });
    connect(m_backupList, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_backupList->selectedItems().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, &SettingsPage::confirmRestore);
    auto* backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_restore);
    backupButtons->addWidget(openBackups);
    backupButtons->addStretch();
    form->addRow(backupButtons);
}

void SettingsPage::confirmRestore()
{
    const auto selected = m_backupList->selectedItems();
    if (selected.isEmpty())
        return;
    const QString path = m_backupList->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    const QString made = m_backupList->item(selected.first()->row(), 0)->text();
    const auto answer = QMessageBox::question(
        this, tr("Restore this backup?"),
        tr("Put the backup made %1 in place of the journal? Entries logged since then are not in it. The "
           "journal as it is now is kept as a pre-restore backup, so restoring that one undoes this.")
            .arg(made),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit restoreRequested(path);
}

void SettingsPage::setCueStatus(const QString& text)
{
    m_cueStatus->setText(text);
}

void SettingsPage::setBackupStatus(const QString& text)
{
    m_backupStatus->setText(text);
}

void SettingsPage::setBackups(const QList<BackupListing>& backups, const QString& folder)
{
    m_backupFolder = folder;
    m_backupList->setRowCount(0);
    for (const BackupListing& listing : backups) {
        const int row = m_backupList->rowCount();
        m_backupList->insertRow(row);
        auto* made = new QTableWidgetItem(fmt::dateTime(listing.backup.created));
        made->setData(Qt::UserRole, listing.backup.path);
        made->setToolTip(listing.backup.path);
        m_backupList->setItem(row, 0, made);
        m_backupList->setItem(row, 1, new QTableWidgetItem(kindName(listing.backup.kind)));
        m_backupList->setItem(row, 2, new QTableWidgetItem(QLocale().formattedDataSize(listing.backup.bytes)));
        const QString entries = listing.counts ? tr("%1 pain, %2 runs, %3 sessions, %4 checks")
                                                     .arg(listing.counts->painEntries)
                                                     .arg(listing.counts->runs)
                                                     .arg(listing.counts->sessions)
                                                     .arg(listing.counts->flexChecks)
                                               : tr("cannot be read");
        m_backupList->setItem(row, 3, new QTableWidgetItem(entries));
    }
    m_backupList->resizeColumnsToContents();
    m_restore->setEnabled(false);
}

QString SettingsPage::kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return tr("Automatic");
    case BackupKind::Manual:
        return tr("Back up now");
    case BackupKind::PreMigration:
        return tr("Before an update");
    case BackupKind::PreRestore:
        return tr("Before a restore");
    }
    return {};
}

} // namespace patella
