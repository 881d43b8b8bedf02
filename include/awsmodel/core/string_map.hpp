// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_STRING_MAP_HPP
#define AWSMODEL_CORE_STRING_MAP_HPP

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::core {

/// A botocore `map` with string keys (docker labels, log options). Keeps the document's order,
/// so re-encoding writes the members as they came; maps here hold a handful of entries.
template <class T>
class string_map {
public:
    using value_type = std::pair<std::string, T>;
    using mapped_type = T;

    string_map() = default;
    string_map(std::initializer_list<value_type> init) {
        for (auto& kv : init) insert_or_assign(kv.first, kv.second);
    }

    auto begin() const noexcept { return entries_.begin(); }
    auto end() const noexcept { return entries_.end(); }
    auto begin() noexcept { return entries_.begin(); }
    auto end() noexcept { return entries_.end(); }
    std::size_t size() const noexcept { return entries_.size(); }
    bool empty() const noexcept { return entries_.empty(); }
    void reserve(std::size_t n) { entries_.reserve(n); }

    const T* find(std::string_view key) const noexcept {
        auto it = std::find_if(entries_.begin(), entries_.end(), [&](const value_type& e) { return e.first == key; });
        return it == entries_.end() ? nullptr : &it->second;
    }
    bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

    T& insert_or_assign(std::string_view key, T value) {
        for (auto& e : entries_)
            if (e.first == key) return e.second = std::move(value);
        return entries_.emplace_back(std::string(key), std::move(value)).second;
    }
    /// Adds a new entry; returns nullptr when the key is already present.
    T* try_emplace(std::string_view key) {
        if (find(key)) return nullptr;
        return &entries_.emplace_back(std::string(key), T{}).second;
    }

    friend bool operator==(const string_map&, const string_map&) = default;

private:
    std::vector<value_type> entries_;
};

template <class T> inline constexpr bool is_string_map = false;
template <class T> inline constexpr bool is_string_map<string_map<T>> = true;

} // namespace awsmodel::core

#endif
