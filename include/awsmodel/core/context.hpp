// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_CONTEXT_HPP
#define AWSMODEL_CORE_CONTEXT_HPP

// Documents other than the one validated that its rules consult: the task definition a RunTask
// request starts, the cluster a service runs in. They are passed explicitly, by type, so a rule
// that needs one finds it or is skipped; nothing depends on what a TU happened to include.

#include <boost/container/small_vector.hpp>

#include <cstddef>

namespace awsmodel::core {

namespace detail {
// One object per type in the whole program (an inline variable): its address identifies the type
// without RTTI.
template <class D>
inline constexpr char document_type_key = 0;
} // namespace detail

/// The documents a validation may consult, at most one per type (a later one replaces an earlier
/// one of its type). It refers to them: they must outlive every `validate` that is given it.
///
///   core::validation_context context{task_definition, cluster};
///   auto findings = core::validate(run_task_request, context);
class validation_context {
public:
    validation_context() = default;
    template <class... Documents>
    explicit validation_context(const Documents&... documents) {
        (add(documents), ...);
    }
    validation_context(const validation_context&) = default;
    validation_context& operator=(const validation_context&) = default;

    /// Adds `document` (or replaces the one of its type).
    template <class D>
    validation_context& add(const D& document) {
        for (entry& e : entries_)
            if (e.type == &detail::document_type_key<D>) {
                e.document = &document;
                return *this;
            }
        entries_.push_back({&detail::document_type_key<D>, &document});
        return *this;
    }

    /// The document of type `D`, or nullptr when the context has none.
    template <class D>
    const D* find() const noexcept {
        for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
            if (it->type == &detail::document_type_key<D>) return static_cast<const D*>(it->document);
        return nullptr;
    }

    std::size_t size() const noexcept { return entries_.size(); }
    bool empty() const noexcept { return entries_.empty(); }

    /// Adds `document` for the duration of `f`: the walk makes a value that encloses others (a
    /// task definition around its containers) the context of the rules of what it encloses.
    template <class D, class F>
    void with(const D& document, F&& f) {
        entries_.push_back({&detail::document_type_key<D>, &document});
        f();
        entries_.pop_back();
    }

private:
    struct entry {
        const void* type;
        const void* document;
    };
    boost::container::small_vector<entry, 4> entries_;
};

/// A type whose values are the context of the rules of the values inside them, when validation
/// walks them (`static constexpr bool encloses_context = true;` in the struct).
template <class T>
concept encloses_context = requires { requires T::encloses_context; };

} // namespace awsmodel::core

#endif
