#include "shell/appcontext.h"

#include "model/clock.h"

namespace patella {

QDate AppContext::today() const
{
    return clock.today();
}

} // namespace patella
