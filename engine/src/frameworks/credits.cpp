// Credit systems and workload conversion to ECTS (credit_systems.yaml; docs/frameworks.md).
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "frameworks/registry_impl.hpp"
#include "frameworks/text_key.hpp"

namespace credmatch {
namespace {

using Impl = FrameworkRegistry::Impl;

constexpr double kMaxPlausibleEcts = 480.0;  // 8 years of full-time study
constexpr double kImplausibleConfidence = 0.1;
constexpr double kAssumedUnitFactor = 0.6;

std::string FormatNumber(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

bool ParseDecimal(std::string_view s, double& out) {
  std::string copy(s);
  std::replace(copy.begin(), copy.end(), ',', '.');
  if (copy.empty()) return false;
  auto [p, ec] = std::from_chars(copy.data(), copy.data() + copy.size(), out);
  return ec == std::errc() && p == copy.data() + copy.size() && std::isfinite(out);
}

void AddPlausibilityFlags(EctsConversion& c) {
  bool implausible = false;
  if (c.ects.value() < 0) {
    c.flags.push_back("implausible: negative workload");
    implausible = true;
  } else if (c.ects.value() == 0) {
    c.flags.push_back("implausible: zero workload");
    implausible = true;
  } else if (c.ects.value() > kMaxPlausibleEcts) {
    c.flags.push_back("implausible: more than " + FormatNumber(kMaxPlausibleEcts) + " ECTS (" +
                      FormatNumber(c.ects.value()) + ")");
    implausible = true;
  }
  if (implausible) c.confidence = std::min(c.confidence, kImplausibleConfidence);
}

struct HoursRule {
  double best, lo, hi;  // hours per ECTS
};

HoursRule HoursPerEcts(const Impl& impl, const ConversionOptions& options) {
  if (options.hours_per_ects && *options.hours_per_ects > 0) {
    return {*options.hours_per_ects, *options.hours_per_ects, *options.hours_per_ects};
  }
  return {impl.hours_per_ects, impl.hours_per_ects_min, impl.hours_per_ects_max};
}

EctsConversion Convert(const Impl& impl, const CreditSystemRow& row, double value,
                       const ConversionOptions& options) {
  const CreditSystemInfo& info = row.info;
  EctsConversion c;
  c.system = info.id;
  c.rule = "workload." + info.id;
  c.source = info.source;
  c.confidence = info.confidence;
  c.flags = row.flags;
  double per = info.ects_per_unit, lo = info.ects_per_unit_min, hi = info.ects_per_unit_max;
  if (info.conversion == "hours") {
    HoursRule h = HoursPerEcts(impl, options);
    per = row.hours_per_unit / h.best;
    lo = row.hours_per_unit / h.hi;
    hi = row.hours_per_unit / h.lo;
  } else if (row.configurable == "us_semester_ects" && options.us_semester_ects &&
             *options.us_semester_ects > 0) {
    // The quarter-hour rule scales with the semester-hour rule (45 vs 30 per year).
    double scale = 1.0;
    for (const CreditSystemRow& r : impl.credit_systems) {
      if (r.info.id == "us-semester-hour") scale = info.ects_per_unit / r.info.ects_per_unit;
    }
    per = lo = hi = *options.us_semester_ects * scale;
  }
  c.ects = Ects{value * per};
  c.min = Ects{std::min(value * lo, value * hi)};
  c.max = Ects{std::max(value * lo, value * hi)};
  AddPlausibilityFlags(c);
  return c;
}

const CreditSystemRow* FindRow(const Impl& impl, std::string_view name) {
  std::string_view t = internal::Trim(name);
  if (std::size_t pos = t.find("education-credit/"); pos != std::string_view::npos) {
    std::string_view last = t.substr(t.find_last_of('/') + 1);
    auto it = impl.credit_by_uri.find(std::string(last));
    return it == impl.credit_by_uri.end() ? nullptr : &impl.credit_systems[it->second];
  }
  auto it = impl.credit_by_key.find(internal::MatchKey(t));
  return it == impl.credit_by_key.end() ? nullptr : &impl.credit_systems[it->second];
}

// Units that say "credits" without saying which system.
bool IsGenericCreditUnit(std::string_view unit) {
  std::string key = internal::MatchKey(unit);
  return key == "credits" || key == "credit" || key == "credit points" || key == "points" ||
         key == "cr" || key == "credit units";
}

}  // namespace

StatusOr<IsoDuration> ParseIsoDuration(std::string_view text) {
  std::string_view t = internal::Trim(text);
  auto error = [&](std::string_view what) {
    return InvalidArgumentError(
        "\"" + std::string(text) +
        "\": expected an ISO-8601 duration such as PT125H or P3D: " + std::string(what));
  };
  if (t.empty() || (t.front() != 'P' && t.front() != 'p')) return error("must start with P");
  IsoDuration d;
  bool in_time = false;
  bool any = false;
  bool time_component = false;
  std::string_view order_date = "YMWD";
  std::string_view order_time = "HMS";
  std::size_t last_date = 0, last_time = 0;  // position in the orders, to enforce Y before M ...
  std::size_t i = 1;
  while (i < t.size()) {
    char c = t[i];
    if (c == 'T' || c == 't') {
      if (in_time) return error("T appears twice");
      in_time = true;
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ',')) ++i;
    if (start == i) return error(std::string("unexpected '") + c + "'");
    if (i >= t.size()) return error("number without a unit letter");
    double v = 0;
    if (!ParseDecimal(t.substr(start, i - start), v)) return error("bad number");
    char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(t[i])));
    std::string_view order = in_time ? order_time : order_date;
    std::size_t pos = order.find(unit);
    if (pos == std::string_view::npos) {
      return error(std::string("unit '") + t[i] + "' not allowed " +
                   (in_time ? "after T" : "before T"));
    }
    std::size_t& last = in_time ? last_time : last_date;
    if (pos + 1 <= last) return error("components out of order");
    last = pos + 1;
    if (in_time) {
      time_component = true;
      (unit == 'H' ? d.hours : unit == 'M' ? d.minutes : d.seconds) = v;
    } else {
      (unit == 'Y' ? d.years : unit == 'M' ? d.months : unit == 'W' ? d.weeks : d.days) = v;
    }
    any = true;
    ++i;
  }
  if (!any) return error("no components");
  if (in_time && !time_component) return error("T without hours, minutes or seconds");
  return d;
}

