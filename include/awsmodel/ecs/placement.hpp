// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_PLACEMENT_HPP
#define AWSMODEL_ECS_PLACEMENT_HPP

/// Where RunTask (EC2 launch type) would put each task, and why not, computed offline.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html
///
///   ecs::cluster_state cluster{instances, running_tasks, task_definitions};
///   auto r = ecs::place(cluster, run_task_request, {.explain = true});
///   if (r.response) for (const auto& t : *r.response->tasks) ... t.container_instance_arn ...
///
/// Tasks are placed one at a time; each sees the cluster with the previous ones on it. For each,
/// the candidates are the ACTIVE instances that pass the filters of ecs/placement_filters.hpp;
/// the strategies then narrow them in order, each keeping the candidates it ranks best:
/// binpack cpu|memory the least remaining, spread instanceId|host the fewest tasks of the group
/// on the instance, spread attribute:X the fewest tasks of the group among the instances sharing
/// the instance's value of X (the instances without X share a bucket of their own; the tasks of every
/// listed instance count, whatever its status), random one of them by the cluster's seed (later
/// strategies do not run). A tie after the chain goes to the first candidate in the cluster's
/// order; an empty chain picks at random among the candidates (RunTask documents no default).
/// docs/placement.md gives the sources and decisions.
///
/// When fewer than `count` tasks fit, the response has one failure per ACTIVE instance, with
/// its ARN and the first reason it fails; an instance that is not ACTIVE is never named. A cluster
/// without an ACTIVE instance gets one failure, MISSING, without an ARN. An invalid request gets
/// diagnostics and no response (ecs/placement_request.hpp).
///
/// Cost: O(M) to read the cluster, then O(log M) per task for chains of binpack and spread
/// instanceId/host steps, optionally led by one spread attribute:X (detail/placement_index.hpp);
/// other chains (random, several attribute spreads, an attribute spread after another step)
/// scan the candidates, O(M) per task. Filters are evaluated once per instance and again only for
/// the instance that took a task.

#include <awsmodel/core/arn.hpp>
#include <awsmodel/detail/placement_index.hpp>
#include <awsmodel/ecs/placement_explanation.hpp>
#include <awsmodel/ecs/placement_filters.hpp>
#include <awsmodel/ecs/placement_request.hpp>
#include <awsmodel/ecs/placement_state.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace awsmodel::ecs {

struct placement_options {
    bool explain = false;        ///< fill `placement_result::explanation`
    bool benchmark_only = false; ///< allow counts above 10 (ECS-PL-005)
};

/// The response RunTask would give, or the diagnostics of an invalid request.
struct placement_result {
    core::diagnostics diagnostics;
    std::optional<run_task_response> response;
    std::optional<placement_explanation> explanation;
};

/// The detail of a Failure when the cluster has no ACTIVE instance.
inline constexpr std::string_view no_instances_detail = "No Container Instances were found in your cluster.";

namespace detail {

using awsmodel::detail::placement_index;

// splitmix64: a seeded generator whose sequence is the same on every platform (std's
// distributions are not), so that a seed names one placement.
struct placement_random {
    std::uint64_t state;
    std::uint64_t next() noexcept {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) noexcept { return static_cast<std::size_t>(next() % n); }
};

// The engine of one call: the instances' states, which can take the task, and the chain.
class placement_engine {
public:
    placement_engine(const cluster_state& cluster, const placement_request& p)
        : p_(p), states_(instance_states(cluster, p.group)), rng_{cluster.seed} {
        const std::size_t m = states_.size();
        reasons_.assign(m, placement_reason::none);
        member_ok_.assign(m, true);
        dynamic_member_of_ = p.constraints.member_of_depends_on_tasks();
        for (std::size_t i = 0; i < m; ++i) {
            if (!states_[i].active) continue;
            member_ok_[i] = member_of_holds(states_[i], p.constraints);
            reasons_[i] = reason(i);
        }
        // Buckets of every attribute spread: one per value of the attribute, and one for the
        // instances that lack it (the absent value is a value of its own).
        for (const auto& step : p.chain) {
            attribute_buckets b;
            if (step.what == chain_step::kind::spread_attribute) {
                std::unordered_map<std::string_view, std::size_t> ids;
                std::optional<std::size_t> absent;
                b.of.resize(m);
                for (std::size_t i = 0; i < m; ++i) {
                    auto v = states_[i].attribute(step.attribute);
                    std::size_t id = 0;
                    if (!v) {
                        if (!absent) {
                            absent = b.value.size();
                            b.value.emplace_back(std::nullopt);
                        }
                        id = *absent;
                    } else if (auto it = ids.find(*v); it != ids.end()) {
                        id = it->second;
                    } else {
                        id = b.value.size();
                        ids.emplace(*v, id);
                        b.value.emplace_back(*v);
                    }
                    b.of[i] = id;
                }
                b.tasks.assign(b.value.size(), 0);
                for (std::size_t i = 0; i < m; ++i) b.tasks[b.of[i]] += states_[i].group_tasks;
            }
            buckets_.push_back(std::move(b));
        }
        indexed_ = !p.chain.empty() && p.chain.size() < placement_index::key_size;
        for (std::size_t k = 0; k < p.chain.size() && indexed_; ++k) {
            const auto w = p.chain[k].what;
            if (w == chain_step::kind::random || (w == chain_step::kind::spread_attribute && k != 0)) indexed_ = false;
        }
        if (indexed_) {
            leading_attribute_ = p.chain.front().what == chain_step::kind::spread_attribute;
            index_.emplace(leading_attribute_ ? buckets_[0].value.size() : 1);
            keys_.resize(m);
            if (leading_attribute_)
                for (std::size_t b = 0; b < buckets_[0].tasks.size(); ++b) index_->set_weight(b, buckets_[0].tasks[b]);
            for (std::size_t i = 0; i < m; ++i)
                if (candidate(i)) {
                    keys_[i] = key_of(i);
                    index_->insert(bucket_of(i), keys_[i]);
                }
        }
    }

