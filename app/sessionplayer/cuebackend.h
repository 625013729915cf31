#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QObject;

namespace patella {

// What CuePlayer needs of the sound device and the speech engine. The real one (cuebackend_qt.cpp) is a
// module of its own, patella-cues.so, loaded the first time a cue or Settings asks: Qt Multimedia and Qt
// TextToSpeech, with PulseAudio and Qt Network behind them, are then not loaded at every start (measured:
// 10-15 ms of a start's dynamic linking). The interface is plain C++ on Qt Core types, so the module needs
// nothing of the app.
class CueBackend
{
public:
    CueBackend() = default;
    CueBackend(const CueBackend&) = delete;
    CueBackend& operator=(const CueBackend&) = delete;
    virtual ~CueBackend() = default;

    virtual bool hasAudioOutput() = 0;
    // tone: 0-3 (CuePlayer::Tone); url: its sound; volume 0-1. A tone whose file or device failed stays quiet.
    virtual void playTone(int tone, const QString& url, float volume) = 0;
    virtual bool toneFailed(int tone) const = 0;

    // Starts the speech engine (flite when there is one); returns its name, empty when there is none.
    virtual QString startSpeech() = 0;
    virtual bool speechWorks() const = 0; // false once the engine reported an error
    virtual QList<QLocale> speechLocales() const = 0;
    virtual void setSpeechLocale(const QLocale& locale) = 0;
    virtual void speak(const QString& text, double volume) = 0;
};

// The module's one entry point: extern "C" CueBackend* patella_create_cue_backend().
using CueBackendFactory = CueBackend* (*)();
inline constexpr const char* kCueBackendFactoryName = "patella_create_cue_backend";

} // namespace patella
