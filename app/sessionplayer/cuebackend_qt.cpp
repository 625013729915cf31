// The patella-cues module: CueBackend on Qt Multimedia (QSoundEffect) and Qt TextToSpeech. Loaded by
// CuePlayer when a cue first needs it (cuebackend.h says why); it uses nothing of the app.
#include "app/sessionplayer/cuebackend.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QObject>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

namespace patella {
namespace {

constexpr int kTones = 4;

class QtCueBackend final : public CueBackend
{
public:
    bool hasAudioOutput() override
    {
        // Without an output device QSoundEffect reports no error and "plays" forever; ask first.
        return !QMediaDevices::audioOutputs().isEmpty();
    }

    void playTone(int tone, const QString& url, float volume) override
    {
        if (tone < 0 || tone >= kTones || m_failed[tone])
            return;
        QSoundEffect*& effect = m_effects[tone];
        if (!effect) {
            effect = new QSoundEffect(&m_owner);
            QObject::connect(effect, &QSoundEffect::statusChanged, &m_owner, [this, effect, tone] {
                if (effect->status() == QSoundEffect::Error)
                    m_failed[tone] = true;
            });
            effect->setSource(QUrl(url));
        }
        effect->setVolume(volume);
        effect->play();
    }

    bool toneFailed(int tone) const override { return tone < 0 || tone >= kTones || m_failed[tone]; }

    QString startSpeech() override
    {
        if (m_speech)
            return m_speech->engine();
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty())
            return {};
        const QString engine = engines.contains(QStringLiteral("flite")) ? QStringLiteral("flite") : engines.first();
        m_speech = new QTextToSpeech(engine, &m_owner);
        m_speechWorks = m_speech->state() != QTextToSpeech::Error;
        QObject::connect(m_speech, &QTextToSpeech::stateChanged, &m_owner, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Error)
                m_speechWorks = false; // quiet from here on: one failure, not one per cue
        });
        return engine;
    }

    bool speechWorks() const override { return m_speech != nullptr && m_speechWorks; }
    QList<QLocale> speechLocales() const override { return m_speech ? m_speech->availableLocales() : QList<QLocale>(); }

    void setSpeechLocale(const QLocale& locale) override
    {
        if (m_speech)
            m_speech->setLocale(locale);
    }

    void speak(const QString& text, double volume) override
    {
        if (!speechWorks())
            return;
        m_speech->setVolume(volume);
        m_speech->say(text);
    }

private:
    QObject m_owner; // parent of the effects and the engine, deleted with the backend
    QSoundEffect* m_effects[kTones] = {};
    bool m_failed[kTones] = {};
    QTextToSpeech* m_speech = nullptr;
    bool m_speechWorks = false;
};

} // namespace
} // namespace patella

extern "C" Q_DECL_EXPORT patella::CueBackend* patella_create_cue_backend()
{
    return new patella::QtCueBackend;
}
