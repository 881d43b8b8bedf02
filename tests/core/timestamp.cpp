#include <awsmodel/core/timestamp.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace awsmodel::core;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(timestamp_)

BOOST_DATA_TEST_CASE(iso8601_forms_aws_and_botocore_write,
                     bdata::make({"2024-01-02T03:04:05Z", "2024-01-02T03:04:05.000Z", "2024-01-02T03:04:05+00:00",
                                  "2024-01-02 03:04:05+0000", "2024-01-02T04:04:05+01:00", "2024-01-01T22:04:05-05:00",
                                  "2024-01-02T03:04:05.000000+00:00"}),
                     text) {
    auto tp = parse_iso8601(text);
    BOOST_TEST_REQUIRE(tp.has_value());
    BOOST_TEST(tp->time_since_epoch().count() == 1704164645LL * 1000000);
}

BOOST_DATA_TEST_CASE(rejects_what_is_not_a_date_time,
                     bdata::make({"", "2024", "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z", "2024-01-02T25:00:00Z",
                                  "2024-01-02T03:04:05Q", "yesterday", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05Zjunk"}),
                     text) {
    BOOST_TEST(!parse_iso8601(text).has_value());
}

BOOST_AUTO_TEST_CASE(each_service_writes_its_own_form) {
    auto tp = *parse_iso8601("2019-08-08T17:42:17.413Z");
    BOOST_TEST(timestamp<time_format::iso8601>(tp).wire() == "2019-08-08T17:42:17.413Z");
    BOOST_TEST(timestamp<time_format::epoch_seconds>(tp).wire() == "1565286137.413");
    BOOST_TEST(timestamp<time_format::epoch_seconds>(*from_epoch_seconds(1565286137.0)).wire() == "1565286137");
    BOOST_TEST(timestamp<time_format::iso8601>(*from_epoch_seconds(0)).wire() == "1970-01-01T00:00:00.000Z");
    BOOST_TEST(timestamp<time_format::iso8601>(*from_epoch_seconds(-1.5)).wire() == "1969-12-31T23:59:58.500Z");
}

BOOST_DATA_TEST_CASE(write_wire_writes_what_wire_returns,
                     bdata::make({0.0, -1.5, 1565286137.413, 1565286137.0, 0.000001, -0.000001, 253402300799.999999,
                                  -62135596800.0, 1700000000.123456}),
                     seconds) {
    auto tp = *from_epoch_seconds(seconds);
    auto check = [](auto t) {
        char buf[decltype(t)::max_wire_size];
        char* end = t.write_wire(buf);
        BOOST_TEST(std::string(buf, end) == t.wire());
        BOOST_TEST(static_cast<std::size_t>(end - buf) <= decltype(t)::max_wire_size);
    };
    check(timestamp<time_format::epoch_seconds>(tp));
    check(timestamp<time_format::iso8601>(tp));
}

BOOST_AUTO_TEST_CASE(epoch_seconds_outside_years_1_to_9999_are_refused) {
    BOOST_TEST(!from_epoch_seconds(1e300).has_value());
    BOOST_TEST(!from_epoch_seconds(-1e12).has_value());
    BOOST_TEST(from_epoch_seconds(253402300799.0).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(timestamp_precision)

BOOST_AUTO_TEST_CASE(iso8601_keeps_microseconds_only_when_present) {
    using namespace awsmodel::core;
    BOOST_TEST(timestamp<time_format::iso8601>(*parse_iso8601("2019-08-08T17:42:17.413519Z")).wire() ==
               "2019-08-08T17:42:17.413519Z");
    BOOST_TEST(timestamp<time_format::iso8601>(*parse_iso8601("2019-08-08T17:42:17.4130Z")).wire() ==
               "2019-08-08T17:42:17.413Z");
}

BOOST_AUTO_TEST_SUITE_END()
