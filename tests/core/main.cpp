#define BOOST_TEST_MODULE awsmodel core
#include <boost/test/unit_test.hpp>
