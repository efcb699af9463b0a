// FrameworkRegistry queries: frameworks, levels, qualification titles, cycles, EQF descriptors.
#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

#include "frameworks/registry_impl.hpp"
#include "frameworks/text_key.hpp"

namespace credmatch {
namespace internal {

double StatusConfidence(std::string_view status) {
  if (status == "verified") return 1.0;
  if (status == "approximate") return 0.85;
  return 0.6;
}

bool IsStopWord(std::string_view word) {
  static const std::unordered_set<std::string_view> kStopWords = {
      "a",   "an",  "and",   "the", "of", "in",  "for", "on",  "degree", "de",  "du",
      "des", "la",  "le",    "les", "en", "et",  "der", "die", "das",    "im",  "und",
      "di",  "del", "della", "e",   "y",  "van", "het", "og",  "i",      "och", "w",
      "z",   "na",  "v",     "u",   "ja", "ve",  "da",  "do",  "em"};
  return kStopWords.count(word) > 0;
}

}  // namespace internal

namespace {

using Impl = FrameworkRegistry::Impl;
using internal::LabelKey;
using internal::LevelKey;
using internal::MatchKey;

bool IsBoundary(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return true;
  auto c = static_cast<unsigned char>(s[pos]);
  return !(std::isalnum(c) || c >= 0x80);
}

// Removes a leading `prefix` of `text` that ends at a word boundary. Returns false if none.
bool StripPrefix(std::string& text, std::string_view prefix) {
  if (prefix.empty() || text.compare(0, prefix.size(), prefix) != 0) return false;
  if (!IsBoundary(text, prefix.size())) return false;
  text.erase(0, prefix.size());
  std::size_t k = 0;
  while (k < text.size() && (text[k] == ' ' || text[k] == '-' || text[k] == ':' || text[k] == '.'))
    ++k;
  text.erase(0, k);
  return true;
}

// Words that say "level" in the labels of the national frameworks.
bool IsLevelWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "level",  "levels",  "niveau", "niveaux", "stufe", "niveaustufe", "nivel", "livello",
      "taso",   "tason",   "niva",   "nivaa",   "nivo",  "lygis",       "szint", "poziom",
      "uroven", "stopnja", "razina", "raven",   "nqf",   "nfq",         "qf",    "lvl"};
  return kWords.count(w) > 0;
}

std::string DropLevelWords(std::string_view label) {
  std::string out;
  std::size_t start = 0;
  while (start <= label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string_view::npos) end = label.size();
    std::string_view w = label.substr(start, end - start);
    if (!w.empty() && !IsLevelWord(w)) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    start = end + 1;
  }
  return out;
}

LevelMapping MakeMapping(const FrameworkData& fw, const LevelRow& row, std::string_view matched) {
  LevelMapping m;
  m.framework = fw.info.id;
  m.level = row.level;
  m.eqf = row.eqf;
  m.status = row.eqf ? row.status : "not-referenced";
  m.confidence = row.eqf ? internal::StatusConfidence(row.status) : 0.0;
  m.source = row.source;
  m.matched = std::string(matched);
  m.note = row.note;
  return m;
}

const LevelRow* MatchLevelKeys(const FrameworkData& fw, std::string_view label) {
  std::string lkey = LevelKey(label);
  for (const LevelRow& row : fw.levels) {
    if (row.level_key == lkey) return &row;
  }
  std::string akey = LabelKey(label);
  for (const LevelRow& row : fw.levels) {
    for (const std::string& a : row.alias_keys) {
      if (a == akey) return &row;
    }
  }
  return nullptr;
}

// Finds the level of `fw` that `input` names (docs/frameworks.md, "Level labels").
const LevelRow* MatchLevel(const FrameworkData& fw, std::string_view input) {
  if (const LevelRow* row = MatchLevelKeys(fw, input)) return row;
  std::string rest = LabelKey(input);
  for (const std::string& p : fw.prefix_keys) {
    if (StripPrefix(rest, p)) break;
  }
  rest = DropLevelWords(rest);
  if (rest.empty()) return nullptr;
  if (const LevelRow* row = MatchLevelKeys(fw, rest)) return row;
  if (int n = internal::RomanToInt(rest); n > 0) {
    if (const LevelRow* row = MatchLevelKeys(fw, std::to_string(n))) return row;
  }
  return nullptr;
}

