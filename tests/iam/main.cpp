#define BOOST_TEST_MODULE awsmodel iam
#include <boost/test/unit_test.hpp>
