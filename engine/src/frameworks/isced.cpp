// ISCED-F 2013 fields (isced_f.yaml; docs/frameworks.md "Fields").
#include <algorithm>

#include "frameworks/registry_impl.hpp"
#include "frameworks/text_key.hpp"

namespace credmatch {
namespace {

using Impl = FrameworkRegistry::Impl;

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The name of `code`, listed or derived ("... not further defined", "... not elsewhere
// classified"); nullopt when the code is not an ISCED-F code.
std::optional<std::pair<std::string, bool>> NameOf(const Impl& impl, const std::string& code) {
  if (auto it = impl.isced.find(code); it != impl.isced.end()) {
    return std::make_pair(it->second.name, false);
  }
  if (code.size() < 3 || code.size() > 4) return std::nullopt;
  const std::string parent = code.substr(0, code.size() - 1);
  const char last = code.back();
  auto listed = impl.isced.find(parent);
  if (listed != impl.isced.end()) {
    // Inter-disciplinary (xx8) and unknown (99) fields have no nfd / nec children.
    if (parent.back() == '8' && parent.size() == 3) return std::nullopt;
    if (parent.rfind("99", 0) == 0) return std::nullopt;
    if (last == '0') return std::make_pair(listed->second.name + " not further defined", true);
    if (last == '9') return std::make_pair(listed->second.name + " not elsewhere classified", true);
    return std::nullopt;
  }
  // xx00 / xx99 under a derived narrow code xx0 / xx9.
  if (code.size() == 4 && code[3] == code[2] && (last == '0' || last == '9')) {
    return NameOf(impl, parent);
  }
  return std::nullopt;
}

bool ContainsPhrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
  if (phrase.empty() || phrase.size() > words.size()) return false;
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
      return true;
    }
  }
  return false;
}

}  // namespace

StatusOr<IscedFieldInfo> FrameworkRegistry::IscedField(std::string_view code) const {
  std::string c(internal::Trim(code));
  if (!AllDigits(c) || c.size() < 2 || c.size() > 4) {
    return InvalidArgumentError("\"" + std::string(code) +
                                "\": expected an ISCED-F code of 2-4 digits");
  }
  auto name = NameOf(*impl_, c);
  if (!name) return NotFoundError("\"" + c + "\" is not an ISCED-F 2013 field code");
  IscedFieldInfo info;
  info.code = c;
  info.name = name->first;
  info.derived = name->second;
  info.source = impl_->isced_source;
  info.broad_code = c.substr(0, 2);
  if (auto b = NameOf(*impl_, info.broad_code)) info.broad_name = b->first;
  if (c.size() >= 3) {
    info.narrow_code = c.substr(0, 3);
    if (auto n = NameOf(*impl_, info.narrow_code)) info.narrow_name = n->first;
  }
  if (c.size() == 4) {
    info.detailed_code = c;
    info.detailed_name = info.name;
  }
  return info;
}

StatusOr<FieldMatch> FrameworkRegistry::ResolveField(std::string_view text) const {
  std::string_view t = internal::Trim(text);
  if (t.empty()) return InvalidArgumentError("empty field");
  FieldMatch match;
  if (std::size_t pos = t.find("isced-f/"); pos != std::string_view::npos) {
    std::string_view seg = t.substr(pos + 8);
    seg = seg.substr(0, seg.find_first_of("#?/"));
    if (!AllDigits(seg)) {
      return NotFoundError("\"" + std::string(t) + "\": the ISCED-F URI has no field code");
    }
    CREDMATCH_ASSIGN_OR_RETURN(match.field, IscedField(seg));
    match.confidence = 1.0;
    match.rule = "field.uri";
    match.matched = std::string(t);
    return match;
  }
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits >= 2 && digits <= 4 &&
      (digits == t.size() || t[digits] == ' ' || t[digits] == '-' || t[digits] == ':' ||
       t[digits] == '.' || t[digits] == '\t')) {
    CREDMATCH_ASSIGN_OR_RETURN(match.field, IscedField(t.substr(0, digits)));
    match.confidence = digits == t.size() ? 1.0 : 0.95;
    match.rule = "field.code";
    match.matched = std::string(t.substr(0, digits));
    return match;
  }

  const std::vector<std::string> words = internal::SplitWords(internal::MatchKey(t));
  if (words.empty()) return NotFoundError("no ISCED-F field matches \"" + std::string(t) + "\"");
  const IscedRow* best = nullptr;
  std::size_t best_words = 0;
  std::string best_text;
  bool exact = false;
  for (const auto& [code, row] : impl_->isced) {
    for (std::size_t k = 0; k < row.phrase_words.size(); ++k) {
      const auto& phrase = row.phrase_words[k];
      bool is_exact = phrase == words;
      if (!is_exact && (exact || !ContainsPhrase(words, phrase))) continue;
      // Prefer exact over phrase, longer phrases, then the more specific code.
      bool better = best == nullptr || (is_exact && !exact) || phrase.size() > best_words ||
                    (phrase.size() == best_words && code.size() > best->code.size());
      if (is_exact && exact) better = code.size() > best->code.size();
      if (!better) continue;
      best = &row;
      best_words = phrase.size();
      best_text = row.phrase_texts[k];
      exact = exact || is_exact;
    }
  }
  if (best == nullptr) return NotFoundError("no ISCED-F field matches \"" + std::string(t) + "\"");
  CREDMATCH_ASSIGN_OR_RETURN(match.field, IscedField(best->code));
  match.matched = best_text;
  if (exact) {
    match.confidence = 0.9;
    match.rule = "field.exact-name";
  } else {
    match.confidence =
        0.5 + 0.35 * static_cast<double>(best_words) / static_cast<double>(words.size());
    match.rule = "field.phrase";
  }
  return match;
}

}  // namespace credmatch