// Length of the longest prefix key of `fw` that starts `label` (a LabelKey), or 0.
std::size_t PrefixLength(const FrameworkData& fw, std::string_view label) {
  for (const std::string& p : fw.prefix_keys) {  // longest first
    if (label.compare(0, p.size(), p) == 0 && IsBoundary(label, p.size())) return p.size();
  }
  return 0;
}

// A level label that explicitly names a framework or equals a level alias ("SCQF Level 9",
// "IE NQF Level 8"); a bare "8" is not one.
const LevelRow* MatchExplicitLevelLabel(const FrameworkData& fw, std::string_view text) {
  std::string label = LabelKey(text);
  for (const LevelRow& row : fw.levels) {
    for (const std::string& a : row.alias_keys) {
      if (a == label && LevelKey(a) != row.level_key) return &row;
    }
  }
  if (PrefixLength(fw, label) == 0) return nullptr;
  return MatchLevel(fw, text);
}

std::string CanonicalCountry(std::string_view country) {
  std::string cc(internal::Trim(country));
  for (char& c : cc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto replace_head = [&](std::string_view from, std::string_view to) {
    if (cc.compare(0, from.size(), from) == 0 &&
        (cc.size() == from.size() || cc[from.size()] == '-')) {
      cc.replace(0, from.size(), to);
    }
  };
  replace_head("UK", "GB");
  replace_head("EL", "GR");
  return cc;
}

bool CountryMatches(std::string_view query, std::string_view framework_country) {
  if (query == framework_country) return true;
  auto is_region_of = [](std::string_view region, std::string_view country) {
    return region.size() > country.size() && region.compare(0, country.size(), country) == 0 &&
           region[country.size()] == '-';
  };
  return is_region_of(framework_country, query) || is_region_of(query, framework_country);
}

std::vector<const FrameworkData*> FrameworksOf(const Impl& impl, const CountryCode& country) {
  std::string cc = CanonicalCountry(country.value());
  std::vector<const FrameworkData*> out;
  if (cc.empty()) return out;
  for (const FrameworkData& fw : impl.frameworks) {
    for (const std::string& c : fw.info.countries) {
      if (CountryMatches(cc, c)) {
        out.push_back(&fw);
        break;
      }
    }
  }
  return out;
}

const FrameworkData* FindFrameworkData(const Impl& impl, std::string_view name) {
  std::string upper(internal::Trim(name));
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const FrameworkData& fw : impl.frameworks) {
    if (fw.info.id.value() == upper) return &fw;
  }
  std::string key = MatchKey(name);
  if (key.empty()) return nullptr;
  for (const FrameworkData& fw : impl.frameworks) {
    for (const std::string& k : fw.name_keys) {
      if (k == key) return &fw;
    }
  }
  return nullptr;
}

std::string LevelList(const FrameworkData& fw) {
  std::string out;
  for (const LevelRow& row : fw.levels) {
    if (!out.empty()) out += ", ";
    out += row.level;
  }
  return out;
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

// A name matched without its parenthetical counts a little less than the full name.
constexpr double kVariantFactor = 0.9;

double QualificationStatusFactor(std::string_view status) {
  if (status == "verified") return 1.0;
  if (status == "approximate") return 0.95;
  return 0.85;
}

}  // namespace

std::vector<FrameworkInfo> FrameworkRegistry::Frameworks() const {
  std::vector<FrameworkInfo> out;
  out.reserve(impl_->frameworks.size());
  for (const FrameworkData& fw : impl_->frameworks) out.push_back(fw.info);
  return out;
}

