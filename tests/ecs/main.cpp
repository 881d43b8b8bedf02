#define BOOST_TEST_MODULE awsmodel ecs
#include <boost/test/unit_test.hpp>