std::vector<CreditSystemInfo> FrameworkRegistry::CreditSystems() const {
  std::vector<CreditSystemInfo> out;
  for (const CreditSystemRow& row : impl_->credit_systems) out.push_back(row.info);
  return out;
}

StatusOr<CreditSystemInfo> FrameworkRegistry::FindCreditSystem(std::string_view name) const {
  if (const CreditSystemRow* row = FindRow(*impl_, name)) return row->info;
  return NotFoundError("unknown credit system \"" + std::string(name) +
                       "\" (see frameworks/credit_systems.yaml)");
}

StatusOr<EctsConversion> FrameworkRegistry::ConvertToEcts(double value, std::string_view system,
                                                          const ConversionOptions& options) const {
  if (!std::isfinite(value)) return InvalidArgumentError("workload value is not a finite number");
  const CreditSystemRow* row = FindRow(*impl_, system);
  if (row == nullptr) {
    return NotFoundError("unknown credit system \"" + std::string(system) +
                         "\" (see frameworks/credit_systems.yaml)");
  }
  return Convert(*impl_, *row, value, options);
}

StatusOr<EctsConversion> FrameworkRegistry::ConvertDurationToEcts(
    std::string_view iso_duration, const ConversionOptions& options) const {
  CREDMATCH_ASSIGN_OR_RETURN(IsoDuration d, ParseIsoDuration(iso_duration));
  const DurationRules& rules = impl_->durations;
  HoursRule h = HoursPerEcts(*impl_, options);
  EctsConversion c;
  c.system = "duration";
  c.source = rules.source;
  double hours = d.TimeHours() + d.days * rules.day_hours;
  double best = hours / h.best, lo = hours / h.hi, hi = hours / h.lo;
  double study =
      d.weeks * rules.week_ects + d.months * rules.month_ects + d.years * rules.year_ects;
  // A duration of study is an upper bound (full-time); part-time study gives less.
  best += study;
  lo += 0.5 * study;
  hi += study;
  c.ects = Ects{best};
  c.min = Ects{lo};
  c.max = Ects{hi};
  c.confidence = 1.0;
  if (d.TimeHours() > 0) c.confidence = std::min(c.confidence, rules.hours_confidence);
  if (d.days > 0) c.confidence = std::min(c.confidence, rules.day_confidence);
  if (d.weeks > 0) c.confidence = std::min(c.confidence, rules.week_confidence);
  if (d.months > 0) c.confidence = std::min(c.confidence, rules.month_confidence);
  if (d.years > 0) c.confidence = std::min(c.confidence, rules.year_confidence);
  if (!d.HasDatePart()) {
    c.rule = "workload.duration-hours";
  } else {
    c.rule = "workload.duration-of-study";
    std::string what;
    auto add = [&](double n, const char* unit, double ects_each, const char* per) {
      if (n == 0) return;
      if (!what.empty()) what += ", ";
      what += FormatNumber(n) + " " + unit + " (" + FormatNumber(ects_each) + " " + per + ")";
    };
    add(d.years, "year(s)", rules.year_ects, "ECTS per year");
    add(d.months, "month(s)", rules.month_ects, "ECTS per month");
    add(d.weeks, "week(s)", rules.week_ects, "ECTS per week");
    add(d.days, "day(s)", rules.day_hours, "hours per day");
    c.flags.push_back("duration-of-study: " + std::string(internal::Trim(iso_duration)) +
                      " is a duration of study, not a workload; read as " + what +
                      " of full-time study");
  }
  AddPlausibilityFlags(c);
  return c;
}