StatusOr<FrameworkInfo> FrameworkRegistry::FindFramework(std::string_view name) const {
  if (const FrameworkData* fw = FindFrameworkData(*impl_, name)) return fw->info;
  // An ELM level label ("IE NQF Level 8") names its framework by prefix.
  std::string label = LabelKey(name);
  const FrameworkData* best = nullptr;
  std::size_t best_len = 0;
  for (const FrameworkData& fw : impl_->frameworks) {
    std::size_t len = PrefixLength(fw, label);
    if (len > best_len) {
      best = &fw;
      best_len = len;
    }
  }
  if (best != nullptr) return best->info;
  return NotFoundError("unknown framework \"" + std::string(name) +
                       "\" (see `credmatch level --list` for the ids)");
}

std::vector<FrameworkInfo> FrameworkRegistry::FrameworksForCountry(
    const CountryCode& country) const {
  std::vector<FrameworkInfo> out;
  for (const FrameworkData* fw : FrameworksOf(*impl_, country)) out.push_back(fw->info);
  return out;
}

std::vector<QualificationTypeInfo> FrameworkRegistry::QualificationTypes(
    std::string_view framework) const {
  std::vector<QualificationTypeInfo> out;
  const FrameworkData* fw = FindFrameworkData(*impl_, framework);
  if (fw == nullptr) return out;
  for (const QualificationRow& q : fw->qualifications) {
    const LevelRow& row = fw->levels[q.level_index];
    QualificationTypeInfo info;
    info.id = q.id;
    info.framework = fw->info.id;
    info.level = row.level;
    info.eqf = q.eqf_override ? q.eqf_override : row.eqf;
    for (const QualificationName& n : q.names) {
      info.names.push_back(n.text);
      info.languages.push_back(n.language);
    }
    info.cycle = q.cycle;
    info.kind = q.kind;
    info.status = q.status;
    info.source = q.source;
    info.note = q.note;
    out.push_back(std::move(info));
  }
  return out;
}

StatusOr<std::vector<LevelMapping>> FrameworkRegistry::Levels(std::string_view framework) const {
  const FrameworkData* fw = FindFrameworkData(*impl_, framework);
  if (fw == nullptr) {
    return NotFoundError("unknown framework \"" + std::string(framework) +
                         "\" (see `credmatch level --list` for the ids)");
  }
  std::vector<LevelMapping> out;
  for (const LevelRow& row : fw->levels) out.push_back(MakeMapping(*fw, row, row.level));
  return out;
}

StatusOr<LevelMapping> FrameworkRegistry::ToEqf(std::string_view framework,
                                                std::string_view level) const {
  const FrameworkData* fw = FindFrameworkData(*impl_, framework);
  if (fw == nullptr) {
    StatusOr<FrameworkInfo> by_prefix = FindFramework(framework);
    if (!by_prefix.ok()) return by_prefix.status();
    fw = FindFrameworkData(*impl_, by_prefix->id.value());
  }
  if (internal::Trim(level).empty()) {
    return InvalidArgumentError(fw->info.id.value() + ": empty level (levels: " + LevelList(*fw) +
                                ")");
  }
  if (const LevelRow* row = MatchLevel(*fw, level)) return MakeMapping(*fw, *row, level);
  return NotFoundError(fw->info.id.value() + ": no level \"" + std::string(level) +
                       "\" (levels: " + LevelList(*fw) + ")");
}

