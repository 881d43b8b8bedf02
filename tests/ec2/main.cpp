#define BOOST_TEST_MODULE awsmodel ec2
#include <boost/test/unit_test.hpp>
