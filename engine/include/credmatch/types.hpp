// Strong types for the units and identifiers credmatch works with. Units live in types, not in
// names: Ects{5.0}, EqfRange{6, 6}, CountryCode{"DE"}. All are plain values; thread-safe to copy.
// Example:
//   EqfRange bachelor{6, 6};
//   if (bachelor.Contains(EqfLevel{6})) ...
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <string>
#include <utility>

namespace credmatch {

// A value of type T tagged so that it cannot be mixed with other values of the same T.
template <typename Tag, typename T>
class StrongValue {
 public:
  constexpr StrongValue() = default;
  constexpr explicit StrongValue(T value) : value_(std::move(value)) {}
  constexpr const T& value() const { return value_; }
  constexpr auto operator<=>(const StrongValue&) const = default;

 private:
  T value_{};
};

// Student workload in ECTS credits (1 ECTS = 25-30 hours; ECTS Users' Guide 2015).
using Ects = StrongValue<struct EctsTag, double>;
// Notional learning hours.
using Hours = StrongValue<struct HoursTag, double>;
// ISO 3166-1 alpha-2 code ("DE") or a documented region id ("BE-FL", "GB-SCT").
using CountryCode = StrongValue<struct CountryCodeTag, std::string>;
// ISO 639-1 language code ("en", "fr").
using LanguageCode = StrongValue<struct LanguageCodeTag, std::string>;
// Framework id as in frameworks/national/*.yaml ("IE-NFQ", "SCQF").
using FrameworkId = StrongValue<struct FrameworkIdTag, std::string>;
// Dense id of an ESCO concept inside a loaded taxonomy.
using ConceptId = StrongValue<struct ConceptIdTag, std::uint32_t>;

// An EQF level, 1..8 (Council Recommendation 2017/C 189/03, Annex II).
using EqfLevel = StrongValue<struct EqfLevelTag, int>;

// A closed range of EQF levels: an NQF level or a title can reference more than one EQF level.
struct EqfRange {
  int min = 0;
  int max = 0;
  bool Contains(EqfLevel level) const { return level.value() >= min && level.value() <= max; }
  bool IsSingle() const { return min == max; }
  // "EQF 6", "EQF 5-6".
  std::string Text() const {
    return IsSingle() ? "EQF " + std::to_string(min)
                      : "EQF " + std::to_string(min) + "-" + std::to_string(max);
  }
  bool operator==(const EqfRange&) const = default;
};

}  // namespace credmatch
