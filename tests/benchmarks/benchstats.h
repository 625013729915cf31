#pragma once

#include <algorithm>
#include <vector>

namespace patella::bench {

// The median of the samples a benchmark collected by hand (0 when there are none).
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace patella::bench
