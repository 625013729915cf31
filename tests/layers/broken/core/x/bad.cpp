#include "app/ui/theme.h"

#include <QWidget>
