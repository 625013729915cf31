#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace patella {

class CueBackend;
class Preferences;

// Plays the session's sound and voice cues, as far as this machine can. No audio device, no speech
// engine, or either switched off in Settings: the cue is dropped quietly, and the reason is reported
// once (status()), never as an error per cue. The device and the engine are reached through the patella-cues
// module (cuebackend.h), loaded the first time a cue or the status needs it; without it sessions run silently.
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

    bool canPlayTones() const { return audioAvailable(); }
    bool canSpeak() const;
    // A sentence for Settings: what works and what does not. Asks the speech engine, once, whether it speaks
    // the session's language; a voice that cannot is left silent, and the cues show on screen.
    QString status();

    // Of the voice's locales, the one to speak the wanted language in: same language and region if there is
    // one, else the same language. None when the voice does not speak the language at all.
    static std::optional<QLocale> speakingLocale(const QList<QLocale>& available, const QLocale& wanted);

    // Where the module is looked for, in order: PATELLA_MODULE_DIR (the tests name the build tree), the
    // program's folder (a build tree), the installed library folder.
    static QStringList moduleFolders();

signals:
    // Every cue that Settings let through, whether or not this machine can play it: the page's tests
    // listen here, and a view could flash instead of beeping.
    void toneRequested(patella::CuePlayer::Tone tone);
    void speechRequested(const QString& text);

private:
    void ensureSpeech();
    CueBackend* backend() const; // loads the module the first time; null when it cannot be loaded

    const Preferences& m_prefs;
    mutable std::unique_ptr<CueBackend> m_backend;
    mutable bool m_backendTried = false;
    mutable QString m_backendProblem; // why the module could not be loaded
    // Whether there is a sound device: asked the first time a cue or the status needs it, not at start.
    bool audioAvailable() const;
    mutable std::optional<bool> m_audioAvailable;
    QString m_engine; // the speech engine's name, once started
    bool m_speechTried = false;
    bool m_speechUsable = false;
    bool m_languageMissing = false; // the engine works, but not in the session's language
};

} // namespace patella
