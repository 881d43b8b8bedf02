#define BOOST_TEST_MODULE awsmodel cloudformation
#include <boost/test/unit_test.hpp>
