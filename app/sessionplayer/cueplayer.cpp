#include "app/sessionplayer/cueplayer.h"

#include "core/model/preferences.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

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

bool CuePlayer::audioAvailable() const
{
    // Without an output device QSoundEffect reports no error and "plays" forever; ask first.
    if (!m_audioAvailable)
        m_audioAvailable = !QMediaDevices::audioOutputs().isEmpty();
    return *m_audioAvailable;
}

CuePlayer::~CuePlayer() = default;

QSoundEffect* CuePlayer::effectFor(Tone tone)
{
    QSoundEffect*& effect = m_effects[static_cast<int>(tone)];
    if (!effect) {
        effect = new QSoundEffect(this);
        const int index = static_cast<int>(tone);
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect, index] {
            if (effect->status() == QSoundEffect::Error)
                m_effectFailed[index] = true;
        });
        effect->setSource(QUrl(toneFile(tone)));
    }
    return effect;
}

void CuePlayer::play(Tone tone)
{
    if (!m_prefs.soundsEnabled())
        return;
    emit toneRequested(tone);
    if (!audioAvailable() || m_effectFailed[static_cast<int>(tone)])
        return;
    QSoundEffect* effect = effectFor(tone);
    effect->setVolume(m_prefs.soundVolume() / 100.0f);
    effect->play();
}

void CuePlayer::ensureSpeech()
{
    if (m_speechTried)
        return;
    m_speechTried = true;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty())
        return;
    const QString engine = engines.contains(QStringLiteral("flite")) ? QStringLiteral("flite") : engines.first();
    m_speech = new QTextToSpeech(engine, this);
    m_speechUsable = m_speech->state() != QTextToSpeech::Error;
    if (m_speechUsable) {
        // Cues are written in the session's language: an English-only voice (flite) reading German would help no
        // one, so it stays quiet and the player relies on tones and on-screen cues.
        const std::optional<QLocale> locale = speakingLocale(m_speech->availableLocales(), QLocale());
        if (locale) {
            m_speech->setLocale(*locale);
        } else {
            m_speechUsable = false;
            m_languageMissing = true;
        }
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error)
            m_speechUsable = false; // stays quiet from here on: one failure, not one per cue
    });
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
    m_speech->setVolume(m_prefs.voiceVolume() / 100.0);
    m_speech->say(text);
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
    if (!audioAvailable())
        return tr("No sound device was found: sessions run silently, with every cue on screen.");
    if (m_prefs.voiceEnabled())
        ensureSpeech();
    if (m_languageMissing)
        return tr("The voice on this computer (%1) does not speak %2: sessions play tones and show the spoken cues on "
                  "screen.")
            .arg(m_speech->engine(), QLocale().nativeLanguageName());
    if (m_speechTried && !canSpeak())
        return tr("No speech engine is available: tones play, spoken cues are shown on screen only.");
    return tr("Tones and spoken cues are ready.");
}

} // namespace patella
