#define BOOST_TEST_MODULE awsmodel ecs_agent
#include <boost/test/unit_test.hpp>