StatusOr<LevelMapping> FrameworkRegistry::ResolveLevelLabel(std::string_view label) const {
  std::string key = LabelKey(label);
  std::size_t best_len = 0;
  std::vector<const FrameworkData*> best;
  for (const FrameworkData& fw : impl_->frameworks) {
    std::size_t len = PrefixLength(fw, key);
    if (len == 0 || len < best_len) continue;
    if (len > best_len) best.clear();
    best_len = len;
    best.push_back(&fw);
  }
  for (const FrameworkData* fw : best) {
    if (const LevelRow* row = MatchLevel(*fw, label)) return MakeMapping(*fw, *row, label);
  }
  if (best.empty()) {
    // A bare alias ("Level 6", "Niveau 6"): several frameworks use the same words for levels
    // that are not the same EQF level (SCQF level 6 is EQF 4, FHEQ level 6 EQF 6). Resolved only
    // when one framework has it; otherwise no guess.
    std::vector<LevelMapping> found;
    for (const FrameworkData& fw : impl_->frameworks) {
      for (const LevelRow& row : fw.levels) {
        for (const std::string& a : row.alias_keys) {
          if (a == key && LevelKey(a) != row.level_key) {
            found.push_back(MakeMapping(fw, row, label));
            break;
          }
        }
      }
    }
    if (found.size() == 1) return found.front();
    if (found.size() > 1) {
      std::string list;
      for (const LevelMapping& m : found) {
        list += (list.empty() ? "" : ", ") + m.framework.value() + " level " + m.level + " (" +
                (m.eqf ? m.eqf->Text() : "not referenced to the EQF") + ")";
      }
      return FailedPreconditionError("\"" + std::string(label) +
                                     "\" is a level of several frameworks: " + list +
                                     "; give the country or a label that names the framework "
                                     "(\"SCQF Level 9\")");
    }
  }
  return NotFoundError("no framework level matches \"" + std::string(label) + "\"");
}

StatusOr<std::vector<LevelMapping>> FrameworkRegistry::ResolveCountryLevel(
    const CountryCode& country, std::string_view level) const {
  std::vector<const FrameworkData*> frameworks = FrameworksOf(*impl_, country);
  if (frameworks.empty()) {
    return NotFoundError("no qualifications framework for country \"" + country.value() + "\"");
  }
  std::vector<LevelMapping> out;
  for (const FrameworkData* fw : frameworks) {
    if (const LevelRow* row = MatchLevel(*fw, level)) out.push_back(MakeMapping(*fw, *row, level));
  }
  if (out.empty()) {
    return NotFoundError(country.value() + ": no framework has level \"" + std::string(level) +
                         "\"");
  }
  std::stable_sort(out.begin(), out.end(), [](const LevelMapping& a, const LevelMapping& b) {
    return a.confidence > b.confidence;
  });
  return out;
}

