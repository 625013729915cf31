#include "app/ui/theme.h"

#include <QColor>