    bool candidate(std::size_t i) const { return states_[i].active && reasons_[i] == placement_reason::none; }
    const std::vector<instance_state>& states() const { return states_; }
    const std::vector<placement_reason>& reasons() const { return reasons_; }

    /// The instance the next task goes to, or nothing when no instance can take it.
    std::optional<std::size_t> choose() {
        if (indexed_) {
            auto best = index_->best();
            if (!best) return std::nullopt;
            return static_cast<std::size_t>((*best)[placement_index::key_size - 1]);
        }
        std::vector<std::size_t> tied;
        for (std::size_t i = 0; i < states_.size(); ++i)
            if (candidate(i)) tied.push_back(i);
        if (tied.empty()) return std::nullopt;
        if (p_.chain.empty()) return tied[rng_.below(tied.size())];
        for (std::size_t k = 0; k < p_.chain.size(); ++k) {
            if (p_.chain[k].what == chain_step::kind::random) return tied[rng_.below(tied.size())];
            std::int64_t best = INT64_MAX;
            for (auto i : tied) best = std::min(best, value(k, i));
            std::erase_if(tied, [&](std::size_t i) { return value(k, i) != best; });
        }
        return tied.front();
    }

    /// Places one task on instance `i`; returns the GPU ids of each container.
    std::vector<std::vector<std::string>> place_on(std::size_t i) {
        if (indexed_) index_->erase(bucket_of(i), keys_[i]);
        auto gpus = take(states_[i], p_.needs, p_.group);
        for (std::size_t k = 0; k < p_.chain.size(); ++k)
            if (p_.chain[k].what == chain_step::kind::spread_attribute) ++buckets_[k].tasks[buckets_[k].of[i]];
        if (dynamic_member_of_) member_ok_[i] = member_of_holds(states_[i], p_.constraints);
        reasons_[i] = reason(i);
        if (indexed_) {
            if (leading_attribute_) index_->set_weight(bucket_of(i), buckets_[0].tasks[bucket_of(i)]);
            if (candidate(i)) {
                keys_[i] = key_of(i);
                index_->insert(bucket_of(i), keys_[i]);
            }
        }
        return gpus;
    }

    /// What strategy `k` compares for instance `i` (less is better).
    std::int64_t value(std::size_t k, std::size_t i) const {
        const instance_state& s = states_[i];
        switch (p_.chain[k].what) {
        case chain_step::kind::binpack_cpu: return s.cpu;
        case chain_step::kind::binpack_memory: return s.memory;
        case chain_step::kind::spread_instance: return s.group_tasks;
        case chain_step::kind::spread_attribute: return buckets_[k].tasks[buckets_[k].of[i]];
        case chain_step::kind::random: return 0;
        }
        return 0;
    }
    std::optional<std::string_view> bucket_value(std::size_t k, std::size_t i) const {
        return buckets_[k].value[buckets_[k].of[i]];
    }

private:
    struct attribute_buckets {
        std::vector<std::size_t> of;                          // instance -> bucket
        std::vector<std::optional<std::string_view>> value;   // bucket -> attribute value
        std::vector<std::int64_t> tasks;                      // bucket -> tasks of the group
    };

