#include "app/journal/journalpage.h"
#include "app/shell/mainwindow.h"
