// The one TU of the program that compiles the codec and the rules (awsmodel/src.hpp).
#include <awsmodel/src.hpp>