    placement_reason reason(std::size_t i) const {
        const instance_state& s = states_[i];
        if (auto r = resource_failure(s, p_.needs, p_.constraints); r != placement_reason::none) return r;
        if (!member_ok_[i]) return placement_reason::member_of;
        if (p_.constraints.distinct_instance && s.group_tasks > 0) return placement_reason::distinct_instance;
        return placement_reason::none;
    }
    std::size_t bucket_of(std::size_t i) const { return leading_attribute_ ? buckets_[0].of[i] : 0; }
    placement_index::key key_of(std::size_t i) const {
        placement_index::key k{};
        std::size_t slot = 0;
        for (std::size_t s = leading_attribute_ ? 1 : 0; s < p_.chain.size(); ++s) k[slot++] = value(s, i);
        k[placement_index::key_size - 1] = static_cast<std::int64_t>(i);
        return k;
    }

    const placement_request& p_;
    std::vector<instance_state> states_;
    std::vector<placement_reason> reasons_;
    std::vector<bool> member_ok_;
    bool dynamic_member_of_ = false;
    std::vector<attribute_buckets> buckets_;
    bool indexed_ = false, leading_attribute_ = false;
    std::optional<placement_index> index_;
    std::vector<placement_index::key> keys_;
    placement_random rng_;
};

inline std::string hex_id(placement_random& rng) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    std::uint64_t a = rng.next(), b = rng.next();
    for (int i = 0; i < 16; ++i) {
        out[static_cast<std::size_t>(i)] = digits[(a >> (60 - 4 * i)) & 15];
        out[static_cast<std::size_t>(16 + i)] = digits[(b >> (60 - 4 * i)) & 15];
    }
    return out;
}

// The region and account of the cluster's ARNs, from its first instance that has a parsable ARN.
inline std::pair<std::string, std::string> region_account(const cluster_state& cluster) {
    for (const auto& ci : cluster.container_instances)
        if (ci.container_instance_arn)
            if (auto a = core::parse_arn(*ci.container_instance_arn))
                return {std::string(a->region), std::string(a->account)};
    return {"us-east-1", "000000000000"};
}

inline placement_explanation explain_start(const placement_engine& e, const placement_request& p,
                                           const run_task_request& request) {
    placement_explanation x;
    if (p.td->task_definition_arn) x.task_definition_arn = *p.td->task_definition_arn;
    x.group = p.group;
    for (const auto& s : p.chain) x.strategies.push_back(s.label);
    x.requested = static_cast<std::int32_t>(p.count);
    (void)request;
    const auto& states = e.states();
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < states.size(); ++i)
        if (e.candidate(i)) candidates.push_back(i);
    for (std::size_t i = 0; i < states.size(); ++i) {
        const instance_state& s = states[i];
        instance_explanation ix;
        if (s.instance->container_instance_arn) ix.container_instance_arn = *s.instance->container_instance_arn;
        ix.ec2_instance_id = s.instance->ec2_instance_id;
        ix.status = s.instance->status;
        if (!s.active) {
            ix.rejected_by = core::cat("status ", s.instance->status.value_or("(none)"),
                                       ": only ACTIVE instances are candidates");
        } else if (!e.candidate(i)) {
            ix.rejected_by = std::string(reason_text(e.reasons()[i]));
        } else {
            std::vector<strategy_rank> ranks;
            for (std::size_t k = 0; k < p.chain.size(); ++k) {
                strategy_rank r;
                r.strategy = p.chain[k].label;
                if (p.chain[k].what != chain_step::kind::random) {
                    const std::int64_t v = e.value(k, i);
                    r.value = v;
                    std::int32_t better = 0;
                    for (auto j : candidates) better += e.value(k, j) < v ? 1 : 0;
                    r.rank = better + 1;
                    if (p.chain[k].what == chain_step::kind::spread_attribute)
                        if (auto b = e.bucket_value(k, i)) r.bucket = std::string(*b);
                }
                ranks.push_back(std::move(r));
            }
            ix.ranks = std::move(ranks);
        }
        x.instances.push_back(std::move(ix));
    }
    return x;
}

} // namespace detail

