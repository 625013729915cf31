#include "app/sessionplayer/cueplayer.h"

#include "app/sessionplayer/cuebackend.h"
#include "core/model/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace patella {
namespace {

QString toneFile(CuePlayer::Tone tone)
{
    switch (tone) {
    case CuePlayer::Tone::Countdown:
        return QStringLiteral("qrc:/sounds/countdown.wav");
    case CuePlayer::Tone::Phase:
        return QStringLiteral("qrc:/sounds/phase.wav");
    case CuePlayer::Tone::Switch:
        return QStringLiteral("qrc:/sounds/switch.wav");
    case CuePlayer::Tone::Done:
        return QStringLiteral("qrc:/sounds/done.wav");
    }
    return {};
}

} // namespace

CuePlayer::CuePlayer(const Preferences& preferences, QObject* parent)
    : QObject(parent)
    , m_prefs(preferences)
{
}

CuePlayer::~CuePlayer() = default;

QStringList CuePlayer::moduleFolders()
{
    QStringList folders;
    if (const QString named = qEnvironmentVariable("PATELLA_MODULE_DIR"); !named.isEmpty())
        folders.append(named);
    const QString program = QCoreApplication::applicationDirPath();
    folders.append(program);
    folders.append(QDir::cleanPath(QDir(program).filePath(QStringLiteral(PATELLA_MODULE_DIR_FROM_BIN))));
    return folders;
}

CueBackend* CuePlayer::backend() const
{
    if (m_backendTried)
        return m_backend.get();
    m_backendTried = true;
    QStringList looked;
    for (const QString& folder : moduleFolders()) {
        const QString path = QDir(folder).filePath(QStringLiteral("patella-cues.so"));
        if (!QFileInfo::exists(path)) {
            looked.append(QDir::toNativeSeparators(path));
            continue;
        }
        QLibrary module(path); // stays loaded: QLibrary unloads only when asked
        if (const auto create = reinterpret_cast<CueBackendFactory>(module.resolve(kCueBackendFactoryName))) {
            m_backend.reset(create());
            return m_backend.get();
        }
        m_backendProblem = module.errorString();
        return nullptr;
    }
    m_backendProblem = tr("not found (looked for %1)").arg(looked.join(QStringLiteral(", ")));
    return nullptr;
}

bool CuePlayer::audioAvailable() const
{
    if (!m_audioAvailable)
        m_audioAvailable = backend() && m_backend->hasAudioOutput();
    return *m_audioAvailable;
}

bool CuePlayer::canSpeak() const
{
    return m_speechUsable && m_backend && m_backend->speechWorks();
}

void CuePlayer::play(Tone tone)
{
    if (!m_prefs.soundsEnabled())
        return;
    emit toneRequested(tone);
    if (!audioAvailable())
        return;
    m_backend->playTone(static_cast<int>(tone), toneFile(tone), m_prefs.soundVolume() / 100.0f);
}

void CuePlayer::ensureSpeech()
{
    if (m_speechTried || !backend())
        return;
    m_speechTried = true;
    m_engine = m_backend->startSpeech();
    m_speechUsable = m_backend->speechWorks();
    if (m_speechUsable) {
        // Cues are written in the session's language: an English-only voice (flite) reading German would help no
        // one, so it stays quiet and the player relies on tones and on-screen cues.
        if (const std::optional<QLocale> locale = speakingLocale(m_backend->speechLocales(), QLocale())) {
            m_backend->setSpeechLocale(*locale);
        } else {
            m_speechUsable = false;
            m_languageMissing = true;
        }
    }
}

void CuePlayer::say(const QString& text)
{
    if (!m_prefs.voiceEnabled() || text.isEmpty())
        return;
    emit speechRequested(text);
    if (!audioAvailable())
        return;
    ensureSpeech();
    if (!canSpeak())
        return;
    m_backend->speak(text, m_prefs.voiceVolume() / 100.0);
}

std::optional<QLocale> CuePlayer::speakingLocale(const QList<QLocale>& available, const QLocale& wanted)
{
    std::optional<QLocale> sameLanguage;
    for (const QLocale& locale : available) {
        if (locale.language() != wanted.language())
            continue;
        if (locale.territory() == wanted.territory())
            return locale;
        if (!sameLanguage)
            sameLanguage = locale;
    }
    return sameLanguage;
}

QString CuePlayer::status()
{
    if (!backend())
        return tr("Patella's sound module could not be loaded (%1): sessions run silently, with every cue on screen.")
            .arg(m_backendProblem);
    if (!audioAvailable())
        return tr("No sound device was found: sessions run silently, with every cue on screen.");
    if (m_prefs.voiceEnabled())
        ensureSpeech();
    if (m_languageMissing)
        return tr("The voice on this computer (%1) does not speak %2: sessions play tones and show the spoken cues on "
                  "screen.")
            .arg(m_engine, QLocale().nativeLanguageName());
    if (m_speechTried && !canSpeak())
        return tr("No speech engine is available: tones play, spoken cues are shown on screen only.");
    return tr("Tones and spoken cues are ready.");
}

} // namespace patella
