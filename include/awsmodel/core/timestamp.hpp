// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_TIMESTAMP_HPP
#define AWSMODEL_CORE_TIMESTAMP_HPP

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace awsmodel::core {

/// How a service writes timestamps: the JSON protocol (ECS) sends epoch seconds, the Query
/// protocol's JSON form (EC2, as the CLI prints it) ISO 8601 in UTC.
enum class time_format { epoch_seconds, iso8601 };

using time_point = std::chrono::sys_time<std::chrono::microseconds>;

namespace detail {
constexpr bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) noexcept {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}
} // namespace detail

/// Parses ISO 8601 date-times as AWS and botocore write them: `2024-01-02T03:04:05Z`,
/// with optional fraction, `Z` or a `+hh:mm`/`+hhmm` offset, and `T` or a space between date and time.
inline std::optional<time_point> parse_iso8601(std::string_view s) noexcept {
    using namespace std::chrono;
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!detail::digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !detail::digits(s, 5, 2, mo) || s[7] != '-' ||
        !detail::digits(s, 8, 2, d))
        return std::nullopt;
    std::size_t pos = 10;
    std::int64_t micros = 0;
    if (pos < s.size()) {
        if ((s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') || !detail::digits(s, pos + 1, 2, h) ||
            pos + 3 >= s.size() || s[pos + 3] != ':' || !detail::digits(s, pos + 4, 2, mi))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!detail::digits(s, pos + 1, 2, sec)) return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                std::size_t start = pos;
                std::int64_t scale = 100000;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    micros += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == start) return std::nullopt;
            }
        }
    }
    int offset_minutes = 0;
    if (pos < s.size()) {
        char c = s[pos];
        if ((c == 'Z' || c == 'z') && pos + 1 == s.size()) {
            ++pos;
        } else if (c == '+' || c == '-') {
            int oh, om = 0;
            if (!detail::digits(s, pos + 1, 2, oh)) return std::nullopt;
            pos += 3;
            if (pos < s.size() && s[pos] == ':') ++pos;
            if (pos < s.size()) {
                if (!detail::digits(s, pos, 2, om)) return std::nullopt;
                pos += 2;
            }
            if (oh > 23 || om > 59) return std::nullopt;
            offset_minutes = (c == '+' ? 1 : -1) * (oh * 60 + om);
        }
        if (pos != s.size()) return std::nullopt;
    }
    year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || sec > 60) return std::nullopt;
    auto tp = sys_days(ymd) + hours(h) + minutes(mi) + std::chrono::seconds(sec) - minutes(offset_minutes);
    return time_point(duration_cast<microseconds>(tp.time_since_epoch()) + microseconds(micros));
}

/// Epoch seconds, as the JSON protocol sends them (`1565286137.413`).
inline std::optional<time_point> from_epoch_seconds(double s) noexcept {
    if (!std::isfinite(s) || s < -62135596800.0 || s > 253402300799.0) return std::nullopt; // years 1-9999
    return time_point(std::chrono::microseconds(std::llround(s * 1e6)));
}

/// A point in time as a service sends it. Both wire forms decode; encoding uses the service's.
template <time_format Format>
class timestamp {
public:
    static constexpr time_format format = Format;

    constexpr timestamp() noexcept = default;
    constexpr explicit timestamp(time_point tp) noexcept : tp_(tp) {}
    constexpr time_point time() const noexcept { return tp_; }

    /// The longest text `write_wire` writes.
    static constexpr std::size_t max_wire_size = 32;

    /// The wire text: epoch seconds with the fraction AWS sent, or ISO 8601 with milliseconds.
    std::string wire() const {
        char buf[max_wire_size];
        return std::string(buf, write_wire(buf));
    }

    /// Writes `wire()` at `out` (room for `max_wire_size` bytes) and returns its end: the encoder
    /// writes it straight into its buffer instead of going through a new string per value.
    char* write_wire(char* out) const noexcept {
        using namespace std::chrono;
        std::int64_t us = tp_.time_since_epoch().count();
        std::int64_t secs = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
        std::int64_t frac = us - secs * 1000000;
        if constexpr (Format == time_format::epoch_seconds) {
            // Sign and magnitude: -1.5 s is "-1.5", not the floored -2 with a fraction of .5.
            std::uint64_t mag = us < 0 ? 0 - static_cast<std::uint64_t>(us) : static_cast<std::uint64_t>(us);
            char* p = out;
            if (us < 0) *p++ = '-';
            p = std::to_chars(p, out + max_wire_size, mag / 1000000).ptr;
            frac = static_cast<std::int64_t>(mag % 1000000);
            if (frac) {
                char f[8];
                for (int i = 5; i >= 0; --i, frac /= 10) f[i] = static_cast<char>('0' + frac % 10);
                int n = 6;
                while (n > 0 && f[n - 1] == '0') --n;
                *p++ = '.';
                for (int i = 0; i < n; ++i) *p++ = f[i];
            }
            return p;
        } else {
            auto day_point = floor<days>(sys_seconds(std::chrono::seconds(secs)));
            year_month_day ymd(day_point);
            auto tod = std::chrono::seconds(secs) - day_point.time_since_epoch();
            auto h = duration_cast<hours>(tod).count();
            auto m = duration_cast<minutes>(tod).count() % 60;
            auto sec = tod.count() % 60;
            auto two = [](char* p, long v) {
                p[0] = static_cast<char>('0' + v / 10);
                p[1] = static_cast<char>('0' + v % 10);
            };
            int yv = static_cast<int>(ymd.year());
            char* p = out;
            for (int i = 3, v = yv; i >= 0; --i, v /= 10) p[i] = static_cast<char>('0' + v % 10);
            p[4] = '-';
            two(p + 5, static_cast<unsigned>(ymd.month()));
            p[7] = '-';
            two(p + 8, static_cast<unsigned>(ymd.day()));
            p[10] = 'T';
            two(p + 11, h);
            p[13] = ':';
            two(p + 14, m);
            p[16] = ':';
            two(p + 17, sec);
            // Milliseconds, as AWS writes them; microseconds only when the value has them, so
            // that nothing decoded is lost on the way back.
            p[19] = '.';
            int digits = frac % 1000 ? 6 : 3;
            long f = static_cast<long>(digits == 6 ? frac : frac / 1000);
            for (int i = digits; i > 0; --i, f /= 10) p[19 + i] = static_cast<char>('0' + f % 10);
            p[20 + digits] = 'Z';
            return p + 21 + digits;
        }
    }

    friend constexpr auto operator<=>(const timestamp&, const timestamp&) noexcept = default;
    friend std::ostream& operator<<(std::ostream& os, const timestamp& t) { return os << t.wire(); }

private:
    time_point tp_{};
};

template <class T> inline constexpr bool is_timestamp = false;
template <time_format F> inline constexpr bool is_timestamp<timestamp<F>> = true;

} // namespace awsmodel::core

#endif
