#pragma once

#include "core/catalog/catalog.h"

#include <QString>

#include <gtest/gtest.h>

namespace patella::test {

// The real catalog.json from the resources, with every illustration taken as present: the SVGs are
// drawn separately and the core tests must not depend on them.
inline Catalog realCatalog()
{
    const Result<Catalog> loaded
        = Catalog::fromFile(QString::fromLatin1(Catalog::ResourcePath), [](const QString&) { return true; });
    if (!loaded) {
        ADD_FAILURE() << "catalog.json does not load: " << loaded.error().text().toStdString();
        return {};
    }
    return loaded.value();
}

} // namespace patella::test
