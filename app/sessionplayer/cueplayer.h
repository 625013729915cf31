#pragma once

#include <QObject>
#include <QString>

class QSoundEffect;
class QTextToSpeech;

namespace patella {

class Preferences;

// Plays the session's sound and voice cues, as far as this machine can. No audio device, no speech
// engine, or either switched off in Settings: the cue is dropped quietly, and the reason is reported
// once (status()), never as an error per cue.
class CuePlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CuePlayer)

public:
    enum class Tone
    {
        Countdown, // 3, 2, 1
        Phase, // a hold or rest begins
        Switch, // switch sides
        Done, // session finished
    };
    Q_ENUM(Tone)

    explicit CuePlayer(const Preferences& preferences, QObject* parent = nullptr);
    ~CuePlayer() override;

    void play(Tone tone);
    void say(const QString& text);

    bool canPlayTones() const { return m_audioAvailable; }
    bool canSpeak() const { return m_speech != nullptr && m_speechUsable; }
    QString status() const; // a sentence for Settings: what works and what does not

signals:
    // Every cue that Settings let through, whether or not this machine can play it: the page's tests
    // listen here, and a view could flash instead of beeping.
    void toneRequested(patella::CuePlayer::Tone tone);
    void speechRequested(const QString& text);

private:
    void ensureSpeech();
    QSoundEffect* effectFor(Tone tone);

    const Preferences& m_prefs;
    bool m_audioAvailable = false;
    QSoundEffect* m_effects[4] = {};
    bool m_effectFailed[4] = {}; // a tone whose file or device failed stays quiet: no error per cue
    QTextToSpeech* m_speech = nullptr;
    bool m_speechTried = false;
    bool m_speechUsable = false;
};

} // namespace patella