StatusOr<std::vector<TitleMatch>> FrameworkRegistry::ResolveTitle(const CountryCode& country,
                                                                  std::string_view title) const {
  std::vector<const FrameworkData*> frameworks = FrameworksOf(*impl_, country);
  if (frameworks.empty()) {
    return NotFoundError("no qualifications framework for country \"" + country.value() + "\"");
  }
  const std::string key = MatchKey(title);
  if (key.empty()) return InvalidArgumentError("empty title");
  const std::vector<std::string> words = internal::SplitWords(key);
  std::set<std::string> content;
  for (const std::string& w : words) {
    if (!internal::IsStopWord(w)) content.insert(w);
  }

  std::vector<TitleMatch> out;
  for (const FrameworkData* fw : frameworks) {
    for (const QualificationRow& q : fw->qualifications) {
      double best = 0.0;
      const QualificationName* best_name = nullptr;
      std::string rule;
      for (const QualificationName& n : q.names) {
        double conf = 0.0;
        std::string r;
        if (n.key == key) {
          conf = n.abbreviation ? 0.9 : 0.95;
          r = n.abbreviation ? "title.exact-abbreviation" : "title.exact-name";
        } else if (n.words.size() < words.size() && ContainsPhrase(words, n.words)) {
          double coverage = static_cast<double>(n.words.size()) / static_cast<double>(words.size());
          conf = (n.abbreviation ? 0.85 : 0.9) * (0.5 + 0.5 * coverage);
          r = "title.phrase";
        } else if (!n.abbreviation && n.content_words.size() >= 2 &&
                   std::all_of(n.content_words.begin(), n.content_words.end(),
                               [&](const std::string& w) { return content.count(w) > 0; })) {
          double coverage = static_cast<double>(n.content_words.size()) /
                            static_cast<double>(std::max<std::size_t>(1, content.size()));
          conf = 0.8 * (0.5 + 0.5 * std::min(1.0, coverage));
          r = "title.tokens";
        } else if (!n.abbreviation && !n.variant && !content.empty() &&
                   words.size() < n.words.size() && ContainsPhrase(n.words, words)) {
          // The title is part of a longer name ("Apolyterion" in "... certificate (Apolyterion,
          // general or technical)"): a weak reading.
          double coverage = static_cast<double>(words.size()) / static_cast<double>(n.words.size());
          conf = 0.6 * (0.4 + 0.6 * coverage);
          r = "title.partial";
        }
        if (n.variant) conf *= kVariantFactor;
        if (conf > best) {
          best = conf;
          best_name = &n;
          rule = std::move(r);
        }
      }
      if (best_name == nullptr) continue;
      const LevelRow& row = fw->levels[q.level_index];
      TitleMatch m;
      m.qualification_id = q.id;
      m.name_matched = best_name->text;
      m.language = best_name->language;
      m.framework = fw->info.id;
      m.nqf_level = row.level;
      m.eqf = q.eqf_override ? q.eqf_override : row.eqf;
      m.confidence = best * QualificationStatusFactor(q.status);
      if (!m.eqf) m.confidence = 0.0;
      m.cycle = q.cycle;
      m.kind = q.kind;
      m.rule = std::move(rule);
      m.source = q.source;
      out.push_back(std::move(m));
    }
    if (const LevelRow* row = MatchExplicitLevelLabel(*fw, title)) {
      TitleMatch m;
      m.name_matched = std::string(internal::Trim(title));
      m.framework = fw->info.id;
      m.nqf_level = row->level;
      m.eqf = row->eqf;
      m.confidence = row->eqf ? 0.9 * internal::StatusConfidence(row->status) : 0.0;
      m.rule = "title.level-label";
      m.source = row->source;
      out.push_back(std::move(m));
    }
  }
  if (out.empty()) {
    return NotFoundError(country.value() + ": no qualification type matches \"" +
                         std::string(title) + "\"");
  }
  std::stable_sort(out.begin(), out.end(), [](const TitleMatch& a, const TitleMatch& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    if (a.framework.value() != b.framework.value())
      return a.framework.value() < b.framework.value();
    return a.qualification_id < b.qualification_id;
  });
  // Ambiguity: matches about as good as the best one that reference different EQF levels.
  constexpr double kTie = 0.05;
  constexpr double kAmbiguityFactor = 0.6;
  const double top = out.front().confidence;
  std::size_t group = 0;
  std::set<std::pair<int, int>> ranges;
  // A title found only inside longer names ("Certificate") is as ambiguous as all those names.
  const bool partial = out.front().rule == "title.partial";
  while (group < out.size() &&
         (out[group].confidence >= top - kTie || (partial && out[group].rule == "title.partial"))) {
    if (out[group].eqf) ranges.insert({out[group].eqf->min, out[group].eqf->max});
    ++group;
  }
  if (ranges.size() > 1) {
    for (std::size_t i = 0; i < group; ++i) {
      out[i].ambiguous = true;
      out[i].confidence *= kAmbiguityFactor;
    }
  }
  constexpr std::size_t kMaxMatches = 12;
  if (out.size() > std::max(kMaxMatches, group)) out.resize(std::max(kMaxMatches, group));
  return out;
}

StatusOr<CycleInfo> FrameworkRegistry::FromCycle(std::string_view cycle) const {
  std::string key = MatchKey(cycle);
  for (const CycleRow& row : impl_->cycles) {
    for (const std::string& k : row.keys) {
      if (k == key) return row.info;
    }
  }
  return NotFoundError("unknown QF-EHEA cycle \"" + std::string(cycle) +
                       "\" (expected short, first, second or third)");
}

StatusOr<EqfLevelDescriptor> FrameworkRegistry::EqfDescriptor(EqfLevel level) const {
  if (level.value() < 1 || level.value() > 8) {
    return OutOfRangeError("EQF level " + std::to_string(level.value()) + ": expected 1-8");
  }
  return impl_->descriptors[static_cast<std::size_t>(level.value() - 1)];
}

std::optional<SourceInfo> FrameworkRegistry::LookupSource(std::string_view ref) const {
  auto it = impl_->sources.find(std::string(ref));
  if (it == impl_->sources.end()) return std::nullopt;
  return it->second;
}

}  // namespace credmatch
