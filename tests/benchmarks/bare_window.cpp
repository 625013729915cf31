// The startup benchmark's yardstick: the smallest Qt Widgets program with a main window, built with the same
// flags as Patella, reporting its first paint exactly as Patella does (FirstPaintProbe).
#include "app/ui/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    patella::FirstPaintProbe::mark("main");
    QApplication app(argc, argv);
    patella::FirstPaintProbe::mark("qapplication");
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window"), &window));
    window.resize(1280, 800);
    patella::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
