#define BOOST_TEST_MODULE awsmodel cfn
#include <boost/test/unit_test.hpp>