StatusOr<EctsConversion> FrameworkRegistry::ConvertWorkloadText(
    std::string_view text, const ConversionOptions& options) const {
  std::string_view t = internal::Trim(text);
  if (t.empty()) return InvalidArgumentError("empty workload");
  if (t.front() == 'P' || t.front() == 'p') {
    StatusOr<IsoDuration> d = ParseIsoDuration(t);
    if (d.ok()) return ConvertDurationToEcts(t, options);
  }
  // The first number, with a sign; ',' is a decimal comma unless it groups thousands.
  std::size_t start = t.find_first_of("0123456789");
  if (start == std::string_view::npos) {
    return InvalidArgumentError("\"" + std::string(text) + "\": expected a number and a unit");
  }
  std::size_t end = start;
  while (end < t.size() && ((t[end] >= '0' && t[end] <= '9') || t[end] == '.' || t[end] == ','))
    ++end;
  std::string number(t.substr(start, end - start));
  while (!number.empty() && (number.back() == '.' || number.back() == ',')) number.pop_back();
  bool negative = start > 0 && t[start - 1] == '-';
  std::size_t comma = number.find(',');
  if (comma != std::string::npos) {
    bool thousands = number.find('.') != std::string::npos ||
                     (number.size() - comma - 1 == 3 &&
                      number.find(',', comma + 1) == std::string::npos && comma <= 3);
    if (thousands) number.erase(std::remove(number.begin(), number.end(), ','), number.end());
  }
  double value = 0;
  if (!ParseDecimal(number, value)) {
    return InvalidArgumentError("\"" + std::string(text) + "\": bad number \"" + number + "\"");
  }
  if (negative) value = -value;
  auto clean = [](std::string_view s) {
    s = internal::Trim(s);
    while (!s.empty() &&
           (s.front() == '-' || s.front() == '+' || s.front() == ':' || s.front() == '('))
      s.remove_prefix(1);
    while (!s.empty() && (s.back() == ':' || s.back() == '=' || s.back() == '(' || s.back() == ')'))
      s.remove_suffix(1);
    return internal::Trim(s);
  };
  std::string_view before = clean(t.substr(0, negative ? start - 1 : start));
  std::string_view after = clean(t.substr(end));
  for (std::string_view unit : {after, before}) {
    if (unit.empty()) continue;
    if (const CreditSystemRow* row = FindRow(*impl_, unit)) {
      return Convert(*impl_, *row, value, options);
    }
  }
  std::string_view unit = !after.empty() ? after : before;
  if (unit.empty() || IsGenericCreditUnit(unit)) {
    const CreditSystemRow* ects = FindRow(*impl_, "ects");
    if (ects == nullptr) return InternalError("credit_systems.yaml has no 'ects' system");
    EctsConversion c = Convert(*impl_, *ects, value, options);
    c.rule = "workload.ects-assumed";
    c.confidence *= kAssumedUnitFactor;
    c.flags.push_back("assumed-unit: \"" + std::string(t) +
                      "\" names no credit system; read as ECTS");
    return c;
  }
  return InvalidArgumentError("\"" + std::string(text) + "\": unknown credit unit \"" +
                              std::string(unit) + "\" (see frameworks/credit_systems.yaml)");
}

}  // namespace credmatch