/// Places `request`'s tasks on `cluster`, as RunTask with the EC2 launch type would.
inline placement_result place(const cluster_state& cluster, const run_task_request& request,
                              const placement_options& options = {}) {
    placement_result result;
    auto p = prepare_placement(cluster, request, options.benchmark_only, result.diagnostics);
    if (!p) return result;
    run_task_response response;
    response.tasks.emplace();
    response.failures.emplace();
    detail::placement_engine engine(cluster, *p);
    if (options.explain) result.explanation = detail::explain_start(engine, *p, request);

    const bool any_active = std::any_of(engine.states().begin(), engine.states().end(),
                                        [](const instance_state& s) { return s.active; });
    if (!any_active) {
        failure f;
        f.reason = "MISSING";
        f.detail = std::string(no_instances_detail);
        response.failures->push_back(std::move(f));
        result.response = std::move(response);
        return result;
    }

    const auto [region, account] = detail::region_account(cluster);
    const std::string cluster_name = detail::cluster_of_request(request);
    const std::string cluster_arn = core::cat("arn:aws:ecs:", region, ":", account, ":cluster/", cluster_name);
    detail::placement_random ids{cluster.seed ^ 0x5eedULL};
    std::vector<std::int32_t> placed_on(engine.states().size(), 0);
    // Room for the tasks that can be placed: the count, or fewer when CPU and memory bound them,
    // so that a benchmark count of a million on a small cluster does not reserve gigabytes.
    std::int64_t room = 0;
    for (const auto& s : engine.states()) {
        if (!s.active || room >= p->count) continue;
        std::int64_t fit = p->count;
        if (p->needs.cpu > 0) fit = std::min(fit, std::max<std::int64_t>(s.cpu, 0) / p->needs.cpu);
        if (p->needs.memory > 0) fit = std::min(fit, std::max<std::int64_t>(s.memory, 0) / p->needs.memory);
        room += fit;
    }
    response.tasks->reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(room, 0, p->count)));
    for (std::int64_t n = 0; n < p->count; ++n) {
        auto chosen = engine.choose();
        if (!chosen) break;
        const instance_state& s = engine.states()[*chosen];
        auto gpus = engine.place_on(*chosen);
        ++placed_on[*chosen];
        task t;
        const std::string task_arn = core::cat("arn:aws:ecs:", region, ":", account, ":task/", cluster_name, "/", detail::hex_id(ids));
        t.task_arn = core::arn::from_wire(task_arn);
        t.cluster_arn = core::arn::from_wire(cluster_arn);
        t.task_definition_arn = p->td->task_definition_arn;
        t.container_instance_arn = s.instance->container_instance_arn;
        t.group = p->group;
        t.last_status = "PROVISIONING";
        t.desired_status = "RUNNING";
        t.launch_type = launch_type::ec2;
        t.cpu = task_cpu(core::cpu_units(static_cast<std::int32_t>(p->needs.cpu)));
        t.memory = task_memory(core::mebibytes(static_cast<std::int32_t>(p->needs.memory)));
        t.overrides = request.overrides ? *request.overrides : task_override{};
        t.started_by = request.started_by;
        t.tags = request.tags;
        t.enable_execute_command = request.enable_execute_command.value_or(false);
        t.version = 1;
        if (!s.zone.empty()) t.availability_zone = std::string(s.zone);
        std::vector<container> containers;
        for (std::size_t c = 0; c < p->needs.containers.size(); ++c) {
            const container_needs& cn = p->needs.containers[c];
            container k;
            k.task_arn = t.task_arn;
            k.container_arn = core::arn::from_wire(
                core::cat("arn:aws:ecs:", region, ":", account, ":container/", cluster_name, "/",
                          std::string_view(task_arn).substr(task_arn.rfind('/') + 1), "/", detail::hex_id(ids)));
            if (!cn.name.empty()) k.name = container_name::from_wire(cn.name);
            if (!cn.image.empty()) k.image = cn.image;
            k.last_status = "PENDING";
            k.cpu = std::to_string(cn.cpu.value_or(0));
            if (cn.memory) k.memory = std::to_string(*cn.memory);
            if (cn.memory_reservation) k.memory_reservation = std::to_string(*cn.memory_reservation);
            if (!gpus[c].empty()) k.gpu_ids = std::move(gpus[c]);
            containers.push_back(std::move(k));
        }
        t.containers = std::move(containers);
        response.tasks->push_back(std::move(t));
    }
    if (static_cast<std::int64_t>(response.tasks->size()) < p->count)
        for (std::size_t i = 0; i < engine.states().size(); ++i) {
            const instance_state& s = engine.states()[i];
            if (!s.active) continue;
            failure f;
            f.arn = s.instance->container_instance_arn;
            f.reason = std::string(reason_text(engine.reasons()[i]));
            response.failures->push_back(std::move(f));
        }
    if (result.explanation) {
        result.explanation->placed = static_cast<std::int32_t>(response.tasks->size());
        for (std::size_t i = 0; i < placed_on.size(); ++i) result.explanation->instances[i].tasks_placed = placed_on[i];
    }
    result.response = std::move(response);
    return result;
}

} // namespace awsmodel::ecs

#endif
