#include "app/today/todaypage.h"
