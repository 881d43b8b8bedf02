// The reference TU of the compile-time goal: it only parses JSON text into a Boost.JSON DOM.
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

int main() {
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    boost::json::value v = boost::json::parse(text);
    std::printf("%zu members\n", v.as_object().size());
}
