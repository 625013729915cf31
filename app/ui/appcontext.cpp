#include "app/ui/appcontext.h"

#include "core/model/clock.h"

namespace patella {

QDate AppContext::today() const
{
    return clock.today();
}

} // namespace patella
