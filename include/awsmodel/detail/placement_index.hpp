// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_PLACEMENT_INDEX_HPP
#define AWSMODEL_DETAIL_PLACEMENT_INDEX_HPP

// The ordered index behind placement's strategy chains, so that choosing an instance costs
// O(log M) instead of a scan of M instances per task.
//
// Items (instances) carry a lexicographic key whose last element is the item's own position,
// which breaks ties in the cluster's order. Items sit in buckets (the values of a leading
// `spread attribute:X`, or one bucket when the chain has none); a bucket has a weight (its task
// count) shared by all its items. The best item is the one with the least (bucket weight, key)
// among the non-empty buckets, which is exactly what the chain "spread by X, then the rest"
// selects: the buckets of fewest tasks, then, among all their items, the least key.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace awsmodel::detail {

class placement_index {
public:
    static constexpr std::size_t key_size = 6;
    using key = std::array<std::int64_t, key_size>;

    explicit placement_index(std::size_t buckets) : items_(buckets), weights_(buckets, 0) {}

    void insert(std::size_t bucket, const key& k) {
        detach(bucket);
        items_[bucket].insert(k);
        attach(bucket);
    }
    void erase(std::size_t bucket, const key& k) {
        detach(bucket);
        items_[bucket].erase(k);
        attach(bucket);
    }
    void set_weight(std::size_t bucket, std::int64_t w) {
        detach(bucket);
        weights_[bucket] = w;
        attach(bucket);
    }
    std::int64_t weight(std::size_t bucket) const { return weights_[bucket]; }

    /// The best item's key, or nothing when every bucket is empty.
    std::optional<key> best() const {
        if (order_.empty()) return std::nullopt;
        return std::get<1>(*order_.begin());
    }

private:
    using entry = std::tuple<std::int64_t, key, std::size_t>;
    void detach(std::size_t b) {
        if (!items_[b].empty()) order_.erase(entry{weights_[b], *items_[b].begin(), b});
    }
    void attach(std::size_t b) {
        if (!items_[b].empty()) order_.insert(entry{weights_[b], *items_[b].begin(), b});
    }

    std::vector<std::set<key>> items_;
    std::vector<std::int64_t> weights_;
    std::set<entry> order_;
};

} // namespace awsmodel::detail

#endif
