#include <awsmodel/core/secret.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <memory>
#include <new>
#include <sstream>
#include <string>
#include <string_view>

using namespace awsmodel;

namespace {

// An allocator that, when a buffer is handed back, looks inside it (the memory is still valid
// then) and records whether the marker is still there.
struct watch {
    static inline int released = 0;
    static inline int leaked = 0;
    static inline std::string_view marker;
};

template <class T>
struct watching_allocator {
    using value_type = T;
    watching_allocator() = default;
    template <class U>
    watching_allocator(const watching_allocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept {
        ++watch::released;
        std::string_view bytes(reinterpret_cast<const char*>(p), n * sizeof(T));
        if (bytes.find(watch::marker) != std::string_view::npos) ++watch::leaked;
        std::allocator<T>().deallocate(p, n);
    }
    friend bool operator==(const watching_allocator&, const watching_allocator&) noexcept { return true; }
};

using watched_secret = core::basic_secret_string<watching_allocator<char>>;
using watched_string = std::basic_string<char, std::char_traits<char>, watching_allocator<char>>;

// Longer than any inline buffer, so that the value lives in memory the allocator hands out.
const std::string long_marker = "-----BEGIN PRIVATE KEY----- long-secret-marker-0123456789abcdefghijklmnopqrstuvwxyz";

// Looks for the value without its first bytes: emptying a string writes a terminator over the
// first byte, which alone would hide the value from a search for all of it.
struct watching {
    watching(std::string_view m) {
        watch::released = watch::leaked = 0;
        watch::marker = m.substr(4);
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(secret)

BOOST_AUTO_TEST_CASE(printing_shows_a_redaction_never_the_value) {
    auto s = core::secret_string::from_wire("hunter2-private-key");
    std::ostringstream os;
    os << s;
    BOOST_TEST(os.str() == core::redacted);
    BOOST_TEST(os.str().find("hunter2") == std::string::npos);
    BOOST_TEST(s.reveal() == "hunter2-private-key");
    BOOST_TEST(s.wire() == "hunter2-private-key");
    BOOST_TEST(s.size() == 19u);
}

BOOST_AUTO_TEST_CASE(equality_compares_the_values) {
    auto a = core::secret_string::from_wire("abc");
    BOOST_TEST((a == core::secret_string::from_wire("abc")));
    BOOST_TEST(!(a == core::secret_string::from_wire("abd")));
    BOOST_TEST(!(a == core::secret_string::from_wire("abcd")));
}

BOOST_AUTO_TEST_CASE(the_detector_sees_a_plain_string_leave_its_value_behind) {
    // Proof that the allocator's check works: an ordinary string frees its buffer unwiped.
    watching w(long_marker);
    { watched_string plain(long_marker); }
    BOOST_TEST(watch::released == 1);
    BOOST_TEST(watch::leaked == 1);
}

BOOST_AUTO_TEST_CASE(destruction_wipes_the_buffer_before_it_is_released) {
    watching w(long_marker);
    { watched_secret s(long_marker); }
    BOOST_TEST(watch::released >= 1);
    BOOST_TEST(watch::leaked == 0);
}

BOOST_AUTO_TEST_CASE(reassignment_wipes_the_old_value) {
    watching w(long_marker);
    {
        watched_secret s(long_marker);
        watched_secret longer(long_marker + long_marker + "-and-more-to-force-a-new-buffer");
        s = longer;                                   // copy: needs a bigger buffer, the old one is freed
        s = watched_secret(std::string("short"));     // move: the old buffer goes to the temporary
        BOOST_TEST(s.reveal() == "short");
        watched_secret moved(std::move(longer));
        BOOST_TEST(longer.empty());
        BOOST_TEST(moved.reveal().substr(0, 10) == long_marker.substr(0, 10));
    }
    BOOST_TEST(watch::released >= 3);
    BOOST_TEST(watch::leaked == 0);
}

BOOST_AUTO_TEST_CASE(a_short_value_kept_inside_the_object_is_wiped_too) {
    // Short strings live in the object itself; destroy one in place and look at its bytes.
    constexpr std::string_view short_marker = "shortsecret12";
    alignas(core::secret_string) unsigned char storage[sizeof(core::secret_string)];
    auto* s = ::new (static_cast<void*>(storage)) core::secret_string(std::string(short_marker));
    std::string_view bytes(reinterpret_cast<const char*>(storage), sizeof storage);
    BOOST_TEST_REQUIRE(s->reveal() == short_marker);
    BOOST_TEST_REQUIRE(bytes.find(short_marker) != std::string_view::npos); // inline, as assumed
    s->~basic_secret_string();
    BOOST_TEST(bytes.find(short_marker.substr(2)) == std::string_view::npos); // see `watching`
}

BOOST_AUTO_TEST_CASE(secure_wipe_zeroes_the_bytes) {
    char buf[] = "private";
    core::secure_wipe(buf, sizeof buf);
    BOOST_TEST(std::all_of(std::begin(buf), std::end(buf), [](char c) { return c == 0; }));
}

BOOST_AUTO_TEST_SUITE_END()
